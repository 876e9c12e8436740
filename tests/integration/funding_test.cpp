// Funding years: exact totals, checks before redaction, public figures after it.
#include <gtest/gtest.h>

#include "leak_check.hpp"
#include "load/csv_document.hpp"
#include "load/json_document.hpp"
#include "redact/csv_redaction.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kFunds = R"({"financial_year": "2010-11", "funds": [
  {"name": "SSCF Revenue", "available": "60,545.90", "stated_total": "60,545.90"},
  {"name": "Pooled Fund", "available": "32,506.40", "stated_total": "0.00",
   "stated_remaining": "32,506.40"},
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
    EXPECT_NE(
        html.find("<th scope=\"row\">SSCF Revenue</th><td class=\"num\" "
                  "data-label=\"Available\">£60,545.90</td><td class=\"num\" "
                  "data-label=\"Allocated\">£60,545.90</td><td class=\"num\" "
                  "data-label=\"Remaining\">£0.00 <span class=\"computed\">computed</span></td>"),
        std::string::npos)
        << html;
    EXPECT_NE(html.find("<th scope=\"row\">Pooled Fund</th><td class=\"num\" "
                        "data-label=\"Available\">£32,506.40</td><td class=\"num\" "
                        "data-label=\"Allocated\">£0.00</td><td class=\"num\" "
                        "data-label=\"Remaining\">£32,506.40</td>"),
              std::string::npos);
    EXPECT_NE(
        html.find("<th scope=\"row\">SSCF Grant</th><td class=\"num\" data-label=\"Available\">not "
                  "stated</td><td class=\"num\" data-label=\"Allocated\">£9,500.00 <span "
                  "class=\"computed\">computed</span></td>"),
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
    EXPECT_NE(csv.find("Withheld,SSCF Revenue,400.00,Funding plan,Withheld,40000\r\n"),
              std::string::npos)
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
    portal::parse_csv_document(doc, s.read_out("data/funding/allocations-2010-11.csv"), d);
    ASSERT_FALSE(doc.failed) << d.all()[0].str();
    ASSERT_EQ(doc.rows.size(), 12u);
    EXPECT_EQ(doc.rows[0][0].text, "project");
    ASSERT_EQ(doc.rows[0].size(), 6u);
    EXPECT_EQ(doc.rows[0][5].text, "amount_pence");
    EXPECT_EQ(doc.rows[3][4].text, "Line one\nline two");
    EXPECT_EQ(doc.rows[3][5].text, "1014030");  // a number, exact: pence
    EXPECT_EQ(doc.rows[5][5].text, "40000");    // the amount of a row with withheld cells
    portal::Json json = portal::Json::parse(s.read_out("data/funding/allocations-2010-11.json"));
    EXPECT_EQ(json.size(), 11u);
    EXPECT_EQ(json[2]["amount"], "10,140.30");
    EXPECT_EQ(json[2]["amount_pence"], 1014030);
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
    EXPECT_NE(
        m.find("2010-11.json:2:41: error: SSCF Revenue: the allocations add up to £60,545.90, "
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
    EXPECT_NE(s.messages().find("the first line must name an 'amount' column"), std::string::npos)
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
    // The row is gone from the tables, and from every figure: the fund spent all
    // it had, so what "remains" after redaction would be the withheld £400.00
    // (red team round 4, L1). Every fund's remaining, and the total's, is withheld.
    EXPECT_EQ(html.find("400.00"), std::string::npos) << html;
    EXPECT_NE(html.find("£60,145.90"), std::string::npos);  // the public sum, after redaction
    EXPECT_NE(html.find("data-label=\"Remaining\">Withheld"), std::string::npos);
    EXPECT_NE(html.find("What each fund had, what remains and the notes on the funds are withheld"),
              std::string::npos);
    // What the fund had goes too: with the public allocated figure it would
    // give "remaining + withheld", and a fund known to be spent (a note saying
    // "Funds remaining: 0.00") leaves the withheld amount (red team round 5, L6).
    EXPECT_NE(html.find("data-label=\"Available\">Withheld"), std::string::npos);
    for (const char* f : {"funding/2010-11/index.html", "data/funding/funds-2010-11.csv",
                          "data/funding/funds-2010-11.json"}) {
        EXPECT_EQ(s.read_out(f).find("60,545.90"), std::string::npos) << f;
        EXPECT_EQ(s.read_out(f).find("6054590"), std::string::npos) << f;
    }
    for (const char* f : {"data/funding/funds-2010-11.csv", "data/funding/funds-2010-11.json",
                          "funding/index.html"}) {
        EXPECT_EQ(s.read_out(f).find("40000"), std::string::npos) << f;
        EXPECT_EQ(s.read_out(f).find("400.00"), std::string::npos) << f;
    }
    const std::string before = s.snapshot();
    rows = kRows;
    rows.replace(rows.find("\"PROTECT: project, progress\""), 28, "SORT OF SECRET");
    s.write("data/funding/2010-11.csv", rows);
    EXPECT_FALSE(s.build().ok);
    // Not quoted: "SORT OF" are not words of a marking, and may be what was meant
    // to be withheld; the place, the policy and the closest label are given.
    EXPECT_NE(s.messages().find("2010-11.csv:7:128: error: an unknown marking label (not quoted"),
              std::string::npos)
        << s.messages();
    EXPECT_EQ(s.messages().find("SORT"), std::string::npos) << s.messages();
    EXPECT_NE(s.messages().find("the closest of them is '"), std::string::npos) << s.messages();
    EXPECT_EQ(s.snapshot(), before);
}

namespace {

// kRows with one substring replaced.
std::string rows_with(const std::string& from, const std::string& to) {
    std::string rows = kRows;
    rows.replace(rows.find(from), from.size(), to);
    return rows;
}

// Builds the site with `good` at rel, then with `bad`: that build must fail with
// exactly `errors` errors (no follow-on noise) and leave the output as it was.
void expect_refused(TempSite& s, const std::string& rel, const std::string& good,
                    const std::string& text, int errors) {
    s.write(rel, good);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string before = s.snapshot();
    s.write(rel, text);
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(s.diags.error_count(), errors) << s.messages();
    EXPECT_EQ(s.messages().find("internal error"), std::string::npos) << s.messages();
    EXPECT_EQ(s.snapshot(), before);
}

}  // namespace

TEST(Funding, ACsvSavedAsWindows1252IsAnErrorAtItsFirstBadByte) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", kRows);
    // Excel's "CSV (Comma delimited)": £ is 0xA3, ’ is 0x92.
    std::string rows = rows_with("\"£1,560\",Funding plan,,",
                                 "\"\xA3"
                                 "1,560\",Funding plan,Officer\x92s note,");
    expect_refused(s, "data/funding/2010-11.csv", kRows, rows, 1);
    EXPECT_NE(s.messages().find(s.path("data/funding/2010-11.csv") +
                                ":9:24: error: this file is not UTF-8 text (a spreadsheet saved "
                                "it in another encoding); save it as \"CSV UTF-8\""),
              std::string::npos)
        << s.messages();
}

TEST(Funding, AShortRowIsAnErrorAndNeverPublished) {
    TempSite s;
    s.write("data/funding/2010-11.json", R"({"financial_year": "2010-11", "funds": [
      {"name": "Public Fund", "available": "10,000.00"}]})");
    // The marking has slid into the progress column: published, it would read
    // "PROTECT" as progress and withhold nothing.
    expect_refused(s, "data/funding/2010-11.csv",
                   "project,fund,amount,section,progress,marking\nP,Public Fund,\"1.00\",S,p,\n",
                   "project,fund,amount,section,progress,marking\n"
                   "P,Public Fund,\"1.00\",S,p,\n"
                   "P x,Public Fund,\"1.00\",S,PROTECT\n",
                   1);
    EXPECT_NE(s.messages().find(s.path("data/funding/2010-11.csv") +
                                ":3:1: error: this row has 5 cells but the first line names 6 "
                                "columns"),
              std::string::npos)
        << s.messages();
}

