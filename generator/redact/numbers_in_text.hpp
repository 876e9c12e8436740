// redact/numbers_in_text.hpp — the figures a text writes out, read as a
// person reads them, so that a published text can be checked against the
// figures redaction withholds beside it (derived_totals, csv_redaction): a
// description, a narrative or a funding row that writes a withheld figure
// out, exactly or rounded, tells what the marking withholds.
#pragma once

#include <string_view>
#include <vector>

namespace portal {

// One number a text writes, and how near it puts the figure it stands for.
struct WrittenNumber {
    double value = 0;
    // As written, digit for digit ("4,817", "1,377.00"); not a rounded
    // figure of a scale ("6.2k", "4.8 million").
    bool as_written = true;
    // How far from `value` the figure it tells may be: 0 when it is exact; a
    // unit of its last significant digit when it is rounded to two
    // significant digits or more and says so ("about 4,800", "nearly 4,900",
    // "6.2k": 100). One significant digit ("about 5,000") tells too little.
    double within = 0;
    // A percentage ("22.1%", "22 per cent"): the share of a total it tells
    // is its value to half a unit of its last digit (0 with one significant
    // digit: "5%").
    bool percent = false;
    double share_within = 0;
};

// The numbers written in `text`: digits with their groups of three set apart
// by commas or spaces ("4,817", "4 817", and "4.817" read both ways), a
// decimal part ("£1,377.00"), at a sentence's end ("... 1,377."), with a
// scale ("6.2k", "4.8 thousand"), after a word that rounds ("about",
// "nearly", "some", "over", "~"), as a percentage; not a piece of a word, a
// date, a reference or a version ("Q2", "01/02/2011", "2010-11", "v0.3",
// "1.2.3").
std::vector<WrittenNumber> numbers_written(std::string_view text);

// The values of the numbers written as they are, digit for digit (an amount
// in a cell, a figure in a sentence).
std::vector<double> numbers_in_text(std::string_view text);

// Does `text` write out one of `figures`, exactly or rounded, or, as a
// percentage, one of `shares` (percentages of a total)?
bool writes_out_one_of(std::string_view text, const std::vector<double>& figures,
                       const std::vector<double>& shares = {});

}  // namespace portal
