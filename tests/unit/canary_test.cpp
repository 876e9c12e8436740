// Canaries: fingerprints of withheld text (core/canary.hpp). A withheld text of
// kCanaryWords (5) words or more yields one canary per 5-word window; a shorter
// one yields a single canary if it has at least kMinCanaryChars characters.
// Words are runs of letters and digits, case folded; everything else separates.
// Any window that also occurs in publishable text is not a canary.
#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "core/canary.hpp"

using namespace portal;

namespace {

CanarySet withheld_only(std::string_view text, const std::string& loc = "w.md:3:1") {
    CanaryBuilder b;
    b.add_withheld(text, loc);
    return b.build();
}

bool hits(const CanarySet& set, std::string_view text) {
    return !set.find_in(text).empty();
}

}  // namespace

TEST(Canary, EveryFiveWordWindowOfAWithheldTextIsACanary) {
    // 7 words: windows 1-5, 2-6, 3-7.
    CanarySet set = withheld_only("one two three four five six seven");
    EXPECT_EQ(set.size(), 3u);
    EXPECT_TRUE(hits(set, "xx one two three four five yy"));
    EXPECT_TRUE(hits(set, "two three four five six"));
    EXPECT_TRUE(hits(set, "three four five six seven"));
    // Four consecutive words of a long text are not enough; nor are the words out of order.
    EXPECT_FALSE(hits(set, "one two three four"));
    EXPECT_FALSE(hits(set, "two three four five"));
    EXPECT_FALSE(hits(set, "one two three four SIX five"));
    EXPECT_FALSE(hits(set, "seven six five four three two one"));
    // The window must be contiguous: a word between breaks it.
    EXPECT_FALSE(hits(set, "one two three and four five"));
}

TEST(Canary, ExactlyFiveWordsIsOneCanary) {
    CanarySet set = withheld_only("velvet harbour canary alpha seven");
    EXPECT_EQ(set.size(), 1u);
    EXPECT_TRUE(hits(set, "velvet harbour canary alpha seven"));
    EXPECT_FALSE(hits(set, "velvet harbour canary alpha"));
}

TEST(Canary, FindReportsTheLocationOnce) {
    CanaryBuilder b;
    b.add_withheld("one two three four five six", "content/a.md:4:1 (marked region)");
    b.add_withheld("red green blue cyan magenta", "data/x.json:2:3 (items[1])");
    CanarySet set = b.build();
    auto locs = set.find_in("one two three four five six ... one two three four five");
    ASSERT_EQ(locs.size(), 1u);  // two windows of one location, reported once
    EXPECT_EQ(locs[0], "content/a.md:4:1 (marked region)");
    locs = set.find_in("RED green blue cyan magenta and one two three four five");
    ASSERT_EQ(locs.size(), 2u);
    EXPECT_NE(std::find(locs.begin(), locs.end(), "data/x.json:2:3 (items[1])"), locs.end());
}

TEST(Canary, CaseAndPunctuationAndWhiteSpaceAreFolded) {
    CanarySet set = withheld_only("Velvet Harbour, canary (alpha) seven!");
    EXPECT_TRUE(hits(set, "velvet harbour canary alpha seven"));
    EXPECT_TRUE(hits(set, "VELVET\n\t HARBOUR--canary...ALPHA_seven"));
    EXPECT_TRUE(hits(set, "velvet / harbour: 'canary', alpha & seven."));
    // Markup is not punctuation here: a tag name is a word ("p" in "<p>"). Removing
    // tags is the audit's job (write/leak_audit.cpp), before it looks for canaries.
    EXPECT_FALSE(hits(set, "<p>velvet</p><p>harbour</p> canary alpha seven"));
    // Words are not split or joined: "harbours" is a different word.
    EXPECT_FALSE(hits(set, "velvet harbours canary alpha seven"));
    EXPECT_FALSE(hits(set, "velvetharbour canary alpha seven"));
}

