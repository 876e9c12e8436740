#include <gtest/gtest.h>

#include "load/csv_document.hpp"

using namespace portal;

static CsvDocument parse(const std::string& text, bool expect_ok = true) {
    CsvDocument doc;
    doc.path = "x.csv";
    Diagnostics d;
    EXPECT_TRUE(parse_csv_document(doc, text, d));  // always kept, even when it failed
    EXPECT_EQ(!doc.failed, expect_ok) << text;
    EXPECT_EQ(d.has_errors(), !expect_ok) << text;
    return doc;
}

// The one error a text that does not parse gives, as "path:line:column: error: message".
static std::string error_of(const std::string& text) {
    CsvDocument doc;
    doc.path = "f.csv";
    Diagnostics d;
    parse_csv_document(doc, text, d);
    EXPECT_TRUE(doc.failed) << text;
    EXPECT_TRUE(doc.rows.empty()) << "a file that failed keeps no rows";
    EXPECT_EQ(d.all().size(), 1u) << text;
    return d.all().empty() ? "" : d.all()[0].str();
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

TEST(Csv, ColumnsCountCharactersNotBytes) {
    auto doc = parse("a,b\n£5 café,x\n");
    ASSERT_EQ(doc.rows.size(), 2u);
    EXPECT_EQ(doc.rows[1][1].column, 9);
}

TEST(Csv, MalformedQuotingIsAnErrorWithAPosition) {
    EXPECT_EQ(error_of("a,b\n\"unclosed,2\n"),
              "f.csv:2:1: error: a quoted field opened here is never closed: check for a "
              "missing \"");
    EXPECT_NE(error_of("a,b\nx\"y,2\n")
                  .find("f.csv:2:2: error: a quote inside a cell that does "
                        "not start with one"),
              std::string::npos);
}

TEST(Csv, AnUnclosedQuoteIsReportedWhereItOpenedNotWhereTheNextQuoteIs) {
    // Excel-style rows; the third row's amount lost its closing quote, so libcsv
    // reads on to the next quote, two lines down, and fails there.
    const std::string text =
        "project,fund,amount\n"
        "A,SSCF Revenue,\"1,000.00\"\n"
        "Fire Service,SSCF Revenue,\"2,686.60,\n"
        "Removal,SSCF Revenue,400.00\n"
        "Tesco TV,SSCF Revenue,\"£1,560\"\n";
    EXPECT_EQ(error_of(text),
              "f.csv:3:27: error: a quoted field opened here is never closed: check for a "
              "missing \"");
}

TEST(Csv, AQuoteThatEndsAQuotedCellTooEarlyIsPointedAt) {
    const std::string e = error_of("a,b\n\"say \"hi\" there\",2\n");
    EXPECT_NE(e.find("f.csv:2:6: error: this quote closes the quoted cell that starts at column "
                     "1, but the cell goes on after it"),
              std::string::npos)
        << e;
}

TEST(Csv, Windows1252IsRefusedAtTheFirstBadByte) {
    // Excel's "CSV (Comma delimited)": £ is 0xA3 and ’ is 0x92.
    const std::string e = error_of(
        "project,amount\r\nTesco TV,\"\xA3"
        "1,560\"\r\n");
    EXPECT_EQ(e,
              "f.csv:2:11: error: this file is not UTF-8 text (a spreadsheet saved it in another "
              "encoding); save it as \"CSV UTF-8\"");
    EXPECT_NE(error_of("a,b\nOfficer\x92s note,1\n")
                  .find("f.csv:2:8: error: this file is not "
                        "UTF-8"),
              std::string::npos);
    // Columns after a byte-order mark and after valid non-ASCII text count characters.
    EXPECT_NE(error_of("\xEF\xBB\xBF£a,caf\xE9\n").find("f.csv:1:7: error:"), std::string::npos);
}

TEST(Csv, NothingOfAFileThatFailedIsKept) {
    // The rows before the problem parsed, but no later stage may use part of a file.
    auto doc = parse("a,b\n1,2\n3,\"4\n", false);
    EXPECT_TRUE(doc.rows.empty());
}
