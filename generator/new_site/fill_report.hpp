// new_site/fill_report.hpp — `portal returns YEAR-qN`: the lead officers'
// returns (returns/YEAR-qN/*.csv) read back into the quarter's report, each
// row's status and progress onto its milestone; all of them, or, when any row
// is wrong, none.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace portal {

struct ReturnsFilled {
    bool ok = false;     // false: nothing was written (the errors are in the diagnostics)
    std::string report;  // the report's path, as messages show it ("" when not read)
    int returns = 0;     // the files read
    int filled = 0;      // milestones given a status by a row
    int open = 0;        // the report's milestones a return may fill
    int withheld = 0;    // the report's milestones a return may not fill
    std::vector<std::string> not_reported;  // open milestones still not reported, in order
    bool written = false;                   // false when the returns changed nothing
};

// Reads every returns/<quarter>/*.csv of the site in `site_dir` and fills
// data/reports/<quarter>.json from them. Each row names a milestone of the
// report by its id; an empty status leaves its milestone as it is; otherwise
// the row's status (in any case and spacing, new_site/status_scale) and its
// progress (trimmed; an empty one empties it) replace the milestone's. A
// milestone the report or its plan withholds, or one in a withheld priority
// or action, cannot be filled from a return. Every problem in every file is
// an error at its file, line and column; with any error nothing is written.
// Otherwise the report is replaced in one step (new_site/file_placing), every
// other key kept in its order, indented by two spaces.
ReturnsFilled fill_report_from_returns(const std::string& site_dir, const std::string& quarter,
                                       Diagnostics& diags);

}  // namespace portal
