// Red team round 17: a label of several words split at the seam between the
// base layout and the page (render/value_joins reads both sides on past their
// blocks); and messages that repeated a marked name, each fixed as a class:
// - a quotation that is a name on its own ("partial 'quokka-Restricted' does
//   not exist", "paper 'page: quokka-Restricted-annex.md'") is read as a name,
//   as a path is (redact/quiet_messages);
// - a file name cut short at a character that is not shown ("…_r…") is
//   hidden as the whole name is, when the whole name reads as marked;
// - a withheld index file is named only as far as the folder above its own,
//   since its folder is the page's name and address (pipeline).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "leak_check.hpp"
#include "portal_run.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

TEST(RedTeam17Messages, MissingPartialWithAMarkedNameIsNotQuoted) {
    TempSite s;
    s.write("layouts/partials/footer.mustache", "<p>x</p>{{> quokka-family-Restricted}}\n");
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "does not exist");
    EXPECT_LACKS(r.output, "quokka");
}

TEST(RedTeam17Messages, NameCutShortAtAnUnshownCharacterIsHiddenWhole) {
    TempSite s;
    s.write("content/Board_paper_RESTRICTED_quokka_r\xe9sum\xe9.md", "---\ntitle: X\n---\nx\n");
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_LACKS(r.output, "quokka");
    EXPECT_LACKS(r.output, "RESTRICTED_");
}

// Found by fuzz_site (run 29): a file whose name holds a label, refused as it
// loads (a control character in it), was named whole in its message, since
// names were read only from the files that loaded.
TEST(RedTeam17Messages, MarkedNameOfAFileRefusedAsItLoadsIsHidden) {
    TempSite s;
    s.write("content/Official-Sensitive-quokka.md", "---\ntitle: X\n---\nhello\x01there\n");
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "invisible control character");
    EXPECT_LACKS(r.output, "quokka");
}

TEST(RedTeam17Messages, WithheldIndexFileIsNamedAsFarAsTheFolderAbove) {
    TempSite s;
    s.write("content/quokka-family-case-review/index.md",
            "---\ntitle: Case review\nmarking: RESTRICTED\n---\nSee [the plan](missing.md).\n");
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "content/…");
    EXPECT_LACKS(r.output, "quokka");
}

// "Not for" in the base layout's block before the page's body, and
// "publication: ..." leading the page's layout: the page shows the two
// blocks one after the other.
TEST(RedTeam17Seam, SeveralWordLabelSplitAtTheBodySeamIsRefused) {
    TempSite s;
    auto read = [&](const std::string& rel) {
        std::ifstream in(s.root() / rel);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    };
    std::string base = read("layouts/base.mustache");
    const auto body = base.find("{{{body}}}");
    ASSERT_NE(body, std::string::npos);
    base.insert(body, "<p class=\"banner\">Not for</p>\n");
    s.write("layouts/base.mustache", base);
    std::string page = read("layouts/page.mustache");
    page = "<p class=\"lead\">publication: quokka family case notes</p>\n" + page;
    s.write("layouts/page.mustache", page);
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "puts text side by side");
    EXPECT_FALSE(s.out_exists("about/index.html"));
}

