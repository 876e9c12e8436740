#include "core/marking_census.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "core/census_scanner.hpp"
#include "core/label_pieces.hpp"
#include "core/marking_fields.hpp"
#include "core/reading.hpp"
#include "core/utf8.hpp"

namespace portal {

namespace {

using census::reads_as_marking_key;
using census::Scanner;

// JSON: string literals decoded (escapes such as \u003a and \n as what they
// mean), keys and values read alike, and told apart by what follows them for
// the marking key.
void census_json(std::string_view t, Scanner& scan) {
    int line = 1;
    std::size_t line_start = 0;
    auto read_string = [&](std::size_t& i, std::string& out) {
        out.clear();
        ++i;  // opening quote
        while (i < t.size() && t[i] != '"') {
            if (t[i] == '\n') ++line, line_start = i + 1;  // invalid JSON, but count it
            if (t[i] != '\\' || i + 1 >= t.size()) {
                out += t[i++];
                continue;
            }
            const char e = t[i + 1];
            i += 2;
            switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'b':
                case 'f':
                    out += ' ';
                    break;
                case 'u': {
                    auto hex4 = [&](std::size_t at, unsigned& v) {
                        if (at + 4 > t.size()) return false;
                        v = 0;
                        for (std::size_t k = at; k < at + 4; ++k) {
                            const char h = t[k];
                            v = v * 16 + static_cast<unsigned>(h >= '0' && h <= '9'   ? h - '0'
                                                               : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                                               : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                                                      : 0);
                        }
                        return true;
                    };
                    unsigned cp = 0;
                    if (!hex4(i, cp)) break;
                    i += 4;
                    unsigned low = 0;
                    if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= t.size() && t[i] == '\\' &&
                        t[i + 1] == 'u' && hex4(i + 2, low) && low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                    if (cp == '\r') cp = '\n';
                    append_utf8(out, static_cast<std::uint32_t>(cp));
                    break;
                }
                default:
                    out += e;
            }
        }
        ++i;  // closing quote
    };
    auto skip_ws = [&](std::size_t& i) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
            if (t[i] == '\n') ++line, line_start = i + 1;
            ++i;
        }
    };
    std::string text, value;
    std::string previous_value;  // of the object or list being read ("": none)
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] == '\n') {
            ++line, line_start = ++i;
            continue;
        }
        if (t[i] != '"') {
            if (t[i] == '{' || t[i] == '}' || t[i] == '[' || t[i] == ']') previous_value.clear();
            ++i;
            continue;
        }
        const int at_line = line;
        const int at_col = static_cast<int>(i - line_start) + 1;
        read_string(i, text);
        std::size_t after = i;
        while (after < t.size() &&
               (t[after] == ' ' || t[after] == '\t' || t[after] == '\n' || t[after] == '\r'))
            ++after;
        // A value, or a key, read alike: a key is text a page may show as it
        // is (a statistics table's "values": {"RESTRICTED: ...": 1} names its
        // rows), so every rule for a value holds for a key.
        scan.scan_text(text, at_line, at_col, true);
        if (after >= t.size() || t[after] != ':') {
            if (!previous_value.empty())
                scan.read_fields_together(previous_value, text, at_line, at_col);
            previous_value = text;
            continue;
        }
        skip_ws(i);
        // A key. A marking key is reported where its value stands, as the
        // parsed document's positions are.
        i = after + 1;
        {
            std::size_t v = i;
            while (v < t.size() && (t[v] == ' ' || t[v] == '\t')) ++v;
            if (v < t.size() && t[v] == '"') {
                std::size_t end = v;
                const int kept_line = line;
                const std::size_t kept_start = line_start;
                read_string(end, value);  // (read again as a value below)
                line = kept_line, line_start = kept_start;
                scan.read_key_and_value(text, value, at_line, at_col);
            } else if (t.compare(v, 4, "true") == 0 || t.compare(v, 5, "false") == 0) {
                scan.read_key_and_value(text, t[v] == 't' ? "true" : "false", at_line, at_col);
            }
        }
        if (!reads_as_marking_key(read_as_person(text))) continue;
        skip_ws(i);
        const int v_line = line;
        const int v_col = static_cast<int>(i - line_start) + 1;
        std::string label;
        Reading reading = Reading::none;
        // (A list's first label is read as the marking, as front matter's
        // "marking: [RESTRICTED]" is: the file reads as marked so.)
        if (i < t.size() && t[i] == '[') {
            ++i;
            skip_ws(i);
        }
        if (i < t.size() && t[i] == '"') {
            read_string(i, value);
            const std::string read = read_as_person(value);
            reading = scan.reading_of(read, 0, label);
        }
        scan.add(v_line, v_col, SightingKind::key, reading, std::move(label), "");
    }
}

