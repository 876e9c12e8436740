// pipeline.hpp — runs the stages in order, stopping between stages when
// there are errors. The only place that sees every stage.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "write/build_record.hpp"

namespace portal {

struct LiveSite;  // remake_page.hpp

struct BuildOptions {
    std::string site_dir = ".";
    std::string out_dir;   // default: <site_dir>/public
    std::string log_path;  // default: <site_dir>/build/redactions.txt
    bool write = true;     // false for `portal check`
    // When nothing changed since the last published build (sources, portal, log
    // and output folder exactly as they were), keep that build instead of making
    // the same site again. `portal build --full` sets it false.
    bool reuse_unchanged = true;
    // `portal serve`: keep what remaking an edited page needs (BuildReport::live).
    // Every build then runs in full.
    bool keep_live = false;
    // Messages name a file withheld whole only as far as its folder (its name
    // may say what it marks), unless this is set (`check --list-withheld`).
    bool name_withheld_files = false;
};

// What a build did: its counts (write/build_record.hpp), and more.
struct BuildReport : BuildCounts {
    bool ok = false;
    bool up_to_date = false;  // nothing changed: the published site was kept
    // A file could not be read (its errors are reported): the checks that need
    // every file wait for the next build.
    bool other_checks_waiting = false;
    double seconds = 0;
    std::string out_dir;
    std::string log_path;
    std::string base_url;       // site.json's, once validate has read it ("" before)
    std::string redaction_log;  // the text of the log (locations only)
    struct StageTiming {
        std::string stage;
        double seconds = 0;
        long peak_kib = 0;  // the process's peak resident memory so far
    };
    std::vector<StageTiming> stage_timings;  // for --timings
    double search_index_seconds = 0;         // of render's, the search index's (cores' time)
    std::shared_ptr<LiveSite> live;          // with keep_live, of a published build
};

BuildReport run_build(const BuildOptions& options, Diagnostics& diags);

// Another command's messages about the site in `site_dir` (`portal returns`),
// quieted as a build's are: a quotation or a name that reads as marked, by
// site.json's labels and the well-known markings, is printed as "…"
// (redact/quiet_messages). A lead officer may paste a marked line into a cell.
void quiet_marked_quotes_of_site(const std::string& site_dir, Diagnostics& diags);

// "1 page", "3 pages".
std::string plural(std::size_t n, const char* one, const char* many);
std::string plural(int n, const char* one, const char* many);

// The one line a successful build prints: pages, reports, datasets, files
// written, search index size, items withheld, time taken.
std::string summary_line(const BuildReport& report);

}  // namespace portal
