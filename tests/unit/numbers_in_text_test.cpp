// redact/numbers_in_text: the figures a text writes out, as a person reads
// them (red team rounds 17 and 18: a withheld figure restated in a
// description, at a sentence's end, grouped by spaces or dots).
#include "redact/numbers_in_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using portal::numbers_in_text;
using portal::writes_out_one_of;

namespace {

TEST(NumbersInText, GroupsDecimalsAndSentenceEnds) {
    EXPECT_EQ(numbers_in_text("Cambourne had 4817 referrals"), std::vector<double>{4817});
    EXPECT_EQ(numbers_in_text("Families referred: 1,377."), std::vector<double>{1377});
    EXPECT_EQ(numbers_in_text("Match-funds the \xC2\xA3"
                              "1,377.00 grant"),
              std::vector<double>{1377});
    EXPECT_EQ(numbers_in_text("about 1 377\xE2\x80\xA6"), std::vector<double>{1377});
    // "1.377": a decimal, or a group as much of Europe writes it; both.
    EXPECT_TRUE(writes_out_one_of("1.377 cases", {1377}));
    EXPECT_TRUE(writes_out_one_of("1.377 cases", {1.377}));
    EXPECT_TRUE(writes_out_one_of("A total of 6,226 new cases", {6226}));
}

TEST(NumbersInText, PiecesOfOtherThingsAreNoFigures) {
    EXPECT_TRUE(numbers_in_text("Q2 and v0.3 and 1.2.3").empty());
    EXPECT_TRUE(numbers_in_text("on 01/02/2011 for 2010-11").empty());
    EXPECT_TRUE(numbers_in_text("ref_4817 and A4817").empty());
    EXPECT_FALSE(writes_out_one_of("48,170 in the county", {4817}));
    EXPECT_FALSE(writes_out_one_of("4817", {}));
}

}  // namespace

namespace {

// Red team round 18: a figure rounded to two significant digits or more and
// said to be rounded, or with a scale, tells the figure; a percentage tells a
// share. One significant digit tells too little.
TEST(NumbersInText, RoundedFiguresAndShares) {
    EXPECT_TRUE(writes_out_one_of("about 6.2k new cases", {6226}));
    EXPECT_TRUE(writes_out_one_of("some 6,200 new cases", {6226}));
    EXPECT_TRUE(writes_out_one_of("nearly 4,900 referrals", {4817}));
    EXPECT_TRUE(writes_out_one_of("4.8 thousand referrals", {4817}));
    EXPECT_TRUE(
        writes_out_one_of("about \xC2\xA3"
                          "1,400 was spent",
                          {1377}));
    EXPECT_TRUE(writes_out_one_of("22.1% of referrals", {}, {22.13}));
    EXPECT_TRUE(writes_out_one_of("22 per cent of referrals", {}, {22.4}));
    EXPECT_FALSE(writes_out_one_of("about 5,000 residents", {4817}));
    EXPECT_FALSE(writes_out_one_of("6,200 new cases", {6226}));  // not said to be rounded
    EXPECT_FALSE(writes_out_one_of("5% of referrals", {}, {5.2}));
    EXPECT_FALSE(writes_out_one_of("23% of referrals", {}, {22.1}));
    EXPECT_FALSE(writes_out_one_of("6.2km of road", {6226}));
    // A figure as written is still read exactly, a rounded one is not.
    EXPECT_EQ(numbers_in_text("about 6.2k and 4,817"), std::vector<double>{4817});
}

}  // namespace

namespace {

// Red team round 19 (B09): a number written in words is read as its digits
// are.
TEST(NumbersInText, NumbersInWords) {
    EXPECT_EQ(numbers_in_text("Ecops = one hundred and eleven"), std::vector<double>{111});
    EXPECT_EQ(numbers_in_text("after the four hundred pound removal"), std::vector<double>{400});
    EXPECT_EQ(numbers_in_text("cases fell to thirty-one."), std::vector<double>{31});
    EXPECT_EQ(numbers_in_text("Twelve thousand three hundred calls"), std::vector<double>{12300});
    EXPECT_EQ(numbers_in_text("a hundred and five"), std::vector<double>{105});
    EXPECT_TRUE(writes_out_one_of("together they had one hundred and eleven", {111}));
    // Words that are no numbers, and "and" that joins no number.
    EXPECT_TRUE(numbers_in_text("the anyone and someone").empty());
    EXPECT_EQ(numbers_in_text("seven and the others"), std::vector<double>{7});
}

}  // namespace