TEST(Funding, ABrokenQuoteIsReportedWhereItOpenedAndOnlyThere) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    expect_refused(s, "data/funding/2010-11.csv", kRows,
                   rows_with("\"2,686.60\",Funding plan", "\"2,686.60,Funding plan"), 1);
    // Not "no allocations for this year": the file is there, it just cannot be read.
    EXPECT_NE(s.messages().find(s.path("data/funding/2010-11.csv") +
                                ":6:30: error: a quoted field opened here is never closed: check "
                                "for a missing \""),
              std::string::npos)
        << s.messages();
    expect_refused(s, "data/funding/2010-11.csv", kRows, rows_with("Skip,", "Sk\"ip,"), 1);
    EXPECT_NE(s.messages().find(s.path("data/funding/2010-11.csv") +
                                ":8:3: error: a quote inside a cell that does not start with one"),
              std::string::npos)
        << s.messages();
}

TEST(Funding, AWrongFirstLineIsReportedOnceAndTheFileIsNotRead) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    // The rows still have six cells: read against this header, every progress
    // note would be taken for a marking.
    expect_refused(s, "data/funding/2010-11.csv", kRows,
                   rows_with("project,fund,amount,section,progress,marking",
                             "project,fund,section,progress,marking"),
                   1);
    EXPECT_NE(s.messages().find(s.path("data/funding/2010-11.csv") +
                                ":1:1: error: the first line must name an 'amount' column"),
              std::string::npos)
        << s.messages();
    // A misspelt marking column would otherwise publish every row it marks.
    expect_refused(s, "data/funding/2010-11.csv", kRows,
                   rows_with("progress,marking", "progress,markings"), 1);
    EXPECT_NE(s.messages().find("unknown column 'markings'"), std::string::npos) << s.messages();
}

