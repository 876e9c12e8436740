#include "model/milestone_views.hpp"
#include "model/render_requests.hpp"

#include "core/site_addresses.hpp"

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
    if (plan.data->lost_content) page.view["notice"] = config.notice;
}

}  // namespace

void add_milestone_pages(const DataSet& set, const MilestoneHistory& history,
                         const SiteConfig& config, SiteModel& m) {
    for (const auto& [id, plan] : set.plans) add_history_page(plan, history, config, m);
}

}  // namespace portal
