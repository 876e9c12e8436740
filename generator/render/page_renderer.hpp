// render/page_renderer.hpp — makes one page's HTML (and its search entry) from
// its PageModel. Everything else a page depends on (the site's addresses, nav,
// hashed asset names, download sizes, the ids the theme writes) is set up once
// per build. render_site uses it for every page; `portal serve` keeps the one
// of its last build to remake a page whose text was edited, so that both paths
// run the same code.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/marking_census.hpp"
#include "model/site_model.hpp"
#include "render/mustache_data.hpp"
#include "render/rendered_site.hpp"
#include "render/search_index.hpp"
#include "render/theme.hpp"

namespace portal {

struct RenderedPage {
    OutputFile file;
    std::optional<SearchPage> search;  // pages listed by search; not the search page
    double search_seconds = 0;         // making `search` (for --timings)
    Diagnostics diags;
};

class PageRenderer {
  public:
    // Copies what pages need from the model (addresses, config, theme), so that
    // it outlives the model. `asset_names` maps "assets/css/site.css" to its
    // hashed name; `sizes` gives the byte size of each generated download.
    PageRenderer(const SiteModel& m, std::map<std::string, std::string> asset_names,
                 std::map<std::string, std::size_t> sizes);

    // A theme for one thread (a Theme is not safe to share between threads).
    std::unique_ptr<Theme> make_theme() const;

    // `outline`, when given, receives the outline of the page's Markdown.
    RenderedPage render(const PageModel& page, const Theme& theme,
                        MarkdownOutline* outline = nullptr) const;

  private:
    SiteConfig config_;
    std::set<std::string> urls_;
    std::map<std::string, std::string> source_urls_;
    std::map<std::string, TextFile> layouts_;
    std::map<std::string, TextFile> partials_;
    std::map<std::string, std::string> asset_names_;
    std::map<std::string, std::size_t> sizes_;
    std::set<std::string> theme_ids_;
    // Heading ids of content pages that lost content, so that "#fragment" links
    // to a withheld heading are cut back to the page.
    std::map<std::string, std::set<std::string>> trimmed_ids_;
    mustache::data site_data_;  // the "site" every layout sees, converted once
    CensusLabels labels_;       // the policy's, for what layouts join (value_joins)
    // schema.org JSON-LD by page address: the Datasets a page shows, and the
    // DataCatalog on data/ (render/json_ld.hpp).
    std::map<std::string, std::string> json_ld_;
};

// What `portal serve` keeps of a build to remake a page whose text was edited
// without building the whole site again: the renderer, the models of the
// content pages that lost nothing to redaction, every page's part of the
// search index in page-number order (and the index's chunk boundaries), and the
// canaries to audit a remade page against.
struct LivePages {
    static constexpr std::size_t kNoEntry = static_cast<std::size_t>(-1);
    std::shared_ptr<const PageRenderer> renderer;
    std::vector<PageModel> pages;          // content pages published whole
    std::vector<std::size_t> search_slot;  // per page: its place in search_pages, or kNoEntry
    std::vector<SearchPage> search_pages;
    std::vector<std::string> search_chunk_starts;
    std::vector<std::string> search_files;  // the index's files as last written (paths)
    CanarySet canaries;
};

}  // namespace portal
