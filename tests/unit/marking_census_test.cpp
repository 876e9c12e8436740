// The marking census (core/marking_census) and the reading it shares with the
// parsers (core/reading): what a person would read as a marking is listed, in
// every spelling; what they would not is left alone.
#include <gtest/gtest.h>

#include "core/marking_census.hpp"
#include "core/marking_ledger.hpp"
#include "core/reading.hpp"
#include "redact/quiet_messages.hpp"

using namespace portal;

namespace {

const CensusLabels& policy() {
    static const CensusLabels labels({"NOT PROTECTIVELY MARKED", "OFFICIAL"},
                                     {"PROTECT", "RESTRICTED", "OFFICIAL-SENSITIVE"});
    return labels;
}

std::string kinds(const std::vector<MarkingSighting>& found) {
    std::string out;
    for (const auto& s : found) {
        if (!out.empty()) out += ' ';
        out += s.kind == SightingKind::marker ? "marker"
               : s.kind == SightingKind::key  ? "key"
                                              : "label";
        out += "@" + std::to_string(s.line);
        if (s.reading == Reading::withhold) out += "/withhold";
        if (s.reading == Reading::publish) out += "/publish";
        if (s.reading == Reading::unknown) out += "/unknown";
    }
    return out;
}

struct Case {
    const char* name;
    CensusFormat format;
    std::string text;
    std::string expected;  // kinds() of the sightings
};

}  // namespace

TEST(Reading, LookAlikesReadAsWhatTheyLookLike) {
    EXPECT_EQ(read_as_person("\xEF\xBC\x9A\xEF\xBC\x9A\xEF\xBC\x9A"), ":::");  // full-width colons
    EXPECT_EQ(read_as_person("\xE2\x88\xB6::"), ":::");                        // ratio sign
    EXPECT_EQ(read_as_person("\xC2\xA0x\xE3\x80\x80y"), " x y");          // no-break, ideographic
    EXPECT_EQ(read_as_person("PR\xD0\x9ETECT"), "protect");               // Cyrillic O
    EXPECT_EQ(read_as_person("P\xE2\x80\x8BROTECT"), "protect");          // zero-width space
    EXPECT_EQ(read_as_person("\xF0\x9D\x90\x8F\xF0\x9D\x90\x91"), "pr");  // mathematical bold
    EXPECT_EQ(read_as_person("Cafe\xCC\x81"), "cafe");                    // combining accent
    EXPECT_EQ(read_as_person("caf\xC3\xA9"), "cafe");
}

TEST(Reading, LabelsFoldAsAPersonReadsThem) {
    EXPECT_EQ(fold_label("OFFICIAL-SENSITIVE"), "official sensitive");
    EXPECT_EQ(fold_label("official: sensitive"), "official sensitive");
    EXPECT_EQ(fold_label("\xEF\xBD\x8F\xEF\xBD\x86\xEF\xBD\x86\xEF\xBD\x89\xEF\xBD\x83\xEF\xBD\x89"
                         "\xEF\xBD\x81\xEF\xBD\x8C_Sensitive"),
              "official sensitive");
    EXPECT_EQ(fold_label("Not_Protectively  Marked"), "not protectively marked");
    EXPECT_NE(fold_label("PROTECT"), fold_label("PROTECTED"));
}

TEST(Reading, LineEndsBecomeNewlines) {
    std::string t = "a\r\nb\rc\n";
    EXPECT_TRUE(normalise_line_ends(t));
    EXPECT_EQ(t, "a\nb\nc\n");
    std::string plain = "a\nb";
    EXPECT_FALSE(normalise_line_ends(plain));
}

