// Every mistake an officer can make comes back as path:line:column: error: ...,
// all of a build's errors together, and nothing is published.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "temp_site.hpp"

using namespace portal::testing;

static void expect_message(const TempSite& s, const std::string& expected) {
    EXPECT_NE(s.messages().find(expected), std::string::npos)
        << "expected: " << expected << "\ngot:\n"
        << s.messages();
}

TEST(Errors, BadYamlPointsAtTheLine) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\nsummary: [unclosed\n---\nx\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("content/index.md") + ":4:1: error: invalid front matter (YAML)");
}

TEST(Errors, UnclosedFrontMatter) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n\nBody\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("content/index.md") +
                          ":1:1: error: front matter opened with '---' is never closed");
}

TEST(Errors, MissingTitle) {
    TempSite s;
    s.write("content/index.md", "---\nsummary: no title\n---\nx\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("content/index.md") + ":1:1: error: page has no title");
}

TEST(Errors, UnknownLayoutPointsAtTheLayoutKey) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\nlayout: fancy\n---\nx\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("content/index.md") + ":3:9: error: layout 'fancy' does not exist");
}

TEST(Errors, BadDate) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\ndate: 2011-02-30\n---\nx\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(
        s, s.path("content/index.md") + ":3:7: error: 'date' must be a date written YYYY-MM-DD");
}

TEST(Errors, UnreadableFile) {
    if (geteuid() == 0) GTEST_SKIP() << "root can read any file";
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nx\n");
    chmod((s.root() / "content/index.md").c_str(), 0);
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("content/index.md") + ": error: cannot read file");
}

TEST(Errors, UnreadableFileEvenForRoot) {
    // A link to nothing cannot be read by anyone, so this runs as root in CI too.
    TempSite s;
    fs::create_symlink(s.root() / "nowhere.md", s.root() / "content" / "gone.md");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("content/gone.md") + ": error: cannot read file");
}

TEST(Errors, UnreadableFileAsADirectoryNamedLikeAPage) {
    // Works as root too: a folder called x.md cannot be read as a file.
    TempSite s;
    fs::create_directories(s.root() / "content" / "broken.md" / "inside");
    s.write("content/broken.md/inside/ok.md", "---\ntitle: Fine\n---\n");
    auto r = s.build();
    EXPECT_TRUE(r.ok) << s.messages();  // folders are walked, not read
}

TEST(Errors, MustacheSyntaxErrorPointsIntoTheLayout) {
    TempSite s;
    s.write("layouts/page.mustache",
            "<article>\n<h1>{{page.title}}</h1>\n{{#page.summary}}\n</article>\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("layouts/page.mustache") +
                          ":3:1: error: template syntax: Unclosed section \"page.summary\"");
}

TEST(Errors, MissingPartial) {
    TempSite s;
    s.write("layouts/page.mustache", "<h1>{{page.title}}</h1>\n  {{> sidebar}}\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(
        s, s.path("layouts/page.mustache") + ":2:3: error: partial 'sidebar' does not exist");
}

TEST(Errors, InvalidSiteJsonPointsAtTheCharacter) {
    TempSite s;
    s.write("site.json",
            "{\n  \"title\": \"x\",\n  \"base_url\": \"https://e.org/\"\n  \"marking\": {}\n}\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("site.json") + ":4:3: error: invalid JSON");
}

TEST(Errors, SiteJsonSchemaErrorsNameTheKey) {
    TempSite s;
    s.write("site.json",
            "{\n  \"title\": 12,\n  \"base_url\": \"https://e.org/\",\n"
            "  \"marking\": {\"publishable\": [], \"withheld\": []}\n}\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, s.path("site.json") + ":2:12: error: title: expected text, found a number");
}

TEST(Errors, BrokenLinkBetweenPages) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nSee\n[nowhere](missing/) too.\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(
        s, s.path("content/index.md") + ":5:1: error: link 'missing/' does not lead to any page");
}

TEST(Errors, TwoPagesAtOneAddress) {
    TempSite s;
    s.write("content/about/index.md", "---\ntitle: Other about\n---\nx\n");
    EXPECT_FALSE(s.build().ok);
    expect_message(s, "would both be published at about/index.html");
}

TEST(Errors, AllErrorsOfABuildAreReportedTogether) {
    TempSite s;
    s.write("content/a.md", "---\nsummary: none\n---\n");
    s.write("content/b.md", "---\ntitle: B\nlayout: nope\n---\n");
    s.write("content/c.md", "---\ntitle: [\n---\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(s.diags.error_count(), 3) << s.messages();
}