TEST(Funding, TheYearIsAFinancialYearAndThereAreFunds) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("2010-11"), 7, "2010-12");
    s.write("data/funding/2010-12.json", funds);
    s.write("data/funding/2010-12.csv", kRows);
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(
        s.messages().find(s.path("data/funding/2010-12.json") +
                          ":1:20: error: financial_year: \"2010-12\" is not a financial year"),
        std::string::npos)
        << s.messages();
    s.remove("data/funding/2010-12.json");
    s.remove("data/funding/2010-12.csv");
    s.write("data/funding/2010-11.json", R"({"financial_year": "2010-11", "funds": []})");
    s.write("data/funding/2010-11.csv", kRows);
    EXPECT_FALSE(s.build().ok);
    EXPECT_EQ(s.diags.error_count(), 1) << s.messages();
    EXPECT_NE(s.messages().find(s.path("data/funding/2010-11.json") +
                                ":1:40: error: funds: the list is empty"),
              std::string::npos)
        << s.messages();
}

TEST(Funding, ARowOfAWithheldFundIsWithheldEvenWhenItsFundCellIsHidden) {
    TempSite s;
    s.write("data/funding/2010-11.json", R"({"financial_year": "2010-11", "funds": [
      {"name": "Public Fund", "available": "10,000.00"},
      {"name": "Secret Fund", "available": "9,999.00", "marking": "PROTECT"}]})");
    s.write("data/funding/2010-11.csv",
            "project,fund,amount,section,progress,marking\n"
            "P,Public Fund,\"1.00\",S,p,\n"
            "Project of the withheld fund,Secret Fund,\"8,765.43\",S,Progress of the withheld "
            "fund,\"PROTECT: fund\"\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    for (auto& e : fs::recursive_directory_iterator(s.out())) {
        if (!e.is_regular_file()) continue;
        std::string bytes = s.read_out(e.path().lexically_relative(s.out()).string());
        EXPECT_EQ(bytes.find("of the withheld fund"), std::string::npos) << e.path();
        EXPECT_EQ(bytes.find("8,765.43"), std::string::npos) << e.path();
        EXPECT_EQ(bytes.find("876543"), std::string::npos) << e.path();
    }
    std::string html = s.read_out("funding/2010-11/index.html");
    EXPECT_NE(html.find("<tfoot><tr><th scope=\"row\">Total <span "
                        "class=\"computed\">computed</span></th><td class=\"num\" "
                        "data-label=\"Available\">Withheld</td><td class=\"num\" "
                        "data-label=\"Allocated\">£1.00</td>"),
              std::string::npos)
        << html;
}

