// The lead officers' CSV returns (issue 19, part 3): `portal new report PLAN
// YEAR-qN --returns` writes one return per priority from the plan.
#include <gtest/gtest.h>

#include <tuple>
#include <vector>

#include "core/json_value.hpp"
#include "leak_check.hpp"
#include "load/csv_document.hpp"
#include "portal_run.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* const kBom = "\xEF\xBB\xBF";
const char* const kHeader = "milestone,title,status,progress\r\n";

// The repository's own plan 2011-14. The example site withholds no milestone
// and no title holds a quote, so the copy marks 1.1b PROTECT and gives 2.1a's
// title a quoted word.
portal::Json example_plan() {
    portal::Json plan =
        portal::Json::parse(read_file(fs::path(PORTAL_SOURCE_DIR) / "data/plans/2011-14.json"));
    portal::Json& first = plan["priorities"][0]["actions"][0]["milestones"];
    EXPECT_EQ(first[1]["id"], "1.1b");
    first[1]["marking"] = "PROTECT";
    portal::Json& second = plan["priorities"][1]["actions"][0]["milestones"][0];
    EXPECT_EQ(second["id"], "2.1a");
    second["title"] = second["title"].get<std::string>() + " (a \"repeat victim\")";
    return plan;
}

void write_plan(const TempSite& s) {
    s.write("data/plans/2011-14.json", example_plan().dump(2));
}

// Each priority's milestones in the plan's order: (id, title), withheld ones left out.
std::vector<std::vector<std::pair<std::string, std::string>>> expected_rows() {
    std::vector<std::vector<std::pair<std::string, std::string>>> out;
    const portal::Json plan = example_plan();
    for (const auto& pr : plan["priorities"]) {
        out.emplace_back();
        for (const auto& ac : pr["actions"])
            for (const auto& ms : ac["milestones"])
                if (!ms.contains("marking")) out.back().emplace_back(ms["id"], ms["title"]);
    }
    return out;
}

// A site with the plan, its report for 2011-12-q1 and the returns written.
struct ReturnsSite {
    TempSite site;
    ReturnsSite() {
        write_plan(site);
        const PortalRun r = run("new report 2011-14 2011-12-q1 --returns");
        EXPECT_EQ(r.code, 0) << r.output;
    }
    PortalRun run(const std::string& args) const { return run_portal(site.root(), args); }
    std::string report() const { return read_file(site.root() / "data/reports/2011-12-q1.json"); }
    // Files beside the report: nothing may be left half-written there.
    int files_in_reports() const {
        int n = 0;
        for (const auto& e : fs::directory_iterator(site.root() / "data/reports")) (void)e, ++n;
        return n;
    }
    void write_return(const std::string& name, const std::string& text) const {
        site.write("returns/2011-12-q1/" + name, text);
    }
    // Only the returns given, (name, the file's text), in returns/2011-12-q1/.
    void only_returns(const std::vector<std::pair<std::string, std::string>>& returns) const {
        site.remove("returns/2011-12-q1");
        for (const auto& [name, text] : returns) write_return(name, text);
    }
};

}  // namespace

TEST(NewReportReturns, WritesAReturnForEachPriorityFromThePlan) {
    ReturnsSite t;

    const auto rows = expected_rows();
    ASSERT_EQ(rows.size(), 4u);
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(t.site.root() / "returns/2011-12-q1"))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"priority-1.csv", "priority-2.csv", "priority-3.csv",
                                               "priority-4.csv"}));
    for (std::size_t p = 0; p < rows.size(); ++p) {
        const std::string rel = "returns/2011-12-q1/priority-" + std::to_string(p + 1) + ".csv";
        const std::string csv = read_file(t.site.root() / rel);
        SCOPED_TRACE(rel);
        // A byte-order mark, so that Excel reads UTF-8; the header; CRLF after every row.
        ASSERT_EQ(csv.rfind(std::string(kBom) + kHeader, 0), 0u) << csv;
        std::size_t crlf = 0, lf = 0;
        for (std::size_t i = 0; i < csv.size(); ++i)
            if (csv[i] == '\n') (i > 0 && csv[i - 1] == '\r' ? crlf : lf)++;
        EXPECT_EQ(lf, 0u);
        EXPECT_EQ(crlf, rows[p].size() + 1);
        EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
        // Read back as the site's CSV reader reads: the plan's ids and titles
        // in the plan's order, status and progress empty.
        portal::CsvDocument doc;
        doc.path = rel;
        portal::Diagnostics diags;
        portal::parse_csv_document(doc, csv, diags);
        ASSERT_FALSE(doc.failed) << csv;
        ASSERT_EQ(doc.rows.size(), rows[p].size() + 1);
        for (std::size_t r = 0; r < rows[p].size(); ++r) {
            const auto& row = doc.rows[r + 1];
            ASSERT_EQ(row.size(), 4u);
            EXPECT_EQ(row[0].text, rows[p][r].first);
            EXPECT_EQ(row[1].text, rows[p][r].second);
            EXPECT_EQ(row[2].text, "");
            EXPECT_EQ(row[3].text, "");
        }
    }
    const std::string first = read_file(t.site.root() / "returns/2011-12-q1/priority-1.csv");
    // Quoted where a comma stands in the title; the withheld milestone 1.1b has no row.
    EXPECT_CONTAINS(first,
                    "\r\n1.1a,\"Group to meet bi-monthly and share information about dwelling "
                    "burglary, including police analysis updates to identify areas requiring "
                    "attention and inform the direction of partnership initiatives\",,\r\n1.1c,");
    EXPECT_LACKS(first, "1.1b");
    EXPECT_LACKS(first, "Tactical Tasking");
    // A quote inside a title is doubled, the title quoted.
    EXPECT_CONTAINS(read_file(t.site.root() / "returns/2011-12-q1/priority-2.csv"),
                    "\r\n2.1a,\"Clarify definition of a repeat victim and promote awareness");
    EXPECT_CONTAINS(read_file(t.site.root() / "returns/2011-12-q1/priority-2.csv"),
                    " (a \"\"repeat victim\"\")\",,\r\n2.1b,");
    // The report is written as without --returns, 1.1b in it with its marking.
    const portal::Json report = portal::Json::parse(t.report());
    EXPECT_EQ(report["priorities"][0]["milestones"][1]["id"], "1.1b");
    EXPECT_EQ(report["priorities"][0]["milestones"][1]["marking"], "PROTECT");
}

