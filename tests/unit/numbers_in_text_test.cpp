// redact/numbers_in_text: the figures a text writes out, as a person reads
// them (red team rounds 17 and 18: a withheld figure restated in a
// description, at a sentence's end, grouped by spaces or dots).
#include "redact/numbers_in_text.hpp"

#include <gtest/gtest.h>

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
