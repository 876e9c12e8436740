// render/search_index.hpp — the site's search index: one entry per page, made
// as each page renders (on every core), and the index written as a script
// (window.PORTAL_SEARCH) so that it also loads from disk, where fetch() cannot.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

struct SearchEntry {
    std::string title;
    std::string url;       // site-root-relative file ("reports/2010-11-q3/index.html")
    std::string summary;   // or the start of the text
    std::string headings;  // the page's headings, space-separated
    std::string text;      // the page's main text
};

// The page's main text: what is inside <main>, tags removed, entities decoded,
// white space folded.
std::string main_text(const std::string& html);

// A JavaScript file (so that it also loads from disk, where fetch() cannot)
// defining window.PORTAL_SEARCH: per page its title, address, snippet,
// headings and the distinct words of its text.
// The start of s, at most max bytes, cut at a space (and never inside a UTF-8
// character), with "…" when it was cut.
std::string text_snippet(const std::string& s, std::size_t max);

// One page's entry of the search index (built as each page renders, on every core).
std::string search_entry_js(const SearchEntry& entry);
// How the index is laid out: the head, each entry followed by the separator
// (the last by a line end alone), the tail.
inline constexpr std::string_view kSearchIndexHead = "window.PORTAL_SEARCH = [\n";
inline constexpr std::string_view kSearchEntrySeparator = ",\n";
inline constexpr std::string_view kSearchIndexTail = "];\n";

// The index, window.PORTAL_SEARCH = [entries...] (a script, so that it loads
// from disk), as parts to be written one after another: the entries moved in,
// each with the separator after it, so that it is never joined in memory.
std::vector<std::string> search_index_parts(std::vector<std::string> entries);
// The same index, joined, from entries kept by `portal serve`, with `changed`
// (place in `entries` -> entry) in place of theirs.
std::string search_index_js(const std::vector<std::string>& entries,
                            const std::map<std::size_t, std::string>& changed);

}  // namespace portal
