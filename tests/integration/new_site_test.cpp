// `portal new site` (issue 23): a new site builds first time, with no error
// and no warning, from the theme compiled into portal; nothing is overwritten
// and nothing is left half-written.
#include <gtest/gtest.h>

#include "leak_check.hpp"
#include "new_site/new_site.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

portal::BuildReport build(const fs::path& site, portal::Diagnostics& diags) {
    portal::BuildOptions o;
    o.site_dir = site.string();
    o.out_dir = (site.parent_path() / "out").string();
    o.log_path = (site.parent_path() / "log.txt").string();
    return portal::run_build(o, diags);
}

std::string messages(const portal::Diagnostics& d) {
    std::ostringstream s;
    d.print(s);
    return s.str();
}

}  // namespace

namespace {

// The one warning a new site builds with: the accessibility statement's facts
// (compliance, contact, dates) are the partnership's to give.
void expect_only_the_accessibility_warning(const portal::Diagnostics& diags) {
    ASSERT_EQ(diags.warning_count(), 1) << messages(diags);
    EXPECT_NE(messages(diags).find("the accessibility statement (accessibility/) lacks "
                                   "accessibility.compliance, accessibility.contact"),
              std::string::npos)
        << messages(diags);
}

}  // namespace

TEST(NewSite, BuildsFirstTimeWarningOnlyOfTheAccessibilityStatement) {
    TempSite s(/*with_theme=*/false);
    s.remove("site.json");  // a folder of its own, not inside a site
    const fs::path dir = s.root() / "our-portal";
    portal::Diagnostics made;
    EXPECT_GT(portal::write_new_site(dir.string(), made), 20) << messages(made);
    portal::Diagnostics diags;
    const portal::BuildReport r = build(dir, diags);
    ASSERT_TRUE(r.ok) << messages(diags);
    expect_only_the_accessibility_warning(diags);
    EXPECT_GE(r.pages, 4);
    // The menu names the pages the site has, and each is there.
    const std::string home = read_file(s.root() / "out" / "index.html");
    EXPECT_NE(home.find("href=\"plans/index.html\""), std::string::npos) << home;
    EXPECT_NE(home.find("href=\"about/index.html\""), std::string::npos) << home;
    EXPECT_TRUE(fs::exists(s.root() / "out" / "plans" / "community-safety-plan" / "index.html"));
    // Its files point at the editor schemas written beside them.
    EXPECT_TRUE(fs::exists(dir / "schemas" / "plan.schema.json"));
    EXPECT_NE(read_file(dir / "data/plans/community-safety-plan.json")
                  .find("\"$schema\": \"../../schemas/plan.schema.json\""),
              std::string::npos);
}

// The partnership's name and address given when the site is made
// (--title, --base-url), quotes and colons included, instead of placeholders
// an officer has to find in two files.
TEST(NewSite, TakesThePartnershipsNameAndAddress) {
    TempSite s(/*with_theme=*/false);
    s.remove("site.json");
    const fs::path dir = s.root() / "fenland";
    portal::Diagnostics made;
    ASSERT_GT(portal::write_new_site(
                  dir.string(), made,
                  {"Fenland \"Safer\" Partnership: the board", "https://www.fenland.gov.uk/csp/"}),
              20)
        << messages(made);
    portal::Diagnostics diags;
    ASSERT_TRUE(build(dir, diags).ok) << messages(diags);
    expect_only_the_accessibility_warning(diags);
    const std::string home = read_file(s.root() / "out" / "index.html");
    EXPECT_NE(home.find("Fenland &quot;Safer&quot; Partnership: the board"), std::string::npos)
        << home;
    EXPECT_NE(home.find("https://www.fenland.gov.uk/csp/"), std::string::npos);
    EXPECT_EQ(home.find("example.gov.uk"), std::string::npos);
}

TEST(NewSite, NeverOverwrites) {
    TempSite s(/*with_theme=*/false);
    s.remove("site.json");  // a folder of its own, not inside a site
    const fs::path dir = s.root() / "site";
    fs::create_directories(dir);
    s.write("site/site.json", "{}");
    portal::Diagnostics diags;
    EXPECT_EQ(portal::write_new_site(dir.string(), diags), 0);
    EXPECT_NE(messages(diags).find("already exists; portal new site never overwrites"),
              std::string::npos)
        << messages(diags);
    EXPECT_EQ(read_file(dir / "site.json"), "{}");
    // A file of that name is not replaced either.
    s.write("a-file", "x");
    portal::Diagnostics again;
    EXPECT_EQ(portal::write_new_site((s.root() / "a-file").string(), again), 0);
    EXPECT_EQ(read_file(s.root() / "a-file"), "x");
}

TEST(NewSite, AnEmptyFolderIsFilled) {
    TempSite s(/*with_theme=*/false);
    s.remove("site.json");  // a folder of its own, not inside a site
    const fs::path dir = s.root() / "empty";
    fs::create_directories(dir);
    portal::Diagnostics diags;
    EXPECT_GT(portal::write_new_site(dir.string(), diags), 0) << messages(diags);
    EXPECT_TRUE(fs::exists(dir / "site.json"));
    // Nothing left beside it.
    for (const auto& e : fs::directory_iterator(s.root()))
        EXPECT_EQ(e.path().filename().string().find(".new-site"), std::string::npos);
}

TEST(NewSite, NothingIsLeftHalfWritten) {
    if (geteuid() == 0) GTEST_SKIP() << "root may write into a read-only folder";
    TempSite s(/*with_theme=*/false);
    s.remove("site.json");  // a folder of its own, not inside a site
    const fs::path locked = s.root() / "locked";
    fs::create_directories(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    portal::Diagnostics diags;
    EXPECT_EQ(portal::write_new_site((locked / "site").string(), diags), 0);
    EXPECT_TRUE(diags.has_errors());
    fs::permissions(locked, fs::perms::owner_all);
    EXPECT_TRUE(fs::is_empty(locked));
}

TEST(NewSite, NotInsideAnotherSite) {
    TempSite s(/*with_theme=*/false);  // has a site.json
    portal::Diagnostics diags;
    EXPECT_EQ(portal::write_new_site((s.root() / "content" / "sub").string(), diags), 0);
    EXPECT_NE(messages(diags).find("is inside the site at"), std::string::npos) << messages(diags);
    EXPECT_FALSE(fs::exists(s.root() / "content" / "sub"));
}
