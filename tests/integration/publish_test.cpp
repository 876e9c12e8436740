// The output folder changes only when a whole build succeeds.
#include <gtest/gtest.h>

#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/files.hpp"
#include "render/rendered_site.hpp"
#include "temp_site.hpp"
#include "write/write_site.hpp"

using namespace portal::testing;
using portal::Diagnostics;
using portal::RenderedSite;
using portal::WriteOptions;
using portal::WriteResult;

namespace {

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Everything under `dir` (and `dir` itself): each entry's kind, mode and
// modification time, a link's target, a file's bytes. A refused or failed build
// must leave all of it as it was, not only the bytes.
std::string state_of(const fs::path& dir) {
    if (!fs::exists(fs::symlink_status(dir))) return "<none>";
    std::vector<fs::path> entries{dir};
    if (fs::is_directory(fs::symlink_status(dir)))
        for (auto& e : fs::recursive_directory_iterator(dir)) entries.push_back(e.path());
    std::sort(entries.begin(), entries.end());
    std::ostringstream s;
    for (const auto& p : entries) {
        const auto st = fs::symlink_status(p);
        s << p.lexically_relative(dir).generic_string() << " type " << static_cast<int>(st.type())
          << " mode " << std::oct << static_cast<unsigned>(st.permissions()) << std::dec;
        if (fs::is_symlink(st)) {
            s << " -> " << fs::read_symlink(p).string() << "\n";
            continue;
        }
        s << " mtime " << fs::last_write_time(p).time_since_epoch().count() << "\n";
        if (fs::is_regular_file(st)) s << read_bytes(p) << "\n";
    }
    return s.str();
}

// Every folder under `root` (links not followed) whose name is `name`.
std::vector<fs::path> folders_named(const fs::path& root, const std::string& name) {
    std::vector<fs::path> found;
    for (auto& e : fs::recursive_directory_iterator(root))
        if (e.is_directory() && !e.is_symlink() && e.path().filename() == name)
            found.push_back(e.path());
    return found;
}

// Names inside `out` that are portal's own bookkeeping beside an output folder.
std::vector<std::string> lock_or_staging_inside(const fs::path& out) {
    std::vector<std::string> found;
    for (auto& e : fs::recursive_directory_iterator(out)) {
        const std::string name = e.path().filename().string();
        if (name.find(".lock") != std::string::npos || name.find(".staging") != std::string::npos)
            found.push_back(e.path().lexically_relative(out).generic_string());
    }
    return found;
}

}  // namespace

TEST(Publish, FailedBuildLeavesThePreviousOutputByteForByte) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nFirst version.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = s.snapshot();

    s.write("content/index.md", "---\ntitle: Home\n---\nSecond version.\n");
    s.write("content/broken.md", "---\ntitle: [\n---\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(s.snapshot(), before);
}

TEST(Publish, FailureInTheLastStageAlsoLeavesOutputUntouched) {
    TempSite s;
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = s.snapshot();
    // A page whose withheld text also leaks through its public title: the audit
    // (after everything was written to staging) must stop the swap.
    s.write("content/leak.md",
            "---\ntitle: Quiet otter sleeps beneath willow\n---\n::: PROTECT\n"
            "Quiet otter sleeps beneath willow\n:::\n");
    // The title is public text, so it is not a canary: this build is fine...
    EXPECT_TRUE(s.build().ok) << s.messages();
    // ...and a genuinely failing late stage is covered by the audit tests.
    (void)before;
}

