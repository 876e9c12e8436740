// The slips an officer makes who writes data the way people write (issue 23):
// each is forgiven where that is safe, or gets one message that names what to
// type instead. JSON syntax slips are in tests/unit/json_syntax_test.cpp and
// errors_test.cpp.
#include <gtest/gtest.h>

#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kPlan = R"({
  "id": "p1",
  "title": "Plan",
  "period": {"from": "2011-04-01", "to": "2014-03-31"},
  "priorities": [
    {"number": 1, "title": "One", "actions": [{"number": "1.1", "title": "A",
      "milestones": [{"id": "1.1a", "title": "M a"}, {"id": "1.1b", "title": "M b"}]}]},
    {"number": 2, "title": "Two", "actions": [{"number": "2.1", "title": "B",
      "milestones": [{"id": "2.1a", "title": "M c"}]}]}
  ]
}
)";

// A report whose first milestone's status is `status` and id `id`.
std::string report(const std::string& status, const std::string& id = "1.1a",
                   const std::string& meeting = "2011-07-25") {
    return R"({
  "plan": "p1",
  "financial_year": "2011-12",
  "quarter": 1,
  "board_meeting": ")" +
           meeting + R"(",
  "priorities": [
    {"number": 1, "milestones": [{"id": ")" +
           id + R"(", "status": ")" + status + R"("}, {"id": "1.1b", "status": "red"}]},
    {"number": 2, "milestones": [{"id": "2.1a", "status": "amber"}]}
  ]
}
)";
}

struct Site : TempSite {
    Site() {
        write("data/plans/p1.json", kPlan);
        write("content/meetings/2011-07-25.md",
              "---\ntitle: Board meeting\ndate: 2011-07-25\n---\nMinutes.\n");
    }
};

void expect_in(const std::string& messages, const std::string& expected) {
    EXPECT_NE(messages.find(expected), std::string::npos) << "expected: " << expected << "\ngot:\n"
                                                          << messages;
}

}  // namespace

TEST(OfficerSlips, StatusWordsCompareAsMarkingLabelsDo) {
    for (const char* written : {"Green", "GREEN ", " green", "Not reported", "NOT_REPORTED"}) {
        Site s;
        s.write("data/reports/2011-12-q1.json", report(written));
        EXPECT_TRUE(s.build().ok) << written << ": " << s.messages();
        EXPECT_EQ(s.diags.warning_count(), 0) << written << ": " << s.messages();
    }
    Site s;
    s.write("data/reports/2011-12-q1.json", report("GREEN "));
    ASSERT_TRUE(s.build().ok) << s.messages();
    // Counted as green on the report's own page, like any "green".
    const std::string page = s.read_out("reports/2011-12-q1/index.html");
    EXPECT_NE(page.find("Green"), std::string::npos);
    EXPECT_EQ(page.find("GREEN "), std::string::npos);
}

TEST(OfficerSlips, AStatusOutsideTheScaleSuggestsTheClosest) {
    Site s;
    s.write("data/reports/2011-12-q1.json", report("gren"));
    EXPECT_FALSE(s.build().ok);
    expect_in(s.messages(),
              "priorities[0].milestones[0].status (priority 1, milestone 1.1a): \"gren\" is not "
              "one of green, amber, red, "
              "not-reported (did you mean green?)");
}

TEST(OfficerSlips, ASplitRatingIsExplained) {
    Site s;
    s.write("data/reports/2011-12-q1.json", report("Amber/Red"));
    EXPECT_FALSE(s.build().ok);
    expect_in(s.messages(),
              "\"Amber/Red\" is not one of green, amber, red, not-reported; a "
              "split rating is not one of them: choose the one word");
    expect_in(s.messages(), "write the split, \"Amber/Red\", in the progress text");
}

TEST(OfficerSlips, AnUnknownMilestoneListsThoseOfItsPriority) {
    Site s;
    s.write("data/reports/2011-12-q1.json", report("green", "1.1c"));
    EXPECT_FALSE(s.build().ok);
    expect_in(s.messages(),
              "milestone \"1.1c\" is not in plan p1; its milestones in priority 1 "
              "are 1.1a, 1.1b");
    // One mistake, one message: 1.1a, which 1.1c most likely meant, is not
    // warned of as left out as well.
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
    // A near miss that can only be one of them is named.
    Site t;
    t.write("data/reports/2011-12-q1.json", report("green", "1,1a"));
    EXPECT_FALSE(t.build().ok);
    expect_in(t.messages(), "milestone \"1,1a\" is not in plan p1 (did you mean \"1.1a\"?)");
}

TEST(OfficerSlips, DatesInUkOrderGetTheirIsoForm) {
    Site s;
    s.write("data/reports/2011-12-q1.json", report("green", "1.1a", "25/07/2011"));
    s.write("content/meetings/2011-07-25.md",
            "---\ntitle: Board meeting\ndate: 25th July 2011\n---\nMinutes.\n");
    EXPECT_FALSE(s.build().ok);
    expect_in(s.messages(),
              "board_meeting: \"25/07/2011\" is not a date written YYYY-MM-DD "
              "(year, month, day), like 2011-07-25 (did you mean 2011-07-25?)");
    expect_in(s.messages(),
              "'date' must be a date written YYYY-MM-DD (year, month, day), like "
              "2011-07-25; found '25th July 2011' (did you mean 2011-07-25?)");
}

TEST(OfficerSlips, AMeetingPageWithABadDateIsOneError) {
    Site s;
    s.remove("content/meetings/2011-07-25.md");
    s.write("content/meetings/2011-07-25.md",
            "---\ntitle: Board meeting\ndate: 25/07/2011\n---\nMinutes.\n");
    s.write("data/reports/2011-12-q1.json", report("green"));
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(s.diags.error_count(), 1) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
}

