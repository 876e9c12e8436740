// model/data_set.hpp — the public data files sorted by kind, as the data-driven
// views read them: plans by id, reports in quarter order, statistics datasets.
// A report whose plan is withheld is left out: it is withheld with its plan.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "redact/public_site.hpp"

namespace portal {

struct PlanData {
    std::string id;  // the file name without .json, "2009-12"
    const PublicData* data = nullptr;
    const Json& value() const { return data->value; }
};

struct ReportData {
    std::string id;  // "2009-10-q3"
    const PublicData* data = nullptr;
    std::string financial_year;  // "2009-10"
    int quarter = 0;             // 1-4
    std::string plan;            // the id of the plan it reports on
    const Json& value() const { return data->value; }
    std::string label() const;  // "2009-10 Q3"
    std::string title() const;  // "Performance report 2009-10 Q3"
    // Quarters counted from year 0: consecutive quarters differ by one, across
    // financial years too (2009-10 Q4 and 2010-11 Q1).
    int sequence() const;
};

struct StatisticsData {
    std::string name;  // the file name without .json
    const PublicData* data = nullptr;
};

struct DataSet {
    std::map<std::string, PlanData> plans;
    std::vector<ReportData> reports;  // oldest first
    std::vector<StatisticsData> statistics;
};

DataSet collect_data(const std::vector<PublicData>& data);

}  // namespace portal
