// The command line as a user meets it: exit codes, messages, summary line.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <regex>

#include "temp_site.hpp"

using namespace portal::testing;

struct CliRun {
    int code;
    std::string output;  // stdout and stderr together
};

// Runs portal with `args` in a shell started in `dir` ("" = the current folder);
// `serve` would run until stopped, hence the time limit.
static CliRun run_in(const std::string& dir, const std::string& args) {
    std::string cmd = (dir.empty() ? "" : "cd '" + dir + "' && ") + "timeout 60 " +
                      std::string(PORTAL_BINARY) + " " + args + " 2>&1";
    CliRun r{0, {}};
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf;
    while (fgets(buf.data(), buf.size(), p)) r.output += buf.data();
    int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

static CliRun run(const std::string& args) {
    return run_in("", args);
}

// Every path under `dir` with its bytes and modification time.
static std::string state_of(const fs::path& dir) {
    std::vector<fs::path> entries;
    for (auto& e : fs::recursive_directory_iterator(dir)) entries.push_back(e.path());
    std::sort(entries.begin(), entries.end());
    std::string all;
    for (const auto& p : entries) {
        all += p.lexically_relative(dir).generic_string();
        if (fs::is_symlink(p)) {
            all += " -> " + fs::read_symlink(p).string() + "\n";
            continue;
        }
        all += " " + std::to_string(fs::last_write_time(p).time_since_epoch().count()) + "\n";
        if (fs::is_regular_file(p)) {
            std::ifstream in(p, std::ios::binary);
            all += std::string((std::istreambuf_iterator<char>(in)), {}) + "\n";
        }
    }
    return all;
}

// A copy of the site's sources in `dir`.
static void copy_site(const TempSite& s, const fs::path& dir) {
    fs::create_directories(dir);
    for (const char* part : {"site.json", "content", "layouts", "assets"})
        fs::copy(s.root() / part, dir / part, fs::copy_options::recursive);
}

TEST(Cli, BuildSucceedsWithOneSummaryLine) {
    TempSite s;  // about.md, the home page portal makes when content/index.md is absent, search/,
                 // accessibility/, 404.html
    CliRun r = run("build --site " + s.root().string());
    EXPECT_EQ(r.code, 0) << r.output;
    // pages, reports, datasets, files written, items withheld, time (README.md, "Command line")
    const std::regex summary(
        "portal: built 6 pages, 0 reports, 0 datasets; wrote [0-9]+ files to [^ ]+ \\(search "
        "index ([0-9]+ bytes|[0-9]+\\.[0-9] KB)\\); withheld 0 items \\(log: [^ "
        "]+redactions.txt\\); "
        "[0-9]+\\.[0-9][0-9] s\n");
    EXPECT_TRUE(std::regex_search(r.output, summary)) << r.output;
}

TEST(Cli, SiteErrorsExitOneWithSummary) {
    TempSite s;
    s.write("content/x.md", "---\nsummary: x\n---\n");
    CliRun r = run("build --site " + s.root().string());
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("x.md:1:1: error: page has no title"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("portal: 1 error; nothing was published"), std::string::npos)
        << r.output;
}

TEST(Cli, BadUsageExitsTwo) {
    EXPECT_EQ(run("").code, 2);
    EXPECT_EQ(run("frobnicate").code, 2);
    EXPECT_EQ(run("build --no-such-flag").code, 2);
    EXPECT_EQ(run("serve --port 0").code, 2);
}

TEST(Cli, HelpAndVersionSucceed) {
    CliRun h = run("--help");
    EXPECT_EQ(h.code, 0);
    EXPECT_NE(h.output.find("build"), std::string::npos);
    EXPECT_NE(h.output.find("check"), std::string::npos);
    EXPECT_NE(h.output.find("serve"), std::string::npos);
    CliRun v = run("--version");
    EXPECT_EQ(v.code, 0);
    EXPECT_NE(v.output.find("portal "), std::string::npos);
}

TEST(Cli, CheckWritesNothingAndReportsWithheldLocations) {
    TempSite s;
    s.write("content/index.md",
            "---\ntitle: Home\n---\n::: PROTECT\nA withheld sentence of some length.\n:::\n");
    CliRun r = run("check --site " + s.root().string() + " --list-withheld");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_FALSE(fs::exists(s.out()));
    EXPECT_NE(r.output.find("content/index.md:4:1: withheld region"), std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("1 item would be withheld"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("withheld sentence"), std::string::npos);
}

// Without --list-withheld, check names no withheld file: its output may be a
// CI log (red team round 4, M2).
TEST(Cli, CheckNamesNoWithheldFileUnlessAsked) {
    TempSite s;
    s.write("content/zebra-family-case.md",
            "---\ntitle: A case\nmarking: PROTECT\n---\nWithheld words.\n");
    CliRun r = run("check --site " + s.root().string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(r.output.find("zebra"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("1 item would be withheld (--list-withheld says where)"),
              std::string::npos)
        << r.output;
}

TEST(Cli, AMistypedCommandIsNamedWithTheOneMeant) {
    CliRun r = run("buld");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.output.find("portal: unknown command 'buld'; did you mean 'build'?"),
              std::string::npos)
        << r.output;
    r = run("serv --port 1");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.output.find("did you mean 'serve'?"), std::string::npos) << r.output;
    r = run("frobnicate");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.output.find("portal: unknown command 'frobnicate'; the commands are build, "
                            "check, serve, schema, new and returns"),
              std::string::npos)
        << r.output;
}

// What portal prints never holds a control character from its input: an
// escape sequence in a file name or an argument could rewrite the terminal.
TEST(Cli, ControlCharactersAreNotPrinted) {
    CliRun r = run("schema \"$(printf '\\033[31mreport')\"");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.output.find('\x1b'), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("\\x1b[31mreport"), std::string::npos) << r.output;
}

