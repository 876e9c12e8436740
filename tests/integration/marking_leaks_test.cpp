// Leaks and fail-open cases found by an audit of the marking promise, each
// planted here so that it can never come back: Markdown regions inside JSON,
// what a report says of a withheld part of its plan, duplicate and misspelt
// marking keys, absolute links and fragments naming withheld places, and the
// redaction log naming data by its labels.
#include <gtest/gtest.h>

#include <string>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kPlan = R"({
  "id": "p1",
  "title": "Plan of public works",
  "priorities": [
    {"number": 1, "title": "Safer public streets", "why": @WHY@,
     "actions": [{"number": "1.1", "title": "Public patrol action", "milestones": [
        {"id": "1.1a", "title": "Publish the patrol timetable"}]}]},
    {"number": 2, "title": "Second public priority", @P2MARK@
     "actions": [{"number": "2.1", "title": "Second action", "milestones": [
        {"id": "2.1a", "title": "Second milestone"}]}]}
  ]
}
)";

const char* kReport = R"({
  "plan": "p1",
  "financial_year": "2010-11",
  "quarter": 3,
  "priorities": [
    {"number": 1,
     "achievements": [@ACH@],
     "narrative": @NARRATIVE@,
     "statistics": [{"title": "Public counts", "values": {@VALUES@}}],
     "milestones": [{"id": "1.1a", "status": "green", "progress": "Timetable went up"}]},
    {"number": 2, "lead_officer": "@P2LEAD@", "achievements": ["@P2ACH@"],
     "milestones": [{"id": "2.1a", "status": "amber", "progress": @P2PROGRESS@}]}
  ]
}
)";

std::string replaced(std::string t, const std::vector<std::pair<std::string, std::string>>& subs) {
    for (const auto& [k, v] : subs)
        for (auto p = t.find(k); p != std::string::npos; p = t.find(k, p + v.size()))
            t.replace(p, k.size(), v);
    return t;
}

struct DataFixture {
    std::string why = "\"Residents asked for it.\"";
    std::string p2mark;
    std::string achievements = "\"Timetable printed for residents\"";
    std::string narrative = "\"Public commentary stays.\"";
    std::string values = "\"Individuals\": 4";
    std::string p2lead = "Inspector Public";
    std::string p2ach = "Second public achievement";
    std::string p2progress = "\"Second public progress\"";  // JSON

    void write(TempSite& s) const {
        s.write("data/plans/p1.json", replaced(kPlan, {{"@WHY@", why}, {"@P2MARK@", p2mark}}));
        s.write("data/reports/2010-11-q3.json", replaced(kReport, {{"@ACH@", achievements},
                                                                   {"@NARRATIVE@", narrative},
                                                                   {"@VALUES@", values},
                                                                   {"@P2LEAD@", p2lead},
                                                                   {"@P2ACH@", p2ach},
                                                                   {"@P2PROGRESS@", p2progress}}));
    }
};

}  // namespace

// A withheld introduction to a page made from data withholds the introduction,
// not the data page, whose address and title stay public: the build succeeds,
// even when the introduction lists the plan's priorities as the page heads
// them (and the search result's snippet runs them together).
TEST(MarkingLeaks, AWithheldIntroductionLeavesTheDataPage) {
    TempSite s;
    DataFixture{}.write(s);
    s.write("content/plans/p1/index.md",
            "---\ntitle: Plan of public works\nplan: p1\nmarking: PROTECT\n---\n"
            "Introduction naming the Wallabyintro residents.\n\n"
            "- Priority 1: Safer public streets\n- Priority 2: Second public priority\n");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_CONTAINS(s.read_out("plans/p1/index.html"), "Safer public streets");
    EXPECT_ABSENT(s, "Wallabyintro");
}

