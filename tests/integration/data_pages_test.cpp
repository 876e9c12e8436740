// Plans, quarterly reports, milestone histories and statistics, end to end.
#include <gtest/gtest.h>

#include "data_site.hpp"
#include "model/data_set.hpp"
#include "model/report_views.hpp"
#include "model/statistics_views.hpp"
#include "public_fixtures.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kPlan = R"({
  "id": "2009-12", "title": "Rolling Plan", "period": {"from": "2009-04-01", "to": "2012-03-31"},
  "priorities": [
    {"number": 1, "title": "Reduce anti-social behaviour", "why": "Because **residents** said so.",
     "lead_officer": "Insp Example",
     "actions": [{"number": "1.1", "title": "Task group", "lead_agency": ["Police"], "partners": ["SCDC"],
       "milestones": [
         {"id": "1.1a", "title": "Meet monthly", "measurement": "yes or no"},
         {"id": "1.1b", "title": "Problem solving"},
         {"id": "1.1c", "title": "Revised strategy"},
         {"id": "1.1d", "title": "Family support"}]}]}
  ]})";

std::string report(const std::string& fy, int q, const std::string& statuses) {
    // statuses: four letters for 1.1a..1.1d: g a r n (not reported), x (not in the report)
    std::string ms;
    const char* ids[] = {"1.1a", "1.1b", "1.1c", "1.1d"};
    for (int i = 0; i < 4; ++i) {
        if (statuses[static_cast<std::size_t>(i)] == 'x') continue;
        std::string st = statuses[static_cast<std::size_t>(i)] == 'g'   ? "green"
                         : statuses[static_cast<std::size_t>(i)] == 'a' ? "amber"
                         : statuses[static_cast<std::size_t>(i)] == 'r' ? "red"
                                                                        : "not-reported";
        ms += std::string(ms.empty() ? "" : ",") + R"({"id": ")" + ids[i] + R"(", "status": ")" +
              st + R"(", "progress": "Progress )" + ids[i] + " q" + std::to_string(q) + R"("})";
    }
    return R"({"plan": "2009-12", "financial_year": ")" + fy + R"(", "quarter": )" +
           std::to_string(q) +
           R"(, "period": "A quarter", "priorities": [{"number": 1, "lead_officer": "Insp Example",
           "achievements": ["Did a thing"], "concerns": ["A worry"],
           "statistics": [{"title": "Referrals", "period": "Q)" +
           std::to_string(q) +
           R"(", "values": {"Individuals": 4, "Areas": null}}],
           "narrative": "## Commentary heading\n\nText with [a link](https://example.org).",
           "milestones": [)" +
           ms + "]}]}";
}

void write_data_site(TempSite& s) {
    s.write("data/plans/2009-12.json", kPlan);
    s.write("data/reports/2009-10-q2.json", report("2009-10", 2, "grna"));
    s.write("data/reports/2009-10-q3.json", report("2009-10", 3, "garg"));
    s.write("data/statistics/idvas.json",
            R"({"title": "IDVAS caseload", "source": "Research Team", "unit": "cases",
      "chart": "bar", "categories": ["Q1", "Q2"], "series": [{"name": "South Cambs", "values": [46, null]}]})");
}

}  // namespace