TEST(Funding, AmountsWhoseFundIsWithheldHaveTheirOwnRowAndRevealNoFund) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv",
            rows_with("PPO Interventions,SSCF Revenue,500.00,Funding plan,,",
                      "PPO Interventions,SSCF Revenue,500.00,Funding plan,,PROTECT: fund"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("funding/2010-11/index.html");
    // SSCF Revenue shows only what is public of it, and no money left that is not there.
    EXPECT_NE(html.find("<th scope=\"row\">SSCF Revenue</th><td class=\"num\" "
                        "data-label=\"Available\">Withheld</td><td class=\"num\" "
                        "data-label=\"Allocated\">£60,045.90 <span "
                        "class=\"computed\">computed</span></td><td class=\"num\" "
                        "data-label=\"Remaining\">Withheld</td>"),
              std::string::npos)
        << html;
    EXPECT_EQ(html.find("data-label=\"Remaining\">£500.00"), std::string::npos);
    // Every fund's remaining goes, not only the one that paid: that would name it.
    EXPECT_NE(html.find("<th scope=\"row\">Pooled Fund</th><td class=\"num\" "
                        "data-label=\"Available\">Withheld</td><td class=\"num\" "
                        "data-label=\"Allocated\">£0.00 <span "
                        "class=\"computed\">computed</span></td><td class=\"num\" "
                        "data-label=\"Remaining\">Withheld</td>"),
              std::string::npos)
        << html;
    // The money is in its own row, so the column adds up to the total.
    EXPECT_NE(html.find("<th scope=\"row\">Fund withheld<br>"), std::string::npos) << html;
    EXPECT_NE(html.find("data-label=\"Allocated\">£500.00 <span "
                        "class=\"computed\">computed</span></td><td class=\"num\" "
                        "data-label=\"Remaining\">Withheld</td>"),
              std::string::npos)
        << html;
    // The Total row is over the funds that state an amount: which of them paid
    // the rows whose fund is withheld is as secret as which fund did.
    EXPECT_NE(html.find("<th scope=\"row\">Total, not counting SSCF Grant (no amount available "
                        "stated) <span class=\"computed\">computed</span></th><td class=\"num\" "
                        "data-label=\"Available\">Withheld</td><td "
                        "class=\"num\" data-label=\"Allocated\">Withheld</td><td class=\"num\" "
                        "data-label=\"Remaining\">Withheld</td>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<th scope=\"row\">All allocations, SSCF Grant included <span "
                        "class=\"computed\">computed</span></th><td "
                        "class=\"num\" data-label=\"Available\"></td><td class=\"num\" "
                        "data-label=\"Allocated\">£70,045.90</td>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<tr><th scope=\"row\">Fund withheld</th><td class=\"num\">£500.00</td>"),
              std::string::npos)
        << "the chart by fund has the row too\n"
        << html;
    // The open data: no amount available or stated total (60,545.90 less the
    // public £60,045.90 would name the fund), no remaining, and the withheld
    // fund's money in its own row.
    std::string funds = s.read_out("data/funding/funds-2010-11.csv");
    EXPECT_NE(
        funds.find("SSCF Revenue,Withheld,Withheld,6004590,Withheld,Withheld,Withheld,,,\r\n"),
        std::string::npos)
        << funds;
    EXPECT_NE(funds.find("Withheld,,,50000,,,,,,\r\n"), std::string::npos) << funds;
    EXPECT_EQ(funds.find("6054590,6054590"), std::string::npos) << funds;
}

