// core/utf8.hpp — is this text UTF-8? Site files must be: a spreadsheet or an
// editor that saved in another encoding (Windows-1252, Latin-1) produces bytes
// that later stages (JSON output, the audit's word folding) cannot read, so
// each loader checks first and names the first bad byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portal {

// The byte offset where the first invalid UTF-8 sequence starts, or nullopt
// when all of text is UTF-8. Strict (RFC 3629): overlong forms, UTF-16
// surrogates (U+D800..U+DFFF), code points above U+10FFFF, stray continuation
// bytes and sequences cut short are all invalid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// The number of characters (code points) in valid UTF-8 text: for columns in
// messages, which count what an editor shows, not bytes.
std::size_t utf8_length(std::string_view text);

// Appends code point cp to out as UTF-8 (nothing for one beyond U+10FFFF).
void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace portal
