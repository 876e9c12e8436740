// redact/collateral_figures.hpp — figures that give a withheld one away, and
// withheld figures written out again. When a funding year's figures are tied
// to something withheld (year_figures_lost: a row's amount, or a fund's own
// figure), each fund's available, stated total and stated remaining are
// withheld with it (model/funding_views says why: beside the public
// allocations, any one of them gives the withheld amount back). Another
// public text that writes one of those figures out gives it back as surely:
// a meeting's minutes that tabled the funding paper ("reduced to
// £60,545.90"; red team 19, B11). So does a text that writes out a withheld
// figure itself: a row's amount in a report's achievements or a page's
// prose (red team 20, B03), or a fund's figure withheld behind a marking.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "redact/public_site.hpp"

namespace portal {

// The figures redact withheld, in pounds, by funding year ("2010-11"): rows'
// and cells' amounts, and funds' own figures behind a marking. Never part
// of the public site: gathered while redacting, read here, then dropped.
struct WithheldFigures {
    std::map<std::string, std::vector<double>> by_year;
    // A statistics table's withheld figures with their categories, by the
    // data file that holds them ("statistics/farm-crime.json"): that file
    // checks its own texts (derived_totals); every other text is checked here.
    struct Labelled {
        double value = 0;
        std::vector<std::string> labels;  // its own first (derived_totals)
        std::string rel;
    };
    std::vector<Labelled> labelled;
    // The numbers that stand in withheld text (a ::: region, a value or an
    // object behind a marking, a page withheld whole): "4,719 cannabis
    // plants" (note_figures_in_withheld_text).
    std::vector<double> in_text;
};

// Where a value of a public data file stands in its source, by JSON pointer
// ("/series/0/values/1"), for messages: redact_site reads it from the loaded
// document.
using DataPlace = std::function<SourcePos(const PublicData&, const std::string& pointer)>;

// Notes the numbers of `text`, withheld, that stand for a figure of their
// own (figures_standing_alone, the reader every check here shares): a
// thousand or more, or a sum with pence, not a year and not a piece of a
// telephone number, date or reference ("4,719", "8317", "48213hrs",
// "£482.13"; not "2010", "01223 456789", "10/2010").
void note_figures_in_withheld_text(std::string_view text, WithheldFigures& figures);

// An error at each public page, data text, site.json text, funding cell or
// data figure (a statistic, another year's amount or fund figure: red team
// 24, B01) that writes out, digit for digit, a figure withheld so: one of a
// thousand pounds or more, or with pence, either its own or as it is written
// ("£159.00"; smaller round sums stand in too many ordinary sentences to
// stand for the figure). The message names the place and the funding year,
// never the figure.
void refuse_restated_collateral(const PublicSite& site, const WithheldFigures& withheld,
                                const DataPlace& place, Diagnostics& diags);

// An error at each public page, data text, site.json text or funding row
// (read as a sentence: red team 24, B06, B07), other than the figure's own
// file, that writes out a withheld statistics figure beside its category, as
// a sentence restates it ("120 offences in 2009/10"). The message names the
// place, never the figure.
void refuse_restated_statistics(const PublicSite& site, const WithheldFigures& withheld,
                                const DataPlace& place, Diagnostics& diags);

// An error at each public page, data text, site.json text, funding cell or
// data figure that writes out a number standing in withheld text (red team 22, B02: "8317 girls"
// in a withheld region, "In all, 8317 girls took part" below it; a
// withheld achievement's "4,719 plants" as a statistic). The message names
// the place, never the number.
void refuse_restated_text_figures(const PublicSite& site, const WithheldFigures& withheld,
                                  const DataPlace& place, Diagnostics& diags);

}  // namespace portal
