// redact/derived_totals.hpp — a published figure that gives a withheld one
// away. A table that withholds one figure and prints its total still tells
// it: the total minus the published rest (87 - 40 - 30 = 17). Funding never
// prints a stated total beside a withheld row (model/funding_views); for every
// other list of figures (a statistics series, the figures of a category
// across series, a report's statistics table), a published figure that is the
// sum of the others in its list, one or more of them withheld, is refused
// with its place, so that the officer withholds it too or leaves it out; so
// is a statistics series' figure at a withheld figure's category when the
// series is a running total of the one with the withheld figure, or in
// proportion to it (a share, a rate). A figure named as worked out from the
// others (a total, an average, a change) beside a withheld one is refused
// whatever its value; so is a text of the same file that writes the withheld
// figure out.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/json_value.hpp"

namespace portal {

// The JSON pointers of the published figures in `doc` (the file as written)
// that are the sum of the other figures of their list, at least two others,
// one or more of them withheld (`withheld`: the pointers redaction withheld,
// a figure or its {"value", "marking"} wrapper). A list is an array or an
// object whose members are figures (numbers, or wrappers holding a number),
// and, in a statistics file, the figures of one category across its series;
// and, in a statistics file, a series that follows one with a withheld figure
// (a running total of it, or in proportion to it) at that figure's category.
std::vector<std::string> totals_giving_away(const Json& doc, const std::set<std::string>& withheld,
                                            bool statistics);

// The JSON pointers of the published strings of `doc` (its description, a
// category's or a series' name, a narrative) that write out a withheld
// figure of two digits or more ("Cambourne had 4,817 referrals" beside
// {"value": 4817, "marking": "PROTECT"}), or the total of a list that holds
// one ("a total of 6,226 new cases"), exactly or rounded ("about 4,800",
// "6.2k"), or a withheld figure's share of its list's total as a percentage
// ("22.1% of referrals"): the text tells what the figure withholds.
std::vector<std::string> texts_restating_withheld(const Json& doc,
                                                  const std::set<std::string>& withheld);

// Each withheld figure of two digits or more in a table, with its labels:
// first its own (a statistics table's category, "2009/10"; a report
// table's key, "Families"), then the others it stands under (the series'
// name; the table's period and title). Another file's text that writes out
// the figure beside its own label, or another table's figure under the same
// labels, gives it back ("120 offences in 2009/10"; red team 22, B01).
std::vector<std::pair<double, std::vector<std::string>>> withheld_figures_with_labels(
    const Json& doc, const std::set<std::string>& withheld);

// The same, for every figure of every table in `doc`, withheld or not.
void for_each_labelled_figure(
    const Json& doc, const std::function<void(double, const std::vector<std::string>&)>& on_figure);

}  // namespace portal
