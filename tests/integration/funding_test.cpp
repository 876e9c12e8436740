// Funding years: exact totals, checks before redaction, public figures after it.
#include <gtest/gtest.h>

#include "load/csv_document.hpp"
#include "load/json_document.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kFunds = R"({"financial_year": "2010-11", "funds": [
  {"name": "SSCF Revenue", "available": "60,545.90", "stated_total": "60,545.90"},
  {"name": "Pooled Fund", "available": "32,506.40", "stated_total": "0.00"},
  {"name": "SSCF Grant"}]})";

const char* kRows =
    "project,fund,amount,section,progress,marking\r\n"
    "CDRP Partnership Support Officer,SSCF Revenue,\"23,500.00\",Funding plan,Post part-time.,\r\n"
    "CDRP ASB Case Officer,SSCF Revenue,\"16,600.00\",Funding plan,\"Employed, with a comma\",\r\n"
    "Funding to SCDC,SSCF Revenue,\"10,140.30\",Funding plan,\"Line one\nline two\",\r\n"
    "Drive to Arrive,SSCF Revenue,\"2,686.60\",Funding plan,,\r\n"
    "Removal costs for the Quillfeather household case,SSCF Revenue,400.00,Funding plan,Moving the "
    "Quillfeather household far away.,\"PROTECT: project, progress\"\r\n"
    "Skip,SSCF Revenue,159.00,Funding plan,,\r\n"
    "Tesco TV,SSCF Revenue,\"£1,560\",Funding plan,,\r\n"
    "PPO Interventions,SSCF Revenue,500.00,Funding plan,,\r\n"
    "IOM Scheme,SSCF Revenue,\"5,000.00\",Funding plan,,\r\n"
    "Vehicle Crime Reduction,SSCF Grant,\"4,500.00\",SSCF grant applications,,\r\n"
    "Burglary Project,SSCF Grant,\"5,000.00\",SSCF grant applications,,\r\n"
    "\r\n";

}  // namespace

TEST(Funding, TotalsMatchThePaperToThePenny) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", std::string("\xEF\xBB\xBF") + kRows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("funding/2010-11/index.html");
    EXPECT_NE(html.find("<th scope=\"row\">SSCF Revenue</th><td class=\"num\" "
                        "data-label=\"Available\">£60,545.90</td><td class=\"num\" "
                        "data-label=\"Allocated\">£60,545.90</td><td class=\"num\" "
                        "data-label=\"Remaining\">£0.00</td>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<th scope=\"row\">Pooled Fund</th><td class=\"num\" "
                        "data-label=\"Available\">£32,506.40</td><td class=\"num\" "
                        "data-label=\"Allocated\">£0.00</td><td class=\"num\" "
                        "data-label=\"Remaining\">£32,506.40</td>"),
              std::string::npos);
    EXPECT_NE(
        html.find("<th scope=\"row\">SSCF Grant</th><td class=\"num\" data-label=\"Available\">not "
                  "stated</td><td class=\"num\" data-label=\"Allocated\">£9,500.00</td>"),
        std::string::npos);
    EXPECT_NE(html.find("<td class=\"num\" data-label=\"Allocated\">£70,045.90</td>"),
              std::string::npos);
    // Sections keep the paper's order and carry their own totals.
    EXPECT_LT(html.find("<caption>Funding plan</caption>"),
              html.find("<caption>SSCF grant applications</caption>"));
    EXPECT_NE(html.find("<td class=\"num\" data-label=\"Total\">£60,545.90</td>"),
              std::string::npos);
    EXPECT_NE(html.find("<td class=\"num\" data-label=\"Total\">£9,500.00</td>"),
              std::string::npos);
    EXPECT_NE(html.find("Employed, with a comma"), std::string::npos);
    EXPECT_NE(html.find("£1,560.00"), std::string::npos);
}

