// new_site/return_rows.hpp — one lead officer's return read back: its rows'
// milestone, status and progress cells, each with its place in the file for
// messages. The CSV is read by load's reader (load/csv_document), as the
// site's own tables are: the same quoting, byte-order mark and line ends, and
// the same messages for a file a spreadsheet saved wrongly.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "load/csv_document.hpp"

namespace portal {

struct ReturnEntry {
    // A cell a row lacks (a short row) is empty, at the row's first cell.
    CsvCell milestone, status, progress;
};

struct ReturnSheet {
    std::string path;  // as messages show it
    std::vector<ReturnEntry> entries;
};

// Reads `text`, the file at display path `path`, into `sheet`. Its first row
// must name the return's four columns (new_site/return_csv.hpp), in any
// order, case and spacing, each once and nothing else; a cell beyond them in
// a row is an error unless empty (its row is still read, so that one run
// reports every problem). Returns false, with errors at the file's line and
// column, when the file cannot be read as a return at all.
bool read_return_rows(const std::string& path, std::string text, ReturnSheet& sheet,
                      Diagnostics& diags);

}  // namespace portal
