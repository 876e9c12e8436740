// The names a marking goes by as a key or a field: "marking", "Protective
// Marking", "security-classification", "GPMS". The census
// (core/marking_census) reads "KEY: label" lines by them; render's value
// joins ask whether a line may be such a field alone in its box.
#pragma once

#include <cstddef>
#include <string_view>

namespace portal::census {

// Does a key (folded to its letters) read as "marking"? "marking", "Markings",
// "protective_marking", "security-classification".
bool reads_as_marking_key(std::string_view read_key);

// The key portal itself reads, in any case or spelling: one word, "marking"
// or "markings". Any other key that mentions marking ("Road markings",
// "Property marking") reads as one only when a label follows it, or when it
// is a marking field (is_a_marking_field).
bool is_the_marking_key(std::string_view read_key);

// A field of papers and forms that holds the marking of what it stands by,
// in any case or spelling ("Protective marking", "protective_marking",
// "Security classification", "GPMS", "Classification", "Sensitivity"): a
// short value after it ("Restr.", "O-S", a misspelt label) is read as a
// marking, and one that is no label site.json lists is refused. (A sentence
// after it, "## Protective marking: what the labels mean", is a title.)
bool is_a_marking_field(std::string_view read_key);

// Does a key (read, lower case) name a paper's status or how far it may go
// ("Status", "Document status", "Circulation", "Distribution", "Access")?
// A withheld label leading its value, with a capital, is the paper's
// marking whatever follows ("Status: Restricted until the board agrees").
bool is_a_status_field(std::string_view read_key);

// Does raw text hold, in any case, a word of the fields is_a_marking_field
// knows ("mark", "classif", "gpms", "sensitiv", "caveat", "tlp", "impact
// level")? The census's fast path reads a key that holds one in full. A cheap gate
// before a closer reading of a field alone in its box. Speed: one pass that
// looks closer only at a letter rare in prose that each word holds (k, f,
// v, p).
bool holds_a_field_word(std::string_view text);

// The number of words in t from `from` (up to `most` + 1).
std::size_t words_from(std::string_view t, std::size_t from, std::size_t most);

}  // namespace portal::census
