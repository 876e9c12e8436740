#include "validate/data_checks.hpp"

#include <map>

#include "core/text.hpp"
#include "validate/schema_check.hpp"

namespace portal {

Json strip_markings(const Json& v) {
    if (v.is_object()) {
        if (v.size() == 2 && v.contains("value") && v.contains("marking"))
            return strip_markings(v["value"]);
        Json out = Json::object();
        for (auto it = v.begin(); it != v.end(); ++it)
            if (it.key() != "marking") out[it.key()] = strip_markings(it.value());
        return out;
    }
    if (v.is_array()) {
        Json out = Json::array();
        for (const auto& item : v) out.push_back(strip_markings(item));
        return out;
    }
    return v;
}

std::string data_kind(const std::string& rel) {
    auto slash = rel.find('/');
    return slash == std::string::npos ? "" : rel.substr(0, slash);
}

std::string data_stem(const std::string& rel) {
    std::string name = rel.substr(rel.rfind('/') + 1);
    return name.substr(0, name.rfind('.'));
}

std::set<std::string> check_data(const std::vector<JsonDocument>& data, Diagnostics& diags) {
    static const std::map<std::string, std::string> schema_of = {{"plans", "plan"},
                                                                 {"reports", "report"},
                                                                 {"statistics", "statistics"},
                                                                 {"funding", "funding"}};
    std::set<std::string> routes;
    std::map<std::string, std::set<std::string>> plan_milestones;  // plan id -> ids
    std::map<std::string, const JsonDocument*> plan_docs;
    struct Pending {
        const JsonDocument* doc;
        Json value;
    };
    std::vector<Pending> reports;

    for (const auto& doc : data) {
        const std::string kind = data_kind(doc.rel);
        auto schema = schema_of.find(kind);
        if (schema == schema_of.end()) {
            diags.warning(SourcePos{doc.path},
                          "not a known kind of data (put it in data/plans, data/reports, "
                          "data/statistics or data/funding); it is ignored");
            continue;
        }
        Json v = strip_markings(doc.value);
        if (!check_against_schema(doc, v, builtin_schema(schema->second), diags)) continue;
        const std::string stem = data_stem(doc.rel);
        if (kind == "plans") {
            if (v["id"] != stem)
                diags.error(doc.pos("/id"), "id: \"" + v["id"].get<std::string>() +
                                                "\" must match the file name (" + stem + ".json)");
            auto& ids = plan_milestones[stem];
            plan_docs[stem] = &doc;
            std::map<std::string, std::string> seen;
            for (std::size_t p = 0; p < v["priorities"].size(); ++p) {
                const Json& pr = v["priorities"][p];
                if (!pr.contains("actions")) continue;
                for (std::size_t a = 0; a < pr["actions"].size(); ++a) {
                    const Json& ac = pr["actions"][a];
                    for (std::size_t m = 0; m < ac["milestones"].size(); ++m) {
                        std::string id = ac["milestones"][m]["id"];
                        std::string ptr = "/priorities/" + std::to_string(p) + "/actions/" +
                                          std::to_string(a) + "/milestones/" + std::to_string(m) +
                                          "/id";
                        if (!ids.insert(id).second)
                            diags.error(doc.pos(ptr), pointer_to_path(ptr) + ": milestone id \"" +
                                                          id + "\" is used twice in this plan");
                    }
                }
            }
            routes.insert("plans/" + stem + "/");
            routes.insert("milestones/" + stem + "/");
            routes.insert("plans/");
        } else if (kind == "reports") {
            std::string fy = v["financial_year"];
            std::string expect = fy + "-q" + std::to_string(v["quarter"].get<int>());
            if (!is_financial_year(fy))
                diags.error(
                    doc.pos("/financial_year"),
                    "financial_year: \"" + fy + "\" is not a financial year (like 2010-11)");
            if (stem != expect)
                diags.error(doc.pos("/quarter"), "a report for " + fy + " quarter " +
                                                     std::to_string(v["quarter"].get<int>()) +
                                                     " must be named " + expect + ".json");
            reports.push_back({&doc, v});
            routes.insert("reports/" + stem + "/");
            routes.insert("reports/");
        } else if (kind == "statistics") {
            const std::size_t n = v["categories"].size();
            for (std::size_t s = 0; s < v["series"].size(); ++s) {
                std::size_t got = v["series"][s]["values"].size();
                if (got != n)
                    diags.error(doc.pos("/series/" + std::to_string(s) + "/values"),
                                "series[" + std::to_string(s) + "].values: " + std::to_string(got) +
                                    " values for " + std::to_string(n) +
                                    " categories; give one value per category (null where there "
                                    "is no figure)");
            }
            routes.insert("statistics/" + stem + "/");
            routes.insert("statistics/");
        } else if (kind == "funding") {
            if (v["financial_year"] != stem)
                diags.error(doc.pos("/financial_year"),
                            "financial_year: must match the file name (" + stem + ".json)");
            routes.insert("funding/" + stem + "/");
            routes.insert("funding/");
        }
    }

    for (const auto& r : reports) {
        std::string plan = r.value["plan"];
        auto ids = plan_milestones.find(plan);
        if (ids == plan_milestones.end()) {
            diags.error(r.doc->pos("/plan"), "plan: there is no plan \"" + plan +
                                                 "\" (looked for data/plans/" + plan + ".json)");
            continue;
        }
        for (std::size_t p = 0; p < r.value["priorities"].size(); ++p) {
            const Json& pr = r.value["priorities"][p];
            if (!pr.contains("milestones")) continue;
            for (std::size_t m = 0; m < pr["milestones"].size(); ++m) {
                std::string id = pr["milestones"][m]["id"];
                std::string ptr =
                    "/priorities/" + std::to_string(p) + "/milestones/" + std::to_string(m) + "/id";
                if (!ids->second.count(id))
                    diags.error(r.doc->pos(ptr), pointer_to_path(ptr) + ": milestone \"" + id +
                                                     "\" is not in plan " + plan);
            }
        }
    }
    return routes;
}

}  // namespace portal
