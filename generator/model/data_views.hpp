// model/data_views.hpp — view models of the data-driven pages: plans, quarterly
// reports, milestone histories, statistics datasets and their index pages (one
// file each: plan_views, report_views, milestone_views, statistics_views), a
// meeting's papers and the home page. All computed from PublicSite only:
// counts, trends and latest statuses never see anything withheld.
#pragma once

#include "model/site_model.hpp"

namespace portal {

// Adds the generated pages to m.pages and their open data to m.downloads. A
// content page published at the same address as a generated one
// (content/plans/<id>/index.md) supplies its title, summary and introduction.
void add_data_pages(const PublicSite& site, SiteModel& m);

}  // namespace portal
