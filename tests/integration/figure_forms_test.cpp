// Withheld figures written out again in another notation or another place
// (red team 24, reviewer B): every check of a figure restated reads figures
// with one reader (redact/numbers_in_text), in every public text (pages,
// data texts, a funding file's cells, site.json) and every public figure
// (a statistic, another year's amount or fund figure). Each case is refused
// by place, never quoting the figure, or the figure is in no output file.
#include <gtest/gtest.h>

#include <string>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kFunds = R"({"financial_year": "2010-11", "funds": [
  {"name": "SSCF Revenue", "available": "60,545.90", "stated_total": "60,545.90"}]})";

// The funding year of red team 24's "W": the row's amount withheld, so the
// fund's available figure is withheld with it.
const char* kRows =
    "project,fund,amount,section,progress,marking\n"
    "CDRP Partnership Support Officer,SSCF Revenue,\"23,500.00\",Funding plan,Part-time.,\n"
    "Funding to SCDC Affordable Housing,SSCF Revenue,\"10,140.30\",Funding plan,Officer "
    "time.,PROTECT: amount\n"
    "Skip at Cow Fen Drove,SSCF Revenue,159.00,Funding plan,,\n"
    "Drive to Arrive,SSCF Revenue,\"26,746.60\",Funding plan,,\n";

const char* kFundingMessage = "this text writes out a figure of the funding year 2010-11";
const char* kStatisticMessage = "writes out a statistics figure that is withheld";
const char* kTextFigureMessage = "this text writes out a number that stands in withheld text";

void write_withheld_year(TempSite& s) {
    s.write("data/funding/2010-11.json", kFunds);
    s.write("data/funding/2010-11.csv", kRows);
}

// A withheld statistic (Histon 4817), for the statistics cases.
void write_withheld_statistic(TempSite& s) {
    s.write("data/statistics/hate.json",
            R"({"title": "Hate incidents by ward 2010-11", "unit": "incidents",
  "categories": ["Histon", "Sawston"],
  "series": [{"name": "2010-11", "values": [{"value": 4817, "marking": "PROTECT"}, 120]}]})");
}

// A number in a withheld region (48213), for the text-figure cases.
const char* kWithheldRegion =
    "---\ntitle: About\n---\nAbout us.\n\n::: PROTECT\nThe covert operation cost 48213 hours "
    "and the informant was paid \xC2\xA3"
    "482.13 a week.\n:::\n";

}  // namespace

// B02, B03: a withheld amount with a unit or a rate stuck to it, or in
// another notation, is still the amount.
TEST(FigureForms, AWithheldAmountInAnyNotationIsRefused) {
    for (const char* written :
         {"\xC2\xA3"
          "10,140.30/yr",
          "GBP10,140.30 in all",
          "\xC2\xA3"
          "10,140.30pa",
          "\xC2\xA3"
          "10,140\xC2\xB7"
          "30",
          "\xC2\xA3"
          "10.140,30",
          "\xC2\xA3"
          "10,140-30",
          "\xC2\xA3"
          "10,140/30",
          "10,140 pounds 30", "1014030 pence",
          "\xC2\xA3\xEF\xBC\x91\xEF\xBC\x90,\xEF\xBC\x91\xEF\xBC\x94\xEF\xBC\x90.\xEF\xBC\x93"
          "\xEF\xBC\x90",
          "\xC2\xA3"
          "10\xE2\x80\x89"
          "140.30"}) {
        SCOPED_TRACE(written);
        TempSite s;
        write_withheld_year(s);
        s.write(
            "content/notes.md",
            std::string("---\ntitle: Notes\n---\nThe housing ASB work cost ") + written + ".\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(),
                        s.path("content/notes.md") + ":4:1: error: " + kFundingMessage);
        EXPECT_LACKS(s.messages(), "10,140");
    }
}

// B02 (site 90): the same in the funding file's own progress cell, beside
// the withheld amount: refused at the row's line.
TEST(FigureForms, AWithheldAmountWithAUnitInTheRowsOwnCellIsRefused) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    std::string rows = kRows;
    rows.replace(rows.find("Officer time."), 13,
                 "Grant of \xC2\xA3"
                 "10,140.30/yr for officer time.");
    s.write("data/funding/2010-11.csv", rows);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "2010-11.csv:3:");
    EXPECT_LACKS(s.messages(), "10,140");
}

