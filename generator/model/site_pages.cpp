#include "model/site_pages.hpp"
#include "model/render_requests.hpp"

#include <algorithm>
#include <map>

#include "model/view_helpers.hpp"

namespace portal {

namespace {

// Every page a visitor can reach, by title, grouped by kind: what search
// offers without JavaScript, and a way in of its own.
void add_a_to_z(SiteModel& m) {
    static const std::pair<const char*, const char*> kinds[] = {
        {"report", "Reports"},  {"plan", "Plans"},       {"milestone", "Milestone histories"},
        {"funding", "Funding"}, {"dataset", "Datasets"}, {"meeting", "Meetings"},
        {"page", "Other pages"}};
    std::map<std::string, std::vector<std::pair<std::string, Json>>> by_kind;
    for (const auto& p : m.pages) {
        if (p.output != p.url + "index.html" || p.url == "search/") continue;  // not 404.html
        const std::string title = p.view.value("title", "");
        if (title.empty()) continue;
        std::string key;
        for (char c : title) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        std::string years;
        for (const auto& y : p.years) years += (years.empty() ? "" : ", ") + y;
        by_kind[p.kind].push_back(
            {key, {{"title", title}, {"href", href_to(p.url)}, {"years", years}}});
    }
    Json groups = Json::array();
    for (const auto& [kind, heading] : kinds) {
        auto found = by_kind.find(kind);
        if (found == by_kind.end()) continue;
        auto& items = found->second;
        std::sort(items.begin(), items.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        Json list = Json::array();
        for (auto& item : items) list.push_back(std::move(item.second));
        groups.push_back(
            {{"heading", heading}, {"id", kind}, {"count", list.size()}, {"items", list}});
    }
    PageModel& az = page_at(m, "a-z/", "a-z/index.html", "a-z");
    m.urls.insert("a-z/");
    set_default(az.view, "title", "Every page from A to Z");
    set_default(az.view, "summary", "Every page of this site by its title, grouped by what it is.");
    az.view["groups"] = groups;
    az.searched = false;  // it has every title: a match for every search
}

}  // namespace

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
        cat.view["attribution"] = site.config.attribution();
    }

    const bool a_to_z =
        site.layouts.count("a-z") > 0;  // a theme from before it had one does without
    if (a_to_z) add_a_to_z(m);

    PageModel& search = page_at(m, "search/", "search/index.html", "search");
    m.urls.insert("search/");
    set_default(search.view, "title", "Search");
    set_default(search.view, "summary", "Find pages of this site by the words in them.");
    search.view["search"] = true;  // base loads the search scripts
    search.searched = false;
    if (a_to_z) search.view["a_to_z_href"] = href_to("a-z/");

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
