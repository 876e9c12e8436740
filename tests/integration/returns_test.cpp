// The lead officers' CSV returns (issue 19, part 3): `portal new report PLAN
// YEAR-qN --returns` writes one return per priority from the plan, and
// `portal returns YEAR-qN` reads them back into the report; a wrong return is
// an error at its file, line and column, and leaves the report as it was. The
// returns/ folder is never read by a build, nor published.
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

// A return as Excel saves "CSV UTF-8": a byte-order mark, the header, `rows`.
std::string excel_return(const std::string& rows) {
    return kBom + std::string(kHeader) + rows;
}

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
    const PortalRun again = t.run("returns 2011-12-q1");  // nothing filled in yet
    EXPECT_EQ(again.code, 0) << again.output;

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
    EXPECT_CONTAINS(r.output, "then run `portal returns 2011-12-q1`");
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

TEST(Returns, RoundTripFillsTheReportAndTheSiteShowsIt) {
    ReturnsSite t;
    // An officer's own addition to the report, before the returns come in:
    // it stays, where it was.
    portal::Json edited = portal::Json::parse(t.report());
    edited["priorities"][0]["achievements"] = {"Task group met in May"};
    t.site.write("data/reports/2011-12-q1.json", edited.dump(2) + "\n");
    const fs::path report_file = t.site.root() / "data/reports/2011-12-q1.json";
    fs::permissions(report_file,
                    fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

    // As Excel saves "CSV UTF-8": a byte-order mark and CRLF, a progress with a
    // comma, quotes and a line break inside; the title column as the officer
    // left it (it is not read back, and never published).
    t.write_return("priority-1.csv",
                   std::string(kBom) +
                       "Milestone,Title,Status,Progress\r\n"
                       "1.1a,ZEBRAQUAGGA title edited,Green,\"Met twice, in May and June; "
                       "\"\"good\"\" attendance\r\nNext meeting in July\"\r\n"
                       "1.1c,,,\r\n"
                       "1.3a,, amber ,Registrations down  \r\n");
    // Saved by another program: no byte-order mark, LF, the header's case and spacing its own.
    t.write_return("priority-2.csv",
                   " MILESTONE , title,STATUS ,progress\n"
                   "2.1a,,Not reported,No meeting this quarter\n"
                   "2.1b,,RED ,Post vacant\n");
    const PortalRun r = t.run("returns 2011-12-q1");
    ASSERT_EQ(r.code, 0) << r.output;
    // 44 milestones, 1.1b withheld; 4 rows with a status, one of them "not reported".
    EXPECT_CONTAINS(r.output,
                    "portal: filled 4 of 43 milestones from 4 returns; 40 still not "
                    "reported: 1.1c, 1.3b, 1.3c, 1.4a, ");
    EXPECT_CONTAINS(r.output, ", 1.5e, 2.1a, 2.1c, ");
    EXPECT_CONTAINS(r.output, ", 4.3a, 4.3b\n");
    EXPECT_CONTAINS(r.output, "portal: wrote data/reports/2011-12-q1.json\n");
    EXPECT_CONTAINS(r.output,
                    "portal: 1 milestone is withheld and had no row in the returns: give "
                    "its status in the report itself\n");

    // The report is the edited one with the rows' statuses and progress, every
    // other key kept in its place, indented by two spaces.
    portal::Json expected = edited;
    auto set = [&](std::size_t p, std::size_t m, const std::string& id, const char* status,
                   const std::string& progress) {
        portal::Json& ms = expected["priorities"][p]["milestones"][m];
        ASSERT_EQ(ms["id"], id);
        ms["status"] = status;
        ms["progress"] = progress;
    };
    set(0, 0, "1.1a", "green",
        "Met twice, in May and June; \"good\" attendance\nNext meeting in July");
    const auto& p1 = expected["priorities"][0]["milestones"];
    std::size_t at = 0;
    while (p1[at]["id"] != "1.3a") ++at;
    set(0, at, "1.3a", "amber", "Registrations down");
    set(1, 0, "2.1a", "not-reported", "No meeting this quarter");
    set(1, 1, "2.1b", "red", "Post vacant");
    EXPECT_EQ(t.report(), expected.dump(2) + "\n");
    EXPECT_EQ(t.files_in_reports(), 1);  // replaced in one step, nothing left beside it
    // The report keeps its permissions (its replacement is made private at first).
    EXPECT_EQ(fs::status(report_file).permissions(),
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

    // The site builds, and the report's page shows what the returns said.
    ASSERT_TRUE(t.site.build().ok) << t.site.messages();
    const std::string page = t.site.read_out("reports/2011-12-q1/index.html");
    EXPECT_CONTAINS(page, "Met twice, in May and June;");
    EXPECT_CONTAINS(page, "Post vacant");
    EXPECT_CONTAINS(page, "status-green");
    EXPECT_CONTAINS(page, "status-red");
    // Nothing of returns/ reaches the output: not the title the officer edited, not a file's name.
    EXPECT_ABSENT(t.site, "ZEBRAQUAGGA");
    // (The milestone matrix has filter pages at milestones/<plan>/priority-N/,
    // so the check is for the return's own file name and folder.)
    for (const auto& e : fs::recursive_directory_iterator(t.site.out())) {
        EXPECT_NE(e.path().filename(), "priority-1.csv") << e.path();
        EXPECT_NE(e.path().filename(), "returns") << e.path();
    }

    // Read again with 1.1a's status emptied: 1.1a is left as it is (a
    // warning says its progress was not read), and the report unchanged.
    const std::string filled = t.report();
    t.write_return("priority-1.csv",
                   excel_return("1.1a,,,Different words\r\n1.3a,,Amber,Registrations down\r\n"));
    const PortalRun again = t.run("returns 2011-12-q1");
    ASSERT_EQ(again.code, 0) << again.output;
    EXPECT_CONTAINS(again.output,
                    "returns/2011-12-q1/priority-1.csv:2:8: warning: this row gives "
                    "progress but no status, so milestone 1.1a is left as it is");
    EXPECT_CONTAINS(again.output, "portal: filled 3 of 43 milestones from 4 returns");
    EXPECT_CONTAINS(again.output,
                    "portal: data/reports/2011-12-q1.json already says what the "
                    "returns say; it was left as it is\n");
    EXPECT_EQ(t.report(), filled);
}

// Each wrong return is one error at its file, line and column, and the
// report stays byte for byte as it was.
TEST(Returns, AWrongReturnIsAnErrorAtItsCellAndChangesNothing) {
    ReturnsSite t;
    // 1.3a withheld in the report only (the plan does not mark it).
    portal::Json report = portal::Json::parse(t.report());
    ASSERT_EQ(report["priorities"][0]["milestones"][3]["id"], "1.3a");
    report["priorities"][0]["milestones"][3]["marking"] = "RESTRICTED";
    t.site.write("data/reports/2011-12-q1.json", report.dump(2) + "\n");
    const std::string before = t.report();

    const std::string p1 = "returns/2011-12-q1/priority-1.csv";
    const std::string p2 = "returns/2011-12-q1/priority-2.csv";
    using Returns = std::vector<std::pair<std::string, std::string>>;
    const std::vector<std::tuple<std::string, Returns, std::string>> cases{
        {"a column too many",
         {{"priority-1.csv",
           std::string(kBom) + "milestone,title,status,progress,notes\r\n1.1a,,green,\r\n"}},
         p1 + ":1:33: error: 'notes' is not a column of a return: a return's first row is the "
              "header milestone,title,status,progress and nothing else"},
        {"a column misnamed",
         {{"priority-1.csv", "milestone,title,RAG,progress\r\n1.1a,,green,\r\n"}},
         p1 + ":1:17: error: 'RAG' is not a column of a return"},
        {"a column missing",
         {{"priority-1.csv", "milestone,title,RAG,progress\r\n1.1a,,green,\r\n"}},
         p1 + ":1:1: error: the header has no 'status' column"},
        {"semicolons",
         {{"priority-1.csv", "milestone;title;status;progress\r\n1.1a;;green;\r\n"}},
         p1 + ":1:1: error: this file's cells are separated by semicolons, not commas"},
        {"a status off the scale",
         {{"priority-1.csv", excel_return("1.1a,Group,Done,Met\r\n")}},
         p1 + ":2:12: error: 'Done' is not a status: write Green, Amber, Red or Not reported, or "
              "leave it empty to leave the milestone as it is\n"},
        {"an unknown milestone",
         {{"priority-1.csv", excel_return("1.1c,,green,\r\n9.9z,,green,\r\n")}},
         p1 + ":3:1: error: '9.9z' is not a milestone of the report "
              "data/reports/2011-12-q1.json: write the id as the plan gives it\n"},
        {"a milestone twice in one return",
         {{"priority-1.csv", excel_return("1.1a,,green,\r\n1.1c,,red,\r\n1.1a,,amber,\r\n")}},
         p1 + ":4:1: error: milestone 1.1a has a row already, at " + p1 +
             ":2: a milestone has one row in one return; keep one of them\n"},
        {"a milestone in two returns",
         {{"priority-1.csv", excel_return("1.1a,,green,\r\n")},
          {"priority-2.csv", excel_return("2.1a,,red,\r\n1.1a,,amber,\r\n")}},
         p2 + ":3:1: error: milestone 1.1a has a row already, at " + p1 + ":2: "},
        {"a milestone the plan withholds",
         {{"priority-1.csv", excel_return("1.1b,,green,\r\n")}},
         p1 + ":2:1: error: this row is for a withheld milestone (it, or its action or "
              "priority, is marked in the report or its plan), so a return cannot fill it, and "
              "its cells are neither read nor printed: take this row out, and give the "
              "milestone's status in the report itself\n"},
        {"a milestone the report withholds",
         {{"priority-1.csv", excel_return("1.1a,,green,\r\n1.3a,,red,\r\n")}},
         p1 + ":3:1: error: this row is for a withheld milestone"},
        {"a quote never closed",
         {{"priority-1.csv", excel_return("1.1a,Group,green,\"Met twice\r\n1.1c,,red,\r\n")}},
         p1 + ":2:18: error: a quoted field opened here is never closed"},
        {"a row without its milestone",
         {{"priority-1.csv", excel_return("1.1a,,green,\r\n,Group,red,Met\r\n")}},
         p1 + ":3:1: error: this row names no milestone: write its id, as the return was sent, "
              "in the milestone column\n"},
        {"a cell beyond the columns",
         {{"priority-1.csv", excel_return("1.1a,Group,green,Met,extra\r\n")}},
         p1 + ":2:22: error: this cell is beyond the return's four columns"},
        // A marked line pasted into a cell is not repeated (red team 15), and
        // is refused as a marking before it is read as a status or a column
        // (red team 19).
        {"a marked status",
         {{"priority-1.csv", excel_return("1.1a,Group,RESTRICTED: zebra quokka,Met\r\n")}},
         p1 + ":2:12: error: this cell reads as a marking"},
        {"a marked column",
         {{"priority-1.csv", "milestone,title,status,Protect: zebra quokka\r\n1.1a,,green,\r\n"}},
         p1 + ":1:24: error: this cell reads as a marking"},
    };
    for (const auto& [name, returns, error] : cases) {
        SCOPED_TRACE(name);
        t.only_returns(returns);
        const PortalRun r = t.run("returns 2011-12-q1");
        EXPECT_EQ(r.code, 1) << r.output;
        EXPECT_CONTAINS(r.output, error);
        EXPECT_LACKS(r.output, "quokka");
        EXPECT_CONTAINS(r.output,
                        "; nothing was written, data/reports/2011-12-q1.json is as it was\n");
        EXPECT_LACKS(r.output, "portal: filled");
        EXPECT_EQ(t.report(), before);
        EXPECT_EQ(t.files_in_reports(), 1);
    }

    // Every problem of every return, in one run; and still nothing written.
    t.only_returns({{"priority-1.csv", excel_return("1.1a,,Done,\r\n")},
                    {"priority-2.csv", excel_return("9.9z,,red,\r\n")}});
    const PortalRun r = t.run("returns 2011-12-q1");
    EXPECT_CONTAINS(r.output, p1 + ":2:7: error: 'Done' is not a status");
    EXPECT_CONTAINS(r.output, p2 + ":2:1: error: '9.9z' is not a milestone");
    EXPECT_CONTAINS(r.output, "portal: 2 errors; nothing was written");
    EXPECT_EQ(t.report(), before);
}

// A spreadsheet reads an id like 1.10 as the number 1.1: the row then says
// it is 1.1's second row, and the message says what happened.
TEST(Returns, AnIdTheSpreadsheetReadAsANumberIsNamed) {
    TempSite s;
    s.write("data/plans/p.json", R"({"id": "p", "title": "P", "priorities": [
      {"number": 1, "title": "One", "actions": [{"number": "1", "title": "A", "milestones": [
        {"id": "1.1", "title": "First"}, {"id": "1.10", "title": "Tenth"}]}]}]})");
    ASSERT_EQ(run_portal(s.root(), "new report p 2011-12-q1 --returns").code, 0);
    s.write("returns/2011-12-q1/priority-1.csv",
            "milestone,title,status,progress\r\n"
            "1.1,First,green,\r\n1.1,Tenth,red,\r\n");
    const PortalRun r = run_portal(s.root(), "returns 2011-12-q1");
    EXPECT_EQ(r.code, 1);
    EXPECT_CONTAINS(r.output,
                    "priority-1.csv:3:1: error: milestone 1.1 has a row already, at "
                    "returns/2011-12-q1/priority-1.csv:2: a milestone has one row in "
                    "one return; keep one of them (if this row is milestone 1.10, the "
                    "spreadsheet read its id as a number and saved 1.1: write 1.10 "
                    "back, and format the column as text)");
}

