#include "model/publications.hpp"

#include "core/site_addresses.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace portal {

std::string quarter_end(const std::string& fy, int q) {
    int start = std::stoi(fy.substr(0, 4));
    switch (q) {
        case 1:
            return std::to_string(start) + "-06-30";
        case 2:
            return std::to_string(start) + "-09-30";
        case 3:
            return std::to_string(start) + "-12-31";
        default:
            return std::to_string(start + 1) + "-03-31";
    }
}

void add_publications(const PublicSite& site, SiteModel& m) {
    // When each paper was tabled, from the meetings' `papers`.
    std::map<std::string, std::string> tabled;  // "funding:2010-11" -> date
    for (const auto& p : site.pages)
        for (const auto& paper : p.front.papers)
            if (!p.front.date.empty()) tabled.emplace(paper.kind + ":" + paper.id, p.front.date);

    // A paper's page, found through the model's index of pages by output path.
    auto view_of = [&](const std::string& url) -> const PageModel* {
        auto it = m.page_slots.find(url + "index.html");
        return it == m.page_slots.end() ? nullptr : &m.pages[it->second];
    };
    auto text = [](const Json& v, const char* key) {
        return v.contains(key) && v[key].is_string() ? v[key].get<std::string>() : std::string();
    };

    for (const auto& d : site.data) {
        std::string kind = d.rel.substr(0, d.rel.find('/'));
        std::string stem = d.rel.substr(d.rel.rfind('/') + 1);
        stem = stem.substr(0, stem.rfind('.'));
        Publication pub;
        if (kind == "reports") {
            pub.kind = "report";
            pub.url = report_url(stem);
            pub.date = d.value.value("board_meeting", "");
            if (pub.date.empty() && tabled.count("report:" + stem))
                pub.date = tabled["report:" + stem];
            if (pub.date.empty())
                pub.date = quarter_end(d.value["financial_year"], d.value["quarter"]);
        } else if (kind == "plans") {
            pub.kind = "plan";
            pub.url = plan_url(stem);
            if (tabled.count("plan:" + stem))
                pub.date = tabled["plan:" + stem];
            else if (d.value.contains("period"))
                pub.date = d.value["period"]["from"];
        } else if (kind == "funding") {
            pub.kind = "funding";
            pub.url = funding_url(stem);
            if (tabled.count("funding:" + stem))
                pub.date = tabled["funding:" + stem];
            else
                pub.date = std::to_string(std::stoi(stem.substr(0, 4)) + 1) + "-03-31";
        } else {
            continue;
        }
        const PageModel* page = view_of(pub.url);
        if (!page) continue;  // nothing published there (withheld with its plan, say)
        pub.title = text(page->view, "title");
        pub.summary = text(page->view, "summary");
        m.publications.push_back(pub);
    }
    // A dated page is a publication of its own unless a paper already is one at
    // its address (or an earlier page at the same address).
    std::unordered_set<std::string> covered;
    for (const auto& x : m.publications) covered.insert(x.url);
    for (const auto& p : site.pages) {
        if (p.front.date.empty()) continue;
        if (!covered.insert(p.url).second) continue;
        m.publications.push_back({p.front.title, p.url, p.front.date, p.front.summary,
                                  p.front.layout == "meeting" ? "meeting" : "page"});
    }
    std::stable_sort(m.publications.begin(), m.publications.end(),
                     [](const Publication& a, const Publication& b) {
                         return a.date != b.date ? a.date > b.date : a.url < b.url;
                     });
}

}  // namespace portal
