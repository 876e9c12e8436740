// `portal new report PLAN YEAR-qN` (issue 19, the cycle after each board
// meeting): the next quarter's report written from its plan, which builds at
// once and shows every milestone still to report; never over an existing one.
#include <gtest/gtest.h>

#include "core/json_value.hpp"
#include "leak_check.hpp"
#include "new_site/new_report.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kPlan = R"({"id": "p1", "title": "Plan One",
  "priorities": [
    {"number": 1, "title": "Burglary", "lead_officer": "Insp Public", "actions": [
      {"number": "1.1", "title": "Act", "milestones": [
        {"id": "1.1a", "title": "First milestone"},
        {"id": "1.1b", "title": "Second milestone", "marking": "PROTECT"}]}]},
    {"number": 2, "title": "Youth", "actions": [
      {"number": "2.1", "title": "Act", "milestones": [{"id": "2.1a", "title": "Third"}]}]}]})";

}  // namespace

TEST(NewReport, WritesEveryMilestoneOfThePlanAndBuildsAtOnce) {
    TempSite s;
    s.write("data/plans/p1.json", kPlan);
    portal::Diagnostics diags;
    const std::string written =
        portal::write_new_report(s.root().string(), "p1", "2011-12-q1", diags);
    ASSERT_FALSE(written.empty());
    const portal::Json r =
        portal::Json::parse(read_file(s.root() / "data/reports/2011-12-q1.json"));
    EXPECT_EQ(r["plan"], "p1");
    EXPECT_EQ(r["financial_year"], "2011-12");
    EXPECT_EQ(r["quarter"], 1);
    EXPECT_EQ(r["period"], "April to June 2011");
    ASSERT_EQ(r["priorities"].size(), 2u);
    EXPECT_EQ(r["priorities"][0]["lead_officer"], "Insp Public");
    const portal::Json& ms = r["priorities"][0]["milestones"];
    ASSERT_EQ(ms.size(), 2u);
    EXPECT_EQ(ms[0]["id"], "1.1a");
    EXPECT_EQ(ms[0]["title"], "First milestone");
    EXPECT_EQ(ms[0]["status"], "not-reported");
    // A milestone the plan marks keeps its marking in the report.
    EXPECT_EQ(ms[1]["marking"], "PROTECT");
    // The site builds with it, and the page lists what is still to report.
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string page = s.read_out("reports/2011-12-q1/index.html");
    EXPECT_CONTAINS(page, "First milestone");
    EXPECT_LACKS(page, "Second milestone");
}

TEST(NewReport, NeverWritesOverAReport) {
    TempSite s;
    s.write("data/plans/p1.json", kPlan);
    s.write("data/reports/2011-12-q1.json", "{\"mine\": true}\n");
    portal::Diagnostics diags;
    EXPECT_EQ(portal::write_new_report(s.root().string(), "p1", "2011-12-q1", diags), "");
    ASSERT_EQ(diags.error_count(), 1);
    EXPECT_CONTAINS(diags.all().front().message, "portal never writes over one");
    EXPECT_EQ(read_file(s.root() / "data/reports/2011-12-q1.json"), "{\"mine\": true}\n");
    // Nothing left beside it.
    int files = 0;
    for (const auto& e : fs::directory_iterator(s.root() / "data" / "reports")) (void)e, ++files;
    EXPECT_EQ(files, 1);
}

TEST(NewReport, SaysWhatIsWrongWithThePlanOrTheQuarter) {
    TempSite s;
    s.write("data/plans/p1.json", kPlan);
    for (const auto& [plan, quarter, says] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"p2", "2011-12-q1", "there is no plan 'p2' in data/plans/ (the plans are p1)"},
             {"p1", "2011-13-q1", "is not a quarter: write the financial year and the quarter"},
             {"p1", "2011-12-q5", "is not a quarter"},
             {"p1", "2011-q1", "is not a quarter"}}) {
        portal::Diagnostics diags;
        EXPECT_EQ(portal::write_new_report(s.root().string(), plan, quarter, diags), "");
        ASSERT_EQ(diags.error_count(), 1);
        EXPECT_CONTAINS(diags.all().front().message, says);
    }
    EXPECT_FALSE(fs::exists(s.root() / "data" / "reports"));
}
