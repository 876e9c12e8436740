#include <gtest/gtest.h>

#include "core/heading_ids.hpp"
#include "core/reading.hpp"
#include "core/text.hpp"

using namespace portal;

TEST(Text, FoldLabelTreatsSpacesHyphensUnderscoresAlike) {
    EXPECT_EQ(fold_label("OFFICIAL-SENSITIVE"), fold_label("official sensitive"));
    EXPECT_EQ(fold_label("Not_Protectively  Marked"), fold_label("NOT PROTECTIVELY MARKED"));
    EXPECT_NE(fold_label("PROTECT"), fold_label("PROTECTED"));
}

TEST(Text, IsoDates) {
    EXPECT_TRUE(is_iso_date("2011-02-01"));
    EXPECT_TRUE(is_iso_date("2012-02-29"));
    EXPECT_FALSE(is_iso_date("2011-02-29"));
    EXPECT_FALSE(is_iso_date("2011-13-01"));
    EXPECT_FALSE(is_iso_date("1/2/2011"));
}

TEST(Text, SlugsAreStable) {
    EXPECT_EQ(slugify("How the CDRP works"), "how-the-cdrp-works");
    EXPECT_EQ(slugify("  1.1 Task group! "), "1-1-task-group");
    EXPECT_EQ(slugify("!!!"), "section");
}

TEST(Text, FinancialYears) {
    EXPECT_TRUE(is_financial_year("2010-11"));
    EXPECT_TRUE(is_financial_year("1999-00"));
    EXPECT_FALSE(is_financial_year("2010-12"));
}

TEST(HeadingIds, RepeatsTakeTheNextNumberInTurn) {
    std::set<std::string> used;
    EXPECT_EQ(portal::take_heading_id("Same heading", used), "same-heading");
    for (int k = 2; k <= 3000; ++k)
        ASSERT_EQ(portal::take_heading_id("Same heading", used),
                  "same-heading-" + std::to_string(k));
    // An id another heading took in the run is never taken twice.
    std::set<std::string> gap = {"notes", "notes-2", "notes-4"};
    const std::string next = portal::take_heading_id("Notes", gap);
    EXPECT_EQ(gap.size(), 4u);
    EXPECT_TRUE(next != "notes-2" && next != "notes-4" && next != "notes") << next;
}