TEST(Returns, SaysWhatIsMissing) {
    TempSite s;
    write_plan(s);
    PortalRun r = run_portal(s.root(), "returns 2011-12-q1");
    EXPECT_EQ(r.code, 1);
    EXPECT_CONTAINS(r.output,
                    "data/reports/2011-12-q1.json: error: there is no report for "
                    "2011-12-q1; `portal new report PLAN 2011-12-q1 --returns` writes "
                    "it, and the returns to send\n");
    ASSERT_EQ(run_portal(s.root(), "new report 2011-14 2011-12-q1").code, 0);
    r = run_portal(s.root(), "returns 2011-12-q1");
    EXPECT_EQ(r.code, 1);
    EXPECT_CONTAINS(r.output,
                    "returns/2011-12-q1: error: there are no returns for 2011-12-q1: "
                    "put the lead officers' CSV files in returns/2011-12-q1/");
    // A return saved as a workbook is named, not passed over in silence.
    s.write("returns/2011-12-q1/priority-1.xlsx", "PK");
    s.write("returns/2011-12-q1/~$priority-1.csv", "lock");
    r = run_portal(s.root(), "returns 2011-12-q1");
    EXPECT_CONTAINS(r.output,
                    "returns/2011-12-q1/priority-1.xlsx: warning: is not read: a return "
                    "is a .csv file");
    EXPECT_LACKS(r.output, "~$");
    r = run_portal(s.root(), "returns 2011-12-q5");
    EXPECT_EQ(r.code, 1);
    EXPECT_CONTAINS(r.output, "'2011-12-q5' is not a quarter");
}

