// remake_page.hpp — one edited content page through the same stages a build
// runs, for `portal serve`: load_page, validate_page, redact_page, page_model,
// then the last build's renderer. Nothing of the page reaches render but what
// redact made of it. The page is remade alone only when that cannot change any
// other file; otherwise (or when any stage says anything) the caller builds
// the whole site.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "core/marking_census.hpp"
#include "render/page_renderer.hpp"
#include "validate/site_config.hpp"
#include "validate/validated_site.hpp"

namespace portal {

// What a published build keeps for remaking its pages (BuildOptions::keep_live).
struct LiveSite {
    std::shared_ptr<LivePages> pages;  // render's: the renderer, page models, search entries
    SiteConfig config;                 // the marking policy and notice, as redact read them
    CensusLabels census_labels;        // the policy's labels, as load's census read them
    PageRules rules;                   // validate's: layouts, pages at addresses made from data
};

struct RemadePage {
    RenderedPage rendered;
    std::string markdown;  // the page's public text, now (for the next edit)
};

// Content page `index` of live.pages->pages, whose file (at `path`, as the
// build named it) held `previous` when the build read it and holds `text` now.
// Remade when the edit touches the page's text alone: the front matter is byte
// for byte what it was (so lists, feed, sitemap and nav are unchanged), no stage
// reports anything, redaction withholds nothing (so the canaries are the build's),
// the page's model is the build's but for its text (what build_model added to
// its view, from the unchanged front matter and data, is kept), and its links lead where they led
// and its headings keep their ids (so every link check still passes). Nothing otherwise.
std::optional<RemadePage> remake_page(const LiveSite& live, std::size_t index,
                                      const std::string& previous, std::string text,
                                      const Theme& theme);

}  // namespace portal
