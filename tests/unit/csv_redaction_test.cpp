// redact/csv_redaction: the rules of a CSV table's `marking` column, one row
// at a time, under the test policy (tests/public_fixtures.hpp). The whole
// cell must parse, as `LABEL` or `LABEL: column, column`; anything else stops
// the table. Whole builds of such tables are tested in
// tests/integration/funding_test.cpp and marking_leaks_test.cpp.
#include "redact/csv_redaction.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "load/csv_document.hpp"
#include "public_fixtures.hpp"

namespace portal {
namespace {

struct Outcome {
    bool ok = false;                    // a table came back, with no error
    std::vector<std::string> withheld;  // CsvWithheld::what, in order
    std::string row;                    // the one row's public cells, '|'-joined; "W" = withheld
    std::string first_error;
};

// One funding row with `marking` in its marking column.
Outcome redact_row(const std::string& marking) {
    CsvDocument doc;
    doc.path = "data/funding/2010-11.csv";
    doc.rel = "funding/2010-11.csv";
    Diagnostics diags;
    const std::string cell = marking.find_first_of(",\"\n") == std::string::npos
                                 ? marking
                                 : "\"" + marking + "\"";  // written as a spreadsheet writes it
    const std::string text =
        "project,fund,amount,section,progress,marking\n"
        "Mediation service,SSCF Revenue,\"1,000.00\",Funding plan,Started in May.," +
        cell + "\n";
    EXPECT_TRUE(parse_csv_document(doc, text, diags)) << marking;
    const SiteConfig config = testing::test_policy();
    const MarkingPolicy policy(config, diags);
    Outcome out;
    auto table = redact_csv(
        doc, policy, nullptr, [&](const CsvWithheld& w) { out.withheld.push_back(w.what); }, diags);
    out.ok = table.has_value() && !diags.has_errors();
    if (diags.has_errors()) out.first_error = diags.all().front().str();
    if (table && !table->rows.empty())
        for (const auto& c : table->rows.front())
            out.row += (out.row.empty() ? "" : "|") + (c.withheld ? std::string("W") : c.text);
    return out;
}

TEST(CsvRedaction, TheMarkingCellIsALabelOrALabelWithColumns) {
    const std::string whole =
        "Mediation service|SSCF Revenue|1,000.00|Funding plan|Started in May.";
    const struct {
        const char* marking;
        bool ok;
        std::vector<std::string> withheld;
        std::string row;  // when ok: the public row ("" = no row published)
    } cases[] = {
        {"", true, {}, whole},
        {"OFFICIAL", true, {}, whole},
        {"NOT PROTECTIVELY MARKED", true, {}, whole},
        {"PROTECT", true, {"row 2"}, ""},
        {"  protect ", true, {"row 2"}, ""},  // compared as a person reads it
        {"PROTECT:", true, {"row 2"}, ""},    // a colon with nothing after it: the label
        {"OFFICIAL-SENSITIVE", true, {"row 2"}, ""},
        {"PROTECT: progress",
         true,
         {"cells progress of row 2"},
         "Mediation service|SSCF Revenue|1,000.00|Funding plan|W"},
        {"PROTECT: project, progress",
         true,
         {"cells project, progress of row 2"},
         "W|SSCF Revenue|1,000.00|Funding plan|W"},
        // The whole cell is read as one label, as a person reads it: these are
        // OFFICIAL-SENSITIVE, not OFFICIAL with something after it.
        {"OFFICIAL: SENSITIVE", true, {"row 2"}, ""},
        {"OFFICIAL:SENSITIVE", true, {"row 2"}, ""},
        {"OFFICIAL SENSITIVE", true, {"row 2"}, ""},
        // A publishable label withholds no cells: columns after it are a mistake.
        {"OFFICIAL: progress", false, {}, ""},
        // Unknown labels and columns fail closed.
        {"SECRETISH", false, {}, ""},
        {"PROTECT: no such column", false, {}, ""},
        {": progress", false, {}, ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string("marking '") + c.marking + "'");
        const Outcome got = redact_row(c.marking);
        EXPECT_EQ(got.ok, c.ok) << got.first_error;
        if (!c.ok) {
            EXPECT_NE(got.first_error.find("data/funding/2010-11.csv:2:"), std::string::npos)
                << "an error names the file and row: " << got.first_error;
            continue;
        }
        EXPECT_EQ(got.withheld, c.withheld);
        EXPECT_EQ(got.row, c.row);
    }
}

}  // namespace
}  // namespace portal