// returns/ is not a source folder: a build neither reads nor publishes it.
// A return here holds what the marking census would refuse (a withheld label
// standing alone) and a quote never closed: were it read, the build would fail.
TEST(Returns, TheReturnsFolderIsNeitherReadNorPublished) {
    TempSite s;
    s.write("returns/2011-12-q1/priority-1.csv",
            "milestone,title,status,progress\r\nPROTECT\r\n1.1a,\"ZEBRAQUAGGA\r\n");
    s.write("returns/notes.md", "---\ntitle: ZEBRAQUAGGA\n---\nPROTECT\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "ZEBRAQUAGGA");
    EXPECT_FALSE(s.out_exists("returns"));
    // Nor can it be the output folder, which a build replaces.
    const PortalRun r = run_portal(s.root(), "build --out returns");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "returns: error: this folder is inside the site's returns/ folder");
    EXPECT_TRUE(fs::exists(s.root() / "returns/notes.md"));
}

// The returns read statuses on the report's scale (validate/status_scales):
// an on-track report takes "On track", and a words report takes progress
// only, its status column left empty.
TEST(Returns, StatusesAreReadOnTheReportsScale) {
    TempSite s;
    portal::Json plan = example_plan();
    plan["status_scale"] = "on-track";
    s.write("data/plans/2011-14.json", plan.dump(2));
    PortalRun r = run_portal(s.root(), "new report 2011-14 2011-12-q1 --returns");
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_CONTAINS(read_file(s.root() / "data/reports/2011-12-q1.json"),
                    "\"status_scale\": \"on-track\"");
    s.write("returns/2011-12-q1/priority-1.csv",
            excel_return("1.1a,,On track,Met monthly\r\n1.1c,,green,Late\r\n"));
    s.remove("returns/2011-12-q1/priority-2.csv");
    r = run_portal(s.root(), "returns 2011-12-q1");
    EXPECT_NE(r.code, 0);
    EXPECT_CONTAINS(r.output,
                    "priority-1.csv:3:7: error: 'green' is not a status: write On "
                    "track, Not on track or Not reported");
    s.write("returns/2011-12-q1/priority-1.csv",
            excel_return("1.1a,,On track,Met monthly\r\n1.1c,,not on track,Late\r\n"));
    r = run_portal(s.root(), "returns 2011-12-q1");
    ASSERT_EQ(r.code, 0) << r.output;
    const std::string report = read_file(s.root() / "data/reports/2011-12-q1.json");
    EXPECT_CONTAINS(report, "\"status\": \"on-track\",\n");
    EXPECT_CONTAINS(report, "\"status\": \"not-on-track\",\n");

    TempSite w;
    plan["status_scale"] = "words";
    w.write("data/plans/2011-14.json", plan.dump(2));
    r = run_portal(w.root(), "new report 2011-14 2011-12-q1 --returns");
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_LACKS(read_file(w.root() / "data/reports/2011-12-q1.json"), "\"status\"");
    w.write("returns/2011-12-q1/priority-1.csv", excel_return("1.1a,,Green,Met monthly\r\n"));
    r = run_portal(w.root(), "returns 2011-12-q1");
    EXPECT_NE(r.code, 0);
    EXPECT_CONTAINS(r.output, "'Green' is a status, but this report gives progress in words");
    w.write("returns/2011-12-q1/priority-1.csv", excel_return("1.1a,,,Met monthly\r\n"));
    r = run_portal(w.root(), "returns 2011-12-q1");
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_CONTAINS(read_file(w.root() / "data/reports/2011-12-q1.json"),
                    "\"progress\": \"Met monthly\"");
    EXPECT_EQ(run_portal(w.root(), "check").code, 0);
}

