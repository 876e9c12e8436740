// render/search_index.hpp — the site's search index, as many small files of
// which the search page loads only what a query needs: a phone searching a
// site of 10,000 pages downloads tens of kilobytes, not the whole index.
// In search/ (names relative to it):
//   index.js     the entry, the one file not named by its content (so that a
//                visitor always gets today's): where each word chunk starts
//                and its files, the page tables, the filters
//   w/H.js       a word chunk: for each word of its range, the pages it stands
//                on (page numbers, delta-coded) with how strongly
//   p/H.js       the same range's word places, loaded only for "phrase" queries
//   t/H.js       a page table: the fragment names of kPagesPerTable pages
//   f/H.js       one page's fragment: title, address, kind, years, summary, text
//   k/H.js       a filter (kind, year): for each value, its pages
// H is the content's hash, so that a host may cache those files for ever.
// Each file is a script calling window.portalSearchLoaded(name, data), so that
// it also loads from disk (file://), where fetch() cannot, and under the
// site's strict Content-Security-Policy (no eval, no inline script).
// The format is read by assets/js/search.js; docs/search.md describes it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "render/rendered_site.hpp"
#include "render/search_words.hpp"

namespace portal {

inline constexpr std::size_t kPagesPerTable = 256;
// A word chunk is closed once its data passes this many bytes (a word's pages
// are never split, so a chunk of one very common word can be larger).
inline constexpr std::size_t kChunkBytes = 20000;
// A fragment keeps this much of the page's text, for the snippet around the
// words found.
inline constexpr std::size_t kFragmentTextBytes = 6000;

// One page's part of the index, made as the page renders (on every core).
struct SearchPage {
    std::string kind;                // "report", "plan", ..., "page"
    std::vector<std::string> years;  // financial years, "2010-11"
    OutputFile fragment;             // search/f/H.js, made with the page (on its core)
    PageWords words;
};

SearchPage search_page(const std::string& title, const std::string& url, const std::string& kind,
                       const std::vector<std::string>& years, const std::string& summary,
                       const std::string& headings, const std::string& text);

struct SearchFiles {
    // The entry (search/index.js) first, then the chunks, page tables and
    // filters; not the pages' fragments, which are the pages' own.
    std::vector<OutputFile> files;
    // The first word of each word chunk after the first: a later index made
    // with these (`portal serve`, after an edit) changes only the chunks whose
    // words changed.
    std::vector<std::string> chunk_starts;
    std::size_t bytes = 0;  // of the whole index, fragments included
};

// The index of `pages` (in page-number order). chunk_starts: keep these chunk
// boundaries instead of choosing new ones.
SearchFiles search_files(const std::vector<SearchPage>& pages,
                         const std::vector<std::string>* chunk_starts = nullptr);

// The page's main text: what is inside <main>, entities decoded, white space
// folded, tags removed as the leak audit removes them (core/inline_tags.hpp):
// an inline tag vanishes, any other ends a block and stands as one
// kWordBoundary. The boundary stays in the fragment's text (search.js shows it
// as a space), so that the audit never reads two blocks the page shows apart
// (a date, then a summary) as one sentence that withheld text happens to share.
std::string main_text(const std::string& html);

// The first block of a main text that reads as a passage (at least
// kPassageBytes), or else its longest block (not the title above a short
// paragraph): a page's description when it has no summary.
inline constexpr std::size_t kPassageBytes = 40;
std::string_view first_passage(std::string_view text);

// The start of s, at most max bytes, cut at a space (and never inside a UTF-8
// character), with "…" when it was cut.
std::string text_snippet(const std::string& s, std::size_t max);

}  // namespace portal
