// Errors never repeat withheld text (redact/quiet_messages.hpp): a build's
// messages reach terminals and CI logs, which more people read than the
// board's files. Each case plants a canary in withheld content and makes a
// mistake there; the build must fail, say where, and never print the canary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

struct Case {
    const char* name;
    std::string file;
    std::string text;
    std::string where;  // "path:line" the error must name
    // Named only as far as its folder: withheld whole, or holding a marking
    // portal cannot read (red team 24, C05).
    bool unnamed = false;
};

}  // namespace

TEST(QuietErrors, MistakesInsideWithheldContentNameThePlaceNotTheWords) {
    const Case cases[] = {
        {"an unknown label with the text after it", "content/a.md",
         "---\ntitle: A\n---\nIntro.\n\n::: PROTECTED Mrs Quokkasecret's address is 12 High "
         "Street\nMore.\n:::\n",
         ":6:1: error:", true},
        {"a broken link inside a region", "content/b.md",
         "---\ntitle: B\n---\nIntro.\n\n::: PROTECT\n[her file](../quokkasecret-case/)\n:::\n",
         ":7:1: error:"},
        {"a wrong figure inside a withheld series", "data/statistics/s.json",
         "{\"title\": \"S\", \"source\": \"x\", \"chart\": \"bar\", \"categories\": [\"a\"],\n"
         " \"series\": [{\"name\": \"n\", \"values\": [1]},\n"
         "  {\"name\": \"m\", \"marking\": \"PROTECT\", \"values\": [\"Quokkasecret family\"]}]}\n",
         ":3:"},
        // (A page withheld whole is named only as far as its folder.)
        {"a wrong date on a withheld page", "content/c.md",
         "---\ntitle: C\nmarking: PROTECT\ndate: Quokkasecret hearing\n---\nBody.\n", ":4:", true},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        TempSite s;
        s.write(c.file, c.text);
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        const std::string shown =
            c.unnamed ? s.path(c.file).substr(0, s.path(c.file).rfind('/') + 1) + "\u2026"
                      : s.path(c.file);
        EXPECT_NE(s.messages().find(shown + c.where), std::string::npos) << s.messages();
        EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
        EXPECT_EQ(s.messages().find("High Street"), std::string::npos) << s.messages();
    }
}

// Funding checks judge the board's full tables, withheld rows included; their
// messages must not give a withheld row away: not its cells (a row withholding
// its own fund cell, whose fund the year does not have), and not its amount
// (a sum that counts it: the public rows are on the site to subtract).
TEST(QuietErrors, FundingMessagesNeverGiveAWithheldRowAway) {
    const std::string funds = R"({"financial_year": "2010-11", "funds": [
  {"name": "SSCF Revenue", "available": "1,000.00", "stated_total": "1,000.00"},
  {"name": "SSCF Capital", "available": "0.00", "stated_total": "0.00"}]})";
    const std::string head = "project,fund,amount,section,progress,marking\n";
    const std::string public_row = "Mediation,SSCF Revenue,\"1,000.00\",Funding plan,,\n";
    const struct {
        const char* name;
        std::string rows;
        std::vector<std::string> secrets;
        std::string where;  // "path:line:column" the error must name
    } cases[] = {
        {"a withheld fund cell naming no fund of the year",
         public_row + "Safe house,Quokkasecret Trust,50.00,Funding plan,,PROTECT: fund\n",
         {"uokkasecret"},
         "data/funding/2010-11.csv:3:"},
        {"a withheld row that overspends an empty fund",
         public_row + "Safe house,SSCF Capital,\"5,555.55\",Funding plan,,PROTECT\n",
         {"5,555.55", "5555.55"},
         "data/funding/2010-11.json:3:"},
        {"a row with a withheld amount that makes the stated total wrong",
         public_row + "Safe house,SSCF Revenue,\"4,321.09\",Funding plan,,PROTECT: amount\n",
         {"4,321.09", "5,321.09", "4321.09", "5321.09"},
         "data/funding/2010-11.json:2:"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        TempSite s;
        s.write("data/funding/2010-11.json", funds);
        s.write("data/funding/2010-11.csv", head + c.rows);
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        EXPECT_NE(s.messages().find(s.path(c.where)), std::string::npos) << s.messages();
        for (const auto& secret : c.secrets)
            EXPECT_EQ(s.messages().find(secret), std::string::npos)
                << secret << " in " << s.messages();
    }
}

