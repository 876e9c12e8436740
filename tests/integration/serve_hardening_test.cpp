// portal serve against a hostile page elsewhere or a hostile address: it
// answers only to this machine's names (DNS rebinding), refuses a path with a
// control byte (a NUL would open one file and claim another's type), answers
// pages at once with dozens of previews waiting for changes, and never serves
// withheld text in a failed build's errors. Requests are written byte for
// byte over a raw socket, as a client library would not send them.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "serve_process.hpp"

using namespace portal::testing;

namespace {

std::string request(const std::string& path, const std::string& host) {
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
}

std::string status_line(const std::string& response) {
    return response.substr(0, response.find("\r\n"));
}

std::string header(const std::string& response, const std::string& name) {
    const auto at = response.find("\r\n" + name + ": ");
    if (at == std::string::npos) return {};
    const auto start = at + name.size() + 4;
    return response.substr(start, response.find("\r\n", start) - start);
}

}  // namespace

TEST(ServeHardening, AnswersOnlyToThisMachinesNames) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nHome words.\n");
    Server server(s, 18481);
    ASSERT_TRUE(server.shows("/", "Home words.")) << "the site was not served";
    const std::string port = std::to_string(server.port());
    for (const std::string& host :
         std::vector<std::string>{"127.0.0.1:" + port, "localhost:" + port}) {
        const std::string r = raw_exchange(server.port(), request("/", host));
        EXPECT_EQ(status_line(r), "HTTP/1.1 200 OK") << host;
        EXPECT_NE(r.find("Home words."), std::string::npos) << host;
    }
    // A page elsewhere, its name pointed at 127.0.0.1, sends its own name.
    for (const std::string& host : std::vector<std::string>{
             "attacker.example:" + port, "localhost.attacker.example:" + port, "127.0.0.1"}) {
        for (const char* path : {"/", "/__portal/status", "/__portal/reload.js"}) {
            const std::string r = raw_exchange(server.port(), request(path, host));
            EXPECT_EQ(status_line(r), "HTTP/1.1 421 Misdirected Request") << host << path;
            EXPECT_EQ(r.find("Home words."), std::string::npos) << host << path;
            EXPECT_EQ(r.find("\"build\""), std::string::npos) << host << path;
        }
    }
    // No Host at all (HTTP/1.0).
    const std::string r = raw_exchange(server.port(), "GET / HTTP/1.0\r\n\r\n");
    EXPECT_EQ(status_line(r).substr(9, 3), "421") << status_line(r);
}

TEST(ServeHardening, APathWithAControlByteIsRefusedAndTypesComeFromTheFileOpened) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nHome words.\n");
    Server server(s, 18482);
    ASSERT_TRUE(server.shows("/", "Home words.")) << "the site was not served";
    const std::string host = "127.0.0.1:" + std::to_string(server.port());
    for (const char* path : {"/feed.xml%00.html", "/index.html%00.txt", "/robots.txt%0a.html",
                             "/feed.xml%00", "/%00", "/about/%7f"}) {
        const std::string r = raw_exchange(server.port(), request(path, host));
        EXPECT_EQ(status_line(r), "HTTP/1.1 400 Bad Request") << path;
        EXPECT_EQ(r.find("<feed"), std::string::npos) << path;
    }
    const std::string feed = raw_exchange(server.port(), request("/feed.xml", host));
    EXPECT_EQ(status_line(feed), "HTTP/1.1 200 OK");
    EXPECT_EQ(header(feed, "Content-Type"), "application/xml; charset=utf-8");
    const std::string robots = raw_exchange(server.port(), request("/robots.txt", host));
    EXPECT_EQ(header(robots, "Content-Type"), "text/plain; charset=utf-8");
    const std::string missing = raw_exchange(server.port(), request("/no-such.csv", host));
    EXPECT_EQ(status_line(missing), "HTTP/1.1 404 Not Found");
    EXPECT_EQ(header(missing, "Content-Type"), "text/html; charset=utf-8");  // the 404 page
}

// Forty open previews each wait at the server for a change; a page is still
// answered at once (before any of those waits could end on its own, 20 s).
TEST(ServeHardening, DozensOfWaitingPreviewsDoNotHoldUpPages) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nHome words.\n");
    Server server(s, 18483);
    ASSERT_TRUE(server.shows("/", "Home words.")) << "the site was not served";
    const std::string host = "127.0.0.1:" + std::to_string(server.port());
    const std::string now = raw_exchange(server.port(), request("/__portal/status", host));
    const auto v = now.find("\"version\":");
    ASSERT_NE(v, std::string::npos) << now;
    const std::string version = std::to_string(std::atoi(now.c_str() + v + 10));

    std::vector<std::unique_ptr<RawConnection>> previews;
    for (int i = 0; i < 40; ++i) {
        previews.push_back(std::make_unique<RawConnection>(server.port(), 30));
        ASSERT_TRUE(previews.back()->send(request("/__portal/status?since=" + version, host)));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));  // let them reach the server
    for (int i = 0; i < 3; ++i) {
        const std::string page = raw_exchange(server.port(), request("/", host), 5);
        EXPECT_EQ(status_line(page), "HTTP/1.1 200 OK") << "a page waited behind the previews";
    }
    // A preview beyond those allowed to wait is told so at once, and asks again later.
    const std::string extra =
        raw_exchange(server.port(), request("/__portal/status?since=" + version, host), 5);
    EXPECT_NE(extra.find("\"waited\":false"), std::string::npos) << extra;
}

// A failed build's errors are shown over the preview; they name places, never
// the words of a withheld region (here a broken link inside one).
TEST(ServeHardening, TheStatusNeverQuotesWithheldText) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nHome words.\n");
    Server server(s, 18484);
    ASSERT_TRUE(server.shows("/", "Home words.")) << "the site was not served";
    s.write("content/index.md",
            "---\ntitle: Home\n---\nHome words.\n\n::: PROTECT\nSee [the file of Zebulon "
            "Quartermaine](cases/zebulon-quartermaine.pdf) and [x](#quartermaine-notes).\n:::\n");
    ASSERT_TRUE(server.shows("/__portal/status", "does not lead"))
        << server.get("/__portal/status");
    const std::string status = server.get("/__portal/status");
    EXPECT_NE(status.find("content/index.md:"), std::string::npos) << status;
    for (const char* word : {"zebulon", "Zebulon", "quartermaine", "Quartermaine"})
        EXPECT_EQ(status.find(word), std::string::npos) << word << " in " << status;
}
