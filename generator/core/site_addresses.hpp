// core/site_addresses.hpp — the addresses of the pages portal makes from data,
// named once: validate (which addresses a site's data takes, so that pages,
// links and meeting papers can be checked against them) and model (which pages
// it makes, and every link between them) both use these. A page made from a
// data file stands at that file's folder and name: data/plans/2009-12.json
// gives plans/2009-12/; a plan also gives its milestone history.
#pragma once

#include <string>

namespace portal {

// "plans", "2009-12" -> "plans/2009-12/": the page of data/<kind>/<stem>.json.
inline std::string data_page_url(const std::string& kind, const std::string& stem) {
    return kind + "/" + stem + "/";
}
inline std::string plan_url(const std::string& id) {
    return data_page_url("plans", id);
}
inline std::string report_url(const std::string& id) {
    return data_page_url("reports", id);
}
inline std::string funding_url(const std::string& year) {
    return data_page_url("funding", year);
}
inline std::string statistics_url(const std::string& name) {
    return data_page_url("statistics", name);
}
// A plan's milestones, quarter by quarter.
inline std::string milestones_url(const std::string& plan) {
    return data_page_url("milestones", plan);
}

}  // namespace portal