// `portal schema`: the data reference, whole or one kind; the editor schemas.
TEST(Cli, SchemaPrintsTheDataReference) {
    CliRun r = run("schema");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("# Data formats"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("| `priorities[].milestones[].status` | no | text | The milestone's "
                            "rating this quarter, on the report's status scale"),
              std::string::npos);
    r = run("schema funding-csv");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("| `amount` | yes |"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("# Data formats"), std::string::npos);
    r = run("schema --editor report");
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("\"anyOf\""), std::string::npos) << r.output;
    r = run("schema reprot");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.output.find("portal: no kind of file 'reprot'; the kinds are site, plan, report"),
              std::string::npos)
        << r.output;
}

// `portal new site DIR`, then a build: no error, and no warning but the one
// asking for the accessibility statement's facts.
TEST(Cli, NewSiteThenBuild) {
    const fs::path dir =
        fs::temp_directory_path() / ("portal-new-site-" + std::to_string(getpid()));
    fs::remove_all(dir);
    CliRun r = run("new site " + dir.string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("portal: wrote a new site to " + dir.string()), std::string::npos)
        << r.output;
    r = run("build --site " + dir.string() + " --out " + (dir / "public").string());
    EXPECT_EQ(r.code, 0) << r.output;
    const auto warning = r.output.find("warning");
    ASSERT_NE(warning, std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("warning", warning + 1), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("the accessibility statement (accessibility/) lacks"),
              std::string::npos)
        << r.output;
    r = run("new site " + dir.string());
    EXPECT_EQ(r.code, 2) << "a folder that is there already is a slip in the command";
    EXPECT_NE(r.output.find("already exists"), std::string::npos) << r.output;
    fs::remove_all(dir);
}

// A --site that does not exist is a mistake in the command, not in a site.
TEST(Cli, MissingSiteFolder) {
    CliRun r = run("build --site /nonexistent/site");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.output.find("/nonexistent/site: error: site folder does not exist"),
              std::string::npos)
        << r.output;
}

TEST(Cli, CheckOfAMissingSiteFolderIsBadUsageToo) {
    CliRun r = run("check --site /nonexistent/site");
    EXPECT_EQ(r.code, 2) << r.output;
    EXPECT_NE(r.output.find("/nonexistent/site: error: site folder does not exist"),
              std::string::npos)
        << r.output;
}

// --- the output folder: portal replaces it whole, so it must be one portal may replace ---

TEST(Cli, TheSiteFolderItselfIsNotAnOutput) {
    TempSite s;
    const std::string before = state_of(s.root());
    CliRun r = run("build --site " + s.root().string() + " --out " + s.root().string());
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find(s.root().string() + ": error: this is the site folder"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("choose another --out"), std::string::npos) << r.output;
    EXPECT_EQ(state_of(s.root()), before);
}

TEST(Cli, AFolderHoldingTheSiteIsNotAnOutput) {
    TempSite s;
    copy_site(s, s.root() / "inner");
    const std::string before = state_of(s.root());
    CliRun r = run("build --site " + (s.root() / "inner").string() + " --out " + s.root().string());
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find(s.root().string() + ": error: this folder holds the site folder"),
              std::string::npos)
        << r.output;
    EXPECT_EQ(state_of(s.root()), before);
}

