// validate/page_links: which edits of a page's text keep what the link checks
// judged of it (portal serve remakes such a page alone; any other edit gets a
// full build, whose checks judge it afresh). The checks themselves are tested
// through whole builds in tests/integration/link_checks_test.cpp.
#include "validate/page_links.hpp"

#include <gtest/gtest.h>

namespace portal {
namespace {

TEST(PageLinks, AnEditKeepsTheChecksOnlyWithTheSameLinksAndHeadings) {
    const std::string page =
        "# Our plan\n\nRead [the report](reports/q3/) and ![a chart](chart.png).\n\n"
        "## How we work\n\nSee [below](#how-we-work).\n";
    const struct {
        const char* edit;
        std::string after;
        bool same;
    } cases[] = {
        {"unchanged", page, true},
        {"words changed around the links",
         "# Our plan\n\nPlease read [the quarterly report](reports/q3/) and ![chart](chart.png) "
         "first.\n\n## How we work\n\nSee [further down](#how-we-work).\n",
         true},
        {"a paragraph added", page + "\nA new paragraph.\n", true},
        {"a link's destination changed",
         "# Our plan\n\nRead [the report](reports/q4/) and ![a chart](chart.png).\n\n"
         "## How we work\n\nSee [below](#how-we-work).\n",
         false},
        {"an image's source changed",
         "# Our plan\n\nRead [the report](reports/q3/) and ![a chart](other.png).\n\n"
         "## How we work\n\nSee [below](#how-we-work).\n",
         false},
        {"a link added", page + "\n[More](more/)\n", false},
        {"a link removed",
         "# Our plan\n\nRead the report and ![a chart](chart.png).\n\n"
         "## How we work\n\nSee [below](#how-we-work).\n",
         false},
        {"a heading renamed",
         "# Our plan\n\nRead [the report](reports/q3/) and ![a chart](chart.png).\n\n"
         "## How we worked\n\nSee [below](#how-we-work).\n",
         false},
        {"a heading added", page + "\n## Contact\n", false},
        {"the links in another order",
         "# Our plan\n\n![a chart](chart.png) and [the report](reports/q3/).\n\n"
         "## How we work\n\nSee [below](#how-we-work).\n",
         false},
    };
    for (const auto& c : cases)
        EXPECT_EQ(LinkChecker::same_to_link_checks(page, c.after), c.same) << c.edit;
}

}  // namespace
}  // namespace portal
