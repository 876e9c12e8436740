// validate/funding_checks.hpp — a funding year is a JSON file (the funds) and a
// CSV file (the allocations). Checks the financial year, the CSV's columns,
// that every row has a cell for every column, every amount, that each row
// names a fund of its year, that no fund is allocated beyond what it had, and
// that totals the paper states match the rows — all on the board's full data,
// before anything is withheld.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "load/csv_document.hpp"
#include "load/json_document.hpp"
#include "validate/front_matter.hpp"

namespace portal {

// The columns an allocations CSV may have, in the order the public files use.
const std::vector<std::string>& funding_columns();
// The same columns with what each holds, for the data reference.
const std::vector<DocumentedKey>& funding_column_docs();

// An allocations CSV's first line, read. Redaction reads it again and refuses
// a file whose first line has problems: with a column missing or misnamed,
// cells would be taken for the wrong column (a progress note for a marking),
// so nothing of the file may be published.
struct FundingHeader {
    std::map<std::string, std::size_t> columns;  // folded name -> position
    std::vector<Diagnostic> problems;            // errors to report, with positions
    bool ok() const { return problems.empty(); }
};

FundingHeader read_funding_header(const CsvDocument& table);

void check_funding(const std::vector<JsonDocument>& data, const std::vector<CsvDocument>& csv,
                   Diagnostics& diags);

}  // namespace portal
