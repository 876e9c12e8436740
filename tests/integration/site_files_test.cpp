// What portal reads from the site folder, and where it writes the redaction
// log. A symbolic link is read only when it leads to a regular file inside the
// site; a named pipe, socket or device is never opened; the log never lands
// where it could be published or read back as a source. Each refusal is an
// error that names the path and says what to do, and the previous output stays
// exactly as it was.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>

#include "core/files.hpp"
#include "leak_check.hpp"
#include "portal_run.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// A site built once, so that a refused build has an output to leave alone.
class SiteFiles : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(s.build().ok) << s.messages();
        before = s.snapshot();
        outside = s.root().parent_path() / (s.root().filename().string() + "-outside");
        fs::create_directories(outside);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(outside, ec);
    }

    // `portal build --site .` fails with exit 1, each of `expected` once on a
    // line of its own, and publishes nothing.
    PortalRun expect_refused(const std::vector<std::string>& expected,
                             const std::string& args = "build --site .") {
        PortalRun r = run_portal(s.root(), args);
        EXPECT_EQ(r.code, 1) << r.output;
        for (const auto& e : expected)
            EXPECT_EQ(count("\n" + r.output, "\n" + e), 1u) << "expected once: " << e << "\ngot:\n"
                                                            << r.output;
        EXPECT_EQ(s.snapshot(), before);
        EXPECT_TRUE(files_left_in_staging(s.root()).empty());
        return r;
    }

    void link(const fs::path& target, const std::string& rel) {
        fs::create_directories((s.root() / rel).parent_path());
        fs::create_symlink(target, s.root() / rel);
    }

    TempSite s;
    std::string before;
    fs::path outside;  // a folder beside the site, not in it
};

constexpr const char* kCopy = "copy the file into the site instead of linking to it";

}  // namespace

TEST_F(SiteFiles, LinkToProcEnvironIsRefused) {
    // The environment of a CI build holds its secrets.
    setenv("PORTAL_TEST_SECRET", "ZebraQuartzCanary", 1);
    link("/proc/self/environ", "assets/build-info.txt");
    const PortalRun r = expect_refused(
        {"assets/build-info.txt: error: is a symbolic link to a file outside the site folder (to "
         "/proc/self/environ); portal never reads outside the site through a link: " +
         std::string(kCopy)});
    EXPECT_EQ(r.output.find("ZebraQuartzCanary"), std::string::npos);
    unsetenv("PORTAL_TEST_SECRET");
}

// The web-security review's case (issue 22): a link in assets/ to /etc/passwd.
TEST_F(SiteFiles, LinkToEtcPasswdIsRefused) {
    link("/etc/passwd", "assets/users.txt");
    const PortalRun r = expect_refused(
        {"assets/users.txt: error: is a symbolic link to a file outside the site folder (to "
         "/etc/passwd); portal never reads outside the site through a link: " +
         std::string(kCopy)});
    EXPECT_EQ(r.output.find("root:"), std::string::npos);
}

TEST_F(SiteFiles, LinksOutOfTheSiteAreRefusedWhereverTheyStand) {
    std::ofstream(outside / "page.md") << "---\ntitle: Outside\n---\nSecret.\n";
    std::ofstream(outside / "data.json") << "{}";
    link(outside / "page.md", "content/outside.md");
    link("../../../" + outside.filename().string() + "/data.json", "data/statistics/out.json");
    link(outside / "page.md", "layouts/partials/out.mustache");
    link(outside / "page.md", "content/notes.txt");  // a name portal would not even read
    const std::string what = ": error: is a symbolic link to a file outside the site folder";
    // data/ is listed for its JSON and its CSV files: still one error each.
    expect_refused({"content/outside.md" + what, "data/statistics/out.json" + what,
                    "layouts/partials/out.mustache" + what, "content/notes.txt" + what});
}

TEST_F(SiteFiles, LinksToFoldersAreRefused) {
    fs::create_directories(s.root() / "notes");
    s.write("notes/inside.md", "---\ntitle: Inside\n---\nx\n");
    link("../notes", "content/notes");
    link(outside, "assets/outside");
    const std::string what =
        ": error: is a symbolic link to a folder (to ../notes); portal does not follow links to "
        "folders: move or copy the folder into the site instead of linking to it";
    expect_refused({"content/notes" + what,
                    "assets/outside: error: is a symbolic link to a "
                    "folder"});
}

TEST_F(SiteFiles, SourceFolderThatIsALinkIsRefused) {
    fs::rename(s.root() / "content", s.root() / "real-content");
    link("real-content", "content");
    expect_refused({"content: error: is a symbolic link to a folder (to real-content)"});
}

TEST_F(SiteFiles, BrokenAndHiddenLinksAreRefused) {
    link("nowhere.md", "content/broken.md");
    fs::create_directories(s.root() / ".git");
    s.write(".git/config", "[remote] url = https://token@example.org/\n");
    link("../.git/config", "assets/config.txt");
    expect_refused(
        {"content/broken.md: error: cannot read file: it is a symbolic link (to nowhere.md) "
         "that leads nowhere",
         "assets/config.txt: error: is a symbolic link to a hidden file or folder (to "
         "../.git/config), which portal never reads: " +
             std::string(kCopy)});
}