TEST(Canary, DigitsAreWordCharacters) {
    CanarySet set = withheld_only("case 2011 0042 child aged 13");
    EXPECT_TRUE(hits(set, "Case 2011/0042: child aged 13."));
    EXPECT_FALSE(hits(set, "case 2011 0043 child aged 13"));
}

TEST(Canary, ShortTextsAreOneCanaryWhenLongEnough) {
    // Under five words but at least kMinCanaryChars (8) characters, counting one
    // separator between words: a single canary for the whole text.
    CanarySet set = withheld_only("Ms Jane Doe");  // 2+4+3 + 2 separators = 11
    EXPECT_EQ(set.size(), 1u);
    EXPECT_TRUE(hits(set, "report by ms jane doe today"));
    EXPECT_FALSE(hits(set, "ms jane"));
    EXPECT_FALSE(hits(set, "jane doe"));
    EXPECT_FALSE(hits(set, "ms jane smith doe"));

    CanarySet one = withheld_only("Cottenham");  // one word, 9 characters
    EXPECT_EQ(one.size(), 1u);
    EXPECT_TRUE(hits(one, "in cottenham."));
}

TEST(Canary, TextsBelowTheThresholdAreNotCanaries) {
    // Fewer than 8 characters (word characters plus one per gap): "Red", "12",
    // "£450" ("£" is two UTF-8 bytes of the same word: 5). Such values occur
    // everywhere by chance ("Red" is a status shown on every report), so as canaries
    // they would only stop good builds; redaction alone protects them.
    EXPECT_TRUE(withheld_only("Red").empty());
    EXPECT_TRUE(withheld_only("12").empty());
    EXPECT_TRUE(withheld_only("£450").empty());
    EXPECT_TRUE(withheld_only("a b c d").empty());  // 4 words, 7 characters
    EXPECT_TRUE(withheld_only("amber").empty());
    EXPECT_TRUE(withheld_only("").empty());
    EXPECT_TRUE(withheld_only("  --- !!! ").empty());
    // The boundary: 7 characters is not enough, 8 is.
    EXPECT_TRUE(withheld_only("abc defg").size() == 1u);  // 3+4+1 = 8
    EXPECT_TRUE(withheld_only("abc def").empty());        // 3+3+1 = 7
    EXPECT_EQ(withheld_only("abcdefgh").size(), 1u);      // 8
    EXPECT_TRUE(withheld_only("abcdefg").empty());        // 7
}

TEST(Canary, WindowsThatAlsoOccurInPublicTextAreNotCanaries) {
    CanaryBuilder b;
    b.add_withheld("the board noted the velvet harbour incident", "w");
    // Public text holds the first five words, so that window is not a canary.
    b.add_public("Minutes: the board noted the velvet harbour later.");
    CanarySet set = b.build();
    // Windows: [the board noted the velvet] public, [board noted the velvet harbour]
    // public, [noted the velvet harbour incident] withheld only.
    EXPECT_EQ(set.size(), 1u);
    EXPECT_FALSE(hits(set, "the board noted the velvet"));
    EXPECT_FALSE(hits(set, "the board noted the velvet harbour"));
    EXPECT_TRUE(hits(set, "noted the velvet harbour incident"));
}

