// Protective marking, end to end (README.md, "Withholding part of a page" and "Withholding in
// data"). Each test plants a unique secret phrase in one place a label can stand, builds, and
// proves that no word of it reaches any file (or file name) under public/, while
// the publishable text around it does, and that the page says it lost content.
// The error tests prove that every malformed marking stops the build with its
// path:line:column and leaves the previous public/ byte-for-byte as it was.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

// ---------------------------------------------------------------------------
// The harness itself: the absence check must see every file and every name.

TEST(MarkingHarness, AbsenceCheckFindsWordsInBodiesNamesAndSplitByTags) {
    TempSite s;
    s.write("content/index.md", page("Home", "Ferrule **gazpacho** stays.\n"));
    s.write("content/zither-folio.md", page("Plain", "x\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(leaks(s, "ferrule").empty());
    EXPECT_FALSE(leaks(s, "gazpacho").empty());
    EXPECT_FALSE(leaks(s, "ZITHER").empty());  // only in a folder name
    s.write("content/index.md", page("Home", "Ferr*ule* split.\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(leaks(s, "ferrule").empty());  // split by <em>
    EXPECT_TRUE(leaks(s, "quokka").empty());
}

// ---------------------------------------------------------------------------
// A whole page.

TEST(Marking, WholePageIsWithheldFromEveryFileAndItsAddressFromEveryLink) {
    TempSite s;
    const std::string title = "Quokka lantern obsidian fjord tamarind";
    const std::string summary = "Marzipan glacier heron vellum oboe";
    const std::string heading = "Halberd nectarine cobalt";
    const std::string body = "Paprika turbine wombat saffron dirigible";
    s.write("content/zephyrine-ledger.md", page(title, "# " + heading + "\n\n" + body + ".\n",
                                                "summary: " + summary + "\nmarking: PROTECT\n"));
    s.write("content/index.md",
            page("Home",
                 "Public introduction stays.\n\nSee [the ledger](zephyrine-ledger/), "
                 "[its source](zephyrine-ledger.md) and "
                 "[a part of it](zephyrine-ledger/#halberd-nectarine-cobalt). "
                 "![chart](zephyrine-ledger/) ends.\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_FALSE(s.out_exists("zephyrine-ledger/index.html"));
    EXPECT_ABSENT(s, title + " " + summary + " " + heading + " " + body);
    // Its address too: the links became plain text.
    EXPECT_ABSENT(s, "zephyrine");
    std::string home = s.read_out("index.html");
    EXPECT_CONTAINS(home, "Public introduction stays.");
    EXPECT_CONTAINS(home, "See the ledger, its source and a part of it.");
    EXPECT_FALSE(has_notice(s.read_out("about/index.html")));
    EXPECT_CONTAINS(redaction_log(s), "content/zephyrine-ledger.md:1:1: withheld page [PROTECT]");
    EXPECT_LACKS(lower(redaction_log(s)), "quokka");
}

TEST(Marking, PublishableLabelOnAPageKeepsItWithoutNotice) {
    TempSite s;
    s.write("content/open.md",
            page("Open page", "Lettuce kiosk pavilion.\n", "marking: not_protectively marked\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 0);
    std::string html = s.read_out("open/index.html");
    EXPECT_CONTAINS(html, "Lettuce kiosk pavilion.");
    EXPECT_FALSE(has_notice(html));
}

TEST(Marking, WithheldMeetingIsNotListedInTheMeetingsIndex) {
    TempSite s;
    s.write("content/meetings/2011-02-01.md",
            page("Board meeting February", "Minutes.\n",
                 "layout: meeting\ndate: 2011-02-01\nsummary: Agreed the budget\n"));
    s.write("content/meetings/2011-03-01.md",
            page("Gorgonzola turnstile meeting", "Minutes of cardamom yodel.\n",
                 "layout: meeting\ndate: 2011-03-01\nsummary: Trombone lichen harpoon\nmarking: "
                 "RESTRICTED\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string idx = s.read_out("meetings/index.html");
    EXPECT_CONTAINS(idx, "Board meeting February");
    EXPECT_CONTAINS(idx, "Agreed the budget");
    EXPECT_LACKS(idx, "2011-03-01");
    EXPECT_ABSENT(s, "Gorgonzola turnstile cardamom yodel Trombone lichen harpoon");
}

TEST(Marking, NavigationEntryForAWithheldPageDoesNotPublishItsAddress) {
    // A withheld page has no entry in any list, nav, feed or sitemap.
    TempSite s;
    std::string site = kSiteJson;
    site.replace(site.find("{\"title\": \"About\", \"url\": \"about/\"}"), 35,
                 "{\"title\": \"About\", \"url\": \"about/\"}, {\"title\": \"Casework\", \"url\": "
                 "\"zephyrine-ledger/\"}");
    s.write("site.json", site);
    s.write("content/zephyrine-ledger.md",
            page("Casework", "Paprika turbine wombat.\n", "marking: PROTECT\n"));
    auto r = s.build();
    if (!r.ok) {
        // Refusing to build (an error naming the nav entry) would also keep the page safe.
        EXPECT_CONTAINS(s.messages(), "nav");
        return;
    }
    EXPECT_ABSENT(s, "zephyrine paprika turbine wombat");
}

// ---------------------------------------------------------------------------
// Regions inside a page.

TEST(Marking, RegionIsWithheldAndThePageShowsTheNotice) {
    TempSite s;
    const std::string secret = "Gherkin sextant lupine pumice walrus jacaranda sorbet quiver";
    s.write("content/index.md", page("Home",
                                     "Opening paragraph stays public.\n\n"                 // 5, 6
                                     "::: PROTECT\n"                                       // 7
                                     "## Gherkin sextant lupine\n\n"                       // 8, 9
                                     "Pumice walrus [jacaranda](about/) sorbet quiver.\n"  // 10
                                     ":::\n\n"                                             // 11, 12
                                     "Closing paragraph stays public.\n",
                                     "summary: Home summary stays\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_ABSENT(s, secret);
    std::string html = s.read_out("index.html");
    EXPECT_CONTAINS(html, "Opening paragraph stays public.");
    EXPECT_CONTAINS(html, "Closing paragraph stays public.");
    EXPECT_CONTAINS(html, "<title>Home");
    EXPECT_CONTAINS(html, "content=\"Home summary stays\"");
    EXPECT_LACKS(html, ":::");
    EXPECT_LACKS(html, "PROTECT");
    EXPECT_TRUE(has_notice(html)) << html;
    EXPECT_FALSE(has_notice(s.read_out("about/index.html")));
    std::string log = redaction_log(s);
    // The summary line makes the front matter four lines: the marker is on line 7.
    EXPECT_CONTAINS(log, "content/index.md:7:1: withheld region (lines 7-11) [PROTECT]");
    EXPECT_CONTAINS(log, "# 1 item(s) withheld");
    EXPECT_LACKS(lower(log), "gherkin");
}

TEST(Marking, SeveralRegionsAndTheTextBetweenThem) {
    TempSite s;
    s.write("content/index.md", page("Home",
                                     "::: PROTECT\nMandolin quarry zucchini.\n:::\n"     // 4-6
                                     "Middle text is public.\n"                          // 7
                                     "::: restricted\n- Fennel\n- Parsnip oxbow\n:::\n"  // 8-11
                                     "Last line is public.\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 2);
    EXPECT_ABSENT(s, "Mandolin quarry zucchini Fennel Parsnip oxbow");
    std::string html = s.read_out("index.html");
    EXPECT_CONTAINS(html, "Middle text is public.");
    EXPECT_CONTAINS(html, "Last line is public.");
    EXPECT_TRUE(has_notice(html));
    EXPECT_CONTAINS(redaction_log(s),
                    "content/index.md:4:1: withheld region (lines 4-6) [PROTECT]");
    EXPECT_CONTAINS(redaction_log(s),
                    "content/index.md:8:1: withheld region (lines 8-11) [restricted]");
}

TEST(Marking, PublishableRegionIsShownWithoutItsMarkersOrNotice) {
    TempSite s;
    s.write("content/index.md", page("Home", "::: OFFICIAL\nBrisket aviary lagoon.\n:::\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 0);
    std::string html = s.read_out("index.html");
    EXPECT_CONTAINS(html, "Brisket aviary lagoon.");
    EXPECT_LACKS(html, ":::");
    EXPECT_LACKS(html, "OFFICIAL");
    EXPECT_FALSE(has_notice(html));
}

TEST(Marking, WithheldRegionInsidePublishableRegion) {
    TempSite s;
    s.write("content/index.md", page("Home",
                                     "::: OFFICIAL\n"                  // 4
                                     "Outer public before.\n\n"        // 5, 6
                                     "::: RESTRICTED\n"                // 7
                                     "Turquoise falafel semaphore.\n"  // 8
                                     ":::\n\n"                         // 9, 10
                                     "Outer public after.\n"           // 11
                                     ":::\n"));                        // 12
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_ABSENT(s, "Turquoise falafel semaphore");
    std::string html = s.read_out("index.html");
    EXPECT_CONTAINS(html, "Outer public before.");
    EXPECT_CONTAINS(html, "Outer public after.");
    EXPECT_TRUE(has_notice(html));
    EXPECT_CONTAINS(redaction_log(s),
                    "content/index.md:7:1: withheld region (lines 7-9) [RESTRICTED]");
}

TEST(Marking, PublishableRegionInsideWithheldRegionIsWithheldWithIt) {
    // A publishable label cannot publish what its withheld parent holds: the
    // whole outer region goes, and the log names the outer region only.
    TempSite s;
    s.write("content/index.md", page("Home",
                                     "Before stays.\n\n"           // 4, 5
                                     "::: PROTECT\n"               // 6
                                     "Cinnabar mongoose.\n\n"      // 7, 8
                                     "::: OFFICIAL\n"              // 9
                                     "Trellis yodeller inside.\n"  // 10
                                     ":::\n\n"                     // 11, 12
                                     "Velour pistachio.\n"         // 13
                                     ":::\n\n"                     // 14, 15
                                     "After stays.\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_ABSENT(s, "Cinnabar mongoose Trellis yodeller Velour pistachio");
    std::string html = s.read_out("index.html");
    EXPECT_CONTAINS(html, "Before stays.");
    EXPECT_CONTAINS(html, "After stays.");
    EXPECT_TRUE(has_notice(html));
    EXPECT_CONTAINS(redaction_log(s),
                    "content/index.md:6:1: withheld region (lines 6-14) [PROTECT]");
}

TEST(Marking, WithheldRegionInsideWithheldRegionIsLoggedOnce) {
    TempSite s;
    s.write("content/index.md", page("Home",
                                     "::: RESTRICTED\nOuter cassowary.\n::: PROTECT\nInner "
                                     "bergamot.\n:::\nOuter tapioca.\n:::\nKept.\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_ABSENT(s, "cassowary bergamot tapioca");
    EXPECT_CONTAINS(s.read_out("index.html"), "Kept.");
    EXPECT_CONTAINS(redaction_log(s),
                    "content/index.md:4:1: withheld region (lines 4-10) [RESTRICTED]");
}

TEST(Marking, RegionInsideAListItemByIndentation) {
    // A marker line indented to sit in a list item (up to three spaces) is a marker.
    TempSite s;
    s.write("content/index.md", page("Home",
                                     "- First item stays\n  ::: PROTECT\n  Hibiscus tumbleweed.\n  "
                                     ":::\n- Second item stays\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "Hibiscus tumbleweed");
    std::string html = s.read_out("index.html");
    EXPECT_CONTAINS(html, "First item stays");
    EXPECT_CONTAINS(html, "Second item stays");
    EXPECT_TRUE(has_notice(html));
}

// Every way of writing a label the policy folds: case, and spaces, hyphens and
// underscores alike; on a page and on a region. One site, one build.
TEST(Marking, LabelSpellingsAreFolded) {
    const std::vector<std::string> withheld = {"protect",
                                               "Protect",
                                               "official_sensitive",
                                               "Official Sensitive",
                                               "official - sensitive",
                                               "OFFICIAL__SENSITIVE",
                                               "  restricted  "};
    const std::vector<std::string> publishable = {"official", "Not Protectively Marked",
                                                  "not-protectively_marked"};
    TempSite s;
    // Page i is "w<i>"; its title and body are made of words unique to it.
    for (std::size_t i = 0; i < withheld.size(); ++i) {
        const std::string n = std::to_string(i);
        s.write("content/w" + n + ".md", page("Nutmeg gondola" + n, "Saxophone quince" + n + ".\n",
                                              "marking: \"" + withheld[i] + "\"\n"));
        s.write("content/r" + n + ".md",
                page("Region page " + n, "Kept before " + n + ".\n\n::: " + withheld[i] +
                                             "\nMarigold tundra" + n + ".\n:::\n"));
    }
    for (std::size_t i = 0; i < publishable.size(); ++i) {
        const std::string n = std::to_string(i);
        s.write(
            "content/p" + n + ".md",
            page("Open page " + n, "::: " + publishable[i] + "\nBuckwheat gazelle" + n + ".\n:::\n",
                 "marking: " + publishable[i] + "\n"));
    }
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, static_cast<int>(2 * withheld.size()));
    EXPECT_ABSENT(s, "Nutmeg gondola Saxophone quince Marigold tundra");
    for (std::size_t i = 0; i < withheld.size(); ++i) {
        SCOPED_TRACE(withheld[i]);
        const std::string n = std::to_string(i);
        EXPECT_FALSE(s.out_exists("w" + n + "/index.html"));
        std::string html = s.read_out("r" + n + "/index.html");
        EXPECT_CONTAINS(html, "Kept before " + n + ".");
        EXPECT_TRUE(has_notice(html));
        // The log keeps the label as it was written.
        EXPECT_CONTAINS(redaction_log(s),
                        "content/w" + n + ".md:1:1: withheld page [" + withheld[i] + "]");
    }
    for (std::size_t i = 0; i < publishable.size(); ++i) {
        SCOPED_TRACE(publishable[i]);
        std::string html = s.read_out("p" + std::to_string(i) + "/index.html");
        EXPECT_CONTAINS(html, "Buckwheat gazelle" + std::to_string(i) + ".");
        EXPECT_FALSE(has_notice(html));
    }
}

TEST(Marking, MarkersWithMoreColonsAndUpToThreeSpaces) {
    TempSite s;
    s.write("content/index.md",
            page("Home", "Kept.\n\n   :::: PROTECT\nWalnut zeppelin.\n ::::\n\nAlso kept.\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "Walnut zeppelin");
    EXPECT_CONTAINS(s.read_out("index.html"), "Also kept.");
}

// ---------------------------------------------------------------------------
// Code is code: a marker inside a closed code fence is text, never a region,
// as long as it withholds nothing. A withheld label inside code is refused: a
// fence opened by mistake earlier is closed by the next one, and would publish
// the region between as code.

TEST(Marking, WithheldMarkerInsideFencedCodeIsRefused) {
    const char* bodies[] = {
        "Intro.\n\n```\n::: PROTECT\nCloudberry dirigible\n:::\n```\n\nOutro.\n",
        "Intro.\n\n~~~markdown\n::: PROTECT\nCloudberry dirigible\n:::\n~~~\n\nOutro.\n",
        "Intro.\n\n````\n```\n::: PROTECT\n```\nCloudberry dirigible\n:::\n````\n\nOutro.\n",
        // Opened by mistake, closed by the fence meant for a later example.
        "Intro.\n\n```\nx\n\n::: PROTECT\nCloudberry dirigible\n:::\n\n```\n",
    };
    const int marker_line[] = {7, 7, 8, 9};  // in the file: front matter is 3 lines
    for (std::size_t i = 0; i < std::size(bodies); ++i) {
        SCOPED_TRACE(bodies[i]);
        TempSite s;
        s.write("content/c.md", page("Code", bodies[i]));
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        EXPECT_CONTAINS(s.messages(), "content/c.md:" + std::to_string(marker_line[i]) +
                                          ":1: error: this marking region marker is inside a "
                                          "code block");
        EXPECT_EQ(s.messages().find("Cloudberry"), std::string::npos);
        EXPECT_FALSE(fs::exists(s.out()));
    }
}

TEST(Marking, MarkerInsideFencedCodeIsShownAsCode) {
    const char* bodies[] = {
        "Intro.\n\n```\n::: OFFICIAL\nshown as code\n:::\n```\n\nOutro.\n",
        "Intro.\n\n~~~markdown\n::: OFFICIAL\nshown as code\n:::\n~~~\n\nOutro.\n",
        "Intro.\n\n````\n```\n::: OFFICIAL\n```\nshown as code\n:::\n````\n\nOutro.\n",
    };
    TempSite s;
    for (std::size_t i = 0; i < std::size(bodies); ++i)
        s.write("content/c" + std::to_string(i) + ".md", page("Code", bodies[i]));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
    EXPECT_EQ(r.withheld, 0);
    for (std::size_t i = 0; i < std::size(bodies); ++i) {
        SCOPED_TRACE(bodies[i]);
        std::string html = s.read_out("c" + std::to_string(i) + "/index.html");
        EXPECT_CONTAINS(html, "<pre><code");
        EXPECT_CONTAINS(html, "::: OFFICIAL\n");
        EXPECT_CONTAINS(html, "shown as code");
        EXPECT_CONTAINS(html, "Outro.");
        EXPECT_FALSE(has_notice(html));
    }
}

// A region indented by mistake would be published as code, the marked text with
// it: refused, at the marker's line, and nothing is published.
TEST(Marking, MarkerInsideIndentedCodeIsRefused) {
    const char* bodies[] = {
        "Intro.\n\n    ::: PROTECT\n    Crocus hammock.\n    :::\n\nOutro.\n",
        "Intro.\n\n\t::: PROTECT\n\tCrocus hammock.\n\t:::\n\nOutro.\n",
        "Intro.\n\n- item\n\n      ::: PROTECT\n      Crocus hammock.\n      :::\n\nOutro.\n",
    };
    for (const char* body : bodies) {
        SCOPED_TRACE(body);
        TempSite s;
        s.write("content/c.md", page("Code", body));
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        // (A marking portal cannot place: the file is named only as far as
        // its folder, red team 24.)
        EXPECT_CONTAINS(s.messages(), "content/\u2026:");
        EXPECT_CONTAINS(s.messages(),
                        "error: this marking region marker is indented by four spaces or a tab");
        EXPECT_FALSE(s.out_exists("c/index.html"));
    }
}

TEST(Marking, CloserInsideACodeBlockDoesNotCloseTheRegion) {
    TempSite s;
    for (std::string f : {"```", "~~~"}) {
        s.write("content/" + std::string(f[0] == '`' ? "b" : "t") + ".md",
                page("Home", "Kept before.\n\n::: PROTECT\nCrocus hammock.\n\n" + f +
                                 "\n:::\nRhubarb lantern code.\n" + f +
                                 "\n\nPelican tangerine after code.\n:::\n\nKept after.\n"));
    }
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 2);
    EXPECT_ABSENT(s, "Crocus hammock Rhubarb lantern Pelican tangerine");
    for (const char* rel : {"b", "t"}) {
        SCOPED_TRACE(rel);
        std::string html = s.read_out(std::string(rel) + "/index.html");
        EXPECT_CONTAINS(html, "Kept before.");
        EXPECT_CONTAINS(html, "Kept after.");
        EXPECT_TRUE(has_notice(html));
        EXPECT_CONTAINS(redaction_log(s), "content/" + std::string(rel) +
                                              ".md:6:1: withheld region (lines 6-15) [PROTECT]");
    }
}

// ---------------------------------------------------------------------------
// JSON data: a plan and a quarterly report, with markings planted in them.

namespace {

// A plan with one public priority; @MS@ adds milestones, @PR@ priorities, @WHY@
// replaces priority 1's "why" value, @PERIOD@ its period.
const char* kPlan = R"({
  "id": "p1",
  "title": "Plan of public works",
  "period": @PERIOD@,
  "priorities": [
    {"number": 1, "title": "Safer public streets", "why": @WHY@,
     "actions": [{"number": "1.1", "title": "Public patrol action", "milestones": [
        {"id": "1.1a", "title": "Publish the patrol timetable"}@MS@]}]}@PR@
  ]
}
)";

const char* kReport = R"({
  "plan": "p1",
  "financial_year": "2010-11",
  "quarter": 3,
  "priorities": [
    {"number": 1,
     "achievements": ["Timetable printed for residents"@ACH@],
     "milestones": [{"id": "1.1a", "status": "green", "progress": @PROGRESS@}@RMS@]}
  ]
}
)";

std::string fill(std::string t, std::initializer_list<std::pair<const char*, std::string>> subs) {
    for (const auto& [k, v] : subs) {
        auto p = t.find(k);
        if (p != std::string::npos) t.replace(p, std::string(k).size(), v);
    }
    for (const char* k : {"@MS@", "@PR@", "@ACH@", "@RMS@"})
        if (auto p = t.find(k); p != std::string::npos) t.erase(p, std::string(k).size());
    if (auto p = t.find("@WHY@"); p != std::string::npos)
        t.replace(p, 5, "\"Residents asked for it.\"");
    if (auto p = t.find("@PERIOD@"); p != std::string::npos)
        t.replace(p, 8, "{\"from\": \"2010-04-01\", \"to\": \"2011-03-31\"}");
    if (auto p = t.find("@PROGRESS@"); p != std::string::npos)
        t.replace(p, 10, "\"Timetable went up\"");
    return t;
}

void write_data(TempSite& s, const std::string& plan, const std::string& report) {
    s.write("data/plans/p1.json", plan);
    s.write("data/reports/2010-11-q3.json", report);
}

}  // namespace

TEST(MarkingData, CleanFixtureBuildsAndShowsItsPublicText) {
    TempSite s;
    write_data(s, fill(kPlan, {}), fill(kReport, {}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 0);
    std::string plan = s.read_out("plans/p1/index.html");
    EXPECT_CONTAINS(plan, "Publish the patrol timetable");
    EXPECT_CONTAINS(plan, "Residents asked for it.");
    EXPECT_CONTAINS(plan, "2010-04-01");
    std::string report = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(report, "Timetable printed for residents");
    EXPECT_CONTAINS(report, "Timetable went up");
    EXPECT_FALSE(has_notice(report));
}

TEST(MarkingData, ObjectInAnArrayIsRemovedWithEverythingThatRefersToIt) {
    TempSite s;
    write_data(
        s, fill(kPlan, {{"@MS@", R"(,
        {"id": "1.1b", "title": "Albatross crumpet dossier", "measurement": "Counted by Quillon Vermouth",
         "marking": "PROTECT"})"}}),
        fill(
            kReport,
            {{"@RMS@",
              R"(, {"id": "1.1b", "status": "red", "progress": "Escalated to Ptarmigan Oyster"})"}}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 2);
    EXPECT_ABSENT(s, "Albatross crumpet dossier Quillon Vermouth");
    // The report's entry for the withheld milestone is withheld with it, logged,
    // and its text is a canary for the audit like any withheld text.
    EXPECT_ABSENT(s, "Ptarmigan Oyster");
    EXPECT_CONTAINS(redaction_log(s),
                    "withheld priorities[0].milestones[1] [withheld with its milestone in the "
                    "plan]");
    std::string report = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(report, "Timetable went up");
    EXPECT_LACKS(report, "1.1b");
    EXPECT_CONTAINS(report, "status-red\">Red</span> 0</li>");  // counted after redaction
    EXPECT_CONTAINS(report, "\"name\":\"Red\",\"values\":[0]");
    EXPECT_CONTAINS(s.read_out("plans/p1/index.html"), "Publish the patrol timetable");
    EXPECT_CONTAINS(
        redaction_log(s),
        "data/plans/p1.json:9:9: withheld priorities[0].actions[0].milestones[1] [PROTECT]");
}

TEST(MarkingData, WithheldPriorityObjectInAnArray) {
    TempSite s;
    write_data(s, fill(kPlan, {{"@PR@", R"(,
    {"number": 2, "title": "Sandalwood vortex priority", "why": "Because of Kumquat Ravine",
     "marking": "RESTRICTED",
     "actions": [{"number": "2.1", "title": "Manticore action", "milestones": [{"id": "2.1a", "title": "Oregano spire"}]}]})"}}),
               fill(kReport, {}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_ABSENT(s, "Sandalwood vortex Kumquat Ravine Manticore Oregano spire");
    EXPECT_LACKS(s.read_out("plans/p1/index.html"), "priority-2");
    EXPECT_CONTAINS(s.read_out("plans/p1/index.html"), "Safer public streets");
}

TEST(MarkingData, ValueWrapperInAnArrayIsRemoved) {
    TempSite s;
    write_data(
        s, fill(kPlan, {}),
        fill(
            kReport,
            {{"@ACH@",
              R"(, {"value": "Tarragon bulwark achievement", "marking": "Official-Sensitive"})"}}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_ABSENT(s, "Tarragon bulwark");
    std::string report = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(report, "Timetable printed for residents");
    EXPECT_CONTAINS(redaction_log(s), "data/reports/2010-11-q3.json:") << "the log names the file";
    EXPECT_CONTAINS(redaction_log(s),
                    "withheld priorities[0].achievements[1] [Official-Sensitive]");
}

TEST(MarkingData, ValueWrapperOnAPropertyRemovesTheField) {
    TempSite s;
    write_data(
        s,
        fill(kPlan, {{"@WHY@",
                      R"({"value": "Because of the Gazebo Lamprey case", "marking": "PROTECT"})"}}),
        fill(kReport, {{"@PROGRESS@",
                        R"({"value": "Waiting on Brouhaha Kestrel", "marking": "PROTECT"})"}}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 2);
    EXPECT_ABSENT(s, "Gazebo Lamprey Brouhaha Kestrel");
    std::string plan = s.read_out("plans/p1/index.html");
    EXPECT_LACKS(plan, "Why is this a priority?");  // the field is absent, not empty text
    EXPECT_CONTAINS(plan, "Safer public streets");
    std::string report = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(report, "status-green");  // the milestone row stays, without its progress
    std::string log = redaction_log(s);
    EXPECT_CONTAINS(log, "withheld priorities[0].why [PROTECT]");
    EXPECT_CONTAINS(log, "withheld priorities[0].milestones[0].progress [PROTECT]");
}

TEST(MarkingData, ObjectPropertyIsRemoved) {
    TempSite s;
    write_data(
        s,
        fill(kPlan,
             {{"@PERIOD@", R"({"from": "1987-06-05", "to": "1988-07-09", "marking": "PROTECT"})"}}),
        fill(kReport, {}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    EXPECT_ABSENT(s, "1987 1988");
    EXPECT_CONTAINS(s.read_out("plans/p1/index.html"), "Plan of public works");
    EXPECT_CONTAINS(redaction_log(s), "data/plans/p1.json:4:13: withheld period [PROTECT]");
}

TEST(MarkingData, PublishableMarkingsInDataAreStrippedAndTheirContentKept) {
    TempSite s;
    write_data(
        s,
        fill(kPlan,
             {{"@WHY@", R"({"value": "Residents asked loudly.", "marking": "OFFICIAL"})"},
              {"@MS@",
               R"(, {"id": "1.1c", "title": "Open milestone kept", "marking": "official"})"}}),
        fill(kReport, {}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 0);
    std::string plan = s.read_out("plans/p1/index.html");
    EXPECT_CONTAINS(plan, "Residents asked loudly.");
    EXPECT_CONTAINS(plan, "Open milestone kept");
    EXPECT_LACKS(plan, "OFFICIAL");
    EXPECT_FALSE(has_notice(plan));
}

TEST(MarkingData, WholeFileIsWithheldWithItsPagesListEntriesAndReports) {
    TempSite s;
    write_data(s, fill(kPlan, {}), fill(kReport, {}));
    s.write("data/plans/p2.json", R"({
  "marking": "PROTECT",
  "id": "p2",
  "title": "Wolverine chalice plan",
  "priorities": [{"number": 1, "title": "Porcupine sonata",
    "actions": [{"number": "1.1", "title": "Lobster", "milestones": [{"id": "x1", "title": "Juniper catapult"}]}]}]
}
)");
    s.write("data/reports/2010-11-q2.json", R"({
  "plan": "p2", "financial_year": "2010-11", "quarter": 2,
  "priorities": [{"number": 1, "achievements": ["Marmoset fandango"], "milestones": [{"id": "x1", "status": "amber"}]}]
}
)");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 2);  // the plan, and its report with it
    EXPECT_FALSE(s.out_exists("plans/p2/index.html"));
    EXPECT_FALSE(s.out_exists("milestones/p2/index.html"));
    EXPECT_FALSE(s.out_exists("reports/2010-11-q2/index.html"));
    EXPECT_ABSENT(s, "Wolverine chalice Porcupine sonata Juniper catapult");
    EXPECT_ABSENT(s, "Marmoset fandango");  // its report goes with it
    for (const char* addr : {"plans/p2", "milestones/p2", "2010-11-q2"})
        EXPECT_TRUE(files_containing(s, addr).empty())
            << addr << " in " << ::testing::PrintToString(files_containing(s, addr));
    EXPECT_CONTAINS(s.read_out("plans/index.html"), "Plan of public works");
    EXPECT_CONTAINS(redaction_log(s), "data/plans/p2.json:1:1: withheld file [PROTECT]");
    EXPECT_CONTAINS(redaction_log(s),
                    "data/reports/2010-11-q2.json:1:1: withheld file [withheld with its plan]");
}

TEST(MarkingData, DataOfAnUnknownKindIsRedactedToo) {
    // data/misc is ignored (a warning) but its markings are still judged and logged.
    TempSite s;
    s.write("data/misc/notes.json",
            R"({"items": [{"t": "Lanolin"}, {"t": "Grapnel mistral", "marking": "PROTECT"}],
 "info": {"note": "Cobblestone", "marking": "PROTECT"}, "one": {"value": "Snowdrop", "marking": "PROTECT"}}
)");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 3);
    EXPECT_ABSENT(s, "Lanolin Grapnel mistral Cobblestone Snowdrop");
    std::string log = redaction_log(s);
    // Without a schema no key is known to be a field name rather than data: the log
    // names each by its place ("[#2]" is the file's second key), never by name.
    EXPECT_CONTAINS(log, "data/misc/notes.json:1:30: withheld [#1][1] [PROTECT]");
    EXPECT_CONTAINS(log, "withheld [#2] [PROTECT]");
    EXPECT_CONTAINS(log, "withheld [#3] [PROTECT]");
    EXPECT_LACKS(lower(log), "grapnel");
}

TEST(MarkingData, WithholdingARequiredFieldIsAMessageNotACrash) {
    // Schemas are checked with markings stripped but nothing withheld, so a
    // required field can be withheld after validation has passed. The build must
    // then either publish without it or fail with a message naming the file.
    const std::pair<const char*, std::string> cases[] = {
        {"plan milestone title",
         fill(
             kPlan,
             {{"@MS@",
               R"(, {"id": "1.1b", "title": {"value": "Pangolin brisket", "marking": "PROTECT"}})"}})},
        {"report milestone status",
         fill(
             kReport,
             {{"@RMS@", R"(, {"id": "1.1a", "status": {"value": "red", "marking": "PROTECT"}})"}})},
        {"report statistic values",
         fill(kReport,
              {{"@ACH@", R"(], "statistics": [{"title": "Counts", "values": {"Pangolin brisket": 3,
              "marking": "PROTECT"}}], "concerns": ["none")"}})},
    };
    std::string crashes;
    for (const auto& [what, json] : cases) {
        SCOPED_TRACE(what);
        TempSite s;
        const bool is_plan = json.find("\"id\": \"p1\"") != std::string::npos;
        write_data(s, is_plan ? json : fill(kPlan, {}), is_plan ? fill(kReport, {}) : json);
        portal::BuildReport r;
        try {
            r = s.build();
        } catch (const std::exception& e) {
            crashes += std::string(what) + ": " + e.what() + "; ";
            continue;
        }
        if (r.ok) {
            EXPECT_ABSENT(s, "Pangolin brisket");
        } else {
            EXPECT_CONTAINS(s.messages(), s.path(is_plan ? "data/plans/p1.json"
                                                         : "data/reports/2010-11-q3.json"));
        }
    }
    EXPECT_EQ(crashes, "");
}

TEST(MarkingData, AReportThatLostContentShowsTheNotice) {
    TempSite s;
    write_data(
        s, fill(kPlan, {}),
        fill(kReport,
             {{"@ACH@", R"(, {"value": "Tarragon bulwark achievement", "marking": "PROTECT"})"}}));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_TRUE(has_notice(s.read_out("reports/2010-11-q3/index.html")));
    EXPECT_FALSE(has_notice(s.read_out("plans/p1/index.html")));
}

TEST(MarkingData, WithheldTextThatTheSiteGeneratesAnywayIsNotALeak) {
    // A withheld statistic whose period reads "2010-11 Q3": the report page is
    // titled "Performance report 2010-11 Q3" by the generator. That text is
    // public (the generator made it from public data), so it must not fail the audit.
    TempSite s;
    write_data(
        s, fill(kPlan, {}),
        fill(kReport,
             {{"@ACH@", R"(], "statistics": [{"title": "Quetzal referrals", "period": "2010-11 Q3",
        "values": {"Cases": 3}, "marking": "PROTECT"}], "concerns": ["none")"}}));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "Quetzal");
}

TEST(Marking, PublicBlocksSideBySideAreNotReadAsOneWithheldSentence) {
    // A withheld region says "referred on 2007-10-12 by the District Council";
    // another page is dated 2007-10-12 and its summary begins "By the". The
    // page shows the date and the summary as two blocks, and the search index's
    // text and the page's description must keep them apart as the audit reads
    // them: a date, then a lead, is not the withheld sentence (the bench corpus
    // of 20,000 pages failed on exactly this).
    TempSite s;
    s.write("content/a.md", page("Case notes",
                                 "Public opening.\n\n::: PROTECT\nThe family was referred on "
                                 "2007-10-12 by the District Council.\n:::\n"));
    s.write("content/b.md",
            page("Funding bid", "## Background\n\nBy the way, the parish holds a list.\n",
                 "date: 2007-10-12\nsummary: By the held teams review\n"));
    s.write("content/c.md",
            page("Undated", "2007-10-12\n\nBy the panel's own account, the scheme worked.\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_ABSENT(s, "District Council");
    EXPECT_CONTAINS(s.read_out("c/index.html"),
                    "content=\"By the panel&#39;s own account, the scheme worked.\"");
}

// ---------------------------------------------------------------------------
// Fail closed: every malformed marking is an error at its place, and the
// previous public/ stays exactly as it was.

namespace {

class MarkingErrors : public ::testing::Test {
  protected:
    void SetUp() override {
        s.write("content/index.md", page("Home", "The earlier good build.\n"));
        ASSERT_TRUE(s.build().ok) << s.messages();
        before = s.snapshot();
        ASSERT_NE(before.find("The earlier good build."), std::string::npos);
    }
    // The build fails with `expected` among its messages and publishes nothing.
    void expect_refused(const std::string& expected) {
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        EXPECT_CONTAINS(s.messages(), expected);
        EXPECT_EQ(s.snapshot(), before) << "public/ changed after a failed build";
        EXPECT_TRUE(files_left_in_staging(s.root()).empty());
    }
    std::string at(const std::string& rel, int line, int col) const {
        return s.path(rel) + ":" + std::to_string(line) + ":" + std::to_string(col) + ": error: ";
    }
    // As `at`, for a file that holds a marking portal cannot read or place:
    // it is named only as far as `folder` (its name may say what the marking
    // withholds; red team 24, C05).
    std::string unnamed_at(const std::string& folder, int line, int col) const {
        return s.path(folder) + "\u2026:" + std::to_string(line) + ":" + std::to_string(col) +
               ": error: ";
    }

    TempSite s;
    std::string before;
    const std::string known =
        "the marking policy in site.json knows: NOT PROTECTIVELY MARKED, OFFICIAL, PROTECT, "
        "RESTRICTED, "
        "OFFICIAL-SENSITIVE (nothing is published while a label is unknown)";
};

}  // namespace

TEST_F(MarkingErrors, UnknownLabelOnAPage) {
    s.write("content/index.md", page("Home", "Changed text.\n", "marking: PROTECTED\n"));
    expect_refused(unnamed_at("content/", 3, 10) + "unknown marking label 'PROTECTED'; " + known);
}

TEST_F(MarkingErrors, EmptyLabelOnAPage) {
    s.write("content/index.md", page("Home", "Changed text.\n", "marking: \"\"\n"));
    expect_refused(unnamed_at("content/", 3, 10) + "unknown marking label ''");
}

TEST_F(MarkingErrors, UnknownLabelOnARegion) {
    s.write("content/index.md", page("Home", "Changed text.\n\n::: SECRET\nHidden.\n:::\n"));
    expect_refused(at("content/index.md", 6, 1) + "unknown marking label 'SECRET'; " + known);
}

TEST_F(MarkingErrors, UnknownLabelInJson) {
    write_data(s, fill(kPlan, {{"@MS@", R"(,
        {"id": "1.1b", "title": "Held", "marking": "PROTECTED"})"}}),
               fill(kReport, {}));
    expect_refused(at("data/plans/p1.json", 9, 52) + "unknown marking label 'PROTECTED'; " + known);
}

TEST_F(MarkingErrors, PageMarkingThatIsAList) {
    s.write("content/index.md", page("Home", "Changed text.\n", "marking: [PROTECT]\n"));
    // (Its front matter reads as withheld: it is named as one withheld whole
    // is, as far as a folder that names nothing, content/.)
    expect_refused(s.path("content/") + "\u2026:3:10: error: " +
                   "'marking' must be a label written as text, like PROTECT");
}

TEST_F(MarkingErrors, PageMarkingThatIsAMap) {
    s.write("content/index.md", page("Home", "Changed text.\n", "marking:\n  label: PROTECT\n"));
    expect_refused(unnamed_at("content/", 4, 3) +
                   "'marking' must be a label written as text, like PROTECT");
}

TEST_F(MarkingErrors, EmptyPageMarkingIsAnErrorOnItsOwnLine) {
    s.write("content/index.md", page("Home", "Changed text.\n", "marking:\n"));
    expect_refused("'marking' must be a label written as text, like PROTECT");
    EXPECT_CONTAINS(s.messages(), s.path("content/") + "\u2026:3:");
}

TEST_F(MarkingErrors, JsonMarkingThatIsANumber) {
    write_data(s, fill(kPlan, {{"@MS@", R"(,
        {"id": "1.1b", "title": "Held", "marking": 3})"}}),
               fill(kReport, {}));
    expect_refused(
        at("data/plans/p1.json", 9, 52) +
        "priorities[0].actions[0].milestones[1].marking: a marking must be a label written "
        "as text, like \"PROTECT\"");
}

TEST_F(MarkingErrors, JsonMarkingThatIsAnObjectOrList) {
    s.write("data/misc/x.json",
            "{\n  \"a\": {\"marking\": {\"label\": \"PROTECT\"}},\n  \"b\": [{\"marking\": "
            "[\"PROTECT\"]}]\n}\n");
    expect_refused(at("data/misc/x.json", 2, 20) +
                   "a.marking: a marking must be a label written as text");
    EXPECT_CONTAINS(s.messages(),
                    at("data/misc/x.json", 3, 21) + "b[0].marking: a marking must be a label");
}

TEST_F(MarkingErrors, TopLevelJsonMarkingThatIsNotAString) {
    s.write("data/misc/x.json", "{\"marking\": null, \"a\": 1}\n");
    expect_refused(unnamed_at("data/", 1, 13) +
                   "marking: a marking must be a label written as text");
}

TEST_F(MarkingErrors, UnclosedRegion) {
    s.write("content/index.md", page("Home", "Changed text.\n\n::: PROTECT\nHidden.\n"));
    expect_refused(at("content/index.md", 6, 1) +
                   "marking region '::: PROTECT' is never closed; add a line ':::' where the "
                   "marked text ends");
}

TEST_F(MarkingErrors, RegionClosedOnlyInsideACodeBlockIsUnclosed) {
    s.write("content/index.md", page("Home", "::: PROTECT\nHidden.\n```\n:::\n```\n"));
    expect_refused(at("content/index.md", 4, 1) + "marking region '::: PROTECT' is never closed");
}

TEST_F(MarkingErrors, StrayCloser) {
    s.write("content/index.md", page("Home", "Changed text.\n:::\n"));
    expect_refused(
        at("content/index.md", 5, 1) +
        "':::' closes a marking region, but no region is open here (a region opens with a "
        "line like '::: PROTECT')");
}

TEST_F(MarkingErrors, MarkerInsideAListItemOrQuote) {
    const std::string msg =
        "a marking region marker (':::') must stand alone at the start of a line, outside lists, "
        "quotes, headings and tables";
    const std::pair<const char*, int> cases[] = {
        {"Changed.\n\n- ::: PROTECT\n  Hidden.\n- :::\n", 6},
        {"Changed.\n\n* ::: PROTECT\n", 6},
        {"Changed.\n\n1. ::: PROTECT\n", 6},
        {"Changed.\n\n> ::: PROTECT\n> Hidden.\n> :::\n", 6},
        {"Changed.\n\n>::: PROTECT\n", 6},
        {"Changed.\n\n- item\n\n     ::: PROTECT\n",
         8},  // 5 spaces: in the item, not code (6 would be)
        {"Changed.\n\n- item\n  > ::: RESTRICTED\n", 7},
    };
    for (const auto& [body, line] : cases) {
        SCOPED_TRACE(body);
        s.write("content/index.md", page("Home", body));
        expect_refused(unnamed_at("content/", line, 1) + msg);
    }
}

TEST_F(MarkingErrors, MarkerContinuingAParagraphIsNotPublished) {
    // Four spaces after a paragraph line continue the paragraph (not code).
    s.write("content/index.md",
            page("Home", "Changed paragraph\n    ::: PROTECT\nHidden.\n    :::\n"));
    // Reported at each marker's own line (the paragraph starts on line 4).
    expect_refused(unnamed_at("content/", 5, 1) +
                   "a marking region marker (':::') must stand alone");
    EXPECT_CONTAINS(s.messages(), unnamed_at("content/", 7, 1) + "a marking region");
}

TEST_F(MarkingErrors, LabelListedAsBothPublishableAndWithheld) {
    std::string site = kSiteJson;
    site.replace(site.find("\"OFFICIAL-SENSITIVE\"]"), 21, "\"OFFICIAL-SENSITIVE\", \"official\"]");
    s.write("site.json", site);
    // "withheld" is on line 8 of kSiteJson; the string "official" starts at column 65.
    expect_refused(at("site.json", 8, 65) +
                   "marking label 'official' is listed as both publishable and withheld; keep it "
                   "in one list only");
}

// A withheld label spelt with spaces, dots, underscores or look-alike
// characters is not publishable: regions marked with it read as withheld (red
// team round 4, L3).
TEST_F(MarkingErrors, APublishableLabelThatIsAWithheldOneSpeltDifferently) {
    for (const std::string spelling :
         {"P R O T E C T", "P.R.O.T.E.C.T", "P_R_O_T_E_C_T", "PR0TECT", "Restr1cted"}) {
        SCOPED_TRACE(spelling);
        std::string site = kSiteJson;
        site.replace(site.find("\"OFFICIAL\"]"), 11, "\"OFFICIAL\", \"" + spelling + "\"]");
        s.write("site.json", site);
        s.write("content/index.md", page("Home", "::: " + spelling + "\nVelvet harbour.\n:::\n"));
        expect_refused(at("site.json", 7, 60) + "publishable marking label '" + spelling +
                       "' reads as the withheld label '");
    }
}

// A protective marking of the government's schemes, or an exempt paper's
// wording, listed as publishable would publish every paper so marked (red
// team policy items): refused wherever it is listed, whatever its case.
TEST_F(MarkingErrors, AWellKnownMarkingListedAsPublishableIsRefused) {
    for (const std::string label : {"Restricted", "TOP SECRET", "Not for publication"}) {
        SCOPED_TRACE(label);
        std::string site = kSiteJson;
        site.replace(site.find("\"OFFICIAL\"]"), 11, "\"OFFICIAL\", \"" + label + "\"]");
        if (const auto at = site.find("\"RESTRICTED\", "); label == "Restricted")
            site.erase(at, 14);
        s.write("site.json", site);
        expect_refused(at("site.json", 7, 60) + "publishable marking label '" + label +
                       "' is a protective marking that withholds");
    }
}

TEST_F(MarkingErrors, ErrorsInSeveralFilesAreAllReported) {
    s.write("content/a.md", page("A", "::: NOPE\nx\n:::\n"));
    s.write("content/b.md", page("B", ":::\n"));
    s.write("data/misc/c.json", "{\"marking\": \"Nope\"}\n");
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(s.diags.error_count(), 3) << s.messages();
    EXPECT_EQ(s.snapshot(), before);
}
