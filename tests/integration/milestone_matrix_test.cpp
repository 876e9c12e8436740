// The milestone x quarter matrix at the top of a plan's milestone history
// (issue 19, part 4): a row per milestone, a column per quarter, each cell the
// status on that quarter's scale; filtering by priority and by latest status
// is by links to pages of their own, so it works without JavaScript.
#include <gtest/gtest.h>

#include <filesystem>
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
       "milestones": [{"id": "1.1a", "title": "Meet monthly"}, {"id": "1.1b", "title": "Problem solving"}]}]},
    {"number": 2, "title": "Reduce re-offending",
     "actions": [{"number": "2.1", "title": "Offenders",
       "milestones": [{"id": "2.1a", "title": "Manage offenders"}]}]}
  ]})";

std::string report(int quarter, const std::string& scale, const std::string& p1,
                   const std::string& p2) {
    return std::string(R"({"plan": "p1", "financial_year": "2009-10", "quarter": )") +
           std::to_string(quarter) +
           (scale.empty() ? "" : R"(, "status_scale": ")" + scale + "\"") +
           R"(, "priorities": [{"number": 1, "milestones": [)" + p1 +
           R"(]}, {"number": 2, "milestones": [)" + p2 + "]}]}";
}

// The cells of a milestone's row in the matrix, as text.
std::string matrix_row(const std::string& html, const std::string& title) {
    const auto table = html.find("<table class=\"matrix\">");
    if (table == std::string::npos) return "<no matrix>";
    const auto at = html.find(title + "</th>", table);
    if (at == std::string::npos) return "<no row>";
    return html.substr(at, html.find("</tr>", at) - at);
}

void write_site(TempSite& s) {
    s.write("data/plans/p1.json", kPlan);
    s.write("data/reports/2009-10-q1.json",
            report(1, "on-track", R"({"id": "1.1a", "status": "on-track"})",
                   R"({"id": "2.1a", "status": "not-on-track"})"));
    s.write("data/reports/2009-10-q2.json",
            report(2, "", R"({"id": "1.1a", "status": "green"}, {"id": "1.1b", "status": "red"})",
                   R"({"id": "2.1a", "status": "red"})"));
}

}  // namespace

TEST(MilestoneMatrix, EveryMilestoneInEveryQuarterOnItsScale) {
    TempSite s;
    write_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string html = s.read_out("milestones/p1/index.html");
    // Quarters in order, each linking to its report.
    const auto q1 = html.find(">2009-10 Q1</a></th>"), q2 = html.find(">2009-10 Q2</a></th>");
    ASSERT_NE(q1, std::string::npos) << html;
    ASSERT_NE(q2, std::string::npos);
    EXPECT_LT(q1, q2);
    // Each cell on its quarter's scale; a dash (and words for a screen reader)
    // where the quarter's report did not have the milestone.
    const std::string a = matrix_row(html, "Meet monthly");
    EXPECT_CONTAINS(a, "status-on-track\">On track</span>");
    EXPECT_CONTAINS(a, "status-green\">Green</span>");
    const std::string b = matrix_row(html, "Problem solving");
    EXPECT_CONTAINS(b,
                    "<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">not in "
                    "the 2009-10 Q1 report</span>");
    EXPECT_CONTAINS(b, "status-red\">Red</span>");
    // Grouped by priority; the milestone's row heads it, and links to its history.
    EXPECT_CONTAINS(html, "<tbody id=\"matrix-priority-2\">");
    EXPECT_CONTAINS(html, "<th scope=\"row\"><a href=\"index.html#m-1-1a\">1.1a</a> Meet monthly");
    // The long history is still below.
    EXPECT_CONTAINS(html, "<h3 id=\"m-1-1a\">1.1a Meet monthly</h3>");
}

TEST(MilestoneMatrix, FiltersAreLinksToPagesOfTheirOwn) {
    TempSite s;
    write_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string all = s.read_out("milestones/p1/index.html");
    EXPECT_CONTAINS(all, "<a href=\"priority-2/index.html\" data-priority=\"2\">Priority 2</a>");
    EXPECT_CONTAINS(all, "<a href=\"latest-red/index.html\" data-latest=\"red\">Red</a>");
    EXPECT_CONTAINS(all, "<a href=\"latest-green/index.html\" data-latest=\"green\">Green</a>");

    const std::string p2 = s.read_out("milestones/p1/priority-2/index.html");
    EXPECT_CONTAINS(p2, "Showing the milestones of Priority 2: Reduce re-offending.");
    EXPECT_CONTAINS(p2, "Manage offenders</th>");
    EXPECT_LACKS(p2, "Meet monthly");
    EXPECT_CONTAINS(p2, "aria-current=\"page\">Priority 2</a>");
    EXPECT_LACKS(p2, "<h3 id=");  // the matrix alone

    // By latest status: 1.1b and 2.1a are red in Q2, 1.1a green.
    const std::string red = s.read_out("milestones/p1/latest-red/index.html");
    EXPECT_CONTAINS(red, "Problem solving</th>");
    EXPECT_CONTAINS(red, "Manage offenders</th>");
    EXPECT_LACKS(red, "Meet monthly</th>");
    EXPECT_CONTAINS(red, "<a href=\"../index.html#m-1-1b\">1.1b</a>");

    // The filter pages repeat the history's words: not in the search index.
    EXPECT_LACKS(s.search_index_text(), "latest-red");
}

