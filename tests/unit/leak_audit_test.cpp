// The leak audit is the second lock: write_site() must refuse to publish any
// file that carries withheld text, however it is encoded, even when redaction
// has been bypassed entirely. These tests skip redact altogether: they build a
// RenderedSite by hand, with canaries from CanaryBuilder and files that leak.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/canary.hpp"
#include "core/markdown.hpp"
#include "render/rendered_site.hpp"
#include "write/leak_audit.hpp"
#include "write/write_site.hpp"

using namespace portal;
namespace fs = std::filesystem;

namespace {

constexpr const char* kSecret = "velvet harbour canary alpha seven";
constexpr const char* kSecretLoc = "content/board/2011-02-01.md:12:1 (marked region)";

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Every path and every byte under a folder, for byte-for-byte comparisons.
std::string snapshot(const fs::path& dir) {
    if (!fs::exists(dir)) return "<none>";
    std::vector<fs::path> files;
    for (auto& e : fs::recursive_directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::string all;
    for (auto& p : files) {
        all += p.lexically_relative(dir).generic_string() + "\n";
        if (fs::is_regular_file(p)) all += read_all(p) + "\n";
    }
    return all;
}

class LeakAudit : public ::testing::Test {
  protected:
    void SetUp() override {
        std::random_device rd;
        root_ = fs::temp_directory_path() /
                ("portal-audit-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
        fs::create_directories(root_ / "public" / "old");
        std::ofstream(root_ / "public" / "index.html") << "<p>The site as it was yesterday.</p>\n";
        std::ofstream(root_ / "public" / "old" / "data.json") << "{\"a\": 1}\n";
        before_ = snapshot(out());
        ASSERT_NE(before_, "<none>");
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(root_, ec);
    }

    fs::path out() const { return root_ / "public"; }
    fs::path log_path() const { return root_ / "build" / "redactions.txt"; }

    // A site of innocent files plus the given ones, with kSecret withheld.
    static RenderedSite site_with(std::vector<OutputFile> leaky) {
        RenderedSite s;
        s.files.push_back(
            {"index.html",
             "<!DOCTYPE html><title>Home</title><p>Welcome to the partnership.</p>\n"});
        s.files.push_back({"assets/css/site.0123456789.css", "body { color: #222 }\n"});
        for (auto& f : leaky) s.files.push_back(std::move(f));
        CanaryBuilder b;
        b.add_withheld(kSecret, kSecretLoc);
        b.add_public("Home Welcome to the partnership. body color 222");
        s.canaries = b.build();
        s.log.push_back(
            {SourcePos{"content/board/2011-02-01.md", 12, 1}, "region (lines 12-14)", "PROTECT"});
        return s;
    }

    WriteResult write(RenderedSite&& site) {
        diags = Diagnostics{};
        return write_site(std::move(site), {out().string(), log_path().string()}, diags);
    }

    std::string messages() const {
        std::ostringstream s;
        diags.print(s);
        return s.str();
    }

    // The audit's message for a leak in `rel` (a path inside the output
    // folder): it names the file, or only the output folder when the
    // withheld text stands in the file's path (red team 19, A09).
    std::string leak_message(const std::string& rel) const {
        std::string name = rel;
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const bool in_name = name.find("velvet") != std::string::npos;
        return (in_name ? out().lexically_normal().generic_string() + "/…"
                        : (out() / rel).lexically_normal().generic_string()) +
               ": error: leak audit: this file contains withheld content from " + kSecretLoc +
               "; nothing was published";
    }

    // What every refused build must leave behind: the old site, untouched; no
    // staging folder; no redaction log (it is written only for a published site).
    void expect_refused(const WriteResult& r, const std::string& rel) {
        EXPECT_FALSE(r.published);
        EXPECT_TRUE(diags.has_errors());
        EXPECT_NE(messages().find(leak_message(rel)), std::string::npos)
            << "expected: " << leak_message(rel) << "\ngot:\n"
            << messages();
        // Beyond the file's own name, which it gives when the text is not in
        // it, the message does not quote the text.
        std::string m = messages();
        const std::string named = (out() / rel).lexically_normal().generic_string();
        for (auto p = m.find(named); p != std::string::npos; p = m.find(named))
            m.erase(p, named.size());
        EXPECT_EQ(m.find("velvet"), std::string::npos) << "the message must not quote the text:\n"
                                                       << m;
        EXPECT_EQ(snapshot(out()), before_);
        // The staging folder may stay (its sub-folders speed up the next build) but
        // no file may be left in it: the leaking file least of all.
        for (auto& e : fs::directory_iterator(root_)) {
            EXPECT_EQ(e.path().filename().string().find(".old-"), std::string::npos) << e.path();
            if (e.path().filename().string().find("staging") == std::string::npos) continue;
            for (auto& f : fs::recursive_directory_iterator(e.path()))
                EXPECT_TRUE(f.is_directory()) << "left in staging: " << f.path();
        }
        EXPECT_FALSE(fs::exists(log_path()));
    }

    Diagnostics diags;
    fs::path root_;
    std::string before_;
};

// --- positive control: the same machinery publishes a clean site ------------

TEST_F(LeakAudit, ACleanSiteIsPublishedAndReplacesTheOldOne) {
    WriteResult r = write(site_with({{"about/index.html", "<p>About the partnership.</p>"}}));
    EXPECT_TRUE(r.published) << messages();
    EXPECT_FALSE(diags.has_errors()) << messages();
    EXPECT_EQ(r.files, 3);
    EXPECT_TRUE(fs::exists(out() / "about" / "index.html"));
    EXPECT_FALSE(fs::exists(out() / "old"));
    EXPECT_NE(snapshot(out()), before_);
    EXPECT_TRUE(fs::exists(log_path()));
    EXPECT_EQ(read_all(log_path()).find("velvet"), std::string::npos);
}

// --- the withheld text, encoded every way an output file can carry it --------

struct Encoding {
    const char* name;
    const char* path;
    const char* bytes;
};

// Test names print the encoding's name, not its bytes.
void PrintTo(const Encoding& e, std::ostream* os) {
    *os << e.name;
}

class LeakAuditEncodings : public LeakAudit, public ::testing::WithParamInterface<Encoding> {};

TEST_P(LeakAuditEncodings, RefusesToPublish) {
    const Encoding& e = GetParam();
    WriteResult r = write(site_with({{e.path, e.bytes}}));
    expect_refused(r, e.path);
}

INSTANTIATE_TEST_SUITE_P(
    All, LeakAuditEncodings,
    ::testing::Values(
        Encoding{"plain", "report/index.html",
                 "<p>The velvet harbour canary alpha seven matter.</p>"},
        Encoding{"inline_tags", "report/index.html",
                 "<p>The velvet <em>harbour</em> canary <a href=\"x/\">alpha</a> seven.</p>"},
        Encoding{
            "tag_inside_a_word", "report/index.html",
            "<p>vel<strong>vet</strong> harbour can<span class=\"x\">ary</span> alpha seven</p>"},
        Encoding{"decimal_entities", "report/index.html",
                 "<p>&#118;elvet &#104;arbour canary alpha seve&#110;</p>"},
        Encoding{"hex_entities", "report/index.html",
                 "<p>&#x76;elvet harbour &#X63;anary alpha seven</p>"},
        Encoding{"amp_escaped_entity", "report/index.html",
                 "<p>&amp;#118;elvet harbour canary alpha seven</p>"},
        Encoding{"named_entities", "report/index.html",
                 "<p>velvet&nbsp;harbour&nbsp;canary alpha &amp; seven</p>"},
        Encoding{"json_u_escapes", "data/report.json",
                 "{\"text\": \"\\u0076elvet \\u0048ARBOUR\\ncanary\\talpha \\u0073even\"}"},
        Encoding{"json_escaped_slash_and_quote", "data/report.json",
                 "{\"text\": \"velvet\\/harbour \\\"canary\\\" alpha\\\\seven\"}"},
        Encoding{"url_percent_escapes", "search/index.html",
                 "<a href=\"../find/?q=velvet%20harbour%20%63anary+alpha+seven\">search</a>"},
        Encoding{"url_percent_utf8_and_upper_hex", "sitemap.xml",
                 "<url><loc>https://e.org/%56ELVET-%48arbour-canary-alpha-seven/</loc></url>"},
        Encoding{"case_and_white_space", "report/index.html",
                 "<p>VeLvEt\n\n   HARBOUR\t\tCanary\r\nALPHA      sEVEN</p>"},
        Encoding{"alt_attribute", "report/index.html",
                 "<img src=\"a.png\" alt=\"velvet harbour canary alpha seven\">"},
        Encoding{"title_attribute_with_entities", "report/index.html",
                 "<abbr title=\"velvet&#32;harbour&#x20;canary alpha seven\">VH</abbr>"},
        Encoding{"heading_id", "report/index.html",
                 "<h2 id=\"velvet-harbour-canary-alpha-seven\">Case</h2>"},
        Encoding{"csv_cell", "downloads/report.csv",
                 "id,text\n1,\"Velvet, harbour; canary alpha seven\"\n"},
        Encoding{"svg_text", "charts/c.svg",
                 "<svg><text x=\"1\">velvet harbour</text>\n<text x=\"2\">canary alpha "
                 "seven</text></svg>"},
        Encoding{"javascript_string", "assets/js/x.js",
                 "const t = 'velvet\\u0020harbour canary alpha seven';"},
        Encoding{"plain_text_feed", "feed.xml",
                 "<entry><summary>&lt;p&gt;velvet harbour canary alpha "
                 "seven&lt;/p&gt;</summary></entry>"},
        Encoding{"file_name_slug", "velvet-harbour-canary-alpha-seven/index.html",
                 "<p>Nothing here.</p>"},
        Encoding{"file_name_spaces", "downloads/Velvet Harbour Canary Alpha Seven.csv",
                 "a,b\n1,2\n"},
        Encoding{"file_name_percent", "downloads/velvet%20harbour%20canary%20alpha%20seven.txt",
                 "x"},
        Encoding{"folder_names", "velvet/harbour/canary/alpha/seven.html", "x"}),
    [](const ::testing::TestParamInfo<Encoding>& info) { return std::string(info.param.name); });

TEST_F(LeakAudit, EveryLeakingFileIsNamedNotJustTheFirst) {
    WriteResult r =
        write(site_with({{"a/index.html", "<p>velvet harbour canary alpha seven</p>"},
                         {"b/data.json", "{\"x\": \"velvet harbour canary alpha seven\"}"}}));
    expect_refused(r, "a/index.html");
    EXPECT_NE(messages().find(leak_message("b/data.json")), std::string::npos) << messages();
    EXPECT_EQ(diags.error_count(), 2) << messages();
}

TEST_F(LeakAudit, APartialLeakOfAnyFiveWordWindowIsCaught) {
    RenderedSite s =
        site_with({{"p/index.html", "<p>... noted that Ms Quill of 14 Larch Row ...</p>"}});
    CanaryBuilder b;
    b.add_withheld("The board noted that Ms Quill of 14 Larch Row was at risk.", kSecretLoc);
    s.canaries = b.build();
    expect_refused(write(std::move(s)), "p/index.html");
}

TEST_F(LeakAudit, AShortWithheldNameOverTheThresholdIsACanary) {
    RenderedSite s = site_with({{"p/index.html", "<td>Jane&nbsp;Quill</td>"}});
    CanaryBuilder b;
    b.add_withheld("Jane Quill", kSecretLoc);  // 2 words, 9 characters + 1 gap
    s.canaries = b.build();
    expect_refused(write(std::move(s)), "p/index.html");
}

// --- no false alarms ----------------------------------------------------------

TEST_F(LeakAudit, TextThatIsAlsoPublicIsNotACanary) {
    // The same words stand in a withheld region and in public text (a title, say):
    // they are public, so publishing them is not a leak.
    RenderedSite s = site_with({{"p/index.html", "<h1>Quiet otter sleeps beneath willow</h1>"}});
    CanaryBuilder b;
    b.add_withheld("Quiet otter sleeps beneath willow", kSecretLoc);
    b.add_public("Quiet otter sleeps beneath willow");
    s.canaries = b.build();
    WriteResult r = write(std::move(s));
    EXPECT_TRUE(r.published) << messages();
    EXPECT_FALSE(diags.has_errors()) << messages();
}

TEST_F(LeakAudit, WordsOfASecretInAnotherOrderOrWithGapsAreNotALeak) {
    WriteResult r =
        write(site_with({{"p/index.html",
                          "<p>seven alpha canary harbour velvet; velvet harbour, a canary, "
                          "alpha seven</p>"}}));
    EXPECT_TRUE(r.published) << messages();
}

TEST_F(LeakAudit, ShortWithheldValuesBelowTheThresholdAreNotCanaries) {
    // A withheld status "Red", an amount "450" or a quarter "Q3" is under
    // kMinCanaryChars (8) characters: such strings occur on every page by chance
    // (every report shows "Red" milestones), so as canaries they would stop every
    // build. They are protected by redaction alone, and publishing the same short
    // text elsewhere is not reported.
    RenderedSite s =
        site_with({{"p/index.html", "<td>Red</td><td>450</td><td>Q3</td><td>Ann Lee</td>"}});
    CanaryBuilder b;
    b.add_withheld("Red", kSecretLoc);
    b.add_withheld("450", kSecretLoc);
    b.add_withheld("Q3", kSecretLoc);
    b.add_withheld("Ann Lee", kSecretLoc);  // 3+3+1 = 7 characters: below too
    s.canaries = b.build();
    EXPECT_TRUE(s.canaries.empty());
    WriteResult r = write(std::move(s));
    EXPECT_TRUE(r.published) << messages();
}

TEST_F(LeakAudit, AWithheldPhraseInsideALongerUnrelatedWordIsNotALeak) {
    // "velvetharbour" is one word: canaries match whole words, not substrings.
    WriteResult r =
        write(site_with({{"p/index.html", "<p>xvelvet harbour canary alpha sevens</p>"}}));
    EXPECT_TRUE(r.published) << messages();
}

// --- encodings a browser shows as the withheld words ---------------------------

TEST_F(LeakAudit, NumericNonBreakingSpaceIsWhiteSpace) {
    // &#160;, &#xA0; and a literal U+00A0 decode to the bytes C2 A0; they must
    // separate words like a space, or 'velvet&#160;harbour' would read as one word.
    for (const char* bytes : {"<p>velvet&#160;harbour&#160;canary&#160;alpha&#160;seven</p>",
                              "<p>velvet\xC2\xA0harbour\xC2\xA0"
                              "canary\xC2\xA0"
                              "alpha\xC2\xA0seven</p>"}) {
        SCOPED_TRACE(bytes);
        expect_refused(write(site_with({{"p/index.html", bytes}})), "p/index.html");
    }
}

TEST_F(LeakAudit, CanariesFromMarkdownCatchTheSameMarkdownRendered) {
    // Redact takes canaries from the Markdown source of a region; if that region
    // were ever rendered by mistake, the audit must recognise the HTML it becomes:
    // link URLs and entity names are not in the rendering, so redact_site adds the
    // region's plain text (cmark's reading of it) as canaries too, as here.
    const std::string markdown =
        "Refer to [Ms Quill](https://example.org/q) at Larch Row &amp; Elm Court now.\n";
    MarkdownTree tree = parse_markdown(markdown);
    const std::string html = render_html(tree.get());
    RenderedSite s = site_with({{"p/index.html", "<main>" + html + "</main>"}});
    CanaryBuilder b;
    b.add_withheld(markdown, kSecretLoc);
    b.add_withheld(plain_text(tree.get()), kSecretLoc);
    s.canaries = b.build();
    expect_refused(write(std::move(s)), "p/index.html");
}

// --- the decoder on its own ----------------------------------------------------

TEST(LeakAuditDecode, DecodesWhatEachOutputFormatEscapes) {
    const std::string end(1, kWordBoundary);  // text, then what stands inside tags
    EXPECT_EQ(decode_for_audit("a &amp; b &lt;c&gt; &#65;&#x42;"), "a & b <c> AB" + end);
    EXPECT_EQ(decode_for_audit("\\u0041\\u00e9\\ud83d\\ude00"), "A\xC3\xA9\xF0\x9F\x98\x80" + end);
    EXPECT_EQ(decode_for_audit("a%20b+c%2Fd"), "a b c/d" + end);
    EXPECT_EQ(
        decode_for_audit("vel<em>vet</em> <a href=\"x\">har</a>bour"),
        "velvet harbour" + end + "em" + end + "/em" + end + "a href=\"x\"" + end + "/a" + end);
    EXPECT_EQ(decode_for_audit("a &amp;#66; c"), "a B c" + end);
    // A block tag ends a run of words; its attributes are read too.
    EXPECT_EQ(decode_for_audit("<p title=\"t%20x\">one</p><p>two</p>"),
              end + "one" + end + end + "two" + end + end + "p title=\"t x\"" + end + "/p" + end +
                  "p" + end + "/p" + end);
}

TEST(LeakAuditDecode, OnlyInlineTagsJoinWordsWhateverTheirCase) {
    const std::string b(1, kWordBoundary);
    // The text a reader sees comes first: inline tags vanish, any other ends a run.
    for (const std::string tag :
         {"a",     "abbr",  "b",        "bdi", "bdo",  "cite",     "code", "data", "del",
          "dfn",   "em",    "i",        "ins", "kbd",  "mark",     "q",    "s",    "samp",
          "small", "span",  "strong",   "sub", "sup",  "time",     "u",    "var",  "wbr",
          "text",  "tspan", "textpath", "EM",  "Span", "textPath", "TSPAN"}) {
        const std::string html = "one<" + tag + " class=\"k\">two</" + tag + ">three";
        EXPECT_EQ(decode_for_audit(html).substr(0, 11), "onetwothree") << tag;
    }
    for (const std::string tag : {"p", "div", "td", "h2", "li", "br", "section", "article", "ab",
                                  "spans", "emx", "texts", "textpaths", "svg", "title"}) {
        const std::string html = "one<" + tag + ">two</" + tag + ">three";
        EXPECT_EQ(decode_for_audit(html).substr(0, 13), "one" + b + "two" + b + "three") << tag;
    }
    // Not tags at all: '<' followed by a space or a digit is text.
    EXPECT_EQ(decode_for_audit("a < b <3 c").substr(0, 10), "a < b <3 c");
}

TEST(LeakAuditDecode, AuditFileLooksAtTheNameAndBothReadingsOfTheBytes) {
    CanaryBuilder b;
    b.add_withheld(kSecret, "loc");
    CanarySet set = b.build();
    EXPECT_EQ(audit_file("x/velvet-harbour-canary-alpha-seven.html", "", set).size(), 1u);
    EXPECT_EQ(audit_file("x.html", "<img alt=\"velvet harbour canary alpha seven\">", set).size(),
              1u);
    EXPECT_EQ(audit_file("x.html", "velvet <b>harbour</b> canary alpha seven", set).size(), 1u);
    auto hits = audit_file("x.html", "velvet harbour canary alpha seven", set);
    ASSERT_EQ(hits.size(), 1u);  // once per location, though both readings find it
    EXPECT_EQ(hits[0].file, "x.html");
    EXPECT_EQ(hits[0].location, "loc");
    EXPECT_TRUE(audit_file("x.html", "velvet harbour canary alpha", set).empty());
    EXPECT_TRUE(audit_file("x.html", "velvet harbour canary alpha seven", CanarySet{}).empty());
}

}  // namespace
