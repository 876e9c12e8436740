#include "load/spreadsheet_formulas.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace portal {

bool spreadsheet_makes_text(std::string_view text) {
    auto makes_text = [](std::string_view formula) {
        if (formula.find_first_of("\"&") != std::string_view::npos) return true;
        std::string upper;
        for (const char c : formula)
            upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        for (const std::string_view fn :
             {"CHAR(",      "CONCAT",     "TEXTJOIN(", "SUBSTITUTE(", "MID(",    "LEFT(",
              "RIGHT(",     "REPLACE(",   "LOWER(",    "UPPER(",      "PROPER(", "ROT13(",
              "REPT(",      "TEXT(",      "T(",        "CODE(",       "FIXED(",  "DOLLAR(",
              "CLEAN(",     "TRIM(",      "INDIRECT(", "HYPERLINK(",  "IMPORT",  "WEBSERVICE(",
              "FILTERXML(", "ENCODEURL(", "REGEX"})
            if (upper.find(fn) != std::string::npos) return true;
        return false;
    };
    for (std::size_t from = 0; from < text.size();) {
        // A cell's start: the line's, or after a separator, a quote looked past.
        std::size_t at = from;
        if (at < text.size() && text[at] == '"') ++at;
        if (at < text.size() && (text[at] == '=' || text[at] == '+' || text[at] == '@')) {
            // To the cell's end as written: a quoted cell's closing quote (its
            // doubled quotes are the formula's own), else a separator.
            std::size_t end = at + 1;
            if (text[from] == '"') {
                while (end < text.size() &&
                       !(text[end] == '"' && (end + 1 >= text.size() || text[end + 1] != '"')))
                    end += text[end] == '"' ? 2 : 1;
            } else {
                while (end < text.size() &&
                       std::string_view(",;\t\n").find(text[end]) == std::string_view::npos)
                    ++end;
            }
            end = std::min(end, text.size());
            if (makes_text(text.substr(at + 1, end - at - 1))) return true;
        }
        // (Cells end at ',', ';' or a tab, as a spreadsheet may read any.)
        const std::size_t next = text.find_first_of(",;\t\n", from);
        if (next == std::string_view::npos) break;
        from = next + 1;
    }
    return false;
}

bool cell_is_a_formula(std::string_view cell) {
    const std::size_t at = cell.find_first_not_of(' ');
    if (at == std::string_view::npos) return false;
    if (cell[at] == '=') return true;
    return (cell[at] == '+' || cell[at] == '@') && spreadsheet_makes_text(cell.substr(at));
}

}  // namespace portal