TEST(Funding, WithheldCellsKeepTheAmountInEveryPublicTotal) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", kRows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("funding/2010-11/index.html");
    EXPECT_NE(html.find("<th scope=\"row\"><em>Withheld</em></th><td data-label=\"Fund\">SSCF "
                        "Revenue</td><td class=\"num\" data-label=\"Amount\">£400.00</td><td "
                        "data-label=\"Progress\"><em>Withheld</em></td>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("£60,545.90"), std::string::npos);
    EXPECT_NE(html.find("Information withheld."), std::string::npos);
    std::string csv = s.read_out("data/funding/allocations-2010-11.csv");
    EXPECT_NE(csv.find("Withheld,SSCF Revenue,400.00,Funding plan,Withheld\r\n"), std::string::npos)
        << csv;
    for (auto& e : fs::recursive_directory_iterator(s.out())) {
        if (!e.is_regular_file()) continue;
        std::string bytes = s.read_out(e.path().lexically_relative(s.out()).string());
        EXPECT_EQ(bytes.find("Quillfeather"), std::string::npos) << e.path();
    }
}

TEST(Funding, DownloadsParseBackToTheFiguresOnThePage) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", kRows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    portal::CsvDocument doc;
    doc.path = "download.csv";
    portal::Diagnostics d;
    ASSERT_TRUE(
        portal::parse_csv_document(doc, s.read_out("data/funding/allocations-2010-11.csv"), d));
    ASSERT_EQ(doc.rows.size(), 12u);
    EXPECT_EQ(doc.rows[0][0].text, "project");
    EXPECT_EQ(doc.rows[3][4].text, "Line one\nline two");
    portal::Json json = portal::Json::parse(s.read_out("data/funding/allocations-2010-11.json"));
    EXPECT_EQ(json.size(), 11u);
    EXPECT_EQ(json[2]["amount"], "10,140.30");
    EXPECT_EQ(json[4]["project"], "Withheld");
}

TEST(Funding, ErrorsComeBackWithTheirPositions) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    std::string rows = kRows;
    rows.replace(rows.find("\"10,140.30\""), 11, "12.345");
    rows.replace(rows.find("159.00"), 6, "\"1,00\"");
    rows.replace(rows.find("IOM Scheme,SSCF Revenue"), 23, "IOM Scheme,SSCF Revenu");
    s.write("data/funding/2010-11.csv", rows);
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    const std::string csv = s.path("data/funding/2010-11.csv");
    EXPECT_NE(m.find(csv + ":4:30: error: amount: pence have one or two digits after the point"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find(csv + ":8:19: error: amount: commas must separate groups of three digits"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find(csv + ":11:12: error: fund: \"SSCF Revenu\" is not a fund of 2010-11"),
              std::string::npos)
        << m;
}

TEST(Funding, StatedTotalsAndOverAllocationAreCheckedBeforeRedaction) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("\"stated_total\": \"60,545.90\""), 27,
                  "\"stated_total\": \"60,145.90\"");
    funds.replace(funds.find("\"available\": \"60,545.90\""), 24, "\"available\": \"60,000.00\"");
    s.write("data/funding/2010-11.json", funds);
    s.write("data/funding/2010-11.csv", kRows);  // includes the withheld £400 row
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    EXPECT_NE(m.find("2010-11.json:2:41: error: SSCF Revenue: allocations add up to £60,545.90, "
                     "more than the £60,000.00 available"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("2010-11.json:2:70: error: SSCF Revenue: the stated total is £60,145.90 but "
                     "the rows of"),
              std::string::npos)
        << m;
    EXPECT_NE(m.find("add up to £60,545.90"), std::string::npos) << m;
}

TEST(Funding, MissingPartnerFileAndBadColumns) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("no allocations for this year: add data/funding/2010-11.csv"),
              std::string::npos)
        << s.messages();
    s.write("data/funding/2010-11.csv", "project,fund,cost\nA,SSCF Revenue,1\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("2010-11.csv:1:14: error: unknown column 'cost'"),
              std::string::npos)
        << s.messages();
    EXPECT_NE(s.messages().find("the first line must name a 'amount' column"), std::string::npos)
        << s.messages();
}

TEST(Funding, AWithheldRowCountsNowhereAndAnUnknownLabelFailsClosed) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("\"stated_total\": \"60,545.90\""), 27,
                  "\"stated_total\": \"60,545.90\"");
    s.write("data/funding/2010-11.json", funds);
    std::string rows = kRows;
    rows.replace(rows.find("\"PROTECT: project, progress\""), 28, "PROTECT");
    s.write("data/funding/2010-11.csv", rows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("funding/2010-11/index.html");
    // The row is gone from the tables; (what remains of the fund is public arithmetic).
    EXPECT_EQ(html.find("data-label=\"Amount\">£400.00"), std::string::npos);
    EXPECT_NE(html.find("£60,145.90"), std::string::npos);  // the public sum, after redaction
    const std::string before = s.snapshot();
    rows = kRows;
    rows.replace(rows.find("\"PROTECT: project, progress\""), 28, "SORT OF SECRET");
    s.write("data/funding/2010-11.csv", rows);
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("2010-11.csv:7:128: error: unknown marking label 'SORT OF SECRET'"),
              std::string::npos)
        << s.messages();
    EXPECT_NE(s.messages().find("unknown marking label 'SORT OF SECRET'"), std::string::npos);
    EXPECT_EQ(s.snapshot(), before);
}