TEST(OfficerSlips, AnAmountWithACommaNotInQuotesIsExplained) {
    Site s;
    s.write("data/funding/2010-11.json",
            R"({"financial_year": "2010-11", "funds": [{"name": "Fund A"}]})");
    s.write("data/funding/2010-11.csv",
            "project,fund,amount,section,progress,marking\nMediation,Fund A,22,500.00,Grants,x,\n");
    EXPECT_FALSE(s.build().ok);
    expect_in(s.messages(),
              "this row has 7 cells but the first line names 6 columns; an amount "
              "with a comma in it must be in quotes, like \"22,500.00\"");
}

TEST(OfficerSlips, ABoardMeetingWithoutItsPageIsAWarning) {
    Site s;
    s.write("data/reports/2011-12-q1.json", report("green", "1.1a", "2011-07-26"));
    EXPECT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 1) << s.messages();
    expect_in(s.messages(), s.path("data/reports/2011-12-q1.json") +
                                ":5:20: warning: board_meeting: there is no meeting page for "
                                "2011-07-26 (content/meetings/ has pages for 2011-07-25); check "
                                "the date, or add content/meetings/2011-07-26.md");
}

TEST(OfficerSlips, AMenuCopiedFromTheExampleBuildsANewSite) {
    // The example's menu names index pages a new site has no data for yet:
    // each is left out with a warning, and the menu fills in as data comes.
    TempSite s;
    std::string site = kSiteJson;
    site.replace(
        site.find(R"("nav": [{"title": "About", "url": "about/"}])"),
        std::string(R"("nav": [{"title": "About", "url": "about/"}])").size(),
        R"("nav": [{"title": "Plans", "url": "plans/"}, {"title": "About", "url": "about/"}])");
    s.write("site.json", site);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 1) << s.messages();
    expect_in(s.messages(),
              "nav[0].url: \"plans/\" is left out of the menu: portal makes that "
              "page when data/plans/ holds a plan, and this site has none yet");
    const std::string home = s.read_out("about/index.html");
    EXPECT_EQ(home.find("href=\"../plans/\""), std::string::npos) << "a menu link to no page";
    // With a plan, the entry is in the menu.
    s.write("data/plans/p1.json", kPlan);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
    EXPECT_NE(s.read_out("about/index.html").find("plans/"), std::string::npos);
    // An address that is no page at all is still an error, with pages to choose from.
    site.replace(site.find("\"url\": \"plans/\""), 15, "\"url\": \"plan/\"");
    s.write("site.json", site);
    EXPECT_FALSE(s.build().ok);
    expect_in(s.messages(),
              "nav[0].url: \"plan/\" is not a page of the site; give the address "
              "of a page, relative to the site's root, such as");
}

TEST(OfficerSlips, AMilestoneLeftOutOfAReportIsShownAndWarnedOfOnce) {
    Site s;
    // 1.1b is not mentioned at all.
    std::string r = report("green");
    r.replace(r.find(R"(, {"id": "1.1b", "status": "red"})"),
              std::string(R"(, {"id": "1.1b", "status": "red"})").size(), "");
    s.write("data/reports/2011-12-q1.json", r);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 1) << s.messages();
    expect_in(s.messages(),
              "warning: 1 milestone of plan p1 is not in this report: 1.1b; the "
              "page shows it as not in this report. Add it with a status");
    expect_in(s.messages(), "\"not_in_this_report\": [\"1.1b\"]");
    const std::string page = s.read_out("reports/2011-12-q1/index.html");
    expect_in(page,
              "1.1b</a> M b</th><td data-label=\"Status\"><span class=\"status "
              "status-not-in-report\">Not in this report</span>");
    // Counted nowhere: priority 1 has one green and no red.
    expect_in(page,
              "<span class=\"status status-green\">Green</span> 1</li>\n<li><span "
              "class=\"status status-amber\">Amber</span> 0</li>\n<li><span "
              "class=\"status status-red\">Red</span> 0</li>");

    // Said so in the report: no warning, the same page.
    const auto at = r.find("\"priorities\"");
    r.insert(at, "\"not_in_this_report\": [\"1.1b\"],\n  ");
    s.write("data/reports/2011-12-q1.json", r);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
    expect_in(s.read_out("reports/2011-12-q1/index.html"), "Not in this report");
}

TEST(OfficerSlips, NotInThisReportNamesOnlyThePlansUnreportedMilestones) {
    Site s;
    std::string r = report("green");
    r.insert(r.find("\"priorities\""), "\"not_in_this_report\": [\"1.1b\", \"9.9z\"],\n  ");
    s.write("data/reports/2011-12-q1.json", r);
    EXPECT_FALSE(s.build().ok);
    expect_in(s.messages(),
              "not_in_this_report: milestone \"1.1b\" is reported at line 8 of "
              "this report; take it out of one of the two");
    expect_in(s.messages(),
              "not_in_this_report: milestone \"9.9z\" is not in plan p1; its "
              "milestones are 1.1a, 1.1b, 2.1a");
}

TEST(OfficerSlips, AWithheldMilestoneIsNotShownAsLeftOut) {
    // The public report cannot tell a milestone the paper leaves out from one
    // withheld; validate, which sees the board's full report, can.
    Site s;
    std::string r = report("green");
    r.replace(r.find(R"({"id": "1.1b", "status": "red"})"),
              std::string(R"({"id": "1.1b", "status": "red"})").size(),
              R"({"id": "1.1b", "status": "red", "marking": "PROTECT"})");
    s.write("data/reports/2011-12-q1.json", r);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
    EXPECT_EQ(s.read_out("reports/2011-12-q1/index.html").find("Not in this report"),
              std::string::npos);
}
