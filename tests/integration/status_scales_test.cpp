// Status scales (issue 19): a plan or report declares how progress is judged
// (red-amber-green, on-track, words, or a scale of the site's own), and every
// page, chart, trend, change and download uses that scale; quarters on two
// scales are never compared or counted together.
#include <gtest/gtest.h>

#include <string>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kPlan = R"({
  "id": "p1", "title": "Rolling Plan", "period": {"from": "2009-04-01", "to": "2012-03-31"},
  "priorities": [
    {"number": 1, "title": "Reduce anti-social behaviour",
     "actions": [{"number": "1.1", "title": "Task group",
       "milestones": [
         {"id": "1.1a", "title": "Meet monthly"},
         {"id": "1.1b", "title": "Problem solving"},
         {"id": "1.1c", "title": "Revised strategy"}]}]}
  ]})";

// A report on plan p1; `scale` is its status_scale ("" for none) and
// `milestones` the JSON of its milestones.
std::string report(int quarter, const std::string& scale, const std::string& milestones) {
    return std::string(R"({"plan": "p1", "financial_year": "2009-10", "quarter": )") +
           std::to_string(quarter) +
           (scale.empty() ? "" : R"(, "status_scale": ")" + scale + "\"") +
           R"(, "priorities": [{"number": 1, "milestones": [)" + milestones + "]}]}";
}

std::string ms(const std::string& id, const std::string& status, const std::string& progress) {
    return R"({"id": ")" + id + "\"" + (status.empty() ? "" : R"(, "status": ")" + status + "\"") +
           R"(, "progress": ")" + progress + "\"}";
}

std::string three(const std::string& a, const std::string& b, const std::string& c) {
    return ms("1.1a", a, "Progress a") + "," + ms("1.1b", b, "Progress b") + "," +
           ms("1.1c", c, "Progress c");
}

// The site.json of TempSite with a scale of its own.
std::string site_with_scale(const std::string& colour_of_done = "#00703c") {
    std::string site = kSiteJson;
    const std::string scale = R"(,
  "status_scales": [{"name": "done-or-not", "words": "done, started or not started",
    "statuses": [{"key": "done", "label": "Done", "colour": ")" +
                              colour_of_done + R"("},
                 {"key": "started", "label": "Started", "colour": "#6f72af", "pattern": "stripes"},
                 {"key": "not-started", "label": "Not started", "colour": "#d4351c", "pattern": "dots"}]}]
})";
    site.replace(site.rfind('}'), 1, scale);
    return site;
}

}  // namespace

TEST(StatusScales, OnTrackIsTwoStatesEverywhere) {
    TempSite s;
    s.write("data/plans/p1.json", kPlan);
    // As officers write them: any case and spacing, key or label.
    s.write("data/reports/2009-10-q1.json",
            report(1, "on-track", three("On track", "NOT ON TRACK", "not reported")));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string page = s.read_out("reports/2009-10-q1/index.html");
    EXPECT_CONTAINS(page, "<span class=\"status status-on-track\">On track</span>");
    EXPECT_CONTAINS(page, "<span class=\"status status-not-on-track\">Not on track</span>");
    EXPECT_CONTAINS(page, "Statuses: on track or not on track.");
    // No third colour: the counts and the chart have the scale's states only.
    EXPECT_LACKS(page, "Amber");
    EXPECT_LACKS(page, "Green");
    EXPECT_CONTAINS(page, "\"name\":\"On track\"");
    EXPECT_CONTAINS(page, "\"name\":\"Not on track\"");
    EXPECT_CONTAINS(s.read_out("data/reports/milestones-2009-10-q1.csv"),
                    "p1,2009-10,1,1,1.1b,Problem solving,on-track,not-on-track,Progress b,new\r\n");
    EXPECT_CONTAINS(s.read_out("data/reports/milestone-trend.csv"),
                    "2009-10,1,p1,on-track,on-track,1\r\n2009-10,1,p1,on-track,not-on-track,1\r\n"
                    "2009-10,1,p1,on-track,not-reported,1\r\n");
}

