#include "load/csv_document.hpp"

#include <csv.h>

#include <string_view>

#include "core/utf8.hpp"
#include "load/hidden_controls.hpp"
#include "load/spreadsheet_formulas.hpp"

namespace portal {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

struct Position {
    int line = 1, column = 1;
};

// Follows libcsv byte by byte to know where each cell starts and, when libcsv
// gives up, which quote the problem belongs to (libcsv only says "parse error").
struct Collector {
    CsvDocument* doc = nullptr;
    std::vector<CsvCell> row;
    Position at;     // the byte being fed
    Position field;  // where the current field started
    bool field_open = false;
    bool field_ended = false;  // set by on_field during the byte just fed
    bool field_blank = true;   // nothing but spaces yet in the current field
    bool field_quoted = false;
    Position opening_quote, last_quote;  // of the current field, when quoted
};

void reset_field(Collector& c) {
    c.field_open = false;
    c.field_blank = true;
    c.field_quoted = false;
}

void on_field(void* data, size_t len, void* p) {
    auto* c = static_cast<Collector*>(p);
    c->row.push_back(
        {std::string(static_cast<const char*>(data), len), c->field.line, c->field.column});
    reset_field(*c);
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
    reset_field(*c);
}

// Before libcsv sees ch: note where a field starts and where its quotes are.
void before_byte(Collector& c, char ch) {
    if (!c.field_open && ch != '\r' && ch != '\n') {
        c.field_open = true;
        c.field = c.at;
    }
    if (ch == '"' && (c.field_blank || c.field_quoted)) {
        if (!c.field_quoted) c.opening_quote = c.at;
        c.field_quoted = true;
        c.last_quote = c.at;
    }
    if (ch != ' ' && ch != '\t') c.field_blank = false;
}

// After libcsv saw ch: a comma that ended a field starts the next one just
// after it; lines and columns move on.
void after_byte(Collector& c, char ch) {
    if (ch == ',' && c.field_ended) {
        c.field_open = true;
        c.field = {c.at.line, c.at.column + 1};
    }
    if (ch == '\n') {
        c.at = {c.at.line + 1, 1};
    } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
        ++c.at.column;  // count characters, not UTF-8 continuation bytes
    }
}

SourcePos pos_of(const CsvDocument& doc, Position p) {
    return SourcePos{doc.path, p.line, p.column};
}

const char* const kUnclosed = "a quoted field opened here is never closed: check for a missing \"";

// libcsv (strict) stops at the byte that cannot follow: a quote inside a cell
// that does not start with one, or something other than a comma or line end
// after a quoted cell's closing quote. Say which quote is wrong, in words an
// officer with a spreadsheet can act on.
void report_parse_error(const CsvDocument& doc, const Collector& c, Diagnostics& diags) {
    if (!c.field_quoted) {
        diags.error(pos_of(doc, c.at),
                    "a quote inside a cell that does not start with one: put the whole cell in "
                    "quotes and write this quote twice, like \"a \"\"quoted\"\" word\"");
    } else if (c.at.line > c.opening_quote.line) {
        // The "closing" quote is on a later line: almost always it is the
        // opening quote of a later cell, and this field's own closing quote is
        // what is missing.
        diags.error(pos_of(doc, c.opening_quote), kUnclosed);
    } else {
        diags.error(pos_of(doc, c.last_quote),
                    "this quote closes the quoted cell that starts at column " +
                        std::to_string(c.opening_quote.column) +
                        ", but the cell goes on after it: a quote inside a quoted cell is written "
                        "twice (\"\"); or check for a missing \" before here");
    }
}

// Text that is not UTF-8 (Excel's "CSV (Comma delimited)" writes Windows-1252)
// would fail much later and far from its cause; stop at the first bad byte.
// So would a control character a page shows as nothing (load/hidden_controls).
bool check_encoding(const CsvDocument& doc, std::string_view text, std::size_t start,
                    Diagnostics& diags) {
    auto bad = first_invalid_utf8(text);
    std::string message =
        "this file is not UTF-8 text (a spreadsheet saved it in another encoding); save "
        "it as \"CSV UTF-8\"";
    if (!bad)
        if (auto control = first_hidden_control(text, EscapeSyntax::none)) {
            bad = control->offset;
            message = control->message;
        }
    if (!bad) return true;
    // Columns count characters from after the byte-order mark, as the cells' do.
    std::size_t line_start = start;  // a byte-order mark is valid UTF-8: start <= *bad
    int line = 1;
    for (std::size_t i = 0; i < *bad; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    const auto column = static_cast<int>(utf8_length(text.substr(line_start, *bad - line_start)));
    diags.error(SourcePos{doc.path, line, column + 1}, message);
    return false;
}

bool parse_rows(CsvDocument& doc, std::string_view text, std::size_t start, Diagnostics& diags) {
    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        diags.error(SourcePos{doc.path}, "cannot start the CSV parser");
        return false;
    }
    Collector c;
    c.doc = &doc;
    // Fed one byte at a time so that each cell's start position is known; board
    // papers' tables are small, and this keeps positions exact across quoted
    // line breaks.
    bool ok = true;
    for (std::size_t i = start; i < text.size() && ok; ++i) {
        const char ch = text[i];
        before_byte(c, ch);
        c.field_ended = false;
        if (csv_parse(&parser, &ch, 1, on_field, on_row, &c) != 1) {
            if (csv_error(&parser) == CSV_EPARSE)
                report_parse_error(doc, c, diags);
            else
                diags.error(pos_of(doc, c.at), std::string("cannot read this CSV file: ") +
                                                   csv_strerror(csv_error(&parser)));
            ok = false;
        }
        after_byte(c, ch);
    }
    if (ok && csv_fini(&parser, on_field, on_row, &c) != 0) {
        diags.error(pos_of(doc, c.field_quoted ? c.opening_quote : c.at), kUnclosed);
        ok = false;
    }
    csv_free(&parser);
    return ok;
}

// A cell that is a spreadsheet formula is published as its formula, not as
// what the spreadsheet showed the officer ("=\"RESTRIC\"&\"TED\"" shows a
// marking): each is an error, named by place alone (a withheld row's formula
// is withheld text).
bool check_no_formulas(const CsvDocument& doc, Diagnostics& diags) {
    bool ok = true;
    for (const auto& row : doc.rows)
        for (const CsvCell& cell : row)
            if (cell_is_a_formula(cell.text)) {
                diags.error(doc.pos(cell),
                            "this cell is a spreadsheet formula: portal publishes a cell as it is "
                            "written, not what a spreadsheet shows for it, so the two would "
                            "differ; write the value itself (in the spreadsheet, copy the column "
                            "and paste it as values)");
                ok = false;
            }
    return ok;
}

}  // namespace

bool parse_csv_document(CsvDocument& doc, const std::string& text, Diagnostics& diags) {
    const std::size_t start = std::string_view(text).substr(0, 3) == kByteOrderMark ? 3 : 0;
    if (!check_encoding(doc, text, start, diags) || !parse_rows(doc, text, start, diags) ||
        !check_no_formulas(doc, diags)) {
        // Rows read before the problem are not kept: no later stage should
        // check, let alone publish, part of a file.
        doc.rows.clear();
        doc.failed = true;
    }
    return true;
}

}  // namespace portal
