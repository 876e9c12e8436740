#include "validate/status_checks.hpp"

#include <map>

#include "core/reading.hpp"
#include "validate/human_place.hpp"
#include "validate/schema_check.hpp"
#include "validate/suggestions.hpp"

namespace portal {

namespace {

bool is_report(const JsonDocument& doc) {
    return doc.rel.rfind("reports/", 0) == 0 && doc.value.is_object();
}

// A value as written, or the value inside a marking's wrapper.
const Json& unwrapped(const Json& v) {
    return v.is_object() && v.contains("marking") && v.contains("value") ? v["value"] : v;
}

std::string milestone_pointer(std::size_t p, std::size_t m) {
    return "/priorities/" + std::to_string(p) + "/milestones/" + std::to_string(m);
}

}  // namespace

std::string scale_name_of(const Json& report, const Json* plan) {
    if (report.is_object() && report.contains("status_scale") &&
        unwrapped(report["status_scale"]).is_string())
        return unwrapped(report["status_scale"]).get<std::string>();
    if (plan && plan->is_object() && plan->contains("status_scale") &&
        unwrapped((*plan)["status_scale"]).is_string())
        return unwrapped((*plan)["status_scale"]).get<std::string>();
    return std::string(kDefaultScale);
}

void settle_status_words(std::vector<JsonDocument>& data, const std::vector<StatusScale>& scales) {
    std::map<std::string, const Json*> plans;  // by id (file name)
    for (const auto& doc : data)
        if (doc.rel.rfind("plans/", 0) == 0 && doc.rel.size() > 11)
            plans[doc.rel.substr(6, doc.rel.size() - 11)] = &doc.value;
    for (auto& doc : data) {
        if (!is_report(doc)) continue;
        const Json plan_id = doc.value.contains("plan") ? unwrapped(doc.value["plan"]) : Json();
        const auto plan =
            plan_id.is_string() ? plans.find(plan_id.get<std::string>()) : plans.end();
        const StatusScale* scale = find_scale(
            scales, scale_name_of(doc.value, plan == plans.end() ? nullptr : plan->second));
        if (!scale) continue;  // check_scale_name says so
        auto prs = doc.value.find("priorities");
        if (prs == doc.value.end() || !prs->is_array()) continue;
        for (auto& pr : *prs) {
            if (!pr.is_object() || !pr.contains("milestones") || !pr["milestones"].is_array())
                continue;
            for (auto& m : pr["milestones"]) {
                if (!m.is_object() || !m.contains("status") || !m["status"].is_string()) continue;
                const std::string folded = fold_label(m["status"].get<std::string>());
                std::vector<const ScaleStatus*> statuses{&not_reported_status()};
                for (const auto& s : scale->statuses) statuses.push_back(&s);
                for (const ScaleStatus* s : statuses)
                    if (folded == fold_label(s->key) || folded == fold_label(s->word))
                        m["status"] = s->key;
            }
        }
    }
}

bool check_scale_name(const JsonDocument& doc, const Json& value,
                      const std::vector<StatusScale>& scales, Diagnostics& diags) {
    if (!value.contains("status_scale")) return true;
    const std::string name = value["status_scale"].get<std::string>();
    if (find_scale(scales, name)) return true;
    std::vector<std::string> names;
    for (const auto& s : scales) names.push_back(s.name);
    const std::string close = closest_word(name, names);
    // A name longer than any scale's is shown cut short.
    const std::string shown = name.size() > 40 ? name.substr(0, 37) + "..." : name;
    diags.error(doc.pos("/status_scale"),
                "status_scale: \"" + shown + "\" is not a status scale" +
                    (close.empty() ? "" : " (did you mean " + close + "?)") + "; the scales are " +
                    scale_names(scales) +
                    " (a site's own are declared in site.json's status_scales)");
    return false;
}

void check_report_statuses(const JsonDocument& doc, const Json& report, const StatusScale& scale,
                           Diagnostics& diags) {
    const Json& prs = report["priorities"];
    for (std::size_t p = 0; p < prs.size(); ++p) {
        if (!prs[p].contains("milestones")) continue;
        const Json& ms = prs[p]["milestones"];
        for (std::size_t m = 0; m < ms.size(); ++m) {
            const std::string at = milestone_pointer(p, m);
            const std::string where = place_of(doc, at + "/status") + ": ";
            if (!ms[m].contains("status")) {
                if (!scale.words_only())
                    diags.error(doc.pos(at),
                                place_of(doc, at) +
                                    ": 'status' is missing; it is required here, as this "
                                    "report's scale is " +
                                    scale.name + ": give " + scale.words +
                                    ", or not-reported when the paper gives none");
                continue;
            }
            const Json& status = ms[m]["status"];
            if (scale.words_only()) {
                if (status != kNotReported)
                    diags.error(doc.pos(at + "/status"),
                                where +
                                    "this report's scale is words (progress in words, "
                                    "without a status): leave status out and give the "
                                    "progress, or name the report's status_scale");
                continue;
            }
            if (!scale.find(status.get<std::string>()))
                diags.error(doc.pos(at + "/status"),
                            where + not_one_of_message(status, scale.keys()) +
                                (scale.name == kDefaultScale
                                     ? ""
                                     : " (this report's status_scale is " + scale.name + ")"));
        }
    }
}

}  // namespace portal
