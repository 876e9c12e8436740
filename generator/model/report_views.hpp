// model/report_views.hpp — the quarterly report pages (reports/<year>-q<n>/),
// the reports index with the trend across quarters, and their open-data
// downloads. Joins each report with its plan by milestone id; builds the
// milestone history the plan and history pages show.
#pragma once

#include "model/data_set.hpp"
#include "model/milestone_history.hpp"
#include "model/site_model.hpp"

namespace portal {

struct ReportPages {
    MilestoneHistory history;
    Json rows =
        Json::array();  // one summary per report, oldest first (the home page shows the latest)
};

ReportPages add_report_pages(const DataSet& set, const SiteConfig& config, SiteModel& m);

}  // namespace portal