// A second name for a file of the site (a symbolic or a hard link) is refused:
// its text would be read twice, once where a marking around it withholds it
// and once where nothing does (red team rounds 7 and 8).
TEST_F(SiteFiles, ASecondNameForAFileOfTheSiteIsRefused) {
    s.write("content/shared/intro.md", "---\ntitle: Shared introduction\n---\nShared words.\n");
    link("shared/intro.md", "content/intro.md");
    s.write("assets/css/extra.css", "body{}\n");
    fs::create_hard_link(s.root() / "assets/css/extra.css", s.root() / "assets/css/alias.css");
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("content/shared/intro.md: error: is a second name (a link) for "
                                "another file of the site"),
              std::string::npos)
        << s.messages();
    EXPECT_NE(s.messages().find("assets/css/extra.css: error: is a second name"), std::string::npos)
        << s.messages();
}

// Only to the sources: build/ holds the redaction log, which names withheld places.
TEST_F(SiteFiles, LinkOutOfTheSourcesIsRefused) {
    s.write("build/redactions.txt",
            "# portal redaction log\ncontent/secret.md:1:1: withheld page [PROTECT]\n");
    s.write("notes/intro.md", "---\ntitle: Notes\n---\nWords.\n");
    link("../build/redactions.txt", "assets/log.txt");
    link("../notes/intro.md", "content/intro.md");
    expect_refused(
        {"assets/log.txt: error: is a symbolic link to a file outside the site's "
         "sources (content/, data/, layouts/, assets/)",
         "content/intro.md: error: is a symbolic link to a file outside the site's "
         "sources"});
}