// Red team round 18 (B): base_url's path is a name; the redaction log may not
// go into any folder portal published before.
// Red team round 18 (B): a file whose own text marks it withheld whole, but
// which is refused before redact could withhold it, is named as one withheld
// whole is: as far as its folder, saying that `portal check
// --list-withheld` prints the name (and it does).
TEST(RedTeam18, FileRefusedBeforeRedactWithAWithheldMarkingIsNotNamed) {
    const std::pair<const char*, std::string> cases[] = {
        // A marking that is no label's text, in front matter and in JSON.
        {"content/zebra-quokka.md", "---\ntitle: Case review\nmarking: [RESTRICTED]\n---\nx\n"},
        {"data/statistics/zebra-quokka.json",
         R"({"title": "Case review", "marking": ["RESTRICTED"], "categories": ["a"],
  "series": [{"name": "n", "values": [1]}]})"},
        // A byte that is not UTF-8.
        {"content/zebra-quokka.md",
         "---\ntitle: Case review\nmarking: RESTRICTED\n---\nBody \xff\xfe.\n"},
        // A key written twice; JSON that does not parse.
        {"content/zebra-quokka.md",
         "---\ntitle: Case review\nmarking: RESTRICTED\nmarking: RESTRICTED\n---\nx\n"},
        {"data/statistics/zebra-quokka.json", R"({"marking": "RESTRICTED", "title": "x",)"},
        // A field, however it is written, a person reads as the marking.
        {"content/zebra-quokka.md", "---\ntitle: Case review\nMarking: RESTRICTED\n---\nx\n"},
    };
    for (const auto& [rel, text] : cases) {
        SCOPED_TRACE(text);
        TempSite s;
        s.write(rel, text);
        PortalRun r = run_portal(s.root(), "build --site .");
        EXPECT_EQ(r.code, 1) << r.output;
        EXPECT_LACKS(r.output, "quokka");
        EXPECT_CONTAINS(r.output, "so its name is not printed");
        r = run_portal(s.root(), "check --site . --list-withheld");
        EXPECT_EQ(r.code, 1) << r.output;
        EXPECT_CONTAINS(r.output, rel);
    }
    // An inner object's marking withholds that object alone: the file is
    // named.
    TempSite s;
    s.write("data/statistics/s.json", R"({"title": "Stat", "categories": ["a"],
  "series": [{"name": "n", "marking": ["RESTRICTED"], "values": [1]}]})");
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "data/statistics/s.json:");
}

TEST(RedTeam18, BaseUrlWhosePathReadsAsMarkedIsRefused) {
    TempSite s;
    std::ifstream in(s.root() / "site.json");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string site = ss.str();
    const auto at = site.find("\"base_url\"");
    ASSERT_NE(at, std::string::npos);
    const auto open = site.find('"', site.find(':', at));
    const auto close = site.find('"', open + 1);
    site.replace(open + 1, close - open - 1, "https://example.org/Restricted-zebra-quokka/");
    s.write("site.json", site);
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "base_url's path reads as marked");
}

TEST(RedTeam18, LogIntoAnEarlierOutputFolderIsRefused) {
    TempSite s;
    ASSERT_TRUE(s.build().ok) << s.messages();  // public/ is an output now
    const PortalRun r =
        run_portal(s.root(), "build --site . --out other --log public/redactions.txt");
    EXPECT_NE(r.code, 0) << r.output;
    EXPECT_CONTAINS(r.output, "a folder portal published before");
    EXPECT_FALSE(s.out_exists("redactions.txt"));
}

// A PNG's comments split between two text chunks ("RESTR", "ICTED: ...") read
// together, as a viewer lists them.
TEST(RedTeam18, PngCommentsSplitBetweenChunksReadTogether) {
    TempSite s;
    auto chunk = [](const std::string& type, const std::string& data) {
        std::string c;
        for (int shift = 24; shift >= 0; shift -= 8)
            c += static_cast<char>((data.size() >> shift) & 0xFF);
        return c + type + data + std::string(4, '\0');  // (the CRC is not read)
    };
    const std::string ihdr("\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 13);
    const std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", ihdr) +
                            chunk("tEXt", std::string("Comment\0RESTR", 13)) +
                            chunk("tEXt", std::string("Comment\0ICTED: zebra quokka", 28)) +
                            chunk("IEND", "");
    s.write("assets/images/a.png", png);
    const PortalRun r = run_portal(s.root(), "build --site .");
    EXPECT_EQ(r.code, 1) << r.output;
    EXPECT_CONTAINS(r.output, "RESTRICTED");
    EXPECT_FALSE(s.out_exists("index.html"));
}

}  // namespace
