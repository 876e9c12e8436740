// Red team round 13, three problems each fixed as a class:
// - the redaction log (--log) may be only a regular file with one name, looked
//   at with stat before anything is built, and when it holds something it
//   must be a redaction log already (so `--log README.md` is refused); and it is
//   written by replacing its file, never into it (write/output_folder,
//   core/files write_file_replacing);
// - a layout may grow by kMaxPartialGrowth at most when its partials are put
//   in, in the census's reading of it and in the renderer alike
//   (load/layout_growth): a "billion laughs" of partials fails fast;
// - `portal returns` refuses a row for a withheld milestone before judging any
//   of its cells, and never quotes them (new_site/fill_report).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <map>
#include <string>

#include "core/files.hpp"
#include "core/json_value.hpp"
#include "leak_check.hpp"
#include "load/layout_growth.hpp"
#include "load/text_file.hpp"
#include "portal_run.hpp"
#include "render/theme.hpp"
#include "temp_site.hpp"
#include "write/output_folder.hpp"

using namespace portal::testing;

namespace {

// A site with a withheld page (so that its redaction log names a withheld
// file), built once, so that a refused build has an output to leave alone.
class RedTeam13 : public ::testing::Test {
  protected:
    void SetUp() override {
        s.write("content/secret.md", "---\ntitle: Secret\nmarking: PROTECT\n---\nx\n");
        ASSERT_TRUE(s.build().ok) << s.messages();
        before = s.snapshot();
    }

    // `portal build --log log` is refused with `message`; the output is byte
    // for byte as it was, and nothing is left in staging. (A build that
    // waited on a pipe would never end: ctest's timeout fails it.)
    PortalRun expect_log_refused(const std::string& log, const std::string& message) {
        const PortalRun r = run_portal(s.root(), "build --site . --log " + log);
        EXPECT_TRUE(r.code == 1 || r.code == 2) << r.output;
        EXPECT_CONTAINS(r.output, log + ": error: " + message);
        EXPECT_LACKS(r.output, "internal error");
        EXPECT_EQ(s.snapshot(), before);
        EXPECT_TRUE(files_left_in_staging(s.root()).empty());
        return r;
    }

    TempSite s;
    std::string before;
};

// Ten times each, eight deep: 10^8 copies of p9 from under 1 KB of partials.
void write_billion_laughs(const TempSite& s) {
    for (int n = 1; n <= 8; ++n) {
        std::string text;
        for (int k = 0; k < 10; ++k) text += "{{> p" + std::to_string(n + 1) + "}}\n";
        s.write("layouts/partials/p" + std::to_string(n) + ".mustache", text);
    }
    s.write("layouts/partials/p9.mustache", "");
}

std::map<std::string, portal::TextFile> billion_laughs_partials() {
    std::map<std::string, portal::TextFile> partials;
    for (int n = 1; n <= 9; ++n) {
        std::string text;
        for (int k = 0; n < 9 && k < 10; ++k) text += "{{> p" + std::to_string(n + 1) + "}}\n";
        const std::string name = "p" + std::to_string(n);
        partials.emplace(name, portal::TextFile{"layouts/partials/" + name + ".mustache",
                                                "partials/" + name + ".mustache", text});
    }
    return partials;
}

const char* const kCanary = "Amber - zebra quokka narwhal family at 12 Mill Road refusing contact";

}  // namespace

// `ln public/robots.txt evil.log`: the log would have overwritten the
// published file with the names of withheld files. Refused before anything is
// built, by the command line and by the write stage alike.
TEST_F(RedTeam13, ALogThatIsAHardLinkToAPublishedFileIsRefused) {
    const std::string robots = s.read_out("robots.txt");
    fs::create_hard_link(s.out() / "robots.txt", s.root() / "evil.log");
    expect_log_refused("evil.log", "this redaction log is a file with 2 names (a hard link)");
    EXPECT_EQ(s.read_out("robots.txt"), robots);
    EXPECT_EQ(read_file(s.root() / "evil.log"), robots);

    // The library's build (no command line before it) is refused at write.
    portal::Diagnostics diags;
    portal::BuildOptions o;
    o.site_dir = s.root().string();
    o.out_dir = s.out().string();
    o.log_path = (s.root() / "evil.log").string();
    EXPECT_FALSE(portal::run_build(o, diags).ok);
    std::ostringstream messages;
    diags.print(messages);
    EXPECT_CONTAINS(messages.str(), "evil.log: error: this redaction log is a file with 2 names");
    EXPECT_EQ(s.snapshot(), before);
    EXPECT_EQ(s.read_out("robots.txt"), robots);

    // A hard link to any other file is refused the same way: the log is a
    // file of its own.
    fs::remove(s.root() / "evil.log");
    s.write("notes.txt", "mine\n");
    fs::create_hard_link(s.root() / "notes.txt", s.root() / "notes-link.txt");
    expect_log_refused("notes-link.txt", "this redaction log is a file with 2 names");
    EXPECT_EQ(read_file(s.root() / "notes.txt"), "mine\n");
}

