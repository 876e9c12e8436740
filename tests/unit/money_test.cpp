#include <gtest/gtest.h>

#include "core/money.hpp"

using namespace portal;

static Pence ok(const char* s) {
    auto r = parse_money(s);
    EXPECT_TRUE(r.pence.has_value()) << s << ": " << r.error;
    return r.pence.value_or(-1);
}

TEST(Money, AcceptsAmountsAsOfficersWriteThem) {
    EXPECT_EQ(ok("16,600.00"), 1660000);
    EXPECT_EQ(ok("£1,560"), 156000);
    EXPECT_EQ(ok("159"), 15900);
    EXPECT_EQ(ok("4,500.5"), 450050);
    EXPECT_EQ(ok(" £ 12.30 "), 1230);
    EXPECT_EQ(ok("0.00"), 0);
    EXPECT_EQ(ok("1,234,567.89"), 123456789);
    EXPECT_EQ(ok("9,999,999,999.99"), 999999999999);  // largest accepted
}

TEST(Money, RefusesAnythingElse) {
    for (const char* bad : {"12.345", "1,00", "abc", "-5", "", "£", "1,0000", ",100", "1.", ".5",
                            "1,234,56", "12a", "(5.00)", "1 000", "10000000000.00", "1e5"}) {
        auto r = parse_money(bad);
        EXPECT_FALSE(r.pence.has_value()) << "accepted '" << bad << "'";
        EXPECT_FALSE(r.error.empty()) << bad;
    }
}

TEST(Money, PrintsPoundsAndPence) {
    EXPECT_EQ(format_money(1660000), "£16,600.00");
    EXPECT_EQ(format_money(5), "£0.05");
    EXPECT_EQ(format_money(0), "£0.00");
    EXPECT_EQ(format_money(100), "£1.00");
    EXPECT_EQ(format_money(99999999999999), "£999,999,999,999.99");
    EXPECT_EQ(format_money(-1230), "−£12.30");
}

TEST(Money, SumsAreExactWherePoundsAsFloatingPointWouldDrift) {
    // 0.10 added ten times is not 1.00 in binary floating point; in pence it is.
    Pence total = 0;
    for (int i = 0; i < 10; ++i) total += ok("0.10");
    EXPECT_EQ(format_money(total), "£1.00");
    // The 2010-11 SSCF revenue rows from the seed add up to the paper's total.
    Pence sscf = 0;
    for (const char* a : {"23,500.00", "16,600.00", "10,140.30", "2,686.60", "400.00", "159.00",
                          "1,560.00", "500.00", "5,000.00"})
        sscf += ok(a);
    EXPECT_EQ(format_money(sscf), "£60,545.90");
}