TEST(Funding, OverallFiguresCountTheFundsThatStateAnAmount) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", kRows);
    s.write("layouts/funding-index.mustache",
            "{{#page.years}}[{{year}}|{{available}}|{{allocated}}|{{remaining}}]{{/page.years}}");
    ASSERT_TRUE(s.build().ok) << s.messages();
    // The paper: available 60,545.90 + 32,506.40 (the SSCF grants state none);
    // funds remaining 0.00 and 32,506.40. The Total row is over those funds, so
    // that it adds up (93,052.30 − 60,545.90 = 32,506.40), and every allocation,
    // the grants' 9,500.00 included, is on a row of its own.
    std::string html = s.read_out("funding/2010-11/index.html");
    EXPECT_NE(html.find("<th scope=\"row\">Total, not counting SSCF Grant (no amount available "
                        "stated) <span class=\"computed\">computed</span></th><td class=\"num\" "
                        "data-label=\"Available\">£93,052.30</td><td "
                        "class=\"num\" data-label=\"Allocated\">£60,545.90</td><td class=\"num\" "
                        "data-label=\"Remaining\">£32,506.40</td>"),
              std::string::npos)
        << html;
    EXPECT_NE(html.find("<th scope=\"row\">All allocations, SSCF Grant included <span "
                        "class=\"computed\">computed</span></th><td "
                        "class=\"num\" data-label=\"Available\"></td><td class=\"num\" "
                        "data-label=\"Allocated\">£70,045.90</td>"),
              std::string::npos)
        << html;
    EXPECT_NE(s.read_out("funding/index.html").find("[2010-11|£93,052.30|£60,545.90|£32,506.40]"),
              std::string::npos)
        << s.read_out("funding/index.html");
}

TEST(Funding, EveryFundStatingAnAmountGivesPlainTotals) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("{\"name\": \"SSCF Grant\"}"), 22,
                  "{\"name\": \"SSCF Grant\", \"available\": \"9,500.00\"}");
    s.write("data/funding/2010-11.json", funds);
    s.write("data/funding/2010-11.csv", kRows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string html = s.read_out("funding/2010-11/index.html");
    EXPECT_NE(html.find("data-label=\"Available\">£102,552.30</td><td class=\"num\" "
                        "data-label=\"Allocated\">£70,045.90</td><td class=\"num\" "
                        "data-label=\"Remaining\">£32,506.40</td></tr></tfoot>"),
              std::string::npos)
        << html;
}

TEST(Funding, ChartsOfMoneySayTheyAreMoney) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", kRows);
    // Both charts, by fund and by project, print their figures as pounds.
    s.write("layouts/funding.mustache",
            "{{{page.chart_html}}}\n@@@\n{{{page.project_chart_html}}}");
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string html = s.read_out("funding/2010-11/index.html");
    const std::size_t split = html.find("\n@@@\n");
    ASSERT_NE(split, std::string::npos) << html;
    for (const std::string& chart : {html.substr(0, split), html.substr(split)}) {
        EXPECT_NE(chart.find("<figure"), std::string::npos) << chart;
        EXPECT_NE(chart.find("\xC2\xA3"), std::string::npos) << "no figure in pounds: " << chart;
    }
}

