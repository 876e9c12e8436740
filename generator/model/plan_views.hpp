// model/plan_views.hpp — a page per plan (plans/<id>/): its priorities and
// action plan with each milestone's latest status and the quarter it is from,
// links to the reports on the plan, and the action plan as open data; and the
// plans index.
#pragma once

#include "model/data_set.hpp"
#include "model/milestone_history.hpp"
#include "model/site_model.hpp"

namespace portal {

// Returns one row per plan ({title, target, period}) for the home page.
Json add_plan_pages(const DataSet& set, const MilestoneHistory& history, const SiteConfig& config,
                    SiteModel& m);

}  // namespace portal
