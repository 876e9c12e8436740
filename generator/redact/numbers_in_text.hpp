// redact/numbers_in_text.hpp — the figures a text writes out, read as a
// person reads them, so that a published text can be checked against the
// figures redaction withholds beside it (derived_totals, csv_redaction): a
// description, a narrative or a funding row that writes a withheld figure
// out, exactly or rounded, tells what the marking withholds.
#pragma once

#include <string>
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
    // How it is written: its digits after the decimal point ("£159.00": 2),
    // with groups set apart ("4,817", "4 817"), after a currency ("£",
    // "GBP"). A money figure with pence is distinctive at any size.
    int decimals = 0;
    bool grouped = false;
    bool money = false;
    // A figure of its own: not one group of a telephone number ("01223
    // 456789"), not after '#', ':', '.', '-', '/' or '_' (a reference, a
    // time), not starting with 0.
    bool stands_alone = true;
};

// `text` with what a person reads as digits and the marks between them in
// plain ASCII, so that every reader of figures reads them alike: fullwidth
// digits, commas, full stops and pound sign; the raised decimal point
// between digits ("10,140·30"); the no-break, thin, narrow and other spaces
// as a plain space.
std::string figures_as_read(std::string_view text);

// The numbers written in `text`, read as a person reads them (the one
// reader of figures for every check that compares them): digits with their
// groups of three set apart by commas or spaces of any width ("4,817", "4
// 817", and "4.817" read both ways), a decimal part ("£1,377.00", "£10,140·30",
// the European "10.140,30"), pence after the pounds ("£10,140-30",
// "£10,140/30", "10,140 pounds 30", "£10,140 and 30p"), pence alone ("1014030
// pence": also in pounds), fullwidth digits, at a sentence's end ("...
// 1,377."), with a unit or a rate stuck to them ("48213hrs", "£10,140.30pa",
// "4937/yr", "GBP10,140.30"), with a scale ("6.2k", "4.8 thousand"), after a
// word that rounds ("about", "nearly", "some", "over", "~"), as a
// percentage; not a piece of a word, an ordinal, a date, a reference or a
// version ("Q2", "4719th", "01/02/2011", "2010-11", "v0.3", "1.2.3").
std::vector<WrittenNumber> numbers_written(std::string_view text);

// The values of the numbers written as they are, digit for digit (an amount
// in a cell, a figure in a sentence).
std::vector<double> numbers_in_text(std::string_view text);

// The numbers of `text` that stand for a figure of their own, as written: a
// thousand or more, not a year and not a piece of a telephone number, date
// or reference ("4,719", "8317", "48213hrs"; not "2010", "01223 456789",
// "10/2010"), or a sum of money with pence at any size ("£482.13",
// "£159.00"). What a withheld text holds that must not be written again.
std::vector<double> figures_standing_alone(std::string_view text);

// Does `text` write out one of `figures`, exactly or rounded, or, as a
// percentage, one of `shares` (percentages of a total)?
bool writes_out_one_of(std::string_view text, const std::vector<double>& figures,
                       const std::vector<double>& shares = {});

}  // namespace portal
