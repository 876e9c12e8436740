#include "model/milestone_views.hpp"
#include "model/render_requests.hpp"

#include <algorithm>

#include "core/site_addresses.hpp"
#include "core/text.hpp"

#include "model/view_helpers.hpp"

namespace portal {

namespace {

std::string progress_text(const MilestoneQuarter& q) {
    return q.progress_withheld ? "Withheld" : q.progress;
}

Json quarter_rows(const std::vector<MilestoneQuarter>& quarters) {
    Json rows = Json::array();
    for (const auto& q : quarters)
        rows.push_back({{"quarter", q.quarter},
                        {"report_href", href_to(report_url(q.report_id))},
                        {"status", quarter_status_view(&q)},
                        {"progress", progress_text(q)},
                        {"change", q.change}});
    return rows;
}

Json milestone_view(const Json& ms, const Json& action, const MilestoneHistory& history,
                    const std::string& plan) {
    const std::string id = ms["id"];
    const MilestoneQuarter* latest = history.latest(plan, id);
    Json quarters = quarter_rows(history.of(plan, id));
    return {{"id", id},
            {"title", ms["title"]},
            {"action", action["number"]},
            {"measurement", ms.value("measurement", "")},
            {"source", ms.value("source", "")},
            {"history_anchor", milestone_anchor(id)},
            {"status", quarter_status_view(latest)},
            {"latest_quarter", latest ? latest->quarter : ""},
            {"quarters", quarters},
            {"has_quarters", !quarters.empty()}};
}

Json priority_view(const Json& pr, const MilestoneHistory& history, const std::string& plan) {
    Json milestones = Json::array();
    if (pr.contains("actions"))
        for (const auto& ac : pr["actions"])
            for (const auto& ms : ac["milestones"])
                milestones.push_back(milestone_view(ms, ac, history, plan));
    return {{"number", pr["number"]},
            {"title", pr["title"]},
            {"anchor", "priority-" + std::to_string(pr["number"].get<int>())},
            {"milestones", milestones}};
}

Download history_download(const PlanData& plan, const MilestoneHistory& history) {
    const Json& v = plan.value();
    Download d;
    d.path = "data/milestones/" + plan.id;
    d.title = "Milestone history: " + v["title"].get<std::string>();
    d.description =
        "Every milestone of the plan in every quarter that reported it: the quarter's status "
        "scale, the status on it (empty for a quarter that gave progress in words only), "
        "progress and change since the quarter before.";
    d.source = v.value("source_document", "");
    d.page_url = milestones_url(plan.id);
    d.columns = Json::array({"priority", "action", "milestone", "title", "financial_year",
                             "quarter", "scale", "status", "progress", "change"});
    d.rows = Json::array();
    std::string first, last;
    const MilestoneQuarter *earliest = nullptr, *latest = nullptr;
    for (const auto& pr : v["priorities"]) {
        if (!pr.contains("actions")) continue;
        for (const auto& ac : pr["actions"])
            for (const auto& ms : ac["milestones"])
                for (const auto& q : history.of(plan.id, ms["id"])) {
                    d.rows.push_back(Json::array({pr["number"], ac["number"], ms["id"], ms["title"],
                                                  q.financial_year, q.quarter_number,
                                                  q.scale ? q.scale->name : "", q.status,
                                                  progress_text(q), q.change}));
                    if (first.empty() || q.quarter < first) first = q.quarter, earliest = &q;
                    if (last.empty() || q.quarter > last) last = q.quarter, latest = &q;
                }
    }
    d.period = first == last ? first : first + " to " + last;
    if (earliest)
        d.coverage = quarters_interval(earliest->financial_year, earliest->quarter_number,
                                       latest->financial_year, latest->quarter_number);
    return d;
}

// The matrix at the top of a plan's history: a row per milestone, a column per
// quarter that reported on the plan (oldest first), each cell the milestone's
// status that quarter on that quarter's scale. `keep(priority number, latest
// status key)` chooses the rows, for the pages that filter it.
struct MatrixColumn {
    std::string report_id, quarter;
    int sequence = 0;
};

std::vector<MatrixColumn> matrix_columns(const Json& plan, const std::string& plan_id,
                                         const MilestoneHistory& history) {
    std::vector<MatrixColumn> cols;
    for (const auto& pr : plan["priorities"]) {
        if (!pr.contains("actions")) continue;
        for (const auto& ac : pr["actions"])
            for (const auto& ms : ac["milestones"])
                for (const auto& q : history.of(plan_id, ms["id"]))
                    if (std::none_of(cols.begin(), cols.end(), [&](const MatrixColumn& c) {
                            return c.report_id == q.report_id;
                        }))
                        cols.push_back({q.report_id, q.quarter, q.sequence});
    }
    std::sort(cols.begin(), cols.end(),
              [](const MatrixColumn& a, const MatrixColumn& b) { return a.sequence < b.sequence; });
    return cols;
}

// The key a filter by latest status uses: the status, "words", or not-reported.
std::string latest_key(const MilestoneQuarter* q) {
    if (!q) return std::string(kNotReported);
    if (q->scale && q->scale->words_only()) return "words";
    if (q->status_withheld) return "withheld";
    return q->status.empty() ? std::string(kNotReported) : q->status;
}

template <class Keep>
Json matrix_view(const Json& plan, const std::string& plan_id, const MilestoneHistory& history,
                 const std::vector<MatrixColumn>& cols, Keep keep) {
    Json priorities = Json::array();
    for (const auto& pr : plan["priorities"]) {
        const int number = pr["number"].get<int>();
        Json rows = Json::array();
        if (pr.contains("actions"))
            for (const auto& ac : pr["actions"])
                for (const auto& ms : ac["milestones"]) {
                    const std::string id = ms["id"];
                    const auto& quarters = history.of(plan_id, id);
                    const MilestoneQuarter* latest = history.latest(plan_id, id);
                    if (!keep(number, latest_key(latest))) continue;
                    Json cells = Json::array();
                    for (const auto& c : cols) {
                        auto q = std::find_if(
                            quarters.begin(), quarters.end(),
                            [&](const MilestoneQuarter& x) { return x.report_id == c.report_id; });
                        if (q == quarters.end())
                            cells.push_back({{"none", true}, {"quarter", c.quarter}});
                        else
                            cells.push_back({{"none", false},
                                             {"quarter", c.quarter},
                                             {"status", quarter_status_view(&*q)}});
                    }
                    // priority and latest: what the filters choose by, as
                    // data attributes for assets/js/matrix.js.
                    rows.push_back({{"id", id},
                                    {"title", ms["title"]},
                                    {"history_anchor", milestone_anchor(id)},
                                    {"priority", number},
                                    {"latest", latest_key(latest)},
                                    {"cells", cells}});
                }
        if (rows.empty()) continue;
        priorities.push_back({{"number", number},
                              {"title", pr["title"]},
                              {"anchor", "matrix-priority-" + std::to_string(number)},
                              {"span", static_cast<int>(cols.size()) + 1},
                              {"rows", rows}});
    }
    Json quarters = Json::array();
    for (const auto& c : cols)
        quarters.push_back(
            {{"quarter", c.quarter}, {"report_href", href_to(report_url(c.report_id))}});
    return {{"quarters", quarters}, {"priorities", priorities}, {"has_rows", !priorities.empty()}};
}

// The filters: a page for each priority and for each latest status that some
// milestone has, so that filtering works without JavaScript (links).
struct MatrixFilter {
    std::string url, label;  // "milestones/p1/priority-1/", "priority 1"
    int priority = -1;       // or
    std::string status;      // the latest status key
};

std::vector<MatrixFilter> matrix_filters(const Json& plan, const std::string& plan_id,
                                         const MilestoneHistory& history) {
    std::vector<MatrixFilter> out;
    for (const auto& pr : plan["priorities"]) {
        const int number = pr["number"].get<int>();
        out.push_back({milestones_url(plan_id) + "priority-" + std::to_string(number) + "/",
                       "Priority " + std::to_string(number), number, ""});
    }
    std::vector<std::pair<std::string, std::string>> statuses;  // key, word
    for (const auto& pr : plan["priorities"]) {
        if (!pr.contains("actions")) continue;
        for (const auto& ac : pr["actions"])
            for (const auto& ms : ac["milestones"]) {
                const MilestoneQuarter* q = history.latest(plan_id, ms["id"]);
                const std::string key = latest_key(q);
                if (std::none_of(statuses.begin(), statuses.end(),
                                 [&](const auto& s) { return s.first == key; }))
                    statuses.emplace_back(key, quarter_status_view(q)["word"].get<std::string>());
            }
    }
    for (const auto& [key, word] : statuses)
        out.push_back({milestones_url(plan_id) + "latest-" + slugify(key) + "/", word, -1, key});
    return out;
}

// The filter links; each says what it filters by (its priority, or the latest
// status key), as the rows do, so that assets/js/matrix.js can filter in place.
Json filter_links(const std::vector<MatrixFilter>& filters, const std::string& current) {
    Json priorities = Json::array(), statuses = Json::array();
    for (const auto& f : filters) {
        Json link = {{"label", f.label}, {"href", href_to(f.url)}, {"current", f.url == current}};
        if (f.priority >= 0) {
            link["priority"] = f.priority;
            priorities.push_back(link);
        } else {
            link["latest"] = f.status;
            statuses.push_back(link);
        }
    }
    return {{"priorities", priorities}, {"statuses", statuses}};
}

void add_history_page(const PlanData& plan, const MilestoneHistory& history,
                      const SiteConfig& config, SiteModel& m) {
    const Json& v = plan.value();
    m.downloads.push_back(history_download(plan, history));
    Json priorities = Json::array();
    for (const auto& pr : v["priorities"])
        priorities.push_back(priority_view(pr, history, plan.id));

    PageModel& page = data_page(m, milestones_url(plan.id), "milestones");
    page.kind = "milestone";
    if (v.contains("period"))
        page.years = financial_years(v["period"]["from"].get<std::string>(),
                                     v["period"]["to"].get<std::string>());
    set_default(page.view, "title", "Milestone history: " + v["title"].get<std::string>());
    set_default(page.view, "summary",
                "Every milestone of the plan with its status in each quarter that reported it.");
    page.view["plan_title"] = v["title"];
    page.view["plan_href"] = href_to(plan_url(plan.id));
    page.view["priorities"] = priorities;
    page.view["csv_href"] = href_to("data/milestones/" + plan.id + ".csv");
    page.view["json_href"] = href_to("data/milestones/" + plan.id + ".json");
    page.view["history_href"] = href_to(milestones_url(plan.id));
    const std::vector<MatrixColumn> cols = matrix_columns(v, plan.id, history);
    const std::vector<MatrixFilter> filters = matrix_filters(v, plan.id, history);
    page.view["matrix"] =
        matrix_view(v, plan.id, history, cols, [](int, const std::string&) { return true; });
    page.view["filters"] = filter_links(filters, milestones_url(plan.id));
    if (plan.data->lost_content) page.view["notice"] = config.notice;

    // Each filter: the matrix with only its rows, on a page of its own.
    for (const auto& f : filters) {
        PageModel& fp = data_page(m, f.url, "milestones");
        fp.searched = false;  // the history page holds the same words
        fp.kind = "milestone";
        fp.view["title"] = "Milestone history: " + v["title"].get<std::string>() + ", " +
                           (f.priority >= 0 ? f.label : "latest status " + f.label);
        fp.view["filtered"] = true;
        fp.view["filter_label"] = "the milestones whose latest status is " + f.label;
        for (const auto& pr : v["priorities"])
            if (pr["number"].get<int>() == f.priority)
                fp.view["filter_label"] =
                    "the milestones of " + f.label + ": " + pr["title"].get<std::string>();
        fp.view["plan_title"] = v["title"];
        fp.view["plan_href"] = href_to(plan_url(plan.id));
        fp.view["history_href"] = href_to(milestones_url(plan.id));
        fp.view["matrix"] =
            matrix_view(v, plan.id, history, cols, [&](int priority, const std::string& latest) {
                return f.priority >= 0 ? priority == f.priority : latest == f.status;
            });
        fp.view["filters"] = filter_links(filters, f.url);
        if (plan.data->lost_content) fp.view["notice"] = config.notice;
    }
}

}  // namespace

void add_milestone_pages(const DataSet& set, const MilestoneHistory& history,
                         const SiteConfig& config, SiteModel& m) {
    for (const auto& [id, plan] : set.plans) add_history_page(plan, history, config, m);
}

}  // namespace portal
