#include "model/plan_views.hpp"
#include "model/render_requests.hpp"

#include "core/site_addresses.hpp"

#include "model/view_helpers.hpp"

namespace portal {

namespace {

// A milestone's latest status, and which quarter said so: "Green (2009-10 Q1)"
// means no report since has given it a colour.
Json latest_view(const MilestoneHistory& history, const std::string& plan, const std::string& id) {
    const MilestoneQuarter* q = history.latest(plan, id);
    Json v;
    v["status"] = quarter_status_view(q);
    v["latest_quarter"] = q ? q->quarter : "";
    // null, not "": no link at all.
    v["latest_report_href"] = href_to(q ? Json(report_url(q->report_id)) : Json(nullptr));
    return v;
}

Json milestone_view(const Json& ms, const MilestoneHistory& history, const std::string& plan) {
    const std::string id = ms["id"];
    Json v = latest_view(history, plan, id);
    v["id"] = id;
    v["title"] = ms["title"];
    v["measurement"] = ms.value("measurement", "");
    v["source"] = ms.value("source", "");
    v["history_anchor"] = milestone_anchor(id);
    return v;
}

Json action_view(const Json& ac, const MilestoneHistory& history, const std::string& plan) {
    Json milestones = Json::array();
    for (const auto& ms : ac["milestones"]) milestones.push_back(milestone_view(ms, history, plan));
    return {{"number", ac["number"]},
            {"title", ac["title"]},
            {"lead_agency", joined(ac.value("lead_agency", Json::array()))},
            {"partners", joined(ac.value("partners", Json::array()))},
            {"milestones", milestones}};
}

Json priority_view(const Json& pr, const MilestoneHistory& history, const std::string& plan) {
    Json v;
    v["number"] = pr["number"];
    v["title"] = pr["title"];
    v["anchor"] = "priority-" + std::to_string(pr["number"].get<int>());
    for (const char* k : {"why", "what", "approach", "measure", "data_sources"})
        v[std::string(k) + "_html"] = html_from_markdown(pr.value(k, ""));
    v["lead_officer"] = pr.value("lead_officer", "");
    Json actions = Json::array();
    if (pr.contains("actions"))
        for (const auto& ac : pr["actions"]) actions.push_back(action_view(ac, history, plan));
    v["actions"] = actions;
    return v;
}

// The reports on this plan, newest first.
Json reports_of(const DataSet& set, const std::string& plan) {
    Json out = Json::array();
    for (auto r = set.reports.rbegin(); r != set.reports.rend(); ++r)
        if (r->plan == plan)
            out.push_back({{"title", r->title()},
                           {"quarter", r->label()},
                           {"period", r->value().value("period", "")},
                           {"href", href_to(report_url(r->id))}});
    return out;
}

// A field of the action plan as open data: its text, or "Withheld" when
// redaction took it out of an object that stayed.
Json field(const PublicData& d, const std::string& pointer, const Json& object, const char* key) {
    if (withheld_at(d, pointer + "/" + key)) return "Withheld";
    if (!object.contains(key)) return "";
    return object[key].is_array() ? Json(joined(object[key])) : object[key];
}

Json action_plan_rows(const PlanData& plan, const MilestoneHistory& history) {
    Json rows = Json::array();
    const Json& v = plan.value();
    for (std::size_t p = 0; p < v["priorities"].size(); ++p) {
        const Json& pr = v["priorities"][p];
        if (!pr.contains("actions")) continue;
        for (std::size_t a = 0; a < pr["actions"].size(); ++a) {
            const Json& ac = pr["actions"][a];
            const std::string ap =
                "/priorities/" + std::to_string(p) + "/actions/" + std::to_string(a);
            for (std::size_t i = 0; i < ac["milestones"].size(); ++i) {
                const Json& ms = ac["milestones"][i];
                const std::string mp = ap + "/milestones/" + std::to_string(i);
                const MilestoneQuarter* q = history.latest(plan.id, ms["id"]);
                rows.push_back(Json::array(
                    {pr["number"], pr["title"], ac["number"], ac["title"], ms["id"], ms["title"],
                     field(*plan.data, mp, ms, "measurement"), field(*plan.data, mp, ms, "source"),
                     field(*plan.data, ap, ac, "lead_agency"),
                     field(*plan.data, ap, ac, "partners"), q && q->scale ? q->scale->name : "",
                     !q                   ? "not-reported"
                     : q->status_withheld ? "withheld"
                                          : q->status,
                     q ? q->quarter : ""}));
            }
        }
    }
    return rows;
}

Download action_plan_download(const PlanData& plan, const MilestoneHistory& history) {
    const Json& v = plan.value();
    Download d;
    d.path = "data/plans/" + plan.id;
    d.title = "Action plan: " + v["title"].get<std::string>();
    d.description =
        "Every milestone of the plan with its priority and action, how it is measured, the "
        "source of the data, the lead agency and partners, and its latest status with the "
        "scale it was judged on and the quarter that gave it (no status when that quarter "
        "gave progress in words only).";
    d.period = v.contains("period") ? v["period"]["from"].get<std::string>() + " to " +
                                          v["period"]["to"].get<std::string>()
                                    : "";
    if (v.contains("period"))
        d.coverage =
            v["period"]["from"].get<std::string>() + "/" + v["period"]["to"].get<std::string>();
    d.source = v.value("source_document", "");
    d.page_url = plan_url(plan.id);
    d.columns = Json::array({"priority", "priority_title", "action", "action_title", "milestone",
                             "milestone_title", "measurement", "source", "lead_agency", "partners",
                             "latest_scale", "latest_status", "latest_quarter"});
    d.rows = action_plan_rows(plan, history);
    return d;
}

Json period_view(const Json& plan) {
    if (!plan.contains("period")) return nullptr;
    return {{"from", date_view(plan["period"]["from"])}, {"to", date_view(plan["period"]["to"])}};
}

// The home page's list: dates as people write them (its layout prints them as given).
Json home_row(const PlanData& plan, const std::string& title) {
    const Json& v = plan.value();
    Json period = nullptr;
    if (v.contains("period"))
        period = {{"from", human_date(v["period"]["from"])}, {"to", human_date(v["period"]["to"])}};
    return {{"title", title}, {"href", href_to(plan_url(plan.id))}, {"period", period}};
}

void add_plan_page(const DataSet& set, const PlanData& plan, const MilestoneHistory& history,
                   const SiteConfig& config, SiteModel& m) {
    const Json& v = plan.value();
    m.downloads.push_back(action_plan_download(plan, history));
    Json priorities = Json::array();
    for (const auto& pr : v["priorities"])
        priorities.push_back(priority_view(pr, history, plan.id));
    Json reports = reports_of(set, plan.id);

    PageModel& page = data_page(m, plan_url(plan.id), "plan");
    page.kind = "plan";
    if (v.contains("period"))
        page.years = financial_years(v["period"]["from"].get<std::string>(),
                                     v["period"]["to"].get<std::string>());
    set_default(page.view, "title", v["title"]);
    page.view["plan_title"] = v["title"];
    page.view["source_document"] = v.value("source_document", "");
    page.view["period"] = period_view(v);
    page.view["history_href"] = href_to(milestones_url(plan.id));
    page.view["priorities"] = priorities;
    page.view["reports"] = reports;
    page.view["has_reports"] = !reports.empty();
    page.view["csv_href"] = href_to("data/plans/" + plan.id + ".csv");
    page.view["json_href"] = href_to("data/plans/" + plan.id + ".json");
    if (plan.data->lost_content) page.view["notice"] = config.notice;
}

std::string period_text(const Json& plan) {
    if (!plan.contains("period")) return "";
    return "From " + human_date(plan["period"]["from"]) + " to " + human_date(plan["period"]["to"]);
}

}  // namespace

Json add_plan_pages(const DataSet& set, const MilestoneHistory& history, const SiteConfig& config,
                    SiteModel& m) {
    Json rows = Json::array();
    Json items = Json::array();
    for (const auto& [id, plan] : set.plans) {
        add_plan_page(set, plan, history, config, m);
        const std::string title = plan.value()["title"];
        rows.push_back(home_row(plan, title));
        items.push_back({{"title", title},
                         {"href", href_to(plan_url(id))},
                         {"summary", period_text(plan.value())}});
    }
    if (set.plans.empty()) return rows;
    PageModel& idx = data_page(m, "plans/", "list");
    set_default(idx.view, "title", "Plans");
    set_default(idx.view, "summary",
                "The partnership's plans: its priorities and what it committed to do.");
    idx.view["items"] = items;
    return rows;
}

}  // namespace portal
