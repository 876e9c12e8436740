// new_site/new_report.hpp — `portal new report PLAN YEAR-qN [--returns]`: the
// next quarter's report file, written from the plan so that the officer fills
// in statuses and words instead of typing the plan's structure again; and,
// asked for, a CSV return for each priority's lead officer to fill in
// (`portal returns` reads them back: new_site/fill_report.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace portal {

struct NewReportOptions {
    bool returns = false;  // also write the returns (--returns)
};

struct ReturnWritten {
    std::string path;  // as messages show it
    long long priority = 0;
    std::string lead_officer;  // "" when the plan names none (or withholds the name)
    int rows = 0;
};

struct NewReportWritten {
    std::string report;  // the report written, or "" when it was there already
    std::string kept;    // with returns: the report that was there already, left as it was
    std::vector<ReturnWritten> returns;
    std::vector<long long> without_return;  // priorities with no milestone a return may carry
};

// Writes data/reports/<quarter>.json of the site in `site_dir` for the plan
// data/plans/<plan>.json: every priority in order with its title and lead
// officer, every milestone with its id and title, each "not-reported" with no
// progress yet (so the site builds at once, and shows what is still to fill
// in); a priority or milestone the plan marks keeps its marking. `quarter` is
// "2011-12-q1".
//
// With options.returns, also returns/<quarter>/priority-<n>.csv for each
// priority with a milestone a return may carry (new_site/plan_returns.hpp,
// new_site/return_csv.hpp). A report already there is then kept, and only the
// returns are written (it must be a report on the same plan).
//
// Never writes over a file, and writes all of it or nothing: when the report
// (without returns) or any return is there already, nothing is written and
// each is named in `diags`. Returns what was written, or nothing.
std::optional<NewReportWritten> write_new_report(const std::string& site_dir,
                                                 const std::string& plan,
                                                 const std::string& quarter,
                                                 const NewReportOptions& options,
                                                 Diagnostics& diags);

// The report alone: the path written, or "" (the problem is in `diags`).
std::string write_new_report(const std::string& site_dir, const std::string& plan,
                             const std::string& quarter, Diagnostics& diags);

}  // namespace portal
