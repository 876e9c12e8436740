#include "model/data_set.hpp"

#include <algorithm>

#include "core/generated_text.hpp"
#include "model/view_helpers.hpp"

namespace portal {

std::string ReportData::label() const {
    return quarter_label(financial_year, quarter);
}

std::string ReportData::title() const {
    return report_title(financial_year, quarter);
}

int ReportData::sequence() const {
    // Validation made financial_year "YYYY-YY"; the first year is enough.
    return std::stoi(financial_year.substr(0, 4)) * 4 + (quarter - 1);
}

DataSet collect_data(const std::vector<PublicData>& data) {
    DataSet set;
    for (const auto& d : data) {
        const std::string kind = kind_of(d.rel);
        const std::string stem = stem_of(d.rel);
        if (kind == "plans") {
            set.plans[stem] = {stem, &d};
        } else if (kind == "reports") {
            ReportData r{stem, &d, d.value.value("financial_year", ""), d.value.value("quarter", 0),
                         d.value.value("plan", "")};
            set.reports.push_back(std::move(r));
        } else if (kind == "statistics") {
            set.statistics.push_back({stem, &d});
        }
    }
    std::erase_if(set.reports, [&](const ReportData& r) { return !set.plans.count(r.plan); });
    std::sort(set.reports.begin(), set.reports.end(), [](const ReportData& a, const ReportData& b) {
        return std::make_pair(a.financial_year, a.quarter) <
               std::make_pair(b.financial_year, b.quarter);
    });
    return set;
}

}  // namespace portal
