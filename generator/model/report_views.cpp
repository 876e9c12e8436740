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
                             const StatusScale& scale, MilestoneHistory& history) {
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
        // On the words scale a milestone has progress and no status.
        q.status = scale.words_only() ? "" : ms.value("status", std::string(kNotReported));
        q.scale = &scale;
        q.progress = ms.value("progress", "");
        q.progress_withheld = withheld_at(*r.data, base + std::to_string(i) + "/progress");
        q.status_withheld =
            !scale.words_only() && withheld_at(*r.data, base + std::to_string(i) + "/status");
        q.change = q.status_withheld
                       ? ""
                       : change_since(history.of(r.plan, id), q.status, q.sequence, scale);
        if (!scale.words_only() && !q.status_withheld) ++out.counts[q.status];
        out.rows.push_back({{"id", id},
                            {"title", title->second},
                            {"status", scale.words_only()  ? words_view()
                                       : q.status_withheld ? withheld_status_view()
                                                           : status_view(q.status, scale)},
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
                out.rows.push_back({{"id", id},
                                    {"title", titles.milestones.at(id)},
                                    {"status",
                                     {{"key", "not-in-report"},
                                      {"word", "Not in this report"},
                                      {"css", "status-not-in-report"},
                                      {"swatch", ""}}},
                                    {"progress", ""},
                                    {"change", ""},
                                    {"history_anchor", milestone_anchor(id)}});
            }
    }
    return out;
}

Json priority_view(const ReportData& r, std::size_t p, const PlanTitles& titles,
                   const StatusScale& scale, MilestoneHistory& history,
                   std::map<std::string, int>& counts) {
    const Json& pr = r.value()["priorities"][p];
    const int number = pr["number"].get<int>();
    MilestoneRows ms = milestone_rows(r, p, titles, scale, history);
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
            {"counts", counts_view(ms.counts, scale)}};
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

Download milestones_download(const ReportData& r, const Json& priorities,
                             const StatusScale& scale) {
    Download d;
    d.path = "data/reports/milestones-" + r.id;
    d.title = "Milestone statuses " + r.label();
    d.description =
        scale.words_only()
            ? "Every milestone reported in " + r.label() +
                  " with its progress; the report gives progress in words, without a status "
                  "(scale: words)."
            : "Every milestone reported in " + r.label() + " with its status (" + scale.words +
                  "; scale: " + scale.name + "), progress and change since the previous quarter.";
    d.period = r.value().value("period", r.label());
    d.coverage = quarter_interval(r.financial_year, r.quarter);
    d.source = r.value().value("source_document", "");
    d.page_url = report_url(r.id);
    d.columns = Json::array({"plan", "financial_year", "quarter", "priority", "milestone", "title",
                             "scale", "status", "progress", "change"});
    d.rows = Json::array();
    for (const auto& pv : priorities)
        for (const auto& ms : pv["milestones"])
            d.rows.push_back(Json::array({r.plan, r.financial_year, r.quarter, pv["number"],
                                          ms["id"], ms["title"], scale.name,
                                          scale.words_only() ? Json("") : ms["status"]["key"],
                                          ms["progress"], ms["change"]}));
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
    const StatusScale* scale = nullptr;
    int milestones = 0;  // its public milestones, listed as not in it or not
};

ReportSummary add_report_page(const ReportData& r, const PlanData& plan, const SiteConfig& config,
                              MilestoneHistory& history, SiteModel& m) {
    const Json& v = r.value();
    const PlanTitles titles = plan_titles(plan.value());
    const StatusScale& scale = report_scale(v, plan.value(), config);
    std::map<std::string, int> total;
    Json priorities = Json::array();
    std::vector<std::string> chart_categories;
    std::vector<std::map<std::string, int>> chart_counts;
    int milestones = 0;
    for (std::size_t p = 0; p < v["priorities"].size(); ++p) {
        std::map<std::string, int> counts;
        priorities.push_back(priority_view(r, p, titles, scale, history, counts));
        milestones += static_cast<int>(priorities.back()["milestones"].size());
        for (const auto& [status, n] : counts) total[status] += n;
        chart_categories.push_back(priority_label(v["priorities"][p]["number"].get<int>()));
        chart_counts.push_back(counts);
    }

    m.downloads.push_back(milestones_download(r, priorities, scale));
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
    view["counts"] = counts_view(total, scale);
    view["words_only"] = scale.words_only();
    view["scale_words"] = scale.words;
    view["milestone_count"] = milestones;
    if (!scale.words_only())
        view["chart_html"] = chart_figure(
            status_chart("rag-" + r.id, "Milestones by status and priority, " + r.label(),
                         chart_categories, chart_counts, scale));
    view["csv_href"] = href_to("data/reports/milestones-" + r.id + ".csv");
    view["json_href"] = href_to("data/reports/milestones-" + r.id + ".json");
    if (has_stats) {
        view["statistics_csv_href"] = href_to("data/reports/statistics-" + r.id + ".csv");
        view["statistics_json_href"] = href_to("data/reports/statistics-" + r.id + ".json");
    }
    // Also when an entry went because its milestone is withheld in the plan.
    if (r.data->lost_content || plan.data->lost_content) view["notice"] = config.notice;
    return {view["title"].get<std::string>(), total, &scale, milestones};
}

// One plan's reports, oldest first.
struct PlanReports {
    std::string plan_id;
    std::string plan_title;
    std::vector<const ReportData*> reports;
    std::vector<ReportSummary> summaries;
};