TEST(Funding, TheFundsAreOpenDataToo) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    // Cells withheld, but every amount and its fund public: the stated totals
    // equal the public figures and are published.
    s.write("data/funding/2010-11.csv", kRows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    std::string csv = s.read_out("data/funding/funds-2010-11.csv");
    EXPECT_EQ(csv,
              "fund,available,available_pence,allocated_pence,remaining_pence,stated_total,"
              "stated_total_pence,stated_remaining,stated_remaining_pence,note\r\n"
              "SSCF Revenue,\"60,545.90\",6054590,6054590,0,\"60,545.90\",6054590,,,\r\n"
              "Pooled Fund,\"32,506.40\",3250640,0,3250640,0.00,0,\"32,506.40\",3250640,\r\n"
              "SSCF Grant,,,950000,,,,,,\r\n");
    portal::Json json = portal::Json::parse(s.read_out("data/funding/funds-2010-11.json"));
    ASSERT_EQ(json.size(), 3u);
    EXPECT_EQ(json[1]["available_pence"], 3250640);
    EXPECT_TRUE(json[2]["available"].is_null());
    // A whole row withheld: its fund's stated total less the public rows would
    // give its amount, and so would its available less them (the fund spent
    // everything: "remaining" 40000 was the withheld row, red team round 4, L1).
    // So the stated totals, the amounts available and the remaining are
    // withheld, for every fund alike (available less allocated is remaining plus
    // the withheld amount, and the remaining is often known: red team round 5, L6).
    s.write("data/funding/2010-11.csv", rows_with("\"PROTECT: project, progress\"", "PROTECT"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    csv = s.read_out("data/funding/funds-2010-11.csv");
    EXPECT_NE(csv.find("SSCF Revenue,Withheld,Withheld,6014590,Withheld,Withheld,Withheld,,,\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(
        csv.find(
            "Pooled Fund,Withheld,Withheld,0,Withheld,Withheld,Withheld,Withheld,Withheld,\r\n"),
        std::string::npos)
        << csv;
    EXPECT_EQ(csv.find("40000"), std::string::npos) << csv;
    EXPECT_EQ(csv.find("60,545.90\",6054590,\r"), std::string::npos) << csv;
    // So does a withheld amount.
    s.write("data/funding/2010-11.csv",
            rows_with("\"PROTECT: project, progress\"", "PROTECT: amount"));
    ASSERT_TRUE(s.build().ok) << s.messages();
    csv = s.read_out("data/funding/funds-2010-11.csv");
    EXPECT_NE(
        csv.find(
            "Pooled Fund,Withheld,Withheld,0,Withheld,Withheld,Withheld,Withheld,Withheld,\r\n"),
        std::string::npos)
        << csv;
    EXPECT_EQ(csv.find("40000"), std::string::npos) << csv;
}

namespace {

// redact_csv on its own, without validate in front of it: the second lock.
std::optional<portal::PublicTable> redact_alone(const std::string& text) {
    portal::CsvDocument doc;
    doc.path = "t.csv";
    portal::Diagnostics d;
    portal::parse_csv_document(doc, text, d);
    portal::SiteConfig config;
    config.publishable = {{"OFFICIAL", {}}};
    config.withheld = {{"PROTECT", {}}};
    const portal::MarkingPolicy policy(config, d);
    const std::set<std::string> public_funds = {"Public Fund"};
    return portal::redact_csv(
        doc, policy, &public_funds, [](const portal::CsvWithheld&) {}, d);
}

}  // namespace

TEST(Funding, RedactionPublishesNothingOfAFileItCannotTrust) {
    const std::string header = "project,fund,amount,section,progress,marking\n";
    const std::string good = "P,Public Fund,1.00,S,p,\n";
    ASSERT_TRUE(redact_alone(header + good).has_value());
    EXPECT_FALSE(redact_alone(header + good + "P x,Public Fund,1.00,S,PROTECT\n").has_value());
    EXPECT_FALSE(redact_alone(header + good + "P x,Public Fund,1.00,S,p,,\n").has_value());
    EXPECT_FALSE(redact_alone("project,fund,section,progress,marking\n" + good).has_value());
    EXPECT_FALSE(redact_alone("project,fund,amount,section,progress,markings\n" + good +
                              "Q,Public Fund,1.00,S,p,PROTECT\n")
                     .has_value());
    EXPECT_FALSE(redact_alone(header + good + "\"P,Public Fund,1.00,S,p,\n").has_value());
    EXPECT_FALSE(redact_alone(header + "P\x92,Public Fund,1.00,S,p,\n").has_value());
}

TEST(Funding, RedactionTestsARowsRealFundEvenWhenItsFundCellIsHidden) {
    auto t = redact_alone(
        "project,fund,amount,section,progress,marking\n"
        "P,Public Fund,1.00,S,p,\n"
        "Q,Secret Fund,2.00,S,q,PROTECT: fund\n"
        "R,Public Fund,3.00,S,r,PROTECT: fund\n");
    ASSERT_TRUE(t.has_value());
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->rows[0][0].text, "P");
    EXPECT_EQ(t->rows[1][0].text, "R");
    EXPECT_TRUE(t->rows[1][1].withheld);
}

// Words after the label in a marking cell may say why the row is withheld; an
// error about them names the place and the file's columns, not the words (red
// team round 4, M1).
TEST(Funding, AnUnknownColumnInAMarkingIsNotQuoted) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", rows_with("\"PROTECT: project, progress\"",
                                                  "\"PROTECT: progress, Mrs Quillwort (victim)\""));
    EXPECT_FALSE(s.build().ok);
    EXPECT_NE(s.messages().find("2010-11.csv:7:128: error"), std::string::npos) << s.messages();
    EXPECT_NE(s.messages().find("marking names a column that this file does not have (not quoted"),
              std::string::npos)
        << s.messages();
    EXPECT_NE(s.messages().find("its columns are project, fund, amount, section, progress"),
              std::string::npos)
        << s.messages();
    std::string lower;
    for (char c : s.messages())
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(lower.find("quillwort"), std::string::npos) << s.messages();
    EXPECT_EQ(lower.find("victim"), std::string::npos) << s.messages();
}

