#include "model/site_model.hpp"

#include <algorithm>

#include "model/accessibility_statement.hpp"
#include "model/data_views.hpp"
#include "model/funding_views.hpp"
#include "model/publications.hpp"
#include "model/site_pages.hpp"
#include "model/view_helpers.hpp"

namespace portal {

namespace {

Json page_view(const PublicPage& p, const SiteConfig& config) {
    Json v;
    v["title"] = p.front.title;
    v["summary"] = p.front.summary;
    v["date"] = p.front.date;
    v["notice"] = p.lost_content ? config.notice : "";
    return v;
}

}  // namespace

PageModel page_model(PublicPage&& p, const SiteConfig& config) {
    PageModel pm{ModelKey()};
    pm.output = p.output;
    pm.url = p.url;
    pm.layout = p.front.layout;
    pm.source = p.path;
    pm.rel = p.rel;
    pm.markdown = std::move(p.markdown);
    pm.body_line = p.body_line;
    pm.lost_content = p.lost_content;
    pm.view = page_view(p, config);
    if (pm.layout == "meeting") pm.kind = "meeting";
    if (!p.front.date.empty()) pm.years = {financial_year_of(p.front.date)};
    return pm;
}

SiteModel build_model(PublicSite&& site, Diagnostics& /*diags*/) {
    SiteModel m{ModelKey()};
    m.pages.reserve(site.pages.size() + 2 * site.data.size() + 8);
    for (auto& p : site.pages) {
        // The public site is build_model's own: each page's text moves on.
        PageModel pm = page_model(std::move(p), site.config);
        m.source_urls[p.rel] = p.url;
        m.urls.insert(p.url);
        m.page_slots.emplace(pm.output, m.pages.size());
        m.pages.push_back(std::move(pm));
    }
    add_data_pages(site, m);
    add_funding_pages(site, m);
    add_publications(site, m);
    // Before the site's pages: the A-Z list names the statement too.
    add_accessibility_statement(site, m);
    add_site_pages(site, m);
    std::sort(m.pages.begin(), m.pages.end(),
              [](const PageModel& a, const PageModel& b) { return a.output < b.output; });
    m.page_slots.clear();
    m.config = std::move(site.config);
    m.layouts = std::move(site.layouts);
    m.partials = std::move(site.partials);
    m.assets = std::move(site.assets);
    m.log = std::move(site.log);
    m.canaries = std::move(site.canaries);
    return m;
}

}  // namespace portal
