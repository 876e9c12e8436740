// core/reading.hpp — text as a person reads it. The one normalisation behind
// every comparison of markings: the policy's labels, the labels the parsers
// find, and the marking census's independent reading of the raw files all go
// through here, so the two readings cannot disagree about what a character is.
//
// A person does not see the difference between ':' and '：' (U+FF1A), a space
// and a no-break space, 'PROTECT' and 'PRОTECT' with a Cyrillic 'О', or between
// "OFFICIAL-SENSITIVE" and "official: sensitive". Neither may portal.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// A line as read: look-alike characters mapped to ASCII (colons to ':', dashes
// to '-', Unicode spaces to ' ', full-width and mathematical letters, and
// Cyrillic and Greek look-alikes and Roman numerals, to Latin letters, accents
// dropped), invisible characters (control characters, zero-width, soft hyphen,
// combining marks, bidi controls) removed, and ASCII letters lower-cased. Symbols, emoji and
// punctuation with no look-alike read as no part of a word: a space (arrows a '-', brackets
// and quotation marks their ASCII forms). Letters and digits of other scripts stay as they are.
// column[i] is the 1-based column (in characters) in the source text of byte i of text, so that
// what is found can be pointed at; source[i] is where that character starts in the source, in
// bytes, so that how it was written (its case) can be looked at.
struct ReadText {
    std::string text;
    std::vector<std::uint32_t> column;
    std::vector<std::uint32_t> source;
    bool changed = false;  // some character was not plain ASCII as written
};
void read_as_person(std::string_view source, ReadText& out);
std::string read_as_person(std::string_view source);

// A label folded for comparison: read as a person reads it, then every run of
// characters that is not a letter or digit (spaces, hyphens, underscores,
// colons, dots) becomes one space, trimmed. "Official_Sensitive",
// "OFFICIAL: SENSITIVE" and "ｏｆｆｉｃｉａｌ－ｓｅｎｓｉｔｉｖｅ" all fold to
// "official sensitive".
std::string fold_label(std::string_view label);

// Whether two folded labels (fold_label) are the same to a glance that does not
// tell the digit 0 from the letter O, or 1, l and I apart, or 5 from S:
// "PR0TECT" and "RESTRlCTED" are read as labels, as a person reads them.
bool same_label_at_a_glance(std::string_view a, std::string_view b);
// The character a glance reads `c` as ('0' as 'o', '1' and 'l' as 'i', '$' as
// 's'): two words are the same at a glance when their characters are, one by
// one. (Inline, by a table: the census asks it for every letter it reads.)
inline char at_a_glance(char c) {
    static constexpr auto kTable = [] {
        std::array<char, 256> t{};
        for (int i = 0; i < 256; ++i) t[static_cast<std::size_t>(i)] = static_cast<char>(i);
        constexpr std::string_view from = "01l5$34@7869", to = "oiisseaatbgg";
        for (std::size_t k = 0; k < from.size(); ++k)
            t[static_cast<unsigned char>(from[k])] = to[k];
        return t;
    }();
    return kTable[static_cast<unsigned char>(c)];
}

// Whether a code point is a space a person sees as one (Unicode's space
// separators: U+00A0, U+2003, ...), not a symbol that reads as a space.
bool reads_as_space(std::uint32_t cp);

// Inside one file line (no "\n" left after normalise_line_ends), the other
// characters a reader sees as a line break: U+2028, U+2029, U+0085, vertical
// tab and form feed. The length in bytes of the break at `at`, or 0.
std::size_t visual_break_at(std::string_view line, std::size_t at);

// The text a person would read in a file's bytes, whatever they are: UTF-8 as
// it is; UTF-32 and UTF-16 (with their byte-order marks) and Windows-1252 (what spreadsheets
// save as "CSV") decoded; and, from a binary file (an image, a PDF), its runs of
// readable characters, one a line, with `binary` set. For the census of files
// copied as they are, where a marking in any encoding must still be seen.
std::string readable_text(std::string_view bytes, bool& binary);

// Rewrites "\r\n" and lone "\r" as "\n", in place: every reader of a file then
// counts the same lines as an editor shows. Returns true if anything changed.
bool normalise_line_ends(std::string& text);

}  // namespace portal
