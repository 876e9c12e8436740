#include "new_site/new_report.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/files.hpp"
#include "core/json_value.hpp"
#include "core/reading.hpp"
#include "load/site_sources.hpp"
#include "new_site/file_placing.hpp"
#include "new_site/marking_labels.hpp"
#include "new_site/plan_returns.hpp"
#include "new_site/quarter.hpp"
#include "new_site/return_csv.hpp"
#include "validate/status_scales.hpp"

namespace portal {

namespace fs = std::filesystem;

namespace {

// "April to June 2011": the months of the quarter, as reports name them.
std::string period_words(const Quarter& q) {
    static const char* const kMonths[] = {"April to June", "July to September",
                                          "October to December", "January to March"};
    const int calendar = std::stoi(q.year.substr(0, 4)) + (q.number == 4 ? 1 : 0);
    return std::string(kMonths[q.number - 1]) + " " + std::to_string(calendar);
}

// What the plan's object gives that the report's keeps: its marking.
void keep_marking(const Json& from, Json& to) {
    if (from.is_object() && from.contains("marking")) to["marking"] = from["marking"];
}

// Whether a plan's own text (its title, its top-level fields: the paper's
// heading) holds a marking that portal reads as withheld or cannot place, as
// a build reads it (reads_as_marked): the build refuses such a plan, and its
// name may say what the marking withholds, so it is not listed (red team
// 24, C01). Markings inside its priorities mark those, not the plan.
bool own_fields_read_as_marked(std::string text, const CensusLabels& labels) {
    normalise_line_ends(text);  // as load reads it
    return reads_as_marked(text, CensusFormat::json, take_census(text, CensusFormat::json, labels));
}

// data/plans/<plan>.json, parsed; nothing (with an error) when there is no
// such plan or it cannot be read.
std::optional<Json> read_plan(const fs::path& site, const std::string& plan, Diagnostics& diags) {
    const fs::path plan_file = site / "data" / "plans" / (plan + ".json");
    std::ifstream in(plan_file, std::ios::binary);
    if (plan.empty() || plan.find('/') != std::string::npos || !in) {
        // (Not a plan withheld whole: its name may say what it is about,
        // and only `portal check --list-withheld` names such a file.)
        const PublishableLabels labels = PublishableLabels::of_site(site);
        std::vector<std::string> names;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(site / "data" / "plans", ec)) {
            if (e.path().extension() != ".json") continue;
            const auto text = read_file(e.path());
            const Json other = text ? Json::parse(*text, nullptr, /*allow_exceptions=*/false)
                                    : Json(Json::value_t::discarded);
            if (other.is_object() && !labels.withholds(other) &&
                !own_fields_read_as_marked(*text, labels.census_labels()) &&
                take_census(e.path().stem().string(), CensusFormat::text, labels.census_labels())
                    .empty())
                names.push_back(e.path().stem().string());
        }
        std::sort(names.begin(), names.end());
        std::string plans;
        for (const auto& n : names) plans += (plans.empty() ? "" : ", ") + n;
        diags.error(SourcePos{plan_file.string(), 0, 0},
                    "there is no plan '" + plan + "' in data/plans/" +
                        (plans.empty() ? "" : " (the plans are " + plans + ")"));
        return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    Json p = Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (p.is_discarded() || !p.is_object() || !p.contains("priorities") ||
        !p["priorities"].is_array()) {
        diags.error(SourcePos{plan_file.string(), 1, 1},
                    "the plan could not be read; `portal check` says what is wrong with it");
        return std::nullopt;
    }
    return p;
}

Json report_from_plan(const fs::path& site, const std::string& plan, const Quarter& q,
                      const Json& p) {
    Json report = Json::object();
    if (fs::exists(site / "schemas" / "report.schema.json"))
        report["$schema"] = "../../schemas/report.schema.json";
    // The plan's scale, said here too, so that whoever fills the report in
    // sees which statuses it takes (red-amber-green when the plan names none).
    const std::string scale = p.contains("status_scale") && p["status_scale"].is_string()
                                  ? p["status_scale"].get<std::string>()
                                  : std::string(kDefaultScale);
    report["status_scale"] = scale;
    report["plan"] = plan;
    // (A plan withheld whole: its report is, too.)
    keep_marking(p, report);
    report["financial_year"] = q.year;
    report["quarter"] = q.number;
    report["period"] = period_words(q);
    Json priorities = Json::array();
    for (const auto& pr : p["priorities"]) {
        if (!pr.is_object()) continue;
        Json out = Json::object();
        out["number"] = pr.value("number", Json());
        if (pr.contains("title")) out["title"] = pr["title"];
        if (pr.contains("lead_officer")) out["lead_officer"] = pr["lead_officer"];
        keep_marking(pr, out);
        Json milestones = Json::array();
        for (const auto& ac : pr.value("actions", Json::array()))
            for (const auto& ms : ac.value("milestones", Json::array())) {
                if (!ms.is_object() || !ms.contains("id")) continue;
                Json m = Json::object();
                m["id"] = ms["id"];
                if (ms.contains("title")) m["title"] = ms["title"];
                if (scale != "words") m["status"] = "not-reported";  // words: progress only
                m["progress"] = "";
                keep_marking(ms, m);
                milestones.push_back(m);
            }
        out["milestones"] = milestones;
        priorities.push_back(out);
    }
    report["priorities"] = priorities;
    return report;
}

// With --returns, a report already there stays, if it is on this plan: the
// returns are made from the plan, and read back into that report.
bool report_is_on_plan(const fs::path& report, const std::string& plan, Diagnostics& diags) {
    const auto text = read_file(report);
    const Json r = text ? Json::parse(*text, nullptr, /*allow_exceptions=*/false)
                        : Json(Json::value_t::discarded);
    if (!r.is_object()) {
        diags.error(SourcePos{display_path(report), 1, 1},
                    "the report that is there already could not be read, so no returns were "
                    "written; `portal check` says what is wrong with it");
        return false;
    }
    const Json on = r.value("plan", Json());
    if (on != Json(plan)) {
        diags.error(SourcePos{display_path(report), 1, 1},
                    (on.is_string() ? "this report is on the plan '" + on.get<std::string>() +
                                          "', not '" + plan + "'"
                                    : std::string("this report names no plan")) +
                        ", so no returns were written: returns are made from the report's own "
                        "plan");
        return false;
    }
    return true;
}

}  // namespace

std::optional<NewReportWritten> write_new_report(const std::string& site_dir,
                                                 const std::string& plan,
                                                 const std::string& quarter_text,
                                                 const NewReportOptions& options,
                                                 Diagnostics& diags) {
    const fs::path site(site_dir);
    const auto quarter = read_quarter(quarter_text);
    if (!quarter) {
        diags.error(SourcePos{"portal new report", 0, 0}, not_a_quarter(quarter_text));
        return std::nullopt;
    }
    const auto p = read_plan(site, plan, diags);
    if (!p) return std::nullopt;
    // A plan withheld whole gives a report withheld whole, and no returns:
    // returns leave the board's hands (red team 23, C03).
    const PublishableLabels labels = PublishableLabels::of_site(site);
    const bool plan_withheld = labels.withholds(*p);
    const std::string name = quarter->name();

    NewReportWritten written;
    std::vector<NewFile> files;
    const fs::path target = site / "data" / "reports" / (name + ".json");
    std::error_code ec;
    if (options.returns && fs::exists(fs::symlink_status(target, ec))) {
        if (!report_is_on_plan(target, plan, diags)) return std::nullopt;
        written.kept = display_path(target);
    } else {
        files.push_back({target, report_from_plan(site, plan, *quarter, *p).dump(2) + "\n"});
    }
    if (options.returns && plan_withheld)
        diags.warning(SourcePos{display_path(site / "data" / "plans" / (plan + ".json")), 1, 1},
                      "this plan is withheld whole (its marking is not publishable), so no "
                      "returns were written: returns are sent out, and carry only what the site "
                      "would publish");
    if (options.returns && !plan_withheld)
        for (auto& r : plan_returns(*p, labels)) {
            if (r.rows.empty()) {
                written.without_return.push_back(r.priority);
                continue;
            }
            const fs::path path = return_file(site, name, r.priority);
            written.returns.push_back(
                {display_path(path), r.priority, r.lead_officer, static_cast<int>(r.rows.size())});
            files.push_back({path, return_csv(r.rows)});
        }

    // Each file is written beside its place, then linked into it: link()
    // refuses a name that exists, so nothing is ever overwritten, and each file
    // is whole or not there; one file there already and none is written.
    const PlacedFiles placed = place_new_files(files);
    for (const auto& there : placed.there_already)
        diags.error(SourcePos{display_path(there), 0, 0},
                    there == target
                        ? "there is a report for " + name + " already; portal never writes over one"
                        : std::string("this return is there already; portal never writes over a "
                                      "return, so it wrote none") +
                              (written.kept.empty() ? " (nor the report)" : "") +
                              ": to write them again, move " +
                              display_path(returns_folder(site, name)) + "/ away first");
    if (!placed.there_already.empty()) return std::nullopt;
    if (!placed.ok) {
        diags.error(SourcePos{display_path(placed.failed), 0, 0},
                    "could not write this file (" + placed.why + "); nothing was written");
        return std::nullopt;
    }
    if (written.kept.empty()) written.report = display_path(target);
    return written;
}

std::string write_new_report(const std::string& site_dir, const std::string& plan,
                             const std::string& quarter, Diagnostics& diags) {
    const auto written = write_new_report(site_dir, plan, quarter, NewReportOptions{}, diags);
    return written ? written->report : std::string();
}

}  // namespace portal
