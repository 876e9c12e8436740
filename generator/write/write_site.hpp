// write/write_site.hpp — stage, audit, swap; and the checks that keep the swap
// from replacing anything that is not portal's to replace.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "core/files.hpp"
#include "render/rendered_site.hpp"
#include "write/leak_audit.hpp"

namespace portal {

struct WriteOptions {
    std::string out_dir;   // the published folder, e.g. "public"
    std::string log_path;  // redaction log, outside out_dir ("" = do not write)
    // The site's folder, when known (the pipeline and the command line know it).
    // Then the output folder must also stay clear of the site's sources, and an
    // existing one must be empty or carry kOutputMarker. Left empty only by tests
    // that write a hand-made site over a hand-made output; `= {}` keeps callers
    // that do not name it free of missing-initializer warnings.
    std::string site_dir = {};
};

struct WriteResult {
    bool published = false;
    int files = 0;  // the site's files; the marker is portal's bookkeeping, not counted
    std::size_t bytes = 0;
};

// The file portal writes into every output folder. Its presence is how portal
// knows a folder is its own to replace: a folder without it is someone's data.
inline constexpr const char* kOutputMarker = ".portal-output";

WriteResult write_site(RenderedSite&& site, const WriteOptions& options, Diagnostics& diags);

// One output file's leak audit, and its bytes written at `path`, whether the
// file holds them whole or as parts (OutputFile::parts).
std::vector<LeakHit> audit_output(const OutputFile& file, const CanarySet& canaries);
bool write_output(const fs::path& path, const OutputFile& file);

// The output folder without trailing separators ("public/" → "public"), or
// nothing when the path names no folder portal could replace: "", ".", "..",
// "/". The lock and staging folder go beside the output under its name, so a
// nameless output would put them inside it.
std::optional<fs::path> output_folder(const std::string& out_dir);

// Whether `path` is `folder` or lies inside it, with symbolic links resolved.
bool lies_within(const fs::path& path, const fs::path& folder);

// Whether portal may replace `out` (as output_folder returns it) when building
// the site in `site_dir`: not the site folder, not a folder holding it, not
// inside its content/, data/, layouts/ or assets/; not a symbolic link; when it
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
// resolved as far as the paths exist.
std::optional<std::string> log_path_problem(const std::string& log_path, const fs::path& out,
                                            const std::string& site_dir);

// The redaction log as text: one line per withheld item, locations only.
std::string format_redaction_log(const std::vector<RedactionEntry>& log);

}  // namespace portal