// The other way round (red team 19, B13): data withheld whole withholds the
// page written for its address (a plan's introduction, a statistics page's
// text), its name and address included, and the build succeeds.
TEST(MarkingLeaks, DataWithheldWholeTakesThePageAtItsAddress) {
    TempSite s;
    DataFixture{}.write(s);
    s.write("data/statistics/quokkabar-payments.json",
            R"({"marking": "PROTECT", "title": "Payments", "categories": ["A"],
                "series": [{"name": "S", "values": [3]}]})");
    s.write("content/statistics/quokkabar-payments.md",
            "---\ntitle: Informant payments\n---\nThese figures come from Wallabystats.\n");
    s.write("content/plans/p1/index.md",
            "---\ntitle: Plan of public works\nplan: p1\n---\nIntroduction by Wallabyplan.\n");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Wallabystats");
    EXPECT_ABSENT(s, "Informant payments");
    EXPECT_ABSENT(s, "quokkabar");
    // A page at the address of public data is published with it.
    EXPECT_CONTAINS(s.read_out("plans/p1/index.html"), "Wallabyplan");
}

// ---------------------------------------------------------------------------
// Markdown inside JSON: a region there withholds like a region in a page.

TEST(MarkingLeaks, RegionInAReportNarrativeIsWithheld) {
    TempSite s;
    DataFixture f;
    f.narrative =
        "\"Public commentary stays.\\n\\n::: PROTECT\\nCase study of Quillwort Pemberton, aged "
        "thirteen.\\n:::\\n\\nPublic closing words.\"";
    f.write(s);
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Quillwort Pemberton");
    std::string report = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(report, "Public commentary stays.");
    EXPECT_CONTAINS(report, "Public closing words.");
    EXPECT_LACKS(report, ":::");
    EXPECT_TRUE(has_notice(report));
    EXPECT_CONTAINS(redaction_log(s),
                    "withheld priorities[0].narrative region (lines 3-5 of the "
                    "text) [PROTECT]");
}

TEST(MarkingLeaks, RegionInAPlansWhyIsWithheld) {
    TempSite s;
    DataFixture f;
    f.why = "\"Residents asked for it.\\n::: RESTRICTED\\nBecause of Operation Nightjar.\\n:::\"";
    f.write(s);
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Nightjar");
    std::string plan = s.read_out("plans/p1/index.html");
    EXPECT_CONTAINS(plan, "Residents asked for it.");
    EXPECT_TRUE(has_notice(plan));
}

TEST(MarkingLeaks, RegionMarkerInATextThatIsNotMarkdownIsAnError) {
    TempSite s;
    DataFixture f;
    f.achievements = "\"Done.\\n::: PROTECT\\nHidden Quillwort.\\n:::\"";
    f.write(s);
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_CONTAINS(s.messages(),
                    "priorities[0].achievements[0]: ':::' regions work only in "
                    "Markdown text");
    EXPECT_FALSE(s.out_exists("index.html"));
}

// ---------------------------------------------------------------------------
// What a report says of a withheld part of its plan goes with it.

TEST(MarkingLeaks, ReportEntryForAPriorityTheClassifiedPlanWithholdsIsWithheld) {
    TempSite s;
    DataFixture f;
    f.p2mark = "\"marking\": \"RESTRICTED\",";
    f.p2lead = "Inspector Brackenridge";
    f.p2ach = "Arrested Thistlewood gang";
    f.p2progress = "\"Surveillance of Larkspur Close\"";
    f.write(s);
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Brackenridge Thistlewood Larkspur");
    std::string report = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(report, "Timetable went up");
    EXPECT_LACKS(report, "priority-2");
    EXPECT_TRUE(has_notice(report));
    EXPECT_CONTAINS(redaction_log(s),
                    "withheld priorities[1] [withheld with its priority in the plan]");
}

// ---------------------------------------------------------------------------
// A marking must not be undone by writing it twice or spelling it otherwise.

