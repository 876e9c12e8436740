// model/funding_views.hpp — funding years: per fund available, allocated and
// remaining; per section and overall totals; allocations in the paper's order,
// grouped by section; charts by fund and by project; the year's allocations and
// funds as downloads. Totals are computed here from the public rows only (a row
// with withheld cells keeps its amount; a withheld row or amount counts
// nowhere; an amount whose fund is withheld counts under "Fund withheld", and
// then no figure may let a reader work out which fund it was).
#pragma once

#include "model/site_model.hpp"

namespace portal {

void add_funding_pages(const PublicSite& site, SiteModel& m);

}  // namespace portal