// A fund's note restates what it had and what remains ("reduced to
// £60,545.90 ... Funds remaining: 0.00"): when the year loses an amount the
// note goes too, or it would give the amount back (red team round 6, L8).
TEST(Funding, AFundsNoteIsWithheldWhenTheYearLosesAnAmount) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("\"stated_total\": \"60,545.90\""), 27,
                  "\"stated_total\": \"60,545.90\", \"note\": \"Reduced to £60,545.90. Funds "
                  "remaining: 0.00.\"");
    s.write("data/funding/2010-11.json", funds);
    s.write("data/funding/2010-11.csv", kRows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_NE(s.read_out("funding/2010-11/index.html").find("Funds remaining: 0.00."),
              std::string::npos);
    std::string rows = kRows;
    rows.replace(rows.find("\"PROTECT: project, progress\""), 28, "PROTECT");
    s.write("data/funding/2010-11.csv", rows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    for (const char* f : {"funding/2010-11/index.html", "data/funding/funds-2010-11.csv",
                          "data/funding/funds-2010-11.json"}) {
        EXPECT_EQ(s.read_out(f).find("Funds remaining"), std::string::npos) << f;
        EXPECT_EQ(s.read_out(f).find("60,545.90"), std::string::npos) << f;
    }
}

// Red team round 18: a cell that is a spreadsheet formula is refused, named by
// place: portal would publish its formula, not what the spreadsheet showed
// ("=\"PROT\"&\"ECT\"" shows a marking). A telephone number's '+' is no
// formula.
TEST(Funding, FormulaCellIsRefused) {
    for (const char* cell : {"\"=\"\"Moving the \"\"&\"\"Quillfeather household\"\"\"",
                             "\"=CONCAT(\"\"Quillfeather\"\",\"\" household\"\")\"", "=B2*2",
                             "\"@MID(\"\"xQuillfeather\"\",2,12)\""}) {
        SCOPED_TRACE(cell);
        TempSite s;
        s.write("data/funding/2010-11.json", kFunds);
        std::string rows = kRows;
        rows.replace(rows.find("Post part-time."), 15, cell);
        s.write("data/funding/2010-11.csv", rows);
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("data/funding/2010-11.csv") + ":2:");
        EXPECT_CONTAINS(s.messages(), "this cell is a spreadsheet formula");
        EXPECT_LACKS(s.messages(), "Quillfeather");
    }
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    std::string rows = kRows;
    rows.replace(rows.find("Post part-time."), 15, "+44 1223 000000");
    s.write("data/funding/2010-11.csv", rows);
    EXPECT_TRUE(s.build().ok) << s.messages();
}