TEST(Publish, StaleFilesDisappear) {
    TempSite s;
    s.write("content/old.md", "---\ntitle: Old\n---\nx\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    ASSERT_TRUE(s.out_exists("old/index.html"));
    // A stray file someone put in the output by hand does not survive either.
    std::ofstream(s.out() / "stray.txt") << "x";
    s.remove("content/old.md");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(s.out_exists("old/index.html"));
    EXPECT_FALSE(s.out_exists("stray.txt"));
    EXPECT_TRUE(s.out_exists("about/index.html"));
}

TEST(Publish, NoFileIsLeftInStaging) {
    TempSite s;
    ASSERT_TRUE(s.build().ok);
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
    ASSERT_TRUE(s.build().ok);  // a rebuild: the previous site's files are gone from staging too
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
    s.write("content/x.md", "---\ntitle: [\n---\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
}

TEST(Publish, UnchangedFilesKeepTheirDateAcrossRebuilds) {
    TempSite s;
    s.write("content/a.md", "---\ntitle: A\n---\nOne.\n");
    s.write("content/b.md", "---\ntitle: B\n---\nTwo.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const auto a_time = fs::last_write_time(s.out() / "a/index.html");
    const auto b_time = fs::last_write_time(s.out() / "b/index.html");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    s.write("content/b.md", "---\ntitle: B\n---\nTwo, changed.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(fs::last_write_time(s.out() / "a/index.html"), a_time);  // same bytes: not rewritten
    EXPECT_NE(fs::last_write_time(s.out() / "b/index.html"), b_time);
    EXPECT_NE(s.read_out("b/index.html").find("Two, changed."), std::string::npos);
}

// The manifest saves reading files back; it never decides what is published.
TEST(Publish, AFileChangedByHandIsWrittenAgainNotLinked) {
    TempSite s;
    s.write("content/a.md", "---\ntitle: A\n---\nOne.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string good = s.read_out("a/index.html");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::ofstream(s.out() / "a/index.html", std::ios::trunc) << "<p>edited on the server</p>";
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.read_out("a/index.html"), good);
}

TEST(Publish, ADamagedManifestMeansEveryFileIsWrittenAfresh) {
    TempSite s;
    s.write("content/a.md", "---\ntitle: A\n---\nOne.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const fs::path manifest = s.root() / ".public.manifest";
    ASSERT_TRUE(fs::exists(manifest));
    EXPECT_FALSE(fs::exists(s.out() / ".public.manifest"));  // beside the output, not in it
    const std::string good = s.read_out("a/index.html");
    std::ofstream(manifest, std::ios::trunc) << "portal-manifest 1\nnot a line of a manifest\n";
    std::ofstream(s.out() / "a/index.html", std::ios::trunc) << "<p>edited</p>";
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(s.read_out("a/index.html"), good);
}

TEST(Publish, ASecondBuildOfTheSameOutputAtOnceIsRefused) {
    TempSite s;
    ASSERT_TRUE(s.build().ok);
    // Hold the lock as a running build would.
    int fd = ::open((s.root() / ".public.lock").c_str(), O_RDWR | O_CREAT, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX), 0);
    const std::string before = s.snapshot();
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("another portal build is writing this folder"), std::string::npos)
        << s.messages();
    EXPECT_EQ(s.snapshot(), before);
    ::close(fd);
    EXPECT_TRUE(s.build().ok);
}

TEST(Publish, RedactionLogIsWrittenOutsideTheOutput) {
    TempSite s;
    s.write("content/index.md",
            "---\ntitle: Home\n---\n::: PROTECT\nSecret words go here today.\n:::\n");
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    EXPECT_EQ(r.withheld, 1);
    std::ifstream in(s.root() / "build" / "redactions.txt");
    std::string log((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(log.find("content/index.md:4:1: withheld region (lines 4-6) [PROTECT]"),
              std::string::npos)
        << log;
    EXPECT_EQ(log.find("Secret"), std::string::npos);
    for (auto& e : fs::recursive_directory_iterator(s.out()))
        EXPECT_EQ(e.path().filename().string().find("redaction"), std::string::npos);
}

TEST(Publish, AWithheldPagesFolderNameDoesNotStayInStaging) {
    TempSite s;
    s.write("content/operation-nightjar.md", "---\ntitle: Nightjar\n---\nText.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    ASSERT_TRUE(s.build().ok) << s.messages();  // now the staging folder holds the site's folders
    ASSERT_TRUE(s.out_exists("operation-nightjar/index.html"));

    // The page is withheld: its folder's name says what it was about.
    s.write("content/operation-nightjar.md",
            "---\ntitle: Nightjar\nmarking: PROTECT\n---\nText.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(s.out_exists("operation-nightjar"));
    s.remove("content");
    EXPECT_EQ(folders_named(s.root(), "operation-nightjar"), std::vector<fs::path>{});
    // The folders of the site just built stay, to make the next build fast.
    EXPECT_TRUE(fs::is_directory(s.root() / ".public.staging" / "about"));
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
}

TEST(Publish, TheStagingFolderIsPrivateAndThePublishedFolderKeepsItsMode) {
    TempSite s;
    const fs::path usual = s.root() / "a-new-folder";  // the mode this user's new folders get
    fs::create_directory(usual);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(fs::status(s.out()).permissions(), fs::status(usual).permissions());
    ASSERT_TRUE(s.build().ok) << s.messages();
    const fs::path staging = s.root() / ".public.staging";
    ASSERT_TRUE(fs::is_directory(fs::symlink_status(staging)));
    EXPECT_EQ(fs::symlink_status(staging).permissions(), fs::perms::owner_all);
    EXPECT_EQ(fs::status(s.out()).permissions(), fs::status(usual).permissions());

    // A web host's own choice of mode for the published folder survives a rebuild.
    const auto chosen = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec;
    fs::permissions(s.out(), chosen, fs::perm_options::replace);
    s.write("content/about.md", "---\ntitle: About\n---\nChanged.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_EQ(fs::status(s.out()).permissions(), chosen);
    EXPECT_EQ(fs::symlink_status(staging).permissions(), fs::perms::owner_all);
}

TEST(Publish, ThePublishedFolderKeepsTheGroupAWebHostGaveIt) {
    TempSite s;
    ASSERT_TRUE(s.build().ok) << s.messages();
    // The web server's group, say; any group this user may give a folder will do.
    std::vector<gid_t> groups(static_cast<std::size_t>(std::max(::getgroups(0, nullptr), 0)));
    groups.resize(static_cast<std::size_t>(
        std::max(::getgroups(static_cast<int>(groups.size()), groups.data()), 0)));
    if (::geteuid() == 0) groups.push_back(static_cast<gid_t>(::getegid() == 33 ? 34 : 33));
    const auto other =
        std::find_if(groups.begin(), groups.end(), [](gid_t g) { return g != ::getegid(); });
    if (other == groups.end() || ::chown(s.out().c_str(), static_cast<uid_t>(-1), *other) != 0)
        GTEST_SKIP() << "this user can give a folder no group but its own";
    ASSERT_TRUE(s.build().ok) << s.messages();
    struct stat st {};
    ASSERT_EQ(::stat(s.out().c_str(), &st), 0);
    EXPECT_EQ(st.st_gid, *other);
}

TEST(Publish, EveryOutputCarriesPortalsMarkerAndItIsCountedOnDisk) {
    TempSite s;
    auto r = s.build();
    ASSERT_TRUE(r.ok) << s.messages();
    const std::string marker = s.read_out(".portal-output");
    EXPECT_NE(marker.find("portal"), std::string::npos) << marker;
    // The same bytes on every machine and every build: no path, no date.
    EXPECT_EQ(marker.find(s.root().string()), std::string::npos) << marker;
    EXPECT_EQ(marker.find("/"), std::string::npos) << marker;
    int on_disk = 0;
    for (auto& e : fs::recursive_directory_iterator(s.out())) on_disk += e.is_regular_file();
    EXPECT_EQ(on_disk, r.files + 1);  // the site's files, and the marker
}

TEST(Publish, EveryFailureLeavesTheOutputWithItsBytesAndDates) {
    TempSite s;
    s.write("content/index.md", "---\ntitle: Home\n---\nFirst version.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const std::string before = state_of(s.out());
    s.write("content/index.md", "---\ntitle: Home\n---\nSecond version.\n");

    // A site error.
    s.write("content/broken.md", "---\ntitle: [\n---\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(state_of(s.out()), before);
    s.remove("content/broken.md");

    // Another build holds the lock.
    {
        int fd = ::open((s.root() / ".public.lock").c_str(), O_RDWR | O_CREAT, 0644);
        ASSERT_GE(fd, 0);
        ASSERT_EQ(::flock(fd, LOCK_EX), 0);
        EXPECT_FALSE(s.build().ok);
        ::close(fd);
    }
    EXPECT_EQ(state_of(s.out()), before);

    // The redaction log would go inside the output.
    Diagnostics diags;
    portal::BuildOptions o;
    o.site_dir = s.root().string();
    o.out_dir = s.out().string();
    o.log_path = (s.out() / "redactions.txt").string();
    EXPECT_FALSE(portal::run_build(o, diags).ok);
    EXPECT_EQ(state_of(s.out()), before);
    EXPECT_EQ(lock_or_staging_inside(s.out()), std::vector<std::string>{});
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
}

// The write stage on its own, given the site folder as the pipeline gives it.
class WriteStage : public ::testing::Test {
  protected:
    fs::path root() const { return s.root(); }
    std::string log() const { return (root() / "build" / "redactions.txt").string(); }

    static RenderedSite small_site() {
        RenderedSite site;
        site.files = {{"index.html", "<p>Home</p>\n"}, {"about/index.html", "<p>About</p>\n"}};
        return site;
    }
    WriteResult write(const std::string& out, RenderedSite site = small_site()) {
        return write(out, log(), std::move(site));
    }
    WriteResult write(const std::string& out, const std::string& log_path,
                      RenderedSite site = small_site()) {
        diags = Diagnostics{};
        WriteOptions o;
        o.out_dir = out;
        o.log_path = log_path;
        o.site_dir = root().string();
        return portal::write_site(std::move(site), o, diags);
    }
    std::string messages() const {
        std::ostringstream m;
        diags.print(m);
        return m.str();
    }
    // "<folder as messages show it>: error: "
    static std::string error_at(const fs::path& p) { return portal::display_path(p) + ": error: "; }

    TempSite s;
    Diagnostics diags;
};

TEST_F(WriteStage, RefusesAFolderPortalDidNotMake) {
    const fs::path mydocs = root() / "mydocs";
    fs::create_directory(mydocs);
    std::ofstream(mydocs / "letter.txt") << "Dear neighbour,\n";
    const std::string before = state_of(mydocs);
    EXPECT_FALSE(write(mydocs.string()).published);
    EXPECT_NE(messages().find(error_at(mydocs) +
                              "exists and was not made by portal; choose another --out or "
                              "empty it"),
              std::string::npos)
        << messages();
    EXPECT_EQ(state_of(mydocs), before);
    EXPECT_FALSE(fs::exists(root() / ".mydocs.staging"));
}

TEST_F(WriteStage, AnEmptyFolderIsUsedAndThenRecognisedAsPortals) {
    const fs::path out = root() / "empty";
    fs::create_directory(out);
    EXPECT_TRUE(write(out.string()).published) << messages();
    EXPECT_TRUE(fs::is_regular_file(out / ".portal-output"));
    EXPECT_TRUE(write(out.string()).published) << messages();
    EXPECT_TRUE(fs::is_regular_file(out / "about" / "index.html"));
}

TEST_F(WriteStage, RefusesTheSiteFolderAndAFolderThatHoldsIt) {
    fs::create_directories(root() / "inner");
    fs::copy(root() / "site.json", root() / "inner" / "site.json");
    const std::string before = state_of(root());

    EXPECT_FALSE(write(root().string()).published);
    EXPECT_NE(messages().find(error_at(root()) + "this is the site folder"), std::string::npos)
        << messages();

    diags = Diagnostics{};
    WriteOptions o;
    o.out_dir = root().string();
    o.log_path = log();
    o.site_dir = (root() / "inner").string();
    EXPECT_FALSE(portal::write_site(small_site(), o, diags).published);
    EXPECT_NE(messages().find(error_at(root()) + "this folder holds the site folder"),
              std::string::npos)
        << messages();
    EXPECT_EQ(state_of(root()), before);
}

TEST_F(WriteStage, RefusesAFolderInsideTheSitesSources) {
    for (const char* sources : {"content", "data", "layouts", "assets"}) {
        fs::create_directories(root() / sources);
        const fs::path out = root() / sources / "public";
        EXPECT_FALSE(write(out.string()).published) << sources;
        EXPECT_NE(messages().find(error_at(out) + "this folder is inside the site's " +
                                  std::string(sources) + "/ folder"),
                  std::string::npos)
            << messages();
        EXPECT_FALSE(fs::exists(out)) << out;
        EXPECT_FALSE(fs::exists(root() / sources / ".public.lock")) << sources;
        EXPECT_FALSE(fs::exists(root() / sources / ".public.staging")) << sources;
    }
}

TEST_F(WriteStage, NeverReplacesOrDeletesThroughASymbolicLink) {
    // A web host's layout: the web root is a link to a release folder portal made.
    const fs::path release = root() / "webroot";
    ASSERT_TRUE(write(release.string()).published) << messages();
    std::ofstream(release / "keep.txt") << "kept\n";
    const fs::path link = root() / "public";
    fs::create_directory_symlink("webroot", link);
    const std::string before = state_of(release);

    EXPECT_FALSE(write(link.string()).published);
    EXPECT_NE(messages().find(error_at(link) + "this is a symbolic link (to webroot)"),
              std::string::npos)
        << messages();
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(state_of(release), before);
    EXPECT_FALSE(fs::exists(fs::symlink_status(root() / ".public.staging")));
}

TEST_F(WriteStage, ALinkWhereTheStagingFolderGoesIsRemovedNotFollowed) {
    const fs::path elsewhere = root() / "elsewhere";
    fs::create_directories(elsewhere / "about");
    std::ofstream(elsewhere / "keep.txt") << "kept\n";
    std::ofstream(elsewhere / "about" / "index.html") << "kept too\n";
    fs::create_directory_symlink("elsewhere", root() / ".public.staging");
    const std::string before = state_of(elsewhere);

    EXPECT_TRUE(write((root() / "public").string()).published) << messages();
    EXPECT_EQ(state_of(elsewhere), before);
    EXPECT_FALSE(fs::is_symlink(root() / ".public.staging"));
    EXPECT_EQ(read_bytes(root() / "public" / "about" / "index.html"), "<p>About</p>\n");
}

TEST_F(WriteStage, ATrailingSlashNamesTheSameFolder) {
    for (const char* out : {"x/", "x//", "x/."}) {
        EXPECT_TRUE(write((root() / out).string()).published) << out << "\n" << messages();
        EXPECT_TRUE(fs::is_regular_file(root() / "x" / "about" / "index.html")) << out;
        EXPECT_EQ(lock_or_staging_inside(root() / "x"), std::vector<std::string>{}) << out;
        EXPECT_TRUE(fs::exists(root() / ".x.lock")) << out;
    }
}

TEST_F(WriteStage, ARedactionLogInsideTheOutputIsRefused) {
    const fs::path out = root() / "public";
    ASSERT_TRUE(write(out.string()).published) << messages();
    const std::string before = state_of(out);
    for (const fs::path& log_path : {out / "redactions.txt", out / "about" / ".." / "log.txt"}) {
        EXPECT_FALSE(write(out.string(), log_path.string()).published) << log_path;
        EXPECT_NE(messages().find("is inside the output folder"), std::string::npos) << messages();
        EXPECT_EQ(state_of(out), before);
    }
}

TEST_F(WriteStage, AFailedAuditLeavesTheOutputAndNoFolderNameBehind) {
    const fs::path out = root() / "public";
    ASSERT_TRUE(write(out.string()).published) << messages();
    ASSERT_TRUE(write(out.string()).published) << messages();  // staging exists now
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const std::string before = state_of(out);

    RenderedSite leaky = small_site();
    leaky.files.push_back({"operation-nightjar/index.html", "<p>Nightjar watches the docks</p>"});
    portal::CanaryBuilder canaries;
    canaries.add_withheld("Nightjar watches the docks", "content/secret.md:3:1");
    leaky.canaries = canaries.build();
    EXPECT_FALSE(write(out.string(), std::move(leaky)).published);
    EXPECT_NE(messages().find("leak audit"), std::string::npos) << messages();

    EXPECT_EQ(state_of(out), before);
    EXPECT_EQ(folders_named(root(), "operation-nightjar"), std::vector<fs::path>{});
    EXPECT_EQ(lock_or_staging_inside(out), std::vector<std::string>{});
    EXPECT_TRUE(files_left_in_staging(root()).empty());
}
