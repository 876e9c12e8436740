// new_site/new_report.hpp — `portal new report PLAN YEAR-qN`: the next
// quarter's report file, written from the plan so that the officer fills in
// statuses and words instead of typing the plan's structure again.
#pragma once

#include <string>

#include "core/diagnostics.hpp"

namespace portal {

// Writes data/reports/<quarter>.json of the site in `site_dir` for the plan
// data/plans/<plan>.json: every priority in order with its title and lead
// officer, every milestone with its id and title, each "not-reported" with no
// progress yet (so the site builds at once, and shows what is still to fill
// in); a priority or milestone the plan marks keeps its marking. `quarter` is
// "2011-12-q1". Never overwrites a file. Returns the path written, or "" (the
// problem is in `diags`).
std::string write_new_report(const std::string& site_dir, const std::string& plan,
                             const std::string& quarter, Diagnostics& diags);

}  // namespace portal
