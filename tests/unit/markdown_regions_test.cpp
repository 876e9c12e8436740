// redact/markdown_regions: the rules of `::: LABEL` regions in Markdown, one
// case per row, under temp_site.hpp's policy (PROTECT, RESTRICTED and
// OFFICIAL-SENSITIVE withhold; OFFICIAL and NOT PROTECTIVELY MARKED publish).
// Each row says whether the text is accepted, what it withholds (a word that
// must be gone from the public text) and keeps (a word that must stay), or the
// error it must give. The integration tests run the same rules through whole
// builds; these say which rule does what.
#include "redact/markdown_regions.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "public_fixtures.hpp"

namespace portal {
namespace {

struct RegionCase {
    const char* name;
    std::string body;
    bool ok;
    std::string withheld;  // a word the public text must not hold ("" for none)
    std::string kept;      // a word it must hold ("" for none)
    int regions;           // withheld regions
    std::string error;     // part of the first error, when !ok
};

const RegionCase kCases[] = {
    {"no markers", "Plain public text.\n", true, "", "Plain", 0, ""},
    {"a withheld region", "Intro.\n\n::: PROTECT\nSecretword here.\n:::\n\nOutro.\n", true,
     "Secretword", "Outro", 1, ""},
    {"labels are read as a person reads them", "::: protect\nSecretword.\n:::\n", true,
     "Secretword", "", 1, ""},
    {"a publishable region keeps its text, not its markers", "::: OFFICIAL\nOpenword here.\n:::\n",
     true, ":::", "Openword", 0, ""},
    {"nested: the withheld inner region goes",
     "::: OFFICIAL\nOpenword.\n\n::: RESTRICTED\nSecretword.\n:::\n\n:::\n", true, "Secretword",
     "Openword", 1, ""},
    {"a withheld outer region takes its publishable inner one",
     "::: PROTECT\nSecretword.\n\n::: OFFICIAL\nInnerword.\n:::\n\n:::\n", true, "Innerword", "", 1,
     ""},
    {"an unknown label is refused", "::: SECRETISH\nSecretword.\n:::\n", false, "", "", 0,
     "unknown"},
    {"a region never closed is refused", "::: PROTECT\nSecretword.\n", false, "", "", 0,
     "never closed"},
    {"a closing marker with nothing open is refused", "Text.\n:::\n", false, "", "", 0, ""},
    {"an example in a closed fence is code", "```\n::: OFFICIAL\nExampleword\n:::\n```\n", true, "",
     "Exampleword", 0, ""},
    {"a withheld label in a closed fence is refused", "```\n::: PROTECT\nSecretword\n:::\n```\n",
     false, "", "", 0, ""},
    {"a marker in a fence never closed is refused",
     "````\ncode\n```\n\n::: PROTECT\nSecretword.\n:::\n", false, "", "", 0, ""},
    {"a marker indented as code outside a fence is refused",
     "Text.\n\n    ::: PROTECT\n    Secretword.\n    :::\n", false, "", "", 0, ""},
};

TEST(MarkdownRegions, EachRule) {
    const SiteConfig config = testing::test_policy();
    Diagnostics policy_diags;
    const MarkingPolicy policy(config, policy_diags);
    for (const auto& c : kCases) {
        SCOPED_TRACE(c.name);
        Diagnostics diags;
        RegionResult r = apply_regions(
            c.body,
            [](int line) {
                return SourcePos{"content/page.md", line + 3, 1};
            },
            policy, diags);
        const bool accepted = r.ok && !diags.has_errors();
        EXPECT_EQ(accepted, c.ok) << (diags.all().empty() ? "" : diags.all().front().str());
        if (!c.ok) {
            ASSERT_TRUE(diags.has_errors());
            EXPECT_NE(diags.all().front().str().find("content/page.md:"), std::string::npos)
                << "an error names the file and line: " << diags.all().front().str();
            if (!c.error.empty()) {
                EXPECT_NE(diags.all().front().message.find(c.error), std::string::npos)
                    << diags.all().front().message;
            }
            continue;
        }
        EXPECT_EQ(static_cast<int>(r.withheld.size()), c.regions);
        if (!c.withheld.empty()) {
            EXPECT_EQ(r.public_markdown.find(c.withheld), std::string::npos) << r.public_markdown;
        }
        if (!c.kept.empty()) {
            EXPECT_NE(r.public_markdown.find(c.kept), std::string::npos) << r.public_markdown;
        }
        // Lines are blanked, not removed: every later line keeps its number.
        EXPECT_EQ(std::count(r.public_markdown.begin(), r.public_markdown.end(), '\n'),
                  std::count(c.body.begin(), c.body.end(), '\n'))
            << r.public_markdown;
    }
}

TEST(MarkdownRegions, AWithheldRegionIsLoggedByPlaceAndMarkersAreListedForTheCensus) {
    const SiteConfig config = testing::test_policy();
    Diagnostics diags;
    const MarkingPolicy policy(config, diags);
    RegionResult r = apply_regions(
        "Intro.\n\n::: PROTECT\nSecretword.\n:::\n::: OFFICIAL\nOpen.\n:::\n",
        [](int line) {
            return SourcePos{"content/page.md", line + 3, 1};
        },
        policy, diags);
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(r.withheld.size(), 1u);
    EXPECT_EQ(r.withheld[0].first_line, 3);
    EXPECT_EQ(r.withheld[0].last_line, 5);
    EXPECT_EQ(r.withheld[0].pos.line, 6);  // the locator's file line
    EXPECT_EQ(r.withheld[0].label, "PROTECT");
    // Every marker line, and whether what follows it is withheld (not after
    // the closing one).
    const std::vector<std::pair<int, bool>> markers{{3, true}, {5, false}, {6, false}, {8, false}};
    EXPECT_EQ(r.markers, markers);
}

}  // namespace
}  // namespace portal
