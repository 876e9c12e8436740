#include "new_site/return_csv.hpp"

#include <algorithm>
#include <cctype>

#include "core/files.hpp"

namespace portal {

namespace {

// One cell, quoted when RFC 4180 says it must be (a comma, a quote or a line
// break inside), its quotes doubled. A cell that starts as a formula does in a
// spreadsheet (=, +, -, @) gets a space in front: Excel would otherwise run
// "=HYPERLINK(...)" from a plan's title, or show "-ve trend" as #NAME?. The
// title is there for the officer to read; portal reads back the milestone id
// (trimmed), status and progress only.
std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos)
        cell = " ";
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace

std::filesystem::path returns_folder(const std::filesystem::path& site,
                                     const std::string& quarter) {
    return site / kReturnsFolder / quarter;
}

std::filesystem::path return_file(const std::filesystem::path& site, const std::string& quarter,
                                  long long priority) {
    return returns_folder(site, quarter) / ("priority-" + std::to_string(priority) + ".csv");
}

std::string return_csv(const std::vector<ReturnRow>& rows) {
    std::string csv = "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < kReturnColumns.size(); ++i)
        csv += (i ? "," : "") + std::string(kReturnColumns[i]);
    csv += "\r\n";
    for (const auto& row : rows)
        csv += csv_cell(row.milestone) + "," + csv_cell(row.title) + ",,\r\n";
    return csv;
}

std::string quoted_cell(std::string_view text) {
    const bool one_short_word =
        !text.empty() && text.size() <= 16 && std::all_of(text.begin(), text.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_';
        });
    return one_short_word ? "'" + std::string(text) + "'" : std::string("this cell");
}

}  // namespace portal
