// Long texts of reports and plans in Markdown files beside the data (issue 23,
// item 2): {"file": "2010-11-q3/priority-1.md"} in place of a narrative's
// text. The file is written and marked like a page, withheld like one, and
// its census held against its own lines; what the JSON withholds around it
// withholds it whole.
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
    {"number": 1, "title": "Safer public streets",
     "actions": [{"number": "1.1", "title": "Public patrol action", "milestones": [
        {"id": "1.1a", "title": "Publish the patrol timetable"}]}]},
    {"number": 2, "title": "Second public priority",
     "actions": [{"number": "2.1", "title": "Second action", "milestones": [
        {"id": "2.1a", "title": "Second milestone"}]}]}
  ]
}
)";

// A report whose first priority's narrative is `narrative` (JSON) and whose
// second priority carries `p2` (JSON members, ending in a comma) before its
// milestones.
std::string report(const std::string& narrative, const std::string& p2 = "") {
    return R"({
  "plan": "p1",
  "financial_year": "2010-11",
  "quarter": 3,
  "priorities": [
    {"number": 1,
     "narrative": )" +
           narrative + R"(,
     "milestones": [{"id": "1.1a", "status": "green", "progress": "Timetable went up"}]},
    {"number": 2, )" +
           p2 + R"(
     "milestones": [{"id": "2.1a", "status": "amber", "progress": "Second public progress"}]}
  ]
}
)";
}

const char* kNamed = R"({"file": "2010-11-q3/priority-1.md"})";
const char* kText = "data/reports/2010-11-q3/priority-1.md";

struct Site : TempSite {
    explicit Site(const std::string& narrative = kNamed, const std::string& p2 = "") {
        write("data/plans/p1.json", kPlan);
        write("data/reports/2010-11-q3.json", report(narrative, p2));
    }
};

}  // namespace