// `mkfifo evil.log`: opening it for writing would wait for a reader for ever.
// It is looked at, never opened; so are a folder and a device.
TEST_F(RedTeam13, ALogThatIsAPipeAFolderOrADeviceIsRefusedAtOnce) {
    ASSERT_EQ(::mkfifo((s.root() / "evil.fifo").c_str(), 0644), 0);
    expect_log_refused("evil.fifo", "this redaction log path is a named pipe, not a file");
    EXPECT_TRUE(fs::is_fifo(s.root() / "evil.fifo"));
    fs::create_directories(s.root() / "logs");
    expect_log_refused("logs", "this redaction log path is a folder, not a file");
    expect_log_refused("/dev/null", "this redaction log path is a device, not a file");
    // Through a symbolic link too.
    fs::create_symlink("evil.fifo", s.root() / "pipe-link.log");
    expect_log_refused("pipe-link.log", "this redaction log path is a named pipe");
    // The check itself never opens what it looks at.
    const auto why = portal::log_file_problem((s.root() / "evil.fifo").string());
    ASSERT_TRUE(why);
    EXPECT_CONTAINS(*why, "named pipe");
    EXPECT_FALSE(portal::log_file_problem((s.root() / "no-such.log").string()));
}

// `--log README.md`: a file that is there and is not a redaction log is
// someone's document, and writing the log would have replaced it. Refused;
// an empty file and an earlier log are replaced as before.
TEST_F(RedTeam13, ALogPathHoldingAnotherDocumentIsRefused) {
    s.write("README.md", "# Our site\n\nNotes kept by the support officer.\n");
    expect_log_refused("README.md",
                       "this file is not a redaction log (it does not begin \"# "
                       "portal redaction log\"), and writing the log would "
                       "replace it");
    EXPECT_EQ(read_file(s.root() / "README.md"),
              "# Our site\n\nNotes kept by the support officer.\n");
    // Shorter than the heading, and a heading in other words: refused too.
    s.write("short.txt", "# p");
    expect_log_refused("short.txt", "this file is not a redaction log");
    s.write("near.txt", "# portal redaction-log\n");
    expect_log_refused("near.txt", "this file is not a redaction log");

    s.write("empty.log", "");
    const PortalRun empty = run_portal(s.root(), "build --site . --log empty.log");
    EXPECT_EQ(empty.code, 0) << empty.output;
    EXPECT_CONTAINS(read_file(s.root() / "empty.log"), "# portal redaction log");
    const PortalRun again = run_portal(s.root(), "build --site . --log empty.log");
    EXPECT_EQ(again.code, 0) << again.output;
    EXPECT_CONTAINS(read_file(s.root() / "empty.log"), "content/secret.md");
}

