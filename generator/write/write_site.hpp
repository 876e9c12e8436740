// write/write_site.hpp — stage, audit, swap: every file into a fresh staging
// folder beside the output, the leak audit over every byte, one atomic swap.
// Which folder may be replaced, and where the log may go: output_folder.hpp.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "core/files.hpp"
#include "render/rendered_site.hpp"
#include "write/leak_audit.hpp"
#include "write/output_folder.hpp"

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

WriteResult write_site(RenderedSite&& site, const WriteOptions& options, Diagnostics& diags);

// The redaction log as text: one line per withheld item, locations only.
std::string format_redaction_log(const std::vector<RedactionEntry>& log);

}  // namespace portal
