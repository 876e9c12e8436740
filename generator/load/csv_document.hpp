// load/csv_document.hpp — a CSV file as spreadsheets export it (quoted fields,
// commas and line breaks inside quotes, a byte-order mark, CRLF, blank trailing
// lines), parsed with libcsv, every cell keeping its line and column.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/marking_census.hpp"

namespace portal {

struct CsvCell {
    std::string text;
    int line = 0;
    int column = 0;  // in characters, as an editor counts them
};

struct CsvDocument {
    std::string path;                        // display path
    std::string rel;                         // relative to data/
    std::vector<std::vector<CsvCell>> rows;  // rows[0] is the header
    // The file exists but could not be read as CSV (not UTF-8, broken quoting);
    // the error is reported and rows is empty. Later stages skip it silently:
    // anything they said about its content would be noise.
    bool failed = false;
    std::vector<MarkingSighting> census;  // everything in the file that reads as a marking

    SourcePos pos(const CsvCell& c) const { return SourcePos{path, c.line, c.column}; }
};

// Parses text into doc.rows. Text that is not UTF-8 or whose quoting is broken
// is reported with the position of the first bad byte or of the quote that
// opened the broken field, and leaves doc.failed set.
//
// Returns true: the document is always worth keeping, failed or not, so that
// checks which pair files up (a funding year's JSON and CSV) know that the file
// exists and do not report it missing. Callers that need to know whether it
// parsed look at doc.failed.
bool parse_csv_document(CsvDocument& doc, const std::string& text, Diagnostics& diags);

}  // namespace portal
