// A file a person reads as marked is named in no message beyond a folder
// that holds a public file (pipeline: `shown_as_far_as_a_public_folder`),
// whatever in it marks it and whichever check refuses it; and a name that
// reads as marked is refused, never published as an address (red team 24,
// reviewer C). Each case names its file after a canary ("quokkasecret") and
// proves the build fails, says why the name is left out, and never prints it.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/json_value.hpp"
#include "leak_check.hpp"
#include "new_site/new_report.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// A statistics file that builds, with `first` put in as its first field.
std::string statistics(const std::string& first) {
    return "{" + first +
           "\"title\": \"Tally\", \"source\": \"Police\", \"chart\": \"bar\", "
           "\"categories\": [\"a\", \"b\"], \"series\": [{\"name\": \"n\", \"values\": [1, "
           "2]}]}\n";
}

// A page with front matter `front` and body `body`.
std::string front_and_body(const std::string& front, const std::string& body) {
    return "---\n" + front + "---\n" + body;
}

// Builds a site with `files` added; the build must fail, say why a name is
// left out, and print no canary.
void expect_refused_unnamed(const Files& files, const char* why = "so its name is not printed") {
    TempSite s;
    for (const auto& [file, text] : files) s.write(file, text);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), why);
    EXPECT_LACKS(s.messages(), "uokkasecret");
}

}  // namespace

// C01, C07: a banner anywhere in the paper marks the whole of it: its title
// or summary in front matter, a data file's top-level field, a footer stamp
// on its last line (as text copied from a PDF brings it).
TEST(HiddenNames, ABannerAnywhereInAFileKeepsItsNameOutOfMessages) {
    const Files cases = {
        {"content/quokkasecret-a.md",
         front_and_body("title: \"RESTRICTED - informant list\"\n", "Body.\n")},
        {"content/quokkasecret-b.md",
         front_and_body("title: Informants\nsummary: \"RESTRICTED\"\n", "Body.\n")},
        {"content/quokkasecret-c.md",
         front_and_body("title: \"NOT FOR PUBLICATION\"\n", "Body.\n")},
        {"content/quokkasecret-d.md",
         front_and_body("title: Briefing\n", "The briefing text.\n\nMore text.\n\nRESTRICTED\n")},
        {"content/quokkasecret-e.md",
         front_and_body("title: Briefing\n", "The briefing text.\n\nRestricted Page 2 of 2\n")},
        {"data/statistics/quokkasecret-f.json",
         statistics("\"description\": \"NOT FOR PUBLICATION. Tally.\", ")},
        {"data/statistics/quokkasecret-g.json",
         statistics("\"source_document\": \"RESTRICTED\", ")},
    };
    for (const auto& file : cases) {
        SCOPED_TRACE(file.first);
        expect_refused_unnamed({file}, "the file holds a marking");
    }
}

// C05: a marking written in a form portal refuses (a YAML list, owner before
// label, a label under another key) is refused without the file's name.
TEST(HiddenNames, AMarkingInAFormPortalRefusesKeepsItsNameOutOfMessages) {
    const Files cases = {
        {"content/quokkasecret-a.md",
         front_and_body("title: Op\nmarking:\n  - RESTRICTED\n", "Body.\n")},
        {"content/quokkasecret-b.md",
         front_and_body("title: Op\nmarking: Police Restricted\n", "Body.\n")},
        {"content/quokkasecret-c.md",
         front_and_body("title: Op\nsecurity: RESTRICTED\n", "Body.\n")},
        {"content/quokkasecret-d.md", front_and_body("title: Op\nstatus: PROTECT\n", "Body.\n")},
        {"content/quokkasecret-e.md",
         front_and_body("title: Op\nsensitivity: OFFICIAL-SENSITIVE\n", "Body.\n")},
        {"data/statistics/quokkasecret-f.json", statistics("\"security\": \"RESTRICTED\", ")},
        {"data/statistics/quokkasecret-g.json", statistics("\"marking\": \"Police Restricted\", ")},
        {"data/statistics/quokkasecret-h.json",
         statistics("\"marking\": {\"label\": \"RESTRICTED\"}, ")},
    };
    for (const auto& file : cases) {
        SCOPED_TRACE(file.first);
        expect_refused_unnamed({file});
    }
}

// C03: a narrative withheld by the marking beside its name in the report
// ({"file": ..., "marking": ...}) is withheld whole: an error reading it
// (not UTF-8) does not print its name.
TEST(HiddenNames, ATextAReportWithholdsByItsMarkingIsNotNamedWhenItCannotBeRead) {
    expect_refused_unnamed(
        {{"data/reports/2010-11-q3.json",
          "{\"plan\": \"p\", \"narrative\": {\"file\": \"2010-11-q3/quokkasecret-informants.md\", "
          "\"marking\": \"RESTRICTED\"}}\n"},
         {"data/reports/2010-11-q3/quokkasecret-informants.md",
          "Informant list, \xe9t\xe9 2010.\n"}},
        "the file is withheld whole, so its name is not printed");
}