// CSV, cell by cell, with its own reading of quotes (not libcsv's). A cell of
// the first row that reads as "marking" is a key.
void census_csv(std::string_view t, Scanner& scan) {
    int line = 1;
    std::size_t line_start = 0;
    int row = 0;
    std::string cell, previous_cell;  // previous_cell: of the row being read
    // The row's cells joined as a table's row ("a|b|c"), read against its
    // heading's questions as a Markdown table's are ("Publish?" answered
    // "No", "Visible to" answered "Board": red team 25, C06).
    std::string row_as_table;
    int row_line = 1;
    std::vector<std::pair<std::size_t, std::string>> heading_questions;
    std::size_t i = 0;
    while (i <= t.size()) {
        const int at_line = line;
        const int at_col = static_cast<int>(i - line_start) + 1;
        cell.clear();
        while (i < t.size() && t[i] == ' ') cell += t[i++];
        if (i < t.size() && t[i] == '"') {
            ++i;
            while (i < t.size()) {
                if (t[i] == '"' && i + 1 < t.size() && t[i + 1] == '"') {
                    cell += '"';
                    i += 2;
                } else if (t[i] == '"') {
                    ++i;
                    break;
                } else {
                    if (t[i] == '\n') ++line, line_start = i + 1;
                    cell += t[i++];
                }
            }
        }
        while (i < t.size() && t[i] != ',' && t[i] != '\n') cell += t[i++];
        scan.scan_text(cell, at_line, at_col, false);
        if (row_as_table.empty()) row_line = at_line;
        row_as_table += (row_as_table.empty() ? "" : "|") + cell;
        if (!previous_cell.empty()) scan.read_fields_together(previous_cell, cell, at_line, at_col);
        previous_cell = cell;
        if (row == 0 && reads_as_marking_key(read_as_person(cell)))
            scan.add(at_line, at_col, SightingKind::key, Reading::none, "", "");
        else if (row == 0 && census::is_a_marking_field(read_as_person(cell)))
            scan.add(at_line, at_col, SightingKind::key, Reading::none, "",
                     "it heads a column, which then holds each row's marking, as a "
                     "spreadsheet's does");
        if (i >= t.size() || t[i] == '\n') {
            // (Each cell's reading starts its own table: the heading's
            // questions are kept here.)
            if (row_as_table.find_first_not_of(" |") != std::string::npos) {
                scan.question_columns = heading_questions;
                scan.read_question_columns(row_as_table, row == 0, row_line, 1);
                if (row == 0) heading_questions = scan.question_columns;
            }
            row_as_table.clear();
        }
        if (i >= t.size()) break;
        if (t[i] == '\n') {
            ++line, line_start = i + 1;
            ++row;
            previous_cell.clear();
        }
        ++i;
    }
}

}  // namespace

std::vector<MarkingSighting> take_census(std::string_view text, CensusFormat format,
                                         const CensusLabels& labels) {
    std::vector<MarkingSighting> out;
    Scanner scan{labels, out, {}};
    scan.markdown = format != CensusFormat::text;
    // A byte-order mark stays: it reads as nothing (core/reading), and columns
    // then count as the parsers' positions do.
    switch (format) {
        case CensusFormat::json:
            census_json(text, scan);
            break;
        case CensusFormat::csv:
            census_csv(text, scan);
            break;
        case CensusFormat::markdown:
        case CensusFormat::text:
            scan.scan_text(text, 1, 1, false);
            break;
    }
    return out;
}

const char* sighting_noun(SightingKind kind) {
    switch (kind) {
        case SightingKind::marker:
            return "marking region marker";
        case SightingKind::key:
            return "marking key";
        case SightingKind::label:
            return "marking label";
        case SightingKind::name:
            return "marking label in a name";
    }
    return "marking";
}

}  // namespace portal
