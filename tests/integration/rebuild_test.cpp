// Rebuilds (the performance issue): a build over an output that a previous build
// published must produce exactly what a clean build of the same sources
// produces — whatever changed: a page edited, added, deleted or newly withheld,
// or the output itself touched. And when nothing changed at all, the build keeps
// the published site as it is and says so.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "leak_check.hpp"
#include "pipeline.hpp"
#include "site_trees.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

void write_pages(TempSite& s) {
    s.write("content/index.md", page("Home", "See [the plan](plan/) and [news](news/).\n"));
    s.write("content/plan.md", page("Plan", "The plan of the year.\n"));
    s.write("content/news.md", page("News", "Public news.\n", "date: 2011-02-01\n"));
}

}  // namespace

TEST(Rebuild, NothingChangedKeepsThePublishedSite) {
    TempSite s;
    write_pages(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = tree(s.out());
    const auto time = fs::last_write_time(s.out() / "index.html");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_TRUE(r.up_to_date);
    EXPECT_EQ(r.pages, 8) << "the counts of the build it kept";
    EXPECT_EQ(tree(s.out()), before);
    EXPECT_EQ(fs::last_write_time(s.out() / "index.html"), time);
    EXPECT_EQ(tree(s.out()), clean_build(s));
}

TEST(Rebuild, AnEditedAddedOrDeletedPageGivesWhatACleanBuildGives) {
    TempSite s;
    write_pages(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    s.write("content/plan.md", page("Plan", "The plan, changed.\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_FALSE(r.up_to_date);
    EXPECT_EQ(tree(s.out()), clean_build(s));

    s.write("content/extra.md", page("Extra", "An added page.\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_TRUE(s.out_exists("extra/index.html"));
    EXPECT_EQ(tree(s.out()), clean_build(s));

    s.remove("content/extra.md");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(s.out_exists("extra/index.html"));
    EXPECT_EQ(tree(s.out()), clean_build(s));
}

TEST(Rebuild, APageNewlyWithheldDisappearsAsInACleanBuild) {
    TempSite s;
    write_pages(s);
    s.write("content/plan.md", page("Plan", "Operation Quillwort begins.\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    ASSERT_FALSE(leaks(s, "Quillwort").empty());
    s.write("content/plan.md", page("Plan", "Operation Quillwort begins.\n", "marking: PROTECT\n"));
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_FALSE(r.up_to_date);
    EXPECT_ABSENT(s, "Quillwort");
    EXPECT_EQ(tree(s.out()), clean_build(s));
}

TEST(Rebuild, AnOutputTouchedSinceIsBuiltAgain) {
    TempSite s;
    write_pages(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string good = tree(s.out());
    // A file edited, a file added, a file removed, the log removed: each time the
    // next build must notice and make the site again.
    const std::vector<std::function<void()>> touches = {
        [&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            std::ofstream(s.out() / "plan/index.html", std::ios::app) << "<!-- edited -->";
        },
        [&] { std::ofstream(s.out() / "stray.html") << "<p>left here by hand</p>"; },
        [&] { fs::remove(s.out() / "news/index.html"); },
        [&] { fs::remove(s.root() / "build" / "redactions.txt"); },
    };
    for (std::size_t i = 0; i < touches.size(); ++i) {
        SCOPED_TRACE(i);
        touches[i]();
        auto r = s.build();
        ASSERT_TRUE(r.ok) << s.messages();
        EXPECT_FALSE(r.up_to_date);
        EXPECT_EQ(tree(s.out()), good);
        EXPECT_TRUE(fs::exists(s.root() / "build" / "redactions.txt"));
    }
}

TEST(Rebuild, FullBuildsEvenWhenNothingChanged) {
    TempSite s;
    write_pages(s);
    ASSERT_TRUE(s.build().ok) << s.messages();
    portal::BuildOptions o;
    o.site_dir = s.root().string();
    o.out_dir = s.out().string();
    o.log_path = (s.root() / "build" / "redactions.txt").string();
    o.reuse_unchanged = false;
    portal::Diagnostics d;
    auto r = portal::run_build(o, d);
    ASSERT_TRUE(r.ok);
    EXPECT_FALSE(r.up_to_date);
}
