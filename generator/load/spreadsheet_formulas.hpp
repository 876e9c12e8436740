// load/spreadsheet_formulas.hpp — spreadsheet formulas in CSV text. A
// spreadsheet shows what a formula computes, portal publishes what is
// written: where the two may differ, portal refuses the text rather than
// publish, or check, something other than what the officer saw.
#pragma once

#include <string_view>

namespace portal {

// Does a spreadsheet's text (CSV or TSV) hold a formula that makes text: one
// that joins ('&', CONCAT, TEXTJOIN), writes letters (a string, CHAR,
// UNICHAR) or edits text (SUBSTITUTE, MID, REPLACE, LOWER, ROT13 ...)?
// "=\"RESTRIC\"&\"TED\"" shows RESTRICTED, and portal cannot compute every
// function, so such a file is not published (an asset). A cell begins a
// formula with '=', '+' or '@' (as Excel reads them), quoted or not; a
// formula of numbers alone (=SUM(B2:B9)) makes no text.
bool spreadsheet_makes_text(std::string_view text);

// Is one cell, as read, a formula: '=' first, or '+' or '@' first with a
// formula that makes text ("+44 1223 ..." is a telephone number)? A data
// table's cell is published as written, so a formula there is refused
// whatever it computes.
bool cell_is_a_formula(std::string_view cell);

}  // namespace portal
