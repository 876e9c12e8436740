#include "load/csv_document.hpp"

#include <csv.h>

namespace portal {

namespace {

struct Collector {
    CsvDocument* doc;
    std::vector<CsvCell> row;
    int line = 1, column = 1;              // position of the byte being fed
    int field_line = 1, field_column = 1;  // where the current field started
    bool field_open = false;
    bool field_ended = false;  // set by on_field during the byte just fed
};

void on_field(void* data, size_t len, void* p) {
    auto* c = static_cast<Collector*>(p);
    c->row.push_back(
        {std::string(static_cast<const char*>(data), len), c->field_line, c->field_column});
    c->field_open = false;
    c->field_ended = true;
}

void on_row(int, void* p) {
    auto* c = static_cast<Collector*>(p);
    // Blank lines and rows of only empty cells (spreadsheets add them) are not rows.
    bool empty = true;
    for (const auto& cell : c->row)
        if (!cell.text.empty()) empty = false;
    if (!empty) c->doc->rows.push_back(std::move(c->row));
    c->row.clear();
    c->field_open = false;
}

}  // namespace

bool parse_csv_document(CsvDocument& doc, const std::string& text, Diagnostics& diags) {
    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        diags.error(SourcePos{doc.path}, "cannot start the CSV parser");
        return false;
    }
    Collector c{&doc, {}, 1, 1, 1, 1, false, false};
    std::size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    // Fed one byte at a time so that each cell's start position is known; board
    // papers' tables are small, and this keeps positions exact across quoted
    // line breaks.
    bool ok = true;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char ch = text[i];
        if (!c.field_open && ch != '\r' && ch != '\n') {
            c.field_open = true;
            c.field_line = c.line;
            c.field_column = c.column;
        }
        c.field_ended = false;
        if (csv_parse(&parser, &ch, 1, on_field, on_row, &c) != 1) {
            diags.error(SourcePos{doc.path, c.line, c.column},
                        std::string("malformed CSV: ") + csv_strerror(csv_error(&parser)) +
                            " (a field with quotes must start and end with a quote, and a quote "
                            "inside it is written twice)");
            ok = false;
            break;
        }
        if (ch == ',' && c.field_ended) {
            c.field_open = true;
            c.field_line = c.line;
            c.field_column = c.column + 1;
        }
        if (ch == '\n') {
            ++c.line;
            c.column = 1;
        } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
            ++c.column;  // count characters, not UTF-8 continuation bytes
        }
    }
    if (ok && csv_fini(&parser, on_field, on_row, &c) != 0) {
        diags.error(SourcePos{doc.path, c.line, c.column},
                    "malformed CSV: a quoted field is never closed (check for a missing \")");
        ok = false;
    }
    csv_free(&parser);
    return ok;
}

}  // namespace portal
