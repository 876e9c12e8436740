// write/write_site.hpp — stage, audit, swap.
#pragma once

#include <string>

#include "core/diagnostics.hpp"
#include "render/rendered_site.hpp"

namespace portal {

struct WriteOptions {
    std::string out_dir;   // the published folder, e.g. "public"
    std::string log_path;  // redaction log, outside out_dir ("" = do not write)
};

struct WriteResult {
    bool published = false;
    int files = 0;
    std::size_t bytes = 0;
};

WriteResult write_site(RenderedSite&& site, const WriteOptions& options, Diagnostics& diags);

// The redaction log as text: one line per withheld item, locations only.
std::string format_redaction_log(const std::vector<RedactionEntry>& log);

}  // namespace portal
