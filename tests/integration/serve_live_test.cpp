// portal serve remakes a page whose text alone was edited without building the
// whole site (serve/live_edits, through the stages: remake_page): what it
// publishes must be exactly what a clean build of the same sources publishes.
// Every other edit (front matter, links, headings, a region that withholds,
// anything a stage refuses) builds the whole site, and withheld text never
// reaches the output either way.
#include <gtest/gtest.h>

#include "leak_check.hpp"
#include "serve_process.hpp"
#include "site_trees.hpp"

using namespace portal::testing;

namespace {

constexpr const char* kRemade = "page edited; remade";
constexpr const char* kBuilt = "portal: built";

void write_site(TempSite& s) {
    s.write("content/index.md",
            page("Home", "Read [about us](about/) and [how we work](about/#how-we-work).\n"));
    s.write("content/about.md",
            page("About", "## How we work\n\nThe board meets ~~monthly~~ quarterly.\n",
                 "summary: Who we are.\n"));
    s.write("content/news.md", page("News", "Public news.\n", "date: 2011-02-01\n"));
}

}  // namespace

TEST(ServeLive, AnEditOfAPagesTextIsRemadeAsACleanBuildWouldMakeIt) {
    TempSite s;
    write_site(s);
    const std::string log = (s.root() / "serve.log").string();
    Server server(s, 18471, log);
    ASSERT_TRUE(server.shows("/about/", "quarterly")) << "the site was not served";
    ASSERT_TRUE(server.said(kBuilt));

    s.write(
        "content/about.md",
        page("About", "## How we work\n\nThe board meets ~~monthly~~ every quarter, in public.\n",
             "summary: Who we are.\n"));
    ASSERT_TRUE(server.said(kRemade)) << "the edit was not remade in place";
    EXPECT_TRUE(server.shows("/about/", "every quarter, in public"));
    EXPECT_EQ(server.count(kBuilt), 1) << "the edit built the whole site";
    EXPECT_CONTAINS(s.search_index_text(), "every quarter, in public");
    EXPECT_EQ(tree(s.out()), clean_build(s));
    // The index lands after the page: an open search page is told again then.
    EXPECT_TRUE(server.shows("/__portal/status", "\"search_index\":1"));

    // Twice more, the second on another page: each is remade from the last.
    s.write("content/news.md", page("News", "Public news, updated.\n", "date: 2011-02-01\n"));
    ASSERT_TRUE(server.said(kRemade, 2));
    s.write("content/about.md", page("About", "## How we work\n\nThe board meets every quarter.\n",
                                     "summary: Who we are.\n"));
    ASSERT_TRUE(server.said(kRemade, 3));
    EXPECT_EQ(server.count(kBuilt), 1);
    EXPECT_EQ(tree(s.out()), clean_build(s));

    // Saves in quick succession, each of the same size (within one tick of the
    // file system's clock their stamps can be the same): the last one shows.
    for (char version : std::string("ABCDEFGH"))
        s.write("content/news.md",
                page("News", std::string("Version ") + version + ".\n", "date: 2011-02-01\n"));
    EXPECT_TRUE(server.shows("/news/", "Version H."));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // anything still coming
    EXPECT_EQ(tree(s.out()), clean_build(s));
}

