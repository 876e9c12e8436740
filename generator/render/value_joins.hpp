// render/value_joins.hpp — text that reads as marked only where a page's
// layout joins it: two values side by side ("{{page.title}}<span>{{page.
// summary}}</span>" with "Case review Res" and "tricted: names"), a section's
// text against a value, a list's items run together ("{{#nav}}{{title}}
// {{/nav}}"), the layout's words before a value ("Marking: " and "Restricted
// parking"). Load's census reads each value and each layout on its own; here
// a made page is read where its pieces meet.
// How: every value a layout puts in is written between two kValueEdge bytes
// (mustache_data's text_data, and the page's content and body), which UTF-8
// text never holds (load has checked every text). Once the page is made,
// take_value_edges takes them out and says where they stood, before anything
// else reads the page; check_value_joins then reads the visible text on the
// two sides of each edge together.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/marking_census.hpp"

namespace portal {

inline constexpr char kValueEdge = '\xFF';

// `value` between two edges (nothing for empty text: an empty value is
// "nothing here" to a section).
std::string with_value_edges(std::string_view value);

// Takes every edge out of `html`; returns where they stood in the html
// without them, in order, each place once.
std::vector<std::size_t> take_value_edges(std::string& html);

// For each edge, the text a reader sees just before it and just after it,
// read together: a withheld label's word spelt across it (core/label_pieces),
// or a marking that the two sides show together and neither side alone
// (the census), is an error at `page`, naming `layout`. One error a page.
void check_value_joins(const std::string& html, const std::vector<std::size_t>& edges,
                       const CensusLabels& labels, const SourcePos& page, const std::string& layout,
                       Diagnostics& diags);

}  // namespace portal
