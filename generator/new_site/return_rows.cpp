#include "new_site/return_rows.hpp"

#include <array>
#include <optional>

#include "core/reading.hpp"
#include "core/text.hpp"
#include "new_site/return_csv.hpp"

namespace portal {

namespace {

constexpr std::string_view kHeaderHelp =
    "a return's first row is the header milestone,title,status,progress";

// Which of the return's columns each header cell is (kReturnColumns' index),
// or nothing, with errors at the cells that are wrong.
std::optional<std::array<int, kReturnColumns.size()>> read_header(const CsvDocument& doc,
                                                                  Diagnostics& diags) {
    const auto& header = doc.rows.front();
    // Excel saves "CSV" with semicolons where the computer writes decimal
    // commas: the whole header is then one cell.
    if (header.size() == 1 && header.front().text.find(';') != std::string::npos) {
        diags.error(doc.pos(header.front()),
                    "this file's cells are separated by semicolons, not commas: save it from the "
                    "spreadsheet as \"CSV UTF-8 (Comma delimited)\"");
        return std::nullopt;
    }
    std::array<int, kReturnColumns.size()> at;
    at.fill(-1);
    bool ok = true;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = fold_label(header[i].text);
        std::size_t k = 0;
        while (k < kReturnColumns.size() && name != kReturnColumns[k]) ++k;
        if (k == kReturnColumns.size()) {
            diags.error(doc.pos(header[i]),
                        (name.empty()
                             ? std::string("a column without a name")
                             : quoted_cell(trim(header[i].text)) + " is not a column of a return") +
                            ": " + std::string(kHeaderHelp) +
                            " and nothing else (write anything more into progress)");
            ok = false;
        } else if (at[k] >= 0) {
            diags.error(doc.pos(header[i]),
                        "the column '" + std::string(kReturnColumns[k]) +
                            "' is here a second time: " + std::string(kHeaderHelp));
            ok = false;
        } else {
            at[k] = static_cast<int>(i);
        }
    }
    for (std::size_t k = 0; k < kReturnColumns.size(); ++k)
        if (at[k] < 0) {
            diags.error(doc.pos(header.front()), "the header has no '" +
                                                     std::string(kReturnColumns[k]) +
                                                     "' column: " + std::string(kHeaderHelp));
            ok = false;
        }
    if (!ok) return std::nullopt;
    return at;
}

}  // namespace

bool read_return_rows(const std::string& path, std::string text, ReturnSheet& sheet,
                      Diagnostics& diags) {
    sheet.path = path;
    CsvDocument doc;
    doc.path = path;
    normalise_line_ends(text);
    const int errors = diags.error_count();
    parse_csv_document(doc, text, diags);
    if (doc.failed || diags.error_count() > errors) return false;
    if (doc.rows.empty()) {
        diags.error(SourcePos{path, 1, 1}, "this return is empty: " + std::string(kHeaderHelp));
        return false;
    }
    const auto columns = read_header(doc, diags);
    if (!columns) return false;
    for (std::size_t r = 1; r < doc.rows.size(); ++r) {
        const auto& row = doc.rows[r];
        auto cell = [&](std::size_t k) {
            const auto i = static_cast<std::size_t>((*columns)[k]);
            return i < row.size() ? row[i] : CsvCell{"", row.front().line, row.front().column};
        };
        for (std::size_t i = kReturnColumns.size(); i < row.size(); ++i)
            if (!trim(row[i].text).empty())
                diags.error(doc.pos(row[i]),
                            "this cell is beyond the return's four columns (milestone, title, "
                            "status, progress): write it into progress, in the same cell");
        sheet.entries.push_back(
            {cell(kMilestoneColumn), cell(kStatusColumn), cell(kProgressColumn)});
    }
    return true;
}

}  // namespace portal
