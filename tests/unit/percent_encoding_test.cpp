#include <gtest/gtest.h>

#include "core/percent_encoding.hpp"

using namespace portal;

TEST(PercentEncoding, DecodesTwoHexDigitsInEitherCase) {
    EXPECT_EQ(percent_decoded("%52ESTRICTED"), "RESTRICTED");
    EXPECT_EQ(percent_decoded("zebra%2dquokka%2D"), "zebra-quokka-");
    EXPECT_EQ(percent_decoded("%E2%80%AE"), "\xE2\x80\xAE");
}

TEST(PercentEncoding, LeavesAPercentWithoutTwoHexDigitsAsWritten) {
    EXPECT_EQ(percent_decoded("100%"), "100%");
    EXPECT_EQ(percent_decoded("50% of %zz and %4"), "50% of %zz and %4");
    EXPECT_EQ(percent_decoded("%%41"), "%A");
}

TEST(PercentEncoding, PlusIsASpaceOnlyWhenAsked) {
    EXPECT_EQ(percent_decoded("a+b%2B"), "a+b+");
    EXPECT_EQ(percent_decoded("a+b%2B", PlusSign::space), "a b+");
}

TEST(PercentEncoding, LineReadersKeepControlBytesEncoded) {
    EXPECT_EQ(percent_decoded("a%0Ab%7F%41"), std::string("a\nb\x7F"
                                                          "A"));
    EXPECT_EQ(percent_decoded("a%0Ab%7F%41", PlusSign::kept, ControlBytes::kept_encoded),
              "a%0Ab%7FA");
}
