#include "render/search_words.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <unordered_map>

namespace portal {

namespace {

bool ascii_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A character from U+0080 that belongs to a word: a letter, digit or mark in
// any script (what search.js's /[\p{L}\p{N}]/ keeps, marks before they are
// stripped).
bool unicode_word_char(utf8proc_int32_t cp) {
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO:
            return true;
        default:
            return false;
    }
}

}  // namespace

std::string fold_search_word(std::string_view word) {
    const bool ascii = std::all_of(word.begin(), word.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        std::string out(word);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    utf8proc_uint8_t* folded = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                     static_cast<utf8proc_ssize_t>(word.size()), &folded, options);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
    if (n < 0) return std::string(word);  // not valid UTF-8 (load refuses such files)
    return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
}

std::vector<std::string> search_words(std::string_view text) {
    std::vector<std::string> out;
    const auto* t = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t start = std::string_view::npos;
    auto flush = [&](std::size_t end) {
        if (start == std::string_view::npos) return;
        std::string w = fold_search_word(text.substr(start, end - start));
        if (!w.empty()) out.push_back(std::move(w));
        start = std::string_view::npos;
    };
    for (std::size_t i = 0; i < n;) {
        std::size_t len = 1;
        bool word = false;
        if (t[i] < 0x80) {
            word = ascii_word_byte(t[i]);
        } else {
            utf8proc_int32_t cp = 0;
            const utf8proc_ssize_t got =
                utf8proc_iterate(t + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
            if (got > 0) {
                len = static_cast<std::size_t>(got);
                word = unicode_word_char(cp);
            }
        }
        if (word) {
            if (start == std::string_view::npos) start = i;
        } else {
            flush(i);
        }
        i += len;
    }
    flush(n);
    return out;
}

PageWords page_words(std::string_view title, std::string_view headings, std::string_view text) {
    struct Seen {
        std::uint8_t weight = 0;
        std::vector<std::uint32_t> places;
    };
    std::unordered_map<std::string, Seen> seen;
    const std::vector<std::string> words = search_words(text);
    seen.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        Seen& s = seen[words[i]];
        s.places.push_back(static_cast<std::uint32_t>(i));
        if (s.weight < kMostMentions) ++s.weight;
    }
    // Title and heading words count even where the page does not show them in
    // its main text (a generated page's title stands in the layout's <h1>).
    for (auto& w : search_words(headings)) {
        Seen& s = seen[w];
        if (s.weight < kHeadingWeight)
            s.weight = static_cast<std::uint8_t>(s.weight + kHeadingWeight);
    }
    for (auto& w : search_words(title)) {
        Seen& s = seen[w];
        if (s.weight < kTitleWeight) s.weight = static_cast<std::uint8_t>(s.weight + kTitleWeight);
    }
    std::vector<const std::pair<const std::string, Seen>*> order;
    order.reserve(seen.size());
    for (const auto& entry : seen) order.push_back(&entry);
    std::sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->first < b->first; });

    PageWords out;
    out.weight.reserve(order.size());
    out.position_start.reserve(order.size() + 1);
    out.positions.reserve(words.size());
    for (const auto* entry : order) {
        out.words += entry->first;
        out.words += '\0';
        out.weight.push_back(entry->second.weight);
        out.position_start.push_back(static_cast<std::uint32_t>(out.positions.size()));
        out.positions.insert(out.positions.end(), entry->second.places.begin(),
                             entry->second.places.end());
    }
    out.position_start.push_back(static_cast<std::uint32_t>(out.positions.size()));
    return out;
}

}  // namespace portal