TEST_F(SiteFiles, NamedPipesSocketsAndDevicesAreNeverOpened) {
    // Opening a named pipe for reading blocks until a writer comes: the build
    // would hang (the time limit in run_portal would end it and fail the test).
    fs::create_directories(s.root() / "data");
    ASSERT_EQ(::mkfifo((s.root() / "content/pipe.md").c_str(), 0644), 0);
    ASSERT_EQ(::mkfifo((s.root() / "data/pipe.json").c_str(), 0644), 0);
    ASSERT_EQ(::mkfifo((s.root() / "assets/pipe").c_str(), 0644), 0);
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(sock, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const std::string sock_path = (s.root() / "assets/sock").string();
    ASSERT_LT(sock_path.size(), sizeof addr.sun_path);
    std::copy(sock_path.begin(), sock_path.end(), addr.sun_path);
    ASSERT_EQ(::bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    link("/dev/zero", "assets/zero.bin");  // a device, and outside the site
    const std::string pipe =
        ": error: is a named pipe (FIFO), not a regular file; portal never opens one";
    expect_refused({"content/pipe.md" + pipe, "data/pipe.json" + pipe, "assets/pipe" + pipe,
                    "assets/sock: error: is a socket, not a regular file",
                    "assets/zero.bin: error: is a symbolic link to a file outside the site"});
    ::close(sock);
}

TEST(SiteFileChecks, SiteJsonAsALinkOrPipe) {
    // load_site asks the same question of site.json (core/files).
    TempSite s(false);
    const fs::path site_json = s.root() / "site.json";
    EXPECT_FALSE(portal::source_entry_problem(site_json, s.root()));
    fs::rename(site_json, s.root() / "real.json");
    fs::create_symlink("real.json", site_json);
    EXPECT_FALSE(portal::source_entry_problem(site_json, s.root()));
    fs::remove(site_json);
    fs::create_symlink("/proc/self/environ", site_json);
    auto why = portal::source_entry_problem(site_json, s.root());
    ASSERT_TRUE(why);
    EXPECT_NE(why->find("outside the site folder"), std::string::npos) << *why;
    fs::remove(site_json);
    ASSERT_EQ(::mkfifo(site_json.c_str(), 0644), 0);
    why = portal::source_entry_problem(site_json, s.root());
    ASSERT_TRUE(why);
    EXPECT_NE(why->find("named pipe"), std::string::npos) << *why;
    // read_file looks before it opens: a pipe is refused, not waited on.
    EXPECT_FALSE(portal::read_file(site_json));
    EXPECT_EQ(portal::read_regular_file(site_json, 100).failure,
              portal::FileRead::Failure::not_regular);
}

// The redaction log names withheld files: never where it could be published,
// become the published site at the next swap, or be read back as a source.
class LogPlace : public SiteFiles {
  protected:
    void SetUp() override {
        s.write("content/secret.md", "---\ntitle: Secret\nmarking: PROTECT\n---\nx\n");
        SiteFiles::SetUp();
    }

    // `--log` at `log` (as given on the command line, in the site folder) is
    // refused with an error naming it; nothing is published and no log is
    // written there.
    void expect_log_refused(const std::string& log, const std::string& message) {
        const PortalRun r = run_portal(s.root(), "build --site . --log " + log);
        // 1 as a site error, 2 as bad usage: either way nothing is published.
        EXPECT_TRUE(r.code == 1 || r.code == 2) << r.output;
        EXPECT_NE(r.output.find(message), std::string::npos)
            << "expected: " << message << "\ngot:\n"
            << r.output;
        EXPECT_EQ(s.snapshot(), before) << log;
        EXPECT_FALSE(fs::exists(fs::symlink_status(s.root() / log))) << log;
        EXPECT_TRUE(files_left_in_staging(s.root()).empty());
    }
};

TEST_F(LogPlace, NotInTheStagingFolder) {
    expect_log_refused(".public.staging/redactions.txt",
                       ".public.staging/redactions.txt: error: this redaction log is in "
                       ".public.staging, which portal keeps beside the output folder");
    // The same place by another name.
    expect_log_refused("public/../.public.staging/log.txt",
                       "error: this redaction log is in .public.staging");
    expect_log_refused("./.public.staging/sub/../log.txt",
                       "error: this redaction log is in .public.staging");
}

TEST_F(LogPlace, NotThroughALinkedParentOrAsALink) {
    ASSERT_TRUE(fs::is_directory(s.root() / ".public.staging"));
    fs::create_symlink(".public.staging", s.root() / "logs");
    expect_log_refused("logs/redactions.txt", "error: this redaction log is in .public.staging");
    fs::create_symlink("public/log.txt", s.root() / "log-link.txt");
    const PortalRun r = run_portal(s.root(), "build --site . --log log-link.txt");
    EXPECT_TRUE(r.code == 1 || r.code == 2) << r.output;
    EXPECT_NE(r.output.find("is inside the output folder"), std::string::npos) << r.output;
    EXPECT_EQ(s.snapshot(), before);
}

TEST_F(LogPlace, NotAtWhatPortalKeepsBesideTheOutput) {
    for (const char* kept : {".public.lock", ".public.manifest", ".public.build"}) {
        const bool existed = fs::exists(s.root() / kept);
        const PortalRun r = run_portal(s.root(), std::string("build --site . --log ") + kept);
        EXPECT_TRUE(r.code == 1 || r.code == 2) << r.output;
        EXPECT_NE(r.output.find(std::string(kept) + ": error: this redaction log is in " + kept),
                  std::string::npos)
            << r.output;
        EXPECT_EQ(s.snapshot(), before);
        EXPECT_EQ(fs::exists(s.root() / kept), existed) << kept;
    }
    expect_log_refused("public.old-12345/log.txt",
                       "error: this redaction log is in public.old-12345, where portal keeps the "
                       "previous site");
}

TEST_F(LogPlace, NotInTheSitesSources) {
    for (const char* folder : {"content", "data", "layouts", "assets"})
        expect_log_refused(
            std::string(folder) + "/redactions.txt",
            std::string("error: this redaction log is inside the site's ") + folder + "/ folder");
    const std::string site_json = read_file(s.root() / "site.json");
    const PortalRun r = run_portal(s.root(), "build --site . --log site.json");
    EXPECT_TRUE(r.code == 1 || r.code == 2) << r.output;
    EXPECT_NE(r.output.find("site.json: error: this is the site's site.json"), std::string::npos)
        << r.output;
    EXPECT_EQ(read_file(s.root() / "site.json"), site_json);
}

TEST_F(LogPlace, StillInsideTheOutputFolder) {
    expect_log_refused("public/log.txt", "is inside the output folder");
    expect_log_refused("public/sub/../log.txt", "is inside the output folder");
}

TEST_F(LogPlace, ElsewhereIsFine) {
    PortalRun r = run_portal(s.root(), "build --site . --log build/elsewhere.txt");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(read_file(s.root() / "build/elsewhere.txt").find("content/secret.md"),
              std::string::npos);
    r = run_portal(s.root(), "build --site . --log " + (outside / "log.txt").string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_TRUE(fs::exists(outside / "log.txt"));
}

TEST_F(LogPlace, TheLibraryRefusesToo) {
    // run_build (serve and the tests use it) checks the same places.
    portal::BuildOptions o;
    o.site_dir = s.root().string();
    o.out_dir = s.out().string();
    o.log_path = (s.root() / ".public.staging" / "redactions.txt").string();
    portal::Diagnostics d;
    EXPECT_FALSE(portal::run_build(o, d).ok);
    std::ostringstream messages;
    d.print(messages);
    EXPECT_NE(messages.str().find(s.path(".public.staging/redactions.txt") +
                                  ": error: this redaction log is in"),
              std::string::npos)
        << messages.str();
    EXPECT_EQ(s.snapshot(), before);
    EXPECT_FALSE(fs::exists(s.root() / ".public.staging" / "redactions.txt"));
}
