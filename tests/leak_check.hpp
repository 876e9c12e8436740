// leak_check.hpp — what the marking tests look for: every place under public/
// where a word of a withheld phrase shows (file names, bytes, text with tags
// removed), and small helpers shared by the marking test files.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "temp_site.hpp"

namespace portal::testing {

inline std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

inline std::vector<std::string> words_of(const std::string& phrase) {
    std::vector<std::string> out;
    std::string w;
    for (char c : phrase + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)))
            w += static_cast<char>(std::tolower(c));
        else if (!w.empty())
            out.push_back(std::exchange(w, {}));
    }
    return out;
}

inline std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The text a reader would see: tags removed (so "vel<b>vet</b>" reads "velvet").
inline std::string without_tags(const std::string& s) {
    std::string out;
    bool in_tag = false;
    for (char c : s) {
        if (c == '<')
            in_tag = true;
        else if (c == '>' && in_tag)
            in_tag = false;
        else if (!in_tag)
            out += c;
    }
    return out;
}

// Every place under public/ where a word of `phrase` shows: in a file's path, its
// bytes, or its text with tags removed; case-insensitively. The secret phrases
// are made of words that occur nowhere else, so any one word is a leak.
inline std::vector<std::string> leaks(const TempSite& s, const std::string& phrase) {
    std::vector<std::string> found;
    if (!fs::exists(s.out())) return {"<no public/ folder>"};
    for (auto& e : fs::recursive_directory_iterator(s.out())) {
        const std::string rel = e.path().lexically_relative(s.out()).generic_string();
        const std::string name = lower(rel);
        const std::string bytes = e.is_regular_file() ? lower(read_file(e.path())) : "";
        const std::string text = without_tags(bytes);
        for (const auto& w : words_of(phrase)) {
            if (name.find(w) != std::string::npos)
                found.push_back("file name " + rel + ": " + w);
            else if (bytes.find(w) != std::string::npos || text.find(w) != std::string::npos)
                found.push_back(rel + ": " + w);
        }
    }
    return found;
}

// Files under public/ whose bytes hold `needle` exactly.
inline std::vector<std::string> files_containing(const TempSite& s, const std::string& needle) {
    std::vector<std::string> found;
    for (auto& e : fs::recursive_directory_iterator(s.out()))
        if (e.is_regular_file() && read_file(e.path()).find(needle) != std::string::npos)
            found.push_back(e.path().lexically_relative(s.out()).generic_string());
    return found;
}

inline int file_count(const TempSite& s) {
    int n = 0;
    for (auto& e : fs::recursive_directory_iterator(s.out())) n += e.is_regular_file();
    return n;
}

#define EXPECT_ABSENT(site, phrase)                                                       \
    do {                                                                                  \
        auto found_ = leaks(site, phrase);                                                \
        EXPECT_TRUE(found_.empty()) << "withheld words published:\n"                      \
                                    << ::testing::PrintToString(found_);                  \
        EXPECT_GT(file_count(site), 3) << "nothing to look at: the site was not written"; \
    } while (0)

#define EXPECT_CONTAINS(haystack, needle)                                                         \
    EXPECT_NE((haystack).find(needle), std::string::npos) << "missing: " << (needle) << "\nin:\n" \
                                                          << (haystack)
#define EXPECT_LACKS(haystack, needle)                    \
    EXPECT_EQ((haystack).find(needle), std::string::npos) \
        << "unexpected: " << (needle) << "\nin:\n"        \
        << (haystack)

inline const char* kNotice = "Some information has been withheld from this page.";

inline bool has_notice(const std::string& html) {
    return html.find("class=\"notice\"") != std::string::npos &&
           html.find(kNotice) != std::string::npos;
}

inline std::string redaction_log(const TempSite& s) {
    return read_file(s.root() / "build" / "redactions.txt");
}

// A page with front matter of three lines, so the body starts at line 4.
inline std::string page(const std::string& title, const std::string& body,
                        const std::string& extra = "") {
    return "---\ntitle: " + title + "\n" + extra + "---\n" + body;
}

}  // namespace portal::testing
