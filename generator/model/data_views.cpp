#include "model/data_views.hpp"
#include "model/render_requests.hpp"

#include <algorithm>

#include "core/generated_text.hpp"
#include "core/site_addresses.hpp"
#include "model/data_set.hpp"
#include "model/milestone_views.hpp"
#include "model/plan_views.hpp"
#include "model/report_views.hpp"
#include "model/statistics_views.hpp"
#include "model/view_helpers.hpp"

namespace portal {

namespace {

std::string page_rel(const std::string& id) {
    const bool has_ext = id.size() > 3 && id.compare(id.size() - 3, 3, ".md") == 0;
    return has_ext ? id : id + ".md";
}

struct PaperLink {
    std::string title;  // empty when the paper is withheld
    std::string target;
};

PaperLink paper_link(const PublicSite& site, const DataSet& set, const PaperRef& paper) {
    if (paper.kind == "page") {
        for (const auto& q : site.pages)
            if (q.rel == page_rel(paper.id)) return {q.front.title, q.url};
        return {};
    }
    if (paper.kind == "report") {
        for (const auto& r : set.reports)
            if (r.id == paper.id) return {r.title(), report_url(r.id)};
        return {};
    }
    if (paper.kind == "plan") {
        auto p = set.plans.find(paper.id);
        if (p == set.plans.end()) return {};
        return {p->second.value()["title"].get<std::string>(), plan_url(paper.id)};
    }
    if (paper.kind == "funding")
        for (const auto& d : site.data)
            if (d.rel == "funding/" + paper.id + ".json")
                return {funding_title(paper.id), funding_url(paper.id)};
    return {};
}

// A meeting's papers: links to what it tabled. A withheld paper is left out,
// and the page says that something was withheld.
void add_meeting_papers(const PublicSite& site, const DataSet& set, SiteModel& m) {
    for (const auto& p : site.pages) {
        if (p.front.papers.empty()) continue;
        Json papers = Json::array();
        bool lost = false;
        for (const auto& paper : p.front.papers) {
            PaperLink link = paper_link(site, set, paper);
            if (link.title.empty()) {
                lost = true;
                continue;
            }
            papers.push_back({{"title", link.title}, {"href", href_to(link.target)}});
        }
        for (auto& pm : m.pages)
            if (pm.url == p.url) {
                pm.view["papers"] = papers;
                pm.view["has_papers"] = !papers.empty();
                if (lost) pm.view["notice"] = site.config.notice;
            }
    }
}

// The meetings index, newest first; returns its items for the home page.
Json add_meetings_index(const PublicSite& site, SiteModel& m) {
    Json meetings = Json::array();
    for (const auto& p : site.pages)
        if (p.rel.rfind("meetings/", 0) == 0 && p.front.layout == "meeting")
            meetings.push_back({{"title", p.front.title},
                                {"href", href_to(p.url)},
                                {"summary", p.front.summary},
                                {"date", p.front.date}});
    std::sort(meetings.begin(), meetings.end(), [](const Json& a, const Json& b) {
        return a["date"].get<std::string>() > b["date"].get<std::string>();
    });
    if (meetings.empty()) return meetings;
    PageModel& idx = data_page(m, "meetings/", "list");
    set_default(idx.view, "title", "Board meetings");
    set_default(idx.view, "summary", "Agendas and minutes of the partnership board.");
    idx.view["items"] = meetings;
    return meetings;
}

// Home: the latest quarter at a glance, the plans, the latest publications.
void add_home(const PublicSite& site, const DataSet& set, const Json& report_rows,
              const Json& plan_rows, const Json& meetings, SiteModel& m) {
    PageModel& home = data_page(m, "", "home");
    set_default(home.view, "title", site.config.title);
    if (!report_rows.empty()) {
        Json latest = report_rows.back();
        // A report that gives progress in words (its scale is words) says so,
        // rather than counting statuses it does not have.
        if (latest.value("words_only", false)) latest["no_colours"] = true;
        home.view["latest_report"] = latest;
    }
    home.view["plans"] = plan_rows;
    home.view["has_plans"] = !plan_rows.empty();
    home.view["meetings"] = meetings;
    home.view["has_meetings"] = !meetings.empty();
    Json more = Json::array();
    if (!set.reports.empty())
        more.push_back(
            {{"title", "Performance reports, quarter by quarter"}, {"href", href_to("reports/")}});
    if (!set.statistics.empty())
        more.push_back(
            {{"title", "Statistics behind the priorities"}, {"href", href_to("statistics/")}});
    if (!site.tables.empty())
        more.push_back({{"title", "Funding: where the money went"}, {"href", href_to("funding/")}});
    home.view["more"] = more;
    home.view["has_more"] = !more.empty();
}

}  // namespace

void add_data_pages(const PublicSite& site, SiteModel& m) {
    const DataSet set = collect_data(site.data);
    ReportPages reports = add_report_pages(set, site.config, m);
    Json plan_rows = add_plan_pages(set, reports.history, site.config, m);
    add_milestone_pages(set, reports.history, site.config, m);
    add_statistics_pages(set, site.config, m);
    add_meeting_papers(site, set, m);
    Json meetings = add_meetings_index(site, m);
    add_home(site, set, reports.rows, plan_rows, meetings, m);
}

}  // namespace portal