TEST(StatusScales, APlansScaleIsItsReportsUnlessAReportSaysOtherwise) {
    TempSite s;
    std::string plan = kPlan;
    plan.replace(plan.find("\"title\": \"Rolling Plan\""), 0, "\"status_scale\": \"on-track\", ");
    s.write("data/plans/p1.json", plan);
    s.write("data/reports/2009-10-q1.json", report(1, "", three("on-track", "on-track", "")));
    ASSERT_FALSE(s.build().ok);
    // The third has no status, which its scale (the plan's) asks for.
    EXPECT_CONTAINS(s.messages(),
                    "'status' is missing; it is required here, as this report's "
                    "scale is on-track: give on track or not on track");
    s.write("data/reports/2009-10-q1.json", report(1, "", three("on-track", "on-track", "green")));
    ASSERT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    "\"green\" is not one of on-track, not-on-track, not-reported (this report's "
                    "status_scale is on-track)");
    s.write("data/reports/2009-10-q1.json",
            report(1, "red-amber-green", three("green", "amber", "red")));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_CONTAINS(s.read_out("reports/2009-10-q1/index.html"), "status-amber");
}

TEST(StatusScales, AWordsReportShowsProgressNotBadges) {
    TempSite s;
    s.write("data/plans/p1.json", kPlan);
    s.write("data/reports/2009-10-q1.json", report(1, "", three("green", "red", "green")));
    s.write("data/reports/2009-10-q3.json",
            report(3, "words",
                   ms("1.1a", "", "3 programmes completed") + "," +
                       ms("1.1b", "Not reported", "Meetings continue") + "," + ms("1.1c", "", "")));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string page = s.read_out("reports/2009-10-q3/index.html");
    EXPECT_CONTAINS(page,
                    "This report gives the progress of its 3 milestones in words, without "
                    "a status.");
    EXPECT_CONTAINS(page, "<td data-label=\"Progress\">3 programmes completed</td>");
    EXPECT_LACKS(page, "data-label=\"Status\"");
    EXPECT_LACKS(page, "Not reported");
    EXPECT_LACKS(page, "<figure");  // no chart of statuses it does not have
    // The history shows the quarter in words; the plan's latest status stays
    // the last quarter that gave one.
    const std::string history = s.read_out("milestones/p1/index.html");
    EXPECT_CONTAINS(history, "<span class=\"status status-words\">Progress in words</span>");
    const std::string plan = s.read_out("plans/p1/index.html");
    EXPECT_CONTAINS(plan,
                    "status-green\">Green</span>\n <span class=\"meta\">(<a "
                    "href=\"../../reports/2009-10-q1/index.html\">2009-10 Q1</a>)");
    EXPECT_CONTAINS(s.read_out("data/reports/milestones-2009-10-q3.csv"),
                    "p1,2009-10,3,1,1.1a,Meet monthly,words,,3 programmes completed,\r\n");
    EXPECT_CONTAINS(s.read_out("reports/index.html"),
                    "2009-10 Q3 gave progress in words, without a status: nothing to count.");
    // A colour on a words report is an error at the status.
    s.write("data/reports/2009-10-q3.json", report(3, "words", three("green", "", "")));
    ASSERT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "2009-10-q3.json:1:");
    EXPECT_CONTAINS(s.messages(),
                    "this report's scale is words (progress in words, without a "
                    "status): leave status out");
}

TEST(StatusScales, QuartersOnTwoScalesAreNeitherComparedNorCountedTogether) {
    TempSite s;
    s.write("data/plans/p1.json", kPlan);
    s.write("data/reports/2009-10-q1.json",
            report(1, "on-track", three("on-track", "not-on-track", "on-track")));
    s.write("data/reports/2009-10-q2.json", report(2, "", three("green", "amber", "red")));
    s.write("data/reports/2009-10-q3.json", report(3, "", three("amber", "green", "red")));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string q2 = s.read_out("reports/2009-10-q2/index.html");
    EXPECT_EQ(change_of(q2, "Meet monthly"),
              "not compared: 2009-10 Q1 was judged on track or not on track");
    const std::string q3 = s.read_out("reports/2009-10-q3/index.html");
    EXPECT_EQ(change_of(q3, "Meet monthly"), "worse");
    EXPECT_EQ(change_of(q3, "Problem solving"), "improved");
    EXPECT_EQ(change_of(q3, "Revised strategy"), "unchanged");
    // Two charts on reports/, one per scale, and the page says why.
    const std::string index = s.read_out("reports/index.html");
    EXPECT_CONTAINS(index, "statuses on two scales cannot be counted together");
    EXPECT_CONTAINS(index,
                    "Milestones by status in each quarter, Rolling Plan, 2009-10 Q1 (milestones)");
    EXPECT_CONTAINS(index,
                    "Milestones by status in each quarter, Rolling Plan, 2009-10 Q2 to "
                    "2009-10 Q3 (milestones)");
    EXPECT_CONTAINS(index, "2009-10 Q1: statuses on track or not on track.");
}

