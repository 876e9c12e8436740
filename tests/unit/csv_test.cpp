#include <gtest/gtest.h>

#include "load/csv_document.hpp"

using namespace portal;

static CsvDocument parse(const std::string& text, bool expect_ok = true) {
    CsvDocument doc;
    doc.path = "x.csv";
    Diagnostics d;
    bool ok = parse_csv_document(doc, text, d);
    EXPECT_EQ(ok, expect_ok) << text;
    return doc;
}

TEST(Csv, QuotedFieldsWithCommasQuotesAndLineBreaks) {
    auto doc = parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"line one\nline two\"\nplain,2,3\n");
    ASSERT_EQ(doc.rows.size(), 3u);
    EXPECT_EQ(doc.rows[1][0].text, "x, y");
    EXPECT_EQ(doc.rows[1][1].text, "say \"hi\"");
    EXPECT_EQ(doc.rows[1][2].text, "line one\nline two");
    EXPECT_EQ(doc.rows[2][0].text, "plain");
    EXPECT_EQ(doc.rows[2][0].line, 4);  // after the quoted line break
}

TEST(Csv, ByteOrderMarkCrlfAndBlankTrailingLines) {
    auto doc = parse("\xEF\xBB\xBFproject,amount\r\nA,\"1,000.00\"\r\nB,2\r\n\r\n\r\n,\r\n");
    ASSERT_EQ(doc.rows.size(), 3u);
    EXPECT_EQ(doc.rows[0][0].text, "project");  // no BOM left in the first header
    EXPECT_EQ(doc.rows[1][1].text, "1,000.00");
    EXPECT_EQ(doc.rows[2][1].text, "2");
}

TEST(Csv, EveryCellKnowsItsLineAndColumn) {
    auto doc = parse("project,fund,amount\nTesco TV,SSCF Revenue,\"1,560.00\"\n");
    ASSERT_EQ(doc.rows.size(), 2u);
    EXPECT_EQ(doc.rows[1][0].line, 2);
    EXPECT_EQ(doc.rows[1][0].column, 1);
    EXPECT_EQ(doc.rows[1][1].column, 10);
    EXPECT_EQ(doc.rows[1][2].column, 23);
    EXPECT_EQ(doc.rows[0][2].column, 14);
}

TEST(Csv, MalformedQuotingIsAnErrorWithAPosition) {
    CsvDocument doc;
    doc.path = "f.csv";
    Diagnostics d;
    EXPECT_FALSE(parse_csv_document(doc, "a,b\n\"unclosed,2\n", d));
    ASSERT_TRUE(d.has_errors());
    EXPECT_NE(d.all()[0].str().find("f.csv:"), std::string::npos);
    EXPECT_NE(d.all()[0].str().find("malformed CSV"), std::string::npos);
    Diagnostics d2;
    CsvDocument doc2;
    doc2.path = "g.csv";
    EXPECT_FALSE(parse_csv_document(doc2, "a,b\nx\"y,2\n", d2));
    EXPECT_NE(d2.all()[0].str().find("g.csv:2:"), std::string::npos) << d2.all()[0].str();
}
