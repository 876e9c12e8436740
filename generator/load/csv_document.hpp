// load/csv_document.hpp — a CSV file as spreadsheets export it (quoted fields,
// commas and line breaks inside quotes, a byte-order mark, CRLF, blank trailing
// lines), parsed with libcsv, every cell keeping its line and column.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace portal {

struct CsvCell {
    std::string text;
    int line = 0;
    int column = 0;
};

struct CsvDocument {
    std::string path;                        // display path
    std::string rel;                         // relative to data/
    std::vector<std::vector<CsvCell>> rows;  // rows[0] is the header

    SourcePos pos(const CsvCell& c) const { return SourcePos{path, c.line, c.column}; }
};

// Parses text into doc.rows; malformed quoting is reported with its position.
bool parse_csv_document(CsvDocument& doc, const std::string& text, Diagnostics& diags);

}  // namespace portal