// Red team round 3: messages built from the board's full documents, and the
// quoting of what they say, must not let withheld words through.
namespace {

const char* kPlanWithAMarkedMilestone = R"({
  "id": "p1", "title": "Plan",
  "priorities": [
    {"number": 1, "title": "One", "actions": [{"number": "1.1", "title": "A",
      "milestones": [{"id": "1.1a", "title": "M a"},
                     {"id": "1.1bQuokkasecret", "title": "M b", "marking": "PROTECT"}]}]}
  ]
}
)";

std::string report_with(const std::string& milestones) {
    return R"({"plan": "p1", "financial_year": "2011-12", "quarter": 1,
  "priorities": [{"number": 1, "milestones": [)" +
           milestones + R"(]}]}
)";
}

}  // namespace

TEST(QuietErrors, AMarkedMilestoneIsNamedInNoListOrWarning) {
    TempSite s;
    s.write("data/plans/p1.json", kPlanWithAMarkedMilestone);
    // Left out of the report: no warning names it.
    s.write("data/reports/2011-12-q1.json", report_with(R"({"id": "1.1a", "status": "green"})"));
    EXPECT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
    // An unknown id: the ids listed are the plan's unmarked ones.
    s.write("data/reports/2011-12-q1.json", report_with(R"({"id": "1.1z", "status": "green"})"));
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("its milestones in priority 1 are 1.1a"), std::string::npos)
        << s.messages();
    EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
}

TEST(QuietErrors, QuoteMarksInsideWithheldTextDoNotEndTheHiding) {
    TempSite s;
    s.write("data/plans/p1.json", kPlanWithAMarkedMilestone);
    s.write("data/reports/2011-12-q1.json",
            report_with(
                R"({"id": "1.1a", "status": "Mrs \"X\" Quokkasecret's", "marking": "PROTECT"})"));
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find(s.path("data/reports/2011-12-q1.json") + ":2:"), std::string::npos)
        << s.messages();
    EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
}

TEST(QuietErrors, ATitleThatReadsAsMarkedIsNotRepeatedInPlaces) {
    TempSite s;
    std::string plan = kPlanWithAMarkedMilestone;
    plan.replace(plan.find("\"title\": \"One\""), 14,
                 "\"title\": \"RESTRICTED: Reducing Quokkasecret offending\"");
    // A second mistake under that priority: a milestone id used twice.
    plan.replace(
        plan.find("\"id\": \"1.1bQuokkasecret\", \"title\": \"M b\", \"marking\": \"PROTECT\""),
        std::string("\"id\": \"1.1bQuokkasecret\", \"title\": \"M b\", \"marking\": "
                    "\"PROTECT\"")
            .size(),
        "\"id\": \"1.1a\", \"title\": \"M b\"");
    s.write("data/plans/p1.json", plan);
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("is used twice in this plan"), std::string::npos) << s.messages();
    EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
}

TEST(QuietErrors, ASyntaxErrorShowsNoWordEvenWithTheSiteJsonBroken) {
    TempSite s;
    std::string site = kSiteJson;
    site.replace(site.find("\"OFFICIAL-SENSITIVE\"]"), 21,
                 "\"OFFICIAL-SENSITIVE\", \"BOARD ONLY\"],,");
    s.write("site.json", site);
    s.write("data/plans/p1.json", kPlanWithAMarkedMilestone);
    s.write(
        "data/reports/2011-12-q1.json",
        report_with(
            R"({"id": "1.1a", "status": "green", "progress": "BOARD ONLY: Quokkasecret details" "x": 1})"));
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
    EXPECT_EQ(s.messages().find("details"), std::string::npos) << s.messages();
    EXPECT_NE(s.messages().find("2011-12-q1.json:2:"), std::string::npos)
        << "the report's syntax error is reported: " << s.messages();
}