TEST(MarkingLeaks, AKeyWrittenTwiceInJsonIsAnError) {
    // (The first file reads as withheld whole: it is named only as far as
    // its folder. The second withholds a series.)
    for (const auto& [file, named] :
         {std::pair{R"({"title": "Stat Quillwort", "marking": "PROTECT", "categories": ["a"],
  "series": [{"name": "n", "values": [1]}], "marking": "OFFICIAL"})",
                    false},
          std::pair{R"({"title": "Stat", "categories": ["a"],
  "series": [{"name": "Quillwort", "marking": "PROTECT", "values": [1], "marking": "OFFICIAL"}]})",
                    true}}) {
        SCOPED_TRACE(file);
        TempSite s;
        s.write("data/statistics/s.json", file);
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        EXPECT_CONTAINS(s.messages(),
                        named ? "data/statistics/s.json:" : "data/statistics/\u2026:");
        EXPECT_CONTAINS(s.messages(), "a key is written twice in this object");
        EXPECT_FALSE(s.out_exists("index.html"));
    }
}

// Red team round 7, M1: a key written twice is an error before any marking is
// read, so its message cannot know whether the object is withheld: it names
// the place, never the key (a statistic's keys name families and streets).
TEST(MarkingLeaks, AKeyWrittenTwiceIsNotQuoted) {
    TempSite s;
    s.write("data/statistics/s.json", R"({"title": "Stat", "categories": ["a"],
  "series": [{"name": "n", "values": [1]}],
  "x": {"marking": "PROTECT", "Quillwort family, Mill Road": 1, "Quillwort family, Mill Road": 2}})");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "data/statistics/s.json:3:");
    EXPECT_LACKS(lower(s.messages()), "quillwort");
}

TEST(MarkingLeaks, FrontMatterMarkingSpeltOtherwiseOrTwiceIsAnError) {
    const std::pair<const char*, const char*> cases[] = {
        {"Marking: PROTECT\n", "'Marking' is not a front matter key"},
        {"MARKING: PROTECT\n", "'MARKING' is not a front matter key"},
        {"markings: PROTECT\n", "'markings' is not a front matter key"},
        {"protective_marking: PROTECT\n", "'protective_marking' is not a front matter key"},
        // The page is withheld: its messages quote nothing of it (not even a key).
        {"marking: PROTECT\nmarking: OFFICIAL\n", "is written twice in the front matter"},
    };
    for (const auto& [extra, message] : cases) {
        SCOPED_TRACE(extra);
        TempSite s;
        s.write("content/ledger.md", page("Ledger", "Quillwort ledger.\n", extra));
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        // (A page whose front matter reads as withheld, however its key is
        // written, is named only as far as its folder, as one withheld whole
        // is: it is refused before redact could withhold it.)
        EXPECT_CONTAINS(s.messages(), s.path("content/") + "\u2026:");
        EXPECT_LACKS(s.messages(), "ledger");
        EXPECT_CONTAINS(s.messages(), message);
        EXPECT_FALSE(s.out_exists("ledger/index.html"));
    }
}

// ---------------------------------------------------------------------------
// Links: the address of a withheld page, or of a withheld heading, never shows.

