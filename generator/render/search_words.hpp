// render/search_words.hpp — a page's words as search reads them: split where
// search.js splits what a visitor types (anything that is not a letter, digit
// or accent in any script), folded the way it folds them (case folded, accents
// dropped: "Café" is "cafe", "STRASSE" and "Straße" are "strasse"), each with
// where it stands (title, headings: those rank first) and its places in the
// text (for phrase queries). Folding is utf8proc's (case fold, canonical
// decomposition, marks stripped); search.js does the same with the browser's
// Unicode tables (tests/browser checks that both agree).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// The folded form of one word (letters, digits and marks only).
std::string fold_search_word(std::string_view word);

// The words of a text, folded, in one buffer: word i is
// buffer[ends[i - 1], ends[i]) (from 0 for the first). No string per word.
struct FoldedWords {
    std::string buffer;
    std::vector<std::uint32_t> ends;
};
void fold_words(std::string_view text, FoldedWords& out);

// The words of text, folded, in order.
std::vector<std::string> search_words(std::string_view text);

// How strongly a page is about a word: a title word outranks a heading word,
// which outranks any number of mentions in the text (counted up to kMostMentions).
inline constexpr std::uint8_t kTitleWeight = 12;
inline constexpr std::uint8_t kHeadingWeight = 6;
inline constexpr std::uint8_t kMostMentions = 5;

struct PageWords {
    // Distinct folded words in byte order, each followed by '\0' (one string,
    // not a string per word: a large site has millions of them at once).
    std::string words;
    // Per word, its weight as a letter: 'A' + weight (1 to 23).
    std::string weights;
    // Per word, its places (0-based word numbers in the text) as the index
    // writes them: base-36 differences joined by '.', each word's followed by
    // '\0'. Made here, on the page's core, so that joining the site's pages
    // only copies text.
    std::string places;
    std::size_t size() const { return weights.size(); }
};

// v in base 36 (digits, then lower-case letters), as the index writes numbers.
void append_base36(std::string& out, std::uint32_t v);

// The words of a page whose main text is `text` (the title and headings are
// also in it, where the page shows them).
PageWords page_words(std::string_view title, std::string_view headings, std::string_view text);

}  // namespace portal
