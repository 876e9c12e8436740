// portal serve as an officer uses it: it builds, serves the site on 127.0.0.1,
// rebuilds when a file changes (the page then shows the change), shows a build
// error while still serving the last good site, and never serves portal's own
// dot files.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include "temp_site.hpp"

using namespace portal::testing;

extern char** environ;

namespace {

// A portal serve process, stopped when this goes out of scope.
class Server {
  public:
    Server(const TempSite& s, int port) : port_(port) {
        const std::string portal = PORTAL_BINARY, site = s.root().string(),
                          port_text = std::to_string(port);
        const char* argv[] = {portal.c_str(), "serve",           "--site", site.c_str(),
                              "--port",       port_text.c_str(), nullptr};
        posix_spawn_file_actions_t quiet;
        posix_spawn_file_actions_init(&quiet);
        posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
        ok_ = posix_spawn(&pid_, argv[0], &quiet, nullptr, const_cast<char**>(argv), environ) == 0;
        posix_spawn_file_actions_destroy(&quiet);
    }
    ~Server() {
        if (!ok_) return;
        ::kill(pid_, SIGTERM);
        int status = 0;
        for (int i = 0; i < 50 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // The body of GET path, once the server answers (or "" after `seconds`).
    std::string get(const std::string& path, int* status = nullptr, double seconds = 20) {
        httplib::Client c("127.0.0.1", port_);
        c.set_connection_timeout(1);
        const auto until =
            std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until) {
            if (auto r = c.Get(path)) {
                if (status) *status = r->status;
                return r->body;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return {};
    }

    // Waits until GET path holds `text`; false after `seconds`.
    bool shows(const std::string& path, const std::string& text, double seconds = 20) {
        const auto until =
            std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until) {
            if (get(path, nullptr, 2).find(text) != std::string::npos) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

  private:
    pid_t pid_ = 0;
    bool ok_ = false;
    int port_;
};

}  // namespace

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
    EXPECT_TRUE(server.shows("/__portal/status", "NOT-A-LABEL"));
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
