#include "new_site/new_report.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/json_value.hpp"

namespace portal {

namespace fs = std::filesystem;

namespace {

// "2011-12-q1" -> ("2011-12", 1); false when it is not a quarter of a
// financial year (April to March).
bool read_quarter(const std::string& text, std::string& year, int& quarter) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || (text[8] | 0x20) != 'q' ||
        text[9] < '1' || text[9] > '4')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (text[i] < '0' || text[i] > '9') return false;
    const int first = std::stoi(text.substr(0, 4)), second = std::stoi(text.substr(5, 2));
    if ((first + 1) % 100 != second) return false;
    year = text.substr(0, 7);
    quarter = text[9] - '0';
    return true;
}

// "April to June 2011": the months of the quarter, as reports name them.
std::string period_words(const std::string& year, int quarter) {
    static const char* const kMonths[] = {"April to June", "July to September",
                                          "October to December", "January to March"};
    const int calendar = std::stoi(year.substr(0, 4)) + (quarter == 4 ? 1 : 0);
    return std::string(kMonths[quarter - 1]) + " " + std::to_string(calendar);
}

// What the plan's object gives that the report's keeps: its marking.
void keep_marking(const Json& from, Json& to) {
    if (from.is_object() && from.contains("marking")) to["marking"] = from["marking"];
}

}  // namespace

std::string write_new_report(const std::string& site_dir, const std::string& plan,
                             const std::string& quarter, Diagnostics& diags) {
    const fs::path site(site_dir);
    std::string year;
    int q = 0;
    if (!read_quarter(quarter, year, q)) {
        diags.error(SourcePos{"portal new report", 0, 0},
                    "'" + quarter +
                        "' is not a quarter: write the financial year and the quarter, like "
                        "2011-12-q1 (April to June 2011)");
        return "";
    }
    const fs::path plan_file = site / "data" / "plans" / (plan + ".json");
    std::ifstream in(plan_file, std::ios::binary);
    if (plan.empty() || plan.find('/') != std::string::npos || !in) {
        std::string plans;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(site / "data" / "plans", ec))
            if (e.path().extension() == ".json")
                plans += (plans.empty() ? "" : ", ") + e.path().stem().string();
        diags.error(SourcePos{plan_file.string(), 0, 0},
                    "there is no plan '" + plan + "' in data/plans/" +
                        (plans.empty() ? "" : " (the plans are " + plans + ")"));
        return "";
    }
    std::stringstream text;
    text << in.rdbuf();
    const Json p = Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (p.is_discarded() || !p.is_object() || !p.contains("priorities") ||
        !p["priorities"].is_array()) {
        diags.error(SourcePos{plan_file.string(), 1, 1},
                    "the plan could not be read; `portal check` says what is wrong with it");
        return "";
    }

    Json report = Json::object();
    if (fs::exists(site / "schemas" / "report.schema.json"))
        report["$schema"] = "../../schemas/report.schema.json";
    report["plan"] = plan;
    report["financial_year"] = year;
    report["quarter"] = q;
    report["period"] = period_words(year, q);
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
                m["status"] = "not-reported";
                m["progress"] = "";
                keep_marking(ms, m);
                milestones.push_back(m);
            }
        out["milestones"] = milestones;
        priorities.push_back(out);
    }
    report["priorities"] = priorities;

    // Written beside the target, then linked into place: link() refuses a
    // name that exists, so a report already there is never overwritten, and
    // the file is whole or not there.
    const fs::path target = site / "data" / "reports" / (quarter + ".json");
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    const fs::path staging = target.parent_path() / ("." + quarter + ".json.new");
    {
        std::ofstream out(staging, std::ios::binary | std::ios::trunc);
        out << report.dump(2) << "\n";
        if (!out.flush()) {
            diags.error(SourcePos{target.string(), 0, 0}, "could not write the report file");
            fs::remove(staging, ec);
            return "";
        }
    }
    const bool linked = ::link(staging.c_str(), target.c_str()) == 0;
    fs::remove(staging, ec);
    if (!linked) {
        diags.error(SourcePos{target.string(), 0, 0},
                    fs::exists(target) ? "there is a report for " + quarter +
                                             " already; portal never writes over one"
                                       : "could not write the report file");
        return "";
    }
    return target.string();
}

}  // namespace portal