TEST(StatusScales, ASitesOwnScaleHasItsLabelsColoursPatternsAndOrder) {
    TempSite s;
    s.write("site.json", site_with_scale());
    std::string plan = kPlan;
    plan.replace(plan.find("\"title\": \"Rolling Plan\""), 0,
                 "\"status_scale\": \"done-or-not\", ");
    s.write("data/plans/p1.json", plan);
    s.write("data/reports/2009-10-q1.json", report(1, "", three("started", "Done", "not started")));
    s.write("data/reports/2009-10-q2.json",
            report(2, "", three("done", "started", "not-reported")));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string q2 = s.read_out("reports/2009-10-q2/index.html");
    // The badge: neutral, with the colour as a swatch (no style attribute: the
    // pages' Content-Security-Policy allows none).
    EXPECT_CONTAINS(q2, "<span class=\"status status-own\"><svg class=\"swatch\"");
    EXPECT_CONTAINS(q2, "<rect width=\"10\" height=\"10\" fill=\"#00703c\"/></svg> Done</span>");
    EXPECT_LACKS(q2, "style=");
    // The chart draws each status in its colour and pattern.
    EXPECT_CONTAINS(q2,
                    "{\"name\":\"Started\",\"values\":[1],\"colour\":\"#6f72af\",\"pattern\":1}");
    EXPECT_CONTAINS(q2,
                    "{\"name\":\"Not started\",\"values\":[0],\"colour\":\"#d4351c\","
                    "\"pattern\":2}");
    // Up the list is better.
    EXPECT_EQ(change_of(q2, "Meet monthly"), "improved");
    EXPECT_EQ(change_of(q2, "Problem solving"), "worse");
    EXPECT_EQ(change_of(q2, "Revised strategy"), "not reported");
    EXPECT_CONTAINS(s.read_out("data/reports/milestones-2009-10-q2.csv"),
                    "1.1a,Meet monthly,done-or-not,done,Progress a,improved\r\n");
    // A status that is not on the scale gets the closest one.
    s.write("data/reports/2009-10-q2.json", report(2, "", three("don", "started", "done")));
    ASSERT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    "\"don\" is not one of done, started, not-started, "
                    "not-reported (did you mean done?) (this report's "
                    "status_scale is done-or-not)");
}

TEST(StatusScales, BadScalesAreErrorsAtTheirPlace) {
    TempSite s;
    s.write("data/plans/p1.json", kPlan);
    s.write("data/reports/2009-10-q1.json", report(1, "on-trak", three("green", "red", "green")));
    ASSERT_FALSE(s.build().ok);
    EXPECT_CONTAINS(
        s.messages(),
        s.path("data/reports/2009-10-q1.json") +
            ":1:75: error: status_scale: \"on-trak\" is not a status scale (did you mean "
            "on-track?); the scales are red-amber-green, on-track, words");
    // A colour too pale to chart on white (WCAG 1.4.11), by its place in site.json.
    s.write("data/reports/2009-10-q1.json", report(1, "", three("green", "red", "green")));
    s.write("site.json", site_with_scale("#ffdd00"));
    ASSERT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    "status_scales: colour #ffdd00 stands out from white by 1.3:1; a "
                    "chart's parts need 3:1 or more (WCAG 1.4.11)");
    // A name that is a built-in scale's.
    std::string site = site_with_scale();
    site.replace(site.find("\"done-or-not\""), 13, "\"words\"");
    s.write("site.json", site);
    ASSERT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "status_scales: \"words\" is already a scale");
}

// The example site: the papers' own words for Q1 2009-10 (on track / not on
// track) and Q3 2010-11 (progress in words, no colours).
TEST(StatusScales, TheExampleShowsThePapersOwnScales) {
    TempSite s(/*with_theme=*/false);
    ASSERT_TRUE(s.build_example()) << s.messages();
    const std::string q1 = s.read_out("reports/2009-10-q1/index.html");
    EXPECT_CONTAINS(q1, "On track");
    EXPECT_CONTAINS(q1, "Not on track");
    EXPECT_LACKS(q1, "status-green");
    EXPECT_LACKS(q1, "status-amber");
    const std::string q3 = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(q3, "in words, without a status");
    EXPECT_LACKS(q3, "data-label=\"Status\"");
    EXPECT_LACKS(q3, "Not reported");
    // The trend on reports/ joins neither the two plans nor the two scales.
    const std::string index = s.read_out("reports/index.html");
    EXPECT_CONTAINS(index, "2009-10 Q2 to 2009-10 Q3: statuses red, amber or green.");
    EXPECT_CONTAINS(index, "2009-10 Q1: statuses on track or not on track.");
    EXPECT_CONTAINS(index, "2010-11 Q3 gave progress in words, without a status");
}
