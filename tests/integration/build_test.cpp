// Builds small sites end to end and inspects what lands in the output folder.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "temp_site.hpp"

using namespace portal::testing;

TEST(Build, PublishesPagesAtTheirFolders) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    s.write("content/plans/2011-14/index.md", "---\ntitle: The plan\n---\nPlan.\n");
    s.write("content/plans/2011-14/glossary.md", "---\ntitle: Glossary\n---\nWords.\n");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_TRUE(s.out_exists("index.html"));
    EXPECT_TRUE(s.out_exists("about/index.html"));
    EXPECT_TRUE(s.out_exists("plans/2011-14/index.html"));
    EXPECT_TRUE(s.out_exists("plans/2011-14/glossary/index.html"));
    // the four above, the search page, the A-Z list, the accessibility statement and 404.html
    EXPECT_EQ(r.pages, 8);
    EXPECT_TRUE(s.out_exists("a-z/index.html"));
    EXPECT_TRUE(s.out_exists("search/index.html"));
    EXPECT_TRUE(s.out_exists("404.html"));
}

TEST(Build, RendersGfmWithoutRawHtmlAndWithHeadingIds) {
    TempSite s;
    s.write("content/index.md",
            "---\ntitle: Home\n---\n# Big heading\n\n## Same\n\n## Same\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ and https://example.org\n\n"
            "<script>alert(1)</script>\n\n<b>bold</b>\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("index.html");
    EXPECT_NE(html.find("<h2 id=\"big-heading\">"), std::string::npos) << html;  // below the h1
    EXPECT_NE(html.find("<h3 id=\"same\">"), std::string::npos);
    EXPECT_NE(html.find("<h3 id=\"same-2\">"), std::string::npos);
    EXPECT_NE(html.find("<table>"), std::string::npos);
    EXPECT_NE(html.find("<del>gone</del>"), std::string::npos);
    EXPECT_NE(html.find("<a href=\"https://example.org\">"), std::string::npos);
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_EQ(html.find("<b>bold</b>"), std::string::npos);
    // Exactly one h1: the page title.
    EXPECT_EQ(std::count(html.begin(), html.end(), '\n') > 0, true);
    std::regex h1("<h1[ >]");
    EXPECT_EQ(
        std::distance(std::sregex_iterator(html.begin(), html.end(), h1), std::sregex_iterator()),
        1);
}

TEST(Build, EscapesFrontMatterInLayouts) {
    TempSite s;
    s.write("content/index.md",
            "---\ntitle: \"Fish & <chips> \\\"now\\\"\"\nsummary: a < b\n---\nx\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("index.html");
    EXPECT_NE(html.find("Fish &amp; &lt;chips&gt; &quot;now&quot;"), std::string::npos);
    EXPECT_EQ(html.find("<chips>"), std::string::npos);
    EXPECT_NE(html.find("content=\"a &lt; b\""), std::string::npos);
}

TEST(Build, AssetsCarryAContentHashAndPagesReferToIt) {
    TempSite s;
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("about/index.html");
    std::smatch m;
    std::regex css("href=\"\\.\\./(assets/css/site\\.[0-9a-f]{10}\\.css)\"");
    ASSERT_TRUE(std::regex_search(html, m, css)) << html;
    EXPECT_TRUE(s.out_exists(m[1].str()));
    EXPECT_FALSE(s.out_exists("assets/css/site.css"));
    // A change to the stylesheet changes its name.
    s.write("assets/css/site.css", "body{color:#000}");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(s.out_exists(m[1].str()));
}

// Follows every href/src in every HTML file on disk; all must be relative and resolve.
static void expect_links_resolve(const fs::path& out) {
    std::regex attr("(?:href|src)=\"([^\"]*)\"");
    int checked = 0;
    for (auto& e : fs::recursive_directory_iterator(out)) {
        // 404.html resolves from <base href> wherever it is shown: Outputs tests cover it.
        if (e.path().extension() != ".html" || e.path().filename() == "404.html") continue;
        std::ifstream in(e.path());
        std::string html((std::istreambuf_iterator<char>(in)), {});
        for (auto it = std::sregex_iterator(html.begin(), html.end(), attr);
             it != std::sregex_iterator(); ++it) {
            std::string url = (*it)[1];
            if (url.rfind("http", 0) == 0 || url.rfind("#", 0) == 0 || url.rfind("mailto:", 0) == 0)
                continue;
            EXPECT_NE(url.rfind("/", 0), 0u) << "root-absolute link " << url << " in " << e.path();
            std::string path = url.substr(0, url.find('#'));
            fs::path target = (e.path().parent_path() / path).lexically_normal();
            EXPECT_TRUE(fs::is_regular_file(target))
                << url << " in " << e.path() << " -> " << target;
            ++checked;
        }
    }
    EXPECT_GT(checked, 5);
}

TEST(Build, LinksAreRelativeAndResolveUnderAnySubPath) {
    TempSite s;
    s.write("content/index.md",
            "---\ntitle: Home\n---\n[About](about.md), [plan](plans/a/), "
            "[gloss](plans/a/glossary/index.html)\n");
    s.write("content/plans/a/index.md",
            "---\ntitle: Plan A\n---\n[Home](../../), [glossary](glossary.md#terms), "
            "[about](/about/)\n");
    s.write("content/plans/a/glossary.md", "---\ntitle: Glossary\n---\n## Terms\n\n[Plan](../)\n");
    s.write("site.json", std::string(kSiteJson).replace(std::string(kSiteJson).find("\"about/\""),
                                                        8, "\"plans/a/\""));
    ASSERT_TRUE(s.build().ok) << s.messages();
    expect_links_resolve(s.out());
    // Moved under a deeper path (as a sub-path on a server, or a folder on disk): still resolves.
    fs::path moved = s.root() / "deep" / "er" / "community-safety";
    fs::create_directories(moved.parent_path());
    fs::rename(s.out(), moved);
    expect_links_resolve(moved);
    std::ifstream in(moved / "plans/a/index.html");
    std::string html((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(html.find("href=\"../../index.html\""), std::string::npos);
    EXPECT_NE(html.find("href=\"glossary/index.html#terms\""), std::string::npos);
    EXPECT_NE(html.find("href=\"../../about/index.html\""), std::string::npos);
}

TEST(Build, NavigationComesFromSiteJsonAndMarksTheCurrentPage) {
    TempSite s;
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("about/index.html");
    EXPECT_NE(html.find("<a href=\"index.html\" aria-current=\"page\">About</a>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("Open Government Licence v3.0"), std::string::npos);
}

TEST(Build, UnknownFrontMatterKeyIsAWarningNotAnError) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\ncolour: blue\n---\nx\n");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_NE(s.messages().find(s.path("content/index.md") +
                                ":3:1: warning: unknown front matter key 'colour'"),
              std::string::npos)
        << s.messages();
}
