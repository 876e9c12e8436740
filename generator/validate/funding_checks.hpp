// validate/funding_checks.hpp — a funding year is a JSON file (the funds) and a
// CSV file (the allocations). Checks the CSV's columns, every amount, that each
// row names a fund of its year, that no fund is allocated beyond what it had,
// and that totals the paper states match the rows — all on the board's full
// data, before anything is withheld.
#pragma once

#include <vector>

#include "core/diagnostics.hpp"
#include "load/csv_document.hpp"
#include "load/json_document.hpp"

namespace portal {

// The columns an allocations CSV may have, in the order the public files use.
const std::vector<std::string>& funding_columns();

void check_funding(const std::vector<JsonDocument>& data, const std::vector<CsvDocument>& csv,
                   Diagnostics& diags);

}  // namespace portal