TEST(Census, ReadsWhatAPersonReadsAsAMarking) {
    const Case cases[] = {
        {"plain region", CensusFormat::markdown, "x\n::: PROTECT\ns\n:::\n",
         "marker@2/withhold marker@4"},
        {"lower case, more colons", CensusFormat::markdown, "::::: protect\n", "marker@1/withhold"},
        {"no space", CensusFormat::markdown, ":::PROTECT\n", "marker@1/withhold"},
        {"indented by a tab", CensusFormat::markdown, "\t::: PROTECT\n", "marker@1/withhold"},
        {"in a list", CensusFormat::markdown, "- item\n  - ::: PROTECT\n", "marker@2/withhold"},
        {"in a quote", CensusFormat::markdown, "> > ::: RESTRICTED\n", "marker@1/withhold"},
        {"in a table", CensusFormat::markdown, "| ::: PROTECT |\n", "marker@1/withhold"},
        {"in a heading", CensusFormat::markdown, "## ::: PROTECT\n", "marker@1/withhold"},
        {"no-break space", CensusFormat::markdown, "\xC2\xA0::: PROTECT\n", "marker@1/withhold"},
        {"full-width colons", CensusFormat::markdown,
         "\xEF\xBC\x9A\xEF\xBC\x9A\xEF\xBC\x9A PROTECT\n", "marker@1/withhold"},
        {"after U+2028", CensusFormat::markdown, "text\xE2\x80\xA8::: PROTECT\n",
         "marker@1/withhold"},
        {"after a form feed", CensusFormat::markdown, "text\f::: PROTECT\n", "marker@1/withhold"},
        {"mid-line with a label", CensusFormat::markdown, "The board ::: PROTECT discussed :::\n",
         "marker@1/withhold"},
        {"mid-line in a code span", CensusFormat::markdown, "put a line `::: PROTECT` before it\n",
         ""},
        {"a code span that opens the line", CensusFormat::markdown, "`::: PROTECT`\n",
         "marker@1/withhold"},
        {"a code span never closed", CensusFormat::markdown, "see `::: PROTECT\n",
         "marker@1/withhold"},
        {"character references", CensusFormat::markdown, "&#58;&#x3A;&colon; PROTECT\n",
         "marker@1/withhold"},
        {"backslash escapes", CensusFormat::markdown, "\\:\\:\\: PROTECT\n", "marker@1/withhold"},
        {"an ampersand in prose", CensusFormat::markdown, "Crime &amp; Disorder: the board\n", ""},
        {"unknown label", CensusFormat::markdown, "::: SECRETISH\n", "marker@1/unknown"},
        {"label words after", CensusFormat::markdown, "::: PROTECT Mrs Smith\n",
         "marker@1/withhold"},
        {"front matter key", CensusFormat::markdown, "---\nMarking: RESTRICTED\n---\n",
         "key@2/withhold"},
        {"key in other words", CensusFormat::markdown, "protective_marking: OFFICIAL\n",
         "key@1/publish"},
        {"Cyrillic a in the key", CensusFormat::markdown, "m\xD0\xB0rking: PROTECT\n",
         "key@1/withhold"},
        {"label alone", CensusFormat::markdown, "**RESTRICTED**\n", "label@1/withhold"},
        {"label then a dash", CensusFormat::markdown, "RESTRICTED - not for release\n",
         "label@1/withhold"},
        {"label as a title", CensusFormat::markdown, "title: \"RESTRICTED: the case\"\n",
         "label@1/withhold"},
        {"OFFICIAL: SENSITIVE reads as one label", CensusFormat::markdown, "OFFICIAL: SENSITIVE\n",
         "label@1/withhold"},
        {"a label word in a sentence", CensusFormat::markdown, "Protect the public from harm.\n",
         ""},
        {"prose", CensusFormat::markdown, "The partnership met: all agreed.\n", ""},
        {"JSON marking key", CensusFormat::json, "{\n  \"marking\": \"PROTECT\"\n}\n",
         "key@2/withhold"},
        {"JSON key in capitals", CensusFormat::json, "{\"MARKING\":\n \"PROTECT\"}",
         "key@2/withhold"},
        {"JSON escaped colons", CensusFormat::json,
         "{\"narrative\": \"a\\n\\u003a\\u003a\\u003a PROTECT\\nb\"}", "marker@1/withhold"},
        {"JSON value that is a label", CensusFormat::json, "{\"status\": \"RESTRICTED\"}",
         "label@1/withhold"},
        {"CSV marking column", CensusFormat::csv,
         "project,marking\nA,PROTECT\nB,OFFICIAL: SENSITIVE\nC,\n",
         "key@1 label@2/withhold label@3/withhold"},
        {"CSV label in another column", CensusFormat::csv, "project,progress\nA,PROTECT\n",
         "label@2/withhold"},
        {"CSV quoted cell over lines", CensusFormat::csv,
         "project,progress\n\"A\n::: PROTECT\",x\n", "marker@3/withhold"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        std::string text = c.text;
        normalise_line_ends(text);
        EXPECT_EQ(kinds(take_census(text, c.format, policy())), c.expected);
    }
}

// Red team round 4, L2: a label in any case leading a place where a label could
// stand -- a line after its prefix, a table cell, an element's text, brackets
// -- is a marking to a person, as it is when it is the whole line.
TEST(Census, ReadsALabelLeadingAnyPlaceALabelStandsInAnyCase) {
    const Case cases[] = {
        {"heading", CensusFormat::markdown, "### Restricted\n", "label@1/withhold"},
        {"heading, colon and words", CensusFormat::markdown,
         "## Restricted: names of the families\n", "label@1/withhold"},
        {"heading, spaced dash and words", CensusFormat::markdown,
         "## Official-Sensitive \xE2\x80\x93 personal\n", "label@1/withhold"},
        {"bullet", CensusFormat::markdown, "- Protect\n", "label@1/withhold"},
        {"bullet and colon", CensusFormat::markdown, "+ Protect:\n", "label@1/withhold"},
        {"numbered", CensusFormat::markdown, "1) Protect\n", "label@1/withhold"},
        {"task box", CensusFormat::markdown, "- [ ] Protect\n- [x] Restricted\n",
         "label@1/withhold label@2/withhold"},
        {"quote in a quote", CensusFormat::markdown, "> > Protect\n", "label@1/withhold"},
        {"quoted bold", CensusFormat::markdown, "> **Protect**\n", "label@1/withhold"},
        {"indented", CensusFormat::markdown, "    Protect\n", "label@1/withhold"},
        {"a publishable label too", CensusFormat::markdown, "## Official\n", "label@1/publish"},
        {"last table cell", CensusFormat::markdown, "| 6 | Case review: the family | Protect |\n",
         "label@1/withhold"},
        {"cell of two", CensusFormat::markdown, "| Marking | Protect |\n", "label@1/withhold"},
        {"first cell", CensusFormat::markdown, "| Protect | Police |\n", "label@1/withhold"},
        {"element's text, a label", CensusFormat::text, "<h2>Protect</h2><p>x</p>\n",
         "label@1/withhold"},
        {"element later in the line", CensusFormat::text, "<div><p>x</p><p>Restricted</p>\n",
         "label@1/withhold"},
        {"in brackets", CensusFormat::markdown, "Met twice (Protect)\n", "label@1/withhold"},
        {"in square brackets", CensusFormat::markdown, "[Restricted]\n", "label@1/withhold"},
        {"after 'marked'", CensusFormat::markdown, "Marked Protect\n", "label@1/withhold"},
        {"after 'marked as'", CensusFormat::markdown, "This paper is marked as restricted.\n",
         "label@1/withhold"},
        {"JSON Markdown string", CensusFormat::json, "{\"progress\": \"- Protect\\n- the family\"}",
         "label@1/withhold"},
        {"front matter list", CensusFormat::markdown, "---\ntags:\n  - Protect\n---\n",
         "label@3/withhold"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(kinds(take_census(c.text, c.format, policy())), c.expected);
    }
}

// Red team round 5: a label a person reads through what the parsers do not --
// markup splitting the word in any case, a symbol, emoji or enumerator before
// it, a dash, colon or arrow before or after it, a comment after a publishable
// label, a compound label with words after it, a footnote mark.
TEST(Census, ReadsTheFifthRoundsForms) {
    const Case cases[] = {
        {"emphasis splits a heading", CensusFormat::markdown, "## Re*stricted*\n",
         "label@1/withhold"},
        {"emphasis splits, colon", CensusFormat::markdown, "Restr*icted*: the names\n",
         "label@1/withhold"},
        {"strong splits", CensusFormat::markdown, "**Pro**tect\n", "label@1/withhold"},
        {"code span splits", CensusFormat::markdown, "Pro`tect`\n", "label@1/withhold"},
        {"empty link splits", CensusFormat::markdown, "[Pro]()tect\n", "label@1/withhold"},
        {"tag splits", CensusFormat::markdown, "<span>Pro</span>tect\n", "label@1/withhold"},
        {"word break tag", CensusFormat::markdown, "Pro<wbr>tect\n", "label@1/withhold"},
        {"comment splits", CensusFormat::markdown, "Pro<!-- x -->tect\n", "label@1/withhold"},
        {"split in a cell", CensusFormat::markdown, "| 6 | Pro*tect* |\n", "label@1/withhold"},
        {"padlock", CensusFormat::markdown, "\xF0\x9F\x94\x92 Restricted: the family\n",
         "label@1/withhold"},
        {"warning sign", CensusFormat::markdown,
         "\xE2\x9A\xA0\xEF\xB8\x8F Restricted \xE2\x80\x93 names\n", "label@1/withhold"},
        {"arrow bullet", CensusFormat::markdown, "\xE2\x9E\xA2 Restricted\n", "label@1/withhold"},
        {"section sign", CensusFormat::markdown, "\xC2\xA7 Restricted: x\n", "label@1/withhold"},
        {"lettered", CensusFormat::markdown, "(a) Restricted: names\n", "label@1/withhold"},
        {"roman", CensusFormat::markdown, "ii. Restricted: names\n", "label@1/withhold"},
        {"item and dash", CensusFormat::markdown, "Item 6 - Restricted: names\n",
         "label@1/withhold"},
        {"emoji after", CensusFormat::markdown, "Restricted \xF0\x9F\x94\x92\n",
         "label@1/withhold"},
        {"trailing after a dash", CensusFormat::markdown,
         "## Case review \xE2\x80\x93 Restricted\n", "label@1/withhold"},
        {"trailing in a paragraph", CensusFormat::markdown, "Annex B - Restricted\n",
         "label@1/withhold"},
        {"trailing in JSON", CensusFormat::json, "{\"a\": [\"The case - Restricted\"]}",
         "label@1/withhold"},
        {"arrow after", CensusFormat::markdown, "Restricted \xE2\x86\x92 names\n",
         "label@1/withhold"},
        {"colon in a sentence", CensusFormat::markdown,
         "This paragraph is restricted: the family\n", "label@1/withhold"},
        {"compound label and a word", CensusFormat::markdown,
         "Official-Sensitive briefing: the family\n", "label@1/withhold"},
        {"footnote mark", CensusFormat::markdown, "Restricted\xC2\xB9\n", "label@1/withhold"},
        {"comment after a publishable label", CensusFormat::markdown,
         "---\nmarking: official # PROTECT\n---\n", "key@2/withhold"},
        {"marker, then a withheld label", CensusFormat::markdown, "::: OFFICIAL protect\n",
         "marker@1/withhold"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(kinds(take_census(c.text, c.format, policy())), c.expected);
    }
    // What stays prose.
    const char* const prose[] = {
        "Mark it `::: PROTECT` on a line of its own.\n",
        "See [Restricted](restricted-parking.md) for the order.\n",
        "Status: restricted parking on Mill Road\n",
        "We \xE2\x9D\xA4\xEF\xB8\x8F our community and protect it.\n",
        "a. Protect the public from harm\n",
        "## Restricted-access roads \xE2\x80\x93 a review\n",
        "Note - protect your property\n",
    };
    for (const char* text : prose) {
        SCOPED_TRACE(text);
        EXPECT_EQ(kinds(take_census(text, CensusFormat::markdown, policy())), "");
    }
}

// Red team round 6: a heading's closing hashes, an empty link beside the
// label, a label broken over a line (or hyphenated at its end), the label
// after "marked" with words after it, an image's alt text, a label in
// quotation marks (a link's title too).
TEST(Census, ReadsTheSixthRoundsForms) {
    const Case cases[] = {
        {"closing hashes", CensusFormat::markdown, "## Restricted ##\n", "label@1/withhold"},
        {"empty link beside", CensusFormat::markdown, "- Restricted [](#x)\n", "label@1/withhold"},
        {"empty reference link", CensusFormat::markdown, "## Restricted [][r]\n",
         "label@1/withhold"},
        {"capitals over a line", CensusFormat::markdown, "The paper is OFFICIAL\nSENSITIVE and\n",
         "label@1/withhold"},
        {"hyphen at its own joint", CensusFormat::markdown, "OFFICIAL-\nSENSITIVE\n",
         "label@1/withhold"},
        {"hyphenated word, colon", CensusFormat::markdown, "Notes. Restric-\nted: the names\n",
         "label@1/withhold"},
        {"in a JSON string", CensusFormat::json, "{\"a\": \"x RESTRIC-\\nTED names\"}",
         "label@1/withhold"},
        {"marked, words after", CensusFormat::markdown,
         "This note is marked Restricted and names them.\n", "label@1/withhold"},
        {"image alt text", CensusFormat::markdown, "![Restricted](stamp.svg)\n",
         "label@1/withhold"},
        {"in quotation marks", CensusFormat::markdown, "A paper headed \"Restricted\".\n",
         "label@1/withhold"},
        {"single quotes, colon", CensusFormat::markdown, "Headed 'Restricted': names\n",
         "label@1/withhold"},
        {"link title", CensusFormat::markdown, "[x](https://example.org/ \"Restricted\")\n",
         "label@1/withhold"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(kinds(take_census(c.text, c.format, policy())), c.expected);
    }
    const char* const prose[] = {
        "We must protect\nthe public.\n",
        "Parking is restric-\nted on Mill Road.\n",
        "The \"Restricted parking\" signs went up.\n",
        "[Restricted](restricted-parking.md) roads\n",
        "This paper is NOT PROTECTIVELY\nMARKED.\n",
    };
    for (const char* text : prose) {
        SCOPED_TRACE(text);
        EXPECT_EQ(kinds(take_census(text, CensusFormat::markdown, policy())), "");
    }
}

// What the rule above must leave alone: a label word leading a title or a
// sentence, a link's text, a word run into others.
TEST(Census, LeavesLabelWordsInTitlesAndSentences) {
    const char* const prose[] = {
        "Restricted parking on Mill Road\n",
        "## Restricted parking on Mill Road\n",
        "- Restricted parking on Mill Road\n",
        "> We protect residents; the data is protected.\n",
        "| Restricted parking | Mill Road |\n",
        "| Official figures | 12 |\n",
        "See [Protect](#protect-strand) and [Prevent](#prevent-strand).\n",
        "<p>The data is restricted.</p>\n",
        "## Restricted-access roads\n",
        "Property marked with UV pens, markedly fewer thefts.\n",
        "(see the restricted parking order)\n",
        "- Protect strand: strengthen our protection\n",
    };
    for (const char* text : prose) {
        SCOPED_TRACE(text);
        EXPECT_EQ(kinds(take_census(text, CensusFormat::markdown, policy())), "");
    }
}

// Red team round 4, L4: a withheld label in capitals with an inflection run
// into it reads as the label; in a sentence's own case it is a word.
TEST(Census, ReadsAnInflectedLabelInCapitals) {
    const CensusLabels labels({"OFFICIAL"},
                              {"PROTECT", "SECRET", "EXEMPT", "CONFIDENTIAL", "TOP SECRET"});
    auto found = [&](const char* text) {
        return kinds(take_census(text, CensusFormat::markdown, labels));
    };
    EXPECT_EQ(found("PROTECTED: names of the families\n"), "label@1/withhold");
    EXPECT_EQ(found("PROTECTED\n"), "label@1/withhold");
    EXPECT_EQ(found("## PROTECTED\n"), "label@1/withhold");
    EXPECT_EQ(found("The board heard PROTECTED material.\n"), "label@1/withhold");
    EXPECT_EQ(found("EXEMPTED\n"), "label@1/withhold");
    EXPECT_EQ(found("SECRETS\n"), "label@1/withhold");
    EXPECT_EQ(found("## CONFIDENTIALLY\n"), "label@1/withhold");
    EXPECT_EQ(found("Filed under TOP SECRETS here.\n"), "label@1/withhold");
    const auto odd = take_census("Intro PROTECTED: x\n", CensusFormat::markdown, labels);
    ASSERT_EQ(odd.size(), 1u);
    EXPECT_NE(odd[0].odd.find("ending run into it"), std::string::npos);
    // Not in a sentence's own case, and not endings that make another word.
    EXPECT_EQ(found("Protected characteristics were recorded.\n"), "");
    EXPECT_EQ(found("## CHILD PROTECTION\n"), "");
    EXPECT_EQ(found("PROTECTING VULNERABLE PEOPLE\n"), "");
    EXPECT_EQ(found("The SECRETARY of the board\n"), "");
    EXPECT_EQ(found("OFFICIALS met\n"), "");
}

// Red team round 4, L5: a JSON object's keys are read exactly as its string
// values are (a statistics table's row names are keys, and shown as written).
TEST(Census, ReadsJsonKeysAsValues) {
    const Case cases[] = {
        {"key with a label and words", CensusFormat::json,
         "{\"values\": {\"Ecops\": 3089, \"RESTRICTED: the family\": 1}}", "label@1/withhold"},
        {"key with a label in brackets", CensusFormat::json,
         "{\"values\": {\n  \"The family (PROTECT)\": 1}}", "label@2/withhold"},
        {"key that is a label", CensusFormat::json, "{\"values\": {\"Protect\": 1}}",
         "label@1/withhold"},
        {"key holding a marker", CensusFormat::json, "{\"a ::: PROTECT b\": 1}",
         "marker@1/withhold"},
        {"keys of prose", CensusFormat::json,
         "{\"values\": {\"Restricted parking\": 1, \"Officially recorded\": 2}}", ""},
        {"the marking key is still one", CensusFormat::json, "{\"marking\": \"PROTECT\"}",
         "key@1/withhold"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(kinds(take_census(c.text, c.format, policy())), c.expected);
    }
}

TEST(Census, SaysWhyTheParserWouldNotReadIt) {
    auto odd = [](std::string text) {
        auto found = take_census(text, CensusFormat::markdown, policy());
        return found.empty() ? std::string("<none>") : found[0].odd;
    };
    EXPECT_EQ(odd("::: PROTECT\n"), "");
    EXPECT_NE(odd("> ::: PROTECT\n").find("list, quote"), std::string::npos);
    EXPECT_NE(odd("\xC2\xA0::: PROTECT\n").find("look-alike"), std::string::npos);
    EXPECT_NE(odd("a\xE2\x80\xA8::: PROTECT\n").find("line break"), std::string::npos);
    EXPECT_NE(odd("an ::: PROTECT b\n").find("middle of a line"), std::string::npos);
}

TEST(MarkingLedger, EverySightingMustBeAccountedFor) {
    const std::string text = "x\n::: PROTECT\nnames\n:::\nRESTRICTED\n";
    const auto census = take_census(text, CensusFormat::markdown, policy());
    Diagnostics diags;
    MarkingLedger ledger;
    ledger.recognise(2, true);
    ledger.recognise(4, false);
    EXPECT_FALSE(ledger.reconcile(census, "p.md", LedgerFile::page, diags));
    ASSERT_EQ(diags.error_count(), 1);
    EXPECT_EQ(diags.all()[0].pos.line, 5);
    // Inside something withheld whole, nothing needs matching.
    Diagnostics again;
    ledger.cover(5, 5);
    EXPECT_TRUE(ledger.reconcile(census, "p.md", LedgerFile::page, again));
}

TEST(MarkingLedger, AWithheldReadingNeedsAWithholdingRecognition) {
    const auto census = take_census("OFFICIAL: SENSITIVE\n", CensusFormat::markdown, policy());
    Diagnostics diags;
    MarkingLedger publishes;
    publishes.recognise(1, false);  // read as the publishable OFFICIAL
    EXPECT_FALSE(publishes.reconcile(census, "t.csv", LedgerFile::table, diags));
    EXPECT_NE(diags.all()[0].message.find("read the marking here as publishable"),
              std::string::npos);
    Diagnostics fine;
    MarkingLedger withholds;
    withholds.recognise(1, true);
    EXPECT_TRUE(withholds.reconcile(census, "t.csv", LedgerFile::table, fine));
}

TEST(QuietMessages, QuotationsInsideWithheldPlacesAreNotShown) {
    EXPECT_EQ(without_quotations("found 'Mrs Smith' where a number goes"),
              "found '…' where a number goes");
    EXPECT_EQ(without_quotations("key \"Victim's name\" is unknown"), "key \"…\" is unknown");
    EXPECT_EQ(without_quotations("the board's figure"), "the board's figure");
    Diagnostics diags;
    diags.error(SourcePos{"r.json", 7, 3}, "expected a status, found 'Mrs Smith'");
    diags.error(SourcePos{"r.json", 12, 3}, "expected a status, found 'Green '");
    quiet_messages(diags, {{"r.json", 5, 9}}, nullptr);
    EXPECT_EQ(diags.all()[0].message, "expected a status, found '…'");
    EXPECT_EQ(diags.all()[1].message, "expected a status, found 'Green '");
}