TEST(DataPages, ReportShowsCountsChangeAndStatusWords) {
    TempSite s;
    write_data_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string q3 = s.read_out("reports/2009-10-q3/index.html");
    // 1.1a green -> green: unchanged; 1.1b red -> amber: improved; 1.1c n -> red: new; 1.1d amber
    // -> green: improved.
    EXPECT_NE(
        q3.find("Meet monthly</th><td data-label=\"Status\"><span class=\"status "
                "status-green\">Green</span>\n</td><td data-label=\"Change (computed)\">unchanged"),
        std::string::npos)
        << q3;
    EXPECT_NE(
        q3.find("Problem solving</th><td data-label=\"Status\"><span class=\"status "
                "status-amber\">Amber</span>\n</td><td data-label=\"Change (computed)\">improved"),
        std::string::npos);
    EXPECT_NE(q3.find("Revised strategy</th><td data-label=\"Status\"><span class=\"status "
                      "status-red\">Red</span>\n</td><td data-label=\"Change (computed)\">new"),
              std::string::npos);
    // Counts: 2 green, 1 amber, 1 red, 0 not reported.
    EXPECT_NE(q3.find("<span class=\"status status-green\">Green</span> 2</li>"),
              std::string::npos);
    EXPECT_NE(q3.find("<span class=\"status status-amber\">Amber</span> 1</li>"),
              std::string::npos);
    EXPECT_NE(q3.find("<span class=\"status status-red\">Red</span> 1</li>"), std::string::npos);
    EXPECT_NE(q3.find("<span class=\"status status-not-reported\">Not reported</span> 0</li>"),
              std::string::npos);
    // Lists, statistics with a missing figure, narrative through the Markdown renderer.
    EXPECT_NE(q3.find("<li>Did a thing</li>"), std::string::npos);
    EXPECT_NE(q3.find("<th scope=\"row\">Areas</th><td class=\"num\">not available</td>"),
              std::string::npos);
    EXPECT_NE(q3.find("<h2 id=\"commentary-heading\">Commentary heading</h2>"), std::string::npos);
    EXPECT_NE(q3.find("<a href=\"https://example.org\">a link</a>"), std::string::npos);
    EXPECT_NE(q3.find("<figure class=\"chart\""), std::string::npos);
}

TEST(DataPages, PlanShowsLatestStatusAndLinksToHistory) {
    TempSite s;
    write_data_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string plan = s.read_out("plans/2009-12/index.html");
    EXPECT_NE(plan.find("<strong>residents</strong>"), std::string::npos);
    EXPECT_NE(plan.find("<a href=\"../../milestones/2009-12/index.html#m-1-1c\">1.1c</a> Revised "
                        "strategy <span class=\"status status-red\">Red</span>"),
              std::string::npos)
        << plan;
    std::string hist = s.read_out("milestones/2009-12/index.html");
    EXPECT_NE(hist.find("<h3 id=\"m-1-1b\">1.1b Problem solving</h3>"), std::string::npos);
    // 1.1b's history: Q2 red then Q3 amber, each with its own progress.
    auto at = hist.find("id=\"m-1-1b\"");
    auto q2 = hist.find("Progress 1.1b q2", at);
    auto q3 = hist.find("Progress 1.1b q3", at);
    EXPECT_NE(q2, std::string::npos);
    EXPECT_NE(q3, std::string::npos);
    EXPECT_LT(q2, q3);
}

TEST(DataPages, IndexesAndStatistics) {
    TempSite s;
    write_data_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_TRUE(s.out_exists("reports/index.html"));
    EXPECT_TRUE(s.out_exists("plans/index.html"));
    EXPECT_TRUE(s.out_exists("statistics/index.html"));
    std::string st = s.read_out("statistics/idvas/index.html");
    EXPECT_NE(st.find("<dt>Source</dt><dd>Research Team</dd>"), std::string::npos);
    EXPECT_NE(st.find("<th scope=\"row\">Q2</th><td class=\"num\">not available</td>"),
              std::string::npos);
    std::string idx = s.read_out("reports/index.html");
    auto list = idx.find("class=\"card-list\"");
    EXPECT_LT(idx.find("2009-10 Q3", list),
              idx.find("2009-10 Q2", list));  // newest first in the list
}

TEST(DataPages, SchemaErrorsNameFileLineColumnAndPath) {
    TempSite s;
    write_data_site(s);
    std::string bad = report("2009-10", 3, "garg");
    bad.replace(bad.find("\"status\": \"green\""), 17, "\"status\": \"Grene\"");
    s.write("data/reports/2009-10-q3.json", bad);
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find(s.path("data/reports/2009-10-q3.json") +
                                ":5:52: error: priorities[0].milestones[0].status (priority 1, "
                                "milestone 1.1a): \"Grene\" is "
                                "not one of green, amber, red, not-reported"),
              std::string::npos)
        << s.messages();
}

