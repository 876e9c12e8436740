// Figures this site works out are labelled computed; figures the paper states
// are not; a stated remaining is checked like a stated total (issue 19, part 2).
#include <gtest/gtest.h>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const std::string kComputed = " <span class=\"computed\">computed</span>";

const char* kFunds = R"({"financial_year": "2010-11", "funds": [
  {"name": "SSCF Revenue", "available": "1,000.00", "stated_total": "900.00",
   "stated_remaining": "100.00"},
  {"name": "Pooled Fund", "available": "500.00"},
  {"name": "SSCF Grant"}]})";

const char* kRows =
    "project,fund,amount,section,progress,marking\r\n"
    "Officer post,SSCF Revenue,600.00,Funding plan,,\r\n"
    "Caseworker,SSCF Revenue,300.00,Funding plan,,\r\n"
    "Clean-up days,Pooled Fund,50.00,Pooled projects,,\r\n"
    "Trap car,SSCF Grant,45.00,Grants,,\r\n";

// The cell of the funds table under `label` in the row of `fund`.
std::string fund_cell(const std::string& html, const std::string& fund, const std::string& label) {
    return cell_after(html, "<th scope=\"row\">" + fund, "data-label=\"" + label + "\">");
}

}  // namespace

TEST(ComputedFigures, AFundsFiguresAreThePapersWhereItStatesThemAndComputedElsewhere) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", kRows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string html = s.read_out("funding/2010-11/index.html");
    // SSCF Revenue: total and remaining stated, so both are the paper's.
    EXPECT_EQ(fund_cell(html, "SSCF Revenue", "Allocated"), "£900.00");
    EXPECT_EQ(fund_cell(html, "SSCF Revenue", "Remaining"), "£100.00");
    // Pooled Fund: neither stated, so both are this site's sums.
    EXPECT_EQ(fund_cell(html, "Pooled Fund", "Allocated"), "£50.00" + kComputed);
    EXPECT_EQ(fund_cell(html, "Pooled Fund", "Remaining"), "£450.00" + kComputed);
    // A figure that is not there ("not stated") carries no label.
    EXPECT_EQ(fund_cell(html, "SSCF Grant", "Available"), "not stated");
    EXPECT_EQ(fund_cell(html, "SSCF Grant", "Remaining"), "not stated");
    EXPECT_EQ(fund_cell(html, "SSCF Grant", "Allocated"), "£45.00" + kComputed);
    // The total rows are labelled where they are named.
    EXPECT_CONTAINS(
        html, "Total, not counting SSCF Grant (no amount available stated)" + kComputed + "</th>");
    EXPECT_CONTAINS(html, "All allocations, SSCF Grant included" + kComputed + "</th>");
    // A section that is exactly one stated fund's rows has the paper's total;
    // the others were added up here.
    EXPECT_CONTAINS(html,
                    "<tfoot><tr><th scope=\"row\">Total</th><td></td><td class=\"num\" "
                    "data-label=\"Total\">£900.00</td>");
    EXPECT_CONTAINS(html, "<tfoot><tr><th scope=\"row\">Total" + kComputed +
                              "</th><td></td><td class=\"num\" data-label=\"Total\">£50.00</td>");
    // The page says what the label means.
    EXPECT_CONTAINS(html, "marks a figure this site worked out from the paper's");
    // The index's figures are all totals: its caption says so.
    EXPECT_CONTAINS(s.read_out("funding/index.html"), "added up by this site" + kComputed);
    // The download keeps the stated figure beside the computed one.
    EXPECT_CONTAINS(s.read_out("data/funding/funds-2010-11.csv"),
                    "SSCF Revenue,\"1,000.00\",100000,90000,10000,900.00,90000,100.00,10000,");
}

TEST(ComputedFigures, WithAmountsWithheldAStatedFundShowsOnlyComputedPublicFigures) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    std::string rows = kRows;
    rows.replace(rows.find("Caseworker,SSCF Revenue,300.00,Funding plan,,"), 45,
                 "Caseworker,SSCF Revenue,300.00,Funding plan,,PROTECT");
    s.write("data/funding/2010-11.csv", rows);
    ASSERT_TRUE(s.build().ok) << s.messages();
    const std::string html = s.read_out("funding/2010-11/index.html");
    // The allocated figure is of the public rows only: this site's, not the paper's.
    EXPECT_EQ(fund_cell(html, "SSCF Revenue", "Allocated"), "£600.00" + kComputed);
    EXPECT_EQ(fund_cell(html, "SSCF Revenue", "Remaining"), "Withheld");
    EXPECT_EQ(fund_cell(html, "Pooled Fund", "Remaining"), "Withheld");
    EXPECT_ABSENT(s, "Caseworker");
    for (const char* rel : {"funding/2010-11/index.html", "data/funding/allocations-2010-11.csv",
                            "data/funding/funds-2010-11.csv"})
        EXPECT_EQ(s.read_out(rel).find("300"), std::string::npos) << rel;
}

