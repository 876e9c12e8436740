// render/rendered_site.hpp — every file of the site as bytes, ready to write.
#pragma once

#include <string>
#include <vector>

#include "core/canary.hpp"
#include "redact/public_site.hpp"

namespace portal {

struct SiteModel;

struct OutputFile {
    std::string path;  // relative to the output folder, '/'-separated
    std::string bytes;
};

struct RenderedSite {
    std::vector<OutputFile> files;
    std::vector<RedactionEntry> log;
    CanarySet canaries;
    int pages = 0;
    std::size_t search_index_bytes = 0;
};

RenderedSite render_site(SiteModel&& model, Diagnostics& diags);

}  // namespace portal