// B01: a withheld amount, or a fund figure withheld with it, restated as a
// number in public data: a statistics file's value, another year's amount,
// another year's fund figure.
TEST(FigureForms, AWithheldFundingFigureRestatedInDataIsRefused) {
    {
        TempSite s;
        write_withheld_year(s);
        s.write("data/statistics/asb-funding.json",
                R"({"title": "ASB spending", "unit": "£", "categories": ["Housing ASB post"],
  "series": [{"name": "2010-11", "values": [10140.30]}]})");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("data/statistics/asb-funding.json") +
                                          ":2:45: error: " + kFundingMessage);
        EXPECT_LACKS(s.messages(), "10140");
    }
    {
        TempSite s;
        write_withheld_year(s);
        s.write("data/funding/2011-12.json",
                R"({"financial_year": "2011-12", "funds": [{"name": "SSCF Revenue"}]})");
        s.write("data/funding/2011-12.csv",
                "project,fund,amount,section,progress,marking\nHousing ASB carried "
                "forward,SSCF Revenue,\"10,140.30\",Carry forward,,\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "2011-12.csv:2:1: error: " + std::string(kFundingMessage));
    }
    {
        TempSite s;
        write_withheld_year(s);
        s.write("data/funding/2011-12.json",
                R"({"financial_year": "2011-12", "funds": [{"name": "SSCF Revenue",
  "available": "60,545.90", "note": "Held at the 2010-11 level."}]})");
        s.write("data/funding/2011-12.csv",
                "project,fund,amount,section,progress,marking\nCDRP Officer,SSCF "
                "Revenue,\"23,500.00\",Funding plan,,\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(),
                        s.path("data/funding/2011-12.json") + ":2:16: error: " + kFundingMessage);
        EXPECT_LACKS(s.messages(), "60,545");
    }
    {
        // With the year's amounts public, the same data builds.
        TempSite s;
        s.write("data/funding/2010-11.json", kFunds);
        std::string rows = kRows;
        rows.replace(rows.find("PROTECT: amount"), 15, "");
        s.write("data/funding/2010-11.csv", rows);
        s.write("data/funding/2011-12.json",
                R"({"financial_year": "2011-12", "funds": [{"name": "SSCF Revenue",
  "available": "60,545.90"}]})");
        s.write("data/funding/2011-12.csv",
                "project,fund,amount,section,progress,marking\nHousing ASB carried "
                "forward,SSCF Revenue,\"10,140.30\",Carry forward,,\n");
        EXPECT_TRUE(s.build().ok) << s.messages();
    }
}

// B05: a withheld sum under a thousand pounds with pence is distinctive,
// written with its pence; the same number as a plain count says nothing.
TEST(FigureForms, AWithheldSmallSumWithPenceIsRefused) {
    TempSite s;
    s.write("data/funding/2010-11.json", kFunds);
    std::string rows = kRows;
    rows.replace(rows.find("PROTECT: amount"), 15, "");
    rows.replace(rows.find("159.00,Funding plan,,"), 21,
                 "159.00,Funding plan,,\"PROTECT: project, amount\"");
    s.write("data/funding/2010-11.csv", rows);
    s.write("content/notes.md",
            "---\ntitle: Notes\n---\nThe skip cost \xC2\xA3"
            "159.00 to hire.\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), s.path("content/notes.md") + ":4:1: error: " + kFundingMessage);
    // (Without the site's own folder, whose random name may hold "159".)
    std::string messages = s.messages();
    for (std::size_t at = messages.find(s.root().string()); at != std::string::npos;
         at = messages.find(s.root().string()))
        messages.erase(at, s.root().string().size());
    EXPECT_LACKS(messages, "159");
    s.write("content/notes.md", "---\ntitle: Notes\n---\nThe board met 159 residents.\n");
    ASSERT_TRUE(s.build().ok) << s.messages();
    EXPECT_TRUE(files_containing(s, "Cow Fen").empty());
}

// B05 (site 87): a sum with pence in a withheld region, restated in a page
// or as a statistic.
TEST(FigureForms, ASumWithPenceFromWithheldTextIsRefused) {
    {
        TempSite s;
        s.write("content/about.md", std::string(kWithheldRegion) +
                                        "\nThe informant's weekly payment was \xC2\xA3"
                                        "482.13 again.\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(),
                        s.path("content/about.md") + ":10:1: error: " + kTextFigureMessage);
        EXPECT_LACKS(s.messages(), "482");
    }
    {
        TempSite s;
        s.write("content/about.md", kWithheldRegion);
        s.write("data/statistics/op.json",
                R"({"title": "Operation costs", "unit": "£", "categories": ["Informant weekly"],
  "series": [{"name": "2010-11", "values": [482.13]}]})");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), kTextFigureMessage);
    }
    {
        TempSite s;
        s.write("content/about.md", kWithheldRegion);
        ASSERT_TRUE(s.build().ok) << s.messages();
        EXPECT_TRUE(files_containing(s, "482.13").empty());
        EXPECT_TRUE(files_containing(s, "48213").empty());
    }
}

