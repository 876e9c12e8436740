// portal serve as an officer uses it: it builds, serves the site on 127.0.0.1,
// rebuilds when a file changes (the page then shows the change), shows a build
// error while still serving the last good site, and never serves portal's own
// dot files.
#include <gtest/gtest.h>

#include "serve_process.hpp"

using namespace portal::testing;

TEST(Serve, ServesRebuildsOnChangeAndKeepsTheLastGoodSite) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nFirst words.\n");
    Server server(s, 18457);
    ASSERT_TRUE(server.shows("/", "First words.")) << "the site was not served";
    EXPECT_NE(server.get("/").find("/__portal/reload.js"), std::string::npos);

    s.write("content/index.md", "---\ntitle: Home\n---\nSecond words.\n");
    EXPECT_TRUE(server.shows("/", "Second words.")) << "the change was not rebuilt";

    // A broken page: the error is reported, the last good site stays.
    s.write("content/index.md", "---\ntitle: Home\n---\n::: NOT-A-LABEL\nx\n:::\n");
    EXPECT_TRUE(server.shows("/__portal/status", "unknown marking label"));
    EXPECT_NE(server.get("/").find("Second words."), std::string::npos);

    s.write("content/index.md", "---\ntitle: Home\n---\nThird words.\n");
    EXPECT_TRUE(server.shows("/", "Third words."));
    EXPECT_TRUE(server.shows("/__portal/status", "\"errors\":null"));

    int status = 0;
    server.get("/.portal-output", &status);
    EXPECT_EQ(status, 404);
    server.get("/no/such/page/", &status);
    EXPECT_EQ(status, 404);
}

// The site is published under base_url's path (temp_site.hpp: /cs/) and its
// not-found page links from there; served at "/", an address under that path
// finds the same page, as the build read site.json.
TEST(Serve, AnAddressUnderTheBaseUrlsPathFindsThePage) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nHome words.\n");
    Server server(s, 18475);
    ASSERT_TRUE(server.shows("/", "Home words.")) << "the site was not served";
    EXPECT_TRUE(server.shows("/cs/", "Home words."));
    EXPECT_TRUE(server.shows("/cs/about/", "About us."));
    int status = 0;
    server.get("/elsewhere/about/", &status);
    EXPECT_EQ(status, 404);
}
