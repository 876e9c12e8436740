// model/milestone_views.hpp — a plan's milestone history page
// (milestones/<plan>/): every milestone, at its own anchor, with its status,
// progress and change in every quarter that reported it; and the same as open
// data.
#pragma once

#include "model/data_set.hpp"
#include "model/milestone_history.hpp"
#include "model/site_model.hpp"

namespace portal {

void add_milestone_pages(const DataSet& set, const MilestoneHistory& history,
                         const SiteConfig& config, SiteModel& m);

}  // namespace portal