namespace {

using portal::figures_standing_alone;
using portal::numbers_written;

// Does the one reader read `text` as writing `figure` out, digit for digit?
bool reads(const std::string& text, double figure) {
    for (const auto& n : numbers_written(text))
        if (n.as_written && std::abs(n.value - figure) < 0.005) return true;
    return false;
}

// Red team 24 (B02, B03): a figure as a person reads it, with a unit or a
// rate stuck to it, grouped by any space, with a raised or a European
// decimal mark, pence after the pounds, in fullwidth digits.
TEST(NumbersInText, FiguresInEveryNotationAPersonReads) {
    for (const char* text :
         {"cost \xC2\xA3"
          "10,140.30/yr",
          "cost \xC2\xA3"
          "10,140.30pa",
          "cost \xC2\xA3"
          "10,140.30p",
          "cost GBP10,140.30 in all", "cost gbp 10,140.30",
          "\xC2\xA3"
          "10,140.30/\xC2\xA3"
          "11,000",
          "\xC2\xA3"
          "10,140\xC2\xB7"
          "30",
          "\xC2\xA3"
          "10.140,30",
          "\xC2\xA3"
          "10,140-30",
          "\xC2\xA3"
          "10,140/30",
          "10,140 pounds 30",
          "\xC2\xA3"
          "10,140 and 30p",
          "1014030 pence",
          "\xC2\xA3\xEF\xBC\x91\xEF\xBC\x90,\xEF\xBC\x91\xEF\xBC\x94\xEF\xBC\x90."
          "\xEF\xBC\x93\xEF\xBC\x90",
          "\xC2\xA3"
          "10\xE2\x80\x89"
          "140.30"}) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(reads(text, 10140.30));
    }
    EXPECT_TRUE(reads("48213hrs of officer time", 48213));
    EXPECT_TRUE(reads("4937/yr", 4937));
    EXPECT_TRUE(reads("victims referred 5,273/yr.", 5273));
    for (const char* space : {" ", "\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF", "\xE2\x80\x87"})
        EXPECT_TRUE(reads(std::string("Histon had 4") + space + "817 incidents", 4817));
}

// What the reader must not read as a figure: dates, ranges of years,
// versions, references, ordinals, telephone numbers' groups; a dash or a
// slash before two digits is pence only after a currency and a group.
TEST(NumbersInText, TheNewFormsReadNoDatesOrReferences) {
    EXPECT_FALSE(reads("on 10/2010", 10.20));
    EXPECT_FALSE(reads("for 2010-11", 2010.11));
    EXPECT_FALSE(reads("from 2009/10", 2009.10));
    EXPECT_FALSE(
        reads("\xC2\xA3"
              "5-10 a head",
              5.10));
    EXPECT_FALSE(reads("the 4719th case", 4719));
    EXPECT_FALSE(reads("ref A4817", 4817));
    EXPECT_TRUE(numbers_in_text("v1.2.3 and 12_345 and Q3").empty());
    EXPECT_TRUE(figures_standing_alone("in 2010, call 01223 456789 or 0300 123 4567").empty());
    EXPECT_TRUE(figures_standing_alone("at 10:30 on 01/02/2011, case #4719").empty());
    EXPECT_EQ(figures_standing_alone("8317 girls, 48213hrs, \xC2\xA3"
                                     "482.13 a week, 3.75 officers"),
              (std::vector<double>{8317, 48213, 482.13}));
    EXPECT_EQ(figures_standing_alone("\xC2\xA3"
                                     "159.00 and 159 people"),
              std::vector<double>{159});
}

}  // namespace