// Red team 20 (B02): site.json that fails its schema (a key in capitals, an
// empty title) still gives its policy to the messages, and one whose policy
// cannot be read gives the well-known markings: an error inside a withheld
// milestone does not print it.
TEST(QuietErrors, AWithheldValueIsNotPrintedWhenSiteJsonFailsItsSchema) {
    for (const bool policy_unreadable : {false, true}) {
        TempSite s;
        std::string site = kSiteJson;
        site.replace(site.find("\"title\""), 7, "\"Title\"");
        if (policy_unreadable)
            site.replace(site.find("\"withheld\": ["), 13, "\"withheld\": 7, \"x\": [");
        s.write("site.json", site);
        s.write("data/plans/p1.json", kPlanWithAMarkedMilestone);
        s.write("data/reports/2011-12-q1.json",
                report_with(R"({"id": "1.1a", "status": "Gren quokkasecret", "progress": "x", )"
                            R"("marking": "PROTECT"})"));
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "site.json");
        EXPECT_LACKS(s.messages(), "uokkasecret");
    }
}

TEST(QuietErrors, AStatisticsLabelWithheldByThePlanIsNotInThePath) {
    // The report's priority 2 is withheld because the plan withholds it: no
    // marking in the report itself. A wrong figure under a label holding
    // quote marks must not print the label.
    TempSite s;
    s.write("data/plans/p1.json", R"({
  "id": "p1", "title": "Plan",
  "priorities": [
    {"number": 1, "title": "One", "actions": [{"number": "1.1", "title": "A",
      "milestones": [{"id": "1.1a", "title": "M a"}]}]},
    {"number": 2, "title": "Two", "marking": "PROTECT", "actions": [{"number": "2.1",
      "title": "B", "milestones": [{"id": "2.1a", "title": "M c"}]}]}
  ]
}
)");
    s.write("data/reports/2011-12-q1.json",
            R"({"plan": "p1", "financial_year": "2011-12", "quarter": 1,
  "priorities": [{"number": 1, "milestones": [{"id": "1.1a", "status": "green"}]},
    {"number": 2, "statistics": [{"title": "T", "values": {"Victim Quokkasecret \"a\" b": "x"}}]}]}
)");
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find(s.path("data/reports/2011-12-q1.json") + ":3:"), std::string::npos)
        << s.messages();
    EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
}

TEST(QuietErrors, AMenuMessageSuggestsNoPageWhoseNameReadsAsMarked) {
    // fuzz_site (run 16): "give the address of a page, such as ..." listed a
    // page whose file name reads as marked, by its address.
    TempSite s;
    std::string site = kSiteJson;
    site.replace(site.find("\"url\": \"about/\""), 15, "\"url\": \"nope/\"");
    s.write("site.json", site);
    s.write("content/protect-quokkasecret.md", "---\ntitle: P\n---\nBody.\n");
    s.write("content/minutes.md", "---\ntitle: M\nmarking: PROTECT\n---\nQuokkasecret.\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("nav[0].url: \"nope/\" is not a page of the site"),
              std::string::npos)
        << s.messages();
    EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
    EXPECT_EQ(s.messages().find("minutes/"), std::string::npos) << s.messages();
}

