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
                 "\r=HYPERLINK(\"http://y\")", "\t=1+1", "  +cmd", " @SUM(B1)", "\tTabbed"],
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
    EXPECT_CONTAINS(csv, "' @SUM(B1),8\r\n");
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

// A control character shows as nothing, so the letters either side of it run
// together in a page (load/hidden_controls): refused where it stands, written
// as it is or as an escape, in a page, its front matter, data and CSV.
TEST(SiteRules, ControlCharactersInTextAreRefused) {
    TempSite s;
    s.write("content/c.md", page("Tab\x01 title", "Body.\n"));
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), s.path("content/c.md") +
                                      ":2:11: error: an invisible control character (U+0001)");
    s.write("content/c.md", "---\ntitle: \"Tab\\v title\"\n---\nBody.\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), s.path("content/c.md") +
                                      ":2:12: error: the escape '\\v' writes an invisible control "
                                      "character (U+000B)");
    // In a single-quoted or plain scalar a backslash is a backslash.
    s.write("content/c.md", "---\ntitle: 'Tab \\v title'\nsummary: C:\\build\\files\n---\nBody.\n");
    EXPECT_TRUE(s.build().ok) << s.messages();
    // In a Markdown body too ("C:\build" is text).
    s.write("content/c.md", page("Title", "Saved in C:\\build\\files.\n"));
    EXPECT_TRUE(s.build().ok) << s.messages();
    s.write("data/statistics/s.json", R"({"title": "S\u000bT", "categories": ["A"],
 "series": [{"name": "N", "values": [1]}]})");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    s.path("data/statistics/s.json") + ":1:13: error: the escape '\\u000b' writes");
}

// base_url is printed on every page, the feed and the sitemap: a user name or
// password in it ("https://board:RESTRICTED@example.org/") would be published
// with it (red team 16).
TEST(SiteRules, ABaseUrlWithAPasswordIsRefused) {
    TempSite s;
    std::string json = kSiteJson;
    const std::string was = "\"base_url\": \"https://";
    ASSERT_NE(json.find(was), std::string::npos);
    json.replace(json.find(was), was.size(), "\"base_url\": \"https://board:secret@");
    s.write("site.json", json);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "error: base_url holds a user name or a password before '@'");
}

// Addresses from site.json become links on every page: only those that cannot
// run anything when clicked (issue 22). Browsers drop tabs and line breaks in
// an address and spaces around it, so those do not hide a scheme.
TEST(SiteRules, ConfiguredAddressesCannotRunScript) {
    auto with_licence = [](const std::string& url) {
        std::string json = kSiteJson;
        const std::string was = "\"https://example.org/ogl\"";
        json.replace(json.find(was), was.size(), url);
        return json;
    };
    for (const std::string bad :
         {"\"javascript:alert(document.domain)\"", "\" JavaScript:alert(1)\"",
          "\"java\\tscript:alert(1)\"", "\"data:text/html,<script>alert(1)</script>\"",
          "\"vbscript:msgbox(1)\"", "\"file:///etc/passwd\""}) {
        SCOPED_TRACE(bad);
        TempSite s;
        s.write("site.json", with_licence(bad));
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("site.json") + ":5:");
        EXPECT_CONTAINS(s.messages(), "licence.url:");
    }
    for (const std::string good :
         {"\"https://www.nationalarchives.gov.uk/doc/open-government-"
          "licence/version/3/\"",
          "\"http://example.org/ogl\"", "\"mailto:info@example.org\"", "\"about/\""}) {
        SCOPED_TRACE(good);
        TempSite s;
        s.write("site.json", with_licence(good));
        EXPECT_TRUE(s.build().ok) << s.messages();
    }
    TempSite s;
    std::string json = kSiteJson;
    json.replace(json.find("\"about/\""), 8, "\"javascript:alert(1)\"");
    s.write("site.json", json);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "nav[0].url:");
}

// Every page carries its own Content-Security-Policy (as strict as the browser
// tests' server header) and referrer policy, so that a host that sends no
// headers still gets them (issue 22); and nothing in a page needs more: no
// inline script, no inline style.
TEST(SiteRules, EveryPageCarriesAStrictContentSecurityPolicy) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    s.write("data/statistics/s.json", R"json({"title": "S", "chart": "bar",
  "categories": ["A", "B"], "series": [{"name": "N", "values": [1, 2]}]})json");
    ASSERT_TRUE(s.build().ok) << s.messages();
    int pages = 0;
    for (const auto& e : fs::recursive_directory_iterator(s.out())) {
        if (e.path().extension() != ".html") continue;
        ++pages;
        const std::string rel = e.path().lexically_relative(s.out()).string();
        SCOPED_TRACE(rel);
        const std::string html = s.read_out(rel);
        const auto head_end = html.find("</head>");
        ASSERT_NE(head_end, std::string::npos);
        const std::string head = html.substr(0, head_end);
        const auto csp = head.find("<meta http-equiv=\"Content-Security-Policy\" content=\"");
        ASSERT_NE(csp, std::string::npos);
        // Before anything it governs.
        EXPECT_LT(csp, head.find("<link"));
        const std::string policy = head.substr(csp, head.find('>', csp) - csp);
        for (const char* directive : {"default-src 'self'", "script-src 'self'", "style-src 'self'",
                                      "object-src 'none'", "base-uri 'self'", "form-action 'self'"})
            EXPECT_CONTAINS(policy, directive);
        EXPECT_EQ(policy.find("unsafe"), std::string::npos) << policy;
        EXPECT_CONTAINS(head,
                        "<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">");
        // What the policy forbids is not there to be blocked: every script
        // is a file, or data that never runs (a chart's configuration, the
        // schema.org JSON-LD).
        for (std::size_t at = html.find("<script"); at != std::string::npos;
             at = html.find("<script", at + 1)) {
            const std::string tag = html.substr(at, html.find('>', at) - at);
            EXPECT_TRUE(tag.find(" src=") != std::string::npos ||
                        tag.find("type=\"application/json\"") != std::string::npos ||
                        tag.find("type=\"application/ld+json\"") != std::string::npos)
                << tag;
        }
        EXPECT_EQ(html.find(" style=\""), std::string::npos);
        EXPECT_EQ(html.find("<style"), std::string::npos);
    }
    EXPECT_GT(pages, 3);
}