TEST(Cli, AFolderInsideContentIsNotAnOutput) {
    TempSite s;
    const fs::path out = s.root() / "content" / "public";
    CliRun r = run("build --site " + s.root().string() + " --out " + out.string());
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find(out.string() + ": error: this folder is inside the site's content/"),
              std::string::npos)
        << r.output;
    EXPECT_FALSE(fs::exists(out));
}

TEST(Cli, AFolderPortalDidNotMakeIsLeftAlone) {
    TempSite s;
    const fs::path mydocs = s.root() / "mydocs";
    fs::create_directory(mydocs);
    std::ofstream(mydocs / "letter.txt") << "Dear neighbour,\n";
    const std::string before = state_of(mydocs);
    CliRun r = run("build --site " + s.root().string() + " --out " + mydocs.string());
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find(mydocs.string() +
                            ": error: exists and was not made by portal; choose another --out "
                            "or empty it"),
              std::string::npos)
        << r.output;
    EXPECT_EQ(state_of(mydocs), before);
    // Emptied, it is portal's to use.
    fs::remove(mydocs / "letter.txt");
    r = run("build --site " + s.root().string() + " --out " + mydocs.string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_TRUE(fs::exists(mydocs / "about" / "index.html"));
}

TEST(Cli, ASymlinkedOutputIsRefusedAndWhatItPointsAtKept) {
    TempSite s;
    const fs::path webroot = s.root() / "webroot";
    fs::create_directory(webroot);
    std::ofstream(webroot / "keep.txt") << "kept\n";
    fs::create_directory_symlink("webroot", s.out());
    const std::string before = state_of(webroot);
    CliRun r = run("build --site " + s.root().string());
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find(s.out().string() + ": error: this is a symbolic link (to webroot)"),
              std::string::npos)
        << r.output;
    EXPECT_TRUE(fs::is_symlink(s.out()));
    EXPECT_EQ(state_of(webroot), before);
    EXPECT_FALSE(fs::exists(fs::symlink_status(s.root() / ".public.staging")));
}

TEST(Cli, ATrailingSlashOnOutNamesTheSameFolder) {
    TempSite s;
    for (int build = 0; build < 2; ++build) {
        CliRun r = run("build --site " + s.root().string() + " --out " + s.root().string() + "/x/");
        EXPECT_EQ(r.code, 0) << r.output;
        EXPECT_TRUE(fs::exists(s.root() / "x" / "about" / "index.html"));
        for (auto& e : fs::directory_iterator(s.root() / "x")) {
            const std::string name = e.path().filename().string();
            EXPECT_TRUE(name == ".portal-output" || name[0] != '.') << name;
        }
    }
}

TEST(Cli, AnOutputWithoutAFolderNameIsBadUsage) {
    TempSite s;
    const std::string before = state_of(s.root());
    for (const char* out : {".", "..", "''", "./"}) {
        CliRun r = run_in(s.root().string(), "build --site . --out " + std::string(out));
        EXPECT_EQ(r.code, 2) << out << "\n" << r.output;
        EXPECT_NE(r.output.find("names no folder"), std::string::npos) << r.output;
    }
    EXPECT_EQ(state_of(s.root()), before);
}

TEST(Cli, ARedactionLogInsideTheOutputIsBadUsage) {
    TempSite s;
    ASSERT_EQ(run("build --site " + s.root().string()).code, 0);
    const std::string before = state_of(s.out());
    CliRun r = run("build --site " + s.root().string() + " --log " +
                   (s.out() / "redactions.txt").string());
    EXPECT_EQ(r.code, 2) << r.output;
    EXPECT_NE(r.output.find("is inside the output folder"), std::string::npos) << r.output;
    EXPECT_EQ(state_of(s.out()), before);
    // Also when the log keeps its default and the output is the site's (new) build/ folder.
    s.remove("build");
    r = run("build --site " + s.root().string() + " --out " + (s.root() / "build").string());
    EXPECT_EQ(r.code, 2) << r.output;
    EXPECT_FALSE(fs::exists(s.root() / "build" / "index.html"));
}

TEST(Cli, ServeRefusesTheSameOutputsAsBuild) {
    TempSite s;
    const std::string before = state_of(s.root());
    CliRun r =
        run("serve --port 18431 --site " + s.root().string() + " --out " + s.root().string());
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_NE(r.output.find("this is the site folder"), std::string::npos) << r.output;
    EXPECT_EQ(state_of(s.root()), before);
    r = run_in(s.root().string(), "serve --port 18431 --site . --out .");
    EXPECT_EQ(r.code, 2) << r.output;
}
