#include "validate/data_checks.hpp"

#include <map>
#include <optional>

#include "core/parallel.hpp"
#include "core/reading.hpp"
#include "core/site_addresses.hpp"
#include "core/text.hpp"
#include "validate/human_place.hpp"
#include "validate/schema_check.hpp"
#include "validate/status_checks.hpp"
#include "validate/suggestions.hpp"

namespace portal {

namespace {

// A data file after its schema check, with what the later checks need.
struct DataFile {
    const JsonDocument* doc;
    std::string kind;  // plans, reports, statistics, funding
    std::string stem;  // the file name without .json
    Json value;        // markings stripped
    bool valid;        // conforms to its schema

    SourcePos pos(const std::string& pointer) const { return doc->pos(pointer); }
    int line(const std::string& pointer) const { return doc->pos(pointer).line; }
    std::string shown_path() const { return "data/" + doc->rel; }
};

const char* schema_for(const std::string& kind) {
    if (kind == "plans") return "plan";
    if (kind == "reports") return "report";
    if (kind == "statistics") return "statistics";
    if (kind == "funding") return "funding";
    return nullptr;
}

std::string index_pointer(const std::string& base, std::size_t i) {
    return base + "/" + std::to_string(i);
}

// Why a YYYY-MM-DD string is not a day on the calendar, or "" when it is one.
std::string date_problem(const std::string& s) {
    static const char* months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
    if (is_iso_date(s)) return "";
    if (s.size() != 10) return "it is not written YYYY-MM-DD" + did_you_mean_date(s);
    const int month = std::stoi(s.substr(5, 2));
    const int day = std::stoi(s.substr(8, 2));
    if (month < 1 || month > 12) return "there is no month " + std::to_string(month);
    if (day < 1) return "there is no day " + std::to_string(day);
    // The month's length, counted down from 31: every month has at least 28 days.
    int days = 31;
    while (!is_iso_date(s.substr(0, 8) + std::to_string(days))) --days;
    return std::string(months[month - 1]) + " " + s.substr(0, 4) + " has " + std::to_string(days) +
           " days";
}

// True when the date at `pointer` (if any) is a real one; says why not otherwise.
bool check_date(const DataFile& f, const std::string& pointer, Diagnostics& diags) {
    const Json* v = nullptr;
    try {
        v = &f.value.at(Json::json_pointer(pointer));
    } catch (...) {
        return true;
    }
    const std::string problem = date_problem(v->get<std::string>());
    if (problem.empty()) return true;
    diags.error(f.pos(pointer),
                place_of(*f.doc, pointer) + ": " + v->dump() + " is not a real date: " + problem);
    return false;
}

// Data files sit directly in their kind's folder: a file in data/reports/draft/
// would be published as well, under the same address as its namesake.
bool check_folder(const JsonDocument& doc, Diagnostics& diags) {
    if (directly_in_kind_folder(doc.rel)) return true;
    const std::string kind = data_kind(doc.rel);
    diags.error(SourcePos{doc.path},
                "data files go directly in data/" + kind +
                    "/, not in a folder inside it: move this file to data/" + kind +
                    "/, or out of data/ altogether (everything in data/ is published)");
    return false;
}

// What a report is checked against: its plan's priorities and milestones.
struct PlanIndex {
    std::set<int> priorities;
    std::map<std::string, int> milestone_priority;  // milestone id -> priority number
    // False when its priority numbers or milestone ids clash: the reports are
    // checked against it once that is fixed, not against a guess.
    bool consistent = true;
    // Milestones with a marking on the way to them (on the plan, its priority,
    // its action, itself or its id): a message may not name them, whatever the
    // label, since the policy is redact's to apply.
    std::set<std::string> marked;
    const Json* value = nullptr;  // the plan, markings stripped
    bool scale_known = true;      // its status_scale, if any, names a scale
    // The ids a message may list: the plan's, less the marked ones.
    std::vector<std::string> listable(int priority = -1) const {
        std::vector<std::string> out;
        for (const auto& [id, p] : milestone_priority)
            if (!marked.count(id) && (priority < 0 || p == priority)) out.push_back(id);
        return out;
    }
};

// The ids of a plan's milestones that stand under a marking (PlanIndex::marked),
// read from the plan as written.
std::set<std::string> marked_milestones(const Json& plan) {
    std::set<std::string> marked;
    auto has_marking = [](const Json& v) { return v.is_object() && v.contains("marking"); };
    auto unwrapped = [&](const Json& v) -> const Json& {
        return has_marking(v) && v.contains("value") ? v["value"] : v;
    };
    const Json& root = unwrapped(plan);
    const bool whole = has_marking(plan);
    if (!root.is_object() || !root.contains("priorities") || !root["priorities"].is_array())
        return marked;
    for (const auto& pr_raw : root["priorities"]) {
        const Json& pr = unwrapped(pr_raw);
        const bool pr_marked = whole || has_marking(pr_raw) || has_marking(pr);
        if (!pr.is_object() || !pr.contains("actions") || !pr["actions"].is_array()) continue;
        for (const auto& ac_raw : pr["actions"]) {
            const Json& ac = unwrapped(ac_raw);
            const bool ac_marked = pr_marked || has_marking(ac_raw) || has_marking(ac);
            if (!ac.is_object() || !ac.contains("milestones") || !ac["milestones"].is_array())
                continue;
            for (const auto& ms_raw : ac["milestones"]) {
                const Json& ms = unwrapped(ms_raw);
                if (!ms.is_object() || !ms.contains("id")) continue;
                const Json& id = unwrapped(ms["id"]);
                if (!id.is_string()) continue;
                if (ac_marked || has_marking(ms_raw) || has_marking(ms) || has_marking(ms["id"]))
                    marked.insert(id.get<std::string>());
            }
        }
    }
    return marked;
}

void check_plan_period(const DataFile& f, Diagnostics& diags) {
    if (!f.value.contains("period")) return;
    const bool from_ok = check_date(f, "/period/from", diags);
    const bool to_ok = check_date(f, "/period/to", diags);
    const std::string from = f.value["period"]["from"], to = f.value["period"]["to"];
    if (from_ok && to_ok && to < from)
        diags.error(f.pos("/period/to"), "period.to: " + to + " is before period.from (" + from +
                                             "); a plan must end after it starts");
}

void check_plan_priority_numbers(const DataFile& f, PlanIndex& index, Diagnostics& diags) {
    std::map<int, std::string> first;  // number -> pointer
    const Json& prs = f.value["priorities"];
    for (std::size_t p = 0; p < prs.size(); ++p) {
        const std::string ptr = index_pointer("/priorities", p) + "/number";
        const int number = prs[p]["number"];
        auto [it, fresh] = first.emplace(number, ptr);
        index.priorities.insert(number);
        if (fresh) continue;
        index.consistent = false;
        diags.error(f.pos(ptr), place_of(*f.doc, ptr) + ": priority " + std::to_string(number) +
                                    " appears twice in this plan (first at line " +
                                    std::to_string(f.line(it->second)) +
                                    "); give each priority its own number");
    }
}

// Calls f(id, pointer of the id, priority number) for every milestone of a plan.
template <class F>
void for_each_plan_milestone(const Json& plan, F f) {
    const Json& prs = plan["priorities"];
    for (std::size_t p = 0; p < prs.size(); ++p) {
        if (!prs[p].contains("actions")) continue;
        const std::string pp = index_pointer("/priorities", p) + "/actions";
        for (std::size_t a = 0; a < prs[p]["actions"].size(); ++a) {
            const Json& ms = prs[p]["actions"][a]["milestones"];
            const std::string ap = index_pointer(pp, a) + "/milestones";
            for (std::size_t m = 0; m < ms.size(); ++m)
                f(ms[m]["id"].get<std::string>(), index_pointer(ap, m) + "/id",
                  prs[p]["number"].get<int>());
        }
    }
}

struct SeenId {
    std::string id;
    std::string pointer;
};

std::string id_clash_message(const DataFile& f, const std::string& id, const std::string& slug,
                             const SeenId& first) {
    const std::string line = std::to_string(f.line(first.pointer));
    if (first.id == id)
        return "milestone id \"" + id + "\" is used twice in this plan (first at line " + line +
               ")";
    return "milestone id \"" + id + "\" differs from \"" + first.id + "\" (line " + line +
           ") only in capitals or punctuation, so both would have the same web address (#m-" +
           slug + "); make the ids differ in their letters or digits";
}

// Milestone ids are unique within a plan, and so are their web addresses: the
// history page's anchor keeps only letters and digits, lower-cased, so "1.1a",
// "1.1A" and "1-1a" would share #m-1-1a.
void check_plan_milestone_ids(const DataFile& f, PlanIndex& index, Diagnostics& diags) {
    std::map<std::string, SeenId> by_slug;
    for_each_plan_milestone(
        f.value, [&](const std::string& id, const std::string& ptr, int priority) {
            const std::string slug = slugify(id);
            auto [it, fresh] = by_slug.emplace(slug, SeenId{id, ptr});
            if (fresh) {
                index.milestone_priority[id] = priority;
                return;
            }
            index.consistent = false;
            diags.error(f.pos(ptr),
                        place_of(*f.doc, ptr) + ": " + id_clash_message(f, id, slug, it->second));
        });
}

PlanIndex check_plan(const DataFile& f, Diagnostics& diags) {
    if (f.value["id"] != f.stem)
        diags.error(f.pos("/id"), "id: \"" + f.value["id"].get<std::string>() +
                                      "\" must match the file name (" + f.stem + ".json)");
    check_plan_period(f, diags);
    PlanIndex index;
    check_plan_priority_numbers(f, index, diags);
    check_plan_milestone_ids(f, index, diags);
    index.marked = marked_milestones(f.doc->value);
    return index;
}

void check_report(const DataFile& f, Diagnostics& diags) {
    const std::string fy = f.value["financial_year"];
    const int quarter = f.value["quarter"];
    check_date(f, "/board_meeting", diags);
    if (!is_financial_year(fy)) {
        // The file name cannot be right or wrong until the year is.
        diags.error(f.pos("/financial_year"),
                    "financial_year: \"" + fy +
                        "\" is not a financial year: it runs from one year into the next, "
                        "written like 2010-11");
        return;
    }
    const std::string expect = fy + "-q" + std::to_string(quarter);
    if (f.stem != expect)
        diags.error(f.pos("/quarter"), "a report for " + fy + " quarter " +
                                           std::to_string(quarter) + " must be named " + expect +
                                           ".json");
}

// Two files for one quarter would be published at one address.
void check_report_quarters(const std::vector<const DataFile*>& reports, Diagnostics& diags) {
    std::map<std::pair<std::string, int>, const DataFile*> seen;
    for (const DataFile* r : reports) {
        const std::string fy = r->value["financial_year"];
        const int quarter = r->value["quarter"];
        auto [it, fresh] = seen.emplace(std::make_pair(fy, quarter), r);
        if (!fresh)
            diags.error(r->pos("/quarter"),
                        "two reports for " + fy + " Q" + std::to_string(quarter) + ": " +
                            it->second->shown_path() + " and " + r->shown_path() + "; keep one");
    }
}

std::string number_list(const std::set<int>& numbers) {
    std::string out;
    for (int n : numbers) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out;
}

// A report's priority must be one of its plan's, and reported once.
bool check_report_priority(const DataFile& r, std::size_t p, const std::string& plan_id,
                           const PlanIndex& plan, std::map<int, std::string>& seen,
                           Diagnostics& diags) {
    const std::string ptr = index_pointer("/priorities", p) + "/number";
    const int number = r.value["priorities"][p]["number"];
    const std::string where = place_of(*r.doc, ptr) + ": ";
    auto [it, fresh] = seen.emplace(number, ptr);
    if (!fresh) {
        diags.error(r.pos(ptr), where + "priority " + std::to_string(number) +
                                    " is already reported at line " +
                                    std::to_string(r.line(it->second)) +
                                    " of this report; report each priority once");
        return false;
    }
    if (!plan.priorities.count(number)) {
        diags.error(r.pos(ptr), where + "plan " + plan_id + " has no priority " +
                                    std::to_string(number) + " (its priorities are " +
                                    number_list(plan.priorities) + ")");
        return false;
    }
    return true;
}

// Each milestone is reported once, under the priority it belongs to: it is
// counted in that priority's figures and has one row per quarter in its history.
void check_report_milestone(const DataFile& r, const std::string& id, const std::string& ptr,
                            int priority, const std::string& plan_id, const PlanIndex& plan,
                            std::map<std::string, std::string>& seen, Diagnostics& diags) {
    const std::string where = place_of(*r.doc, ptr) + ": ";
    auto owner = plan.milestone_priority.find(id);
    if (owner == plan.milestone_priority.end()) {
        // The ids the officer could have meant: the priority's own first.
        const std::vector<std::string> all = plan.listable(),
                                       same_priority = plan.listable(priority);
        const std::string close = closest_word(id, all);
        diags.error(
            r.pos(ptr),
            where + "milestone \"" + id + "\" is not in plan " + plan_id +
                (close.empty() ? "" : " (did you mean \"" + close + "\"?)") + "; " +
                (same_priority.empty() ? "its milestones are " + short_list(all)
                                       : "its milestones in priority " + std::to_string(priority) +
                                             " are " + short_list(same_priority, 20)));
        return;
    }
    auto [it, fresh] = seen.emplace(id, ptr);
    if (!fresh) {
        diags.error(r.pos(ptr), where + "milestone \"" + id + "\" is already reported at line " +
                                    std::to_string(r.line(it->second)) +
                                    " of this report; report each milestone once");
        return;
    }
    if (priority >= 0 && owner->second != priority)
        diags.error(r.pos(ptr), where + "milestone \"" + id + "\" belongs to priority " +
                                    std::to_string(owner->second) + " of plan " + plan_id +
                                    ", not priority " + std::to_string(priority) +
                                    "; report it under priority " + std::to_string(owner->second));
}

std::string plural_words(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Checks a report's milestones against its plan; returns the plan's milestones
// of the priorities the report covers that it does not mention (the page shows
// them as not in this report).
std::vector<std::string> check_report_against_plan(const DataFile& r, const PlanIndex& plan,
                                                   Diagnostics& diags) {
    const std::string plan_id = r.value["plan"];
    const int errors_before = diags.error_count();
    std::map<int, std::string> priorities_seen;
    std::map<std::string, std::string> milestones_seen;
    const Json& prs = r.value["priorities"];
    for (std::size_t p = 0; p < prs.size(); ++p) {
        // A priority that is not the plan's (or is repeated) gets one error; its
        // milestones are still checked, but not against its number.
        const int priority = check_report_priority(r, p, plan_id, plan, priorities_seen, diags)
                                 ? prs[p]["number"].get<int>()
                                 : -1;
        if (!prs[p].contains("milestones")) continue;
        const Json& ms = prs[p]["milestones"];
        for (std::size_t m = 0; m < ms.size(); ++m)
            check_report_milestone(
                r, ms[m]["id"],
                index_pointer(index_pointer("/priorities", p) + "/milestones", m) + "/id", priority,
                plan_id, plan, milestones_seen, diags);
    }
    // Milestones the paper does not list, said so: each must be the plan's and
    // not reported as well.
    std::set<std::string> said_missing;
    if (r.value.contains("not_in_this_report")) {
        const Json& listed = r.value["not_in_this_report"];
        const std::vector<std::string> all = plan.listable();
        for (std::size_t i = 0; i < listed.size(); ++i) {
            const std::string id = listed[i];
            const std::string ptr = index_pointer("/not_in_this_report", i);
            if (!plan.milestone_priority.count(id)) {
                const std::string close = closest_word(id, all);
                diags.error(r.pos(ptr),
                            "not_in_this_report: milestone \"" + id + "\" is not in plan " +
                                plan_id +
                                (close.empty() ? "" : " (did you mean \"" + close + "\"?)") +
                                "; its milestones are " + short_list(all));
            } else if (auto seen = milestones_seen.find(id); seen != milestones_seen.end()) {
                diags.error(r.pos(ptr), "not_in_this_report: milestone \"" + id +
                                            "\" is reported at line " +
                                            std::to_string(r.line(seen->second)) +
                                            " of this report; take it out of one of the two");
            } else {
                said_missing.insert(id);
            }
        }
    }
    // A milestone of a priority this report covers that it does not mention is
    // most often a row lost when the report was written: one warning, naming
    // them all, unless the report says the paper does not list them.
    std::vector<std::string> missing, unsaid;
    // Marked milestones are left to redact: a withheld one is not shown, and
    // no message may name it.
    for (const auto& [id, priority] : plan.milestone_priority) {
        if (!priorities_seen.count(priority) || milestones_seen.count(id) || plan.marked.count(id))
            continue;
        missing.push_back(id);
        if (!said_missing.count(id)) unsaid.push_back(id);
    }
    // After an error in this report's milestones (an id not in the plan, most
    // often a slip for one of these), the warning would only echo it.
    if (!unsaid.empty() && diags.error_count() == errors_before)
        diags.warning(r.pos("/priorities"),
                      plural_words(unsaid.size(), "milestone", "milestones") + " of plan " +
                          plan_id + (unsaid.size() == 1 ? " is" : " are") +
                          " not in this report: " + short_list(unsaid, 20) + "; the page shows " +
                          (unsaid.size() == 1 ? "it" : "them") + " as not in this report. Add " +
                          (unsaid.size() == 1 ? "it" : "each") +
                          " with a status (\"not-reported\" when there is no news), or, when the "
                          "paper does not list " +
                          (unsaid.size() == 1 ? "it" : "them") +
                          ", say so: \"not_in_this_report\": [\"" + unsaid.front() + "\"" +
                          (unsaid.size() > 1 ? ", ..." : "") + "]");
    return missing;
}

void check_statistics(const DataFile& f, Diagnostics& diags) {
    const std::size_t n = f.value["categories"].size();
    const Json& series = f.value["series"];
    for (std::size_t s = 0; s < series.size(); ++s) {
        const std::size_t got = series[s]["values"].size();
        if (got != n)
            diags.error(f.pos(index_pointer("/series", s) + "/values"),
                        "series[" + std::to_string(s) + "].values: " + std::to_string(got) +
                            " values for " + std::to_string(n) +
                            " categories; give one value per category (null where there "
                            "is no figure)");
    }
}

void check_funding(const DataFile& f, Diagnostics& diags) {
    if (f.value["financial_year"] != f.stem)
        diags.error(f.pos("/financial_year"),
                    "financial_year: must match the file name (" + f.stem + ".json)");
}

// The addresses a data file publishes. A file with errors still has them, so
// that links and meeting papers pointing at it do not fail as well: its own
// errors are the ones to fix.
void add_routes(const std::string& kind, const std::string& stem, std::set<std::string>& routes) {
    routes.insert(data_page_url(kind, stem));
    routes.insert(kind + "/");
    if (kind == "plans") routes.insert(milestones_url(stem));
}

}  // namespace

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

bool directly_in_kind_folder(const std::string& rel) {
    auto slash = rel.find('/');
    return slash != std::string::npos && rel.find('/', slash + 1) == std::string::npos;
}

std::set<std::string> check_data(std::vector<JsonDocument>& data,
                                 const std::vector<StatusScale>& scales, Diagnostics& diags) {
    std::set<std::string> routes;
    // Each file against its schema, on every core (schema checks are most of
    // this stage's time for a site with hundreds of reports); problems are
    // merged in file order.
    std::vector<std::optional<DataFile>> checked(data.size());
    std::vector<Diagnostics> found(data.size());
    parallel_for(data.size(), [&](std::size_t i) {
        const JsonDocument& doc = data[i];
        const std::string kind = data_kind(doc.rel);
        const char* schema = schema_for(kind);
        if (!schema) {
            found[i].warning(SourcePos{doc.path},
                             "not a known kind of data (put it in data/plans, data/reports, "
                             "data/statistics or data/funding); it is ignored");
            return;
        }
        if (!check_folder(doc, found[i])) return;
        Json v = strip_markings(doc.value);
        bool valid = check_against_schema(doc, v, builtin_schema(schema), found[i]);
        // {"file": ...} names a Markdown file (load/data_texts.hpp): only a
        // Markdown field's text may stand in one.
        for (const auto& t : doc.texts)
            if (!schema_is_markdown(builtin_schema(schema), t.pointer)) {
                found[i].error(doc.pos(t.pointer),
                               place_of(doc, t.pointer) +
                                   ": only Markdown text (a narrative, a section, a plan's "
                                   "text) can stand in a file of its own; write this value here");
                valid = false;
            }
        checked[i] = DataFile{&doc, kind, data_stem(doc.rel), std::move(v), valid};
    });
    std::vector<DataFile> files;
    files.reserve(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        diags.merge(std::move(found[i]));
        if (!checked[i]) continue;
        add_routes(checked[i]->kind, checked[i]->stem, routes);
        files.push_back(std::move(*checked[i]));
    }

    std::map<std::string, PlanIndex> plans;  // by file name
    std::set<std::string> plans_with_errors;
    std::vector<const DataFile*> reports;
    for (const auto& f : files) {
        if (!f.valid) {
            if (f.kind == "plans") plans_with_errors.insert(f.stem);
            continue;
        }
        if (f.kind == "plans") {
            plans[f.stem] = check_plan(f, diags);
            plans[f.stem].scale_known = check_scale_name(*f.doc, f.value, scales, diags);
            plans[f.stem].value = &f.value;
        } else if (f.kind == "reports") {
            check_report(f, diags);
            reports.push_back(&f);
        } else if (f.kind == "statistics") {
            check_statistics(f, diags);
        } else if (f.kind == "funding") {
            check_funding(f, diags);
        }
    }

    check_report_quarters(reports, diags);
    for (const DataFile* r : reports) {
        const std::string plan = r->value["plan"];
        auto index = plans.find(plan);
        // Its statuses against its scale: the report's own, else its plan's
        // (whose unknown name its plan's check reported).
        if (check_scale_name(*r->doc, r->value, scales, diags)) {
            const Json* plan_value = index == plans.end() ? nullptr : index->second.value;
            if (const StatusScale* scale = find_scale(scales, scale_name_of(r->value, plan_value)))
                check_report_statuses(*r->doc, r->value, *scale, diags);
        }
        if (index != plans.end()) {
            if (!index->second.consistent) continue;
            // What the page shows as not in this report, worked out here from
            // the board's full documents (the public report cannot tell a
            // milestone the paper leaves out from one withheld).
            JsonDocument& doc = data[static_cast<std::size_t>(r->doc - data.data())];
            const std::vector<std::string> missing =
                check_report_against_plan(*r, index->second, diags);
            if (doc.value.is_object()) doc.value["not_in_this_report"] = missing;
        } else if (!plans_with_errors.count(plan)) {
            // A plan with errors of its own has them reported already: its
            // reports are checked against it once it is fixed.
            diags.error(r->pos("/plan"), "plan: there is no plan \"" + plan +
                                             "\" (looked for data/plans/" + plan + ".json)");
        }
    }
    return routes;
}

}  // namespace portal
