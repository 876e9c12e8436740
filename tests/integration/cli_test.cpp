// The command line as a user meets it: exit codes, messages, summary line.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>

#include "temp_site.hpp"

using namespace portal::testing;

struct CliRun {
    int code;
    std::string output;  // stdout and stderr together
};

static CliRun run(const std::string& args) {
    std::string cmd = std::string(PORTAL_BINARY) + " " + args + " 2>&1";
    CliRun r{0, {}};
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf;
    while (fgets(buf.data(), buf.size(), p)) r.output += buf.data();
    int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

TEST(Cli, BuildSucceedsWithOneSummaryLine) {
    TempSite s;  // about.md, the home page portal makes when content/index.md is absent, search/,
                 // 404.html
    CliRun r = run("build --site " + s.root().string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("portal: built 4 pages; wrote"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find(" s\n"), std::string::npos);
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
    CliRun r = run("check --site " + s.root().string());
    EXPECT_EQ(r.code, 0) << r.output;
    EXPECT_FALSE(fs::exists(s.out()));
    EXPECT_NE(r.output.find("content/index.md:4:1: withheld region"), std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("1 item would be withheld"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("withheld sentence"), std::string::npos);
}

TEST(Cli, MissingSiteFolder) {
    CliRun r = run("build --site /nonexistent/site");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("/nonexistent/site: error: site folder does not exist"),
              std::string::npos)
        << r.output;
}
