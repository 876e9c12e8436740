// fuzz/fuzz_csv.cpp — a funding CSV (portal::parse_csv_document) and its marking
// column (portal::redact_csv), under a policy that publishes OFFICIAL and
// withholds PROTECT.
//
// Each input is read twice: as it is, and after the funding header
// "project,fund,amount,section,progress,marking" (most bytes would otherwise
// never get past the header check). No crash or sanitizer report; and when
// redaction gives a table:
//  - every public row has one cell per public column, and a withheld cell is empty;
//  - no row whose marking cell is exactly a withheld label ("PROTECT", in any
//    case or spacing) is among the public rows: the public table has at most
//    as many rows as the file has rows not so marked.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "fuzz_policy.hpp"
#include "load/csv_document.hpp"
#include "redact/csv_redaction.hpp"
#include "redact/marking_policy.hpp"

namespace {

using namespace portal;

using portal::fuzz::policy;

// A cell as a person reads a label: ASCII case, spaces, hyphens and underscores
// folded, ends trimmed ("Protect", " PROTECT ", "protect" all read "protect").
std::string folded(const std::string& s) {
    std::string out;
    for (char c : fuzz::lower(s)) {
        if (c == ' ' || c == '\t' || c == '-' || c == '_' || c == '\r' || c == '\n') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void check(const std::string& text) {
    CsvDocument doc;
    doc.path = "data/funding/2010-11.csv";
    doc.rel = "funding/2010-11.csv";
    Diagnostics diags;
    parse_csv_document(doc, text, diags);
    if (doc.failed) return;
    const auto table = redact_csv(
        doc, policy(), nullptr, [](const CsvWithheld&) {}, diags);
    if (!table) return;
    for (const auto& row : table->rows) {
        if (row.size() != table->columns.size())
            fuzz::property_failed("a public row has " + std::to_string(row.size()) + " cells for " +
                                      std::to_string(table->columns.size()) + " columns",
                                  text);
        for (const auto& cell : row)
            if (cell.withheld && !cell.text.empty())
                fuzz::property_failed("a withheld cell keeps its text", text);
    }
    // Rows marked exactly with the withheld label.
    std::size_t marking_col = SIZE_MAX;
    for (std::size_t i = 0; i < doc.rows[0].size(); ++i)
        if (folded(doc.rows[0][i].text) == "marking") marking_col = i;
    if (marking_col == SIZE_MAX) return;
    std::size_t protect = 0;
    for (std::size_t r = 1; r < doc.rows.size(); ++r)
        if (marking_col < doc.rows[r].size() && folded(doc.rows[r][marking_col].text) == "protect")
            ++protect;
    const std::size_t data_rows = doc.rows.size() - 1;
    if (table->rows.size() > data_rows - protect)
        fuzz::property_failed(std::to_string(protect) + " of " + std::to_string(data_rows) +
                                  " rows are marked PROTECT, yet " +
                                  std::to_string(table->rows.size()) + " rows are public",
                              text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    check(text);
    check("project,fund,amount,section,progress,marking\n" + text);
    return 0;
}