TEST(DataPages, ReferenceErrors) {
    TempSite s;
    write_data_site(s);
    std::string r = report("2009-10", 4, "gggg");
    r.replace(r.find("\"1.1d\""), 6, "\"9.9z\"");
    s.write("data/reports/2009-10-q4.json", r);
    std::string other = report("2009-10", 1, "gggg");
    const std::string plan_key = "\"plan\": \"2009-12\"";
    other.replace(other.find(plan_key), plan_key.size(), "\"plan\": \"nope\"");
    s.write("data/reports/2009-10-q1.json", other);
    s.write("data/reports/2010-11-q2.json", report("2009-10", 2, "gggg"));  // says Q2 2009-10
    s.write("data/reports/2010-11-q5.json", report("2010-11", 5, "gggg"));
    s.write(
        "data/statistics/short.json",
        R"({"title": "x", "categories": ["a", "b"], "series": [{"name": "s", "values": [1]}]})");
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    EXPECT_NE(m.find("2009-10-q4.json:5:232: error: "), std::string::npos) << m;
    EXPECT_NE(m.find("priorities[0].milestones[3].id (priority 1, milestone 9.9z): milestone "
                     "\"9.9z\" is not in plan 2009-12"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("2009-10-q1.json:1:10: error: plan: there is no plan \"nope\""),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("a report for 2009-10 quarter 2 must be named 2009-10-q2.json"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("2010-11-q5.json:1:61: error: quarter: 5 is more than the largest allowed, 4"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("short.json:1:77: error: series[0].values: 1 values for 2 categories"),
              std::string::npos)
        << m;
}

TEST(DataPages, HostileStringsAreEscapedEverywhere) {
    TempSite s;
    const std::string evil = "<script>alert(1)</script>";
    std::string plan = kPlan;
    plan.replace(plan.find("Reduce anti-social behaviour"), 28, evil + " & \\\"q\\\"");
    plan.replace(plan.find("Meet monthly"), 12, "<img src=x onerror=alert(1)>");
    plan.replace(plan.find("\"measurement\": \"yes or no\""), 26,
                 "\"measurement\": \"<b>m</b>\", \"source\": \"<b>s</b>\"");
    s.write("data/plans/2009-12.json", plan);
    std::string r = report("2009-10", 2, "grna");
    r.replace(r.find("Did a thing"), 11, evil);
    r.replace(r.find("\"Individuals\""), 13, "\"</script><b>x</b>\"");
    r.insert(r.size() - 1, R"(, "sections": [{"title": "<b>t</b>", "narrative": "<b>n</b>"}])");
    s.write("data/reports/2009-10-q2.json", r);
    s.write("data/statistics/evil.json",
            R"({"title": "</script><script>alert(2)</script>", "source": "<b>s</b>",
      "categories": ["<i>c</i>"], "series": [{"name": "<u>n</u>", "values": [1]}]})");
    ASSERT_TRUE(s.build().ok) << s.messages();
    for (auto& e : fs::recursive_directory_iterator(s.out())) {
        if (e.path().extension() != ".html") continue;
        std::string html = s.read_out(e.path().lexically_relative(s.out()).string());
        EXPECT_EQ(html.find("<script>alert"), std::string::npos) << e.path();
        EXPECT_EQ(html.find("<img src=x"), std::string::npos) << e.path();
        EXPECT_EQ(html.find("<b>"), std::string::npos) << e.path();
        EXPECT_EQ(html.find("<i>c"), std::string::npos) << e.path();
        EXPECT_EQ(html.find("<u>n"), std::string::npos) << e.path();
    }
    EXPECT_NE(s.read_out("plans/2009-12/index.html")
                  .find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"),
              std::string::npos);
}

TEST(DataPages, ReportEntriesForAWithheldMilestoneAreWithheldToo) {
    TempSite s;
    write_data_site(s);
    std::string plan = kPlan;
    const std::string m = "{\"id\": \"1.1c\", \"title\": \"Revised strategy\"}";
    plan.replace(plan.find(m), m.size(),
                 "{\"id\": \"1.1c\", \"title\": \"Revised strategy\", \"marking\": \"PROTECT\"}");
    s.write("data/plans/2009-12.json", plan);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string q3 = s.read_out("reports/2009-10-q3/index.html");
    EXPECT_EQ(q3.find("1.1c"), std::string::npos);
    EXPECT_EQ(q3.find("Progress 1.1c"), std::string::npos);
    // Counts are of public milestones only: 1.1c's red is gone.
    EXPECT_NE(q3.find("<span class=\"status status-red\">Red</span> 0</li>"), std::string::npos);
}

namespace {}  // namespace

TEST(DataPages, ChangeIsAgainstTheLastQuarterThatGaveAStatus) {
    TempSite s;
    s.write("data/plans/2009-12.json", kPlan);
    s.write("data/reports/2009-10-q1.json", report("2009-10", 1, "ggna"));
    s.write("data/reports/2009-10-q2.json", report("2009-10", 2, "nxng"));
    s.write("data/reports/2009-10-q3.json", report("2009-10", 3, "rgar"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string q3 = s.read_out("reports/2009-10-q3/index.html");
    // Green in Q1, not reported in Q2: compared with Q1, and Q1 is named.
    EXPECT_EQ(change_of(q3, "Meet monthly"), "worse than 2009-10 Q1");
    // Not in the Q2 report at all: the same.
    EXPECT_EQ(change_of(q3, "Problem solving"), "unchanged since 2009-10 Q1");
    // Never given a status before: new.
    EXPECT_EQ(change_of(q3, "Revised strategy"), "new");
    // Compared with the quarter just before: no quarter named.
    EXPECT_EQ(change_of(q3, "Family support"), "worse");
    EXPECT_EQ(change_of(s.read_out("reports/2009-10-q2/index.html"), "Meet monthly"),
              "not reported");
    // The history shows the change in every quarter too.
    const std::string hist = s.read_out("milestones/2009-12/index.html");
    EXPECT_NE(hist.find("<td data-label=\"Change (computed)\">worse than 2009-10 Q1</td>"),
              std::string::npos);
    EXPECT_NE(
        s.read_out("data/reports/milestones-2009-10-q3.csv")
            .find("1.1a,Meet monthly,red-amber-green,red,Progress 1.1a q3,worse than 2009-10 Q1"),
        std::string::npos);
}

TEST(DataPages, AQuarterWithNoReportIsNamedAndYearsJoinUp) {
    TempSite s;
    s.write("data/plans/2009-12.json", kPlan);
    s.write("data/reports/2009-10-q1.json", report("2009-10", 1, "gggg"));
    s.write("data/reports/2009-10-q3.json", report("2009-10", 3, "rggg"));
    s.write("data/reports/2009-10-q4.json", report("2009-10", 4, "rggg"));
    s.write("data/reports/2010-11-q1.json", report("2010-11", 1, "gggg"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string q3 = s.read_out("reports/2009-10-q3/index.html");
    EXPECT_EQ(change_of(q3, "Meet monthly"), "worse than 2009-10 Q1");
    EXPECT_EQ(change_of(q3, "Problem solving"), "unchanged since 2009-10 Q1");
    EXPECT_EQ(change_of(s.read_out("reports/2010-11-q1/index.html"), "Meet monthly"),
              "improved");  // 2009-10 Q4 is the quarter before 2010-11 Q1
}

TEST(DataPages, PlanPageSaysWhenEachStatusWasGivenAndLinksToItsReports) {
    TempSite s;
    std::string plan = kPlan;
    plan.replace(plan.find("\"measurement\": \"yes or no\""), 26,
                 "\"measurement\": \"yes or no\", \"source\": \"ASB Caseworker\"");
    s.write("data/plans/2009-12.json", plan);
    s.write("data/reports/2009-10-q1.json", report("2009-10", 1, "gggg"));
    std::string q2 = report("2009-10", 2, "xrgg");
    q2.replace(q2.find("\"period\""), 8, "\"board_meeting\": \"2009-11-03\", \"period\"");
    s.write("data/reports/2009-10-q2.json", q2);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string page = s.read_out("plans/2009-12/index.html");
    auto m1 = page.find("#m-1-1a\">1.1a</a>");
    ASSERT_NE(m1, std::string::npos) << page;
    // 1.1a was last reported in Q1; 1.1b in Q2.
    auto q1_link =
        page.find("(<a href=\"../../reports/2009-10-q1/index.html\">2009-10 Q1</a>)", m1);
    EXPECT_LT(q1_link, page.find("#m-1-1b\"", m1)) << page;
    EXPECT_NE(page.find("<span class=\"status status-red\">Red</span>\n <span class=\"meta\">(<a "
                        "href=\"../../reports/2009-10-q2/index.html\">2009-10 Q2</a>)</span>"),
              std::string::npos)
        << page;
    EXPECT_NE(page.find("Measured by: yes or no</span><br><span class=\"meta\">Source: ASB "
                        "Caseworker</span>"),
              std::string::npos);
    EXPECT_NE(page.find("From <time datetime=\"2009-04-01\">1 April 2009</time> to <time "
                        "datetime=\"2012-03-31\">31 March 2012</time>"),
              std::string::npos);
    auto reports = page.find("<h2 id=\"reports\">Performance reports on this plan</h2>");
    ASSERT_NE(reports, std::string::npos) << page;
    EXPECT_LT(page.find("<a href=\"../../reports/2009-10-q2/index.html\">Performance report "
                        "2009-10 Q2</a>",
                        reports),
              page.find("<a href=\"../../reports/2009-10-q1/index.html\">Performance report "
                        "2009-10 Q1</a>",
                        reports));  // newest first
    EXPECT_NE(s.read_out("reports/2009-10-q2/index.html")
                  .find("Presented to the board on <time datetime=\"2009-11-03\">3 November "
                        "2009</time>"),
              std::string::npos);
    EXPECT_NE(s.read_out("milestones/2009-12/index.html")
                  .find("Latest status: <span class=\"status status-green\">Green</span>\n <span "
                        "class=\"meta\">(2009-10 Q1)</span>"),
              std::string::npos);
}

TEST(DataPages, APriorityWithNoMilestonesSaysSo) {
    TempSite s;
    s.write("data/plans/2009-12.json", kPlan);
    s.write("data/reports/2009-10-q1.json",
            R"({"plan": "2009-12", "financial_year": "2009-10", "quarter": 1,
      "priorities": [{"number": 1, "achievements": ["Met"]}]})");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string q1 = s.read_out("reports/2009-10-q1/index.html");
    EXPECT_NE(q1.find("<p>No milestones were reported for this priority.</p>"), std::string::npos);
    EXPECT_EQ(q1.find("<caption>Milestones of priority 1"), std::string::npos) << q1;
}

TEST(DataPages, ReportSectionsFollowThePriorities) {
    TempSite s;
    write_data_site(s);
    std::string r = report("2009-10", 3, "garg");
    r.insert(
        r.size() - 1,
        R"(, "sections": [{"title": "Update from the DAAT", "narrative": "Treatment is **up**."}])");
    s.write("data/reports/2009-10-q3.json", r);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string q3 = s.read_out("reports/2009-10-q3/index.html");
    auto section = q3.find("<h2 id=\"section-update-from-the-daat\">Update from the DAAT</h2>");
    ASSERT_NE(section, std::string::npos) << q3;
    EXPECT_LT(q3.find("<h2 id=\"priority-1\">"), section);
    EXPECT_NE(q3.find("Treatment is <strong>up</strong>.", section), std::string::npos);
    EXPECT_NE(q3.find("<a href=\"#section-update-from-the-daat\">Update from the DAAT</a>"),
              std::string::npos);
}

TEST(DataPages, AMeetingWhosePaperIsWithheldSaysSo) {
    TempSite s;
    write_data_site(s);
    s.write("data/plans/p2.json", R"({"marking": "PROTECT", "id": "p2", "title": "Hidden plan",
  "priorities": [{"number": 1, "title": "P",
    "actions": [{"number": "1.1", "title": "A", "milestones": [{"id": "x1", "title": "X"}]}]}]})");
    s.write("content/meetings/2010-02-02.md",
            "---\ntitle: Board meeting\ndate: 2010-02-02\nlayout: meeting\npapers:\n"
            "  - report: 2009-10-q3\n  - plan: p2\n---\nAgenda.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string page = s.read_out("meetings/2010-02-02/index.html");
    EXPECT_NE(page.find("class=\"notice\""), std::string::npos) << page;
    EXPECT_NE(page.find("Performance report 2009-10 Q3</a>"), std::string::npos);
    EXPECT_EQ(page.find("Hidden plan"), std::string::npos);
}

TEST(DataPages, EveryDataPageOffersItsDataForDownload) {
    TempSite s;
    write_data_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::pair<const char*, const char*> pages[] = {
        {"reports/2009-10-q3/index.html", "../../data/reports/statistics-2009-10-q3.csv"},
        {"reports/index.html", "../data/reports/milestone-trend.csv"},
        {"plans/2009-12/index.html", "../../data/plans/2009-12.csv"},
        {"milestones/2009-12/index.html", "../../data/milestones/2009-12.csv"}};
    for (const auto& [page, csv] : pages) {
        const std::string html = s.read_out(page);
        EXPECT_NE(html.find("<h2 id=\"download\">Download this data</h2>"), std::string::npos)
            << page;
        EXPECT_NE(html.find(std::string("<a href=\"") + csv + "\">"), std::string::npos)
            << page << "\n"
            << html;
    }
    // The figures a report quotes; a missing figure is an empty cell.
    const std::string stats = s.read_out("data/reports/statistics-2009-10-q3.csv");
    EXPECT_NE(stats.find("plan,financial_year,quarter,priority,statistic,period,measure,value\r\n"
                         "2009-12,2009-10,3,1,Referrals,Q3,Individuals,4\r\n"
                         "2009-12,2009-10,3,1,Referrals,Q3,Areas,\r\n"),
              std::string::npos)
        << stats;
    EXPECT_NE(s.read_out("data/reports/milestone-trend.csv")
                  .find("financial_year,quarter,plan,scale,status,milestones\r\n"
                        "2009-10,2,2009-12,red-amber-green,green,1\r\n"
                        "2009-10,2,2009-12,red-amber-green,amber,1\r\n"
                        "2009-10,2,2009-12,red-amber-green,red,1\r\n"
                        "2009-10,2,2009-12,red-amber-green,not-reported,1\r\n"
                        "2009-10,3,2009-12,red-amber-green,green,2\r\n"
                        "2009-10,3,2009-12,red-amber-green,amber,1\r\n"
                        "2009-10,3,2009-12,red-amber-green,red,1\r\n"
                        "2009-10,3,2009-12,red-amber-green,not-reported,0\r\n"),
              std::string::npos);
    EXPECT_NE(s.read_out("data/plans/2009-12.csv")
                  .find("1,Reduce anti-social behaviour,1.1,Task group,1.1a,Meet monthly,yes or "
                        "no,,Police,SCDC,red-amber-green,green,2009-10 Q3\r\n"),
              std::string::npos)
        << s.read_out("data/plans/2009-12.csv");
    EXPECT_NE(
        s.read_out("data/milestones/2009-12.csv")
            .find("1,1.1,1.1b,Problem solving,2009-10,3,red-amber-green,amber,Progress 1.1b q3,"
                  "improved\r\n"),
        std::string::npos)
        << s.read_out("data/milestones/2009-12.csv");
    const std::string catalogue = s.read_out("data/index.html");
    for (const char* title :
         {"Statistics in Performance report 2009-10 Q3", "Milestones by status in each quarter",
          "Action plan: Rolling Plan", "Milestone history: Rolling Plan"})
        EXPECT_NE(catalogue.find(title), std::string::npos) << title;
}

TEST(DataPagesModel, WithheldFiguresAndLabelsShowAsWithheld) {
    // Redaction leaves a withheld item of a positional array as null and lists it.
    const auto data = portal::testing::public_data({{"statistics/x.json", R"({"title": "T",
      "categories": ["Q1", {"value": "Q2", "marking": "PROTECT"}, "Q3"],
      "series": [{"name": "S", "values": [1, null, {"value": 7, "marking": "PROTECT"}]}]})"}});
    ASSERT_EQ(data.size(), 1u);
    const portal::PublicData& d = data[0];
    EXPECT_EQ(d.withheld, (std::set<std::string>{"/categories/1", "/series/0/values/2"}));
    const portal::Json chart = portal::dataset_chart("x", d);
    EXPECT_EQ(chart["categories"], portal::Json::parse(R"(["Q1", "Withheld", "Q3"])"));
    EXPECT_EQ(chart["series"][0]["values"], portal::Json::parse("[1, null, null]"));
    EXPECT_EQ(chart["series"][0]["withheld"], portal::Json::parse("[2]"));
    const portal::Download dl = portal::dataset_download("x", d);
    // Q2's figure is missing in the source ("not available": null); Q3's is withheld.
    EXPECT_EQ(dl.rows,
              portal::Json::parse(R"([["Q1", 1], ["Withheld", null], ["Q3", "Withheld"]])"));
    EXPECT_EQ(dl.json["series"][0]["values"], portal::Json::parse(R"([1, null, "Withheld"])"));
    EXPECT_EQ(dl.json["categories"][1], "Withheld");
}

TEST(DataPagesModel, WithheldProgressIsWithheldNotEmpty) {
    // 1.1a's progress is withheld; 1.1b's report simply has none.
    portal::Json r = portal::Json::parse(report("2009-10", 3, "garg"));
    r["priorities"][0]["milestones"][0]["progress"] = {
        {"value", r["priorities"][0]["milestones"][0]["progress"]}, {"marking", "PROTECT"}};
    r["priorities"][0]["milestones"][1].erase("progress");
    const auto data = portal::testing::public_data(
        {{"plans/2009-12.json", kPlan}, {"reports/2009-10-q3.json", r.dump(2)}});
    ASSERT_EQ(data.size(), 2u);
    EXPECT_EQ(data[1].withheld, std::set<std::string>{"/priorities/0/milestones/0/progress"});
    TempSite s;
    s.write("data/plans/2009-12.json", kPlan);
    s.write("data/reports/2009-10-q3.json", r.dump(2));
    const portal::SiteModel m = portal::testing::model_of_site(s);
    const portal::Download* dl = nullptr;
    for (const auto& d : m.downloads)
        if (d.path == "data/reports/milestones-2009-10-q3") dl = &d;
    ASSERT_NE(dl, nullptr);
    EXPECT_EQ(dl->rows[0][8], "Withheld");
    EXPECT_EQ(dl->rows[1][8], "");
    const portal::Json* view = nullptr;
    for (const auto& p : m.pages)
        if (p.url == "reports/2009-10-q3/") view = &p.view;
    ASSERT_NE(view, nullptr);
    EXPECT_EQ((*view)["priorities"][0]["milestones"][0]["progress"], "Withheld");
}

// A status the paper gave but the board withheld is "Withheld" on the report,
// in its download and in the matrix, never "Not reported" (which would
// misstate the paper), and counted under no status (red team round 9, C3).
TEST(DataPages, AWithheldStatusIsShownAsWithheldNotAsNotReported) {
    TempSite s;
    write_site_with_data(s);
    s.write("data/reports/2010-11-q3.json",
            R"({"plan": "p1", "financial_year": "2010-11", "quarter": 3,
      "period": "October to December 2010", "priorities": [{"number": 1,
        "milestones": [{"id": "1.1a", "status": {"value": "red", "marking": "PROTECT"}, "progress": "Ongoing"}]}]})");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string html = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_EQ(cell_after(html, "Mile</th>", "<td data-label=\"Status\">"),
              "<span class=\"status status-withheld\">Withheld</span>\n");
    EXPECT_NE(html.find("<span class=\"status status-red\">Red</span> 0</li>"), std::string::npos);
    EXPECT_NE(s.read_out("data/reports/milestones-2010-11-q3.csv").find(",withheld,Ongoing"),
              std::string::npos);
    EXPECT_NE(s.read_out("milestones/p1/index.html").find("status-withheld"), std::string::npos);
}
