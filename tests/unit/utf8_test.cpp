// core/utf8: strict UTF-8 checking, as every loader uses it on site files.
#include <gtest/gtest.h>

#include <string>

#include "core/utf8.hpp"

using portal::first_invalid_utf8;
using portal::utf8_length;

TEST(Utf8, ValidTextOfEveryLength) {
    EXPECT_EQ(first_invalid_utf8(""), std::nullopt);
    EXPECT_EQ(first_invalid_utf8("plain ASCII, with\ttabs\r\n"), std::nullopt);
    EXPECT_EQ(first_invalid_utf8("£1,560 café"), std::nullopt);                 // two bytes
    EXPECT_EQ(first_invalid_utf8("Officer’s note – 2010–11 €"), std::nullopt);  // three
    EXPECT_EQ(first_invalid_utf8("\xF0\x9F\x98\x80 emoji"), std::nullopt);      // four
    EXPECT_EQ(first_invalid_utf8(std::string("nul \0 is text", 13)), std::nullopt);
}

TEST(Utf8, BoundariesOfTheCodeSpace) {
    EXPECT_EQ(first_invalid_utf8("\xC2\x80"), std::nullopt);          // U+0080
    EXPECT_EQ(first_invalid_utf8("\xDF\xBF"), std::nullopt);          // U+07FF
    EXPECT_EQ(first_invalid_utf8("\xE0\xA0\x80"), std::nullopt);      // U+0800
    EXPECT_EQ(first_invalid_utf8("\xED\x9F\xBF"), std::nullopt);      // U+D7FF
    EXPECT_EQ(first_invalid_utf8("\xEE\x80\x80"), std::nullopt);      // U+E000
    EXPECT_EQ(first_invalid_utf8("\xEF\xBF\xBF"), std::nullopt);      // U+FFFF
    EXPECT_EQ(first_invalid_utf8("\xF0\x90\x80\x80"), std::nullopt);  // U+10000
    EXPECT_EQ(first_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF
}

TEST(Utf8, Windows1252BytesAreFoundWhereTheyAre) {
    // What Excel's "CSV (Comma delimited)" writes for £, ’ and é.
    EXPECT_EQ(first_invalid_utf8("Tesco TV,\"\xA3"
                                 "1,560\""),
              10u);
    EXPECT_EQ(first_invalid_utf8("Officer\x92s note"), 7u);
    EXPECT_EQ(first_invalid_utf8("caf\xE9 and more"), 3u);  // a lead byte without its tail
    EXPECT_EQ(first_invalid_utf8("ok £ then \x80"), 11u);   // after valid multibyte text
}

TEST(Utf8, OverlongFormsAreRefused) {
    EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), 0u);  // '/' in two bytes
    EXPECT_EQ(first_invalid_utf8("\xC1\xBF"), 0u);
    EXPECT_EQ(first_invalid_utf8("a\xE0\x80\xAF"), 1u);     // '/' in three bytes
    EXPECT_EQ(first_invalid_utf8("ab\xE0\x9F\xBF"), 2u);    // U+07FF in three bytes
    EXPECT_EQ(first_invalid_utf8("\xF0\x80\x80\xAF"), 0u);  // '/' in four bytes
    EXPECT_EQ(first_invalid_utf8("\xF0\x8F\xBF\xBF"), 0u);  // U+FFFF in four bytes
}

TEST(Utf8, SurrogatesAndCodePointsBeyondUnicodeAreRefused) {
    EXPECT_EQ(first_invalid_utf8("x\xED\xA0\x80"), 1u);     // U+D800
    EXPECT_EQ(first_invalid_utf8("x\xED\xBF\xBF"), 1u);     // U+DFFF
    EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // U+110000
    EXPECT_EQ(first_invalid_utf8("\xF5\x80\x80\x80"), 0u);
    EXPECT_EQ(first_invalid_utf8("\xFE"), 0u);
    EXPECT_EQ(first_invalid_utf8("\xFF"), 0u);
}

TEST(Utf8, SequencesCutShortOrBrokenAreRefused) {
    EXPECT_EQ(first_invalid_utf8("end \xC2"), 4u);
    EXPECT_EQ(first_invalid_utf8("end \xE2\x80"), 4u);
    EXPECT_EQ(first_invalid_utf8("end \xF0\x9F\x98"), 4u);
    EXPECT_EQ(first_invalid_utf8("\xE2\x80"
                                 "a"),
              0u);  // third byte not a continuation
    EXPECT_EQ(first_invalid_utf8("\xF0\x9F"
                                 "ab"),
              0u);
    EXPECT_EQ(first_invalid_utf8("\x80 stray"), 0u);    // continuation without a lead
    EXPECT_EQ(first_invalid_utf8("\xC2\x80\x80"), 2u);  // one continuation too many
}

TEST(Utf8, ABadByteIsFoundAtEveryOffsetOfLongAsciiText) {
    // ASCII is checked eight bytes at a time: a bad byte, or a sequence cut
    // short by the end of the text, must be found wherever it falls in a word.
    for (std::size_t at = 0; at < 40; ++at) {
        std::string text(41, 'a');
        text[at] = '\x92';
        EXPECT_EQ(first_invalid_utf8(text), at) << "at " << at;
        std::string cut(at, 'b');
        cut += "\xE2\x80";
        EXPECT_EQ(first_invalid_utf8(cut), at) << "cut at " << at;
        std::string good(at, 'c');
        good += "\xE2\x80\x99";
        good += std::string(at, 'd');
        EXPECT_EQ(first_invalid_utf8(good), std::nullopt) << "good at " << at;
    }
}

TEST(Utf8, LengthCountsCharactersNotBytes) {
    EXPECT_EQ(utf8_length(""), 0u);
    EXPECT_EQ(utf8_length("abc"), 3u);
    EXPECT_EQ(utf8_length("£1,560"), 6u);
    EXPECT_EQ(utf8_length("\xF0\x9F\x98\x80!"), 2u);
}