// The log is written by replacing its file (a new file beside it, renamed into
// place), never into it: a hard link made after the checks keeps its bytes,
// and a pipe put there is replaced, not waited on.
TEST_F(RedTeam13, TheLogReplacesItsFileAndNeverWritesThroughIt) {
    const fs::path log = s.root() / "build" / "redactions.txt";
    struct stat first {};
    ASSERT_EQ(::stat(log.c_str(), &first), 0);
    EXPECT_EQ(first.st_nlink, 1u);
    s.write("content/about.md", "---\ntitle: About\n---\nAbout us, again.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    struct stat second {};
    ASSERT_EQ(::stat(log.c_str(), &second), 0);
    EXPECT_NE(first.st_ino, second.st_ino) << "the log was written into its old file";
    EXPECT_CONTAINS(redaction_log(s), "withheld");

    // The mechanism itself, on what the checks would refuse.
    s.write("published.txt", "public words\n");
    fs::create_hard_link(s.root() / "published.txt", s.root() / "linked.txt");
    EXPECT_EQ(portal::write_file_replacing(s.root() / "linked.txt", "log\n"), "");
    EXPECT_EQ(read_file(s.root() / "published.txt"), "public words\n");
    EXPECT_EQ(read_file(s.root() / "linked.txt"), "log\n");
    ASSERT_EQ(::mkfifo((s.root() / "pipe.txt").c_str(), 0644), 0);
    EXPECT_EQ(portal::write_file_replacing(s.root() / "pipe.txt", "log\n"), "");
    EXPECT_TRUE(fs::is_regular_file(s.root() / "pipe.txt"));
    EXPECT_EQ(read_file(s.root() / "pipe.txt"), "log\n");
    // Nothing left beside them.
    for (const auto& e : fs::directory_iterator(s.root()))
        EXPECT_NE(e.path().filename().string().rfind(".linked.txt", 0), 0u) << e.path();
}

// p1..p8 each put the next in ten times: 10^8 copies from under 1 KB. The
// build fails at the layout's tag and publishes nothing. (How fast is not
// asserted: tests time nothing. Before the limit this ran for minutes, past
// ctest's timeout; with it, about 0.2 s in a release build.)
TEST_F(RedTeam13, PartialsThatMultiplyFailFastAtTheLayout) {
    write_billion_laughs(s);
    const std::string page = read_file(s.root() / "layouts/page.mustache");
    s.write("layouts/page.mustache", "{{> p1}}\n" + page);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    s.path("layouts/page.mustache") +
                        ":1:1: error: this layout grows too large when its partials are put in");
    // One mistake, one error: the partials it puts in are not named again.
    EXPECT_LACKS(s.messages(), "p1.mustache");
    EXPECT_LACKS(s.messages(), "p2.mustache");
    EXPECT_EQ(s.diags.error_count(), 1) << s.messages();
    EXPECT_EQ(s.snapshot(), before);

    // The same through the command line: an error, not a hang.
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output,
                    "layouts/page.mustache:1:1: error: this layout grows too large when its "
                    "partials are put in");
    EXPECT_EQ(s.snapshot(), before);

    // Used by no layout, the first partial of the chain is named instead.
    s.write("layouts/page.mustache", page);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), s.path("layouts/partials/p1.mustache") +
                                      ":1:1: error: this partial grows too large");
    EXPECT_EQ(s.diags.error_count(), 1) << s.messages();
    // Partials that only put each other in are each named.
    s.write("layouts/partials/p9.mustache", std::string(10, ' ') + "{{> p1}}{{> p1}}\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "p9.mustache:1:11: error: this partial grows too large");
    EXPECT_EQ(s.snapshot(), before);
}

// The renderer counts as it puts partials in, whatever load let through: a
// layout past the limit is never parsed, and each page it would make is an
// error at its tag, told once.
TEST(RedTeam13Theme, TheRendererRefusesALayoutThatGrowsTooLarge) {
    const auto partials = billion_laughs_partials();
    const std::string layout = "<main>\n  {{> p1}}\n</main>\n";
    std::size_t over_at = 0;
    EXPECT_FALSE(portal::inline_partials(layout, partials, &over_at));
    EXPECT_EQ(over_at, layout.find("{{> p1}}"));
    // Load's count finds the same tag.
    const portal::FindPartial find = [&](const std::string& name) -> const portal::TextFile* {
        const auto it = partials.find(name);
        return it == partials.end() ? nullptr : &it->second;
    };
    EXPECT_EQ(portal::grows_too_large_at(layout, find), layout.find("{{> p1}}"));

    std::map<std::string, portal::TextFile> layouts;
    layouts.emplace("page", portal::TextFile{"layouts/page.mustache", "page.mustache", layout});
    const portal::Theme theme(layouts, partials);
    portal::Diagnostics diags;
    EXPECT_EQ(theme.render("page", kainjow::mustache::data{}, "content/a.md", diags), "");
    std::ostringstream messages;
    diags.print(messages);
    EXPECT_CONTAINS(messages.str(),
                    "layouts/page.mustache:2:3: error: this layout grows too large when its "
                    "partials are put in");

    // Within the limit, partials are put in as before, to the renderer's
    // depth: q9 would be the ninth level, and puts in nothing.
    std::map<std::string, portal::TextFile> small;
    for (int n = 1; n <= 9; ++n)
        small.emplace("q" + std::to_string(n), portal::TextFile{"", "",
                                                                "q" + std::to_string(n) + " {{> q" +
                                                                    std::to_string(n + 1) + "}}"});
    const auto text = portal::inline_partials("{{> q1}}", small);
    ASSERT_TRUE(text);
    EXPECT_EQ(*text, "q1 q2 q3 q4 q5 q6 q7 q8 ");
    EXPECT_FALSE(portal::grows_too_large_at("{{> q1}}", [&](const std::string& name) {
        const auto it = small.find(name);
        return it == small.end() ? nullptr : &it->second;
    }));
}

