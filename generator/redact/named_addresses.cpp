#include "redact/named_addresses.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "redact/canary_text.hpp"
#include "redact/json_redaction.hpp"

namespace portal {

namespace {

// The last part of each address that may name something ("quokka-review"),
// lower case.
std::vector<std::string> named_parts(const std::set<std::string>& urls) {
    std::vector<std::string> out;
    for (const std::string& url : urls) {
        std::string u = url;
        while (!u.empty() && u.back() == '/') u.pop_back();
        std::string part = u.substr(u.rfind('/') == std::string::npos ? 0 : u.rfind('/') + 1);
        for (char& c : part) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (std::count_if(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; }) >=
            4)
            out.push_back(std::move(part));
    }
    return out;
}

// Does `line` write out one of `parts` as an address does: beside a '/', as
// a whole part of a path?
bool names_one(std::string_view line, const std::vector<std::string>& parts) {
    std::string lower(line);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto part_char = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    };
    for (const std::string& part : parts)
        for (std::size_t at = lower.find(part); at != std::string::npos;
             at = lower.find(part, at + 1)) {
            const std::size_t end = at + part.size();
            const bool starts = at == 0 || !part_char(lower[at - 1]);
            const bool ends = end >= lower.size() || !part_char(lower[end]);
            const bool slash =
                (at > 0 && lower[at - 1] == '/') || (end < lower.size() && lower[end] == '/');
            if (starts && ends && slash) return true;
        }
    return false;
}

const char* const kMessage =
    "this text writes out the address of a page or data that is withheld, and the address "
    "may say what it is about: take it out (a Markdown link to it is made plain text "
    "instead; its name is withheld too: `portal check --list-withheld` names it)";

// Each line of `text` (the file's line `first_line` onwards) that names one.
void refuse_in(std::string_view text, const std::string& path, int first_line,
               const std::vector<std::string>& parts, Diagnostics& diags) {
    std::size_t start = 0;
    for (int line = first_line; start <= text.size(); ++line) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        if (names_one(text.substr(start, nl - start), parts))
            diags.error(SourcePos{path, line, 1}, kMessage);
        start = nl + 1;
    }
}

}  // namespace

void refuse_named_withheld_addresses(const PublicSite& site,
                                     const std::set<std::string>& withheld_urls,
                                     const std::map<std::string, TextFile>& layouts,
                                     const std::map<std::string, TextFile>& partials,
                                     Diagnostics& diags) {
    const std::vector<std::string> parts = named_parts(withheld_urls);
    if (parts.empty()) return;
    for (const PublicPage& p : site.pages) {
        if (names_one(p.front.title, parts) || names_one(p.front.summary, parts))
            diags.error(SourcePos{p.path, 1, 1}, kMessage);
        refuse_in(without_link_destinations(p.markdown), p.path, p.body_line, parts, diags);
    }
    for (const PublicData& d : site.data) {
        bool found = false;
        for_each_text(d.value, [&](const std::string& t) {
            found = found || names_one(without_link_destinations(t), parts);
        });
        if (found) diags.error(SourcePos{d.path}, kMessage);
    }
    for (const auto* files : {&layouts, &partials})
        for (const auto& [name, f] : *files) refuse_in(f.text, f.path, 1, parts, diags);
}

}  // namespace portal
