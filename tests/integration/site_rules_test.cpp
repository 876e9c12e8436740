// Rules a site's files must follow, and what pages carry for readers and
// search engines: file names that become addresses, pages that would stand
// where portal writes its own files, markers hidden in raw HTML, spreadsheet
// formulas in downloads, titles and descriptions.
#include <gtest/gtest.h>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

TEST(SiteRules, AFileNameThatCannotBeAnAddressIsAnError) {
    TempSite s;
    s.write("content/My Page.md", page("Mine", "Text.\n"));
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_CONTAINS(s.messages(), s.path("content/My Page.md") +
                                      ": error: this file's name becomes a web address");
}

TEST(SiteRules, APageWherePortalWritesAFileIsAnError) {
    TempSite s;
    s.write("content/feed.xml.md", page("Feed", "Text.\n"));
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_CONTAINS(s.messages(),
                    "this page would be published at feed.xml/, but portal writes the file "
                    "feed.xml there; rename the page");
}

TEST(SiteRules, AMarkerSwallowedByRawHtmlIsRefused) {
    TempSite s;
    s.write("content/index.md",
            page("Home", "<div>\n::: PROTECT\nQuillwort secret.\n:::\n</div>\n\nPublic.\n"));
    auto r = s.build();
    EXPECT_FALSE(r.ok);
    EXPECT_CONTAINS(s.messages(), s.path("content/index.md") +
                                      ":5:1: error: this marking region marker follows raw HTML");
}

TEST(SiteRules, ACellThatWouldRunAsAFormulaIsWrittenAsText) {
    TempSite s;
    s.write("data/statistics/s.json", R"json({"title": "S", "chart": "bar",
  "categories": ["=HYPERLINK(\"http://x\")", "@SUM(A1)", "-5 degrees", "Plain",
                 "\r=HYPERLINK(\"http://y\")", "\t=1+1", "  +cmd", "\u0001@SUM(B1)", "\tTabbed"],
  "series": [{"name": "+cmd", "values": [1, -2, 3.5, null, 5, 6, 7, 8, 9]}]
})json");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string csv = s.read_out("data/statistics/s.csv");
    EXPECT_CONTAINS(csv, "\"'=HYPERLINK(\"\"http://x\"\")\",1\r\n");
    EXPECT_CONTAINS(csv, "'@SUM(A1),-2\r\n");
    EXPECT_CONTAINS(csv, "'-5 degrees,3.5\r\n");
    EXPECT_CONTAINS(csv, "Plain,\r\n");
    EXPECT_CONTAINS(csv, "'+cmd");
    // What a spreadsheet skips before a formula does not hide it.
    EXPECT_CONTAINS(csv, "\"'\r=HYPERLINK(\"\"http://y\"\")\",5\r\n");
    EXPECT_CONTAINS(csv, "'\t=1+1,6\r\n");
    EXPECT_CONTAINS(csv, "'  +cmd,7\r\n");
    EXPECT_CONTAINS(csv, "'\x01@SUM(B1),8\r\n");
    EXPECT_CONTAINS(csv, "'\tTabbed,9\r\n");
}

TEST(SiteRules, TitlesNameTheSiteOnceAndEveryPageIsDescribed) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Test Partnership\n---\nWelcome.\n");
    s.write("content/plain.md",
            "---\ntitle: Plain\n---\nThe first words of the page describe it when it has no "
            "summary.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_CONTAINS(s.read_out("index.html"), "<title>Test Partnership</title>");
    const std::string plain = s.read_out("plain/index.html");
    EXPECT_CONTAINS(plain, "<title>Plain – Test Partnership</title>");
    EXPECT_CONTAINS(plain,
                    "<meta name=\"description\" content=\"The first words of the page describe "
                    "it when it has no summary.\">");
}

TEST(SiteRules, ControlCharactersInTextAreDropped) {
    TempSite s;
    s.write("content/c.md", page("Tab\x01 title", "Body.\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_CONTAINS(s.read_out("c/index.html"), "<h1>Tab title</h1>");
}
