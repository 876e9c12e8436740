#include "model/data_views.hpp"

#include <algorithm>
#include <map>

#include "core/generated_text.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

const char* kStatuses[] = {"green", "amber", "red", "not-reported"};

std::string status_word(const std::string& s) {
    if (s == "green") return "Green";
    if (s == "amber") return "Amber";
    if (s == "red") return "Red";
    return "Not reported";
}

int status_rank(const std::string& s) {
    if (s == "green") return 3;
    if (s == "amber") return 2;
    if (s == "red") return 1;
    return 0;
}

Json status_view(const std::string& s) {
    return {{"key", s}, {"word", status_word(s)}};
}

std::string quarter_label(const Json& r) {
    return portal::quarter_label(r["financial_year"].get<std::string>(), r["quarter"].get<int>());
}

std::string anchor_for(const std::string& milestone_id) {
    return "m-" + slugify(milestone_id);
}

struct Report {
    std::string id;  // "2009-10-q3"
    const Json* v;
    bool lost = false;  // lost content to redaction: the page shows the notice
};

struct Plan {
    std::string id;
    const Json* v;
    bool lost = false;
};

Json texts(const Json& pr, const char* key) {
    Json out = Json::array();
    if (pr.contains(key))
        for (const auto& t : pr[key]) out.push_back(t);
    return out;
}

Json counts_view(const std::map<std::string, int>& c) {
    Json out = Json::array();
    for (const char* s : kStatuses)
        out.push_back({{"key", s}, {"word", status_word(s)}, {"count", c.count(s) ? c.at(s) : 0}});
    return out;
}

Json rag_chart(const std::string& id, const std::string& title,
               const std::vector<std::string>& cats,
               const std::vector<std::map<std::string, int>>& counts, const std::string& type) {
    Json chart;
    chart["id"] = id;
    chart["title"] = title;
    chart["type"] = type;
    chart["unit"] = "milestones";
    chart["categories"] = cats;
    chart["series"] = Json::array();
    for (const char* s : kStatuses) {
        Json values = Json::array();
        for (const auto& c : counts) values.push_back(c.count(s) ? c.at(s) : 0);
        chart["series"].push_back({{"name", status_word(s)}, {"status", s}, {"values", values}});
    }
    return chart;
}

PageModel& page_at(SiteModel& m, const std::string& url, const std::string& layout) {
    for (auto& p : m.pages)
        if (p.url == url) {
            if (p.layout == "page") p.layout = layout;
            return p;
        }
    PageModel p;
    p.url = url;
    p.output = url + "index.html";
    p.layout = layout;
    p.view = Json::object();
    m.pages.push_back(std::move(p));
    m.urls.insert(url);
    return m.pages.back();
}

void set_default(Json& view, const char* key, const std::string& value) {
    if (!view.contains(key) || view[key].is_null() || view[key] == "") view[key] = value;
}

}  // namespace