// Red team 19 (B01, B02): a return has no marking column, and `portal
// returns` writes its progress into the report as plain text, so a row or a
// file a person reads as marked is refused, by place, and the report is left
// as it was.
TEST(Returns, AMarkedReturnIsRefusedAndChangesNothing) {
    using Returns = std::vector<std::pair<std::string, std::string>>;
    const std::vector<std::tuple<std::string, Returns, std::string>> cases{
        {"a label in the title cell",
         {{"priority-1.csv",
           excel_return("1.1a,RESTRICTED,green,Quokka21 moved to the refuge\r\n")}},
         "returns/2011-12-q1/priority-1.csv:2:6: error: this cell reads as a marking"},
        {"a label in a sentence of the title",
         {{"priority-1.csv",
           excel_return("1.1a,\"Determine action (Restricted, not for publication)\",amber,"
                        "Quokka22 awaiting the conference\r\n")}},
         "returns/2011-12-q1/priority-1.csv:2:"},
        {"a label in the file's name",
         {{"priority-1 RESTRICTED quokka23.csv", excel_return("1.1a,,green,Quokka23 named\r\n")}},
         "returns/2011-12-q1/…: error: this return's name reads as marked"},
    };
    for (const auto& [what, returns, expected] : cases) {
        SCOPED_TRACE(what);
        ReturnsSite t;
        const std::string before = t.report();
        t.only_returns(returns);
        const PortalRun r = t.run("returns 2011-12-q1");
        EXPECT_EQ(r.code, 1) << r.output;
        EXPECT_CONTAINS(r.output, expected);
        EXPECT_LACKS(lower(r.output), "quokka");
        EXPECT_EQ(t.report(), before);
    }
    // A publishable label is no marking to refuse.
    ReturnsSite t;
    t.only_returns({{"priority-1.csv", excel_return("1.1a,OFFICIAL,green,Group met\r\n")}});
    const PortalRun r = t.run("returns 2011-12-q1");
    EXPECT_EQ(r.code, 0) << r.output;
}