TEST(Canary, PublicTextsMadeWhileBuildingStrikeOutLikeTheOthers) {
    // redact hands each page's public body to build() as a function, so that
    // the bodies are made in the workers and never all held at once: a text made
    // that way must strike out what it contains, exactly as an added one does.
    CanaryBuilder b;
    b.add_withheld("the board noted the velvet harbour incident", "w");
    b.add_withheld("amber lantern quietly crossed seven rivers", "x");
    b.add_public("Minutes: the board noted the velvet harbour later.");
    std::vector<std::size_t> asked;
    std::mutex asked_mutex;  // called from the workers
    CanarySet set = b.build(3, [&](std::size_t i) {
        const std::lock_guard<std::mutex> lock(asked_mutex);
        asked.push_back(i);
        return i == 1 ? std::string("amber lantern quietly crossed seven") : std::string("x");
    });
    std::sort(asked.begin(), asked.end());
    EXPECT_EQ(asked, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_FALSE(hits(set, "the board noted the velvet harbour"));
    EXPECT_TRUE(hits(set, "noted the velvet harbour incident"));
    EXPECT_FALSE(hits(set, "amber lantern quietly crossed seven"));
    EXPECT_TRUE(hits(set, "lantern quietly crossed seven rivers"));
    EXPECT_EQ(set.size(), 2u);
}

TEST(Canary, PublicExclusionIsCaseAndPunctuationBlindAndOrderIndependent) {
    CanaryBuilder b;
    b.add_public("VELVET-HARBOUR: canary; alpha; seven");  // public first...
    b.add_withheld("velvet harbour canary alpha seven", "w");
    b.add_withheld("zinc quartz ember lotus nine", "w2");
    b.add_public("nothing to do with it");  // ...or after
    CanarySet set = b.build();
    EXPECT_EQ(set.size(), 1u);
    EXPECT_FALSE(hits(set, "velvet harbour canary alpha seven"));
    EXPECT_TRUE(hits(set, "zinc quartz ember lotus nine"));
}

TEST(Canary, ShortWithheldTextThatIsPublicIsNotACanary) {
    CanaryBuilder b;
    b.add_withheld("Jane Doe", "w");          // 2-word canary...
    b.add_public("Lead officer: Jane Doe.");  // ...unless the public text holds it
    EXPECT_TRUE(b.build().empty());

    CanaryBuilder c;
    c.add_withheld("Jane Doe", "w");
    c.add_public("Jane and Doe");  // the two words, but not together
    EXPECT_EQ(c.build().size(), 1u);
}

TEST(Canary, AWordRunIsNotConfusedWithARunOfAnotherLength) {
    // The 2-word canary "jane doe" must not fire on 3..5-word runs that start with
    // it, nor the other way round (the n-gram length is part of the key).
    CanarySet set = withheld_only("Jane Doe");
    EXPECT_TRUE(hits(set, "jane doe smith"));  // the 2-word run inside is enough
    CanarySet five = withheld_only("jane doe smith brown jones");
    EXPECT_FALSE(hits(five, "jane doe"));
    EXPECT_FALSE(hits(five, "jane doe smith brown"));
}

TEST(Canary, EmptyBuilderBuildsAnEmptySetThatFindsNothing) {
    CanaryBuilder b;
    b.add_public("anything at all here today");
    CanarySet set = b.build();
    EXPECT_TRUE(set.empty());
    EXPECT_TRUE(set.find_in("anything at all here today").empty());
}

TEST(Canary, NonAsciiBytesArePartOfWords) {
    // UTF-8 letters belong to words (only ASCII is case folded).
    CanarySet set = withheld_only("Zoë Brontë café naïve résumé");
    EXPECT_TRUE(hits(set, "zoë brontë café naïve résumé"));
    EXPECT_FALSE(hits(set, "zoe bronte cafe naive resume"));
}

TEST(Canary, AnAmountIsFoundHoweverItIsWritten) {
    // Currency signs are not letters, and thousands separators join digits: the
    // withheld "£13,333.33" is found in a table cell, in chart JSON and in text.
    CanarySet set = withheld_only("£13,333.33");
    EXPECT_FALSE(set.empty());
    EXPECT_TRUE(hits(set, "<td>£13,333.33</td>"));
    EXPECT_TRUE(hits(set, "\"values\":[13333.33]"));
    EXPECT_TRUE(hits(set, "a total of 13333.33 pounds"));
    EXPECT_FALSE(hits(set, "13,333 and 34"));
}

TEST(Canary, PunctuationAndSymbolsOutsideAsciiSeparateWords) {
    // A dash, curly quotes or a bullet between words separates them like a space.
    CanarySet set = withheld_only("Operation Nightjar");
    EXPECT_TRUE(hits(set, "the \u201cOperation\u2014Nightjar\u201d file"));
    EXPECT_TRUE(hits(set, "\u2022 Operation Nightjar \u2026"));
    EXPECT_TRUE(hits(set, "Operation\u00a0Nightjar"));
}