TEST(MilestoneMatrix, TheExampleHasOneForEachPlan) {
    TempSite s(/*with_theme=*/false);
    ASSERT_TRUE(s.build_example()) << s.messages();
    const std::string html = s.read_out("milestones/2009-12/index.html");
    EXPECT_CONTAINS(html, "<table class=\"matrix\">");
    for (const char* q : {">2009-10 Q1</a></th>", ">2009-10 Q2</a></th>", ">2009-10 Q3</a></th>"})
        EXPECT_CONTAINS(html, q);
    EXPECT_CONTAINS(s.read_out("milestones/2010-11-action-plans/index.html"),
                    "status-words\">Progress in words</span>");
}

// With JavaScript, assets/js/matrix.js filters the rows in place: each row says
// its priority and latest status key, each filter link what it filters by.
TEST(MilestoneMatrix, RowsAndFilterLinksCarryWhatTheScriptFiltersBy) {
    TempSite s;
    write_site(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string all = s.read_out("milestones/p1/index.html");
    // The latest status is the Q2 report's (on the red-amber-green scale).
    EXPECT_CONTAINS(all,
                    "<tr data-priority=\"1\" data-latest=\"green\"><th scope=\"row\"><a "
                    "href=\"index.html#m-1-1a\">1.1a</a> Meet monthly</th>");
    EXPECT_CONTAINS(all,
                    "<tr data-priority=\"1\" data-latest=\"red\"><th scope=\"row\"><a "
                    "href=\"index.html#m-1-1b\">1.1b</a> Problem solving</th>");
    EXPECT_CONTAINS(all,
                    "<tr data-priority=\"2\" data-latest=\"red\"><th scope=\"row\"><a "
                    "href=\"index.html#m-2-1a\">2.1a</a> Manage offenders</th>");
    // The script's "show every milestone": hidden until the script shows it.
    EXPECT_CONTAINS(all,
                    "<p class=\"matrix-all\" hidden><a href=\"index.html\">Show every "
                    "milestone</a></p>");

    // A filter page's rows carry them too; it has no "show every milestone"
    // for the script (its own link to the history says so in words).
    const std::string red = s.read_out("milestones/p1/latest-red/index.html");
    EXPECT_CONTAINS(red, "<tr data-priority=\"2\" data-latest=\"red\">");
    EXPECT_LACKS(red, "data-latest=\"green\"><th");
    EXPECT_LACKS(red, "matrix-all");
}

// matrix.js is loaded where it can filter: the history page whose matrix has
// every row. Not on the filter pages (each holds only its own rows, and its
// links lead to the others), not on a history with no milestone to show, and
// not on any other page.
TEST(MilestoneMatrix, OnlyTheWholeMatrixLoadsItsScript) {
    TempSite s;
    write_site(s);
    // A plan with no milestones yet: its history has filter links but no rows.
    s.write("data/plans/p2.json", R"({
  "id": "p2", "title": "Next Plan", "period": {"from": "2012-04-01", "to": "2015-03-31"},
  "priorities": [{"number": 1, "title": "Reduce burglary"}]})");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string script = "/js/matrix.";
    const std::string all = s.read_out("milestones/p1/index.html");
    EXPECT_CONTAINS(all, script);
    const auto at = all.find(script);
    ASSERT_NE(at, std::string::npos);
    // Deferred, from a file of its own (the pages' policy allows no inline script).
    const auto tag = all.rfind("<script src=\"", at);
    ASSERT_NE(tag, std::string::npos);
    EXPECT_CONTAINS(all.substr(tag, all.find("</script>", at) + 9 - tag), ".js\" defer></script>");
    const std::string src = all.substr(tag + 13, all.find('"', tag + 13) - tag - 13);
    EXPECT_TRUE(std::filesystem::is_regular_file(s.out() / "milestones/p1" / src)) << src;

    for (const char* page :
         {"milestones/p1/priority-1/index.html", "milestones/p1/latest-red/index.html",
          "milestones/p2/index.html", "plans/p1/index.html", "reports/2009-10-q2/index.html",
          "about/index.html", "index.html"}) {
        ASSERT_TRUE(s.out_exists(page)) << page;
        EXPECT_LACKS(s.read_out(page), script) << page;
    }
    // No rows, so no matrix to filter.
    EXPECT_LACKS(s.read_out("milestones/p2/index.html"), "<table class=\"matrix\">");
}
