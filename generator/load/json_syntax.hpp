// load/json_syntax.hpp — a JSON syntax error told in plain words, for people
// who write data files by hand: "a comma is missing after the value on line
// 38", pointing at the place the mend goes, not where the parser gave up.
// nlohmann's own message names the parser's state ("while parsing object -
// unexpected string literal; expected '}'"); this reads that state and the
// text around the place to say which of the usual slips it was.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace portal {

struct JsonSyntaxError {
    std::size_t at = 0;   // byte offset in the text: where the mend goes
    std::string message;  // "invalid JSON: a comma is missing after ..."
};

// `text` is the JSON (after any byte order mark), `parser_at` the offset of
// the last byte the parser read, `parser_message` its message. Unknown slips
// keep the parser's words, without what it quotes of the file.
JsonSyntaxError explain_json_syntax(std::string_view text, std::size_t parser_at,
                                    std::string_view parser_message);

// The line holding `at`, its words hidden (every text, key and number shown
// as …: a file that does not parse cannot yet say which of its words are
// withheld), with a caret under the place, for the end of a message:
//    14 |   "…": "…"
//       |           ^
// Long lines are shown as a window around the caret.
std::string caret_excerpt(std::string_view text, std::size_t at);

}  // namespace portal