// C04: a page under the address of a page or a plan withheld whole is
// withheld with it, and its path spells that address: an error reading it
// names neither.
TEST(HiddenNames, APageUnderAWithheldPageOrPlanIsNotNamedWhenItCannotBeRead) {
    expect_refused_unnamed(
        {{"content/quokkasecret-op/index.md",
          front_and_body("title: Op\nmarking: RESTRICTED\n", "Body.\n")},
         {"content/quokkasecret-op/sub.md", front_and_body("title: Sub\n", "Body \xff.\n")}},
        "the file stands under the address of a page or data withheld");
    expect_refused_unnamed(
        {{"data/plans/quokkasecret-plan.json",
          "{\"marking\": \"RESTRICTED\", \"id\": \"quokkasecret-plan\", \"title\": \"Plan\", "
          "\"priorities\": []}\n"},
         {"content/plans/quokkasecret-plan/targets.md",
          front_and_body("title: Targets\n", "Body \xff.\n")}},
        "the file stands under the address of a page or data withheld");
}

// C06: a file too large to read may be marked in text portal never reads:
// the size error names it only as far as its folder.
TEST(HiddenNames, AFileTooLargeToReadIsNotNamed) {
    std::string big = front_and_body("title: Op\nmarking: RESTRICTED\n", "");
    big.append(33u * 1024 * 1024, 'x');
    expect_refused_unnamed({{"content/quokkasecret-informants.md", big}},
                           "the file is too large for portal to read it for markings");
}

// What the rule must not hide: a public page with a properly marked region
// builds, and a mistake in its public text names it.
TEST(HiddenNames, APublicPageWithAMarkedRegionKeepsItsName) {
    TempSite s;
    s.write("content/regionpage.md",
            front_and_body(
                "title: Notes\n",
                "Public text.\n\n::: PROTECT\nWithheld text.\n:::\n\n[a link](../nosuch/)\n"));
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), s.path("content/regionpage.md") + ":");
    EXPECT_LACKS(s.messages(), "so its name is not printed");
}

// C01 (site 71): `portal new report` lists no plan whose own fields read as
// marked (a banner in its title), as it lists no plan withheld by a marking.
TEST(HiddenNames, NewReportListsNoPlanWhoseTitleReadsAsMarked) {
    TempSite s;
    s.write("data/plans/p1.json",
            "{\"id\": \"p1\", \"title\": \"Plan One\", \"priorities\": []}\n");
    s.write("data/plans/quokkasecret-plan.json",
            "{\"id\": \"quokkasecret-plan\", \"title\": \"RESTRICTED - covert plan\", "
            "\"priorities\": []}\n");
    portal::Diagnostics diags;
    EXPECT_EQ(portal::write_new_report(s.root().string(), "p2", "2011-12-q1", diags), "");
    ASSERT_EQ(diags.error_count(), 1);
    EXPECT_CONTAINS(diags.all().front().message, "(the plans are p1)");
    EXPECT_LACKS(diags.all().front().message, "uokkasecret");
}

// C02: a stamp the text census reads is refused in a name wherever it
// stands among the name's words, in a file's name or a folder's, for pages,
// data and assets alike; names that only hold its words stay names.
TEST(HiddenNames, AStampAnywhereInANameIsRefused) {
    const std::string note = front_and_body("title: Board note\n", "A note for the board.\n");
    for (const char* file :
         {"content/in-confidence-briefing.md", "content/embargoed-report.md",
          "content/medical-in-confidence-note.md", "content/2011-02-01-in-confidence.md",
          "content/meetings/2011-02-01-private-version.md",
          "content/meetings/2011-02-01-names-not-removed.md", "content/embargoed/review.md"}) {
        SCOPED_TRACE(file);
        TempSite s;
        s.write(file, note);
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "in the name of the file or of a folder above it");
    }
    {
        TempSite s;
        s.write("data/statistics/in-confidence-tally.json", statistics(""));
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "data/statistics/\u2026");
    }
    {
        TempSite s;
        s.write("assets/images/embargoed-map.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "assets/images/\u2026");
    }
    for (const char* file :
         {"content/call-in-confidence.md", "content/private-sector-funding.md",
          "content/meetings/2011-02-01-board-minutes.md", "content/report-in-confidence.md"}) {
        SCOPED_TRACE(file);
        TempSite s;
        s.write(file, note);
        EXPECT_TRUE(s.build().ok) << s.messages();
    }
}
