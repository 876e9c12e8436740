// render/rendered_site.hpp — every file of the site as bytes, ready to write.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/canary.hpp"
#include "core/markdown_outline.hpp"
#include "redact/public_site.hpp"

namespace portal {

struct SiteModel;
struct LivePages;  // render/page_renderer.hpp

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
    // Time spent making the search index, each page's part added up over the
    // cores it ran on, and the joining of them (for --timings and the bench).
    double search_index_seconds = 0;
    // What `portal serve` keeps to remake an edited page; only when asked for.
    std::shared_ptr<LivePages> live;
};

// The outlines of content pages a build's link checks wait for (validate left
// them to render: their public text is their full text), by content path.
struct PageOutlines {
    std::set<std::string> wanted;
    std::map<std::string, MarkdownOutline> found;
};

// keep_live: also fill `live` (costs a copy of the content pages' models).
// outlines: also take the outline of every wanted page from its parse.
RenderedSite render_site(SiteModel&& model, Diagnostics& diags, bool keep_live = false,
                         PageOutlines* outlines = nullptr);

}  // namespace portal
