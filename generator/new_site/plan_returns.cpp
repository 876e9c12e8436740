#include "new_site/plan_returns.hpp"

namespace portal {

namespace {

// The items of v[key] when it is an array; none otherwise (a plan with
// errors still gives what it can: `portal check` says what is wrong).
const Json& items(const Json& v, const char* key) {
    static const Json kNone = Json::array();
    if (!v.is_object() || !v.contains(key) || !v[key].is_array()) return kNone;
    return v[key];
}

// Calls on_priority(priority) for each numbered priority, then
// on_milestone(milestone, withheld) for each of its milestones with an id.
template <typename OnPriority, typename OnMilestone>
void walk_plan(const Json& plan, const PublishableLabels& labels, OnPriority&& on_priority,
               OnMilestone&& on_milestone) {
    // (A plan withheld whole withholds every milestone in it.)
    const bool plan_withheld = labels.withholds(plan);
    for (const auto& pr : items(plan, "priorities")) {
        if (!pr.is_object() || !pr.contains("number") || !pr["number"].is_number_integer())
            continue;
        on_priority(pr);
        const bool priority_withheld = plan_withheld || labels.withholds(pr);
        for (const auto& ac : items(pr, "actions")) {
            const bool action_withheld = priority_withheld || labels.withholds(ac);
            for (const auto& ms : items(ac, "milestones"))
                if (ms.is_object() && ms.contains("id") && ms["id"].is_string())
                    on_milestone(ms, action_withheld || labels.withholds(ms));
        }
    }
}

}  // namespace

std::vector<PriorityReturn> plan_returns(const Json& plan, const PublishableLabels& labels) {
    std::vector<PriorityReturn> returns;
    walk_plan(
        plan, labels,
        [&](const Json& pr) {
            PriorityReturn r;
            r.priority = pr["number"].get<long long>();
            if (!labels.withholds(plan) && !labels.withholds(pr) && pr.contains("lead_officer"))
                r.lead_officer = labels.public_text(pr["lead_officer"]).value_or("");
            // (Nor one written with a marking in it, "RESTRICTED: DS Jane
            // Smith", which the build refuses: it is not printed either.)
            if (!take_census(r.lead_officer, CensusFormat::text, labels.census_labels()).empty())
                r.lead_officer.clear();
            returns.push_back(std::move(r));
        },
        [&](const Json& ms, bool withheld) {
            if (withheld) return;
            // A title withheld on its own leaves the row, with its id only.
            returns.back().rows.push_back(
                {ms["id"].get<std::string>(), ms.contains("title")
                                                  ? labels.public_text(ms["title"]).value_or("")
                                                  : std::string()});
        });
    return returns;
}

std::vector<std::pair<std::string, bool>> plan_milestones(const Json& plan,
                                                          const PublishableLabels& labels) {
    std::vector<std::pair<std::string, bool>> out;
    walk_plan(
        plan, labels, [](const Json&) {},
        [&](const Json& ms, bool withheld) {
            out.emplace_back(ms["id"].get<std::string>(), withheld);
        });
    return out;
}

}  // namespace portal