// Red team 19 (B11): with a row's amount withheld, each fund's available and
// stated figures are withheld too (they give the amount back beside the
// public allocations); a page that writes one out, as the minutes that
// tabled the paper do, gives it back as surely, and is refused by place,
// never printing the figure. Without the row withheld it builds.
TEST(Funding, APageRestatingAFigureWithheldWithARowIsRefused) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    std::string rows = kRows;
    rows.replace(rows.find("\"PROTECT: project, progress\""), 28, "PROTECT");
    s.write("data/funding/2010-11.csv", rows);
    s.write("content/minutes.md",
            "---\ntitle: Minutes\n---\nThe board met.\n\nThe revenue allocation was reduced to "
            "**£60,545.90** for the year.\n");
    ASSERT_TRUE(s.build().ok == false);
    EXPECT_CONTAINS(s.messages(),
                    "minutes.md:6:1: error: this text writes out a figure of the "
                    "funding year 2010-11");
    EXPECT_LACKS(s.messages(), "60,545.90");

    // The same page, with the row's amount public, builds.
    s.write("data/funding/2010-11.csv", kRows);
    EXPECT_TRUE(s.build().ok) << s.messages();
}

// Red team 20 (B01): a fund's own figure withheld behind a marking takes the
// fund's other figures with it, in the page and the open data (stated total
// and stated remaining beside the public allocations give it back, and the
// remaining portal works out is it), and shows "Withheld", not "not stated".
TEST(Funding, AFundsOwnFigureWithheldTakesItsOtherFiguresWithIt) {
    for (const char* key : {"available", "stated_remaining"}) {
        SCOPED_TRACE(key);
        TempSite s;
        std::string funds = kFunds;
        const std::string plain = std::string("\"") + key + "\": \"32,506.40\"";
        funds.replace(
            funds.find(plain), plain.size(),
            std::string("\"") + key + "\": {\"value\": \"32,506.40\", \"marking\": \"PROTECT\"}");
        s.write("data/funding/2010-11.json", funds);
        s.write("data/funding/2010-11.csv", kRows);
        ASSERT_TRUE(s.build().ok) << s.messages();
        for (const char* f : {"funding/2010-11/index.html", "data/funding/funds-2010-11.csv",
                              "data/funding/funds-2010-11.json"}) {
            EXPECT_LACKS(s.read_out(f), "32,506.40");
            EXPECT_LACKS(s.read_out(f), "3250640");
        }
        EXPECT_LACKS(s.read_out("funding/2010-11/index.html"),
                     "not stated</td><td class=\"num\" "
                     "data-label=\"Allocated\">£0.00");
    }
}

// Red team 20 (B03): a withheld row's amount written out in a report's
// achievements, a statistic's description or a page is refused by place,
// never printing the figure, as a cell of the funding table that wrote it
// out is. Published, the same texts build.
TEST(Funding, AWithheldAmountWrittenOutElsewhereIsRefused) {
    const std::string withheld = [] {
        std::string rows = kRows;
        const std::string row = "Drive to Arrive,SSCF Revenue,\"2,686.60\",Funding plan,,";
        rows.insert(rows.find(row) + row.size(), "PROTECT: amount");
        return rows;
    }();
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", withheld);
    s.write("content/notes.md",
            "---\ntitle: Notes\n---\nThe board agreed 2,686.60 pounds for the workshops.\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(
        s.messages(),
        "notes.md:4:1: error: this text writes out a figure of the funding year 2010-11");
    EXPECT_LACKS(s.messages(), "2,686.60");
    s.write("data/funding/2010-11.csv", kRows);
    EXPECT_TRUE(s.build().ok) << s.messages();
}

// Red team 23 (B05): when the year loses an amount, a fund's figures are
// shown as "Withheld"; the funding file's other texts (a source document's
// name) and the table's words (a section) must not write one out instead.
TEST(Funding, AFundsFigureWrittenInTheFundingFilesOwnTextsIsRefused) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("\"stated_total\": \"60,545.90\""), 27,
                  "\"stated_total\": \"60,545.90\", \"source_document\": \"Board paper: reduced to "
                  "£60,545.90\"");
    s.write("data/funding/2010-11.json", funds);
    std::string rows = kRows;
    rows.replace(rows.find("\"PROTECT: project, progress\""), 28, "PROTECT");
    s.write("data/funding/2010-11.csv", rows);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "this text writes out a figure of the funding year 2010-11");
    EXPECT_LACKS(s.messages(), "60,545.90");
}
