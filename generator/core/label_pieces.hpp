// core/label_pieces.hpp — a withheld label's word read from pieces that stand
// apart: two values a layout puts side by side, a value and a layout's own
// words, two fields of one record, boxes of a drawing ("RESTRIC" | "TED:
// names"). A person reads the word the pieces spell; each piece alone reads
// as nothing, so a reading of each text on its own (the census) cannot see it.
// Used where texts are joined: by load's asset census (boxes of a layout or a
// drawing), by the census of JSON and CSV records, and by render (the values
// a page's layout puts in).
#pragma once

#include <string>
#include <string_view>

#include "core/marking_census.hpp"

namespace portal {

// The letters, digits and look-alike signs ('$', '@') that a text starts
// (`at_start`) or ends with, read as a person reads them, in lower case:
// "TECTED: names" starts with "tected"; "Case review RES" ends with "res".
std::string letters_at_edge(std::string_view text, bool at_start);

// The withheld label that `word` (read, lower case) is, or is inflected from
// ("protected", "secrets"), at a glance; null if none.
const CensusLabel* withheld_label_word(std::string_view word, const CensusLabels& labels);

// The withheld label that the end of `before` and the start of `after` spell
// when read together, with nothing, spaces or a hyphen between them: a word
// of it split in two ("Case review Res" | "tricted: names", "TOP SEC" |
// "RET"), with the words around the join for a label of several words ("STAFF
// IN CONFI" | "DENCE"). Null when they spell none, or when either piece is a
// withheld label's word by itself (then it reads as one where it stands, and
// is read there).
const CensusLabel* label_joined_across(std::string_view before, std::string_view after,
                                       const CensusLabels& labels);

}  // namespace portal
