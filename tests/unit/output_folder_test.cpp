// write/output_folder: which folder portal may replace, what it keeps beside
// it, and where the redaction log may not go. Each rule on its own, on real
// folders in a temporary directory (the integration tests run them through
// whole builds).
#include "write/output_folder.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "temp_site.hpp"

namespace portal {
namespace {

using testing::TempSite;

TEST(OutputFolder, NamesTheFolderOrNothing) {
    const struct {
        const char* out_dir;
        std::optional<std::string> folder;
    } cases[] = {
        {"public", "public"}, {"public/", "public"},  {"./public", "public"},
        {"a/b//", "a/b"},     {"../site", "../site"}, {"/srv/www/", "/srv/www"},
        {"", std::nullopt},   {".", std::nullopt},    {"..", std::nullopt},
        {"/", std::nullopt},  {"a/..", std::nullopt}, {"public/.", "public"},
    };
    for (const auto& c : cases) {
        const auto got = output_folder(c.out_dir);
        if (!c.folder) {
            EXPECT_FALSE(got) << "'" << c.out_dir << "' gave " << (got ? got->string() : "");
        } else {
            ASSERT_TRUE(got) << "'" << c.out_dir << "'";
            EXPECT_EQ(got->string(), *c.folder) << "'" << c.out_dir << "'";
        }
    }
}

TEST(OutputFolder, KeepsItsFilesBesideTheOutputNeverInside) {
    const BesideOutput b(fs::path("www/public"));
    EXPECT_EQ(b.parent, fs::path("www"));
    EXPECT_EQ(b.lock, fs::path("www/.public.lock"));
    EXPECT_EQ(b.staging, fs::path("www/.public.staging"));
    EXPECT_EQ(b.manifest, fs::path("www/.public.manifest"));
    EXPECT_EQ(b.build_record, fs::path("www/.public.build"));
    EXPECT_EQ(b.old_site(42), fs::path("www/public.old-42"));
    const BesideOutput bare(fs::path("public"));
    EXPECT_EQ(bare.parent, fs::path("."));
    EXPECT_EQ(bare.staging, fs::path("./.public.staging"));
}

// Where the redaction log (which names withheld files) may go. `problem` is a
// phrase the refusal must hold, or "" for a place that is allowed.
TEST(OutputFolder, RedactionLogStaysOutOfEverythingPortalReplacesOrReads) {
    TempSite site(false);
    const fs::path root = site.root();
    const fs::path out = root / "public";
    fs::create_directories(out);
    fs::create_directories(root / "elsewhere");
    fs::create_symlink(out, root / "link-to-public");
    const struct {
        std::string log;
        std::string problem;
    } cases[] = {
        {"build/redactions.txt", ""},
        {"elsewhere/log.txt", ""},
        {"public-log.txt", ""},
        {"public/redactions.txt", "inside the output folder"},
        {"public/../public/deep/log.txt", "inside the output folder"},
        {"link-to-public/log.txt", "inside the output folder"},
        {".public.staging/log.txt", "keeps beside the output folder"},
        {".public.lock", "keeps beside the output folder"},
        {".public.manifest", "keeps beside the output folder"},
        {".public.build", "keeps beside the output folder"},
        {"public.old-1234/log.txt", "keeps the previous site"},
        {"content/log.txt", "inside the site's content/"},
        {"data/x/log.txt", "inside the site's data/"},
        {"layouts/log.txt", "inside the site's layouts/"},
        {"assets/log.txt", "inside the site's assets/"},
        {"site.json", "site.json"},
    };
    for (const auto& c : cases) {
        const auto problem = log_path_problem((root / c.log).string(), out, root.string());
        if (c.problem.empty()) {
            EXPECT_FALSE(problem) << c.log << ": " << problem.value_or("");
        } else {
            ASSERT_TRUE(problem) << c.log << " was allowed";
            EXPECT_NE(problem->find(c.problem), std::string::npos) << c.log << ": " << *problem;
        }
    }
    EXPECT_FALSE(log_path_problem("", out, root.string())) << "no log, no problem";
}

// Which folders a build may replace. `problem` as above.
TEST(OutputFolder, ReplacesOnlyItsOwnFolderClearOfTheSite) {
    TempSite site(false);
    const fs::path root = site.root();
    site.write("ours/" + std::string(kOutputMarker), std::string(kOutputMarkerText));
    site.write("ours/index.html", "old site");
    site.write("theirs/notes.txt", "someone's data");
    site.write("a-file", "not a folder");
    fs::create_directories(root / "empty");
    fs::create_symlink(root / "ours", root / "link");
    const struct {
        fs::path out;
        std::string problem;
    } cases[] = {
        {root / "public", ""},  // does not exist yet
        {root / "ours", ""},
        {root / "empty", ""},
        {root / "theirs", "was not made by portal"},
        {root / "a-file", "is not a folder"},
        {root / "link", "symbolic link"},
        {root, "this is the site folder"},
        {root.parent_path(), "holds the site folder"},
        {root / "assets" / "out", "inside the site's assets/"},
        {root / "content", "inside the site's content/"},
        {root / "returns", "inside the site's returns/"},
        {root / "returns" / "2011-12-q1", "inside the site's returns/"},
    };
    for (const auto& c : cases) {
        Diagnostics diags;
        const bool ok = check_output_folder(root, c.out, diags);
        const std::string said = diags.all().empty() ? "" : diags.all().front().message;
        if (c.problem.empty()) {
            EXPECT_TRUE(ok) << c.out << ": " << said;
        } else {
            EXPECT_FALSE(ok) << c.out << " was allowed";
            EXPECT_NE(said.find(c.problem), std::string::npos) << c.out << ": " << said;
        }
    }
}

}  // namespace
}  // namespace portal
