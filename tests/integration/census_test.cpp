// The marking census, held to its promise: whatever a person would read as a
// marking is withheld or refused, never misread (ARCHITECTURE.md, "The one rule of safety";
// issue 17). Each case builds a whole site from hostile but realistic input —
// an attacker's, or a tired officer's pasting from Word — over an earlier good
// build, and proves one of:
//  - refused: the build fails with `path:line:column: error:` at the named file
//    and line, with a key phrase; the earlier public/ is byte-for-byte as it
//    was; nothing is left in the staging folder;
//  - withheld: the build succeeds and the case's canary word is in no output
//    file: not in a file name, the raw bytes, the bytes case-folded, nor the
//    text after decoding HTML entities, JSON and URL escapes (tags kept or
//    removed);
//  - shown: a harmless input is published (the canary is found: the check can
//    see it).
// In every case the canary is in no message and not in the redaction log.
// A case marked leak() publishes (or prints) what a person reads as marked; one
// marked over_block() is harmless yet refused. Each states what should happen,
// and stays in the table, skipped, until the mechanism is fixed (run with
// CENSUS_RUN_SKIPPED=1 to see which still fail). A refusal that is by design
// though arguable is marked "OVER-BLOCK (by design)" and asserted as it is.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ostream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/text.hpp"
#include "core/utf8.hpp"
#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

// ---------------------------------------------------------------------------
// Reading the output as a person, a browser or a JSON parser would.

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The value of `n` hex digits at `at`, or -1.
long hex_at(const std::string& s, std::size_t at, std::size_t n) {
    if (n == 0 || at + n > s.size()) return -1;
    long v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        const int d = hex_digit(s[i]);
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

// HTML character references, JSON escapes (\uXXXX with surrogate pairs, \/,
// \n, ...) and URL escapes (%XX) decoded, once.
std::string decode_once(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '&') {
            const std::size_t semi = s.find(';', i);
            if (semi != std::string::npos && semi - i <= 10) {
                const std::string ref = s.substr(i + 1, semi - i - 1);
                long cp = -1;
                if (ref.size() > 2 && ref[0] == '#' && (ref[1] == 'x' || ref[1] == 'X'))
                    cp = hex_at(ref, 2, ref.size() - 2);
                else if (ref.size() > 1 && ref[0] == '#' &&
                         ref.find_first_not_of("0123456789", 1) == std::string::npos)
                    cp = std::stol(ref.substr(1));
                else if (ref == "amp")
                    cp = '&';
                else if (ref == "lt")
                    cp = '<';
                else if (ref == "gt")
                    cp = '>';
                else if (ref == "quot")
                    cp = '"';
                else if (ref == "apos")
                    cp = '\'';
                else if (ref == "nbsp")
                    cp = ' ';
                if (cp >= 0 && cp < 0x110000) {
                    portal::append_utf8(out, static_cast<std::uint32_t>(cp));
                    i = semi + 1;
                    continue;
                }
            }
        } else if (c == '\\' && i + 1 < s.size()) {
            const char e = s[i + 1];
            if (e == 'u') {
                long cp = hex_at(s, i + 2, 4);
                if (cp >= 0) {
                    std::size_t next = i + 6;
                    if (cp >= 0xD800 && cp <= 0xDBFF && s.compare(next, 2, "\\u") == 0) {
                        const long low = hex_at(s, next + 2, 4);
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            next += 6;
                        }
                    }
                    portal::append_utf8(out, static_cast<std::uint32_t>(cp));
                    i = next;
                    continue;
                }
            } else if (e == '/' || e == '"' || e == '\\') {
                out += e;
                i += 2;
                continue;
            } else if (e == 'n' || e == 'r' || e == 't') {
                out += ' ';
                i += 2;
                continue;
            }
        } else if (c == '%') {
            const long b = hex_at(s, i + 1, 2);
            if (b >= 0) {
                out += static_cast<char>(b);
                i += 3;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

// Decoded twice (for "&amp;#x51;" and the like), the invisible characters that
// could split a word removed (soft hyphen, zero-width space and joiners, word
// joiner), ASCII case folded.
std::string decoded_folded(const std::string& s) {
    std::string d = decode_once(decode_once(s));
    for (const std::string invisible :
         {"\xC2\xAD", "\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x81\xA0"})
        for (std::size_t p; (p = d.find(invisible)) != std::string::npos;)
            d.erase(p, invisible.size());
    return lower(d);
}

// ASCII text as UTF-16LE, as Windows' "Unicode" text files hold it.
std::string utf16(const std::string& ascii) {
    std::string out;
    for (char c : ascii) out += std::string(1, c) + '\0';
    return out;
}

// Every place under public/ where `canary` shows: a file name, the raw bytes,
// the bytes case-folded (also as UTF-16), or the text decoded and folded, with
// tags or without.
std::vector<std::string> canary_sightings(const TempSite& s, const std::string& canary) {
    std::vector<std::string> found;
    if (!fs::exists(s.out())) return found;
    const std::string folded = lower(canary);
    for (auto& e : fs::recursive_directory_iterator(s.out())) {
        const std::string rel = e.path().lexically_relative(s.out()).generic_string();
        if (decoded_folded(rel).find(folded) != std::string::npos)
            found.push_back("file name " + rel);
        if (!e.is_regular_file()) continue;
        const std::string bytes = read_file(e.path());
        if (bytes.find(canary) != std::string::npos)
            found.push_back(rel + " (raw)");
        else if (lower(bytes).find(utf16(folded)) != std::string::npos)
            found.push_back(rel + " (UTF-16)");
        else if (lower(bytes).find(folded) != std::string::npos)
            found.push_back(rel + " (case-folded)");
        else if (const std::string d = decoded_folded(bytes);
                 d.find(folded) != std::string::npos ||
                 without_tags(d).find(folded) != std::string::npos)
            found.push_back(rel + " (decoded)");
    }
    return found;
}

// ---------------------------------------------------------------------------
// The table.

enum class Expect { refused, withheld, shown };

struct File {
    std::string rel;   // a leading '+' appends to the file the site already has
    std::string text;  // "@C@" stands for the case's canary, "@C16@" for it in UTF-16LE
};

struct Case {
    std::string name;  // the canary is "Quokka" + name
    std::vector<File> files;
    Expect expect = Expect::refused;
    std::string at_file;  // refused: the file the error names ...
    int at_line = 0;      // ... its line ...
    std::string phrase;   // ... and a phrase of that error's message
    // Why the case is skipped: "LEAK: ..." (a person reads it as marked, yet it is
    // published or printed) or "OVER-BLOCK: ..." (harmless, yet refused).
    std::string skip;
};

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.name;
}

Case refused(std::string name, std::vector<File> files, std::string at_file, int at_line,
             std::string phrase) {
    return {std::move(name),
            std::move(files),
            Expect::refused,
            std::move(at_file),
            at_line,
            std::move(phrase),
            ""};
}
Case withheld(std::string name, std::vector<File> files) {
    return {std::move(name), std::move(files), Expect::withheld, "", 0, "", ""};
}
Case shown(std::string name, std::vector<File> files) {
    return {std::move(name), std::move(files), Expect::shown, "", 0, "", ""};
}

// A page whose front matter is three lines (more with `front`): without
// `front`, its body starts at line 4.
std::string pg(const std::string& body, const std::string& front = "") {
    return "---\ntitle: Census page\n" + front + "---\n" + body;
}
File page_file(const std::string& body, const std::string& front = "") {
    return {"content/c.md", pg(body, front)};
}
const char* kPage = "content/c.md";

// Phrases of the messages.
const char* kUnread = "but portal does not read a marking here";
// A control character a page shows as nothing (load/hidden_controls).
const char* kControl = "invisible control character";
const char* kInCode = "is inside a code block";
const char* kUnclosedFence = "that is never closed";
const char* kOutsideBlocks = "must stand alone at the start of a line";
const char* kIndented = "is indented by four spaces or a tab";
const char* kLookAlike = "look-alike characters";
const char* kLineBreak = "reads as a line break";
const char* kMidLine = "in the middle of a line";
const char* kInContainer = "inside a list, quote, heading, table";
const char* kAssets = "assets/ is copied to the site as it is";
const char* kInCapitals = "written in capitals as a marking is";

// A plan and a quarterly report whose priority 1 has `narrative` (JSON text)
// on line 7 and `extra` (JSON members, each followed by a comma) on line 6.
const char* kPlanJson =
    R"({"id": "p1", "title": "Plan of public works", "priorities": [
 {"number": 1, "title": "Safer public streets", "actions": [{"number": "1.1",
  "title": "Public patrol action", "milestones": [{"id": "1.1a", "title": "Publish the timetable"}]}]}]}
)";
std::vector<File> report(const std::string& narrative, const std::string& extra = "") {
    return {{"data/plans/p1.json", kPlanJson},
            {"data/reports/2010-11-q3.json",
             "{\n"
             "  \"plan\": \"p1\",\n"
             "  \"financial_year\": \"2010-11\",\n"
             "  \"quarter\": 3,\n"
             "  \"priorities\": [\n"
             "    {\"number\": 1, " +
                 extra +
                 "\n"
                 "     \"narrative\": " +
                 narrative +
                 ",\n"
                 "     \"milestones\": [{\"id\": \"1.1a\", \"status\": \"green\", "
                 "\"progress\": \"Timetable went up\"}]}\n"
                 "  ]\n"
                 "}\n"}};
}
const char* kReport = "data/reports/2010-11-q3.json";

// A statistics file: `description` (JSON text) on line 3, `extra` members
// (each followed by a comma) on line 4.
File statistics(const std::string& description, const std::string& extra = "") {
    return {"data/statistics/census.json",
            "{\n  \"title\": \"Census figures\",\n  \"description\": " + description + ",\n  " +
                extra +
                "\n  \"categories\": [\"2009-10 Q1\", \"2009-10 Q2\"],\n"
                "  \"series\": [{\"name\": \"South Cambridgeshire\", \"values\": [4, 5]}]\n}\n"};
}
const char* kStatistics = "data/statistics/census.json";
const File kOpenStatistics{"data/statistics/open.json",
                           R"({"title": "Open figures", "categories": ["A", "B"],
 "series": [{"name": "Open", "values": [1, 2]}]})"};

// A funding year with one fund, and its allocations: `rows` after the header
// (line 1), each ended by `eol`.
const char* kFundsJson = R"({"financial_year": "2010-11", "funds": [{"name": "SSCF Grant"}]})";
const char* kHeader = "project,fund,amount,section,progress,marking";
std::vector<File> funding(const std::vector<std::string>& rows, const std::string& eol = "\n",
                          const std::string& header = kHeader) {
    std::string csv = header + eol;
    for (const auto& r : rows) csv += r + eol;
    return {{"data/funding/2010-11.json", kFundsJson}, {"data/funding/2010-11.csv", csv}};
}
const char* kCsv = "data/funding/2010-11.csv";
// A public row, so that the year has something to show.
const char* kPublicRow = "Public patrols,SSCF Grant,100.00,Grants,Done.,";
std::vector<File> funding_row(const std::string& row) {
    return funding({kPublicRow, row});
}

// site.json with its title (JSON text) on line 2 and its nav (JSON) from line
// 11; `licence_extra` is added to the licence object on line 5.
std::string site_json(const std::string& title, const std::string& nav,
                      const std::string& licence_extra = "") {
    return "{\n  \"title\": " + title +
           ",\n"
           "  \"base_url\": \"https://example.org/cs/\",\n"
           "  \"language\": \"en-GB\",\n"
           "  \"licence\": {\"name\": \"Open Government Licence v3.0\", \"url\": "
           "\"https://example.org/ogl\"" +
           licence_extra +
           "},\n"
           "  \"marking\": {\n"
           "    \"publishable\": [\"NOT PROTECTIVELY MARKED\", \"OFFICIAL\"],\n"
           "    \"withheld\": [\"PROTECT\", \"RESTRICTED\", \"OFFICIAL-SENSITIVE\"],\n"
           "    \"notice\": \"Some information has been withheld from this page.\"\n"
           "  },\n"
           "  \"nav\": " +
           nav + "\n}\n";
}
const char* kAboutNav = R"([{"title": "About", "url": "about/"}])";
// A second nav entry, on line 12.
std::string nav_with(const std::string& title) {
    return "[{\"title\": \"About\", \"url\": \"about/\"},\n    {\"title\": " + title +
           ", \"url\": \"about/\"}]";
}

