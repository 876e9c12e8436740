// What validate says about plans, reports, statistics and data files that
// cannot be right: each mistake once, in plain words, at the offending value.
#include <gtest/gtest.h>

#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kPlan = R"({
  "id": "p1",
  "title": "Plan",
  "period": {"from": "2009-04-01", "to": "2012-03-31"},
  "priorities": [
    {"number": 1, "title": "One", "actions": [{"number": "1.1", "title": "A",
      "milestones": [{"id": "1.1a", "title": "M a"}, {"id": "1.1b", "title": "M b"}]}]},
    {"number": 2, "title": "Two", "actions": [{"number": "2.1", "title": "B",
      "milestones": [{"id": "2.1a", "title": "M c"}]}]}
  ]
}
)";

const char* kReport = R"({
  "plan": "p1",
  "financial_year": "2009-10",
  "quarter": 3,
  "board_meeting": "2010-02-02",
  "priorities": [
    {"number": 1, "milestones": [{"id": "1.1a", "status": "green"}, {"id": "1.1b", "status": "red"}]},
    {"number": 2, "milestones": [{"id": "2.1a", "status": "amber"}]}
  ]
}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

// "line:column" of the first `needle` in `text` (1-based, columns in bytes).
std::string at(const std::string& text, const std::string& needle) {
    auto offset = text.find(needle);
    EXPECT_NE(offset, std::string::npos) << needle;
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return std::to_string(line) + ":" + std::to_string(column);
}

class DataChecks : public ::testing::Test {
  protected:
    void SetUp() override {
        s.write("data/plans/p1.json", kPlan);
        s.write("data/reports/2009-10-q3.json", kReport);
    }

    // Builds; expects failure with `message` at `where` in `rel`, and `errors` errors in all.
    void expect_error(const std::string& rel, const std::string& where, const std::string& message,
                      int errors = 1) {
        EXPECT_FALSE(s.build().ok);
        const std::string expected = s.path(rel) + ":" + where + ": error: " + message + "\n";
        EXPECT_NE(s.messages().find(expected), std::string::npos)
            << "expected: " << expected << "got:\n"
            << s.messages();
        EXPECT_EQ(s.diags.error_count(), errors) << s.messages();
    }

    TempSite s;
};

}  // namespace

TEST_F(DataChecks, TheFixtureBuilds) {
    EXPECT_TRUE(s.build().ok) << s.messages();
}

TEST_F(DataChecks, DataFilesInASubfolderAreRefused) {
    s.write("data/reports/older/2009-10-q3.json", kReport);
    s.write("data/plans/old/p1.json", kPlan);
    s.write("data/funding/archive/2010-11.json",
            R"({"financial_year": "2010-11", "funds": [{"name": "Fund"}]})");
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    for (const char* kind :
         {"reports/older/2009-10-q3.json", "plans/old/p1.json", "funding/archive/2010-11.json"}) {
        const std::string folder = std::string(kind).substr(0, std::string(kind).find('/'));
        EXPECT_NE(m.find(s.path("data/" + std::string(kind)) +
                         ": error: data files go directly in data/" + folder +
                         "/, not in a folder inside it"),
                  std::string::npos)
            << kind << "\n"
            << m;
    }
}

