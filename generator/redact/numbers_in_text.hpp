// redact/numbers_in_text.hpp — the figures a text writes out, read as a
// person reads them, so that a published text can be checked against the
// figures redaction withholds beside it (derived_totals, csv_redaction): a
// description, a narrative or a funding row that writes a withheld figure
// out tells what the marking withholds.
#pragma once

#include <string_view>
#include <vector>

namespace portal {

// The numbers written in `text`: digits with their groups of three set apart
// by commas or spaces ("4,817", "4 817", and "4.817" read both ways), a
// decimal part ("£1,377.00"), at a sentence's end ("... 1,377."); not a
// piece of a word, a date, a reference or a version ("Q2", "01/02/2011",
// "2010-11", "v0.3", "1.2.3").
std::vector<double> numbers_in_text(std::string_view text);

// Does `text` write out one of `figures`?
bool writes_out_one_of(std::string_view text, const std::vector<double>& figures);

}  // namespace portal
