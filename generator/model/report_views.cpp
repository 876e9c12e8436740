#include "model/report_views.hpp"
#include "model/render_requests.hpp"

#include <algorithm>
#include <set>

#include "core/generated_text.hpp"
#include "core/site_addresses.hpp"
#include "core/text.hpp"
#include "model/view_helpers.hpp"

namespace portal {

namespace {

// What a report needs from its plan: the titles of its public milestones (a
// report's entry for any other milestone is withheld with it) and priorities.
struct PlanTitles {
    std::map<std::string, std::string> milestones;
    std::map<int, std::string> priorities;
    std::map<int, std::vector<std::string>> milestones_of;  // priority -> ids, in plan order
};

PlanTitles plan_titles(const Json& plan) {
    PlanTitles t;
    for (const auto& pr : plan["priorities"]) {
        const int number = pr["number"].get<int>();
        t.priorities[number] = pr["title"].get<std::string>();
        if (!pr.contains("actions")) continue;
        for (const auto& ac : pr["actions"])
            for (const auto& ms : ac["milestones"]) {
                t.milestones[ms["id"].get<std::string>()] = ms["title"].get<std::string>();
                t.milestones_of[number].push_back(ms["id"].get<std::string>());
            }
    }
    return t;
}

std::string priority_title(const Json& pr, const PlanTitles& titles) {
    const int number = pr["number"].get<int>();
    if (pr.contains("title")) return pr["title"].get<std::string>();
    auto it = titles.priorities.find(number);
    return it != titles.priorities.end() ? it->second : priority_label(number);
}

Json text_lists(const Json& pr) {
    static const std::pair<const char*, const char*> names[] = {
        {"achievements", "Key achievements"},
        {"concerns", "Concerns"},
        {"recommendations", "Recommendations"},
        {"publicity", "Publicity"}};
    Json lists = Json::array();
    for (const auto& [key, heading] : names)
        if (pr.contains(key) && !pr[key].empty())
            lists.push_back({{"heading", heading}, {"items", pr[key]}});
    return lists;
}

// A missing figure (null) is "not available", never 0.
std::string figure_text(const Json& v) {
    return v.is_number() ? v.dump() : "not available";
}

Json statistics_tables(const Json& pr) {
    Json tables = Json::array();
    if (!pr.contains("statistics")) return tables;
    for (const auto& st : pr["statistics"]) {
        Json rows = Json::array();
        for (auto it = st["values"].begin(); it != st["values"].end(); ++it)
            rows.push_back({{"label", it.key()}, {"value", figure_text(it.value())}});
        tables.push_back(
            {{"title", st["title"]}, {"period", st.value("period", "")}, {"rows", rows}});
    }
    return tables;
}

struct MilestoneRows {
    Json rows = Json::array();
    std::map<std::string, int> counts;
};

// The milestones one priority of a report gives, each recorded in the history
// (after its change was worked out against the quarters before).
MilestoneRows milestone_rows(const ReportData& r, std::size_t p, const PlanTitles& titles,
                             MilestoneHistory& history) {
    MilestoneRows out;
    const Json& pr = r.value()["priorities"][p];
    if (!pr.contains("milestones")) return out;
    const std::string base = "/priorities/" + std::to_string(p) + "/milestones/";
    for (std::size_t i = 0; i < pr["milestones"].size(); ++i) {
        const Json& ms = pr["milestones"][i];
        const std::string id = ms["id"];
        auto title = titles.milestones.find(id);
        if (title == titles.milestones.end()) continue;  // withheld in the plan
        MilestoneQuarter q;
        q.report_id = r.id;
        q.quarter = r.label();
        q.financial_year = r.financial_year;
        q.quarter_number = r.quarter;
        q.sequence = r.sequence();
        q.status = ms["status"];
        q.progress = ms.value("progress", "");
        q.progress_withheld = withheld_at(*r.data, base + std::to_string(i) + "/progress");
        q.change = change_since(history.of(r.plan, id), q.status, q.sequence);
        ++out.counts[q.status];
        out.rows.push_back({{"id", id},
                            {"title", title->second},
                            {"status", status_view(q.status)},
                            {"progress", q.progress_withheld ? "Withheld" : q.progress},
                            {"change", q.change},
                            {"history_anchor", milestone_anchor(id)}});
        history.add(r.plan, id, std::move(q));
    }
    // The plan's milestones of this priority that the report does not mention
    // (validate worked them out from the full documents): listed, so that none
    // silently disappears, and counted nowhere.
    if (r.value().contains("not_in_this_report")) {
        const Json& missing = r.value()["not_in_this_report"];
        const auto ids = titles.milestones_of.find(pr["number"].get<int>());
        if (ids != titles.milestones_of.end())
            for (const auto& id : ids->second) {
                if (std::find(missing.begin(), missing.end(), id) == missing.end()) continue;
                out.rows.push_back(
                    {{"id", id},
                     {"title", titles.milestones.at(id)},
                     {"status", {{"key", "not-in-report"}, {"word", "Not in this report"}}},
                     {"progress", ""},
                     {"change", ""},
                     {"history_anchor", milestone_anchor(id)}});
            }
    }
    return out;
}

Json priority_view(const ReportData& r, std::size_t p, const PlanTitles& titles,
                   MilestoneHistory& history, std::map<std::string, int>& counts) {
    const Json& pr = r.value()["priorities"][p];
    const int number = pr["number"].get<int>();
    MilestoneRows ms = milestone_rows(r, p, titles, history);
    counts = ms.counts;
    return {{"number", number},
            {"title", priority_title(pr, titles)},
            {"anchor", "priority-" + std::to_string(number)},
            {"lead_officer", pr.value("lead_officer", "")},
            {"lists", text_lists(pr)},
            {"narrative_html", html_from_markdown(pr.value("narrative", ""))},
            {"statistics", statistics_tables(pr)},
            {"milestones", ms.rows},
            {"has_milestones", !ms.rows.empty()},
            {"counts", counts_view(ms.counts)}};
}

// Report-level sections (an update from another body, say): after the priorities.
Json sections_view(const Json& report) {
    Json out = Json::array();
    if (!report.contains("sections")) return out;
    std::set<std::string> anchors;
    for (const auto& s : report["sections"]) {
        std::string anchor = "section-" + slugify(s["title"].get<std::string>());
        for (int n = 2; !anchors.insert(anchor).second; ++n)
            anchor = "section-" + slugify(s["title"].get<std::string>()) + "-" + std::to_string(n);
        out.push_back({{"title", s["title"]},
                       {"anchor", anchor},
                       {"narrative_html", html_from_markdown(s.value("narrative", ""))}});
    }
    return out;
}

Download milestones_download(const ReportData& r, const Json& priorities) {
    Download d;
    d.path = "data/reports/milestones-" + r.id;
    d.title = "Milestone statuses " + r.label();
    d.description = "Every milestone reported in " + r.label() +
                    " with its red/amber/green status, progress and change since the previous "
                    "quarter.";
    d.period = r.value().value("period", r.label());
    d.coverage = quarter_interval(r.financial_year, r.quarter);
    d.source = r.value().value("source_document", "");
    d.page_url = report_url(r.id);
    d.columns = Json::array({"plan", "financial_year", "quarter", "priority", "milestone", "title",
                             "status", "progress", "change"});
    d.rows = Json::array();
    for (const auto& pv : priorities)
        for (const auto& ms : pv["milestones"])
            d.rows.push_back(
                Json::array({r.plan, r.financial_year, r.quarter, pv["number"], ms["id"],
                             ms["title"], ms["status"]["key"], ms["progress"], ms["change"]}));
    return d;
}

// The figures a report quotes in its priorities (task group statistics), one
// row per figure. Nothing when the report quotes none.
Json statistics_rows(const ReportData& r) {
    Json rows = Json::array();
    for (const auto& pr : r.value()["priorities"]) {
        if (!pr.contains("statistics")) continue;
        for (const auto& st : pr["statistics"])
            for (auto it = st["values"].begin(); it != st["values"].end(); ++it)
                rows.push_back(
                    Json::array({r.plan, r.financial_year, r.quarter, pr["number"], st["title"],
                                 st.value("period", ""), it.key(), it.value()}));
    }
    return rows;
}

Download statistics_download(const ReportData& r, Json rows) {
    Download d;
    d.path = "data/reports/statistics-" + r.id;
    d.title = "Statistics in " + r.title();
    d.description = "The figures quoted under each priority of " + r.title() +
                    " (task group statistics), one row per figure; an empty value is a figure "
                    "the report does not give.";
    d.period = r.value().value("period", r.label());
    d.coverage = quarter_interval(r.financial_year, r.quarter);
    d.source = r.value().value("source_document", "");
    d.page_url = report_url(r.id);
    d.columns = Json::array({"plan", "financial_year", "quarter", "priority", "statistic", "period",
                             "measure", "value"});
    d.rows = std::move(rows);
    return d;
}

struct ReportSummary {
    std::string title;                  // as the page shows it
    std::map<std::string, int> counts;  // its public milestones by status
};

ReportSummary add_report_page(const ReportData& r, const PlanData& plan, const SiteConfig& config,
                              MilestoneHistory& history, SiteModel& m) {
    const Json& v = r.value();
    const PlanTitles titles = plan_titles(plan.value());
    std::map<std::string, int> total;
    Json priorities = Json::array();
    std::vector<std::string> chart_categories;
    std::vector<std::map<std::string, int>> chart_counts;
    for (std::size_t p = 0; p < v["priorities"].size(); ++p) {
        std::map<std::string, int> counts;
        priorities.push_back(priority_view(r, p, titles, history, counts));
        for (const auto& [status, n] : counts) total[status] += n;
        chart_categories.push_back(priority_label(v["priorities"][p]["number"].get<int>()));
        chart_counts.push_back(counts);
    }

    m.downloads.push_back(milestones_download(r, priorities));
    Json stats = statistics_rows(r);
    const bool has_stats = !stats.empty();
    if (has_stats) m.downloads.push_back(statistics_download(r, std::move(stats)));

    PageModel& page = data_page(m, report_url(r.id), "report");
    page.kind = "report";
    if (is_financial_year(v.value("financial_year", "")))
        page.years = {v["financial_year"].get<std::string>()};
    Json& view = page.view;
    set_default(view, "title", r.title());
    set_default(view, "summary",
                "Progress against " + plan.value()["title"].get<std::string>() + ", " +
                    v.value("period", r.label()) + ".");
    view["kind"] = "report";
    view["quarter_label"] = r.label();
    view["period"] = v.value("period", "");
    view["board_meeting"] = date_view(v.value("board_meeting", ""));
    view["source_document"] = v.value("source_document", "");
    view["plan_title"] = plan.value()["title"];
    view["plan_href"] = href_to(plan_url(plan.id));
    view["history_href"] = href_to(milestones_url(plan.id));
    view["priorities"] = priorities;
    view["sections"] = sections_view(v);
    view["counts"] = counts_view(total);
    view["chart_html"] =
        chart_figure(rag_chart("rag-" + r.id, "Milestones by status and priority, " + r.label(),
                               chart_categories, chart_counts));
    view["csv_href"] = href_to("data/reports/milestones-" + r.id + ".csv");
    view["json_href"] = href_to("data/reports/milestones-" + r.id + ".json");
    if (has_stats) {
        view["statistics_csv_href"] = href_to("data/reports/statistics-" + r.id + ".csv");
        view["statistics_json_href"] = href_to("data/reports/statistics-" + r.id + ".json");
    }
    // Also when an entry went because its milestone is withheld in the plan.
    if (r.data->lost_content || plan.data->lost_content) view["notice"] = config.notice;
    return {view["title"].get<std::string>(), total};
}

Download trend_download(const std::vector<const ReportData*>& reports,
                        const std::vector<std::map<std::string, int>>& counts) {
    Download d;
    d.path = "data/reports/milestone-trend";
    d.title = "Milestones by status in each quarter";
    d.description =
        "For each quarterly report, how many milestones were green, amber, red or not reported.";
    d.period = reports.empty()       ? ""
               : reports.size() == 1 ? reports.front()->label()
                                     : reports.front()->label() + " to " + reports.back()->label();
    if (!reports.empty())
        d.coverage = quarters_interval(reports.front()->financial_year, reports.front()->quarter,
                                       reports.back()->financial_year, reports.back()->quarter);
    d.page_url = "reports/";
    d.columns =
        Json::array({"financial_year", "quarter", "plan", "green", "amber", "red", "not_reported"});
    d.rows = Json::array();
    for (std::size_t i = 0; i < reports.size(); ++i) {
        Json row = Json::array({reports[i]->financial_year, reports[i]->quarter, reports[i]->plan});
        for (const auto& s : milestone_statuses()) {
            auto it = counts[i].find(s);
            row.push_back(it == counts[i].end() ? 0 : it->second);
        }
        d.rows.push_back(row);
    }
    return d;
}

void add_reports_index(const Json& rows, const std::vector<const ReportData*>& reports,
                       const std::vector<std::map<std::string, int>>& counts, SiteModel& m) {
    m.downloads.push_back(trend_download(reports, counts));
    std::vector<std::string> categories;
    for (const auto* r : reports) categories.push_back(r->label());
    PageModel& idx = data_page(m, "reports/", "reports");
    set_default(idx.view, "title", "Performance reports");
    set_default(idx.view, "summary",
                "How each commitment in the partnership's plans is doing, quarter by quarter.");
    Json newest_first = rows;
    std::reverse(newest_first.begin(), newest_first.end());
    idx.view["reports"] = newest_first;
    idx.view["chart_html"] = chart_figure(
        rag_chart("rag-trend", "Milestones by status in each quarter", categories, counts));
    idx.view["csv_href"] = href_to("data/reports/milestone-trend.csv");
    idx.view["json_href"] = href_to("data/reports/milestone-trend.json");
}

}  // namespace

ReportPages add_report_pages(const DataSet& set, const SiteConfig& config, SiteModel& m) {
    ReportPages out;
    std::vector<const ReportData*> reports;
    std::vector<std::map<std::string, int>> trend;
    for (const auto& r : set.reports) {
        const PlanData& plan = set.plans.at(r.plan);  // collect_data kept only these
        ReportSummary summary = add_report_page(r, plan, config, out.history, m);
        out.rows.push_back({{"title", summary.title},
                            {"href", href_to(report_url(r.id))},
                            {"quarter", r.label()},
                            {"period", r.value().value("period", "")},
                            {"plan_title", plan.value()["title"]},
                            {"counts", counts_view(summary.counts)}});
        reports.push_back(&r);
        trend.push_back(summary.counts);
    }
    if (!reports.empty()) add_reports_index(out.rows, reports, trend, m);
    return out;
}

}  // namespace portal