TEST(MarkingLeaks, AbsoluteLinksToAWithheldPageBecomeText) {
    TempSite s;
    s.write("content/operation-quillwort.md", page("Hidden", "x\n", "marking: PROTECT\n"));
    s.write("content/index.md", page("Home",
                                     "See <https://example.org/cs/operation-quillwort/>, "
                                     "[the plan](https://example.org/cs/operation-quillwort/) and "
                                     "[again](/cs/operation-quillwort/). Public words.\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "quillwort");
    std::string home = s.read_out("index.html");
    EXPECT_CONTAINS(home, "the plan");
    EXPECT_CONTAINS(home, "Public words.");
}

TEST(MarkingLeaks, AnAbsoluteLinkThatLeadsNowhereIsAnError) {
    TempSite s;
    s.write("content/index.md", page("Home", "[x](https://example.org/cs/no-such-page/)\n"));
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_CONTAINS(s.messages(),
                    "link 'https://example.org/cs/no-such-page/' does not lead to "
                    "any page of the site");
}

TEST(MarkingLeaks, AFragmentNamingAWithheldHeadingIsCutBackToThePage) {
    TempSite s;
    s.write("content/b.md", page("B",
                                 "Public words.\n\n::: PROTECT\n## Heading Quillwort\n\n"
                                 "Secret.\n:::\n\n## Kept heading\n"));
    s.write("content/index.md",
            page("Home", "[withheld place](b/#heading-quillwort) and [kept](b/#kept-heading)\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "quillwort");
    std::string home = s.read_out("index.html");
    EXPECT_CONTAINS(home, "<a href=\"b/index.html\">withheld place</a>");
    EXPECT_CONTAINS(home, "<a href=\"b/index.html#kept-heading\">kept</a>");
}

TEST(MarkingLeaks, ASamePageFragmentNamingAWithheldHeadingBecomesText) {
    TempSite s;
    s.write("content/index.md",
            page("Home", "[jump](#heading-quillwort)\n\n::: PROTECT\n## Heading Quillwort\n:::\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "quillwort");
    EXPECT_CONTAINS(s.read_out("index.html"), "<p>jump</p>");
}

// ---------------------------------------------------------------------------
// The log names locations, never content: a statistic's labels are content.

TEST(MarkingLeaks, TheLogNamesAWithheldStatisticLabelByItsPlace) {
    TempSite s;
    DataFixture f;
    f.values = R"("Individuals": 4, "Quillwort family": {"value": 3, "marking": "PROTECT"})";
    f.write(s);
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Quillwort");
    const std::string log = redaction_log(s);
    EXPECT_LACKS(lower(log), "quillwort");
    EXPECT_CONTAINS(log, "withheld priorities[0].statistics[0].values[#2] [PROTECT]");
}

// ---------------------------------------------------------------------------
// Files in another encoding are refused at their first bad byte.

TEST(MarkingLeaks, APageOrDataFileThatIsNotUtf8IsAnErrorWithItsPosition) {
    TempSite s;
    s.write("content/index.md", page("Home", "Caf\xe9 opening.\n"));
    s.write("data/statistics/s.json",
            "{\"title\": \"\x93Quoted\x94\", \"categories\": [\"a\"], \"series\": []}");
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_CONTAINS(s.messages(),
                    s.path("content/index.md") + ":4:4: error: this file is not UTF-8 text");
    EXPECT_CONTAINS(s.messages(), "s.json:1:12: error: this file is not UTF-8 text");
}

// A withheld field of an entry that stays says so where it stood.
TEST(MarkingLeaks, AWithheldProgressReadsWithheldInItsCell) {
    TempSite s;
    DataFixture f;
    f.p2progress = R"({"value": "Officer Quillwort absent", "marking": "PROTECT"})";
    f.write(s);
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Quillwort");
    EXPECT_CONTAINS(s.read_out("reports/2010-11-q3/index.html"),
                    "<td data-label=\"Progress\">Withheld</td>");
}

// One figure of a statistic withheld: the others stay under their own headings
// in the table, the chart and the downloads; the withheld one reads "Withheld".
TEST(MarkingLeaks, AWithheldFigureKeepsItsPlaceEverywhere) {
    TempSite s;
    s.write("data/statistics/cases.json", R"({"title": "Cases by quarter", "chart": "bar",
  "categories": ["Q1", {"value": "Q2 Quillwort", "marking": "PROTECT"}, "Q3"],
  "series": [{"name": "Cases", "values": [11, {"value": 4242, "marking": "PROTECT"}, 33]}]})");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Quillwort 4242");
    const std::string page = s.read_out("statistics/cases/index.html");
    EXPECT_CONTAINS(page, "<th scope=\"row\">Q1</th><td class=\"num\">11</td>");
    EXPECT_CONTAINS(page, "<th scope=\"row\">Withheld</th><td class=\"num\">Withheld</td>");
    EXPECT_CONTAINS(page, "<th scope=\"row\">Q3</th><td class=\"num\">33</td>");
    const std::string csv = s.read_out("data/statistics/cases.csv");
    EXPECT_CONTAINS(csv, "Q1,11\r\n");
    EXPECT_CONTAINS(csv, "Q3,33\r\n");
    EXPECT_TRUE(has_notice(page));
}

// Red team 21 (C01): a page under the address of a page or data withheld
// whole is withheld with it: its address holds the withheld name.
TEST(MarkingLeaks, APageUnderAWithheldPagesAddressIsWithheldWithIt) {
    TempSite s;
    s.write("content/quokkasecret-briefing.md",
            "---\ntitle: Briefing\nmarking: PROTECT\n---\nDetails.\n");
    s.write("content/quokkasecret-briefing/annex-a.md",
            "---\ntitle: Annex A\n---\nAn annex by Wombatannex.\n");
    s.write("content/about.md", "---\ntitle: About\n---\nA public page by Wallabypublic.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "quokkasecret");
    EXPECT_ABSENT(s, "Wombatannex");
    EXPECT_CONTAINS(s.read_out("about/index.html"), "Wallabypublic");
}

// Red team 22 (C01, C02): a withheld page's address written out as text, in
// any of the forms an officer writes it, or linked from a layout, is
// refused: its name may say what the page is about, and a link in a layout
// or a bare address is published as it stands. A Markdown link to it is
// made plain, as before.
TEST(MarkingLeaks, AWithheldPagesAddressWrittenOutIsRefused) {
    for (const auto& [file, text] : std::vector<std::pair<std::string, std::string>>{
             {"content/about.md", "---\ntitle: About\n---\nSee /cs/quokkasecret-review/ for it.\n"},
             {"content/about.md", "---\ntitle: About\n---\nSee ../quokkasecret-review/ for it.\n"},
             {"content/about.md", "---\ntitle: About\n---\nSee `../quokkasecret-review/`.\n"},
             {"content/about.md",
              "---\ntitle: About\n---\nSee example.org/cs/quokkasecret-review for it.\n"},
             {"layouts/partials/header.mustache",
              "<nav><a href=\"{{home_href}}quokkasecret-review/\">Review</a></nav>\n"},
         }) {
        SCOPED_TRACE(text);
        TempSite s;
        s.write("content/quokkasecret-review.md",
                "---\ntitle: Review\nmarking: PROTECT\n---\nDetails.\n");
        s.write(file, text);
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "writes out the address of a page or data that is withheld");
        EXPECT_LACKS(s.messages(), "quokkasecret");
    }
    TempSite s;
    s.write("content/quokkasecret-review.md",
            "---\ntitle: Review\nmarking: PROTECT\n---\nDetails.\n");
    s.write("content/about.md",
            "---\ntitle: About\n---\nSee [the review](../quokkasecret-review/).\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "quokkasecret");
}

// Red team 22 (B01): a statistics figure withheld in its table and written
// out elsewhere beside its category -- another file's text, a page, or
// another table under the same labels -- is refused, as its own file's
// texts are.
TEST(MarkingLeaks, AWithheldStatisticRestatedElsewhereIsRefused) {
    const std::string statistics =
        R"({"title": "Farm crime", "categories": ["2008/09", "2009/10"],
  "series": [{"name": "South Cambridgeshire", "values": [110, {"value": 1207, "marking": "PROTECT"}]}]})";
    {
        TempSite s;
        s.write("data/statistics/farm-crime.json", statistics);
        s.write("content/about.md",
                "---\ntitle: About\n---\nThere were 1,207 offences on farms in 2009-10.\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("content/about.md") + ":4:");
        EXPECT_CONTAINS(s.messages(), "writes out a statistics figure that is withheld");
        EXPECT_LACKS(s.messages(), "1,207");
    }
    {
        TempSite s;
        s.write("data/statistics/farm-crime.json", statistics);
        s.write("data/statistics/farm-crime-copy.json",
                R"({"title": "Farm crime again", "categories": ["2009/10"],
  "series": [{"name": "South Cambridgeshire", "values": [1207]}]})");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "writes out a statistics figure that is withheld");
    }
    {
        // The figure alone, or beside another category, says nothing of it.
        TempSite s;
        s.write("data/statistics/farm-crime.json", statistics);
        s.write(
            "content/about.md",
            "---\ntitle: About\n---\nThe hall seats 1,207 people. In 2008/09 there were 110.\n");
        EXPECT_TRUE(s.build().ok) << s.messages();
    }
}

// Red team 22 (B02): a number that stands in withheld text -- a ::: region,
// a value or an object behind a marking -- written out again in public
// text or as a data figure is refused. A year, a small number or a
// telephone number says nothing of it.
TEST(MarkingLeaks, ANumberInWithheldTextRestatedIsRefused) {
    {
        TempSite s;
        s.write("content/about.md",
                "---\ntitle: About\n---\n::: PROTECT\nTargeted work with 8317 girls at the "
                "college.\n:::\n\nIn all, 8,317 girls took part.\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("content/about.md") + ":8:");
        EXPECT_CONTAINS(s.messages(), "writes out a number that stands in withheld text");
        EXPECT_LACKS(s.messages(), "8317");
        EXPECT_LACKS(s.messages(), "8,317");
    }
    {
        TempSite s;
        s.write("content/about.md",
                "---\ntitle: About\n---\n::: PROTECT\n4719 plants were seized at the farm.\n:::\n");
        s.write("data/statistics/plants.json",
                R"({"title": "Plants seized", "categories": ["Q3"],
  "series": [{"name": "Plants", "values": [4719]}]})");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "writes out a number that stands in withheld text");
    }
    {
        TempSite s;
        s.write("content/about.md",
                "---\ntitle: About\n---\n::: PROTECT\nIn 2010 officers called 01223 456789 about "
                "the 45 plants.\n:::\n\nIn 2010 call 01223 456789; 45 plants were seized.\n");
        EXPECT_TRUE(s.build().ok) << s.messages();
    }
}

// Red team 23 (B01): a figure withheld in a report's statistics is refused
// where a statistics file publishes it under the same labels (its dataset's
// title and series), and the other way round.
TEST(MarkingLeaks, AStatisticWithheldInAReportIsRefusedInADataset) {
    DataFixture d;
    d.values = "\"Race\": {\"value\": 71, \"marking\": \"PROTECT\"}, \"Religion\": 4";
    const std::string dataset =
        R"({"title": "Public counts, 2010-11", "categories": ["Q3"],
  "series": [{"name": "Race", "values": [71]}, {"name": "Religion", "values": [4]}]})";
    {
        TempSite s;
        d.write(s);
        s.write("data/statistics/public-counts.json", dataset);
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "writes out a statistics figure that is withheld");
    }
    {
        // Without the dataset's copy, the report builds and withholds it.
        TempSite s;
        d.write(s);
        ASSERT_TRUE(s.build().ok) << s.messages();
    }
    {
        // A small figure too: under the same labels in another table it is
        // the figure (the example's own ASB Task Group counts, sites 11, 15).
        DataFixture small = d;
        small.values = "\"Race\": {\"value\": 6, \"marking\": \"PROTECT\"}, \"Religion\": 4";
        TempSite s;
        small.write(s);
        s.write("data/statistics/public-counts.json",
                R"({"title": "Public counts, 2010-11", "categories": ["Q3"],
  "series": [{"name": "Race", "values": [6]}, {"name": "Religion", "values": [4]}]})");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "writes out a statistics figure that is withheld");
    }
}