// B02 (sites 09, 65, 80) and B03 (site 80): a withheld statistic and a
// number of withheld text with a unit stuck to them, or grouped by a thin
// space.
TEST(FigureForms, AWithheldStatisticOrTextNumberWithAUnitIsRefused) {
    for (const char* line : {"Histon had 4817/yr hate incidents.",
                             "Histon had 4\xE2\x80\x89"
                             "817 hate incidents."}) {
        SCOPED_TRACE(line);
        TempSite s;
        write_withheld_statistic(s);
        s.write("content/notes.md", std::string("---\ntitle: Notes\n---\n") + line + "\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), s.path("content/notes.md") + ":4:1: error: ");
        EXPECT_CONTAINS(s.messages(), kStatisticMessage);
    }
    for (const char* line : {"The operation cost 48213hrs.", "It cost 48213/yr hours."}) {
        SCOPED_TRACE(line);
        TempSite s;
        s.write("content/about.md", kWithheldRegion);
        s.write("content/notes.md", std::string("---\ntitle: Notes\n---\n") + line + "\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(),
                        s.path("content/notes.md") + ":4:1: error: " + kTextFigureMessage);
        EXPECT_LACKS(s.messages(), "48213");
    }
}

// B06 (site 98): a withheld statistic restated as a funding amount in a row
// whose project is its category.
TEST(FigureForms, AWithheldStatisticAsAFundingAmountIsRefused) {
    TempSite s;
    write_withheld_statistic(s);
    s.write("data/funding/2011-12.json",
            R"({"financial_year": "2011-12", "funds": [{"name": "SSCF Revenue"}]})");
    s.write("data/funding/2011-12.csv",
            "project,fund,amount,section,progress,marking\nHiston,SSCF "
            "Revenue,\"4,817.00\",Funding plan,,\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "2011-12.csv:2:1: error: ");
    EXPECT_CONTAINS(s.messages(), kStatisticMessage);
    EXPECT_LACKS(s.messages(), "4,817");
}

// B07 (sites 100, 102): a funding row's progress that restates a withheld
// statistic beside its category, or a number of withheld text.
TEST(FigureForms, AFundingCellRestatingAWithheldFigureIsRefused) {
    const std::string funds =
        R"({"financial_year": "2010-11", "funds": [{"name": "SSCF Revenue"}]})";
    {
        TempSite s;
        write_withheld_statistic(s);
        s.write("data/funding/2010-11.json", funds);
        s.write("data/funding/2010-11.csv",
                "project,fund,amount,section,progress,marking\nTesco TV,SSCF "
                "Revenue,\"1,560.00\",Plan,\"Targeted at Histon, which had 4,817 hate "
                "incidents.\",\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "2010-11.csv:2:1: error: ");
        EXPECT_CONTAINS(s.messages(), kStatisticMessage);
    }
    {
        TempSite s;
        s.write("content/about.md", kWithheldRegion);
        s.write("data/funding/2010-11.json", funds);
        s.write("data/funding/2010-11.csv",
                "project,fund,amount,section,progress,marking\nTesco TV,SSCF "
                "Revenue,\"1,560.00\",Plan,Screens for the operation (48213 hours).,\n");
        EXPECT_FALSE(s.build().ok);
        EXPECT_CONTAINS(s.messages(), "2010-11.csv:2:1: error: " + std::string(kTextFigureMessage));
        EXPECT_LACKS(s.messages(), "48213");
    }
}

// B08 (site 104): site.json's texts, shown on the accessibility statement,
// are public text: refused at their place in site.json.
TEST(FigureForms, SiteJsonTextsRestatingAWithheldFigureAreRefused) {
    std::string site = kSiteJson;
    site.replace(site.find("\"prepared\""), 10,
                 "\"improvements\": \"Since the operation we spent 48213 hours on it.\",\n"
                 "  \"non_accessible\": [\"Histon had 4,817 hate incidents and its chart is not "
                 "accessible.\"],\n  \"prepared\"");
    TempSite s;
    s.write("site.json", site);
    s.write("content/about.md", kWithheldRegion);
    write_withheld_statistic(s);
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), s.path("site.json") + ":13:");
    EXPECT_CONTAINS(s.messages(), kTextFigureMessage);
    EXPECT_CONTAINS(s.messages(), s.path("site.json") + ":14:");
    EXPECT_CONTAINS(s.messages(), kStatisticMessage);
    EXPECT_LACKS(s.messages(), "48213");
    EXPECT_LACKS(s.messages(), "4,817");
}
