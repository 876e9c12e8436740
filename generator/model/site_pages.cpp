#include "model/site_pages.hpp"
#include "model/render_requests.hpp"

#include "model/view_helpers.hpp"

namespace portal {

void add_site_pages(const PublicSite& site, SiteModel& m) {
    m.pages.reserve(m.pages.size() + 4);
    if (!m.downloads.empty()) {
        PageModel& cat = page_at(m, "data/", "data/index.html", "catalogue");
        m.urls.insert("data/");
        set_default(cat.view, "title", "Open data");
        set_default(
            cat.view, "summary",
            "Every dataset on this site, as CSV and JSON, free to reuse under the site's licence.");
        Json items = Json::array();
        for (const auto& d : m.downloads)
            items.push_back({{"title", d.title},
                             {"description", d.description},
                             {"period", d.period},
                             {"source", d.source},
                             {"page_href", href_to(d.page_url)},
                             {"csv_size", size_of_file(d.path + ".csv")},
                             {"json_size", size_of_file(d.path + ".json")},
                             {"csv_href", href_to(d.path + ".csv")},
                             {"json_href", href_to(d.path + ".json")}});
        cat.view["datasets"] = items;
        cat.view["licence_name"] = site.config.licence_name;
        cat.view["licence_url"] = site.config.licence_url;
    }

    PageModel& search = page_at(m, "search/", "search/index.html", "search");
    m.urls.insert("search/");
    set_default(search.view, "title", "Search");
    set_default(search.view, "summary", "Find pages of this site by the words in them.");
    search.view["search"] = true;  // base loads the search scripts

    // The not-found page is shown at whatever address was asked for, so its links
    // cannot be relative: they are written from the path of base_url
    // ("/community-safety/plans/index.html"), where the site is published. (A
    // <base href> would do the same for links but send the skip link "#main" to
    // the home page.)
    PageModel& nf = page_at(m, "", "404.html", "not-found");
    set_default(nf.view, "title", "Page not found");
    const std::string& base = site.config.base_url;
    auto scheme = base.find("://");
    auto path = scheme == std::string::npos ? std::string::npos : base.find('/', scheme + 3);
    nf.view["absolute_root"] = path == std::string::npos ? "/" : base.substr(path);
    nf.view["not_found"] = true;
}

}  // namespace portal