TEST(NewReportReturns, SaysWhatItWroteAndForWhom) {
    TempSite s;
    write_plan(s);
    const PortalRun r = run_portal(s.root(), "new report 2011-14 2011-12-q1 --returns");
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_CONTAINS(r.output, "portal: wrote data/reports/2011-12-q1.json: every milestone");
    EXPECT_CONTAINS(r.output,
                    "portal: wrote returns/2011-12-q1/priority-1.csv (priority 1, 12 milestones), "
                    "for Chief Inspector Dave Sargent\n");
    EXPECT_CONTAINS(r.output,
                    "portal: wrote returns/2011-12-q1/priority-3.csv (priority 3, 8 "
                    "milestones)\n");
    EXPECT_CONTAINS(r.output, "Next: send each lead officer their return");
}

TEST(NewReportReturns, NeverWritesOverAReturnAndThenWritesNothing) {
    TempSite s;
    write_plan(s);
    s.write("returns/2011-12-q1/priority-2.csv", "mine\n");
    const PortalRun r = run_portal(s.root(), "new report 2011-14 2011-12-q1 --returns");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output,
                    "returns/2011-12-q1/priority-2.csv: error: this return is there already; "
                    "portal never writes over a return, so it wrote none (nor the report): to "
                    "write them again, move returns/2011-12-q1/ away first\n");
    EXPECT_EQ(read_file(s.root() / "returns/2011-12-q1/priority-2.csv"), "mine\n");
    // Nothing else was written, not even the report; nothing left beside them.
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(s.root() / "returns")) (void)e, ++files;
    EXPECT_EQ(files, 2);  // the folder 2011-12-q1 and priority-2.csv
    EXPECT_FALSE(fs::exists(s.root() / "data/reports"));
}

TEST(NewReportReturns, WithTheReportThereAlreadyWritesOnlyTheReturns) {
    TempSite s;
    write_plan(s);
    ASSERT_EQ(run_portal(s.root(), "new report 2011-14 2011-12-q1").code, 0);
    s.write("data/reports/2011-12-q1.json",
            read_file(s.root() / "data/reports/2011-12-q1.json") + "\n");  // edited by hand
    const std::string before = read_file(s.root() / "data/reports/2011-12-q1.json");
    PortalRun r = run_portal(s.root(), "new report 2011-14 2011-12-q1 --returns");
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_CONTAINS(r.output,
                    "portal: data/reports/2011-12-q1.json is there already and was left "
                    "as it is; wrote only the returns.\n");
    EXPECT_LACKS(r.output, "wrote data/reports");
    EXPECT_EQ(read_file(s.root() / "data/reports/2011-12-q1.json"), before);
    EXPECT_TRUE(fs::exists(s.root() / "returns/2011-12-q1/priority-4.csv"));
    // Once they are there, never again.
    const std::string first = read_file(s.root() / "returns/2011-12-q1/priority-1.csv");
    r = run_portal(s.root(), "new report 2011-14 2011-12-q1 --returns");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output,
                    "returns/2011-12-q1/priority-1.csv: error: this return is there "
                    "already; portal never writes over a return, so it wrote none: ");
    EXPECT_CONTAINS(r.output, "returns/2011-12-q1/priority-4.csv: error: this return is there");
    EXPECT_EQ(read_file(s.root() / "returns/2011-12-q1/priority-1.csv"), first);
    // Without --returns, the report there is still an error.
    r = run_portal(s.root(), "new report 2011-14 2011-12-q1");
    EXPECT_EQ(r.code, 1);
    EXPECT_CONTAINS(r.output,
                    "there is a report for 2011-12-q1 already; portal never writes over one");
    EXPECT_EQ(read_file(s.root() / "data/reports/2011-12-q1.json"), before);
}

TEST(NewReportReturns, AReportThereOnAnotherPlanIsAnError) {
    TempSite s;
    write_plan(s);
    s.write("data/plans/other.json", read_file(s.root() / "data/plans/2011-14.json"));
    ASSERT_EQ(run_portal(s.root(), "new report other 2011-12-q1").code, 0);
    const PortalRun r = run_portal(s.root(), "new report 2011-14 2011-12-q1 --returns");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output,
                    "data/reports/2011-12-q1.json:1:1: error: this report is on the plan "
                    "'other', not '2011-14', so no returns were written");
    EXPECT_FALSE(fs::exists(s.root() / "returns"));
}