Download trend_download(const std::vector<PlanReports>& plans) {
    Download d;
    d.path = "data/reports/milestone-trend";
    d.title = "Milestones by status in each quarter";
    d.description =
        "For each quarterly report, how many of its milestones had each status of its scale "
        "(red-amber-green, on-track or the site's own), one row per status. A report that gives "
        "progress in words only has no rows.";
    const ReportData *first = nullptr, *last = nullptr;
    d.page_url = "reports/";
    d.columns = Json::array({"financial_year", "quarter", "plan", "scale", "status", "milestones"});
    d.rows = Json::array();
    for (const auto& p : plans)
        for (std::size_t i = 0; i < p.reports.size(); ++i) {
            const ReportData& r = *p.reports[i];
            if (!first || r.sequence() < first->sequence()) first = &r;
            if (!last || r.sequence() > last->sequence()) last = &r;
            const StatusScale& scale = *p.summaries[i].scale;
            for (const auto& key : scale.keys()) {
                auto it = p.summaries[i].counts.find(key);
                d.rows.push_back(Json::array({r.financial_year, r.quarter, r.plan, scale.name, key,
                                              it == p.summaries[i].counts.end() ? 0 : it->second}));
            }
        }
    if (first) {
        d.period = first == last ? first->label() : first->label() + " to " + last->label();
        d.coverage = quarters_interval(first->financial_year, first->quarter, last->financial_year,
                                       last->quarter);
    }
    return d;
}

// The trend of one plan: a chart for each run of its quarters judged on one
// scale (quarters on two scales are never drawn as one series), and words for
// the quarters that cannot be charted and why.
Json plan_trends(const PlanReports& p, std::size_t plan_number) {
    Json charts = Json::array();
    std::vector<std::string> notes;
    for (std::size_t i = 0; i < p.reports.size();) {
        const StatusScale* scale = p.summaries[i].scale;
        std::size_t j = i;
        std::vector<std::string> categories;
        std::vector<std::map<std::string, int>> counts;
        while (j < p.reports.size() && p.summaries[j].scale == scale) {
            categories.push_back(p.reports[j]->label());
            counts.push_back(p.summaries[j].counts);
            ++j;
        }
        const std::string span = categories.size() == 1
                                     ? categories.front()
                                     : categories.front() + " to " + categories.back();
        if (scale->words_only()) {
            notes.push_back(span + " gave progress in words, without a status: nothing to count.");
        } else {
            charts.push_back(chart_figure(
                status_chart("rag-trend-" + std::to_string(plan_number) + "-" +
                                 std::to_string(charts.size() + 1),
                             "Milestones by status in each quarter, " + p.plan_title + ", " + span,
                             categories, counts, *scale)));
            notes.push_back(span + ": statuses " + scale->words + ".");
        }
        i = j;
    }
    const bool apart = p.reports.size() > 1 &&
                       std::any_of(p.summaries.begin(), p.summaries.end(), [&](const auto& s) {
                           return s.scale != p.summaries.front().scale;
                       });
    Json v;
    v["plan_title"] = p.plan_title;
    v["charts"] = Json::array();
    for (auto& c : charts) v["charts"].push_back({{"chart_html", c}});
    v["notes"] = notes;
    v["scales_differ"] = apart;
    return v;
}

void add_reports_index(const Json& rows, const std::vector<PlanReports>& plans, SiteModel& m) {
    m.downloads.push_back(trend_download(plans));
    PageModel& idx = data_page(m, "reports/", "reports");
    set_default(idx.view, "title", "Performance reports");
    set_default(idx.view, "summary",
                "How each commitment in the partnership's plans is doing, quarter by quarter.");
    Json newest_first = rows;
    std::reverse(newest_first.begin(), newest_first.end());
    idx.view["reports"] = newest_first;
    idx.view["trends"] = Json::array();
    for (std::size_t i = 0; i < plans.size(); ++i)
        idx.view["trends"].push_back(plan_trends(plans[i], i + 1));
    idx.view["csv_href"] = href_to("data/reports/milestone-trend.csv");
    idx.view["json_href"] = href_to("data/reports/milestone-trend.json");
}

}  // namespace

ReportPages add_report_pages(const DataSet& set, const SiteConfig& config, SiteModel& m) {
    ReportPages out;
    std::vector<PlanReports> plans;  // in the order their first report comes
    for (const auto& r : set.reports) {
        const PlanData& plan = set.plans.at(r.plan);  // collect_data kept only these
        ReportSummary summary = add_report_page(r, plan, config, out.history, m);
        Json row = {{"title", summary.title},
                    {"href", href_to(report_url(r.id))},
                    {"quarter", r.label()},
                    {"period", r.value().value("period", "")},
                    {"plan_title", plan.value()["title"]},
                    {"counts", counts_view(summary.counts, *summary.scale)},
                    {"words_only", summary.scale->words_only()},
                    {"milestone_count", summary.milestones}};
        out.rows.push_back(std::move(row));
        auto p = std::find_if(plans.begin(), plans.end(),
                              [&](const PlanReports& x) { return x.plan_id == r.plan; });
        if (p == plans.end())
            p = plans.insert(plans.end(), PlanReports{r.plan, plan.value()["title"], {}, {}});
        p->reports.push_back(&r);
        p->summaries.push_back(std::move(summary));
    }
    if (!plans.empty()) add_reports_index(out.rows, plans, m);
    return out;
}

}  // namespace portal
