// redact/csv_redaction.hpp — the `marking` column of a CSV table: a label
// withholds the row; "LABEL: project, progress" withholds only those cells and
// keeps the row (and its amount, in every public total). Rows that belong to a
// withheld fund are withheld with it.
#pragma once

#include <functional>
#include <set>
#include <string_view>

#include "core/marking_ledger.hpp"
#include "load/csv_document.hpp"
#include "redact/marking_policy.hpp"
#include "redact/public_site.hpp"

namespace portal {

struct CsvWithheld {
    SourcePos pos;
    std::string what;  // "row 5", "cells project, progress of row 5"
    std::string label;
    std::vector<std::string> texts;  // for canaries only
    int last_line = 0;               // the row's last line (a quoted cell may hold line breaks)
    std::string fund;                // when withheld with its fund: the fund's name
    bool marked = false;             // the row has a marking of its own, whatever else
    std::vector<double> amounts;     // the amounts withheld (redact/collateral_figures only)
};

// public_funds: the names of the funds that survived redaction of the year's
// JSON; nullptr when the table has no such constraint. A file that failed to
// parse, whose first line is wrong (see read_funding_header) or with a row of
// the wrong length gives nullopt: nothing of it can be trusted to be under the
// right column, the marking least of all. The markings read, and the rows
// withheld, go into `ledger` when one is given, for the marking census.
std::optional<PublicTable> redact_csv(const CsvDocument& doc, const MarkingPolicy& policy,
                                      const std::set<std::string>* public_funds,
                                      const std::function<void(const CsvWithheld&)>& on_withheld,
                                      Diagnostics& diags, MarkingLedger* ledger = nullptr);

}  // namespace portal
