// model/publications.hpp — what the feed announces: quarterly reports, meetings,
// plans, funding years and any page with a date, newest first, each with the
// date it was published (a report: its board meeting, else the end of its
// quarter; a funding year: the meeting that tabled it, else the end of the year).
#pragma once

#include "model/site_model.hpp"

namespace portal {

void add_publications(const PublicSite& site, SiteModel& m);

// The last day of quarter q of financial year fy ("2010-11", 3 -> "2010-12-31").
std::string quarter_end(const std::string& fy, int q);

}  // namespace portal