// A quieted message still names the key it is about ('date', 'status'):
// keys are portal's words, not the board's (red team round 5, O3).
TEST(QuietErrors, AQuietedMessageStillNamesItsKey) {
    TempSite s;
    s.write("content/c.md",
            "---\ntitle: C\nmarking: PROTECT\ndate: Quokkasecret hearing\n---\nBody.\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("'date' must be a date"), std::string::npos) << s.messages();
    EXPECT_EQ(s.messages().find("Quokkasecret"), std::string::npos) << s.messages();
}

// Red team round 9: a withheld page's name reaches no message however it is
// written or found: a link to it written with %XX escapes, the leak audit's
// message about it, a refused name whose characters show it backwards; and
// an unknown label inside a region leaves a message that still reads.
TEST(QuietErrors, AWithheldPagesNameIsInNoMessage) {
    {
        // A mistake in a page withheld whole: the message names its folder
        // and line, not its name.
        TempSite s;
        s.write(
            "content/zebra-quokkasecret-family.md",
            "---\ntitle: Case\nsummary: A paper.\nmarking: PROTECT\n---\nSee [x](nowhere.md).\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("content/") + "\u2026:6:");
        EXPECT_LACKS(s.messages(), "quokkasecret");
    }
    {
        TempSite s;
        s.write("content/zebra-quokkasecret.md",
                "---\ntitle: Case\nmarking: PROTECT\n---\nDetails.\n");
        s.write("content/public.md",
                "---\ntitle: Public\n---\nSee [papers](zebra%2Dquokkasecret.md).\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("content/public.md") + ":4:");
        EXPECT_LACKS(s.messages(), "quokkasecret");
    }
    {
        TempSite s;
        s.write("content/zebra-quokkasecret.md",
                "---\ntitle: Case\nmarking: PROTECT\n---\nDetails.\n");
        s.write("content/public.md",
                "---\ntitle: Public\n---\nSee [papers](about.md \"../zebra-quokkasecret/\").\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "leak audit");
        EXPECT_LACKS(s.messages(), "quokkasecret");
    }
    // Red team 20 (C03): the withheld page's address also given as a bare
    // address or in raw HTML (which render withholds) does not make its
    // name public to a message about a broken link to it.
    for (const std::string& also :
         {std::string("The review is at https://example.org/cs/zebra-quokkasecret/ for members."),
          std::string("See <a href=\"../zebra-quokkasecret/\">the review</a>."),
          std::string("See <https://example.org/cs/zebra-quokkasecret/> too.")}) {
        TempSite s;
        s.write("content/zebra-quokkasecret.md",
                "---\ntitle: Case\nmarking: PROTECT\n---\nDetails.\n");
        s.write("content/public.md",
                "---\ntitle: Public\n---\n" + also +
                    "\n\nSee [the findings](../zebra-quokkasecret/#findings).\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("content/public.md") + ":6:");
        EXPECT_LACKS(s.messages(), "quokkasecret");
    }
    {
        TempSite s;
        s.write(
            "content/\xE2\x80\xAE"
            "terceskkouq-case.md",
            "---\ntitle: Case\n---\nDetails.\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "may hold only letters");
        EXPECT_LACKS(s.messages(), "terceskkouq");
    }
    {
        TempSite s;
        s.write("content/a.md",
                "---\ntitle: A\n---\nIntro.\n\n::: PROTECT\n::: QUOKKASECRET\n"
                "Details.\n:::\n:::\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_LACKS(s.messages(), "site.json'");
        EXPECT_LACKS(lower(s.messages()), "quokkasecret");
    }
}

// Red team 19 (A09): an asset named for what a withheld region says, used
// only there, is refused (red team 25, C05: only withheld text links to
// it); the message names it only as far as its folder, or it would print the
// region's words.
TEST(QuietErrors, TheLeakAuditDoesNotRepeatAFileNameThatHoldsWithheldWords) {
    TempSite s;
    s.write("content/index.md", page("Home", "The earlier good build.\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = s.snapshot();
    s.write("assets/images/quokkasecret-family-house-mill-lane.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>\n");
    s.write("content/notes.md",
            "---\ntitle: Notes\n---\nThe group met.\n\n::: PROTECT\nThe house of the family:\n\n"
            "![The house](../assets/images/quokkasecret-family-house-mill-lane.svg)\n:::\n");
    const auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_CONTAINS(s.messages(),
                    "assets/images/…:1:1: error: a file here is linked only from "
                    "withheld text");
    EXPECT_LACKS(lower(s.messages()), "quokkasecret");
    EXPECT_EQ(s.snapshot(), before);
}

// Red team 21 (B01): an object marked under a key spelt otherwise than
// `marking` ("Marking", "protective_marking", "Security Classification") is
// refused by the census; the schema's message about that key names the
// object's place, not its title.
TEST(QuietErrors, AnObjectMarkedUnderAMisspeltKeyIsNotNamedByItsTitle) {
    for (const std::string key : {"Marking", "protective_marking", "Security Classification"}) {
        SCOPED_TRACE(key);
        TempSite s;
        s.write("data/plans/p1.json", kPlanWithAMarkedMilestone);
        std::string report = report_with(R"({"id": "1.1a", "status": "green"})");
        report.replace(report.find("{\"number\": 1,"), 13,
                       "{\"number\": 1, \"title\": \"Quokkasecret estate\",\n  \"" + key +
                           "\": \"RESTRICTED\",\n");
        s.write("data/reports/2011-12-q1.json", report);
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "2011-12-q1.json:");
        EXPECT_LACKS(s.messages(), "uokkasecret");
    }
}

// Red team 21 (C02): a message that names a withheld file's partner by its
// stem ("add data/funding/<stem>.json"), or names the withheld file beside
// a public one ("two reports for ..."), does not print the withheld name.
TEST(QuietErrors, AWithheldFilesNameIsNotRebuiltInAMessage) {
    TempSite s;
    s.write("data/funding/2011-12-operation-quokkasecret.csv",
            "project,fund,amount,section,progress,marking\n"
            "Payments,SSCF Revenue,500.00,Funding plan,Paid monthly,PROTECT\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "allocations without their funds");
    EXPECT_LACKS(s.messages(), "uokkasecret");
}

// Round 21 (C03): a file marked in a way portal does not take as withheld
// whole, but a person does -- a name's ending portal does not read
// ("notes.MD"), or a banner atop it -- is named in no message.
TEST(QuietErrors, AFileMarkedAsAPersonReadsItIsNotNamed) {
    for (const auto& [file, text] : std::vector<std::pair<std::string, std::string>>{
             {"content/operation-quokkasecret.MD",
              "---\ntitle: Informants\nmarking: PROTECT\n---\nThe list.\n"},
             {"content/operation-quokkasecret.markdown", "RESTRICTED\n\nThe list.\n"},
             {"data/statistics/operation-quokkasecret.JSON", "{\"marking\": \"PROTECT\"}\n"},
             {"assets/docs/operation-quokkasecret.txt", "RESTRICTED\n\nHandling notes.\n"},
             {"content/operation-quokkasecret.md",
              "---\ntitle: Notes\n---\nRESTRICTED\n\nHandling notes.\n"},
             {"content/operation-quokkasecret.md",
              "RESTRICTED\n---\ntitle: Notes\n---\nHandling notes.\n"},
         }) {
        TempSite s;
        s.write(file, text);
        s.write("content/broken.md", "---\ntitle: Broken\nlayout: nosuch\n---\nText.\n");
        EXPECT_FALSE(s.build().ok) << file;
        EXPECT_CONTAINS(s.messages(), "so its name is not printed");
        EXPECT_LACKS(s.messages(), "uokkasecret") << file;
    }
}

// Round 21 (C04): a file withheld whole in a folder that holds no public
// file is named only as far as a folder that does: the folder's own name
// may say what the file marks.
TEST(QuietErrors, AWithheldFilesOwnFolderIsNotNamed) {
    TempSite s;
    s.write("data/operation-quokkasecret/costs.json",
            "{\"marking\": \"PROTECT\", \"note\": \"Handling costs\"}\n");
    s.build();
    EXPECT_CONTAINS(s.messages(), s.path("data/") + "\u2026: warning: not a known kind of data");
    EXPECT_LACKS(s.messages(), "uokkasecret");
}

// Round 21 (C05): a reference to a withheld page misspelt by a letter or
// two still says what the page's name says, and is not echoed.
TEST(QuietErrors, AReferenceNearlyNamingAWithheldPageIsNotEchoed) {
    TempSite s;
    s.write("content/quokkasecret-briefing.md",
            "---\ntitle: Case\nmarking: PROTECT\n---\nDetails.\n");
    s.write("content/public.md",
            "---\ntitle: Public\n---\nSee [the briefing](../quokkasecret-breifing/).\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), s.path("content/public.md") + ":4:");
    EXPECT_CONTAINS(s.messages(), "does not lead to any page");
    EXPECT_LACKS(s.messages(), "uokkasecret");
}
