// model/data_views.hpp — view models of the data-driven pages: plans, quarterly
// reports, milestone histories, statistics datasets and their index pages. All
// computed from PublicSite only: counts, trends and latest statuses never see
// anything withheld.
#pragma once

#include <vector>

#include "model/site_model.hpp"

namespace portal {

// Adds the generated pages to m.pages. A content page published at the same
// address as a generated one (content/plans/<id>/index.md) supplies its title,
// summary and introduction.
void add_data_pages(const PublicSite& site, SiteModel& m);

}  // namespace portal