TEST(ComputedFigures, AStatedRemainingIsCheckedWithoutGivingAWithheldAmountAway) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("\"stated_remaining\": \"100.00\""), 28,
                  "\"stated_remaining\": \"150.00\"");
    s.write("data/funding/2010-11.json", funds);
    s.write("data/funding/2010-11.csv", kRows);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    "2010-11.json:3:24: error: SSCF Revenue: the stated remaining is £150.00 but "
                    "£1,000.00 available less the £900.00 of the rows of ");
    EXPECT_CONTAINS(s.messages(), " leaves £100.00");

    // With a row whose amount may be withheld, no figure: any two of what was
    // available, the stated remaining and the sum give the third, and the sum
    // less the public rows is the withheld amount.
    std::string rows = kRows;
    rows.replace(rows.find("Caseworker,SSCF Revenue,300.00,Funding plan,,"), 45,
                 "Caseworker,SSCF Revenue,311.11,Funding plan,,PROTECT");
    funds = kFunds;
    funds.replace(funds.find("\"stated_total\": \"900.00\""), 24, "\"stated_total\": \"911.11\"");
    s.write("data/funding/2010-11.json", funds);
    s.write("data/funding/2010-11.csv", rows);
    EXPECT_FALSE(s.build().ok);
    const std::string m = s.messages();
    EXPECT_CONTAINS(m,
                    "SSCF Revenue: the stated remaining is not what is available less the rows "
                    "of ");
    EXPECT_CONTAINS(m, "(1 row's amount may be withheld, so the sum is not shown)");
    EXPECT_EQ(m.find("311.11"), std::string::npos) << m;
    EXPECT_EQ(m.find("88.89"), std::string::npos) << m;
    EXPECT_EQ(m.find("911.11"), std::string::npos) << m;
}

TEST(ComputedFigures, ARemainingNeedsWhatWasAvailable) {
    TempSite s;
    std::string funds = kFunds;
    funds.replace(funds.find("{\"name\": \"SSCF Grant\"}"), 22,
                  "{\"name\": \"SSCF Grant\", \"stated_remaining\": \"0.00\"}");
    s.write("data/funding/2010-11.json", funds);
    s.write("data/funding/2010-11.csv", kRows);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(),
                    "2010-11.json:5:46: error: stated_remaining: what remains in a "
                    "fund is what it had less what it allocated; give the fund's "
                    "\"available\" amount too");
}

TEST(ComputedFigures, TheExampleLabelsWhatThePapersDoNotState) {
    TempSite s;
    ASSERT_TRUE(s.build_example()) << s.messages();
    // Funding 2010-11 (seed 004): the paper's Totals and Funds remaining rows
    // state each fund's allocated and remaining figures; it states nothing for
    // the SSCF grants together, nor any total across funds.
    const std::string funding = s.read_out("funding/2010-11/index.html");
    EXPECT_EQ(fund_cell(funding, "SSCF Revenue", "Allocated"), "£60,545.90");
    EXPECT_EQ(fund_cell(funding, "SSCF Revenue", "Remaining"), "£0.00");
    EXPECT_EQ(fund_cell(funding, "Pooled Fund", "Remaining"), "£32,506.40");
    EXPECT_EQ(fund_cell(funding, "SSCF Grant", "Allocated"), "£9,500.00" + kComputed);
    EXPECT_CONTAINS(funding, "Total, not counting SSCF Grant (no amount available stated)" +
                                 kComputed +
                                 "</th><td class=\"num\" "
                                 "data-label=\"Available\">£93,052.30</td>");
    EXPECT_CONTAINS(funding, "All allocations, SSCF Grant included" + kComputed);
    // No paper counts milestones by status or compares quarters.
    const std::string q2 = s.read_out("reports/2009-10-q2/index.html");
    EXPECT_CONTAINS(q2, "<p class=\"counts-lead\">84 milestones by status" + kComputed + "</p>");
    EXPECT_CONTAINS(q2, "<th scope=\"col\">Change" + kComputed + "</th>");
    EXPECT_CONTAINS(s.read_out("reports/index.html"), "These charts count each quarter's");
    EXPECT_CONTAINS(s.read_out("milestones/2009-12/index.html"),
                    "<th scope=\"col\">Change" + kComputed + "</th>");
    // A report in words has nothing counted or compared, so nothing labelled.
    const std::string q3 = s.read_out("reports/2010-11-q3/index.html");
    EXPECT_EQ(q3.find("class=\"computed\""), std::string::npos);
}
