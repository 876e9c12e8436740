// write/output_folder.hpp — the rules of the output folder: which folder portal
// may replace (its own, marked; never the site, its sources, or a link), what
// it keeps beside it (named once, in BesideOutput), and where the redaction
// log may not go. write_site applies them before staging and again under the
// lock; main.cpp asks log_path_problem before anything is read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.hpp"
#include "core/files.hpp"

namespace portal {

// The file portal writes into every output folder. Its presence is how portal
// knows a folder is its own to replace: a folder without it is someone's data.
inline constexpr const char* kOutputMarker = ".portal-output";

// What the marker says to whoever opens it. A web server may serve it (a dot
// file, like .nojekyll), so it names no path, machine or date: the same bytes on
// every build, which also keeps its date unchanged across rebuilds.
inline constexpr std::string_view kOutputMarkerText =
    "This folder is a website built by portal. Each build replaces everything in\n"
    "it, so keep nothing else here. portal replaces only folders holding this file.\n";

// What portal keeps beside an output folder NAME, in the folder that holds it,
// never inside it (the output is what a build replaces). Named here only.
struct BesideOutput {
    explicit BesideOutput(const fs::path& out);  // out: as output_folder returns it
    fs::path parent;         // the folder holding the output ("." when none is named)
    fs::path lock;           // .NAME.lock: one build or patch at a time
    fs::path staging;        // .NAME.staging: the next site; the previous one after a swap
    fs::path manifest;       // .NAME.manifest: what the last build published
    fs::path build_record;   // .NAME.build: what it was built from
    std::string old_prefix;  // "NAME.old-": the previous site while a swap renames (+ PID)
    fs::path old_site(long pid) const { return parent / (old_prefix + std::to_string(pid)); }
};

// The defaults of --out and --log for a site folder, named here only: the
// output in SITE/public, the redaction log (it names withheld files) in
// SITE/build/redactions.txt, beside the sources and never inside the output.
inline std::string default_output_folder(const fs::path& site_dir) {
    return (site_dir / "public").lexically_normal().string();
}
inline std::string default_log_path(const fs::path& site_dir) {
    return (site_dir / "build" / "redactions.txt").lexically_normal().string();
}

// The message for an --out that names no folder (output_folder gave nothing).
inline constexpr const char* kNoOutputFolderName =
    "this --out names no folder; give the output folder a name, such as public or "
    "../site (each build replaces that folder, and keeps its lock and staging folder "
    "beside it)";

// The output folder without trailing separators ("public/" → "public"), or
// nothing when the path names no folder portal could replace: "", ".", "..",
// "/". The lock and staging folder go beside the output under its name, so a
// nameless output would put them inside it.
std::optional<fs::path> output_folder(const std::string& out_dir);

// Whether `path` is `folder` or lies inside it, with symbolic links resolved.
bool lies_within(const fs::path& path, const fs::path& folder);

// Whether portal may replace `out` (as output_folder returns it) when building
// the site in `site_dir`: not the site folder, not a folder holding it, not
// inside its content/, data/, layouts/, assets/ or returns/; not a symbolic link; when it
// exists, a folder that is empty or carries kOutputMarker. Each refusal is an
// error that names the folder and says what to do.
bool check_output_folder(const fs::path& site_dir, const fs::path& out, Diagnostics& diags);

// Why the redaction log may not be written at `log_path`, or nothing when it
// may. It names withheld files, so it may not lie inside the output folder
// `out` (as output_folder returns it), inside or at anything portal keeps
// beside it (.NAME.staging, which becomes the published site; .NAME.lock,
// .NAME.manifest, .NAME.build; NAME.old-PID), or, when `site_dir` is given,
// inside the site's content/, data/, layouts/ or assets/ or at its site.json.
// Checked on the paths made absolute and normal, and again with symbolic links
// resolved as far as the paths exist. Then log_file_problem.
std::optional<std::string> log_path_problem(const std::string& log_path, const fs::path& out,
                                            const std::string& site_dir);

// Why the file at `log_path` may not be the redaction log, or nothing when it
// may: when something is there (symbolic links followed), it must be a regular
// file with one name. A second name (a hard link, `ln public/robots.txt log`)
// would publish the log under it; a named pipe would stop the build waiting
// for a reader; a device or socket would take the log elsewhere. Looked at
// with stat before it is opened. A file that is not empty must be a redaction
// log already (it begins kRedactionLogHeading): `--log SITE/README.md` would
// otherwise replace someone's document with the log. The log is written by
// replacing the file (write_file_replacing), which also breaks any link made
// after this check.
std::optional<std::string> log_file_problem(const std::string& log_path);

// How every redaction log begins (format_redaction_log), and so how portal
// knows a file it may replace with a new log.
inline constexpr std::string_view kRedactionLogHeading = "# portal redaction log";

// Where the log at `log_path` is written: the path a chain of symbolic links
// at its own name leads to, whether or not that exists yet (a log that is a
// link to a file elsewhere stays one; the file it names is replaced).
fs::path log_file_target(const fs::path& log_path);

// The parts of check_output_folder, for write_site: clear of the site (before
// staging); portal's to replace (under the lock, just before the swap; an
// existing folder must be empty or carry the marker when `require_marker`).
bool check_clear_of_site(const fs::path& site_dir, const fs::path& out, Diagnostics& diags);
bool check_replaceable(const fs::path& out, bool require_marker, Diagnostics& diags);

// log_path_problem as an error at the log's path; false when there was one.
bool check_log_outside(const std::string& log_path, const fs::path& out,
                       const std::string& site_dir, Diagnostics& diags);

}  // namespace portal
