// load/hidden_controls.hpp — control characters a page shows as nothing.
// A control character (a C0 control other than tab and the line breaks, DEL,
// a C1 control) draws nothing in a page, a title or a meta description, so the
// letters either side of it run together ("RESTRI<VT>CTED" shows RESTRICTED),
// while a reader of the source sees two pieces. No board paper needs one, and
// a paste from a PDF's text (form feeds between pages) is the usual way one
// arrives; so each is an error that names its place, written as it is or as a
// string's escape (JSON "\u000b", YAML "\v", "\x00"), before any parser reads
// the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "load/text_limits.hpp"

namespace portal {

// How a text writes its strings' escapes.
enum class EscapeSyntax {
    none,  // Markdown bodies and CSV cells: a backslash is no escape of a control
    json,  // "\b", "\f", "\u0000".."\u001f" (but \t, \n, \r), "\u007f".."\u009f"
    yaml,  // in double-quoted scalars: "\0 \a \b \e \f \v", "\x..", "\u....", "\U........"
};

// The first control character in `text` (raw, or for `syntax` an escape that
// writes one), with a message; nothing when there is none. Tab, line feed and
// carriage return are text.
std::optional<TextLimitProblem> first_hidden_control(std::string_view text, EscapeSyntax syntax);

}  // namespace portal