TEST(ServeLive, EditsThatChangeMoreThanThePageBuildTheWholeSite) {
    TempSite s;
    write_site(s);
    const std::string log = (s.root() / "serve.log").string();
    Server server(s, 18472, log);
    ASSERT_TRUE(server.shows("/about/", "quarterly"));
    ASSERT_TRUE(server.said(kBuilt));
    int builds = 1;

    // A new title: the nav, the feed and the search index show it.
    s.write("content/about.md",
            page("About the partnership", "## How we work\n\nThe board meets quarterly.\n",
                 "summary: Who we are.\n"));
    ASSERT_TRUE(server.said(kBuilt, ++builds)) << "a title change was not built in full";
    EXPECT_EQ(tree(s.out()), clean_build(s));

    // A heading renamed: the home page's link to #how-we-work is now broken,
    // which only a full build (checking every link) can say.
    s.write("content/about.md",
            page("About the partnership", "## How the board works\n\nThe board meets quarterly.\n",
                 "summary: Who we are.\n"));
    EXPECT_TRUE(server.shows("/__portal/status", "how-we-work"))
        << "the broken link was not reported";
    EXPECT_EQ(server.count(kRemade), 0);
    EXPECT_TRUE(server.shows("/about/", "How we work")) << "the last good site was not kept";

    // Back to a good site, then a region withheld inside the page's text: it must
    // not be remade in place, and its words reach no file.
    s.write("content/about.md",
            page("About the partnership", "## How we work\n\nThe board meets quarterly.\n",
                 "summary: Who we are.\n"));
    ASSERT_TRUE(server.said(kBuilt, ++builds));
    const std::string secret = "Quillfeather Marrowdene informant";
    s.write(
        "content/about.md",
        page("About the partnership",
             "## How we work\n\nThe board meets quarterly.\n\n::: PROTECT\n" + secret + ".\n:::\n",
             "summary: Who we are.\n"));
    ASSERT_TRUE(server.said(kBuilt, ++builds));
    EXPECT_ABSENT(s, secret);
    EXPECT_TRUE(server.shows("/about/", kNotice));
    EXPECT_EQ(tree(s.out()), clean_build(s));

    // The region's text edited: still a full build, still withheld.
    s.write("content/about.md",
            page("About the partnership",
                 "## How we work\n\nThe board meets quarterly.\n\n::: PROTECT\n" + secret +
                     " and more.\n:::\n",
                 "summary: Who we are.\n"));
    ASSERT_TRUE(server.said(kBuilt, ++builds));
    EXPECT_ABSENT(s, secret);
    EXPECT_EQ(server.count(kRemade), 0);
    EXPECT_EQ(tree(s.out()), clean_build(s));
}

TEST(ServeLive, APageCopyingWithheldTextIsJudgedByAFullBuild) {
    TempSite s;
    write_site(s);
    const std::string secret = "Ravensworth Tallowmere safehouse details";
    s.write("content/plan.md", page("Plan", "Public plan.\n\n::: PROTECT\n" + secret + ".\n:::\n"));
    const std::string log = (s.root() / "serve.log").string();
    Server server(s, 18473, log);
    ASSERT_TRUE(server.shows("/about/", "quarterly"));
    ASSERT_TRUE(server.said(kBuilt));

    // The officer pastes the withheld sentence into a public page's text. The
    // last build's leak audit finds it, so the page is not remade in place: the
    // whole site is built, and judged as a clean build judges it (text written
    // on a public page is public, so that build publishes it).
    s.write("content/news.md",
            page("News", "Public news about " + secret + ".\n", "date: 2011-02-01\n"));
    ASSERT_TRUE(server.said(kBuilt, 2)) << "the page was not judged by a full build";
    EXPECT_EQ(server.count(kRemade), 0);
    EXPECT_EQ(tree(s.out()), clean_build(s));
}

// The edited page goes through the stages of a build (remake_page): a region
// whose label is publishable is redaction's to read, and the page remade in
// place is what a clean build makes of it, marker lines gone.
TEST(ServeLive, AnEditIsRedactedAsABuildRedactsIt) {
    TempSite s;
    write_site(s);
    const std::string log = (s.root() / "serve.log").string();
    Server server(s, 18474, log);
    ASSERT_TRUE(server.shows("/about/", "quarterly"));
    ASSERT_TRUE(server.said(kBuilt));

    s.write("content/news.md",
            page("News", "Public news.\n\n::: OFFICIAL\nThe panel meets in March.\n:::\n",
                 "date: 2011-02-01\n"));
    ASSERT_TRUE(server.said(kRemade)) << "a publishable region was not remade in place";
    EXPECT_TRUE(server.shows("/news/", "The panel meets in March."));
    EXPECT_EQ(server.count(kBuilt), 1);
    EXPECT_EQ(s.read_out("news/index.html").find(":::"), std::string::npos);
    EXPECT_EQ(tree(s.out()), clean_build(s));

    // A marker a person reads as one but written with look-alike colons: the
    // census reads it, redaction does not recognise it, so the page is not
    // remade; the full build refuses it and the last good site stays.
    const std::string secret = "Harrowgate Pellinore witness";
    s.write("content/news.md",
            page("News",
                 "Public news.\n\n\xEF\xBC\x9A\xEF\xBC\x9A\xEF\xBC\x9A PROTECT\n" + secret +
                     ".\n\xEF\xBC\x9A\xEF\xBC\x9A\xEF\xBC\x9A\n",
                 "date: 2011-02-01\n"));
    EXPECT_TRUE(server.shows("/__portal/status", "look-alike"))
        << "the look-alike marker was not refused";
    EXPECT_EQ(server.count(kRemade), 1);
    EXPECT_ABSENT(s, secret);
    EXPECT_TRUE(server.shows("/news/", "The panel meets in March.")) << "the last good site went";
}
