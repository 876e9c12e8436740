// Plans, quarterly reports, milestone histories and statistics, end to end.
#include <gtest/gtest.h>

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
    // statuses: four letters for 1.1a..1.1d: g a r n (not reported)
    std::string ms;
    const char* ids[] = {"1.1a", "1.1b", "1.1c", "1.1d"};
    for (int i = 0; i < 4; ++i) {
        std::string st = statuses[static_cast<std::size_t>(i)] == 'g'   ? "green"
                         : statuses[static_cast<std::size_t>(i)] == 'a' ? "amber"
                         : statuses[static_cast<std::size_t>(i)] == 'r' ? "red"
                                                                        : "not-reported";
        ms += std::string(i ? "," : "") + R"({"id": ")" + ids[i] + R"(", "status": ")" + st +
              R"(", "progress": "Progress )" + ids[i] + " q" + std::to_string(q) + R"("})";
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
    EXPECT_NE(q3.find("Meet monthly</th><td data-label=\"Status\"><span class=\"status "
                      "status-green\">Green</span>\n</td><td data-label=\"Change\">unchanged"),
              std::string::npos)
        << q3;
    EXPECT_NE(q3.find("Problem solving</th><td data-label=\"Status\"><span class=\"status "
                      "status-amber\">Amber</span>\n</td><td data-label=\"Change\">improved"),
              std::string::npos);
    EXPECT_NE(q3.find("Revised strategy</th><td data-label=\"Status\"><span class=\"status "
                      "status-red\">Red</span>\n</td><td data-label=\"Change\">new"),
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
                                ":5:52: error: priorities[0].milestones[0].status: \"Grene\" is "
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
    EXPECT_NE(m.find("priorities[0].milestones[3].id: milestone \"9.9z\" is not in plan 2009-12"),
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
    s.write("data/plans/2009-12.json", plan);
    std::string r = report("2009-10", 2, "grna");
    r.replace(r.find("Did a thing"), 11, evil);
    r.replace(r.find("\"Individuals\""), 13, "\"</script><b>x</b>\"");
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