TEST_F(DataChecks, TwoReportsForOneQuarter) {
    // Named for Q4 but says Q3: both errors, the second naming both files.
    s.write("data/reports/2009-10-q4.json", kReport);
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    EXPECT_NE(m.find("a report for 2009-10 quarter 3 must be named 2009-10-q3.json"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find(s.path("data/reports/2009-10-q4.json") + ":" + at(kReport, "3,\n") +
                     ": error: two reports for 2009-10 Q3: data/reports/2009-10-q3.json and "
                     "data/reports/2009-10-q4.json"),
              std::string::npos)
        << m;
}

TEST_F(DataChecks, ReportPriorityThatIsNotInThePlan) {
    const std::string r = replaced(kReport, "{\"number\": 2,", "{\"number\": 9,");
    s.write("data/reports/2009-10-q3.json", r);
    // Its milestone 2.1a is not checked against priority 9: one error, not two.
    expect_error(
        "data/reports/2009-10-q3.json", at(r, "9, \"milestones\""),
        "priorities[1].number (priority 9): plan p1 has no priority 9 (its priorities are 1, 2)");
}

TEST_F(DataChecks, MilestoneReportedUnderAnotherPriority) {
    const std::string r = replaced(kReport, "{\"id\": \"2.1a\"", "{\"id\": \"1.1b\"");
    const std::string r2 = replaced(r, ", {\"id\": \"1.1b\", \"status\": \"red\"}", "");
    s.write("data/reports/2009-10-q3.json", r2);
    expect_error("data/reports/2009-10-q3.json", at(r2, "\"1.1b\""),
                 "priorities[1].milestones[0].id (priority 2, milestone 1.1b): milestone \"1.1b\" "
                 "belongs to priority 1 of "
                 "plan p1, not priority 2; report it under priority 1");
}

TEST_F(DataChecks, MilestoneTwiceInOneReport) {
    const std::string r = replaced(kReport, "{\"id\": \"2.1a\"", "{\"id\": \"1.1a\"");
    s.write("data/reports/2009-10-q3.json", r);
    expect_error("data/reports/2009-10-q3.json", at(r, "\"1.1a\", \"status\": \"amber\""),
                 "priorities[1].milestones[0].id (priority 2, milestone 1.1a): milestone \"1.1a\" "
                 "is already reported at line "
                 "7 of this report; report each milestone once");
}

TEST_F(DataChecks, PriorityTwiceInOneReport) {
    const std::string r = replaced(
        kReport, "{\"number\": 2, \"milestones\": [{\"id\": \"2.1a\", \"status\": \"amber\"}]}",
        "{\"number\": 1}");
    s.write("data/reports/2009-10-q3.json", r);
    expect_error(
        "data/reports/2009-10-q3.json", at(r, "1}"),
        "priorities[1].number (priority 1): priority 1 is already reported at line 7 of this "
        "report; report each priority once");
}

TEST_F(DataChecks, DuplicatePriorityNumbersInAPlan) {
    const std::string p = replaced(kPlan, "{\"number\": 2,", "{\"number\": 1,");
    s.write("data/plans/p1.json", p);
    // The reports are not checked against a plan whose numbers clash: one error.
    expect_error("data/plans/p1.json", at(p, "1, \"title\": \"Two\""),
                 "priorities[1].number (priority 1 “Two”): priority 1 appears twice in this plan "
                 "(first at line "
                 "6); give each priority its own number");
}

TEST_F(DataChecks, MilestoneIdsThatWouldShareAnAnchor) {
    for (const char* other : {"1.1A", "1-1a", "1.1a"}) {
        const std::string p =
            replaced(kPlan, "\"id\": \"1.1b\"", "\"id\": \"" + std::string(other) + "\"");
        s.write("data/plans/p1.json", p);
        const std::string where = at(p, "\"" + std::string(other) + "\", \"title\": \"M b\"");
        if (std::string(other) == "1.1a")
            expect_error("data/plans/p1.json", where,
                         "priorities[0].actions[0].milestones[1].id (priority 1 “One”, action 1.1, "
                         "milestone 1.1a): milestone id \"1.1a\" is "
                         "used twice in this plan (first at line 7)");
        else
            expect_error("data/plans/p1.json", where,
                         "priorities[0].actions[0].milestones[1].id (priority 1 “One”, action "
                         "1.1, milestone " +
                             std::string(other) + "): milestone id \"" + std::string(other) +
                             "\" differs from \"1.1a\" (line 7) only in capitals or punctuation, "
                             "so both would have the same web address (#m-1-1a); make the ids "
                             "differ in their letters or digits");
    }
}

TEST_F(DataChecks, DatesMustBeOnTheCalendar) {
    const std::string r = replaced(kReport, "2010-02-02", "2010-02-29");
    s.write("data/reports/2009-10-q3.json", r);
    const std::string p = replaced(kPlan, "2009-04-01", "2009-13-45");
    s.write("data/plans/p1.json", p);
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    EXPECT_NE(m.find(s.path("data/reports/2009-10-q3.json") + ":" + at(r, "\"2010-02-29\"") +
                     ": error: board_meeting: \"2010-02-29\" is not a real date: February 2010 "
                     "has 28 days"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find(s.path("data/plans/p1.json") + ":" + at(p, "\"2009-13-45\"") +
                     ": error: period.from: \"2009-13-45\" is not a real date: there is no month "
                     "13"),
              std::string::npos)
        << m;
    EXPECT_EQ(s.diags.error_count(), 2) << m;
}

TEST_F(DataChecks, APlanEndsAfterItStarts) {
    const std::string p = replaced(kPlan, "2012-03-31", "2009-03-31");
    s.write("data/plans/p1.json", p);
    expect_error("data/plans/p1.json", at(p, "\"2009-03-31\""),
                 "period.to: 2009-03-31 is before period.from (2009-04-01); a plan must end after "
                 "it starts");
}

TEST_F(DataChecks, UnknownKeyPointsAtTheKeyAndSuggestsTheNearest) {
    const std::string r = replaced(replaced(kReport, "\"financial_year\"", "\"finacial_year\""),
                                   "{\"id\": \"2.1a\", \"status\": \"amber\"}",
                                   "{\"id\": \"2.1a\", \"status\": \"amber\", \"progres\": \"x\"}");
    s.write("data/reports/2009-10-q3.json", r);
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    // No "missing financial_year" as well: the misspelling explains it.
    EXPECT_NE(m.find(s.path("data/reports/2009-10-q3.json") + ":" + at(r, "\"2009-10\"") +
                     ": error: unknown key 'finacial_year' (did you mean 'financial_year'?)\n"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find(s.path("data/reports/2009-10-q3.json") + ":" + at(r, "\"x\"") +
                     ": error: priorities[1].milestones[0] (priority 2, milestone 2.1a): unknown "
                     "key 'progres' (did you mean "
                     "'progress'?)\n"),
              std::string::npos)
        << m;
    EXPECT_EQ(s.diags.error_count(), 2) << m;
}

TEST_F(DataChecks, UnknownKeyFarFromAnyNamesTheKeysAllowed) {
    const std::string r = replaced(kReport, "{\"id\": \"2.1a\", \"status\": \"amber\"}",
                                   "{\"id\": \"2.1a\", \"status\": \"amber\", \"owner\": \"x\"}");
    s.write("data/reports/2009-10-q3.json", r);
    expect_error("data/reports/2009-10-q3.json", at(r, "\"x\""),
                 "priorities[1].milestones[0] (priority 2, milestone 2.1a): unknown key 'owner' "
                 "(the keys allowed here are id, title, status, progress)");
}

TEST_F(DataChecks, APlanWithErrorsIsNotAlsoMissing) {
    const std::string p = replaced(kPlan, "{\"number\": 2,", "{\"number\": \"2\",");
    s.write("data/plans/p1.json", p);
    s.write("data/reports/2009-10-q2.json", replaced(kReport, "\"quarter\": 3", "\"quarter\": 2"));
    expect_error(
        "data/plans/p1.json", at(p, "\"2\""),
        "priorities[1].number (priority 2 “Two”): expected a whole number, found text \"2\"");
    EXPECT_EQ(s.messages().find("there is no plan"), std::string::npos) << s.messages();
}

TEST_F(DataChecks, AFundingYearWithErrorsIsNotAlsoAMissingPaper) {
    const std::string f =
        R"({"financial_year": "2010-11", "funds": [{"name": "Fund", "avialable": "10.00"}]})";
    s.write("data/funding/2010-11.json", f);
    s.write("data/funding/2010-11.csv", "project,fund,amount\nThing,Fund,5.00\n");
    s.write("content/meetings/2011-02-01.md",
            "---\ntitle: Board meeting\ndate: 2011-02-01\nlayout: meeting\npapers:\n"
            "  - funding: 2010-11\n  - report: 2009-10-q3\n---\nAgenda.\n");
    expect_error("data/funding/2010-11.json", at(f, "\"10.00\""),
                 "funds[0]: unknown key 'avialable' (did you mean 'available'?)");
    EXPECT_EQ(s.messages().find("does not exist"), std::string::npos) << s.messages();
}

TEST_F(DataChecks, SchemaMessagesAreInPlainEnglish) {
    const std::string r = replaced(
        replaced(kReport, "\"quarter\": 3", "\"quarter\": 3.5"),
        "{\"number\": 2, \"milestones\": [{\"id\": \"2.1a\", \"status\": \"amber\"}]}",
        "{\"number\": 2, \"statistics\": [{\"title\": \"T\", \"values\": {\"Cases\": \"12\"}}]}");
    s.write("data/reports/2009-10-q3.json", r);
    s.write("data/reports/2009-10-q2.json",
            replaced(replaced(kReport, "\"quarter\": 3", "\"quarter\": 2"),
                     R"([
    {"number": 1, "milestones": [{"id": "1.1a", "status": "green"}, {"id": "1.1b", "status": "red"}]},
    {"number": 2, "milestones": [{"id": "2.1a", "status": "amber"}]}
  ])",
                     "[]"));
    const std::string st =
        R"({"title": "S", "categories": [], "series": [{"name": "a", "values": []}]})";
    s.write("data/statistics/s.json", st);
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    const std::vector<std::string> messages = {
        "quarter: must be a whole number, found 3.5",
        "priorities[1].statistics[0].values.“Cases” (priority 2, statistic 1 “T”): expected a "
        "number "
        "or null (a missing "
        "figure), found text \"12\"",
        "2009-10-q2.json:6:17: error: priorities: must have at least one item",
        "s.json:" + at(st, "[]") + ": error: categories: must have at least one item"};
    for (const auto& expected : messages)
        EXPECT_NE(m.find(expected), std::string::npos) << expected << "\n" << m;
    for (const char* raw :
         {"[\"number\",\"null\"]", "elements", "found a number\n", "'.", "should contain"})
        EXPECT_EQ(m.find(raw), std::string::npos) << raw << "\n" << m;
}

TEST_F(DataChecks, AFinancialYearThatIsNotOneIsOneError) {
    const std::string r = replaced(kReport, "\"2009-10\"", "\"2009-11\"");
    s.write("data/reports/2009-10-q3.json", r);
    expect_error("data/reports/2009-10-q3.json", at(r, "\"2009-11\""),
                 "financial_year: \"2009-11\" is not a financial year: it runs from one year "
                 "into the next, written like 2010-11");
    EXPECT_EQ(s.messages().find("must be named"), std::string::npos) << s.messages();
}

TEST_F(DataChecks, MissingKeyInPlainWords) {
    const std::string r =
        replaced(kReport, "{\"id\": \"2.1a\", \"status\": \"amber\"}", "{\"id\": \"2.1a\"}");
    s.write("data/reports/2009-10-q3.json", r);
    expect_error("data/reports/2009-10-q3.json", at(r, "{\"id\": \"2.1a\"}"),
                 "priorities[1].milestones[0] (priority 2, milestone 2.1a): 'status' is missing; "
                 "it is required here, as this report's scale is red-amber-green: give red, amber "
                 "or green, or not-reported when the paper gives none");
}

// A doughnut with several series is drawn as one ring per series (chart.cpp),
// each named in the figure; it is not an error.
TEST_F(DataChecks, ADoughnutWithSeveralSeriesIsDrawnAsRings) {
    s.write("data/statistics/s.json",
            R"({"title": "S", "chart": "doughnut", "categories": ["a", "b"],
  "series": [{"name": "x", "values": [1, 2]}, {"name": "y", "values": [3, 4]}]})");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    const std::string page = s.read_out("statistics/s/index.html");
    EXPECT_NE(page.find("Outer ring: x. Inner ring: y."), std::string::npos) << page;
}