// Red team 23 (C01, C02, C03): the quarterly-report tools never print
// withheld words or a withheld plan's name. A return's cell that is not an
// id or a status is named by its place, not quoted (a lead officer may type
// a withheld milestone's title where its id goes); a plan withheld whole is
// not listed among the plans, gives a report withheld whole and no
// returns; a lead officer written with a marking is not printed.
TEST(NewReportReturns, NeverPrintWithheldWordsOrAWithheldPlansName) {
    ReturnsSite t;
    t.only_returns(
        {{"priority-1.csv",
          std::string(kBom) +
              "milestone,title,status,progress,Covert quokka watch\r\nCovert camera watch on "
              "Quokka Close,,Quokka informant paid,Met\r\n"}});
    PortalRun r = t.run("returns 2011-12-q1");
    EXPECT_NE(r.code, 0);
    EXPECT_CONTAINS(r.output, "this cell is not a column of a return");
    EXPECT_LACKS(r.output, "uokka");
    t.only_returns(
        {{"priority-1.csv", excel_return("Covert camera watch on Quokka Close,,,\r\n")}});
    r = t.run("returns 2011-12-q1");
    EXPECT_CONTAINS(r.output, "this cell is not a milestone of the report");
    EXPECT_LACKS(r.output, "uokka");

    TempSite s;
    write_plan(s);
    portal::Json secret = example_plan();
    secret["marking"] = "RESTRICTED";
    secret["priorities"][0]["lead_officer"] = "DS Jane Quokka";
    s.write("data/plans/operation-quokka.json", secret.dump(2));
    r = run_portal(s.root(), "new report no-such-plan 2011-12-q1");
    EXPECT_CONTAINS(r.output, "the plans are 2011-14)");
    EXPECT_LACKS(r.output, "uokka");
    r = run_portal(s.root(), "new report operation-quokka 2011-12-q1 --returns");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_CONTAINS(r.output, "this plan is withheld whole");
    EXPECT_LACKS(r.output, "Jane");
    EXPECT_FALSE(fs::exists(s.root() / "returns"));
    const portal::Json report =
        portal::Json::parse(read_file(s.root() / "data/reports/2011-12-q1.json"));
    EXPECT_EQ(report.value("marking", ""), "RESTRICTED");

    TempSite u;
    portal::Json inline_marking = example_plan();
    inline_marking["priorities"][0]["lead_officer"] = "RESTRICTED: DS Jane Quokka";
    u.write("data/plans/2011-14.json", inline_marking.dump(2));
    r = run_portal(u.root(), "new report 2011-14 2011-12-q1 --returns");
    EXPECT_LACKS(r.output, "uokka");
}