TEST(DataTexts, ANarrativeInAFileIsPublishedAsIfTypedInTheJson) {
    Site s;
    s.write(kText, "Public words from a file.\n\n- first point\n- second point\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 0) << s.messages();
    const std::string page = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(page, "Public words from a file.");
    EXPECT_CONTAINS(page, "<li>second point</li>");
    EXPECT_LACKS(page, "priority-1.md");

    // The same text typed in the JSON string makes the same page.
    Site typed("\"Public words from a file.\\n\\n- first point\\n- second point\\n\"");
    ASSERT_TRUE(typed.build().ok) << typed.messages();
    EXPECT_EQ(typed.read_out("reports/2010-11-q3/index.html"), page);
}

TEST(DataTexts, ARegionInAFileIsWithheldAndLoggedAtTheFilesLines) {
    Site s;
    s.write(kText,
            "Public commentary stays.\n\n::: PROTECT\nCase study of Quillwort Pemberton, aged "
            "thirteen.\n:::\n\nPublic closing words.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "Quillwort Pemberton");
    const std::string page = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_CONTAINS(page, "Public commentary stays.");
    EXPECT_CONTAINS(page, "Public closing words.");
    EXPECT_LACKS(page, ":::");
    EXPECT_TRUE(has_notice(page));
    EXPECT_CONTAINS(redaction_log(s), "2010-11-q3/priority-1.md:3:1: withheld region (lines 3-5)");
}

TEST(DataTexts, AMistakeInAFilesRegionPointsAtTheFilesLineAndQuotesNothing) {
    Site s;
    s.build();
    const std::string before = s.snapshot();
    s.write(kText, "Public words.\n\n::: PROTECT\nNotes on Quillwort Pemberton.\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "priority-1.md:3:1: error:");
    EXPECT_LACKS(s.messages(), "Quillwort");
    EXPECT_EQ(s.snapshot(), before);
}

TEST(DataTexts, WhatAPersonReadsAsMarkedInAFileMustBeRecognised) {
    // A label leading a line is read as marked by the census; no parser
    // recognised a marking there, so the build stops at the file's own line.
    // The label marks the file, so its name is not printed (red team 24, C01).
    Site s;
    s.write(kText, "Public words.\n\nRESTRICTED: the families in Quillwort Close\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "/data/reports/\u2026:3:1: error:");
    EXPECT_CONTAINS(s.messages(), "so its name is not printed");
    EXPECT_LACKS(s.messages(), "Quillwort");
    // A fence the parser never closes turns a region into code: refused too.
    Site f;
    f.write(kText, "Public words.\n\n````\ncode\n```\n\n::: PROTECT\nQuillwort\n:::\n");
    EXPECT_FALSE(f.build().ok);
    EXPECT_CONTAINS(f.messages(), "priority-1.md:");
    EXPECT_LACKS(f.messages(), "Quillwort");
}

TEST(DataTexts, AMarkingInTheFilesFrontMatterWithholdsTheWholeText) {
    Site s;
    s.write(kText, "---\nmarking: PROTECT\n---\nThe case of the Wombatfile family.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "Wombatfile");
    EXPECT_TRUE(has_notice(s.read_out("reports/2010-11-q3/index.html")));
    // A publishable label publishes it.
    Site p;
    p.write(kText, "---\nmarking: OFFICIAL\n---\nPublic Wombatfile words.\n");
    ASSERT_TRUE(p.build().ok) << p.messages();
    EXPECT_CONTAINS(p.read_out("reports/2010-11-q3/index.html"), "Public Wombatfile words.");
}

TEST(DataTexts, AMarkingBesideTheNameWithholdsTheWholeText) {
    Site s(R"({"file": "2010-11-q3/priority-1.md", "marking": "RESTRICTED"})");
    s.write(kText, "The case of the Wombatfile family.\n\n::: PROTECT\nInner Quillwort.\n:::\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "Wombatfile");
    EXPECT_ABSENT(s, "Quillwort");
}

TEST(DataTexts, AFileInsideAWithheldPriorityIsWithheldWhole) {
    Site s(kNamed, R"("narrative": {"file": "2010-11-q3/priority-2.md"}, "marking": "PROTECT",)");
    s.write(kText, "Public words.\n");
    s.write("data/reports/2010-11-q3/priority-2.md",
            "Work with the Wombatfile family.\n\nRESTRICTED: their address\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_ABSENT(s, "Wombatfile");
    EXPECT_CONTAINS(s.read_out("reports/2010-11-q3/index.html"), "Public words.");
}

TEST(DataTexts, MistakesInNamingAFileEachGetOneError) {
    struct Case {
        const char* narrative;
        const char* expected;
    };
    for (const Case& c : {
             Case{R"({"file": "2010-11-q3/missing.md"})",
                  "/data/reports/2010-11-q3/missing.md: write the text there"},
             Case{R"({"file": "../../content/page.md"})", "'file' must name a file inside data/"},
             Case{R"({"file": "/etc/passwd.md"})", "with '/' between folders"},
             Case{R"({"file": "2010-11-q3/priority-1.txt"})", "ending in '.md'"},
             Case{R"({"file": 7})", "'file' must be the name of a Markdown file"},
         }) {
        Site s(c.narrative);
        s.write(kText, "Public words.\n");
        s.write("content/page.md", "---\ntitle: A page\n---\nText.\n");
        EXPECT_FALSE(s.build().ok) << c.narrative;
        EXPECT_EQ(s.diags.error_count(), 1) << c.narrative << "\n" << s.messages();
        EXPECT_CONTAINS(s.messages(), std::string("2010-11-q3.json:7:") + "");
        EXPECT_CONTAINS(s.messages(), c.expected);
    }
}

TEST(DataTexts, OnlyAMarkdownFieldMayStandInAFile) {
    Site s(kNamed, R"("lead_officer": {"file": "2010-11-q3/officer.md"},)");
    s.write(kText, "Public words.\n");
    s.write("data/reports/2010-11-q3/officer.md", "Inspector Public\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    "only Markdown text (a narrative, a section, a plan's text) can "
                    "stand in a file of its own");
}

// Red team round 7, L11: a symbolic link to a file already named is the same
// file named twice (its text could be published by the link while the first
// naming withholds it).
TEST(DataTexts, ALinkToAFileAlreadyNamedIsNamingItTwice) {
    Site s(R"({"file": "2010-11-q3/priority-1.md", "marking": "PROTECT"})",
           R"("narrative": {"file": "2010-11-q3/alias.md"},)");
    s.write(kText, "The Quillwort family at Mill Road.\n");
    fs::create_symlink("priority-1.md", s.root() / "data/reports/2010-11-q3/alias.md");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "is a second name (a link) for another file of the site");
    EXPECT_LACKS(s.messages(), "Quillwort");
}

// Red team round 7, M2: inside a marking, a message names the place of a
// file, never the file (its name may say what it is about).
TEST(DataTexts, MessagesInsideAMarkingNameNoFile) {
    Site missing(R"({"file": "2010-11-q3/quillwort-family.md", "marking": "PROTECT"})");
    missing.write(kText, "Public words.\n");
    EXPECT_FALSE(missing.build().ok);
    EXPECT_CONTAINS(missing.messages(), "2010-11-q3.json:7:");
    EXPECT_CONTAINS(missing.messages(), "the file named here does not exist");
    EXPECT_LACKS(missing.messages(), "uillwort");

    Site outside(R"({"file": "2010-11-q3/quillwort-family.md"})");
    outside.write(kText, "Public words.\n");
    EXPECT_FALSE(outside.build().ok);
    EXPECT_CONTAINS(outside.messages(), "there is no file");
    EXPECT_CONTAINS(outside.messages(), "quillwort-family.md");
}

TEST(DataTexts, AFileNamedTwiceOrMarkedTwiceIsRefused) {
    Site twice(kNamed, R"("narrative": {"file": "2010-11-q3/priority-1.md"},)");
    twice.write(kText, "Public words.\n");
    EXPECT_FALSE(twice.build().ok);
    EXPECT_CONTAINS(twice.messages(), "is named already, at ");

    Site marked(R"({"file": "2010-11-q3/priority-1.md", "marking": "PROTECT"})");
    marked.write(kText, "---\nmarking: PROTECT\n---\nWords.\n");
    EXPECT_FALSE(marked.build().ok);
    EXPECT_CONTAINS(marked.messages(), "the text is marked twice");

    Site front;
    front.write(kText, "---\ntitle: My narrative\n---\nWords.\n");
    EXPECT_FALSE(front.build().ok);
    EXPECT_CONTAINS(front.messages(), "priority-1.md:2:1: error: only 'marking' may stand");
}

TEST(DataTexts, AFileNoReportNamesIsAWarningAndPublishedNowhere) {
    Site s;
    s.write(kText, "Public words.\n");
    s.write("data/reports/2010-11-q3/spare.md", "Draft Wombatdraft words.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.diags.warning_count(), 1) << s.messages();
    EXPECT_CONTAINS(s.messages(), "spare.md:1:1: warning: no report or plan names this file");
    EXPECT_CONTAINS(s.messages(), "write {\"file\": \"2010-11-q3/spare.md\"}");
    EXPECT_ABSENT(s, "Wombatdraft");
}

TEST(DataTexts, AnEditedFileIsBuiltAgain) {
    Site s;
    s.write(kText, "First words.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_CONTAINS(s.read_out("reports/2010-11-q3/index.html"), "First words.");
    s.write(kText, "Second words.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_CONTAINS(s.read_out("reports/2010-11-q3/index.html"), "Second words.");
}
