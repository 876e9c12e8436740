// A build leaves the link checks of most pages (those whose public text is their
// full text) to render, which parses them anyway; `portal check` judges every
// link in validate. Both must report exactly the same problems, at the same
// places, whichever stage parsed the page, and a build that stops before render
// must still report them all.
#include <gtest/gtest.h>

#include <algorithm>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

// Every diagnostic as "path:line:column: error: message", sorted.
std::vector<std::string> diagnostics_of(const TempSite& s) {
    std::vector<std::string> out;
    for (const auto& d : s.diags.all()) out.push_back(d.str());
    std::sort(out.begin(), out.end());
    return out;
}

// The diagnostics of `portal check` and of `portal build`, which must agree.
void expect_check_and_build_agree(TempSite& s, const std::vector<std::string>& expected) {
    s.build(false);
    EXPECT_EQ(diagnostics_of(s), expected) << "portal check";
    auto built = s.build(true);
    EXPECT_EQ(diagnostics_of(s), expected) << "portal build";
    EXPECT_EQ(built.ok, expected.empty());
    if (!expected.empty()) {
        EXPECT_FALSE(s.out_exists("index.html")) << "nothing is published";
    }
}

// Pages linking to each other: "plain" pages (no marking, no region: left to
// render by a build) and one page with a withheld region (parsed in validate).
void write_linked_pages(TempSite& s) {
    s.write("content/index.md", page("Home", "Welcome.\n\n## Our work\n\nText.\n"));
    s.write("content/plain.md",
            page("Plain", "## First part\n\nText.\n\n## First part\n\nMore.\n"));
    s.write("content/regions.md",
            page("Regions",
                 "## Public part\n\nText.\n\n::: PROTECT\n## Withheld part\n\n"
                 "Secret.\n:::\n"));
}

}  // namespace

TEST(LinkChecks, GoodLinksBetweenEveryKindOfPagePass) {
    TempSite s;
    write_linked_pages(s);
    s.write(
        "content/links.md",
        page("Links",
             "[a](../plain/#first-part) [b](../plain/#first-part-2) [c](../regions/#public-part)\n"
             "[d](../regions/#withheld-part) [e](#mine) [f](about.md) [g](index.md#our-work)\n"
             "\n## Mine\n"));
    s.write("content/regions-links.md",
            page("Regions links",
                 "[a](../plain/#first-part) [b](../links/#mine)\n\n::: PROTECT\n"
                 "[c](../plain/#first-part-2)\n:::\n"));
    expect_check_and_build_agree(s, {});
}

TEST(LinkChecks, BrokenLinksAreReportedAlikeByCheckAndBuild) {
    TempSite s;
    write_linked_pages(s);
    // From a plain page (left to render) and from a page with a region (parsed
    // in validate), to places that do not exist on both kinds of page.
    s.write("content/links.md",
            page("Links",
                 "Intro.\n\n[a](../missing/) and [b](../plain/#no-such-part) and\n"
                 "[c](../regions/#nowhere) and [d](#not-here) [e](gone.md)\n"));
    s.write("content/regions-links.md",
            page("Regions links",
                 "[a](../links/#nothing)\n\n::: PROTECT\n[b](../plain/#also-not)\n:::\n"));
    const std::string links = s.path("content/links.md");
    const std::string regions = s.path("content/regions-links.md");
    std::vector<std::string> expected = {
        links +
            ":6:1: error: link '../missing/' does not lead to any page of the site (looked for "
            "missing/)",
        links +
            ":6:22: error: link '../plain/#no-such-part': there is no heading or place "
            "'#no-such-part' on plain/ (headings get ids like 'how-the-cdrp-works')",
        links +
            ":7:1: error: link '../regions/#nowhere': there is no heading or place '#nowhere' on "
            "regions/ (headings get ids like 'how-the-cdrp-works')",
        links +
            ":7:30: error: link '#not-here': there is no heading or place '#not-here' on this "
            "page (headings get ids like 'how-the-cdrp-works')",
        links +
            ":7:45: error: link 'gone.md' does not lead to any page of the site (no such file "
            "in content/)",
        regions +
            ":4:1: error: link '../links/#nothing': there is no heading or place '#nothing' on "
            "links/ (headings get ids like 'how-the-cdrp-works')",
        // Inside the withheld region: the place and the kind of problem, never
        // the words (the link's address could itself be withheld text).
        // Inside withheld text, everything from the first quotation mark to the
        // last goes: a withheld address may hold quote marks of its own.
        regions + ":7:1: error: link '…' on plain/",
    };
    std::sort(expected.begin(), expected.end());
    expect_check_and_build_agree(s, expected);
}

TEST(LinkChecks, LinksInDataTextsAreJudgedAgainstPagesLeftToRender) {
    TempSite s;
    write_linked_pages(s);
    // A plan with one milestone, and a quarter's report on it whose narrative
    // (Markdown kept in data) links to a plain page.
    s.write("data/plans/p1.json", R"({"id": "p1", "title": "A plan",
      "period": {"from": "2010-04-01", "to": "2013-03-31"}, "priorities": [{"number": 1,
      "title": "Theft", "actions": [{"number": "1.1", "title": "Do",
      "milestones": [{"id": "1.1a", "title": "Done"}]}]}]})");
    s.write("data/reports/2010-11-q3.json", R"({"plan": "p1", "financial_year": "2010-11",
      "quarter": 3, "priorities": [{"number": 1,
        "narrative": "See [ok](../../plain/#first-part) and [bad](../../plain/#missing-part).",
        "milestones": [{"id": "1.1a", "status": "green"}]}]})");
    const std::string report = s.path("data/reports/2010-11-q3.json");
    s.build(false);
    const auto expected = diagnostics_of(s);
    ASSERT_EQ(expected.size(), 1u) << s.messages();
    EXPECT_NE(expected[0].find(report + ":3:22: error: link '../../plain/#missing-part': there is "
                                        "no heading or place '#missing-part' on plain/"),
              std::string::npos)
        << expected[0];
    expect_check_and_build_agree(s, expected);
}

TEST(LinkChecks, ABuildThatStopsInValidateStillReportsLinksOfPlainPages) {
    TempSite s;
    write_linked_pages(s);
    s.write("content/links.md", page("Links", "[a](../missing/)\n"));
    s.write("content/dated.md", page("Dated", "x\n", "date: 2011-02-30\n"));
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(s.diags.error_count(), 2) << s.messages();
    EXPECT_NE(s.messages().find(s.path("content/links.md") + ":4:1: error: link '../missing/'"),
              std::string::npos)
        << s.messages();
}

TEST(LinkChecks, ABuildThatStopsInRedactStillReportsLinksOfPlainPages) {
    TempSite s;
    write_linked_pages(s);
    s.write("content/links.md", page("Links", "[a](../missing/) [b](../plain/#nope)\n"));
    // A label the policy does not know: redact refuses the page, after validate.
    s.write("content/odd.md", page("Odd", "Text.\n\n::: SOMETHING ELSE\nx\n:::\n"));
    s.build(false);
    const auto expected = diagnostics_of(s);
    ASSERT_EQ(expected.size(), 3u) << s.messages();
    expect_check_and_build_agree(s, expected);
}