std::vector<Case> cases() {
    std::vector<Case> c;
    auto add = [&c](Case k) { c.push_back(std::move(k)); };

    // ---- Markdown pages: code fences that do not close as they seem to.
    add(refused("FenceOfFourClosedByThree",
                {page_file("Intro.\n\n````\ncode\n```\n\n::: PROTECT\n@C@ details.\n:::\n")}, kPage,
                10, kUnclosedFence));
    add(refused("FenceNeverClosed",
                {page_file("Intro.\n\n```\ncode\n\n::: PROTECT\n@C@ details.\n:::\n")}, kPage, 9,
                kUnclosedFence));
    add(refused("TildeFenceClosedByBackticks",
                {page_file("~~~\ncode\n```\n\n::: PROTECT\n@C@ details.\n:::\n")}, kPage, 8,
                kUnclosedFence));
    add(refused("WithheldRegionInClosedFence",
                {page_file("Intro.\n\n```\n::: PROTECT\n@C@ details.\n:::\n```\n")}, kPage, 7,
                kInCode));
    add(refused("UnknownLabelInClosedFence",
                {page_file("```\n::: SECRET\n@C@ details.\n:::\n```\n")}, kPage, 5, kInCode));
    add(shown("PublishableRegionInClosedFence",
              {page_file("Intro.\n\n```\n::: OFFICIAL\n@C@ shown as code.\n:::\n```\n")}));

    // ---- Markers in containers, indented, or after look-alike spaces and colons.
    add(refused("MarkerIndentedByTab",
                {page_file("Intro.\n\n\t::: PROTECT\n\t@C@ details.\n\t:::\n")}, kPage, 6,
                kIndented));
    add(refused("MarkerIndentedByFourSpaces",
                {page_file("Intro.\n\n    ::: PROTECT\n    @C@ details.\n    :::\n")}, kPage, 6,
                kIndented));
    add(refused("MarkerInListItem", {page_file("- First\n- ::: PROTECT\n  @C@ details.\n- :::\n")},
                kPage, 5, kOutsideBlocks));
    add(refused("MarkerInBlockquote", {page_file("> ::: PROTECT\n> @C@ details.\n> :::\n")}, kPage,
                4, kOutsideBlocks));
    add(refused("MarkerInTableRow",
                {page_file("| Notes |\n|---|\n| ::: PROTECT |\n| @C@ details |\n| ::: |\n")}, kPage,
                6, kOutsideBlocks));
    add(refused("MarkerInParagraphLikeTableRow",
                {page_file("| ::: PROTECT |\n| @C@ details |\n| ::: |\n")}, kPage, 4,
                kOutsideBlocks));
    // Inside a withheld region, every marker decides which ':::' closes it: one
    // portal does not read (a look-alike, one in a quote) would end the region
    // early and publish the rest (fuzz findings site-nbsp and regions-quoted).
    add(refused("LookAlikeMarkerInsideWithheldRegion",
                {page_file("::: PROTECT\n@C@ one.\n\u00A0::: PROTECT\n@C@ two.\n:::\n"
                           "@C@ three.\n")},
                kPage, 6, kUnread));
    add(refused("QuotedMarkerInsideWithheldRegion",
                {page_file("::: PROTECT\n@C@ one.\n> ::: OFFICIAL\n:::\n@C@ two.\n:::\n")}, kPage,
                6, kOutsideBlocks));
    add(refused("MarkerInHeading", {page_file("# ::: PROTECT\n@C@ details.\n# :::\n")}, kPage, 4,
                kOutsideBlocks));
    add(refused("MarkerAfterNoBreakSpace",
                {page_file("\u00A0::: PROTECT\n@C@ details.\n\u00A0:::\n")}, kPage, 4, kUnread));
    add(refused("MarkerAfterEmSpace", {page_file("\u2003::: PROTECT\n@C@ details.\n\u2003:::\n")},
                kPage, 4, kUnread));
    add(refused("MarkerAfterIdeographicSpace",
                {page_file("\u3000::: PROTECT\n@C@ details.\n\u3000:::\n")}, kPage, 4, kUnread));
    add(refused("MarkerOfFullWidthColons",
                {page_file("\uFF1A\uFF1A\uFF1A PROTECT\n@C@ details.\n\uFF1A\uFF1A\uFF1A\n")},
                kPage, 4, kLookAlike));
    add(refused("MarkerOfSmallColons",
                {page_file("\uFE55\uFE55\uFE55 PROTECT\n@C@ details.\n\uFE55\uFE55\uFE55\n")},
                kPage, 4, kLookAlike));
    add(refused("MarkerOfRatioSigns",
                {page_file("\u2236\u2236\u2236 PROTECT\n@C@ details.\n\u2236\u2236\u2236\n")},
                kPage, 4, kLookAlike));
    add(refused("MarkerWithZeroWidthSpace",
                {page_file(":\u200B:: PROTECT\n@C@ details.\n:\u200B::\n")}, kPage, 4, kUnread));
    add(refused("MarkerAfterBulletCharacter",
                {page_file("\u2022 ::: PROTECT\n@C@ details.\n\u2022 :::\n")}, kPage, 4, kUnread));

    // ---- Labels as a person reads them.
    add(withheld("LabelWithCyrillicO",
                 {page_file("Intro.\n\n::: PR\u041ETECT\n@C@ details.\n:::\n")}));
    add(refused("MarkerAfterZeroWidthSpace",
                {page_file("\u200B::: PROTECT\n@C@ details.\n\u200B:::\n")}, kPage, 4, kUnread));
    add(refused("MarkerAfterByteOrderMark",
                {page_file("Intro.\n\n\uFEFF::: PROTECT\n@C@ details.\n\uFEFF:::\n")}, kPage, 6,
                kUnread));
    add(refused("EscapedMarker", {page_file("\\::: PROTECT\n@C@ details.\n\\:::\n")}, kPage, 4,
                kOutsideBlocks));
    add(refused("MarkerWrittenAsHtmlEntities",
                {page_file("&#58;&#58;&#58; PROTECT\n@C@ details.\n&#58;&#58;&#58;\n")}, kPage, 4,
                kUnread));
    add(withheld("LabelInLowerCase", {page_file("Intro.\n\n::: protect\n@C@ details.\n:::\n")}));
    add(withheld("LabelInCurlyQuotes",
                 {page_file("Intro.\n\n::: \u201CPROTECT\u201D\n@C@ details.\n:::\n")}));
    add(withheld("LabelWithTrailingSpaces",
                 {page_file("Intro.\n\n::: PROTECT   \n@C@ details.\n:::\n")}));
    add(withheld("LabelWithTrailingTab",
                 {page_file("Intro.\n\n::: PROTECT\t\n@C@ details.\n:::\n")}));
    add(withheld("LabelWithNonBreakingHyphen",
                 {page_file("Intro.\n\n::: OFFICIAL\u2011SENSITIVE\n@C@ details.\n:::\n")}));
    add(withheld("MarkerWithoutSpace", {page_file("Intro.\n\n:::PROTECT\n@C@ details.\n:::\n")}));
    add(withheld("MarkerOfFiveColons",
                 {page_file("Intro.\n\n::::: PROTECT\n@C@ details.\n:::::\n")}));
    add(refused("LabelWithWordsAfterIt",
                {page_file("Intro.\n\n::: PROTECT (named individuals)\n@C@ details.\n:::\n")},
                kPage, 6, "words follow the label"));
    add(withheld("MarkerContinuingAParagraph",
                 {page_file("Intro.\n::: PROTECT\n@C@ details.\n:::\nOutro.\n")}));
    add(withheld("MarkerAsLazyQuoteContinuation",
                 {page_file("> Quoted.\n::: PROTECT\n@C@ details.\n:::\n")}));
    add(withheld("RegionInsideHtmlDetailsBlock",
                 {page_file("<details>\n\n::: PROTECT\n@C@ details.\n:::\n\n</details>\n")}));

    // ---- Line endings.
    add(withheld("RegionInsideATable",
                 {page_file("| Name | Count |\n|---|---|\n| Open | 1 |\n::: PROTECT\n| @C@ | 2 "
                            "|\n:::\n| Also open | 3 |\n")}));
    add(withheld("CrLfLineEnds", {{kPage,
                                   "---\r\ntitle: Census page\r\n---\r\nIntro.\r\n\r\n::: "
                                   "PROTECT\r\n@C@ details.\r\n:::\r\n"}}));
    add(withheld("LoneCrLineEnds", {{kPage,
                                     "---\rtitle: Census page\r---\rIntro.\r\r::: PROTECT\r@C@ "
                                     "details.\r:::\r"}}));
    add(withheld("MixedLineEnds", {{kPage,
                                    "---\r\ntitle: Census page\n---\rIntro.\r\n\n::: "
                                    "PROTECT\r@C@ details.\n:::\r\n"}}));
    add(refused("LineSeparatorBeforeMarker",
                {page_file("Intro.\u2028::: PROTECT\u2028@C@ details.\u2028:::\n")}, kPage, 4,
                kLineBreak));
    add(refused("LineSeparatorAfterLabel",
                {page_file("Intro.\n\n::: PROTECT\u2028@C@ details.\u2028:::\n")}, kPage, 6,
                "never closed"));
    add(refused("ParagraphSeparators",
                {page_file("Intro.\u2029::: PROTECT\u2029@C@ details.\u2029:::\n")}, kPage, 4,
                kLineBreak));
    add(refused("NextLineCharacters",
                {page_file("Intro.\xC2\x85::: PROTECT\xC2\x85@C@ details.\xC2\x85:::\n")}, kPage, 4,
                kControl));
    add(refused("FormFeeds", {page_file("Intro.\f::: PROTECT\f@C@ details.\f:::\n")}, kPage, 4,
                kControl));
    add(refused("VerticalTabs", {page_file("Intro.\v::: PROTECT\v@C@ details.\v:::\n")}, kPage, 4,
                kControl));

    // ---- Markers where Markdown does not look for one.
    add(refused("MarkerInTheMiddleOfALine", {page_file("Intro ::: PROTECT @C@ details :::\n")},
                kPage, 4, kMidLine));
    add(refused("MarkerInHtmlComment",
                {page_file("Intro.\n\n<!--\n::: PROTECT\n@C@ details.\n:::\n-->\n")}, kPage, 7,
                "raw HTML"));
    add(refused("MarkerInHtmlBlock",
                {page_file("Intro.\n\n<div>\n::: PROTECT\n@C@ details.\n:::\n</div>\n")}, kPage, 7,
                "raw HTML"));

    // ---- Front matter.
    add(withheld("DashesIndentedInBlockScalar",
                 {{kPage,
                   "---\ntitle: Census page\nsummary: |\n  Notes\n  ---\n  more\nmarking: "
                   "RESTRICTED\n---\n@C@ details.\n"}}));
    add(withheld("DotsIndentedInBlockScalar",
                 {{kPage,
                   "---\ntitle: Census page\nsummary: |\n  Notes\n  ...\n  more\nmarking: "
                   "RESTRICTED\n---\n@C@ details.\n"}}));
    add(refused("DocumentEndBeforeMarking",
                {{kPage, "---\ntitle: Census page\n...\nmarking: RESTRICTED\n---\n@C@ details.\n"}},
                kPage, 4, kUnread));
    add(refused(
        "FrontMatterDashesAsEmDashes",
        {{kPage, "\u2014\ntitle: Census page\nmarking: RESTRICTED\n\u2014\n@C@ details.\n"}}, kPage,
        3, kUnread));
    add(refused("MarkingKeyCapitalised", {page_file("@C@ details.\n", "Marking: RESTRICTED\n")},
                kPage, 3, "'Marking' is not a front matter key"));
    add(refused("MarkingKeyUpperCase", {page_file("@C@ details.\n", "MARKING: RESTRICTED\n")},
                kPage, 3, "'MARKING' is not a front matter key"));
    add(withheld("MarkingKeySpaceBeforeColon",
                 {page_file("@C@ details.\n", "marking : RESTRICTED\n")}));
    add(refused("MarkingKeyWithCyrillicA",
                {page_file("@C@ details.\n", "m\u0430rking: RESTRICTED\n")}, kPage, 3, kUnread));
    add(refused("MarkingKeyProtectiveMarking",
                {page_file("@C@ details.\n", "protective_marking: RESTRICTED\n")}, kPage, 3,
                "is not a front matter key"));
    add(refused(
        "MarkingKeyNestedInFrontMatter",
        {page_file("@C@ details.\n", "papers:\n  - page: about.md\n    marking: PROTECT\n")}, kPage,
        5, kUnread));
    add(withheld("MarkingWithSoftHyphen",
                 {page_file("@C@ details.\n", "marking: PRO\u00ADTECT\n")}));
    add(withheld("MarkingInCurlyQuotes",
                 {page_file("@C@ details.\n", "marking: \u201CRESTRICTED\u201D\n")}));
    add(refused("MarkingKeyWithZeroWidthSpace",
                {page_file("@C@ details.\n", "mar\u200Bking: RESTRICTED\n")}, kPage, 3, kUnread));
    add(withheld("FrontMatterAsFlowMapping",
                 {{kPage, "---\n{title: Census page, marking: RESTRICTED}\n---\n@C@ details.\n"}}));
    add(withheld("FrontMatterAsJson",
                 {{kPage,
                   "---\n{\"title\": \"Census page\", \"marking\": \"RESTRICTED\"}\n---\n@C@ "
                   "details.\n"}}));
    add(withheld("FrontMatterExplicitKey",
                 {page_file("@C@ details.\n", "? marking\n: RESTRICTED\n")}));
    add(refused("MarkingInAFlowMapOfAnotherKey",
                {page_file("@C@ details.\n", "extra: {marking: RESTRICTED}\n")}, kPage, 3,
                kUnread));
    add(refused("MarkingThroughAMergeKey",
                {page_file("@C@ details.\n", "<<: {marking: RESTRICTED}\n")}, kPage, 3,
                "merge key) is not supported"));
    add(withheld("MarkingOfficialColonSensitive",
                 {page_file("@C@ details.\n", "marking: \"OFFICIAL: SENSITIVE\"\n")}));
    add(withheld("MarkingOfficialSensitiveInWords",
                 {page_file("@C@ details.\n", "marking: Official Sensitive\n")}));
    add(withheld("MarkingAsFoldedBlockScalar",
                 {page_file("@C@ details.\n", "marking: >-\n  RESTRICTED\n")}));
    add(withheld("MarkingThroughYamlAlias",
                 {page_file("@C@ details.\n", "note: &m RESTRICTED\nmarking: *m\n")}));
    add(withheld(
        "ByteOrderMarkBeforeFrontMatter",
        {{kPage, "\xEF\xBB\xBF---\ntitle: Census page\nmarking: PROTECT\n---\n@C@ details.\n"}}));
    add(refused("TitleThatIsALabel",
                {{kPage, "---\ntitle: \"RESTRICTED: @C@ inquiry\"\n---\nBody.\n"}}, kPage, 2,
                kUnread));
    add(refused("TitleThatIsJustALabel", {{kPage, "---\ntitle: RESTRICTED\n---\n@C@ details.\n"}},
                kPage, 2, kUnread));
    add(refused("SummaryHoldingARegion",
                {page_file("Body.\n", "summary: \"Intro ::: PROTECT @C@ details :::\"\n")}, kPage,
                3, kMidLine));
    add(refused(
        "SummaryBlockHoldingRegionLines",
        {page_file("Body.\n", "summary: |\n  Intro.\n  ::: PROTECT\n  @C@ details.\n  :::\n")},
        kPage, 5, kUnread));

    // ---- A label standing alone in the body.
    add(refused("BodyLineThatIsALabel", {page_file("Intro.\n\nRESTRICTED\n\n@C@ details.\n")},
                kPage, 6, kUnread));
    add(refused("BodyLineThatIsABoldLabel", {page_file("**PROTECT**\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("BodyLineFromAWordHeader",
                {page_file("OFFICIAL \u2013 SENSITIVE\n\n@C@ minutes of the meeting.\n")}, kPage, 4,
                kUnread));
    add(refused("BodyLineLabelAndCaveat",
                {page_file("RESTRICTED - PERSONAL\n\n@C@ minutes of the meeting.\n")}, kPage, 4,
                kUnread));

    // ---- Markdown that only looks like a marking: published.
    add(refused("BodyLineClassificationKey",
                {page_file("Classification: RESTRICTED\n\n@C@ minutes of the meeting.\n")}, kPage,
                4, kUnread));
    add(refused("BodyLineProtectiveMarkingKey",
                {page_file("Protective Marking: OFFICIAL-SENSITIVE\n\n@C@ minutes.\n")}, kPage, 4,
                kUnread));
    add(refused("BodyLineBracketedLabel", {page_file("[RESTRICTED]\n\n@C@ minutes.\n")}, kPage, 4,
                kUnread));
    add(refused("PageInWindows1252",
                {page_file("::: PROTECT\n@C@ paid \xA3"
                           "100.\n:::\n")},
                kPage, 5, "UTF-8"));
    add(refused("PageInUtf16",
                {{kPage, "\xFF\xFE" +
                             std::string("-\0-\0-\0\n\0t\0i\0t\0l\0e\0:\0 \0X\0\n\0"
                                         "-\0-\0-\0\n\0",
                                         28) +
                             "@C16@"}},
                kPage, 1, "UTF-8"));
    add(withheld("ContentFileNotMarkdown",
                 {{"content/notes.txt", "RESTRICTED\n@C@ details.\n"},
                  {"content/notes.markdown", pg("::: PROTECT\n@C@ details.\n:::\n")}}));
    add(refused(
        "MarkdownTableWithMarkingColumn",
        {page_file("| Item | Marking |\n|---|---|\n| Public item | OFFICIAL |\n| @C@ item | "
                   "RESTRICTED |\n")},
        kPage, 7, kUnread));
    // Raw HTML is not published at all, but a reader sees a row marked RESTRICTED.
    add(refused("HtmlTableRowInAPage",
                {page_file("<table>\n<tr><td>@C@</td><td>RESTRICTED</td></tr>\n</table>\n")}, kPage,
                5, kUnread));
    add(shown("ProseBeginningWithALabelWord",
              {page_file("Protect the public from harm: @C@ scheme.\n\nRestricted byways were "
                         "closed.\n\nOfficial figures follow.\n")}));
    add(shown("MarkerSyntaxInACodeSpan",
              {page_file("Write `::: PROTECT` on a line of its own, as in @C@.\n")}));
    // OVER-BLOCK (by design): a code span that opens the line does not hide a marker.
    add(refused("MarkerSyntaxInACodeSpanOpeningALine",
                {page_file("Intro.\n\n`::: RESTRICTED` opens a region, as in @C@.\n")}, kPage, 6,
                "code span"));
    add(shown("RoadMarkingsInAPage",
              {page_file("Road markings: the A1307 junction at @C@ was repainted.\n")}));
    add(shown("PropertyMarkingInAPage",
              {page_file("## Property marking: free UV pens\n\n@C@ residents came.\n")}));
    // OVER-BLOCK (by design): a label alone in a table cell, in any case, reads
    // as that row's marking (red team round 4, L2: a Word table's "Marking"
    // column); a label word in a longer cell is a word (TableCellsOfTitles).
    add(refused("TableCellThatIsALabelWord",
                {page_file("| Source | Count |\n|---|---|\n| Official | 12 |\n| @C@ | 3 |\n")},
                kPage, 6, "alone in a table cell"));
    add(refused("TableCellThatIsALabelInCapitals",
                {page_file("| Source | Count |\n|---|---|\n| RESTRICTED | 12 |\n| @C@ | 3 |\n")},
                kPage, 6, kUnread));
    // A heading that explains markings names no label: shown.
    add(shown("HeadingAboutMarkings",
              {page_file("## Protective marking: what the labels mean\n\n@C@ guide.\n")}));
    add(refused("ProtectiveMarkingLineFromWord",
                {page_file("Protective Marking: RESTRICTED\n\n@C@ guide.\n")}, kPage, 4, kUnread));
    // OVER-BLOCK (by design): a publishable label alone on a line (a Word header).
    add(refused("PublishableLabelAloneOnALine",
                {page_file("OFFICIAL\n\n@C@ minutes of the meeting.\n")}, kPage, 4, kUnread));

    // ---- A withheld label in capitals anywhere a person reads it (found by an
    // outside black-box test): in a sentence, with a descriptor after it, in a
    // comment. Capitals are how a marking is written; the same word in a
    // sentence's own case is prose (ProseBeginningWithALabelWord).
    add(refused("LabelInCapitalsInASentence", {page_file("Intro PROTECT: @C@ details.\n")}, kPage,
                4, kInCapitals));
    add(refused("LabelWithADescriptor", {page_file("PROTECT PERSONAL\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LongerLabelWithADescriptor",
                {page_file("OFFICIAL-SENSITIVE COMMERCIAL\n\n@C@ tender.\n")}, kPage, 4,
                kInCapitals));
    add(refused("LabelInAHeadingWithWordsAfterIt",
                {page_file("## RESTRICTED ITEMS\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelInAnHtmlComment", {page_file("<!-- PROTECT -->\n@C@ details.\n")}, kPage, 4,
                kInCapitals));
    add(refused("LabelInAnHtmlCommentAfterText", {page_file("@C@ details. <!-- RESTRICTED -->\n")},
                kPage, 4, kInCapitals));
    add(refused("LabelInAYamlComment", {page_file("Body.\n", "summary: @C@ summary # PROTECT\n")},
                kPage, 3, "in a comment after the value"));
    add(refused("LabelInCapitalsInAReportNarrative",
                report("\"The board heard OFFICIAL-SENSITIVE: @C@ case.\""), kReport, 7,
                kInCapitals));
    add(refused("LabelInCapitalsInACsvCell",
                funding_row("Mediation,SSCF Grant,50.00,Grants,County RESTRICTED: @C@ case,"), kCsv,
                3, kInCapitals));
    add(refused("ProtectivelyMarkedWithNoLabel",
                {page_file("PROTECTIVELY MARKED\n\n@C@ details.\n")}, kPage, 4,
                "PROTECTIVELY MARKED"));
    add(refused("ProtectivelyMarkedInOrdinaryCase",
                {page_file("Protectively marked\n\n@C@ details.\n")}, kPage, 4,
                "PROTECTIVELY MARKED"));
    add(refused("ProtectivelyMarkedLeadingAHeading",
                {page_file("## Protectively Marked: @C@ details\n")}, kPage, 4,
                "PROTECTIVELY MARKED"));
    add(shown("ProtectivelyMarkedInATitleStaysWords",
              {page_file("## Protectively marked material\n\nWe withhold it. @C@ helped.\n")}));
    // A label of two words written as one, as a person still reads it.
    add(refused("LabelOfTwoWordsWrittenAsOne",
                {page_file("## OfficialSensitive\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelOfTwoWordsRunTogetherInASentence",
                {page_file("The TopSecret notes name @C@.\n")}, kPage, 4, "run together"));
    add(refused("StrictlyConfidentialAsAStamp",
                {page_file("## Strictly Confidential\n\n@C@ details.\n")}, kPage, 4,
                "'STRICTLY CONFIDENTIAL'"));
    add(refused("LabelOfTwoWordsInCapitalsAsOne",
                {page_file("The board heard TOPSECRET: @C@ details.\n")}, kPage, 4, kUnread));
    // Markings of government that this site's policy (tests/temp_site.hpp)
    // lists in neither list: read as markings all the same.
    add(refused("WellKnownMarkingTheSiteDoesNotList", {page_file("TOP SECRET\n\n@C@ details.\n")},
                kPage, 4, "'TOP SECRET'"));
    add(refused("CommercialInConfidenceTheSiteDoesNotList",
                {page_file("- Commercial in Confidence: @C@ details.\n")}, kPage, 4,
                "'COMMERCIAL IN CONFIDENCE'"));
    add(shown("InConfidenceStartingASentenceStaysWords",
              {page_file("In confidence, the officer said @C@ had helped.\n")}));
    // A link's title, shown on hover and read by screen readers, in single quotes.
    add(refused("LinkTitleInSingleQuotes",
                {page_file("See [the paper](https://example.org/p 'Restricted').\n\n@C@ "
                           "details.\n")},
                kPage, 4, kUnread));
    add(refused("ReferenceTitleInSingleQuotes",
                {page_file("See [the paper][p].\n\n[p]: https://example.org/p 'Restricted'\n\n"
                           "@C@ details.\n")},
                kPage, 6, kUnread));
    add(shown("ApostrophesStayInTheirWords",
              {page_file("The partnership's restricted parking plan; @C@ helped.\n")}));
    // A control byte that shows as nothing splits no word for a reader.
    add(refused("LabelSplitByABackspace", {page_file("Restr\bicted\n\n@C@ details.\n")}, kPage, 4,
                kControl));
    add(refused("LabelSplitByAControlByteInAText",
                {{"assets/notes.txt", "Notes\nRestr\x01icted\n@C@ names\n"}}, "assets/notes.txt", 2,
                kAssets));
    // Red team round 9: backwards after a right-to-left override written as a
    // character reference or an escape; a label in emphasis or a code span as
    // a run-in heading or a stamp; in single quotes; joined to a number;
    // digits and signs read as letters; a label split up before a colon.
    add(refused("LabelBackwardsAfterAnOverrideWrittenAsAReference",
                {page_file("&#x202E;DETCIRTSER&#x202C;: @C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelBackwardsAfterAnOverrideWrittenAsAnEscape",
                {page_file("Body.\n", "summary: \"\\u202ETCETORP\\u202C @C@ summary\"\n")}, kPage,
                3, kUnread));
    add(refused("LabelInBoldAsARunInHeading",
                {page_file("**Restricted** The family at @C@ was seen.\n")}, kPage, 4,
                "run-in heading"));
    add(refused("LabelInACodeSpanAsARunInHeading",
                {page_file("- `Confidential` the family at @C@.\n")}, kPage, 4, "run-in heading"));
    add(refused("LabelInItalicsAsAStamp", {page_file("The family at @C@ was seen. *Protect*\n")},
                kPage, 4, "stamp"));
    add(refused("LabelInSingleQuotes",
                {page_file("The paper is headed 'Restricted' and names @C@.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelInCapitalsJoinedToANumber", {page_file("RESTRICTED2 the family at @C@.\n")},
                kPage, 4, "joined to a number"));
    add(refused("LabelWithDigitsAndSignsForLetters",
                {page_file("PR0T3CT and RE$TRICTED: @C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelInLisuLetters",
                {page_file("\uA4D1\uA4E3\uA4F3\uA4D4\uA4F0\uA4DA\uA4D4 @C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelSplitUpBeforeAColon", {page_file("R estricted: @C@ details.\n")}, kPage, 4,
                "split up"));
    add(refused("LabelOfTwoWordsJoinedByAHyphenInASentence",
                {page_file("This briefing is official-sensitive and names @C@.\n")}, kPage, 4,
                "joined by a hyphen"));
    add(refused("LabelAfterAWordThatNamesAMarking",
                {page_file("Case notes: Sensitivity Restricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("AssetLabelSplitByAnyEmptyElement",
                {{"assets/x.html", "<p>RESTR<o:p></o:p>ICTED: @C@ names</p>\n"}}, "assets/x.html",
                1, kAssets));
    add(refused("AssetLabelSplitByAnElementNeverShownInPlace",
                {{"assets/x.html", "<p>RESTR<template>x</template>ICTED: @C@ names</p>\n"}},
                "assets/x.html", 1, kAssets));
    add(refused("AssetLabelSplitByCdataInAPage",
                {{"assets/x.html", "<p>RESTR<![CDATA[x]]>ICTED: @C@ names</p>\n"}}, "assets/x.html",
                1, kAssets));
    add(refused(
        "AssetDeclaringAnEscapingEncoding",
        {{"assets/x.html", "<meta charset=\"iso-2022-jp\"><p>RESTR\x1B(BICTED: @C@ names</p>\n"}},
        "assets/x.html", 1, "escape sequences"));
    add(refused("AssetDataUriWithSpacesInItsHead",
                {{"assets/css/extra.css",
                  "body {\n  background: url(\"data:image/svg+xml ; base64 ,"
                  "PHN2Zz48dGV4dD5SRVNUUklDVEVEPC90ZXh0Pjwvc3ZnPg==\");\n}\n/* @C@ */\n"}},
                "assets/css/extra.css", 2, "packed inside a data: address"));
    add(refused("LabelAfterAWideSpaceReference",
                {page_file("Case notes&emsp;Restricted\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelsTogetherEndingAPhraseAfterWords",
                {page_file("## Case notes Restricted and Confidential\n\n@C@ details.\n")}, kPage,
                4, "with other labels"));
    add(refused("LabelAfterGrading", {page_file("Grading Restricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelLetterSpacedInOrdinaryCase",
                {page_file("## R e s t r i c t e d\n\n@C@ details.\n")}, kPage, 4, "split up"));
    add(refused("LabelBrokenOverALineInCapitals",
                {page_file("The paper is marked PRO\nTECT and names @C@.\n")}, kPage, 4, kUnread));
    add(refused("LabelBrokenByAHardBreak", {page_file("RESTR\\\nICTED: @C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelAfterAPadlock", {page_file("\U0001F512 Restricted for the family @C@.\n")},
                kPage, 4, "padlock"));
    add(shown("WordsBrokenOverALineStayWords",
              {page_file("We pro\ntect the public, and @C@ helped.\n")}));
    add(refused("AssetScriptTemplateLiteralJoiningALabel",
                {{"assets/js/note.js", "var note = `RESTRIC${\"\"}TED: @C@ names`;\n"}},
                "assets/js/note.js", 1, kAssets));
    add(refused("AssetScriptStringsJoinedAcrossAComment",
                {{"assets/js/note.js", "var note = \"RESTRIC\" /* x */ + \"TED: @C@ names\";\n"}},
                "assets/js/note.js", 1, kAssets));
    add(refused(
        "AssetScriptMakingTextFromCodes",
        {{"assets/js/note.js", "var note = String.fromCharCode(82, 69, 83) + \"@C@ names\";\n"}},
        "assets/js/note.js", 1, "character codes"));
    add(refused("AssetStyleStringsAroundAnAttr",
                {{"assets/css/extra.css",
                  ".x::before { content: \"RESTRIC\" attr(x) \"TED: @C@ names\"; }\n"}},
                "assets/css/extra.css", 1, "content: makes words"));
    add(refused(
        "AssetStyleStringContinuedOverALine",
        {{"assets/css/extra.css", ".x { font-family: \"RESTRIC\\\n  TED: @C@ names\"; }\n"}},
        "assets/css/extra.css", 1, kAssets));
    add(refused("AssetSvgTextPlacedByATransform",
                {{"assets/x.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><g transform=\"translate(60,0)\">"
                  "<text x=\"0\">ICTED</text></g><text x=\"10\">RESTR</text>"
                  "<text y=\"40\">@C@</text></svg>\n"}},
                "assets/x.svg", 1, "placed by transforms"));
    add(refused("AssetSvgTextPlacedLetterByLetter",
                {{"assets/x.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"90 80 70\" y=\"20\">"
                  "DETCIRTSER</text><text y=\"40\">@C@</text></svg>\n"}},
                "assets/x.svg", 1, "placed by transforms"));
    add(refused("AssetPageMakingWordsWithStyles",
                {{"assets/x.html",
                  "<style>.m::before{content:\"RESTR\"} .m::after{content:\"ICTED\"}</style>"
                  "<p class=\"m\"></p><p>@C@</p>\n"}},
                "assets/x.html", 1, "show words otherwise"));
    add(refused("AssetPageInCapitalsByItsStyle",
                {{"assets/x.html",
                  "<p style=\"text-transform: uppercase\">protect personal</p><p>@C@</p>\n"}},
                "assets/x.html", 1, "show words otherwise"));
    add(refused("LabelInCamelCaseInAFileName",
                {{"content/RestrictedCaseReview.md", pg("@C@ details.\n")}}, "content/…", 1,
                "name"));
    // Letters a glance does not tell apart, and characters nobody sees.
    add(refused("LabelWithADigitZero", {page_file("PR0TECT\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelWithASmallL", {page_file("RESTRlCTED\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelWithARomanNumeral", {page_file("RESTR\u2160CTED\n\n@C@ details.\n")}, kPage,
                4, kUnread));
    add(refused("LabelInNegativeSquaredLetters",
                {page_file("\U0001F17F\U0001F181\U0001F17E\U0001F183\U0001F174\U0001F172"
                           "\U0001F183\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("LabelAfterAControlCharacter",
                {page_file(std::string("\x01PROTECT\n\n@C@ details.\n"))}, kPage, 4, kControl));
    add(refused("LabelAfterABrailleBlank", {page_file("\u2800PROTECT\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelAfterAnEscapedNulInJson", report("\"\\u0000PROTECT: @C@ case.\""), kReport, 7,
                kControl));
    add(shown("LabelInACodeSpanInASentence",
              {page_file("Mark it `PROTECT` or write `::: PROTECT` above it, as @C@ shows.\n")}));
    add(shown("LabelWordsInTheirOwnCase",
              {page_file("We protect the public; restricted byways; @C@ is official.\n")}));

    // ---- Names: a withheld label, in any case, among the words of a file's or
    // folder's name (it shows in addresses, the sitemap and the search index).
    // The message shows the path only as far as the label.
    add(refused("LabelInAPageName", {{"content/PROTECT-@C@.md", pg("@C@ details.\n")}}, "content/…",
                1, "in the name of the file"));
    add(refused("LabelInAFolderNameInLowerCase",
                {{"content/restricted/notes.md", pg("@C@ details.\n")}}, "content/…", 1,
                "in the name of the file"));
    add(refused(
        "LabelInADataFileName",
        {{"data/statistics/official-sensitive-@C@.json",
          R"({"title": "Figures", "categories": ["A"], "series": [{"name": "N", "values": [1]}]})"}},
        "data/statistics/…", 1, "in the name of the file"));
    add(refused("LabelInAnAssetName", {{"assets/Protect_@C@.txt", "Notes.\n"}}, "assets/…", 1,
                "in the name of the file"));
    add(withheld("LabelInTheNameOfAPageWithheldWhole",
                 {{"content/protect-notes.md", pg("@C@ details.\n", "marking: PROTECT\n")}}));
    add(shown("LabelWordInsideAWordOfAName",
              {{"content/protection-plan.md", pg("@C@ details.\n")}}));

    // ---- JSON data: keys.
    add(refused("StatisticsKeyMarkingCapitalised",
                {statistics("\"@C@ figures\"", "\"Marking\": \"PROTECT\",")}, kStatistics, 4,
                kUnread));
    add(refused("StatisticsKeyMarkingUpperCase",
                {statistics("\"@C@ figures\"", "\"MARKING\": \"PROTECT\",")}, kStatistics, 4,
                kUnread));
    add(refused("StatisticsKeyMarkingWithSpace",
                {statistics("\"@C@ figures\"", "\"marking \": \"PROTECT\",")}, kStatistics, 4,
                kUnread));
    add(refused("StatisticsKeyMarkingCyrillic",
                {statistics("\"@C@ figures\"", "\"m\u0430rking\": \"PROTECT\",")}, kStatistics, 4,
                kUnread));
    // With a public statistics file beside it (see WithheldStatisticsFileAlone).
    add(withheld(
        "StatisticsKeyMarkingEscaped",
        {statistics("\"@C@ figures\"", "\"\\u006darking\": \"PROTECT\","), kOpenStatistics}));
    add(withheld("WithheldStatisticsFileAlone",
                 {statistics("\"@C@ figures\"", "\"marking\": \"PROTECT\",")}));
    add(refused("ReportKeyMarkingCapitalised",
                report("\"Public.\"", "\"Marking\": \"PROTECT\", \"lead_officer\": \"@C@\","),
                kReport, 6, kUnread));
    add(refused("UnknownDataKeyMarkingUpperCase",
                {{"data/misc/notes.json",
                  "{\"items\": [{\"t\": \"@C@\",\n  \"MARKING\": \"PROTECT\"}]}\n"}},
                "data/misc/notes.json", 2, kUnread));

    // ---- JSON data: Markdown narratives.
    add(withheld("NarrativeWithEscapedColons",
                 report("\"Public.\\n\\n\\u003a\\u003a\\u003a PROTECT\\n@C@ "
                        "details.\\n\\u003a\\u003a\\u003a\\n\\nMore public.\"")));
    add(withheld("NarrativeWithEscapedLineBreaks",
                 report("\"Public.\\n\\n::: PROTECT\\n@C@ details.\\n:::\\n\"")));
    add(withheld("NarrativeWithEscapedCrLf",
                 report("\"Public.\\r\\n\\r\\n::: PROTECT\\r\\n@C@ details.\\r\\n:::\\r\\n\"")));
    add(refused("NarrativeWithLiteralLineBreaks",
                report("\"Public.\n\n::: PROTECT\n@C@ details.\n:::\n\""), kReport, 7,
                "invalid JSON"));
    add(refused("NarrativeMarkerAfterEscapedLineSeparator",
                report("\"Public.\\u2028::: PROTECT\\u2028@C@ details.\\u2028:::\""), kReport, 7,
                kLineBreak));
    add(refused("NarrativeMarkerAfterLineSeparator",
                report("\"Public.\u2028::: PROTECT\u2028@C@ details.\u2028:::\""), kReport, 7,
                kLineBreak));
    add(refused("NarrativeMarkerAfterEscapedNoBreakSpace",
                report("\"Public.\\n\\n\\u00a0::: PROTECT\\n@C@ details.\\n\\u00a0:::\""), kReport,
                7, kUnread));
    add(refused("NarrativeInlineRegion",
                report("\"The board met. ::: PROTECT The board discussed @C@ at length. :::\""),
                kReport, 7, kMidLine));
    add(refused("NarrativeMarkerInList",
                report("\"Public.\\n\\n- ::: PROTECT\\n  @C@ details.\\n- :::\""), kReport, 7,
                kInContainer));
    add(refused("NarrativeFenceNeverClosed",
                report("\"Public.\\n\\n```\\ncode\\n\\n::: PROTECT\\n@C@ details.\\n:::\""),
                kReport, 7, kUnclosedFence));
    add(refused("NarrativeLabelAloneOnALine",
                report("\"Public.\\n\\nRESTRICTED\\n\\n@C@ details.\""), kReport, 7, kUnread));

    // ---- JSON data: labels in values.
    add(refused("SecurityClassificationKey",
                report("\"Public.\"",
                       "\"security_classification\": \"RESTRICTED\", "
                       "\"lead_officer\": \"@C@\","),
                kReport, 6, kUnread));
    add(withheld("ValueWrapperWithNoBreakSpaceInLabel",
                 report("\"Public.\"",
                        "\"lead_officer\": {\"value\": \"@C@\", "
                        "\"marking\": \"\\u00a0PROTECT\\u00a0\"},")));
    add(refused(
        "RegionInAPlainTextField",
        report("\"Public.\"", "\"achievements\": [\"Done.\\n::: PROTECT\\n@C@ details.\\n:::\"],"),
        kReport, 6, "regions work only in Markdown text"));
    add(shown("RoadMarkingsInAReport",
              report("\"Public.\"", "\"achievements\": [\"Road markings: repainted at @C@\"],")));
    add(refused("LabelValueInAnOrdinaryField",
                report("\"Public.\"",
                       "\"lead_officer\": \"RESTRICTED\", \"achievements\": [\"@C@ arrested\"],"),
                kReport, 6, kUnread));
    add(refused("LabelPrefixInAnOrdinaryField",
                report("\"Public.\"", "\"achievements\": [\"RESTRICTED - @C@ arrested\"],"),
                kReport, 6, kUnread));
    add(withheld("ValueWrapperWithCyrillicLabel",
                 report("\"Public.\"",
                        "\"lead_officer\": {\"value\": \"@C@\", \"marking\": \"PR\u041ETECT\"},")));
    add(withheld("ValueWrapperWithFullWidthLabel",
                 report("\"Public.\"",
                        "\"lead_officer\": {\"value\": \"@C@\", \"marking\": "
                        "\"\uFF30\uFF32\uFF2F\uFF34\uFF25\uFF23\uFF34\"},")));
    add(withheld("ValueWrapperWithOfficialColonSensitive",
                 report("\"Public.\"",
                        "\"lead_officer\": {\"value\": \"@C@\", \"marking\": "
                        "\"OFFICIAL: SENSITIVE\"},")));
    add(refused(
        "ValueWrapperWithCapitalisedKey",
        report("\"Public.\"", "\"lead_officer\": {\"value\": \"@C@\", \"Marking\": \"PROTECT\"},"),
        kReport, 6, kUnread));
    add(shown("DescriptionBeginningWithALabelWord", {statistics("\"Official and @C@ figures\"")}));

    // ---- CSV funding rows.
    // The whole cell reads as one label, as it does in front matter and JSON.
    add(withheld("CsvOfficialColonSensitive",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,OFFICIAL: SENSITIVE")));
    add(withheld("CsvOfficialColonSensitiveNoSpace",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,OFFICIAL:SENSITIVE")));
    add(refused("CsvPublishableLabelWithCells",
                funding_row("@C@ project,SSCF Grant,50.00,Grants,x,OFFICIAL: project"), kCsv, 3,
                "text after the publishable label"));
    add(withheld("CsvOfficialSensitiveInWords",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,OFFICIAL SENSITIVE")));
    add(withheld("CsvOfficialHyphenSensitive",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,Official-Sensitive")));
    add(withheld("CsvLabelWithCyrillicO",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,PR\u041ETECT")));
    add(withheld("CsvLabelWithNoBreakSpaceAfter",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,PROTECT\u00A0")));
    add(refused("CsvOfficialThenWords",
                funding_row("@C@ project,SSCF Grant,50.00,Grants,x,OFFICIAL - see note"), kCsv, 3,
                "words follow the label"));
    add(withheld("CsvCellsWithheld",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,PROTECT: project")));
    add(refused("CsvLabelInAnotherColumn",
                funding_row("@C@ project,SSCF Grant,50.00,Grants,PROTECT,"), kCsv, 3, kUnread));
    add(refused("CsvCellsListWithSemicolon",
                funding_row("@C@ project,SSCF Grant,50.00,Grants,@C@ progress,\"PROTECT: project; "
                            "progress\""),
                kCsv, 3, "that this file does not have"));
    add(refused("CsvLabelThenHyphenAndColumn",
                funding_row("@C@ project,SSCF Grant,50.00,Grants,@C@ progress,PROTECT - project"),
                kCsv, 3, "words follow the label"));
    add(refused("CsvCellsMisspeltColumn",
                funding_row("@C@ project,SSCF Grant,50.00,Grants,@C@ progress,\"PROTECT: projct, "
                            "progress\""),
                kCsv, 3, "that this file does not have"));
    add(withheld("CsvLabelWithZeroWidthJoiner",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,PRO\u200DTECT")));
    add(refused(
        "CsvMarkingColumnTwice",
        funding({kPublicRow + std::string(","), "@C@ project,SSCF Grant,50.00,Grants,x,,PROTECT"},
                "\n", std::string(kHeader) + ",marking"),
        kCsv, 1, "marking"));
    add(shown("PropertyMarkingInAFundingRow",
              funding_row("Property marking events,SSCF Grant,50.00,Grants,\"Property "
                          "marking: 40 bikes marked at @C@\",")));
    add(withheld(
        "CsvMarkingAfterMultiLineCell",
        funding_row("@C@ project,SSCF Grant,50.00,Grants,\"@C@ line one\nline two\",PROTECT")));
    add(withheld("CsvMarkingHeaderCapitalised",
                 funding({kPublicRow, "@C@ project,SSCF Grant,50.00,Grants,x,PROTECT"}, "\n",
                         "project,fund,amount,section,progress,Marking")));
    add(refused("CsvProtectiveMarkingHeader",
                funding({kPublicRow, "@C@ project,SSCF Grant,50.00,Grants,x,PROTECT"}, "\n",
                        "project,fund,amount,section,progress,Protective marking"),
                kCsv, 1, "unknown column 'Protective marking'"));
    add(refused("CsvQuotedCellWithRegion",
                funding_row("Other project,SSCF Grant,50.00,Grants,\"Public.\n::: PROTECT\n@C@ "
                            "details.\n:::\","),
                kCsv, 4, kUnread));
    add(withheld("CsvQuotedMarkingCellWithLineBreak",
                 funding_row("@C@ project,SSCF Grant,50.00,Grants,x,\"OFFICIAL\nSENSITIVE\"")));
    add(withheld("CsvCrLfLineEnds",
                 funding({kPublicRow, "@C@ project,SSCF Grant,50.00,Grants,x,PROTECT"}, "\r\n")));
    add(withheld("CsvLoneCrLineEnds",
                 funding({kPublicRow, "@C@ project,SSCF Grant,50.00,Grants,x,PROTECT"}, "\r")));
    add(refused("CsvSemicolonSeparated",
                funding({"Public patrols;SSCF Grant;100.00;Grants;Done.;",
                         "@C@ project;SSCF Grant;50.00;Grants;x;PROTECT"},
                        "\n", "project;fund;amount;section;progress;marking"),
                kCsv, 1, "the first line must name a 'project' column"));

    // ---- assets/ and layouts: copied as they are, so they may hold no marking.
    add(refused("AssetMarkdownWithFrontMatterMarking",
                {{"assets/notes.md", "---\ntitle: Notes\nmarking: PROTECT\n---\n@C@\n"}},
                "assets/notes.md", 3, kAssets));
    add(refused("AssetMarkdownWithRegion",
                {{"assets/notes.md", "Notes.\n\n::: PROTECT\n@C@ details.\n:::\n"}},
                "assets/notes.md", 3, kAssets));
    add(refused("AssetJsonWithMarking",
                {{"assets/data.json", "{\"name\": \"@C@\",\n \"marking\": \"PROTECT\"}\n"}},
                "assets/data.json", 2, kAssets));
    add(refused("AssetCsvWithProtectFirst",
                {{"assets/rows.csv", "marking,project\n,Public\nPROTECT,@C@\n"}}, "assets/rows.csv",
                3, kAssets));
    add(refused("AssetCsvWithProtectRow",
                {{"assets/rows.csv", "project,amount,marking\nPublic,1.00,\n@C@,2.00,PROTECT\n"}},
                "assets/rows.csv", 3, kAssets));
    add(refused("AssetJsonOnOneLine",
                {{"assets/data.json", "{\"name\": \"@C@\", \"marking\": \"PROTECT\"}\n"}},
                "assets/data.json", 1, kAssets));
    add(refused(
        "AssetHtmlTableRow",
        {{"assets/table.html", "<table>\n<tr><td>@C@</td><td>PROTECT</td></tr>\n</table>\n"}},
        "assets/table.html", 2, kAssets));
    add(refused("AssetScriptWithMarkingKey",
                {{"assets/js/extra.js", "var notes = {text: \"@C@\", marking: \"RESTRICTED\"};\n"}},
                "assets/js/extra.js", 1, kAssets));
    // A hidden file is not copied at all.
    add(withheld("AssetHiddenFileWithLabelLine",
                 {{"assets/.notes.txt", "RESTRICTED\n@C@ details.\n"}}));
    add(refused("AssetCsvInWindows1252",
                {{"assets/rows.csv",
                  "marking,project\r\n,Public \xA3"
                  "1\r\nPROTECT,@C@ \xA3"
                  "2\r\n"}},
                "assets/rows.csv", 0, "not UTF-8"));
    add(refused("AssetTextInUtf16",
                {{"assets/notes.txt",
                  "\xFF\xFE" + std::string("R\0E\0S\0T\0R\0I\0C\0T\0E\0D\0\n\0", 22) + "@C16@"}},
                "assets/notes.txt", 1, kAssets));
    add(refused("AssetPdfWithMarking",
                {{"assets/paper.pdf",
                  "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< >>\nstream\nBT "
                  "(RESTRICTED) Tj ET\nBT (@C@ board paper) Tj ET\nendstream\n"
                  "endobj\n%%EOF\n"}},
                "assets/paper.pdf", 1, "a PDF, whose words are drawn in pieces"));
    add(refused("AssetPdfWithAKernedMarking",
                {{"assets/paper.pdf",
                  "%PDF-1.4\n1 0 obj\n<< >>\nstream\nBT [(R)-20(ESTRIC)10(TED)] TJ ET\n"
                  "BT (@C@ board paper) Tj ET\nendstream\nendobj\n%%EOF\n"}},
                "assets/paper.pdf", 1, "a PDF, whose words are drawn in pieces"));
    // What a person reads in an asset however it is packed (an outside
    // black-box test): UTF-32, a label split by an inline tag, a data: URI;
    // what portal cannot read at all is refused whatever it holds.
    add(refused("AssetTextInUtf32",
                {{"assets/notes.txt",
                  std::string("\xFF\xFE\0\0", 4) +
                      std::string("P\0\0\0R\0\0\0O\0\0\0T\0\0\0E\0\0\0C\0\0\0T\0\0\0\n\0\0\0", 32) +
                      "@C16@"}},
                "assets/notes.txt", 1, kAssets));
    add(refused("AssetSvgLabelSplitByATag",
                {{"assets/x.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>PRO<tspan>TECT"
                  "</tspan></text><text>@C@</text></svg>\n"}},
                "assets/x.svg", 1, kAssets));
    add(refused("AssetCssWithALabelInABase64DataUri",
                {{"assets/css/extra.css",
                  // base64 of "<svg><text>RESTRICTED</text></svg>"
                  "body {\n  background: url(data:image/svg+xml;base64,"
                  "PHN2Zz48dGV4dD5SRVNUUklDVEVEPC90ZXh0Pjwvc3ZnPg==);\n}\n"}},
                "assets/css/extra.css", 2, "packed inside a data: address"));
    add(refused("AssetCssWithABase64DataUriSplitByALineContinuation",
                {{"assets/css/extra.css",
                  // the same, broken where CSS strings may go on over a line
                  "body {\n  background: url(\"data:image/svg+xml;base64,PHN2Zz48dGV4dD5S\\\n"
                  "RVNUUklDVEVEPC90ZXh0Pjwvc3ZnPg==\");\n}\n/* @C@ */\n"}},
                "assets/css/extra.css", 2, "packed inside a data: address"));
    add(refused("AssetHtmlWithABase64DataUriOverTwoLines",
                {{"assets/x.html",
                  "<p>@C@</p>\n<img alt=\"\" src='data:image/svg+xml;base64,PHN2Zz48dGV4dD5S\n"
                  "   RVNUUklDVEVEPC90ZXh0Pjwvc3ZnPg=='>\n"}},
                "assets/x.html", 2, "packed inside a data: address"));
    add(refused("AssetSvgDeclaringAnEntity",
                {{"assets/x.svg",
                  "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY r \"Restr\">\n]>\n"
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&r;icted</text>"
                  "<text y=\"20\">@C@</text></svg>\n"}},
                "assets/x.svg", 1, "declares its own entities"));
    add(refused("AssetGzipped", {{"assets/x.svg", std::string("\x1F\x8B\x08\0\0\0\0\0", 8)}},
                "assets/x.svg", 1, "gzip-compressed"));
    add(refused("AssetWordDocument",
                {{"assets/paper.docx", std::string("PK\x03\x04\x14\0\x06\0", 8)}},
                "assets/paper.docx", 1, "cannot tell what this kind of file shows"));
    add(refused("AssetZipNamedAsAnImage",
                {{"assets/paper.png", std::string("PK\x03\x04\x14\0\x06\0", 8)}},
                "assets/paper.png", 1, "zip archive"));
    add(refused("AssetPngWithCompressedText",
                {{"assets/photo.png", std::string("\x89PNG\r\n\x1A\n", 8) +
                                          std::string("\0\0\0\x05zTXtk\0\0x\x9C", 13) +
                                          std::string("\0\0\0\0", 4)}},
                "assets/photo.png", 1, "compressed text"));
    add(refused("AssetSvgLettersPlacedOutOfOrder",
                {{"assets/x.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"40\" y=\"20\">TECT</text>"
                  "<text x=\"10\" y=\"20\">PRO</text><text x=\"10\" y=\"45\">@C@</text></svg>\n"}},
                "assets/x.svg", 1, "'PROTECT'"));
    add(refused("AssetSvgTextDrawnRightToLeft",
                {{"assets/x.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"80\" y=\"20\" "
                  "direction=\"rtl\" unicode-bidi=\"bidi-override\">TCETORP</text>"
                  "<text x=\"10\" y=\"45\">@C@</text></svg>\n"}},
                "assets/x.svg", 1, "lays text out backwards"));
    add(refused("LabelGoingOnAfterABlankLine",
                {page_file("::: OFFICIAL\n\nSENSITIVE\n\n@C@ details.\n:::\n")}, kPage, 4,
                "read the marking here as publishable"));
    add(refused("AssetCssEscapes",
                {{"assets/css/extra.css", "main {\n  font-family: \"\\50 ROTECT @C@\";\n}\n"}},
                "assets/css/extra.css", 2, kAssets));
    add(refused("AssetScriptEscapes",
                {{"assets/js/extra.js", "var banner = \"\\u0050ROTECT \\x52 @C@\";\n"}},
                "assets/js/extra.js", 1, kAssets));
    add(refused("LayoutLabelSplitByAMustacheComment",
                {{"+layouts/partials/footer.mustache", "<p>PRO{{! split }}TECT</p>\n<p>@C@</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    add(refused("LabelSplitByEmphasis", {page_file("PRO**TECT**\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelSplitByAnEmptyHtmlElement",
                {page_file("PRO<span></span>TECT\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelSplitByAnInvisibleNamedReference",
                {page_file("PRO&InvisibleTimes;TECT\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("NumericReferenceWithoutSemicolon", {page_file("&#80ROTECT\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("LabelShownBackwardsByARightToLeftOverride",
                {page_file("\u202ETCETORP\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelInCherokeeLetters",
                {page_file("\u13E2\u13A1\u13BE\u13A2\u13AC\u13DF\u13A2\n\n@C@ details.\n")}, kPage,
                4, kUnread));
    add(refused("LabelInSuperscriptLetters",
                {page_file("\u1D3E\u1D3F\u1D3C\u1D40\u1D31\u1D9C\u1D40\n\n@C@ details.\n")}, kPage,
                4, kUnread));
    // OVER-BLOCK (by design): one of the counter-terrorism strategy's strands
    // (Pursue, Prevent, Protect, Prepare) leading a list item, a heading or a
    // cell reads exactly as a section marked Protect does (red team round 4,
    // L2), so it is refused; written with a word after it, it is shown.
    add(refused("StrategyStrandsInAListHeadingAndTable",
                {page_file("- Pursue: stop attacks\n- Protect: strengthen our protection, @C@\n\n"
                           "### Protect\n\n| Strand | Lead |\n|---|---|\n| Protect | Police |\n")},
                kPage, 5, kUnread));
    add(shown("StrategyStrandsWithAWordAfterThem",
              {page_file("- Pursue: stop attacks\n- Protect strand: strengthen our protection, "
                         "@C@\n\n### The Protect strand\n\n| Strand | Lead |\n|---|---|\n"
                         "| Protect strand | Police |\n")}));
    // A strand's name as a link's text is not a label in brackets.
    add(shown("StrategyStrandAsALink",
              {page_file("See [Protect](#protect-strand) and [Prevent](#prevent-strand), @C@.\n\n"
                         "## Protect strand\n\n## Prevent strand\n")}));
    add(refused("AssetPdfWithCompressedText",
                {{"assets/paper.pdf",
                  "%PDF-1.4\n1 0 obj\n<< /Length 20 /Filter /FlateDecode >>\n"
                  "stream\nx\x9C\nendstream\nendobj\n%%EOF\n"}},
                "assets/paper.pdf", 1, "compressed or encrypted"));
    add(refused("LabelSpeltWithSpaces", {page_file("P R O T E C T\n\n@C@ details.\n")}, kPage, 4,
                "split up by spaces"));
    // Red team round 3: pieces joined by other spacers, next to punctuation.
    add(refused("LabelSpeltWithDotsInBrackets", {page_file("@C@ offending (P.R.O.T.E.C.T)\n")},
                kPage, 4, "split up by spaces"));
    add(refused("LabelSpeltWithHyphensInQuotes", {page_file("@C@ offending “P-R-O-T-E-C-T”\n")},
                kPage, 4, "split up by spaces"));
    add(refused("LabelBrokenInTwo", {page_file("@C@ offending PRO TECT\n")}, kPage, 4,
                "split up by spaces"));
    add(refused("LabelAloneInBracketsInAnyCase", {page_file("Met @C@ twice (Restricted)\n")}, kPage,
                4, "alone in brackets"));
    add(refused("LabelGoingOnOverTheNextLine",
                {page_file("::: OFFICIAL\nSENSITIVE\n@C@ details.\n:::\n")}, kPage, 4,
                "read the marking here as publishable"));
    add(refused("AssetTextWithLabelLine",
                {{"assets/readme.txt", "Notes for the board.\nRESTRICTED\n@C@ details.\n"}},
                "assets/readme.txt", 2, kAssets));
    add(refused("LayoutWithRegion",
                {{"+layouts/partials/footer.mustache", "::: PROTECT\n<p>@C@</p>\n:::\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));

    // ---- Red team round 4, L2: a label in any case leading a place where a
    // label could stand -- a line after its prefix, a table cell, an
    // element's text, brackets -- as an officer marks a section in Word.
    add(refused("HeadingThatIsALabel", {page_file("### Restricted\n\n@C@ detail of the case.\n")},
                kPage, 4, kUnread));
    add(refused("HeadingThatIsALabelWithWordsAfterAColon",
                {page_file("## Restricted: names of the families\n\n@C@ detail.\n")}, kPage, 4,
                kUnread));
    add(refused("HeadingThatIsALabelWithACaveat",
                {page_file("## Official-Sensitive \u2013 personal\n\n@C@ detail.\n")}, kPage, 4,
                kUnread));
    add(refused("ListItemThatIsALabel", {page_file("Intro.\n\n- Protect\n- @C@ family\n")}, kPage,
                6, kUnread));
    add(refused("NumberedItemThatIsALabel", {page_file("1) Protect\n\n@C@ detail.\n")}, kPage, 4,
                kUnread));
    add(refused("TaskItemThatIsALabel", {page_file("- [ ] Protect\n\n@C@ detail.\n")}, kPage, 4,
                kUnread));
    add(refused("NestedQuoteThatIsALabel", {page_file("> > Protect\n\n@C@ detail.\n")}, kPage, 4,
                kUnread));
    add(refused("QuotedBoldLabel", {page_file("> **Protect**\n\n@C@ detail.\n")}, kPage, 4,
                kUnread));
    add(refused("IndentedLabel", {page_file("Intro.\n\n    Protect\n\n@C@ detail.\n")}, kPage, 6,
                kUnread));
    add(refused("LabelInBracketsAlone", {page_file("(Protect)\n\n@C@ detail.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelAfterMarked", {page_file("Marked Protect\n\n@C@ detail.\n")}, kPage, 4,
                "follows 'marked'"));
    add(refused("TableOfPapersWithAMarkingColumn",
                {page_file("Papers tabled:\n\n| Item | Paper | Marking |\n|---|---|---|\n"
                           "| 6 | Case review: the @C@ family | Protect |\n")},
                kPage, 8, "alone in a table cell"));
    add(refused("TwoColumnMarkingTable",
                {page_file("| Marking | Protect |\n|---|---|\n\n@C@ detail.\n")}, kPage, 4,
                "alone in a table cell"));
    add(refused("NarrativeHeadingThatIsALabel",
                report("\"## Confidential\\n\\nThe board heard.\\n\\n### Restricted\\n\\n@C@ "
                       "named family.\""),
                kReport, 7, kUnread));
    add(refused("NarrativeListItemThatIsALabel", report("\"- Protect\\n- @C@ family\""), kReport, 7,
                kUnread));
    add(refused("FrontMatterListItemThatIsALabel",
                {page_file("@C@ details.\n", "tags:\n  - Protect\n")}, kPage, 4, kUnread));
    add(refused(
        "LayoutHeadingThatIsALabel",
        {{"+layouts/partials/footer.mustache", "<h2>Restricted</h2><p>@C@ contact number</p>\n"}},
        "layouts/partials/footer.mustache", 8, "whole text of an HTML element"));
    add(refused("LayoutParagraphThatIsALabel",
                {{"+layouts/partials/footer.mustache", "<p>Protect</p><p>@C@ contact</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    // Label words leading a title or a sentence are words.
    add(shown("LabelWordsLeadingTitlesAndSentences",
              {{kPage,
                "---\ntitle: Exempt vehicles\n---\nRestricted parking on Mill Road.\n\n"
                "## Restricted parking on Mill Road\n\n- Restricted parking on Mill Road\n"
                "- We protect residents\n\n> The data is confidential.\n\n"
                "1. Official figures follow\n\n<p>The data is restricted.</p>\n\n"
                "Bikes were security marked at the event, @C@.\n"}}));
    add(shown("TableCellsOfTitles",
              {page_file("| Zone | Notes |\n|---|---|\n| Restricted parking | Mill Road |\n"
                         "| Official figures | @C@ |\n")}));

    // ---- Red team round 4, L4: a withheld label in capitals with an ending
    // run into it, as officers (mis)write PROTECT.
    add(refused("InflectedLabelWithWordsAfterIt",
                {page_file("PROTECTED: names of the families\n\n@C@ detail.\n")}, kPage, 4,
                "ending run into it"));
    add(refused("InflectedLabelAlone", {page_file("Intro.\n\nPROTECTED\n\n@C@ detail.\n")}, kPage,
                6, kInCapitals));
    add(refused("InflectedLabelInAHeading", {page_file("## PROTECTED\n\n@C@ detail.\n")}, kPage, 4,
                kInCapitals));
    add(refused("InflectedLabelInAnAchievement",
                report("\"Public.\"", "\"achievements\": [\"PROTECTED: @C@ family named\"],"),
                kReport, 6, kInCapitals));
    add(shown("InflectionsThatAreOtherWords",
              {page_file("## CHILD PROTECTION\n\nPROTECTING VULNERABLE PEOPLE, @C@.\n\n"
                         "Protected characteristics are recorded.\n")}));

    // ---- Red team round 4, L5: JSON keys are read as values are (a
    // statistics table's row names are keys, shown on the page and in the
    // downloads as written).
    add(refused("StatisticsRowKeyWithALabel",
                report("\"Public.\"",
                       "\"statistics\": [{\"title\": \"Registered\", \"period\": \"Total\", "
                       "\"values\": {\"Ecops\": 3089, \"RESTRICTED: @C@ family\": 1}}],"),
                kReport, 6, kUnread));
    add(refused("StatisticsRowKeyWithALabelInBrackets",
                report("\"Public.\"",
                       "\"statistics\": [{\"title\": \"Registered\", \"period\": \"Total\", "
                       "\"values\": {\"@C@ (PROTECT)\": 1}}],"),
                kReport, 6, kUnread));
    add(refused("StatisticsRowKeyThatIsALabel",
                report("\"Public.\"",
                       "\"statistics\": [{\"title\": \"Registered\", \"period\": \"Total\", "
                       "\"values\": {\"Protect\": 1, \"@C@ family\": 2}}],"),
                kReport, 6, kUnread));
    add(withheld("StatisticsRowKeyInAWithheldTable",
                 report("\"Public.\"",
                        "\"statistics\": [{\"title\": \"Registered\", \"period\": \"Total\", "
                        "\"values\": {\"Protect\": 1, \"@C@ family\": 2}, \"marking\": "
                        "\"PROTECT\"}],")));
    add(shown("StatisticsRowKeysOfProse",
              report("\"Public.\"",
                     "\"statistics\": [{\"title\": \"Registered\", \"period\": \"Total\", "
                     "\"values\": {\"Restricted parking\": 1, \"@C@ scheme\": 2}}],")));

    // ---- Red team round 5: what the parsers read past and a person does not.
    // A YAML comment after a publishable label (YAML reads it as nothing).
    add(refused("FrontMatterCommentAfterAPublishableLabel",
                {page_file("@C@ details.\n", "marking: official # PROTECT\n")}, kPage, 3,
                "portal read the marking here as publishable"));
    // Markup splitting a label in its own case.
    add(refused("HeadingSplitByEmphasis", {page_file("## Re*stricted*\n\n@C@ details.\n")}, kPage,
                4, kUnread));
    add(refused("LabelSplitByACodeSpan", {page_file("Pro`tect`\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelSplitByATag", {page_file("<span>Pro</span>tect\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("NarrativeHeadingSplitByEmphasis", report("\"### Re*stricted*\\n\\n@C@ case.\""),
                kReport, 7, kUnread));
    // A symbol, an emoji or an enumerator before the label.
    add(refused("PadlockBeforeALabel",
                {page_file("\xF0\x9F\x94\x92 Restricted: @C@ was rehoused.\n")}, kPage, 4,
                kUnread));
    add(refused("LetteredItem", {page_file("(a) Restricted: names of @C@.\n")}, kPage, 4, kUnread));
    add(refused("PadlockInACsvCell",
                funding_row("Mediation,SSCF Grant,50.00,Grants,\xF0\x9F\x94\x92 Protect - @C@,"),
                kCsv, 3, kUnread));
    // A label ending a title after a dash, or after an arrow.
    add(refused("LabelAfterADashEndingAHeading",
                {page_file("## Case review \xE2\x80\x93 Restricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelAfterADashInACsvCell",
                funding_row("Mediation,SSCF Grant,50.00,Grants,The officer @C@ - Restricted,"),
                kCsv, 3, kUnread));
    add(refused("LabelThenAnArrow", {page_file("Restricted \xE2\x86\x92 names of @C@\n")}, kPage, 4,
                kUnread));
    add(refused("CompoundLabelThenAWord",
                {page_file("Official-Sensitive briefing: the @C@ family.\n")}, kPage, 4, kUnread));
    add(shown("ProseWithEmojiAndDashes",
              {page_file("We \xE2\x9D\xA4\xEF\xB8\x8F our villages \xE2\x80\x93 @C@ "
                         "helps protect them.\n\n## Restricted-access roads \xE2\x80\x93 a "
                         "review\n")}));

    // ---- Red team round 6.
    add(refused("HeadingWithClosingHashes", {page_file("## Restricted ##\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("LabelBesideAnEmptyLink", {page_file("- Restricted [](#x)\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("CapitalsLabelOverALineBreak",
                {page_file("The paper is OFFICIAL\nSENSITIVE: @C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelHyphenatedAtALineEnd", {page_file("Notes. Restric-\nted: @C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("NarrativeLabelOverALineBreak",
                report("\"The paper is RESTRIC-\\nTED: @C@ case.\""), kReport, 7, kUnread));
    add(refused("MarkedThenWords", {page_file("This note is marked Restricted and names @C@.\n")},
                kPage, 4, kUnread));
    add(refused("ImageAltTextIsALabel", {page_file("![Restricted](stamp.svg)\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("LabelInQuotationMarks",
                {page_file("The paper headed \"Restricted\" names @C@.\n")}, kPage, 4, kUnread));
    add(shown("QuotedLabelWordsOfProse",
              {page_file("The \"Restricted parking\" signs near @C@ went up.\n\nWe must "
                         "protect\nthe public.\n")}));

    // ---- Red team round 7.
    add(refused("TabAfterHeadingHashes", {page_file("##\tRestricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("TabAfterAListNumber", {page_file("1.\tRestricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("NarrativeTabAfterHeadingHashes", report("\"##\\tRestricted\\n\\n@C@ case.\""),
                kReport, 7, kUnread));
    add(refused("LabelThenSemicolonInAHeading", {page_file("## Restricted; @C@ details\n")}, kPage,
                4, "a phrase of its own"));
    add(refused("LabelThenSlashInAListItem", {page_file("- Restricted / @C@ details\n")}, kPage, 4,
                kUnread));
    add(refused("LabelThenUnspacedEmDash", {page_file("## Restricted\u2014@C@ details\n")}, kPage,
                4, kUnread));
    add(refused("LabelThenFullStopInAHeading", {page_file("## Restricted. @C@ details\n")}, kPage,
                4, kUnread));
    add(refused("LabelAfterASlashEndingATitle",
                {page_file("## Case review / Restricted\n\n@C@ details.\n")}, kPage, 4,
                "a phrase of its own"));
    add(refused("LabelAfterAMiddleDot",
                {page_file("Case review \u00b7 Restricted\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelAfterStruckOutOfficial",
                {page_file("## ~~Official~~ Restricted\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("TwoLabelsTogether", {page_file("## Protect and Restricted\n\n@C@ details.\n")},
                kPage, 4, "with other labels"));
    add(refused("TwoLabelsJoinedByACommaInAListItem",
                {page_file("- Protect, Restricted\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("TwoLabelsInALayout",
                {{"+layouts/partials/footer.mustache",
                  "<p>Restricted &amp; Protect</p><p>@C@ contact</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    add(refused("ParagraphNumberBeforeALabel", {page_file("3.1 Restricted\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("BracketedNumberBeforeALabel", {page_file("[1] Restricted\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("WordBulletPastedAsALetter", {page_file("o Restricted\n\n@C@ details.\n")}, kPage,
                4, kUnread));
    add(refused("LabelAfterItemNumberWithoutADash",
                {page_file("Item 6 Restricted\n\n@C@ details.\n")}, kPage, 4, "after a number"));
    add(refused("LabelAfterAPageFooter", {page_file("Page 3 of 7 Restricted\n\n@C@ details.\n")},
                kPage, 4, "after a number"));
    add(refused("LinkWhoseTextIsTheLabelInAHeading",
                {page_file("## [Restricted](#x)\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("CodeSpanThatIsTheLabelInAHeading",
                {page_file("## `Restricted`\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("YamlHexEscapeInASummary",
                {page_file("Body.\n", "summary: \"\\x52ESTRICTED: @C@ details\"\n")}, kPage, 3,
                kUnread));
    add(refused("YamlUnicodeEscapeInATitle",
                {{"content/c.md", "---\ntitle: \"\\u0052estricted\"\n---\n@C@ details.\n"}}, kPage,
                2, kUnread));
    add(refused("ClassificationEqualsLabel",
                {page_file("Protective marking = Restricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("ClassificationThenLabel",
                {page_file("Security classification Restricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelInCurlyBraces", {page_file("{Restricted} @C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelThenATab", {page_file("Restricted\t@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("SvgLabelSplitOverTspans",
                {{"assets/images/s.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text><tspan>Restri</tspan><tspan "
                  "font-weight=\"bold\">cted</tspan></text><text y=\"20\">@C@ "
                  "names</text></svg>\n"}},
                "assets/images/s.svg", 1, kAssets));
    add(refused("SvgCapitalsOverTwoTextElements",
                {{"assets/images/s.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>RES</text><text "
                  "x=\"30\">TRICTED</text><desc>@C@</desc></svg>\n"}},
                "assets/images/s.svg", 1, kAssets));
    add(refused("ManifestUnicodeEscape",
                {{"assets/site.webmanifest", "{\"name\": \"\\u0052ESTRICTED @C@\"}\n"}},
                "assets/site.webmanifest", 1, kAssets));
    add(refused("LayoutMarkdownLinkSyntaxShownAsText",
                {{"+layouts/partials/footer.mustache", "<h2>[Restricted](#x)</h2><p>@C@</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    // ---- Red team round 8.
    add(refused("LigatureInALabel", {page_file("Re\uFB06ricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("ScriptLetterInALabel", {page_file("\u211Bestricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("DotBelowInALabel", {page_file("\u1E5Aestricted\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("FormatCharacterInsideALabel", {page_file("Restr\u206Aicted\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("AccentEntityInALabel", {page_file("Restr&iacute;cted: @C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelThenCommaInAHeading", {page_file("## Restricted, @C@ details\n")}, kPage, 4,
                kUnread));
    add(refused("LabelThenANoteInAHeading", {page_file("## Restricted (1)\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("LabelAfterACommaEndingALine",
                {page_file("Case review, Restricted\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelAfterACommaInATableCell",
                {page_file("| Item | Note |\n|---|---|\n| 6 | Restricted, @C@ details |\n")}, kPage,
                6, kUnread));
    add(refused("LabelsJoinedByAHyphen", {page_file("## Restricted-Protect\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("ClassificationIsLabel",
                {page_file("Classification is Restricted\n\n@C@ details.\n")}, kPage, 4, kUnread));
    add(refused("LabelThenTwoSpaces", {page_file("Restricted  @C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelThenAnEmSpace", {page_file("Restricted\u2003@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("CodeSpanAfterATitlesDash",
                {page_file("## Case review \u2013 `Restricted`\n\n@C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("LayoutMetaDescriptionIsALabel",
                {{"+layouts/partials/footer.mustache",
                  "<meta name=\"description\" content=\"Restricted: @C@ details\">\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    // A layout as its pages show it: a partial put in, a section with nothing
    // to show left out, an element hidden by its attributes left out.
    add(refused("LayoutLabelJoinedThroughAPartial",
                {{"layouts/partials/ending.mustache", "icted"},
                 {"+layouts/partials/footer.mustache", "<p>Restr{{> ending}}: @C@ names</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    add(refused("LayoutLabelJoinedOverAnEmptySection",
                {{"+layouts/partials/footer.mustache",
                  "<p>Restr{{#page.nothing}}ain{{/page.nothing}}icted: @C@ names</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    add(refused("LayoutLabelJoinedOverAHiddenElement",
                {{"+layouts/partials/footer.mustache",
                  "<p>Restr<span hidden>ain</span>icted: @C@ names</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    add(refused("AssetLabelJoinedOverAnElementStyledHidden",
                {{"assets/x.html",
                  "<p>Restr<span style=\"display: none\">ain</span>icted: @C@ names</p>\n"}},
                "assets/x.html", 1, kAssets));
    add(refused("SvgLabelSplitByAComment",
                {{"assets/images/s.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Restr<!-- x "
                  "-->icted</text><text y=\"20\">@C@ names</text></svg>\n"}},
                "assets/images/s.svg", 1, kAssets));

    add(shown("WordsAroundALabelStayWords",
              {page_file("## Restricted parking on Mill Road\n\nWe protect the public; @C@ "
                         "helped. Item 6 restricted parking.\n")}));

    // Red team round 10: a word that names a marking, then a label, then
    // running text on one line (as Office prints a sensitivity label).
    add(refused("NamingWordThenLabelThenText",
                {page_file("Sensitivity: Restricted @C@ lives at 4 Mill Road.\n")}, kPage, 4,
                "names a marking"));
    add(refused("NamingWordWithoutAColon", {page_file("GPMS Restricted @C@ notes.\n")}, kPage, 4,
                "names a marking"));
    add(refused("NamingWordsBeforeASpacedDash",
                {page_file("Security Classification - Restricted @C@ notes.\n")}, kPage, 4,
                "names a marking"));
    add(refused("NamingWordInAStatisticsDescription",
                {{kStatistics,
                  R"({"title": "Census", "description": "Handling: Protect @C@ figures",
 "categories": ["A"], "series": [{"name": "S", "values": [1]}]})"}},
                kStatistics, 1, "names a marking"));
    add(refused("NamingWordInACsvCell",
                funding_row("Mediation,SSCF Grant,50.00,Grants,Sensitivity: Restricted @C@ case,"),
                kCsv, 3, "names a marking"));
    add(shown("AdviceAfterALooseNamingWordStaysWords",
              {page_file("Vehicle security: protect your car. @C@ helped.\n")}));
    // Stamps of two words, '&' for "and", labels together in brackets.
    add(refused("PrivateAndConfidentialWithAnAmpersand",
                {page_file("@C@ lives at 4 Mill Road.\n\nPrivate & Confidential\n")}, kPage, 6,
                kUnread));
    add(refused("PersonalAndConfidentialLeadingText",
                {page_file("Personal and Confidential @C@ lives at 4 Mill Road.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelsTogetherInBrackets",
                {page_file("Case notes on @C@ (Restricted and Confidential).\n")}, kPage, 4,
                kUnread));
    add(refused("LabelsTogetherInSquareBracketsWithAnAmpersand",
                {page_file("Case notes on @C@ [Restricted & Confidential]\n")}, kPage, 4, kUnread));
    // Letters spaced out by wide gaps or tabs, which a page shows single-spaced.
    add(refused("LabelLetterSpacedByWideGaps",
                {page_file("@C@ lives at 4 Mill Road.\n\nR  E  S  T  R  I  C  T  E  D\n")}, kPage,
                6, kUnread));
    add(refused("LabelLetterSpacedByTabs",
                {page_file("@C@ lives at 4 Mill Road.\n\nP\tR\tO\tT\tE\tC\tT\n")}, kPage, 6,
                kUnread));
    add(refused("LabelLetterSpacedByWideGapsInOrdinaryCase",
                {page_file("@C@ lives at 4 Mill Road.\n\nP  r  o  t  e  c  t\n")}, kPage, 6,
                kUnread));
    // A right-to-left override laid out where it stands, not only the whole
    // line read backwards.
    add(refused("RightToLeftOverrideInBrackets",
                {page_file("Case notes on @C@ (&#x202E;detcirtseR&#x202C;)\n")}, kPage, 4,
                kUnread));
    add(refused("RightToLeftOverrideAfterAnItemNumber",
                {page_file("Item 6 \xE2\x80\xAE"
                           "detcirtseR\xE2\x80\xAC\n\n@C@ details.\n")},
                kPage, 4, kUnread));
    add(refused("RightToLeftOverrideBeforeAColon",
                {page_file("The family &#x202E;detcirtseR&#x202C;: @C@ details.\n")}, kPage, 4,
                kUnread));
    // "Protectively marked" where a label stands.
    add(refused("ProtectivelyMarkedInBrackets",
                {page_file("Case notes on @C@ (Protectively Marked)\n")}, kPage, 4,
                "PROTECTIVELY MARKED"));
    add(refused("ProtectivelyMarkedAsASentence",
                {page_file("Case notes on @C@. Protectively marked.\n")}, kPage, 4,
                "PROTECTIVELY MARKED"));
    add(refused("ProtectivelyMarkedAfterASpacedDash",
                {page_file("Case notes on @C@ - protectively marked\n")}, kPage, 4,
                "PROTECTIVELY MARKED"));
    // Letters of other scripts drawn as separators.
    add(refused("SyllabicsArrowAfterALabel",
                {page_file("Restricted \xE1\x90\x85 @C@ lives at 4 Mill Road.\n")}, kPage, 4,
                kUnread));
    add(refused("LisuDotAfterALabel",
                {page_file("Restricted \xEA\x93\xB8 @C@ lives at 4 Mill Road.\n")}, kPage, 4,
                kUnread));
    // Assets: words a script or a style puts together, capitals by a style.
    add(refused("ScriptJoinsWithConcat",
                {{"assets/js/stamp.js", "var s = \"PRO\".concat(\"TECT: @C@ names\");\n"}},
                "assets/js/stamp.js", 1, kAssets));
    add(refused("ScriptJoinsAPieceToAVariable",
                {{"assets/js/stamp.js", "var a = \"PRO\";\nvar s = `${a}TECT: @C@ names`;\n"}},
                "assets/js/stamp.js", 2, "a piece of it"));
    add(shown("ScriptJoinsOrdinaryWordsToVariables",
              {{"assets/js/ok.js", "var w = 3;\nvar s = w + \"px\" + ' @C@ ' + `${w}em`;\n"},
               page_file("Public.\n")}));
    add(refused("StylesheetMakesWordsBeforeAndAfter",
                {{"assets/css/stamp.css",
                  ".s::before { content: \"PRO\" } .s::after { content: \"TECT: @C@\" }\n"}},
                "assets/css/stamp.css", 1, "content: makes words"));
    add(refused("StylesheetShowsTitlesInCapitals",
                {{"assets/css/theme.css", ".prose h2 { text-transform: uppercase }\n"},
                 page_file("## Restricted information: @C@ names\n")},
                "assets/css/theme.css", 1, "capitals"));

    // Red team round 11: named references for punctuation, a code span or a
    // link whose text is the label where a label stands, letters spelt one by
    // one, percent-encoded addresses.
    add(refused("NamedReferencesMakeBrackets",
                {page_file("Case notes &lpar;Restricted&rpar; @C@ details.\n")}, kPage, 4,
                kUnread));
    add(refused("NamedReferenceEndsAPhrase", {page_file("## Restricted&semi; names of @C@\n")},
                kPage, 4, kUnread));
    add(refused("CodeSpanLabelInBrackets", {page_file("Case notes (`RESTRICTED`) @C@.\n")}, kPage,
                4, kUnread));
    add(refused("CodeSpanLabelInATableCell",
                {page_file("| item | marking |\n|---|---|\n| 6 | `Restricted` |\n\n@C@ names.\n")},
                kPage, 6, kUnread));
    add(refused("MarkedThenACodeSpanLeadingTheLine",
                {page_file("Marked `Restricted` @C@ names follow.\n")}, kPage, 4, kUnread));
    add(shown("CodeSpanNamingALabelInASentenceStaysWords",
              {page_file("That material is in the files, marked `PROTECT`, so that @C@ "
                         "helped.\n")}));
    add(refused("LinkTextLabelInBrackets",
                {page_file("Case notes ([Restricted](#case-notes)) @C@.\n")}, kPage, 4, kUnread));
    add(refused("LinkTextLabelBeforeAColon",
                {page_file("Minutes. [Restricted](https://example.org/): @C@ names.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelSpeltLetterByLetterInAnAddress",
                {page_file("See <https://example.org/r-e-s-t-r-i-c-t-e-d-@C@/>.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelPercentEncodedInAnAddress",
                {page_file("See <https://example.org/%52ESTRICTED-@C@>.\n")}, kPage, 4, kUnread));
    add(refused("LabelSpeltLetterByLetterInAFileName",
                {{"content/r-e-s-t-r-i-c-t-e-d-notes.md", pg("@C@ details.\n")}}, "content/…", 1,
                "name"));
    // Styles and scripts that show capitals or reorder words; layouts read as
    // a page with every value set draws them; elements never shown.
    add(refused("StylesheetCapitalsByAnEscape",
                {{"assets/css/theme.css", "h1 { text-transform: \\75ppercase; }\n"},
                 page_file("@C@ names.\n")},
                "assets/css/theme.css", 1, "capitals"));
    add(refused("StylesheetCapitalsByAVariable",
                {{"assets/css/theme.css", "h1 { --u: uppercase; text-transform: var(--u); }\n"},
                 page_file("@C@ names.\n")},
                "assets/css/theme.css", 1, "capitals"));
    add(refused("StylesheetReordersBoxes",
                {{"assets/css/theme.css", ".f { display: flex; } .first { order: -1; }\n"},
                 page_file("@C@ names.\n")},
                "assets/css/theme.css", 1, "reordered"));
    add(refused("ScriptPutsPageTextInCapitals",
                {{"assets/js/up.js", "h.textContent = h.textContent.toUpperCase();\n"},
                 page_file("@C@ names.\n")},
                "assets/js/up.js", 1, "script"));
    add(refused("ScriptLiteralInCapitals",
                {{"assets/js/up.js", "var s = \"protect personal: @C@\".toUpperCase();\n"}},
                "assets/js/up.js", 1, kUnread));
    add(refused("ScriptAddsAPieceToAVariable",
                {{"assets/js/up.js", "var a = \"RESTR\";\na += \"ICTED: @C@\";\n"}},
                "assets/js/up.js", 2, "a piece of it"));
    add(refused("LayoutInvertedSectionOfASetValue",
                {{"+layouts/partials/footer.mustache",
                  "<p>RESTR{{^site.title}}zz{{/site.title}}ICTED @C@</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    add(refused("LayoutNoscriptInsideALabel",
                {{"+layouts/partials/footer.mustache",
                  "<p>Restr<noscript>, with scripts off,</noscript>icted: @C@</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));
    add(refused(
        "LayoutTemplateInsideALabel",
        {{"+layouts/partials/footer.mustache", "<p>RESTR<template>zz</template>ICTED @C@</p>\n"}},
        "layouts/partials/footer.mustache", 8, "layout"));
    add(refused("SvgTspanPlacedApart",
                {{"assets/images/s.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\"><tspan "
                  "x=\"53\">ICTED @C@</tspan></text><text y=\"20\" x=\"0\">RESTR</text></svg>\n"}},
                "assets/images/s.svg", 1, "placed"));
    add(refused("PngTextWithALookAlikeLetter",
                {{"assets/photo.png", std::string("\x89PNG\r\n\x1A\n", 8) +
                                          std::string("\0\0\0\x1EiTXtTitle\0\0\0\0\0", 15) +
                                          "R\xD0\x95STRICTED @C@" + std::string("\0\0\0\0", 4)}},
                "assets/photo.png", 0, "capitals"));

    // Red team round 12: a YAML tag before a value, a label with a capital
    // closing a sentence or after a word that grades, labels of several
    // words in a sentence, stroked look-alikes, letters joined by '+'.
    add(refused("YamlTagBeforeAValue", {page_file("@C@ details.\n", "summary: !!str Restricted\n")},
                kPage, 3, kUnread));
    add(refused("CapitalisedLabelClosingASentence",
                {page_file("This paper is Restricted. It names @C@.\n")}, kPage, 4, kUnread));
    add(refused("CapitalisedLabelAfterAWordThatGrades",
                {page_file("Please treat as Confidential all that names @C@.\n")}, kPage, 4,
                kUnread));
    add(refused("LabelOfSeveralWordsInASentence",
                {page_file("The report contains exempt information under Schedule 12A: @C@.\n")},
                kPage, 4, kUnread));
    add(shown("StaffInConfidenceInASentenceStaysWords",
              {page_file("We spoke to staff in confidence; @C@ helped.\n")}));
    add(refused("StrokedLookAlikeLetters",
                {page_file("\xC9\x8C"
                           "estricted: @C@ names.\n")},
                kPage, 4, kUnread));
    add(refused("LettersJoinedByPlusSigns", {page_file("R+E+S+T+R+I+C+T+E+D @C@ names.\n")}, kPage,
                4, kUnread));

    add(refused("LabelWrittenDownThePage",
                {page_file("R\nE\nS\nT\nR\nI\nC\nT\nE\nD\n\n@C@ names.\n")}, kPage, 4,
                "written down the page"));
    add(refused("LabelWrittenDownListItemsAndHeadings",
                {page_file("- P\n- **R**\n\n# O\n\n| T |\n\n1. E\n2. C\n3. T\n\n@C@ names.\n")},
                kPage, 4, "written down the page"));
    add(refused("LabelWrittenDownADataText",
                report("\"P\\nR\\nO\\nT\\nE\\nC\\nT\\n\\n@C@ names.\""), kReport, 7,
                "written down the page"));
    add(shown("LettersDownThePageThatSpellNoLabel",
              {page_file("A\nB\nC\nD\nE\n\n@C@ is public.\n")}));
    add(refused("AbbreviatedOfficialSensitive", {page_file("OFFSENS: @C@ names.\n")}, kPage, 4,
                kUnread));
    add(refused("AbbreviatedOfficialSensitiveHyphenated",
                {page_file("## Case review (Off-Sen)\n\n@C@ names.\n")}, kPage, 4, kUnread));

    // ---- Red team round 13: content.
    add(refused("LabelOfSeveralWordsWithAWordAfter",
                {page_file("The appendix is not for publication and the family at @C@ met.\n")},
                kPage, 4, "a label of several words"));
    add(refused("LabelClosingABracketedAside",
                {page_file("Item 9 (Case review \xE2\x80\x93 Restricted): the family at @C@.\n")},
                kPage, 4, kUnread));
    add(refused("LabelClosingAnAsideAfterAComma",
                {page_file("The family (case, restricted) at @C@ met.\n")}, kPage, 4,
                "closes a bracket"));
    add(refused("LabelClosingAnAsideInACsvCell",
                funding_row("Case move (Part II - Restricted) @C@,SSCF Grant,50.00,Grants,x,"),
                kCsv, 3, kUnread));
    add(shown("WordsAfterACommaInBracketsStayWords",
              {page_file("Parking (residents, restricted hours) near @C@ is public.\n")}));
    add(refused(
        "LabelAsAReferenceLink",
        {page_file("[Restricted][r]\n\nThe family at @C@.\n\n[r]: https://example.org/gsc\n")},
        kPage, 4, kUnread));
    add(refused("LabelsTogetherAsReferenceLinks",
                {page_file("[Confidential][r] [Restricted][r] the family at @C@.\n\n"
                           "[r]: https://example.org/gsc\n")},
                kPage, 4, "with other labels"));
    add(refused("StatutoryExemptionWording",
                {page_file("This report is exempt from publication by virtue of paragraph 1 of "
                           "Schedule 12A. The family at @C@.\n")},
                kPage, 4, kUnread));
    add(refused("ScheduleTwelveAAlone",
                {page_file("Confidential by virtue of paragraph 1 of Schedule 12A: @C@.\n")}, kPage,
                4, kUnread));
    add(refused("HandlingInstructionInLowerCase",
                {page_file("Please treat as confidential. The family at @C@ met.\n")}, kPage, 4,
                "handling instruction"));
    add(refused("DoNotPublishBanner",
                {page_file("DO NOT PUBLISH \xE2\x80\x93 the family at @C@.\n")}, kPage, 4,
                kUnread));
    add(refused("SensitiveAloneOnItsLine", {page_file("SENSITIVE\n\nThe family at @C@.\n")}, kPage,
                4, kUnread));
    add(refused("CapitalisedLabelAfterStamped",
                {page_file("This annex is stamped Restricted and names @C@.\n")}, kPage, 4,
                kUnread));
    add(shown("TreatedAsConfidentialIsADescription",
              {page_file("Calls to the helpline are treated as confidential; @C@ is public.\n")}));
    add(refused("ShouldBeHandledAsRestricted",
                {page_file("This report should be handled as restricted information: @C@.\n")},
                kPage, 4, kUnread));

    // ---- Red team round 13: layouts, assets, names.
    add(refused(
        "AssetLabelSplitIntoBoxesInAnyOrder",
        {{"assets/x.html",
          "<p class=\"x\"><span class=\"b\">TECTED: @C@</span><span class=\"a\">PRO</span></p>\n"}},
        "assets/x.html", 1, "split between separate boxes"));
    add(refused("LayoutSvgTextPiecesPlacedOutOfOrder",
                {{"+layouts/partials/footer.mustache",
                  "<svg><text x=\"52\">TECTED: @C@</text><text x=\"10\">PRO</text></svg>\n"}},
                "layouts/partials/footer.mustache", 8, "split between separate boxes"));
    add(refused("LayoutPieceAgainstAValue",
                {{"+layouts/partials/footer.mustache", "<p>PRO{{site.title}}</p>\n<p>@C@</p>\n"}},
                "layouts/partials/footer.mustache", 8, "against a value"));
    add(refused(
        "LayoutWordNamingAMarkingBeforeAValue",
        {{"+layouts/partials/footer.mustache", "<p>Sensitivity: {{site.title}}</p>\n<p>@C@</p>\n"}},
        "layouts/partials/footer.mustache", 8, "names a marking stands before a value"));
    add(shown("LayoutWordsAgainstValuesStayWords",
              {{"+layouts/partials/footer.mustache",
                "<p>{{site.title}} report, not in the {{site.title}} report. @C@</p>\n"}}));
    add(refused("LayoutPageInAnIframeSrcdoc",
                {{"+layouts/partials/footer.mustache",
                  "<iframe srcdoc=\"&lt;p&gt;&amp;#82;ESTRICTED: @C@&lt;/p&gt;\"></iframe>\n"}},
                "layouts/partials/footer.mustache", 8, "srcdoc"));
    add(refused("AssetDataUriWithReferencesBeforeItsEscapes",
                {{"assets/x.html",
                  "<img src=\"data:image/svg+xml,&lt;svg&gt;&lt;text&gt;&amp;%2382;ESTRICTED: "
                  "@C@&lt;/text&gt;&lt;/svg&gt;\">\n"}},
                "assets/x.html", 1, "data: address"));
    add(refused("AssetDeclaringALegacyEncoding",
                {{"assets/x.svg",
                  "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<svg><text>R\xC5STRICTED: "
                  "@C@</text></svg>\n"}},
                "assets/x.svg", 0, "not UTF-8"));
    add(refused("AssetDeclaringAnotherEncodingInUtf8",
                {{"assets/x.css", "@charset \"koi8-r\";\n/* @C@ */\n"}}, "assets/x.css", 0,
                "declares an encoding other than UTF-8"));
    add(refused("AssetCompressedWebFont", {{"assets/fonts/x.woff2", "wOF2\x01\x02 @C@"}},
                "assets/fonts/x.woff2", 0, "WOFF"));
    add(refused(
        "AssetXmlStyledByXslt",
        {{"assets/x.xml", "<?xml-stylesheet type=\"text/xsl\" href=\"show.xml\"?>\n<w>@C@</w>\n"}},
        "assets/x.xml", 0, "XSLT"));
    add(refused("AssetScriptOctalEscape",
                {{"assets/js/extra.js", "var banner = \"\\122ESTRICTED: @C@\";\n"}},
                "assets/js/extra.js", 1, kAssets));
    add(refused("AssetCommentClosedWithABang",
                {{"assets/x.html", "<h1>PRO<!--x--!>TECT: @C@</h1>\n"}}, "assets/x.html", 1,
                kAssets));
    add(refused("NameSpeltLetterByLetterAcrossFolders",
                {{"assets/R/E/S/T/R/I/C/T/E/D/@C@.txt", "Public.\n"}},
                "assets/R/E/S/T/R/I/C/T/E/D/\xE2\x80\xA6", 0, "name"));
    add(refused("NameSplitAtAFolder", {{"content/RESTR/ICTED-@C@.md", pg("Public.\n")}},
                "content/RESTR/\xE2\x80\xA6", 1, "name"));
    add(refused("AssetListMarkersFromACounterStyle",
                {{"assets/x.css", "@counter-style m { system: extends upper-alpha; } /* @C@ */\n"}},
                "assets/x.css", 0, "list markers"));
    add(refused("LayoutListItemsGivenTheirOwnNumbers",
                {{"+layouts/partials/footer.mustache",
                  "<ol><li value=\"16\"></li><li value=\"18\"></li></ol><p>@C@</p>\n"}},
                "layouts/partials/footer.mustache", 0, "list markers"));
    add(refused("AssetSmallCapsByQuotedFeatures",
                {{"assets/x.css", "h1 { font-feature-settings: \"c2sc\", \"smcp\"; } /* @C@ */\n"}},
                "assets/x.css", 0, "small-caps"));
    add(refused(
        "LayoutDownloadNameWithALabel",
        {{"+layouts/partials/footer.mustache",
          "<a href=\"/x.txt\" download=\"Restricted-minutes.txt\">minutes</a><p>@C@</p>\n"}},
        "layouts/partials/footer.mustache", 8, "download="));
    add(refused("LayoutMissingPartialWithAMarkedName",
                {{"+layouts/partials/footer.mustache", "<p>{{> RESTRICTED-@C@}}</p>\n"}},
                "layouts/partials/footer.mustache", 8, "layout"));

    // ---- Red team round 14: texts that read as marked only where they are
    // joined (a page's layout, a record's fields, a table's cells).
    add(refused("ValuesJoinedByALayout",
                {{"content/c.md",
                  "---\ntitle: Case review Res\nsummary: \"tricted: @C@ names\"\n"
                  "---\nBody.\n"},
                 {"+layouts/partials/footer.mustache",
                  "<p>{{page.title}}<span>{{page.summary}}</span></p>\n"}},
                kPage, 0, "reads together as 'RESTRICTED'"));
    add(refused(
        "ListItemsRunTogetherByALayout",
        {{"site.json", site_json("\"Test Partnership\"",
                                 "[{\"title\": \"Res\", \"url\": \"about/\"},\n"
                                 "    {\"title\": \"tricted: @C@\", \"url\": \"about/\"}]")},
         {"+layouts/partials/footer.mustache", "<p>{{#nav}}{{title}}{{/nav}}</p>\n"}},
        "content/index.md", 0, "reads together as 'RESTRICTED'"));
    add(refused("SectionTextAgainstAValue",
                {page_file("Body.\n", "summary: \"tricted: @C@ names\"\n"),
                 {"+layouts/partials/footer.mustache",
                  "<p>{{#page.summary}}Res{{/page.summary}}{{page.summary}}</p>\n"}},
                kPage, 0, "reads together as 'RESTRICTED'"));
    add(shown("ValuesSideBySideThatSpellNoLabel",
              {page_file("Body.\n", "summary: \"tricted roads: @C@ names\"\n"),
               {"+layouts/partials/footer.mustache",
                "<p>{{page.title}}<span>{{page.summary}}</span></p>\n"}}));
    add(refused("LabelSplitBetweenTwoFieldsOfARecord",
                {{"data/plans/p1.json",
                  R"({"id": "p1", "title": "Plan of public works", "priorities": [
 {"number": 1, "title": "Safer public streets", "actions": [{"number": "RESTRIC",
  "title": "TED: @C@ action", "milestones": [{"id": "1.1a", "title": "Publish the timetable"}]}]}]}
)"}},
                "data/plans/p1.json", 3, "two fields of one record"));
    add(refused("LabelSplitBetweenTwoCellsOfACsvRow",
                funding_row("Mediation,SSCF Grant,50.00,Grants Restric-,ted: @C@ case,"), kCsv, 3,
                "two fields of one record"));
    add(refused("LabelSplitBetweenTwoTableCells",
                {page_file("| Case RESTRIC | TED: @C@ names |\n|---|---|\n| a | b |\n")}, kPage, 4,
                "two fields of one record"));
    add(refused("MarkingFieldWithAValueThatIsNoLabel",
                {page_file("Protective Marking: Restr.\n\n@C@ notes.\n")}, kPage, 4,
                "no label site.json lists"));
    add(refused("MarkingFieldInATableRow",
                {page_file("| Protective Marking | Restr. |\n|---|---|\n| Subject | @C@ |\n")},
                kPage, 4, "heads a table's column"));
    add(refused("MarkingFieldBesideItsValueInATableRow",
                {page_file("| Protective Marking | Restr. |\n\n@C@ notes.\n")}, kPage, 4,
                "in a table row"));
    add(shown("HeadingAboutMarkingFieldsStaysATitle",
              {page_file("## Security classification: how papers are marked\n\n@C@ guide.\n")}));
    add(refused("LabelInAYamlTagBeforeAValue",
                {page_file("Body.\n", "summary: !Restricted @C@ names\n")}, kPage, 3,
                "YAML tag or anchor"));
    add(refused("LabelInLowerCaseInAYamlComment",
                {page_file("Body.\n", "summary: @C@ names # restricted\n")}, kPage, 3,
                "comment after the value"));
    add(refused("HandlingBannerNotForDisclosure", {page_file("NOT FOR DISCLOSURE\n\n@C@ notes.\n")},
                kPage, 4, kUnread));
    add(refused("WelshMarking", {page_file("CYFYNGEDIG\n\n@C@ notes.\n")}, kPage, 4, kUnread));
    add(refused("LookAlikeThreeForE", {page_file("R3STRICTED\n\n@C@ notes.\n")}, kPage, 4,
                kUnread));
    add(refused("LookAlikeBangForI", {page_file("RESTR!CTED\n\n@C@ notes.\n")}, kPage, 4, kUnread));
    add(refused("LookAlikeBarTwoForR", {page_file("|2ESTRICTED\n\n@C@ notes.\n")}, kPage, 4,
                kUnread));
    add(shown("ExclamationAndBarsBetweenWordsStayPunctuation",
              {page_file("Well done!Restricted parking | on Mill|Road; @C@ helped.\n")}));
    add(refused("HandlingBannerThatSaysWhoMayRead",
                {page_file("FOR BOARD MEMBERS ONLY\n\n@C@ notes.\n")}, kPage, 4,
                "handling banner"));
    add(refused("HandlingBannerOfOneAudience", {page_file("POLICE ONLY - @C@ notes.\n")}, kPage, 4,
                "handling banner"));
    add(shown("OnlyInASentenceStaysWords",
              {page_file("Residents only need to register once; @C@ helped.\n")}));
    add(refused("LabelBrokenByAHyphenAndASpace",
                {page_file("The board heard this restric- ted item: @C@ names.\n")}, kPage, 4,
                "hyphen and a space"));
    add(refused("LabelWithAHyphenInsideLeadingALine", {page_file("Re-stricted\n\n@C@ notes.\n")},
                kPage, 4, kUnread));
    add(shown("HyphenatedWordsStayWords",
              {page_file("Re-offending fell; co- and re-ordination helped @C@.\n")}));
    add(refused("LabelLeadingAPartOfAPaper", {page_file("## 3.2 Restricted annex\n\n@C@ names.\n")},
                kPage, 4, kUnread));
    add(shown("LabelBeforeAnOrdinaryWordStaysATitle",
              {page_file("## Restricted parking on Mill Road\n\n@C@ helped.\n")}));
    add(refused("LabelWithALetterSlippedAloneOnALine", {page_file("RESTRICED\n\n@C@ notes.\n")},
                kPage, 4, "letter slipped"));
    add(refused("LabelWithLettersSwappedInBrackets",
                {page_file("Forwarded [Confidnetial] @C@ notes.\n")}, kPage, 4, "letter slipped"));
    add(refused("LabelWithALetterSlippedInAJsonNarrative", report("\"Confidental: @C@ case.\""),
                kReport, 7, "letter slipped"));
    add(shown("WordsOneLetterFromALabelInASentenceStay",
              {page_file("Parking is restricter here; the protest was confidently run; @C@.\n")}));
    add(refused("ProtectivelyMarkedInAPageName",
                {{"content/PROTECTIVELY-MARKED-@C@.md", pg("@C@ details.\n")}}, "content/…", 1,
                "in the name of the file"));

    // ---- Red team round 15.
    add(refused("ProcessingInstructionInsideALabel",
                {page_file("## Res<?x?>tricted\n\n@C@ notes.\n")}, kPage, 4, kUnread));
    add(refused("ProcessingInstructionInsideACapitalLabel",
                {page_file("The board read PRO<?"
                           "?>TECTED notes: @C@.\n")},
                kPage, 4, kUnread));
    add(refused("HandlingBannerOfHowFarItMayGo",
                {page_file("NOT FOR ONWARD CIRCULATION\n\n@C@ notes.\n")}, kPage, 4,
                "handling banner"));
    add(refused("HandlingBannerOfLimitedDistribution",
                {page_file("LIMITED DISTRIBUTION\n\n@C@ notes.\n")}, kPage, 4, "handling banner"));
    add(refused("HandlingBannerThatForbidsForwarding",
                {page_file("DO NOT FORWARD\n\n@C@ notes.\n")}, kPage, 4, "handling banner"));
    add(refused("HandlingBannerInTitleCaseOnALineOfItsOwn",
                {page_file("For Board Members Only\n\n@C@ notes.\n")}, kPage, 4,
                "handling banner"));
    add(shown("BannerWordsInASentenceStayWords",
              {page_file("Members only need one card, not for the faint-hearted; @C@ ran it.\n")}));
    add(refused("PrivateAndPersonal", {page_file("PRIVATE AND PERSONAL\n\n@C@ notes.\n")}, kPage, 4,
                kUnread));
    add(refused("WelshProtect", {page_file("DIOGELU\n\n@C@ notes.\n")}, kPage, 4, kUnread));
    add(refused("LabelBeforeAPageFootersFurniture",
                {page_file("@C@ notes.\n\nRestricted Page 3 of 7\n")}, kPage, 6, kUnread));
    add(refused("LabelBeforeADate", {page_file("## Restricted 01/02/2011\n\n@C@ notes.\n")}, kPage,
                4, kUnread));
    add(refused("LabelBeforeAVersionInATableCell",
                {page_file("| Case | Restricted Draft v0.3 |\n|---|---|\n| @C@ | x |\n")}, kPage, 4,
                kUnread));
    add(shown("LabelBeforeAnOrdinaryWordInACellStaysWords",
              {page_file("| Road | Restricted parking |\n|---|---|\n| @C@ | x |\n")}));
    add(refused("LabelOfSeveralWordsOverALineBreak",
                {page_file("The minutes are not for\npublication: @C@ names.\n")}, kPage, 4,
                "over a line break"));
    add(refused("LabelOfSeveralWordsOverABlankLine",
                {page_file("## Not for\n\npublication: @C@ names.\n")}, kPage, 4,
                "over a line break"));
    add(refused("LabelOfSeveralWordsOverTwoListItems",
                {page_file("- Not for\n- publication: @C@ names.\n")}, kPage, 4,
                "over a line break"));
    add(shown("LabelWordOverABlankLineStaysWords",
              {page_file("We will protect\n\nvulnerable people; @C@ agreed.\n")}));
    add(shown("NotForOverALineBreakInASentenceStaysWords",
              {page_file("It is not for\nthe board to decide; @C@ agreed.\n")}));
    add(refused("LabelInANameBrokenByAHyphen",
                {{"content/board-pack-Restric-ted-@C@.md", pg("@C@ details.\n")}}, "content/…", 1,
                "in the name of the file"));
    add(refused("LabelInANameBrokenByAnUnderscore", {{"assets/con_fidential-@C@.txt", "notes\n"}},
                "assets/…", 1, "in the name of the file"));
    add(refused("ControlCharacterInsideALabel",
                {page_file("RESTRI\x0b"
                           "CTED: @C@ notes.\n")},
                kPage, 4, "invisible control character (U+000B)"));
    add(refused("ControlCharacterEscapeInFrontMatter",
                {page_file("Body.\n", "summary: \"RESTRI\\bCTED: @C@\"\n")}, kPage, 3,
                "the escape '\\b' writes an invisible control character (U+0008)"));
    add(refused("ControlCharacterEscapeInJson", report("\"RESTRI\\u000bCTED: @C@ case.\""), kReport,
                7, "writes an invisible control character (U+000B)"));
    add(refused("BlocksSideBySideInALayout",
                {page_file("publication: @C@ names.\n", "summary: Not for\n"),
                 {"+layouts/partials/footer.mustache",
                  "<p class=\"lead\">{{page.summary}}</p><div>{{{content}}}</div>\n"}},
                kPage, 0, "reads together as 'NOT FOR PUBLICATION'"));
    add(refused("LayoutWordsInABlockBeforeAValue",
                {page_file("Body.\n", "summary: \"TED: @C@ names\"\n"),
                 {"+layouts/partials/footer.mustache", "<p>PROTEC</p><p>{{page.summary}}</p>\n"}},
                kPage, 0, "reads together as"));
    add(refused("SvgTextAlongAPath",
                {{"assets/stamp.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><path id=\"p\" d=\"M84 30 "
                  "L384 30 M0 30 L84 30\"/></defs>\n<text><textPath href=\"#p\">TED: @C@ "
                  "RESTRIC</textPath></text></svg>\n"}},
                "assets/stamp.svg", 1, "<textPath>"));
    add(refused("StatisticsTotalBesideAWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ caseload\", \"categories\": [\"A\", \"B\", \"C\", "
                  "\"Total\"],\n"
                  " \"series\": [{\"name\": \"2009-10\",\n"
                  "  \"values\": [40, {\"value\": 17, \"marking\": \"PROTECT\"}, 30,\n"
                  "  87]}]}\n"}},
                "data/statistics/totals.json", 4, "gives the withheld figure away"));
    // Round 19 (B03, B04, B06, B07, B08): an order statistic, a running total
    // after the withheld place, a difference or a rate by another name, and
    // shares of a whole in per cent.
    for (const auto& [name, line, json] : std::vector<std::tuple<std::string, int, std::string>>{
             {"HighestWardBesideAWithheldFigure", 3,
              "{\"title\": \"@C@ burglaries\",\n"
              " \"categories\": [\"Histon\", \"Sawston\", \"Linton\", \"Highest ward\"],\n"
              " \"series\": [{\"name\": \"2010\", \"values\": [12, {\"value\": 47, "
              "\"marking\": \"PROTECT\"}, 7, 47]}]}\n"},
             {"RunningTotalAfterTheWithheldPlace", 3,
              "{\"title\": \"@C@ burglaries\", \"categories\": [\"Apr\", \"May\", \"Jun\"],\n"
              " \"series\": [{\"name\": \"Month\", \"values\": [5, {\"value\": 47, "
              "\"marking\": \"PROTECT\"}, 7]},\n"
              "  {\"name\": \"Year to date\", \"values\": [5, {\"value\": 52, \"marking\": "
              "\"PROTECT\"}, 59]}]}\n"},
             {"OverTargetByBesideAWithheldFigure", 3,
              "{\"title\": \"@C@ burglaries\", \"categories\": [\"A\", \"B\", \"C\"],\n"
              " \"series\": [{\"name\": \"Recorded\", \"values\": [12, {\"value\": 47, "
              "\"marking\": \"PROTECT\"}, 7]},\n"
              "  {\"name\": \"Over target by\", \"values\": [2, 7, -3]}]}\n"},
             {"RatePerHouseholdsBesideAWithheldFigure", 3,
              "{\"title\": \"@C@ burglaries\", \"categories\": [\"A\", \"B\", \"C\"],\n"
              " \"series\": [{\"name\": \"Offences\", \"values\": [12, {\"value\": 47, "
              "\"marking\": \"PROTECT\"}, 7]},\n"
              "  {\"name\": \"Rate per 1,000 households\", \"values\": [3.0, 9.4, 3.5]}]}\n"},
             {"SharesOfAWholeWithOneWithheld", 3,
              "{\"title\": \"@C@ victims by age\", \"unit\": \"% of victims\",\n"
              " \"categories\": [\"16-24\", \"25-44\", \"45-64\", \"65+\"],\n"
              " \"series\": [{\"name\": \"All\", \"values\": [22.5, 48.0, 27.0, "
              "{\"value\": 2.5, \"marking\": \"PROTECT\"}]}]}\n"},
         })
        add(refused("Round19" + name, {{"data/statistics/derived.json", json}},
                    "data/statistics/derived.json", line, "gives the withheld figure away"));
    add(refused("StatisticsSeriesOfTotalsBesideAWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ caseload\", \"categories\": [\"A\", \"B\"],\n"
                  " \"series\": [{\"name\": \"North\", \"values\": [{\"value\": 3, "
                  "\"marking\": \"PROTECT\"}, 5]},\n"
                  "  {\"name\": \"South\", \"values\": [4, 6]},\n"
                  "  {\"name\": \"All\", \"values\": [7, 11]}]}\n"}},
                "data/statistics/totals.json", 4, "gives the withheld figure away"));
    add(refused("ReportStatisticsTotalBesideAWithheldFigure",
                report("\"Met twice.\"",
                       "\"statistics\": [{\"title\": \"@C@ referrals\", \"values\": "
                       "{\"Individuals\": 4, \"Families\": {\"value\": 3, \"marking\": "
                       "\"PROTECT\"}, \"Areas\": 1, \"Total\": 8}}],"),
                kReport, 6, "gives the withheld figure away"));

    // ---- Red team round 16.
    add(refused("LabelAfterItsOwnersName",
                {page_file("NHS Confidential – patient information: @C@.\n")}, kPage, 4,
                "owner or scheme"));
    add(refused("LabelAfterItsOwnersNameInAMarkingField",
                {page_file("Classification: Police Restricted – handle via secure email\n\n"
                           "@C@ names.\n")},
                kPage, 4, kUnread));
    add(shown("LabelAfterANameBeforeAWordStaysATitle",
              {page_file("Council Restricted Parking Zones cover Mill Road; @C@ agreed.\n")}));
    add(refused("PrivateAndConfidentialAbbreviated", {page_file("Priv & Conf – @C@ names.\n")},
                kPage, 4, kUnread));
    add(refused("HandlingBannerInCapitalsLeadingText",
                {page_file("INTERNAL USE ONLY @C@ names.\n")}, kPage, 4, "handling banner"));
    add(refused("StrictlyPrivate", {page_file("STRICTLY PRIVATE\n\n@C@ names.\n")}, kPage, 4,
                kUnread));
    add(refused("GermanMarking", {page_file("Vertraulich: @C@ names.\n")}, kPage, 4, kUnread));
    add(refused("InflectedLabelLeadingAHeadingBeforeAColon",
                {page_file("## Protected: names of @C@\n")}, kPage, 4, kUnread));
    add(shown("InflectedLabelInATitleStaysWords",
              {page_file("## Protected species of the county\n\n@C@ counted them.\n")}));
    add(refused("StatisticsRunningTotalBesideAWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ caseload\", \"categories\": [\"Q1\", \"Q2\", \"Q3\"],\n"
                  " \"series\": [{\"name\": \"Quarter\", \"values\": [100, {\"value\": 40, "
                  "\"marking\": \"PROTECT\"}, 30]},\n"
                  "  {\"name\": \"Year to date\", \"values\": [100, 140, 170]}]}\n"}},
                "data/statistics/totals.json", 3, "gives the withheld figure away"));
    add(refused("StatisticsShareBesideAWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ caseload\", \"categories\": [\"A\", \"B\", \"C\"],\n"
                  " \"series\": [{\"name\": \"Cases\", \"values\": [120, {\"value\": 60, "
                  "\"marking\": \"PROTECT\"}, 20]},\n"
                  "  {\"name\": \"Per cent\", \"values\": [60, 30, 10]}]}\n"}},
                "data/statistics/totals.json", 3, "gives the withheld figure away"));
    add(refused("StatisticsTotalNotTheExactSum",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ caseload\", \"categories\": [\"A\", \"B\", \"C\", "
                  "\"Total (incl. 1 unknown)\"],\n"
                  " \"series\": [{\"name\": \"Cases\", \"values\": [120, {\"value\": 60, "
                  "\"marking\": \"PROTECT\"}, 20, 201]}]}\n"}},
                "data/statistics/totals.json", 2, "gives the withheld figure away"));

    // Red team round 17: a figure worked out as an average or a change, a
    // text that writes the withheld figure out.
    add(refused("StatisticsAverageBesideAWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ referrals\", \"categories\": [\"Cambourne\", \"Histon\", "
                  "\"Average per district\"],\n"
                  " \"series\": [{\"name\": \"2010\", \"values\": [{\"value\": 4817, "
                  "\"marking\": \"PROTECT\"}, 15, 2416]}]}\n"}},
                "data/statistics/totals.json", 2, "gives the withheld figure away"));
    add(refused("StatisticsChangeSeriesBesideAWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ referrals\", \"categories\": [\"Cambourne\", \"Histon\"],\n"
                  " \"series\": [{\"name\": \"2009\", \"values\": [4000, 12]},\n"
                  "  {\"name\": \"2010\", \"values\": [{\"value\": 4817, \"marking\": "
                  "\"PROTECT\"}, 15]},\n"
                  "  {\"name\": \"Change 2009 to 2010\", \"values\": [817, 3]}]}\n"}},
                "data/statistics/totals.json", 4, "gives the withheld figure away"));
    add(refused("StatisticsDescriptionWritesTheWithheldFigureOut",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ referrals\",\n"
                  " \"description\": \"Cambourne had 4,817 referrals, the most.\",\n"
                  " \"categories\": [\"Cambourne\", \"Histon\"],\n"
                  " \"series\": [{\"name\": \"2010\", \"values\": [{\"value\": 4817, "
                  "\"marking\": \"PROTECT\"}, 12]}]}\n"}},
                "data/statistics/totals.json", 2, "writes out a figure that the file withholds"));
    add(shown("StatisticsDescriptionWithOtherFiguresBuilds",
              {{"data/statistics/totals.json",
                "{\"title\": \"@C@ referrals\",\n"
                " \"description\": \"Figures for 2010, in 2 districts; 48,170 in the county.\",\n"
                " \"categories\": [\"Cambourne\", \"Histon\"],\n"
                " \"series\": [{\"name\": \"2010\", \"values\": [{\"value\": 4817, "
                "\"marking\": \"PROTECT\"}, 12]}]}\n"}}));
    // Red team round 17: business taken in private, an embargo, a bare
    // PRIVATE stamp, the statutory inspection wording, OFFICIAL with a
    // descriptor or a condition, verbs that give a classification, a
    // marking field over its value.
    add(refused("PrivateSessionHeading", {page_file("## Private session\n\n@C@ names.\n")}, kPage,
                4, "handling banner"));
    add(refused("PartTwoPrivateBanner", {page_file("PART 2 \xE2\x80\x93 PRIVATE\n\n@C@ names.\n")},
                kPage, 4, "handling banner"));
    add(refused("PartTwoTakenInPrivate",
                {page_file("## Part II \xE2\x80\x93 items to be taken in private\n\n@C@ names.\n")},
                kPage, 4, "handling banner"));
    add(refused("EmbargoBanner",
                {page_file("Embargoed until 00:01 on 4 February 2031\n\n@C@ names.\n")}, kPage, 4,
                "handling banner"));
    add(refused("PrivateStampAlone", {page_file("PRIVATE\n\n@C@ names.\n")}, kPage, 4,
                "handling banner"));
    add(refused("NotOpenToPublicInspection",
                {page_file("Not open to public inspection\n\n@C@ names.\n")}, kPage, 4,
                "handling banner"));
    add(refused("OfficialWithADescriptorAndNoDash",
                {page_file("OFFICIAL COMMERCIAL\n\n@C@ price.\n")}, kPage, 4, kUnread));
    add(refused("PublishableLabelWithACondition",
                {page_file("NOT PROTECTIVELY MARKED until the names below are removed\n\n@C@ "
                           "names.\n")},
                kPage, 4, kUnread));
    add(refused("ClassifiedAsInLowerCase",
                {page_file("This email was classified as restricted by the sender: @C@.\n")}, kPage,
                4, kUnread));
    add(refused("LabelledInLowerCase",
                {page_file("The report was labelled restricted by the police: @C@.\n")}, kPage, 4,
                kUnread));
    add(refused("MarkingFieldOnItsOwnLineOverItsValue",
                {page_file("**Protective marking**\n\nRestricted parking on Mill Road, @C@.\n")},
                kPage, 4, "on a line of its own"));
    // Red team round 17: a spreadsheet's formula in a CSV asset; a label run
    // into a part's word, or misspelt, in a name.
    add(refused("FormulaInACsvAssetJoinsALabel",
                {{"assets/files/case-list.csv",
                  "ref,notes\n1,\"=\"\"RESTRIC\"\"&\"\"TED: @C@\"\"\"\n2,=CHAR(80)&\"ROTECT\"\n"}},
                "assets/files/case-list.csv", 1, "a formula that makes text"));
    add(refused("LabelRunIntoAPartWordInAName",
                {{"assets/files/restrictedcopy-@C@.txt", "notes\n"}}, "assets/files/…", 1,
                "in the name of the file"));
    add(refused("MisspeltLabelInAName", {{"assets/files/@C@-CONFIDENTAL.txt", "notes\n"}},
                "assets/files/…", 1, "in the name of the file"));
    add(shown("NamesThatBeginWithALabelsWordStayNames",
              {{"assets/files/confidentiality-secretary-protection.txt", "@C@ notes\n"}}));
    // Red team round 18: a withheld figure written out at a sentence's end,
    // a total in prose, a withheld amount restated in another funding row;
    // embargo and private-business wording anywhere; a label before a part's
    // word; banners of the press and of eyes only.
    add(refused("StatisticsDescriptionEndsWithTheWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ referrals\",\n"
                  " \"description\": \"Families referred: 1,377.\",\n"
                  " \"categories\": [\"Cambourne\", \"Histon\"],\n"
                  " \"series\": [{\"name\": \"2010\", \"values\": [{\"value\": 1377, "
                  "\"marking\": \"RESTRICTED\"}, 12]}]}\n"}},
                "data/statistics/totals.json", 2, "writes out a figure that the file withholds"));
    add(refused("StatisticsDescriptionRoundsTheWithheldFigure",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ referrals\",\n"
                  " \"description\": \"Cambourne had about 4.8k referrals.\",\n"
                  " \"categories\": [\"Cambourne\", \"Histon\"],\n"
                  " \"series\": [{\"name\": \"2010\", \"values\": [{\"value\": 4817, "
                  "\"marking\": \"PROTECT\"}, 2226]}]}\n"}},
                "data/statistics/totals.json", 2, "writes out a figure that the file withholds"));
    add(refused("StatisticsDescriptionGivesTheWithheldShare",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ referrals\",\n"
                  " \"description\": \"Cambourne had 68% of the referrals.\",\n"
                  " \"categories\": [\"Cambourne\", \"Histon\"],\n"
                  " \"series\": [{\"name\": \"2010\", \"values\": [{\"value\": 4817, "
                  "\"marking\": \"PROTECT\"}, 2226]}]}\n"}},
                "data/statistics/totals.json", 2, "writes out a figure that the file withholds"));
    add(shown("StatisticsDescriptionWithFiguresOfItsOwnBuilds",
              {{"data/statistics/totals.json",
                "{\"title\": \"@C@ referrals\",\n"
                " \"description\": \"About 5,000 referrals; Histon had 2,226, 32% of them.\",\n"
                " \"categories\": [\"Cambourne\", \"Histon\"],\n"
                " \"series\": [{\"name\": \"2010\", \"values\": [{\"value\": 4817, "
                "\"marking\": \"PROTECT\"}, 2226]}]}\n"}}));
    add(refused("StatisticsDescriptionWritesTheTotalOut",
                {{"data/statistics/totals.json",
                  "{\"title\": \"@C@ cases\",\n"
                  " \"description\": \"A total of 6,226 new cases in the year\",\n"
                  " \"categories\": [\"A\", \"B\", \"C\"],\n"
                  " \"series\": [{\"name\": \"2010\", \"values\": [4812, {\"value\": 1377, "
                  "\"marking\": \"RESTRICTED\"}, 37]}]}\n"}},
                "data/statistics/totals.json", 2, "writes out a figure that the file withholds"));
    add(refused("FundingCellRestatesAWithheldAmount",
                funding({"Door locks,SSCF Grant,\"\xC2\xA3"
                         "1,377.00\",Homes,Done,RESTRICTED",
                         "Patrols @C@,SSCF Grant,500,Streets,\"Match-funds the \xC2\xA3"
                         "1,377.00 grant\","}),
                kCsv, 3, "writes out the amount of a withheld row"));
    // Round 19 (B09): the amount written in words.
    add(refused("FundingCellRestatesAWithheldAmountInWords",
                funding({"Removal costs,SSCF Grant,400.00,Homes,Done,RESTRICTED",
                         "Patrols @C@,SSCF Grant,500,Streets,\"Paid from what was left after the "
                         "four hundred pound removal\","}),
                kCsv, 3, "writes out the amount of a withheld row"));
    add(refused("StatisticsDescriptionRestatesAFigureInWords",
                {{"data/statistics/words.json",
                  "{\"title\": \"@C@ cases\",\n"
                  " \"description\": \"Ecops took one hundred and eleven referrals\",\n"
                  " \"categories\": [\"A\", \"B\"],\n"
                  " \"series\": [{\"name\": \"2010\", \"values\": [48, {\"value\": 111, "
                  "\"marking\": \"RESTRICTED\"}]}]}\n"}},
                "data/statistics/words.json", 2, "writes out a figure that the file withholds"));
    add(refused("EmbargoWordingAnywhere",
                {page_file("The figures are under embargo until 10 March: @C@.\n")}, kPage, 4,
                "handling banner"));
    add(refused("TakenInCamera", {page_file("Item 7 was taken in camera: @C@.\n")}, kPage, 4,
                "handling banner"));
    add(refused("ExclusionOfThePressAndPublic",
                {page_file("## Exclusion of the press and public\n\n@C@ names.\n")}, kPage, 4,
                "handling banner"));
    add(refused("LabelBeforeAPartsWord", {page_file("## Confidential business\n\n@C@ names.\n")},
                kPage, 4, kUnread));
    add(refused("NotForThePress", {page_file("NOT FOR THE PRESS \xE2\x80\x93 @C@ names.\n")}, kPage,
                4, "handling banner"));
    add(refused("ForMembersEyesOnly", {page_file("For members' eyes only: @C@ names.\n")}, kPage, 4,
                "handling banner"));
    // A label between a part's number and a part's name marks that part
    // (red team round 17); after a plain number in a sentence, or before a
    // word that names no part, it stays a word.
    add(refused("LabelBetweenAPartsNumberAndName",
                {page_file("Table 3 Restricted figures by ward: @C@.\n")}, kPage, 4, kUnread));
    add(refused("LabelBetweenAnAnnexLetterAndName",
                {page_file("See Annex C Restricted appendix for @C@.\n")}, kPage, 4, kUnread));
    add(shown("LabelAfterANumberInASentenceStaysAWord",
              {page_file("Table 3 Restricted parking zones by ward; we had 3 restricted cases "
                         "and @C@ agreed.\n")}));
    // A marking field whose value is in the next tag's shown attribute (a
    // form field's value, an image's text; red team round 17).
    add(refused("MarkingFieldWithItsValueInAnInput",
                {page_file("<label>Protective marking</label> <input value=\"Restricted parking\">"
                           "\n\n@C@ names.\n")},
                kPage, 4, "in a box"));
    add(refused("MarkingFieldWithItsValueInAnImagesText",
                {page_file("<p>Protective marking</p><img alt=\"Restricted parking\" src=\"x.png\">"
                           "\n\n@C@ names.\n")},
                kPage, 4, "in a box"));
    add(shown("OtherFieldsWithAnImagesTextBuild",
              {page_file("<p>Road markings</p><img alt=\"Restricted parking\" src=\"x.png\">"
                         "\n\n@C@ agreed.\n")}));
    // Fuzz finding S5 (run 32): a label after a spaced '#' ends its line as
    // a stamp does (fuzz_site's round 14 form, meant for a YAML comment, in
    // a page's body).
    add(refused("LabelAfterASpacedHash", {page_file("Case notes # Restricted\n\n@C@ names.\n")},
                kPage, 4, kUnread));
    add(shown("HashBeforeANumberStaysAWord",
              {page_file("We ranked # 3 restricted parking zones and @C@ agreed.\n")}));
    add(shown("CameraAndPressWordsStayWords",
              {page_file("The camera on Mill Road was repaired; the press office and @C@ "
                         "agreed.\n")}));
    // Red team round 18 (B): formulas in unquoted cells, cells split by ';',
    // a JSON asset's text outside its strings, a marking field over its
    // value in an asset's boxes or a CSV asset's header.
    add(refused("FormulaInAnUnquotedCsvCell",
                {{"assets/files/x.csv", "ref,notes\n1,=\"PROT\"&\"ECT: @C@\"\n"}},
                "assets/files/x.csv", 1, "a formula that makes text"));
    add(shown("NumericFormulaInACsvAssetBuilds",
              {{"assets/files/x.csv", "a,b\n1,=SUM(A1:A2)\n@C@,2\n"}}));
    add(refused("SemicolonCsvAssetSplitsALabel",
                {{"assets/files/x.csv", "a;b\nRESTR;ICTED: @C@\n"}}, "assets/files/x.csv", 2,
                kUnread));
    add(refused("JsonAssetCommentHoldsALabel",
                {{"assets/files/x.json", "{\"a\": 1}\n/* RESTRICTED: @C@ */\n"}},
                "assets/files/x.json", 2, kUnread));
    add(refused("MarkingFieldInAnAssetsBoxes",
                {{"assets/files/x.html",
                  "<!DOCTYPE html><html><body><dl><dt>Sensitivity</dt><dd>Restricted @C@</dd>"
                  "</dl></body></html>"}},
                "assets/files/x.html", 1, "in a box"));
    add(refused("CsvAssetColumnHeadedByAMarkingField",
                {{"assets/files/x.csv", "Sensitivity,Note\nRestricted @C@,x\n"}},
                "assets/files/x.csv", 1, "heads a column"));
    add(refused(
        "ScriptEditingAStringAsItRuns",
        {{"assets/js/x.js", "document.title = \"RXSTRICTXD\".replace(/X/g, \"E\") + \": @C@\";\n"}},
        "assets/js/x.js", 1, "edits its strings"));
    add(refused("MarkingFieldInABoxBesideItsValue",
                {{"+layouts/partials/footer.mustache",
                  "<table><tr><th>Security classification</th><td>Restricted parking</td></tr>"
                  "</table>\n<p>@C@</p>\n"}},
                "layouts/partials/footer.mustache", 8, "in a box"));
    add(shown(
        "AgendaWordsThatAreNoBanner",
        {page_file("## Part 2 \xE2\x80\x93 delivery plan\n\n## Private sector partners\n\nThe "
                   "meeting closed at 9pm. @C@ agreed.\n")}));
    add(shown("FieldWordsOverAnotherLineStayWords",
              {page_file("## Road markings\n\nRestricted parking on Mill Road, @C@ agreed.\n")}));

    add(refused("LookAlikeArmenianGreekAndSyllabics",
                {page_file("ᖇᗴՏTᖇIᑕTᗴᗪ and ᏒᎬՏͲᏒᎥᏟͲᎬᎠ\n\n@C@ names.\n")}, kPage, 4, kUnread));
    add(refused("LabelBeforeAnAddressSign",
                {page_file("Send it to board:RESTRICTED@example.org about @C@.\n")}, kPage, 4,
                kUnread));
    add(refused("CapitalsLabelRunIntoAWord", {page_file("RESTRICTEDBoard minutes: @C@ names.\n")},
                kPage, 4, kUnread));
    add(refused("CapitalsLabelRunIntoAName", {{"assets/RESTRICTEDquokka-@C@.txt", "notes\n"}},
                "assets/…", 1, "in the name of the file"));
    add(shown("CapitalsRunIntoWordsThatAreNoLabel",
              {page_file("The NATOsummit and BBCnews reported; @C@ agreed.\n")}));
    add(refused("HandlingBannerInCapitalsInTheMiddleOfALine",
                {page_file("Item 4 – POLICE ONLY: @C@ names.\n")}, kPage, 4, "handling banner"));
    // Plain ASCII and longer than a banner's line: the fast path must still
    // find the capitals (offsets_worth_reading), not only a short line.
    add(refused("HandlingBannerInCapitalsLateInALongPlainLine",
                {page_file("The board agreed the item on the estate plan this evening, after "
                           "some discussion, and it is for BOARD MEMBERS ONLY: @C@ names.\n")},
                kPage, 4, "handling banner"));
    add(refused("HandlingBannerInAName", {{"assets/notes-DO-NOT-FORWARD-@C@.txt", "notes\n"}},
                "assets/…", 1, "handling banner"));
    add(shown("ReadOnlyInANameStaysAName", {{"assets/read-only-notes.txt", "@C@ notes\n"}}));

    // ---- site.json.
    add(refused("SiteTitleWithRegion",
                {{"site.json", site_json("\"Test Partnership ::: PROTECT @C@ :::\"", kAboutNav)}},
                "site.json", 2, kMidLine));
    add(refused("SiteTitleThatIsALabel",
                {{"site.json", site_json("\"RESTRICTED: @C@ partnership\"", kAboutNav)}},
                "site.json", 2, "site.json is published"));
    add(refused("NavTitleWithMarker",
                {{"site.json", site_json("\"Test Partnership\"", nav_with("\"::: PROTECT @C@\""))}},
                "site.json", 12, "site.json is published"));
    add(refused("NavTitleThatIsALabel",
                {{"site.json", site_json("\"Test Partnership\"", nav_with("\"RESTRICTED\""))},
                 page_file("@C@ details.\n")},
                "site.json", 12, "site.json is published"));
    // ---- Red team round 19 (A): markings written as instructions to the
    // publisher, cover-sheet questions answered, labels with a qualifier,
    // sentences that mark this paper or what follows, Part II wording, and
    // letters of Unicode's that draw as marks.
    const char* kBanner = "handling banner";
    const char* kCoverSheet = "cover sheet's question";
    const char* kSentence = "a sentence keeps this paper";
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"NotForTheWebsite", "NOT FOR THE WEBSITE"},
             {"NotForGeneralRelease", "Not for general release."},
             {"NotForThePublicDomain", "Not for the public domain."},
             {"NotYetClearedForPublication", "Not yet cleared for publication"},
             {"RemoveBeforePublication", "Remove before publication."},
             {"RedactBeforePublishing", "Redact before publishing"},
             {"KeepOffTheWebsite", "Keep off the website"},
             {"DoNotPostOnline", "Do not post online."},
             {"PleaseDoNotShare", "Please do not share this outside the board."},
             {"InstructionAfterAColon",
              "Note to web team: please leave this paragraph off the website."},
             {"InstructionAfterADash", "Names have not been redacted - redact before publishing."},
             {"InConfidenceAlone", "In Confidence"},
             {"PrivateAndABanner", "Private - addressee only"},
             {"BannerPointingOn", "Board members only beyond this point."},
             {"PartTwoItem", "PART 2 ITEM"},
             {"ConsideredInPrivate", "Item to be considered in private."},
             {"PressAndPublicBeExcluded",
              "That the press and public be excluded for the following item."},
             {"PublicLeftTheMeeting", "Members of the public left the meeting."},
             {"ExemptUnderSection40", "Exempt under s.40 FOIA"},
         })
        add(refused("Round19" + name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage,
                    4, kBanner));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"ForPublicationNo", "| For publication | No |"},
             {"ConfidentialQuestionYes", "Is this item confidential? Yes"},
             {"ApprovedForPublicationNo", "Approved for publication: No"},
             {"PublicItemNo", "Public item: No"},
             {"ConfidentialityHigh", "Confidentiality: High"},
             {"PartTwoYes", "Part II: Yes"},
         })
        add(refused("Round19" + name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage,
                    4, kCoverSheet));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"SectionMustNotBePublished", "This section must not be published."},
             {"RestOfPageNotOnTheWebsite", "The rest of this page should not go on the website."},
             {"ItemsInGreyNotPublished", "Items in grey must not be published."},
             {"FollowingIsForTheBoardOnly", "The following is for the board only."},
             {"WhatFollowsIsPrivate", "What follows is private to the board."},
         })
        add(refused("Round19" + name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage,
                    4, kSentence));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"PaperIsConfidential", "This paper is confidential and must not be shared."},
             {"CirculationBoardOnly", "Circulation: Board members only"},
             {"StatusNotPublic", "Status: Not public"},
             {"EverythingBelowIsConfidential", "Everything below this line is confidential."},
             {"NextTableIsRestricted", "The figures in the next table are restricted."},
             {"AnnexMustBeKeptRestricted", "The attached annex must be kept restricted."},
             {"StatusRestrictedUntil", "Status: Restricted until the board agrees the plan."},
             {"StatusInATableRow", "| Status | Restricted until June |"},
             {"PrivilegedAndConfidential", "Privileged & Confidential"},
             {"DraftAndConfidential", "Draft and confidential"},
             {"CommerciallyConfidential", "Commercially confidential"},
             {"PrivateUseBulletGlued", "\uF0B7Restricted"},
             {"ModifierApostrophes", "## \u02BCRESTRICTED\u02BC"},
             {"SaltilloGlued", "\uA78CRestricted"},
             {"InternalAlone", "INTERNAL"},
             {"VisibilityInternal", "Visibility: Internal"},
             {"DataClassificationInternal", "Data classification: Internal"},
             {"ConfidentialityLevelInternal", "Confidentiality level: Internal"},
             {"LocsenAlone", "LOCSEN"},
             {"GeheimAlone", "GEHEIM"},
         })
        add(refused("Round19" + name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage,
                    4, kUnread));
    // A GIF's comment is stored in sub-blocks of at most 255 bytes, each led
    // by its length; a reader joins them, so a label a length byte splits
    // reads whole.
    {
        std::string comment = "Photograph for the board." + std::string(224, ' ') +
                              "Restricted: @C@ the Smith family, 4 Mill Lane.";
        comment += std::string(510 - comment.size(), ' ') + "end.";
        std::string gif = std::string("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13) +
                          std::string("\x00\x00\x00\xff\xff\xff", 6) + "\x21\xfe";
        for (std::size_t i = 0; i < comment.size(); i += 255) {
            const std::string part = comment.substr(i, 255);
            gif += static_cast<char>(part.size());
            gif += part;
        }
        gif +=
            std::string("\x00\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b", 18);
        add(refused("Round19GifCommentSplitBySubBlocks", {{"assets/images/logo.gif", gif}},
                    "assets/images/logo.gif", 0, kUnread));
    }
    // Other generators' keys that keep a page unpublished are errors, not
    // warnings: portal publishes every page it reads.
    for (const auto& [name, key] : std::vector<std::pair<std::string, std::string>>{
             {"PublishedFalse", "published: false"},
             {"DraftTrue", "draft: true"},
             {"VisibilityPrivate", "visibility: private"},
             {"HiddenYes", "hidden: yes"},
         })
        add(refused("Round19" + name, {page_file("@C@ lives at 4 Mill Lane.\n", key + "\n")}, kPage,
                    3, "would keep a page unpublished"));
    // An unknown key set to a switch or a date (red team 24, A01): portal
    // cannot tell which way it holds the page back. One holding words warns.
    for (const auto& [name, key] : std::vector<std::pair<std::string, std::string>>{
             {"PublicFalse", "public: false"},
             {"MembersOnlyTrue", "members_only: true"},
             {"ClearancePending", "clearance: pending"},
             {"GoLiveDate", "go_live: 2027-01-01"},
         })
        add(refused("Round24" + name, {page_file("@C@ lives at 4 Mill Lane.\n", key + "\n")}, kPage,
                    3, "switches something or sets a date"));
    add(shown("Round24UnknownKeyWithWordsWarns",
              {page_file("@C@ lives at 4 Mill Lane.\n", "author: J Smith\n")}));
    // Banners in a data file's name in lower case, as names are written.
    for (const auto& [name, file] : std::vector<std::pair<std::string, std::string>>{
             {"NameBoardMembersOnly", "for-board-members-only-@C@.json"},
             {"NamePoliceOnly", "police-only-@C@.json"},
             {"NameEndsEmbargoed", "@C@-embargoed.json"},
         })
        add(refused("Round19" + name,
                    {{"data/statistics/" + file, kOpenStatistics.text}, page_file("@C@ notes.\n")},
                    "data/statistics/…", 1, "handling banner"));
    // ---- Red team round 20 (A): instructions to whoever publishes in other
    // words, sentences that point back or at a numbered part or at a key's
    // mark, what only may be published, cover-sheet answers in a table's
    // column, a definition list or bold, "Withheld:" and tracked changes as
    // stamps, exemptions cited by section, Welsh, Gaelic and Irish, "in
    // committee", a padlock. Each refused where it stands.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round20TakeThisParagraphOutBeforeIt",
              "Take this paragraph out before it goes online. The family have been rehoused."},
             {"Round20PleaseRedactBeforeThisGoesOn",
              "Please redact before this goes on the website:"},
             {"Round20WebVersionOmitThisParagraph", "Web version - omit this paragraph."},
             {"Round20Redact", "Redact:"},
             {"Round20REDACT", "[REDACT]"},
             {"Round20StripThisOutOfTheWeb", "Strip this out of the web version:"},
             {"Round20NotForThePublicVersion", "Not for the public version:"},
             {"Round20HoldBackFromTheWebsite", "Hold back from the website:"},
             {"Round20DontPublishThisBit", "Don't publish this bit."},
             {"Round20PlsDontPutThisOnline", "Pls don't put this online -"},
             {"Round20MembersAgreedThisShouldNotBe",
              "Members agreed this should not be made public."},
             {"Round20DONOTFORWARDTheFamilysDetails", "DO NOT FORWARD the family's details."},
             {"Round20HoldUntilTheBoardApproves", "Hold until the board approves."},
             {"Round20ToBePublishedAfterTheElection",
              "To be published after the election, not before:"},
             {"Round20PublishAfter1March2011Only", "Publish after 1 March 2011 only."},
             {"Round20PublicationDateToBeConfirmedHold",
              "Publication date: to be confirmed (hold)."},
             {"Round20TheParagraphAboveIsConfidential", "The paragraph above is confidential."},
             {"Round20TheAboveMustNotBePublished", "The above must not be published."},
             {"Round20ThePrecedingSentenceIsRestricted", "The preceding sentence is restricted."},
             {"Round20Paragraph62IsConfidential", "Paragraph 6.2 is confidential."},
             {"Round20Items4And5AreConfidential", "Items 4 and 5 are confidential."},
             {"Round20Paragraphs2To4AreExempt", "Paragraphs 2 to 4 are exempt."},
             {"Round20ItemsMarkedDaggerAreConfidential", "Items marked \u2020 are confidential."},
             {"Round20KeyTextInBoldIsConfidential", "Key: text in bold is confidential."},
             {"Round20WordsInSquareBracketsAreTo",
              "Words in [square brackets] are to be removed for the public version."},
             {"Round20OnlyTheFirstParagraphOfThis",
              "Only the first paragraph of this item may be published."},
             {"Round20PublishOnWebsiteNo", "Publish on website? No."},
             {"Round20PublicationStatusWithheldTheFamilyMoved",
              "Publication status: withheld. The family moved."},
             {"Round20OpenClosedClosed", "Open/Closed: Closed."},
             {"Round20IsThisReportExemptYesParagraph", "Is this report exempt? Yes - paragraph 1."},
             {"Round20ForPublicationNo", "**For publication** No."},
             {"Round20WithheldTheFamilyHaveBeenRehoused",
              "Withheld: the family have been rehoused."},
             {"Round20WITHHELDTheFamily", "WITHHELD - the family"},
             {"Round20RedactedTheFamily", "Redacted: the family"},
             {"Round20RedactedInPublicVersionTheFamily", "[Redacted in public version] the family"},
             {"Round20InformationWithheldFromThePublicVersion",
              "Information withheld from the public version:"},
             {"Round20WithheldUnderSection31LawEnforcement",
              "Withheld under section 31 (law enforcement):"},
             {"Round20DeletedTheFamily", "Deleted: the family"},
             {"Round20FOIAS402ExemptionAppliesTheFamily",
              "FOIA s.40(2) exemption applies: the family"},
             {"Round20Section40FOIExemptionTheFamily", "Section 40 FOI exemption: the family"},
             {"Round20PRIVATETheFamily", "PRIVATE: the family"},
             {"Round20PERSONALTheFamily", "PERSONAL: the family"},
             {"Round20OffTheRecordTheFamily", "Off the record: the family"},
             {"Round20NotForTheMinutesTheFamily", "Not for the minutes: the family"},
             {"Round20NotToBeMinuted", "Not to be minuted."},
             {"Round20TheFollowingItemsWereTakenIn",
              "The following items were taken in committee."},
             {"Round20InCommittee", "## In Committee"},
             {"Round20RHAN2", "## RHAN 2"},
             {"Round20MaerParagraffHwnYnGyfrinachol", "Mae'r paragraff hwn yn gyfrinachol."},
             {"Round20NidIwGyhoeddiTheFamily", "Nid i'w gyhoeddi: the family"},
             {"Round20DIOMHAIRTheFamily", "D\u00CCOMHAIR: the family"},
             {"Round20GwybodaethGyfrinachol", "## Gwybodaeth gyfrinachol"},
             {"Round20CommentedSB1ShouldThisBePublic",
              "Commented [SB1]: should this be public? No - remove."},
             {"Round20JB1SamKeepThisParaOff", "[JB1] Sam: keep this para off the public version"},
             {"Round20ThisEmailAndAnyAttachmentsAre",
              "This e-mail and any attachments are confidential and intended solely for the "
              "addressee."},
             {"Round20ThisBitIsJustForThe", "This bit is just for the board, not the public:"},
             {"Round20RedactedVersionToFollowFullText", "Redacted version to follow; full text:"},
             {"Round20PadlockTheFamily", "\U0001F512 The family"},
             {"Round20Padlock", "\U0001F512"},
             {"Round20ForPublicationnNo", "For publication\n: No"},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 4,
                    kUnread));
    // A table's column that asks a cover sheet's question, answered in a row.
    for (const auto& [name, table] : std::vector<std::pair<std::string, std::string>>{
             {"Round20TablePublishNo", "| Item | Publish? |\n|---|---|\n| @C@ family | No |"},
             {"Round20TableAccessBoardOnly",
              "| Case | Access |\n|---|---|\n| @C@ family | Board only |"},
             {"Round20TablePublicCross",
              "| Item | Public | Notes |\n|---|---|---|\n| @C@ family | \u2717 | |"},
             {"Round20TablePartTwoYes",
              "| Item | Part II |\n|---|---|\n| Budget | No |\n| @C@ family | Yes |"},
             {"Round20TableWebsiteDoNotUpload",
              "| Item | Website |\n|---|---|\n| @C@ family | Do not upload |"},
             {"Round20TableVisibilityHidden",
              "| Case | Visibility |\n|---|---|\n| @C@ family | Hidden |"},
         })
        add(refused(name, {page_file(table + "\n")}, kPage, 0, kUnread));
    // What a public page says in the same words builds.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round20DoNotShareYourPINWith", "Do not share your PIN with anyone."},
             {"Round20ResidentsDoNotShareYourPIN", "Residents: do not share your PIN with anyone."},
             {"Round20PleaseDoNotPostYourAddress", "Please do not post your address online."},
             {"Round20DoNotForwardChainLetters", "Do not forward chain letters."},
             {"Round20TakePartOnline", "Take part online."},
             {"Round20TakeThisSurveyOnline", "Take this survey online."},
             {"Round20RemoveGraffitiReportedOnline", "Remove graffiti reported online."},
             {"Round20KeepThisNumberHandy", "Keep this number handy."},
             {"Round20DeleteThisAppFromYourPhone",
              "Delete this app from your phone if you did not install it."},
             {"Round20TheResultsWillBePublishedAfter",
              "The results will be published after the election."},
             {"Round20TheGraphAboveShowsBurglaryFalling",
              "The graph above shows burglary falling."},
             {"Round20HoldOnToYourReceipts", "Hold on to your receipts."},
             {"Round20RemoveValuablesFromYourCarBefore",
              "Remove valuables from your car before leaving it."},
             {"Round20Items4And5WereAgreed", "Items 4 and 5 were agreed."},
             {"Round20WithheldNumbersCanStillCallThe",
              "Withheld numbers can still call the helpline."},
             {"Round20DeletedFilesCanBeRecovered", "Deleted files can be recovered."},
             {"Round20TheReportWasConsideredInCommittee",
              "The report was considered in committee and approved."},
             {"Round20InCommitteeMembersAgreedToFund", "In committee, members agreed to fund it."},
             {"Round20OnlyAggregatedFiguresWillBePublished",
              "Only aggregated figures will be published."},
             {"Round20OnlyTheChairMayVoteOn", "Only the chair may vote on this item."},
             {"Round20ThisIsTheThirdAnnualReport", "This is the third annual report."},
             {"Round20TheParagraphAboveExplainsHowWe",
              "The paragraph above explains how we count crimes."},
             {"Round20TheTextInBoldIsThe", "The text in bold is the board's decision."},
             {"Round20PrivateLandlordsMustRegister", "Private landlords must register."},
             {"Round20PersonalSafetyAdviceForResidents", "Personal safety advice for residents."},
             {"Round20MaerLlinellGymorthYnGyfrinachol", "Mae'r llinell gymorth yn gyfrinachol."},
             {"Round20TableWithAnAnswerColumnOfFigures",
              "| Ward | Public | Private |\n|---|---|---|\n| Abbey | 12 | 4 |"},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    // ---- Red team round 21 (A, C): cover-sheet answers in more layouts and
    // forms, TLP and impact levels, court limits, closed sessions, unredacted
    // copies, Outlook's marks, labels run into a stamp's word; and the
    // ordinary advice that round 21 found refused, which builds.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round21CanThisPaperGoOnThe", "Can this paper go on the website? No."},
             {"Round21ForPublicationNotAtThisStage", "For publication: Not at this stage"},
             {"Round21PublishOnWebsiteYesTickedNo", "Publish on website: \u2610 Yes \u2612 No"},
             {"Round21ForPublicationFalse", "For publication = false"},
             {"Round21ForPublicationTabNo", "For publication\tNo"},
             {"Round21PublicationCross", "Publication: \u2717"},
             {"Round21TlpRed", "TLP:RED"},
             {"Round21ImpactLevelIl3", "Impact level: IL3"},
             {"Round21ReportingRestrictionsApply", "Reporting restrictions apply."},
             {"Round21ThisCaseIsSubJudice", "This case is sub judice."},
             {"Round21SessionClosed", "Session: Closed"},
             {"Round21ItemToBeTakenInClosed", "Item to be taken in closed session."},
             {"Round21Item7ClosedSessionTheFamily", "Item 7 (closed session): the family"},
             {"Round21OnPinkPaper", "On pink paper."},
             {"Round21Unredacted", "Unredacted."},
             {"Round21TheUnredactedFiguresAreGivenBelow",
              "The unredacted figures are given below."},
             {"Round21BoardCopyNamesNotYetRemoved", "Board copy - names not yet removed."},
             {"Round21NotInThePublicDomain", "Not in the public domain."},
             {"Round21ThisMessageHasBeenMarkedAs", "This message has been marked as Private."},
             {"Round21DoNotPrintCopyOrForward", "Do not print, copy or forward."},
             {"Round21ForPublicationNo", "## For publication\n\nNo"},
             {"Round21DlDtForPublicationDtDd", "<dl><dt>For publication</dt><dd>No</dd></dl>"},
             {"Round21ForPublicationNo2", "For publication:\n\nNo"},
             {"Round21Restricteddraft", "RESTRICTEDDRAFT"},
             {"Round21PublishableYN", "Publishable (Y/N): N"},
             {"Round21ForPublicationDashNo", "For publication \u2013 No."},
             {"Round21ForPublicationArrowNo", "For publication \u2192 No"},
             {"Round21SuitableForThePublicWebsite", "Suitable for the public website? N"},
             {"Round21TwoCellCross", "| For publication | \u2718 |\n|---|---|\n| Author | B |"},
             {"Round21WebColumnCross",
              "| Item | Title | Web |\n|---|---|---|\n| 7 | The family | \u2718 |"},
             {"Round21PartColumnTwo",
              "| Item | Title | Part |\n|---|---|---|\n| 7 | The family | II |"},
             {"Round21NotForAttribution", "Not for attribution."},
             {"Round21CirculatedToMembersOnly", "Appendix 2 was circulated to members only."},
             {"Round21NotesConfidentialdraftForTheBoard", "Notes CONFIDENTIALDRAFT for the board"},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round21DoNotShareThisCodeWith",
              "Do not share this code with anyone, not even bank staff."},
             {"Round21TheSchemeIsForResidentsOnly",
              "The scheme is for residents only, not businesses."},
             {"Round21ResidentsOnlyFreePropertyMarkingAt",
              "Residents only: free property marking at the village hall."},
             {"Round21KeepTheLeafletItIsFor", "Keep the leaflet; it is for your use only."},
             {"Round21TheHelplineIsStrictlyConfidential", "The helpline is strictly confidential."},
             {"Round21IsMyReportConfidentialYesWe",
              "Is my report confidential? Yes. We do not share your name."},
             {"Round21ResidentsAskedWhetherTheMinutesWere",
              "Residents asked whether the minutes were confidential; they are not."},
             {"Round21PublicTransportNoBusesAfterSix",
              "## Public transport\n\nNo buses after six."},
             {"Round21CrimeProtectionWeek", "CRIME PROTECTION WEEK"},
             {"Round21CirculatedToResidentsOnly", "The leaflet was circulated to residents only."},
             {"Round21WebsiteColumnOfAddresses",
              "| Item | Website |\n|---|---|\n| Police | www.police.uk |"},
             {"Round21BusNumberAfterADash", "Bus - No 7 to Cambridge"},
             {"Round21TheseWereInConfidence", "These were in confidence, the officers said."},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    // ---- Round 21's wordings left open, as mechanisms: a clause after "and"
    // or "that" has the first clause's subject; what is kept to a closed
    // circle, handed over in trust, not part of the public pack, or may
    // travel by secure e-mail alone; who alone may view this; a sensitivity
    // field's colour; an impact level as a stamp. And the ordinary sentences
    // beside them, which build ("Sensitive items such as passports").
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round22OnlyPeopleInCdrpBoardCanView", "Only people in CDRP Board can view this."},
             {"Round22IntendedForMembersAndMustNot",
              "This message is intended for board members and must not be shared with the "
              "public."},
             {"Round22ContainsInformationThatShouldNot",
              "CAUTION: This email contains information that should not be shared with the "
              "public."},
             {"Round22SendBySecureEmailGcsxOnly", "Send by secure email (GCSx) only."},
             {"Round22SharedWithTheBoardInTrust",
              "What follows was shared with the board in trust."},
             {"Round22SuppliedToThePartnershipInConfidence",
              "This paper was supplied to the partnership in confidence."},
             {"Round22NotPartOfThePublicPack", "This annex is not part of the public pack."},
             {"Round22KeepTheNextParagraphWithinThe",
              "Please keep the next paragraph within the partnership."},
             {"Round22KeepThisBetweenUs", "Keep this between us."},
             {"Round22NotToGoBeyondThisRoom", "The next section is not to go beyond this room."},
             {"Round22MustNotLeaveThisRoom", "The details below must not leave this room."},
             {"Round22SensitivityRed", "Sensitivity: Red"},
             {"Round22DataSensitivityAmber", "Data sensitivity: Amber"},
             {"Round22BusinessImpactLevelThreeDash", "Business Impact Level 3 \u2013 the family"},
             {"Round22Il3Colon", "IL3: the family"},
             {"Round22ConfidentialInformationIsBelow", "Confidential information is below:"},
             {"Round22DraftRestricted", "DRAFTRESTRICTED"},
             {"Round22RestrictedRunIntoANameWithAFigure", "RESTRICTEDOP17 list"},
             {"Round22TheChairAskedThatThisItem",
              "The Chair asked that this item not be published."},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round22SensitiveItemsSuchAsPassports",
              "Sensitive items such as passports should be kept in a safe."},
             {"Round22ConfidentialInformationIsSharedOnly",
              "Confidential information is shared only as the law allows."},
             {"Round22SensitiveCasesAreReferred",
              "Sensitive cases are referred to the panel and are handled by trained staff."},
             {"Round22YourNameIsSafeAndWillNot",
              "Your name is safe with us and will not be shared with the public."},
             {"Round22KeepThisPageAndCallUs", "Keep this page and call us if you need help."},
             {"Round22KeepThisLeafletInASafePlace", "Keep this leaflet in a safe place."},
             {"Round22SendUsYourFormBySecureEmail", "Send us your form by secure email only."},
             {"Round22GcsxAddressOnly",
              "Write to team@cambridgeshire.gcsx.gov.uk only for urgent matters."},
             {"Round22OnlyRegisteredUsersCanViewTheir",
              "Only registered users can view their own reports."},
             {"Round22ImpactLevelThreeSystems", "Impact level 3 systems are used by the police."},
             {"Round22TheBusDoesNotLeaveTheStation",
              "Residents told us the bus does not leave the station on time."},
             {"Round22MoneyHeldInTrust", "The money is held in trust for the community."},
             {"Round22TheSecretaryAndAFigure", "THE SECRETARY2 REPORTS"},
             {"Round22CrimeProtectionWeek2011", "CRIME PROTECTION WEEK 2011"},
             {"Round22InformationYouGiveUsIsKept",
              "Information you give us is kept in confidence and will not be shared with the "
              "public."},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    // ---- Red team round 22 (A): release words as participles and adjectives,
    // "not for" with more channels, clipped forms, a banner after a comma,
    // closed circles and "go no further", redaction still to do, handling
    // codes and fields, Welsh handling phrases, availability wording, an
    // e-mail disclaimer, SharePoint's link scope. Beside them, the ordinary
    // advice round 22 found refused, which builds.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round22NotToBeCirculated", "Not to be circulated."},
             {"Round22NotToBeCopiedOrDisseminated", "Not to be copied or disseminated."},
             {"Round22TheNamesInThisListMustNot", "The names in this list must not be released."},
             {"Round22TheseFiguresCannotBeReleased", "These figures cannot be released yet."},
             {"Round22NotPublishable", "Not publishable."},
             {"Round22UnsuitableForPublication", "Unsuitable for publication."},
             {"Round22NotForPressRelease", "Not for press release."},
             {"Round22NotForPublicViewing", "Not for public viewing."},
             {"Round22NotToAppearOnline", "Not to appear online."},
             {"Round22ThisParagraphIsNotForResidents", "This paragraph is not for residents."},
             {"Round22ThisBitIsntForThePublic", "This bit isn't for the public."},
             {"Round22TheFollowingShouldNotBeMadeAvailable",
              "The following should not be made available to residents."},
             {"Round22KeepThisParagraphOffThePortal", "Please keep this paragraph off the portal."},
             {"Round22WeCantPutThisParagraphOut", "We can't put this paragraph out."},
             {"Round22ThisInformationMustGoNoFurther", "This information must go no further."},
             {"Round22ThisNoteStaysBetweenUs", "This note stays between us."},
             {"Round22NothingInThisSectionMayBeRepeated",
              "Nothing in this section may be repeated outside the meeting."},
             {"Round22HushHush", "Hush-hush: the family"},
             {"Round22ToBeRedacted", "To be redacted: the family"},
             {"Round22NeedsRedacting", "Needs redacting."},
             {"Round22BlankOutBeforeThisGoesPublic", "Blank out before this goes public:"},
             {"Round22HandlingCodeFive", "Handling code 5."},
             {"Round22DisseminationNone", "Dissemination: none."},
             {"Round22PoliceInformationNotForOnwardDisclosure",
              "Police information, not for onward disclosure."},
             {"Round22NoOnwardDisclosureWithoutConsent", "No onward disclosure without consent."},
             {"Round22NotForPub", "Not for pub."},
             {"Round22NotForPubSlashCirc", "Not for pub/circ."},
             {"Round22NotFSlashPublication", "Not f/publication."},
             {"Round22CommInConf", "Comm. in conf."},
             {"Round22ProtMarkingRestd", "Prot. marking: Restd. The family moved."},
             {"Round22AppendixBNotForPub", "## Appendix B (not for pub.)"},
             {"Round22NidIwRannu", "Nid i'w rannu."},
             {"Round22IDdefnyddMewnolYnUnig", "I ddefnydd mewnol yn unig."},
             {"Round22ThisDocumentIsNotAvailableToThePublic",
              "This document is not available to the public."},
             {"Round22NotAvailableForPublicInspection", "Not available for public inspection."},
             {"Round22EmailDisclaimer",
              "If you are not the intended recipient you must not read, copy or distribute this "
              "email."},
             {"Round22SharePointLinkScope",
              "People in South Cambridgeshire District Council with the link can view."},
             {"Round22BannerFillingATableCell",
              "| Item | Note |\n|---|---|\n| The family at the farm on the hill road | Not for "
              "onward sharing |"},
             {"Round22BannerAsALinksTitle",
              "[Public intro](https://example.org \"Not to be circulated\") the family"},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round22ScamLettersMarkedPrivateAndConfidential",
              "Scam letters marked 'Private and Confidential' are common."},
             {"Round22PrivateAndConfidentialLettersFromThe",
              "Private and confidential letters from the council will always show our logo."},
             {"Round22YourPersonalDetailsAreNotToBeShared",
              "Your personal details are not to be shared with third parties without your "
              "consent."},
             {"Round22ExemptInformationIsExplainedInSchedule12A",
              "Exempt information is explained in Schedule 12A of the Local Government Act 1972; "
              "this site never publishes it."},
             {"Round22ThisItemWasNotDiscussed", "This item was not discussed at the meeting."},
             {"Round22NoFurtherActionWasTaken", "No further action was taken."},
             {"Round22NoRecordOfTheIncident", "No record of the incident was found."},
             {"Round22ThisGoesToTheBoard", "This goes to the board for approval in March."},
             {"Round22NotAvailableOnSundays", "Not available on Sundays."},
             {"Round22RestrictedItemsSuchAsKnives",
              "Restricted items such as knives are not allowed."},
             {"Round22NotAvailableInACell",
              "| Route | Note |\n|---|---|\n| Bus 7 | Not available on Sundays |"},
             {"Round22WithheldQuotedInAPage",
              "A figure shown as \"Withheld\" is protectively marked and is not published."},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    // ---- Round 22's open items: a marking clipped to its letters, a
    // paper handled apart in a clerk's words (numbered copies, collected in,
    // only tabled), secrecy's slang, an intelligence grading, and whether
    // the press may use it. And the ordinary sentences beside them.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round23ConfStamp", "Conf. The family at 4 Mill Lane."},
             {"Round23RestrStamp", "Restr. The family at 4 Mill Lane."},
             {"Round23NfpStamp", "NFP."},
             {"Round23NfpInBrackets", "(NFP) The family at 4 Mill Lane."},
             {"Round23NfpInAHeading", "## Appendix B (NFP)"},
             {"Round23IuoStamp", "IUO."},
             {"Round23NfdColon", "NFD: the family at 4 Mill Lane."},
             {"Round23LettersApart", "N/F/P the family at 4 Mill Lane."},
             {"Round23LettersApartMidLine", "Item 4 N/F/P"},
             {"Round23OSens", "O-SENS: the family at 4 Mill Lane."},
             {"Round23CopyOfTwelve", "Copies numbered 1 to 12; copy 7 of 12."},
             {"Round23CopyNo", "Copy No. 3"},
             {"Round23CollectedIn", "Tabled paper, collected in at the end of the meeting."},
             {"Round23ReturnToTheClerk",
              "Please return this paper to the clerk at the end of the meeting."},
             {"Round23TabledOnly",
              "To be tabled at the meeting only; not circulated with the agenda."},
             {"Round23PressDoNotUse", "Press: do not use."},
             {"Round23MediaNo", "Media: no."},
             {"Round23PressDoNotUseLongLine",
              "Press: do not use. The family at 4 Mill Lane were moved after the third incident "
              "in the village."},
             {"Round23ForPublicationNoLongLine",
              "For publication: No. The family at 4 Mill Lane were moved after the third "
              "incident in the village."},
             {"Round23ForPublicationNoCommaLongLine",
              "For publication: No, the family at 4 Mill Lane were moved after the third "
              "incident in the village last year."},
             {"Round23GradedThreeFiveTwo", "Intelligence graded 3x5x2."},
             {"Round23OnTheQt", "On the QT: the family at 4 Mill Lane."},
             {"Round23OnTheQtDotted", "Keep this on the q.t. please."},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    // Red team 23: "in confidence" set off as a stamp in any case; a banner
    // as the first sentence of a long paragraph (the fast path read only
    // short lines for one); initials of handling phrases; partners'
    // languages, in any case and with or without accents; a descriptor;
    // consent to publish withdrawn.
    const std::string long_tail =
        " The family at 4 Mill Lane were moved after the third incident in the village last "
        "year.";
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round23InConfidenceFullStop", "In confidence. The family at 4 Mill Lane."},
             {"Round23MedicalInConfidence", "Medical in confidence: the family at 4 Mill Lane."},
             {"Round23InConfidenceInBrackets", "(board in confidence) The family at 4 Mill Lane."},
             {"Round23GivenInConfidenceDash", "Given in confidence \u2013 the family."},
             {"Round23FollowingIsInConfidence", "The following is in confidence:"},
             {"Round23BoardMembersOnlyLongLine", "Board members only." + long_tail},
             {"Round23ClosedSessionLongLine", "Closed session." + long_tail},
             {"Round23BannerMidLongLine", "It rained. Police use only." + long_tail},
             {"Round23NotToGoBeyondThisRoom", "Not to go beyond this room."},
             {"Round23NotToGoBeyondLongLine", "Not to go beyond this room." + long_tail},
             {"Round23Dnp", "DNP. The family at 4 Mill Lane."},
             {"Round23Fyeo", "FYEO: the family at 4 Mill Lane."},
             {"Round23NfwcInBrackets", "(NFWC) The family at 4 Mill Lane."},
             {"Round23PAndC", "P&C: the family at 4 Mill Lane."},
             {"Round23OfficialSens", "Official Sens.: the family at 4 Mill Lane."},
             {"Round23VsNfd", "VS-NfD. Der Partner meldete drei Vorfälle."},
             {"Round23DescriptorPersonal", "Descriptor: PERSONAL"},
             {"Round23HandlingInstructions", "Handling instructions: board members; no copying."},
             {"Round23ConsentToPublishWithdrawn", "Consent to publish: withdrawn"},
             {"Round23WebN", "Web: N."},
             {"Round23Bulgarian", "Поверително. Партньорът съобщи за три инцидента."},
             {"Round23RussianCapitals", "КОНФИДЕНЦИАЛЬНО"},
             {"Round23GreekWithAccent", "Εμπιστευτικό. Ο εταίρος ανέφερε τρία περιστατικά."},
             {"Round23Czech", "Důvěrné. Partner nahlásil tři incidenty."},
             {"Round23GermanPhrase", "Nicht zur Veröffentlichung."},
             {"Round23Chinese", "机密："},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    // Red team 23, second batch: editing notes that take text out of what
    // is published, however worded; a paper's part kept private; a section
    // of the Act cited as applying; consent to publish not given; legal
    // bars and Schedule 12A's own words; versions kept from the public;
    // handling with care; hashtags; the mid-line forms of a mail.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round23RemovedForPublication", "[Removed for publication] The family."},
             {"Round23PublicVersionToOmit", "Public version to omit: the family."},
             {"Round23StrikeFromPublicMinutes", "Strike from public minutes: the family."},
             {"Round23BlackThisOut", "Black this out: the family."},
             {"Round23RedactInBraces", "{Redact} The family."},
             {"Round23RedactInDoubledBrackets", "[[redact]] The family."},
             {"Round23RedactionRequired", "Redaction required: the family."},
             {"Round23NamesToBeAnonymised", "Names to be anonymised in the public version:"},
             {"Round23WithholdFromTheWebsite", "Withhold from the website: the family."},
             {"Round23KeepOffSocialMedia", "Keep off social media: the family."},
             {"Round23HoldBack", "Hold back: the family."},
             {"Round23CanWeTakeThisOut", "Can we take this out of the public copy? The family."},
             {"Round23MustComeOut", "Highlighted passages must come out of the public version."},
             {"Round23StrikeAfterADash", "The family lives here \u2014 strike from public minutes"},
             {"Round23ConfidentialMinute", "Confidential minute: the family."},
             {"Round23PrivateNote", "Private note: the family."},
             {"Round23SectionApplies", "Section 40(2) applies to the following: the family."},
             {"Round23EngagesSection", "Engages s.31 (law enforcement): the raid is planned."},
             {"Round23NotConsented", "The victim has not consented to publication."},
             {"Round23FallsWithinParagraph", "Falls within paragraph 7 (prevention of crime):"},
             {"Round23Schedule12AWords", "Information relating to an individual (para. 1):"},
             {"Round23AnonymityOrder", "Anonymity order in force: the family."},
             {"Round23PrivateVersion", "Minutes \u2013 private version."},
             {"Round23TreatSensitively", "Please treat sensitively: the family."},
             {"Round23Hashtag", "The family lives here. #internal"},
             {"Round23SaidInConfidence", "The chair said, in confidence, that the family moved."},
             {"Round23CommercialInConfidenceAsBefore",
              "Update on the case, commercial in confidence as before: the tender was high."},
             {"Round23NotForTheParishPortal", "Not for the transparency pages: the family."},
             {"Round23DoNotCopyOrDistribute", "Read-only; do not copy or distribute: the family."},
             {"Round23KeepWithinTheBoard", "Please keep within the board: the family."},
             {"Round23PublishN", "Publish: N The family at 4 Mill Lane."},
             {"Round23DescriptorInCapitals", "Descriptor: PERSONAL The family at 4 Mill Lane."},
             {"Round23MsipLabel", "MSIP_Label_Confidential_Enabled=true"},
             {"Round23NtkOnly", "NTK only: the family."},
             {"Round23SecureInBrackets", "[SECURE] The family."},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round23RemoveYourDetails", "Remove your details from the website if you move."},
             {"Round23DeleteOldPosts", "Delete old posts from social media."},
             {"Round23WeRemovedTheOldPage", "We removed the old page from the website in 2010."},
             {"Round23KeepOffTheGrass", "Keep off the grass: it has been reseeded."},
             {"Round23RemovedWhenBuilt",
              "The public version comes from the same files. It is\nremoved when the site is "
              "built."},
             {"Round23MeetingHeldAndPublished",
              "The meeting was held, and its minutes were published, details at "
              "https://www.example.org/minutes."},
             {"Round23HoldOn", "Hold on: the bus is late."},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round23InConfidenceTheOfficerSaid",
              "In confidence, the officer said the family were fine."},
             {"Round23CallUsInConfidence", "Call us in confidence."},
             {"Round23SpeakToUsInConfidence", "You can speak to us in confidence."},
             {"Round23InConfidenceAsALink",
              "See [housing in confidence](https://example.org/housing) for more."},
             {"Round23ContactlessNfc", "Contactless (NFC) payments are safe."},
             {"Round23WebPageMoved", "The web page has moved."},
             {"Round23NotOnlyLongLine",
              "Residents not only reported it but also helped." + long_tail},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round23NfpOrganisations", "NFP organisations can apply for grants."},
             {"Round23ConferenceInBrackets", "The conference (Conf. 2010) was held in March."},
             {"Round23DataCollectedIn", "Data collected in 2010 shows a fall."},
             {"Round23ReportTabledAndAgreed", "The report was tabled at the meeting and agreed."},
             {"Round23PressCovered", "Press: The Cambridge News covered the launch."},
             {"Round23ReturnYourSurvey", "Return your survey to the council by March."},
             {"Round23CopyOfTheLeaflet", "Copy 1 of the leaflet is attached."},
             {"Round23ACopyOfThePlan", "A copy of the plan is in the library."},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    // ---- Red team 23's open items (round 24): a banner naming an outlet
    // with a word of its own, a circle's use or a closed proceeding before
    // a colon, a clipped stamp in capitals or after a hyphen, a caveat after
    // a scheme's word, a promise not to pass on, a style key, deletion
    // tags, a banner in brackets after "this is", and a possessive owner.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round24NotForTheParishMagazine", "Not for the parish magazine. The family."},
             {"Round24TaskingGroupUse", "Tasking group use: the family."},
             {"Round24NotPartners", "Police and council officers – not partners: the family."},
             {"Round24MaracInformation", "MARAC information: the family."},
             {"Round24CaseConferenceNotes", "Case conference notes: the family."},
             {"Round24OrconInCapitals", "ORCON The family at 4 Mill Lane."},
             {"Round24UnclassifiedLimited", "UNCLASSIFIED – LIMITED The family."},
             {"Round24PAndCSpaced", "P & C – The family at 4 Mill Lane."},
             {"Round24WithoutPrejudiceWp", "WP: The family at 4 Mill Lane."},
             {"Round24BoardIc", "Board-IC: The family at 4 Mill Lane."},
             {"Round24PinkySwear", "Pinky swear you won't share: the family."},
             {"Round24YouMustNotRepeatThis", "You must not repeat this: the family."},
             {"Round24StyleKeyItalics", "Text in italics is in confidence."},
             {"Round24StyleKeyBold", "Key: bold = board only."},
             {"Round24DelTag", "<del>The family at 4 Mill Lane.</del>"},
             {"Round24ThisIsForOfficialUseOnly",
              "Just so you know (and this is for official use only) the family" + long_tail},
             {"Round24CommaThisIsNotForPublication",
              "For info, this is not for publication, the family" + long_tail},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    add(refused("Round24ChairsConfidentialMinute",
                {page_file("Chair's confidential minute: the family.\n\n@C@ lives at 4 Mill "
                           "Lane.\n")},
                kPage, 0, "'CONFIDENTIAL'"));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round24NotForTheFaintHearted", "Not for the faint-hearted, the walk is long."},
             {"Round24LandUse", "Land use: residential."},
             {"Round24OfficersUseRadios", "Officers use: radios and body cameras."},
             {"Round24MaracCases", "MARAC cases: 120 referrals in 2010."},
             {"Round24StrategySummary", "Strategy summary: reduce burglary."},
             {"Round24WeWillNotShareYourDetails", "We will not share your details with anyone."},
             {"Round24YouMustNotShareYourPin", "You must not share your PIN with anyone."},
             {"Round24HighlightedOnTheMap", "Hotspots are highlighted in red on the map."},
             {"Round24ThisIsForResidentsOnly",
              "Places are few (this is for residents only) so book early."},
             {"Round24NotOnlyThisIs", "It is not only about crime, this is about community."},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    // ---- Red team 24 (A): cover sheets that name the outlet or clearance,
    // publication denied in one word, passing on, secrecy's slang, papers
    // destroyed or sealed, a court's limits, names not made anonymous,
    // closed parts, press terms, levels of confidentiality, signs of
    // secrecy, clipped labels, residents' languages, text kept out of sight.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round24ClearedForPublicationNo", "Cleared for publication: No the family."},
             {"Round24ReleasableNo", "Releasable: No the family."},
             {"Round24PortalNo", "Portal: No"},
             {"Round24OkToShareCross", "OK to share: \u2717 the family."},
             {"Round24PublishStatusHold", "Publish status: hold the family."},
             {"Round24SignOffNo", "Sign-off: No the family."},
             {"Round24DisclosureNotPermitted", "Disclosure: not permitted the family."},
             {"Round24NonDisclosable", "NON-DISCLOSABLE \u2013 the family."},
             {"Round24Unpublished", "Unpublished: the family."},
             {"Round24NotPublicKnowledge", "Not public knowledge: the family."},
             {"Round24DontPassThisOn", "Please don't pass this on. The family."},
             {"Round24DontTellAnyone", "Don't tell anyone, but the family moved."},
             {"Round24Confidentially", "Confidentially, the board heard the family moved."},
             {"Round24JustBetweenUs", "Just between us, the family moved."},
             {"Round24ShredAfterReading", "Please shred after reading. The family."},
             {"Round24UnderSeal", "Under seal: the family."},
             {"Round24NotAnonymised", "Not anonymised: the family."},
             {"Round24OffTheMinutes", "Off the minutes: the family."},
             {"Round24InPrivate", "In private: the family."},
             {"Round24PendingApprovalForRelease", "Pending approval for release: the family."},
             {"Round24DeepBackground", "Deep background: the family."},
             {"Round24ConfidentialityLevel", "Confidentiality level: 3 The family."},
             {"Round24Limdis", "LIMDIS The family."},
             {"Round24Disemvowelled", "Rstrctd: the family."},
             {"Round24PrivateInBrackets", "[PRIVATE] The family."},
             {"Round24Japanese", "\u79D8\u5BC6: the family."},
             {"Round24ShushingFace", "\U0001F92B The family."},
             {"Round24NoEntryPublic", "\U0001F6AB public: the family."},
             {"Round24HiddenAttribute", "<span hidden>The family.</span>"},
             {"Round24ObsidianComment", "%% The family at the farm %%"},
             {"Round24AgreedNotToPublishThis", "It was agreed not to publish this. The family."},
             {"Round24NotWantThisMadePublic", "The victim does not want this made public: x."},
             {"Round24WontBePublished", "Won't be published: the family."},
             {"Round24MustBeWithheld", "Must be withheld. The family."},
             {"Round24KeepThisConfidential", "The board agreed to keep this confidential."},
             {"Round24Unreleasable", "Unreleasable: the family."},
             {"Round24DoNotReproduce", "Do not reproduce: the family."},
             {"Round24NarrowCirculation", "Narrow circulation: the family."},
             {"Round24OnHold", "On hold: the family."},
             {"Round24ForYourEyes", "For your eyes: the family."},
             {"Round24FontColourWhite", "<font color=\"white\">The family.</font>"},
             // Red team 25: exempt business, citations, attribution, holds,
             // confidences, circles, copies, data kinds, notes to self.
             {"Round25AgendaPartII", "Agenda item 9 \u2013 Part II \u2013 the family."},
             {"Round25ExclusionOfThePublic", "Exclusion of the Public: the family."},
             {"Round25PressAskedToLeave", "The press were asked to leave for this item."},
             {"Round25Schedule12AShort", "Para 3, Sch 12A: the family."},
             {"Round25FoiaSection", "FOIA s40: the family."},
             {"Round25ChathamHouse", "Chatham House Rule applies. The inspector is leaving."},
             {"Round25HoldUntilInquest", "Hold back until the inquest: the family."},
             {"Round25NextOfKin", "Next of kin not yet informed \u2013 the family."},
             {"Round25DoNotName", "Do not name \u2013 the family."},
             {"Round25ToldInConfidence", "Told to us in confidence by the school: x."},
             {"Round25KnownOnlyTo", "Known only to the task group: the family."},
             {"Round25MembersCopy", "Members' copy \u2013 the family."},
             {"Round25SpecialCategory", "Special category data \u2013 the family."},
             {"Round25DeleteBeforeCirculating", "Delete before circulating: the family."},
             {"Round25HtmlCommentPrivate",
              "<!-- begin private -->\nThe family.\n<!-- end private -->"},
             {"Round25CustomTag", "<board-only>The family.</board-only>"},
             {"Round25PandocClass", "[The family]{.private}"},
             {"Round25FenceInfo", "```board-only\nThe family.\n```"},
             {"Round25LiquidComment", "{% comment %} The family. {% endcomment %}"},
             {"Round25HugoShortcode", "{{< private >}}The family.{{< /private >}}"},
             {"Round25CriticMarkup", "{>> The family. <<}"},
             {"Round25RedactionBar", "\u2588The family\u2588"},
             {"Round25SwappedProtect", "Protcet: the family."},
             {"Round25SwappedSecret", "Secert: the family."},
             {"Round25Russian",
              "\u041d\u0435 \u0434\u043b\u044f "
              "\u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u0438: x."},
             {"Round25Swedish", "HEMLIGT: the family."},
             {"Round25ProtectedB", "Protected B: the family."},
             {"Round25MobileOff", "\U0001F4F5 The family."},
             {"Round25LockShortcode", ":lock: The family."},
             {"Round25TableVisibleTo", "| Item | Visible to |\n|---|---|\n| The family | Board |"},
             {"Round25TableOpenClosed",
              "| Item | Open/Closed |\n|---|---|\n| The family | Closed |"},
             {"Round25DataItemByThis", "Allocations from this fund are not for publication."},
             {"Round25SectionAndGround", "Section 30 \u2013 investigations: the family."},
             {"Round25MaracInformationDash", "MARAC information \u2013 the victim."},
         })
        add(refused(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}, kPage, 0,
                    kUnread));
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"Round24ForPublicationNoObjection", "For publication: no objection."},
             {"Round24WebsiteNone", "Website: none"},
             {"Round24NonEmergency", "Non-emergency number: 101."},
             {"Round24NeverTellAnyoneYourPin", "Never tell anyone your PIN."},
             {"Round24PartnershipBetweenUs",
              "The partnership between us and the police is strong."},
             {"Round24ConfidentialityLow", "Confidentiality: low"},
             {"Round24MustacheSectionInAPage", "See {#anchor} below."},
             {"Round24NeverShareYourPassword", "Do not share your password: keep it safe."},
             {"Round24StatementDoesNotSay",
              "This statement does not yet say how far the website complies."},
             {"Round24PressReleaseDate", "Press release: 12 May."},
             {"Round24ClosedCases", "Closed cases: 45 in 2010."},
             {"Round24OnlyOne", "Only one: the Histon scheme."},
             {"Round24HoldTheFrontPage", "Hold the front page: crime is down."},
             {"Round24LockYourDoors", "Lock your doors: burglars try handles."},
             {"Round24NamesWithheldFromTheRegister", "Names must be withheld from the register."},
             // Red team 25's readings leave residents' words alone.
             {"Round25RoadClosedToThePublic", "The road is closed to the public until May."},
             {"Round25BehindClosedDoors", "Domestic abuse happens behind closed doors."},
             {"Round25VictimsHaveAnonymity", "Victims of sexual offences have lifetime anonymity."},
             {"Round25SkipThisSection", "If you are not a landlord, skip this section."},
             {"Round25WaitForThePolice", "Wait until the police arrive before going back in."},
             {"Round25ConfidentialLine", "Confidential reporting line: 0800 123 456."},
             {"Round25CallsToThisScheme", "Calls to this scheme are confidential."},
             {"Round25IllustrativePurposes", "This map is for illustrative purposes only."},
             {"Round25PrivateHire", "Private hire taxis must display a licence."},
             {"Round25CodeFenceLanguage", "```python\nprint(1)\n```"},
             {"Round25HtmlCommentNote", "<!-- TODO: tidy this list -->"},
             {"Round25ParaOfAPlan", "Para 2 - commercial waste collections: Tuesdays."},
             {"Round25SectionOfAnAct", "Section 17 - our duty: the partnership must act."},
         })
        add(shown(name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    // Red team 20 (C01): short names that end in a banner crashed the name
    // reading (it looked before the name's start); (C02) "in confidence" as
    // a name of its own is a stamp, as on a line of its own.
    for (const auto& [name, file] : std::vector<std::pair<std::string, std::string>>{
             {"Round20NamePrivate", "private.json"},
             {"Round20NamePartTwo", "part-ii.json"},
             {"Round20NameInConfidence", "in-confidence.json"},
             {"Round20NameInConfidenceCamel", "InConfidence.json"},
         })
        add(refused(name,
                    {{"data/statistics/" + file, kOpenStatistics.text}, page_file("@C@ notes.\n")},
                    "data/statistics/…", 1, "handling banner"));
    add(refused("Round20FolderInConfidence",
                {{"content/in-confidence/index.md", "---\ntitle: Notes\n---\n@C@ notes.\n"}},
                "content/in-confidence/…", 1, "handling banner"));
    add(shown("Round20NameCallInConfidenceStaysAName",
              {{"data/statistics/call-in-confidence.json", kOpenStatistics.text},
               page_file("@C@ notes.\n")}));
    add(shown("Round19NameReadOnlyStaysAName",
              {{"data/statistics/read-only-figures.json", kOpenStatistics.text},
               page_file("@C@ notes.\n")}));
    // What a public page says in the same words builds.
    for (const auto& [name, line] : std::vector<std::pair<std::string, std::string>>{
             {"YourInformationIsConfidential",
              "Your information is confidential and will not be shared."},
             {"HelplineIsConfidential", "The helpline is confidential and free."},
             {"YourNameWillNotBePublished", "Your name will not be published."},
             {"InConfidenceInASentence", "Residents may call us in confidence."},
             {"StatusLowerCaseWords", "Status: restricted parking zone approved"},
             {"ConfidentialHelplineYes", "| Confidential helpline | Yes |"},
             {"PublicTransportNo", "Public transport: No"},
             {"WebsiteNone", "Website: none"},
             {"ExcludedFromSchool", "Children were excluded from school."},
             {"SpokeInPrivate", "Residents spoke to us in private about the problem."},
             {"NoAccessAfterSix", "No access to the car park after 6pm."},
             {"PrivilegedToHost", "We were privileged to host the minister."},
             {"InternalAuditInASentence", "Internal audit found three issues."},
             {"HawaiianOkina", "The Hawai\u02BBi exchange visit was a success."},
         })
        add(shown("Round19" + name, {page_file(line + "\n\n@C@ lives at 4 Mill Lane.\n")}));
    add(refused("SiteMarkingKeyElsewhere",
                {{"site.json",
                  site_json("\"Test Partnership @C@\"", kAboutNav, ", \"Marking\": \"PROTECT\"")}},
                "site.json", 5, "unknown key 'Marking'"));
    return c;
}

// ---------------------------------------------------------------------------

class CensusCase : public ::testing::TestWithParam<Case> {};

std::string replace_all(std::string t, const std::string& from, const std::string& to) {
    for (auto p = t.find(from); p != std::string::npos; p = t.find(from, p + to.size()))
        t.replace(p, from.size(), to);
    return t;
}

// The lines of `messages` that are errors at `prefix` ("path:line:").
std::vector<std::string> errors_at(const std::string& messages, const std::string& prefix) {
    std::vector<std::string> out;
    std::istringstream in(messages);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(prefix, 0) == 0 && line.find(": error: ") != std::string::npos)
            out.push_back(line);
    return out;
}

// The errors at `path` (at `line`, when above 0), and those that name it only
// as far as a folder above it because its own text marks it withheld whole
// (pipeline): they say so.
std::vector<std::string> errors_at_file(const std::string& messages, const std::string& path,
                                        int line) {
    const std::string at = line > 0 ? ":" + std::to_string(line) + ":" : ":";
    auto out = errors_at(messages, path + at);
    const std::string shown_end = "\u2026" + at;
    for (std::size_t slash = path.rfind('/'); slash != std::string::npos && slash > 0;
         slash = path.rfind('/', slash - 1))
        for (auto& error : errors_at(messages, path.substr(0, slash + 1) + shown_end))
            if (error.find("so its name is not printed") != std::string::npos)
                out.push_back(std::move(error));
    return out;
}

TEST_P(CensusCase, WithheldOrRefusedNeverMisread) {
    const Case& k = GetParam();
    if (!k.skip.empty() && !std::getenv("CENSUS_RUN_SKIPPED")) GTEST_SKIP() << k.skip;
    // In lower case: a canary in camel case ("QuokkaLabelInASentence") would
    // itself make a plain line worth the census's full reading, and so hide
    // a gap in its fast path that real prose, all in lower case, goes through.
    const std::string canary = lower("Quokka" + k.name);

    TempSite s;
    s.write("content/index.md", page("Home", "The earlier good build.\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = s.snapshot();

    for (const File& f : k.files) {
        const std::string text =
            replace_all(replace_all(f.text, "@C16@", utf16(canary)), "@C@", canary);
        if (f.rel[0] == '+') {
            s.write(f.rel.substr(1), read_file(s.root() / f.rel.substr(1)) + text);
        } else {
            s.write(f.rel, text);
        }
    }
    const auto r = s.build();
    const std::string messages = s.messages();
    EXPECT_LACKS(lower(messages), lower(canary));
    EXPECT_TRUE(files_left_in_staging(s.root()).empty());
    if (fs::exists(s.root() / "build" / "redactions.txt")) {
        EXPECT_LACKS(lower(redaction_log(s)), lower(canary));
    }

    switch (k.expect) {
        case Expect::refused: {
            EXPECT_FALSE(r.ok) << "published: "
                               << ::testing::PrintToString(canary_sightings(s, canary)) << "\n"
                               << messages;
            // (A line below 1: the file has no lines, as an image has not.)
            const auto at = errors_at_file(messages, s.path(k.at_file), k.at_line);
            bool phrase = false;
            for (const auto& line : at) phrase |= line.find(k.phrase) != std::string::npos;
            EXPECT_TRUE(phrase) << "no error at " << k.at_file << ":" << k.at_line << " says '"
                                << k.phrase << "':\n"
                                << messages;
            EXPECT_EQ(s.snapshot(), before) << "public/ changed after a failed build";
            break;
        }
        case Expect::withheld: {
            ASSERT_TRUE(r.ok) << messages;
            EXPECT_GT(file_count(s), 3) << "nothing to look at: the site was not written";
            const auto found = canary_sightings(s, canary);
            EXPECT_TRUE(found.empty()) << "published: " << ::testing::PrintToString(found);
            break;
        }
        case Expect::shown: {
            ASSERT_TRUE(r.ok) << messages;
            EXPECT_FALSE(canary_sightings(s, canary).empty())
                << "a harmless text was not published";
            break;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Census, CensusCase, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                             return info.param.name;
                         });

// The harness itself: it sees a canary however the output writes it.
TEST(CensusHarness, DecodingFindsEscapedAndEntityWrittenWords) {
    EXPECT_EQ(decoded_folded("Qu&#111;kka"), "quokka");
    EXPECT_EQ(decoded_folded("Qu&#x6F;kka"), "quokka");
    EXPECT_EQ(decoded_folded("Qu&amp;#x6F;kka"), "quokka");
    EXPECT_EQ(decoded_folded("Qu\\u006Fkka"), "quokka");
    EXPECT_EQ(decoded_folded("QU%4Fkka"), "quokka");
    EXPECT_EQ(decoded_folded("Quo\xC2\xADkka"), "quokka");
    EXPECT_EQ(decoded_folded("\\ud83d\\ude00"), "\xF0\x9F\x98\x80");
}

TEST(CensusHarness, SightingsLookInNamesBytesAndDecodedText) {
    TempSite s;
    s.write("content/index.md", page("Home", "Public.\n"));
    s.write("content/wombatpage.md", page("Qu&#111;kka", "W&#x6F;mbat\n"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_FALSE(canary_sightings(s, "WombatPage").empty());  // a file name, case-folded
    EXPECT_FALSE(canary_sightings(s, "QUOKKA").empty());
    EXPECT_FALSE(canary_sightings(s, "Wombat").empty());
    EXPECT_TRUE(canary_sightings(s, "Platypus").empty());
}

}  // namespace