void add_data_pages(const PublicSite& site, SiteModel& m) {
    // page_at hands out references into m.pages: make room first so they stay valid.
    m.pages.reserve(m.pages.size() + 2 * site.data.size() + 16);
    std::map<std::string, Plan> plans;
    std::vector<Report> reports;
    std::vector<std::pair<std::string, const PublicData*>> stats;
    for (const auto& d : site.data) {
        std::string kind = d.rel.substr(0, d.rel.find('/'));
        std::string stem = d.rel.substr(d.rel.rfind('/') + 1);
        stem = stem.substr(0, stem.rfind('.'));
        if (kind == "plans")
            plans[stem] = {stem, &d.value, d.lost_content};
        else if (kind == "reports")
            reports.push_back({stem, &d.value, d.lost_content});
        else if (kind == "statistics")
            stats.emplace_back(stem, &d);
    }
    std::sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) {
        return std::make_pair((*a.v)["financial_year"].get<std::string>(),
                              (*a.v)["quarter"].get<int>()) <
               std::make_pair((*b.v)["financial_year"].get<std::string>(),
                              (*b.v)["quarter"].get<int>());
    });

    // Milestone history: plan -> milestone id -> entries in quarter order.
    std::map<std::string, std::map<std::string, Json>> history;
    // Latest status per plan milestone.
    std::map<std::string, std::map<std::string, std::string>> latest;
    std::map<std::string, std::map<std::string, std::string>>
        previous_status;  // plan -> id -> last status

    Json report_rows = Json::array();
    std::vector<std::string> trend_cats;
    std::vector<std::map<std::string, int>> trend_counts;

    for (const auto& r : reports) {
        const Json& v = *r.v;
        const std::string plan_id = v["plan"];
        auto plan_it = plans.find(plan_id);
        if (plan_it == plans.end()) continue;  // the plan itself is withheld: so is its report
        const Json& plan = *plan_it->second.v;

        // Public milestone ids of the plan, and their titles.
        std::map<std::string, std::string> titles;
        std::map<int, std::string> priority_titles;
        for (const auto& pr : plan["priorities"]) {
            priority_titles[pr["number"].get<int>()] = pr["title"];
            if (pr.contains("actions"))
                for (const auto& ac : pr["actions"])
                    for (const auto& ms : ac["milestones"]) titles[ms["id"]] = ms["title"];
        }

        PageModel& page = page_at(m, "reports/" + r.id + "/", "report");
        Json& view = page.view;
        set_default(view, "title", report_title(v["financial_year"], v["quarter"]));
        set_default(view, "summary",
                    "Progress against " + plan["title"].get<std::string>() + ", " +
                        v.value("period", quarter_label(v)) + ".");
        view["quarter_label"] = quarter_label(v);
        view["period"] = v.value("period", "");
        view["board_meeting"] = v.value("board_meeting", "");
        view["source_document"] = v.value("source_document", "");
        view["plan_title"] = plan["title"];
        view["plan_target"] = "plans/" + plan_id + "/";
        view["history_target"] = "milestones/" + plan_id + "/";

        std::map<std::string, int> total;
        Json priorities = Json::array();
        std::vector<std::string> pr_cats;
        std::vector<std::map<std::string, int>> pr_counts;
        for (const auto& pr : v["priorities"]) {
            int number = pr["number"];
            Json pv;
            pv["number"] = number;
            pv["title"] = pr.contains("title")            ? pr["title"].get<std::string>()
                          : priority_titles.count(number) ? priority_titles[number]
                                                          : priority_label(number);
            pv["anchor"] = "priority-" + std::to_string(number);
            pv["lead_officer"] = pr.value("lead_officer", "");
            Json lists = Json::array();
            const std::pair<const char*, const char*> list_names[] = {
                {"achievements", "Key achievements"},
                {"concerns", "Concerns"},
                {"recommendations", "Recommendations"},
                {"publicity", "Publicity"}};
            for (const auto& [k, heading] : list_names) {
                Json items = texts(pr, k);
                if (!items.empty()) lists.push_back({{"heading", heading}, {"items", items}});
            }
            pv["lists"] = lists;
            pv["narrative_md"] = pr.value("narrative", "");
            Json stats_v = Json::array();
            if (pr.contains("statistics"))
                for (const auto& st : pr["statistics"]) {
                    Json rows = Json::array();
                    for (auto it = st["values"].begin(); it != st["values"].end(); ++it)
                        rows.push_back({{"label", it.key()},
                                        {"value", it.value().is_null() ? "not available"
                                                                       : it.value().dump()}});
                    stats_v.push_back({{"title", st["title"]},
                                       {"period", st.value("period", "")},
                                       {"rows", rows}});
                }
            pv["statistics"] = stats_v;

            std::map<std::string, int> counts;
            Json ms_rows = Json::array();
            if (pr.contains("milestones"))
                for (const auto& ms : pr["milestones"]) {
                    const std::string id = ms["id"];
                    // A report's entry for a withheld milestone is withheld with it.
                    if (!titles.count(id)) continue;
                    const std::string status = ms["status"];
                    ++counts[status];
                    ++total[status];
                    std::string change = "new";
                    auto prev = previous_status[plan_id].find(id);
                    if (prev != previous_status[plan_id].end() && status != "not-reported" &&
                        prev->second != "not-reported") {
                        int d = status_rank(status) - status_rank(prev->second);
                        change = d > 0 ? "improved" : d < 0 ? "worse" : "unchanged";
                    } else if (status == "not-reported") {
                        change = "not reported";
                    }
                    Json row;
                    row["id"] = id;
                    row["title"] = titles[id];
                    row["status"] = status_view(status);
                    row["progress"] = ms.value("progress", "");
                    row["change"] = change;
                    row["history_anchor"] = anchor_for(id);
                    ms_rows.push_back(row);
                    history[plan_id][id].push_back({{"quarter", quarter_label(v)},
                                                    {"report_target", "reports/" + r.id + "/"},
                                                    {"status", status_view(status)},
                                                    {"progress", ms.value("progress", "")}});
                    if (status != "not-reported" || !latest[plan_id].count(id))
                        latest[plan_id][id] = status;
                    previous_status[plan_id][id] = status;
                }
            pv["milestones"] = ms_rows;
            pv["counts"] = counts_view(counts);
            pr_cats.push_back(priority_label(number));
            pr_counts.push_back(counts);
            priorities.push_back(pv);
        }
        view["priorities"] = priorities;
        view["counts"] = counts_view(total);
        view["chart"] =
            rag_chart("rag-" + r.id, "Milestones by status and priority, " + quarter_label(v),
                      pr_cats, pr_counts, "stacked-bar");
        view["kind"] = "report";
        // Also when an entry went because its milestone is withheld in the plan.
        if (r.lost || plan_it->second.lost) view["notice"] = site.config.notice;
        {
            const std::string dl = "data/reports/milestones-" + r.id;
            view["csv_target"] = dl + ".csv";
            view["json_target"] = dl + ".json";
            Json rows = Json::array();
            for (const auto& pv : priorities)
                for (const auto& ms : pv["milestones"])
                    rows.push_back(Json::array(
                        {plan_id, v["financial_year"], v["quarter"], pv["number"], ms["id"],
                         ms["title"], ms["status"]["key"], ms["progress"], ms["change"]}));
            m.downloads.push_back(
                {dl, "Milestone statuses " + quarter_label(v),
                 "Every milestone reported in " + quarter_label(v) +
                     " with its red/amber/green status, progress and change since the previous "
                     "quarter.",
                 v.value("period", quarter_label(v)), v.value("source_document", ""),
                 "reports/" + r.id + "/",
                 Json::array({"plan", "financial_year", "quarter", "priority", "milestone", "title",
                              "status", "progress", "change"}),
                 rows, nullptr});
        }

        Json row = {{"title", view["title"]},      {"target", "reports/" + r.id + "/"},
                    {"quarter", quarter_label(v)}, {"period", v.value("period", "")},
                    {"plan_title", plan["title"]}, {"counts", counts_view(total)}};
        report_rows.push_back(row);
        trend_cats.push_back(quarter_label(v));
        trend_counts.push_back(total);
    }

    if (!reports.empty()) {
        PageModel& idx = page_at(m, "reports/", "reports");
        set_default(idx.view, "title", "Performance reports");
        set_default(idx.view, "summary",
                    "How each commitment in the partnership's plans is doing, quarter by quarter.");
        Json rows = report_rows;
        std::reverse(rows.begin(), rows.end());
        idx.view["reports"] = rows;
        idx.view["chart"] = rag_chart("rag-trend", "Milestones by status in each quarter",
                                      trend_cats, trend_counts, "stacked-bar");
    }

    Json plan_rows = Json::array();
    for (const auto& [id, plan] : plans) {
        const Json& v = *plan.v;
        PageModel& page = page_at(m, "plans/" + id + "/", "plan");
        set_default(page.view, "title", v["title"]);
        page.view["plan_title"] = v["title"];
        page.view["source_document"] = v.value("source_document", "");
        if (v.contains("period"))
            page.view["period"] = {{"from", v["period"]["from"]}, {"to", v["period"]["to"]}};
        page.view["history_target"] = "milestones/" + id + "/";
        Json prs = Json::array();
        Json hist_prs = Json::array();
        for (const auto& pr : v["priorities"]) {
            Json pv;
            pv["number"] = pr["number"];
            pv["title"] = pr["title"];
            pv["anchor"] = "priority-" + std::to_string(pr["number"].get<int>());
            for (const char* k : {"why", "what", "approach", "measure", "data_sources"})
                pv[std::string(k) + "_md"] = pr.value(k, "");
            pv["lead_officer"] = pr.value("lead_officer", "");
            Json actions = Json::array();
            Json hist_ms = Json::array();
            if (pr.contains("actions"))
                for (const auto& ac : pr["actions"]) {
                    Json av;
                    av["number"] = ac["number"];
                    av["title"] = ac["title"];
                    std::string lead, partners;
                    if (ac.contains("lead_agency"))
                        for (const auto& l : ac["lead_agency"])
                            lead += (lead.empty() ? "" : ", ") + l.get<std::string>();
                    if (ac.contains("partners"))
                        for (const auto& l : ac["partners"])
                            partners += (partners.empty() ? "" : ", ") + l.get<std::string>();
                    av["lead_agency"] = lead;
                    av["partners"] = partners;
                    Json ms = Json::array();
                    for (const auto& mm : ac["milestones"]) {
                        std::string mid = mm["id"];
                        Json mv = {{"id", mid},
                                   {"title", mm["title"]},
                                   {"measurement", mm.value("measurement", "")},
                                   {"source", mm.value("source", "")},
                                   {"history_anchor", anchor_for(mid)}};
                        auto st = latest[id].find(mid);
                        mv["status"] =
                            status_view(st == latest[id].end() ? "not-reported" : st->second);
                        ms.push_back(mv);
                        Json h = mv;
                        h["quarters"] = history[id].count(mid) ? history[id][mid] : Json::array();
                        h["has_quarters"] = !h["quarters"].empty();
                        h["action"] = ac["number"];
                        hist_ms.push_back(h);
                    }
                    av["milestones"] = ms;
                    actions.push_back(av);
                }
            pv["actions"] = actions;
            prs.push_back(pv);
            hist_prs.push_back({{"number", pr["number"]},
                                {"title", pr["title"]},
                                {"milestones", hist_ms},
                                {"anchor", "priority-" + std::to_string(pr["number"].get<int>())}});
        }
        page.view["priorities"] = prs;
        if (plan.lost) page.view["notice"] = site.config.notice;

        PageModel& hist = page_at(m, "milestones/" + id + "/", "milestones");
        set_default(hist.view, "title", "Milestone history: " + v["title"].get<std::string>());
        set_default(
            hist.view, "summary",
            "Every milestone of the plan with its status in each quarter that reported it.");
        hist.view["plan_title"] = v["title"];
        hist.view["plan_target"] = "plans/" + id + "/";
        hist.view["priorities"] = hist_prs;
        if (plan.lost) hist.view["notice"] = site.config.notice;

        plan_rows.push_back(
            {{"title", v["title"]},
             {"target", "plans/" + id + "/"},
             {"period", page.view.contains("period") ? page.view["period"] : Json(nullptr)}});
    }
    if (!plans.empty()) {
        PageModel& idx = page_at(m, "plans/", "list");
        set_default(idx.view, "title", "Plans");
        set_default(idx.view, "summary",
                    "The partnership's plans: its priorities and what it committed to do.");
        Json items = Json::array();
        for (const auto& p : plan_rows)
            items.push_back({{"title", p["title"]}, {"target", p["target"]}});
        idx.view["items"] = items;
    }

    Json stat_items = Json::array();
    for (const auto& [name, data] : stats) {
        const Json& v = data->value;
        PageModel& page = page_at(m, "statistics/" + name + "/", "dataset");
        set_default(page.view, "title", v["title"]);
        set_default(page.view, "summary", v.value("description", ""));
        page.view["source"] = v.value("source", "");
        page.view["unit"] = v.value("unit", "");
        page.view["source_document"] = v.value("source_document", "");
        page.view["description"] = v.value("description", "");
        Json chart;
        chart["id"] = "dataset-" + name;
        chart["title"] = v["title"];
        chart["type"] = v.value("chart", "bar");
        chart["unit"] = v.value("unit", "");
        chart["categories"] = v["categories"];
        chart["series"] = v["series"];
        page.view["chart"] = chart;
        if (data->lost_content) page.view["notice"] = site.config.notice;
        {
            const std::string dl = "data/statistics/" + name;
            page.view["csv_target"] = dl + ".csv";
            page.view["json_target"] = dl + ".json";
            Json columns = Json::array({"category"});
            for (const auto& s : v["series"]) columns.push_back(s["name"]);
            Json rows = Json::array();
            for (std::size_t c = 0; c < v["categories"].size(); ++c) {
                Json row = Json::array({v["categories"][c]});
                for (const auto& s : v["series"]) row.push_back(s["values"][c]);
                rows.push_back(row);
            }
            Json json = v;  // the dataset as published, after redaction
            std::string period = v["categories"].empty()
                                     ? ""
                                     : v["categories"].front().get<std::string>() +
                                           (v["categories"].size() > 1
                                                ? " to " + v["categories"].back().get<std::string>()
                                                : "");
            m.downloads.push_back({dl, v["title"], v.value("description", ""), period,
                                   v.value("source", ""), "statistics/" + name + "/", columns, rows,
                                   json});
        }
        stat_items.push_back({{"title", v["title"]},
                              {"target", "statistics/" + name + "/"},
                              {"summary", v.value("source", "")}});
    }
    if (!stats.empty()) {
        PageModel& idx = page_at(m, "statistics/", "list");
        set_default(idx.view, "title", "Statistics");
        set_default(idx.view, "summary",
                    "The figures the partnership's reports and plans quote, as charts and tables.");
        idx.view["items"] = stat_items;
    }

    // A meeting's papers: links to what it tabled; a withheld paper is left out.
    for (const auto& p : site.pages) {
        if (p.front.papers.empty()) continue;
        Json papers = Json::array();
        for (const auto& paper : p.front.papers) {
            std::string target = paper.kind == "report"    ? "reports/" + paper.id + "/"
                                 : paper.kind == "funding" ? "funding/" + paper.id + "/"
                                 : paper.kind == "plan"    ? "plans/" + paper.id + "/"
                                                           : "";
            std::string title;
            if (paper.kind == "page") {
                std::string rel =
                    paper.id.size() > 3 && paper.id.compare(paper.id.size() - 3, 3, ".md") == 0
                        ? paper.id
                        : paper.id + ".md";
                for (const auto& q : site.pages)
                    if (q.rel == rel) {
                        target = q.url;
                        title = q.front.title;
                    }
            } else if (paper.kind == "report") {
                for (const auto& r : reports)
                    if (r.id == paper.id && plans.count((*r.v)["plan"].get<std::string>()))
                        title = report_title((*r.v)["financial_year"], (*r.v)["quarter"]);
            } else if (paper.kind == "plan") {
                if (plans.count(paper.id)) title = (*plans[paper.id].v)["title"];
            } else if (paper.kind == "funding") {
                for (const auto& d : site.data)
                    if (d.rel == "funding/" + paper.id + ".json") title = funding_title(paper.id);
            }
            if (title.empty()) continue;  // withheld
            papers.push_back({{"title", title}, {"target", target}});
        }
        for (auto& pm : m.pages)
            if (pm.url == p.url) {
                pm.view["papers"] = papers;
                pm.view["has_papers"] = !papers.empty();
            }
    }

    // Meetings index, newest first.
    Json meetings = Json::array();
    for (const auto& p : site.pages)
        if (p.rel.rfind("meetings/", 0) == 0 && p.front.layout == "meeting")
            meetings.push_back({{"title", p.front.title},
                                {"target", p.url},
                                {"summary", p.front.summary},
                                {"date", p.front.date}});
    std::sort(meetings.begin(), meetings.end(), [](const Json& a, const Json& b) {
        return a["date"].get<std::string>() > b["date"].get<std::string>();
    });
    if (!meetings.empty()) {
        PageModel& idx = page_at(m, "meetings/", "list");
        set_default(idx.view, "title", "Board meetings");
        set_default(idx.view, "summary", "Agendas and minutes of the partnership board.");
        idx.view["items"] = meetings;
    }

    // Home: the latest quarter at a glance, the plans, the latest publications.
    PageModel& home = page_at(m, "", "home");
    if (home.layout == "page") home.layout = "home";
    set_default(home.view, "title", site.config.title);
    if (!report_rows.empty()) home.view["latest_report"] = report_rows.back();
    home.view["plans"] = plan_rows;
    home.view["has_plans"] = !plan_rows.empty();
    home.view["meetings"] = meetings;
    home.view["has_meetings"] = !meetings.empty();
    Json more = Json::array();
    if (!reports.empty())
        more.push_back(
            {{"title", "Performance reports, quarter by quarter"}, {"target", "reports/"}});
    if (!stats.empty())
        more.push_back({{"title", "Statistics behind the priorities"}, {"target", "statistics/"}});
    if (!site.tables.empty())
        more.push_back({{"title", "Funding: where the money went"}, {"target", "funding/"}});
    home.view["more"] = more;
    home.view["has_more"] = !more.empty();
}

}  // namespace portal