// The example site's own layouts are well within the limit.
TEST(RedTeam13Theme, TheExampleSiteStillBuilds) {
    TempSite s;
    EXPECT_TRUE(s.build_example()) << s.messages();
    EXPECT_LACKS(s.messages(), "grows too large");
}

// A row for a milestone the plan or report withholds is refused, and nothing
// about it quotes its cells: not its status (the canary), not its progress,
// not its id. Each is a different way of naming a withheld milestone.
TEST(RedTeam13Returns, ARowForAWithheldMilestoneIsRefusedWithoutQuotingIt) {
    TempSite s;
    s.write("data/plans/p.json", R"({"id": "p", "title": "P", "priorities": [
      {"number": 1, "title": "One", "actions": [{"number": "1", "title": "A", "milestones": [
        {"id": "1.1", "title": "First"},
        {"id": "1.10", "title": "Tenth", "marking": "PROTECT"},
        {"id": "1.3x", "title": "Third", "marking": "PROTECT"},
        {"id": "1.4", "title": "Fourth"},
        {"id": "1.5w", "title": "Fifth", "marking": "PROTECT"}]}]},
      {"number": 2, "title": "Two", "actions": [{"number": "2", "title": "B", "milestones": [
        {"id": "2.1a", "title": "Second"},
        {"id": "2.10", "title": "Twentieth", "marking": "PROTECT"}]}]}]})");
    const PortalRun made = run_portal(s.root(), "new report p 2011-12-q1 --returns");
    ASSERT_EQ(made.code, 0) << made.output;
    // 1.4 withheld by the report only; 1.5w dropped from the report (the plan
    // still withholds it).
    portal::Json report = portal::Json::parse(read_file(s.root() / "data/reports/2011-12-q1.json"));
    auto& milestones = report["priorities"][0]["milestones"];
    for (auto& m : milestones)
        if (m["id"] == "1.4") m["marking"] = "RESTRICTED";
    for (std::size_t i = 0; i < milestones.size(); ++i)
        if (milestones[i]["id"] == "1.5w") milestones.erase(i);
    s.write("data/reports/2011-12-q1.json", report.dump(2) + "\n");
    const std::string before = read_file(s.root() / "data/reports/2011-12-q1.json");

    const std::string canary = kCanary;
    s.write("returns/2011-12-q1/priority-1.csv",
            "milestone,title,status,progress\r\n"
            "1.10,,\"" +
                canary +
                "\",Progress at 12 Mill Road\r\n"  // the plan withholds it
                "1.3X,,\"" +
                canary +
                "\",\r\n"  // in another case
                "1.4,,\"" +
                canary +
                "\",\r\n"  // the report withholds it
                "1.5w,,\"" +
                canary +
                "\",\r\n"            // the plan only
                "1.1,,Done,\r\n"     // an open row, still judged
                "1.1,,green,\r\n");  // its second row
    s.write("returns/2011-12-q1/priority-2.csv",
            "milestone,title,status,progress\r\n"
            "2.1,,\"" +
                canary + "\",\r\n");  // 2.10 as a spreadsheet saves it
    const PortalRun r = run_portal(s.root(), "returns 2011-12-q1");
    EXPECT_EQ(r.code, 1) << r.output;
    const std::string refused = ": error: this row is for a withheld milestone";
    for (const char* row : {":2:1", ":3:1", ":4:1", ":5:1"})
        EXPECT_CONTAINS(r.output, "returns/2011-12-q1/priority-1.csv" + std::string(row) + refused);
    EXPECT_CONTAINS(r.output, "returns/2011-12-q1/priority-2.csv:2:1" + refused);
    // The open rows are judged as before, and their messages name no
    // withheld milestone (1.10 reads as the number 1.1, but is withheld).
    EXPECT_CONTAINS(r.output, "priority-1.csv:6:6: error: 'Done' is not a status");
    EXPECT_CONTAINS(r.output, "priority-1.csv:7:1: error: milestone 1.1 has a row already");
    for (const char* word : {"zebra", "quokka", "narwhal", "Mill Road", "refusing", "1.10", "1.3x",
                             "1.3X", "1.5w", "2.10", "'2.1'", "1.4"})
        EXPECT_LACKS(r.output, std::string(word));
    EXPECT_EQ(read_file(s.root() / "data/reports/2011-12-q1.json"), before);
}
