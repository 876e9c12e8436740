// redact/collateral_figures.hpp — figures withheld for what they would give
// away, not for their own marking. When a funding year loses a row's amount,
// each fund's available, stated total and stated remaining are withheld with
// it (model/funding_views says why: beside the public allocations, any one
// of them gives the withheld amount back). Another public text that writes
// one of those figures out gives it back as surely: a meeting's minutes that
// tabled the funding paper ("reduced to £60,545.90"; red team 19, B11).
#pragma once

#include "core/diagnostics.hpp"
#include "redact/public_site.hpp"

namespace portal {

// An error at each public page or data text that writes out, digit for
// digit, a figure withheld so: one of a thousand pounds or more, or with
// pence (smaller round sums stand in too many ordinary sentences to stand
// for the figure). The message names the place and the funding year, never
// the figure.
void refuse_restated_collateral(const PublicSite& site, Diagnostics& diags);

}  // namespace portal
