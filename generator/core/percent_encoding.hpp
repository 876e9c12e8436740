// core/percent_encoding.hpp — "%52ESTRICTED" read as a browser shows it.
// One decoder for every reader that must see an address as a person does: the
// census (links, base_url), the asset census (data: URIs), the leak audit
// (published addresses and query strings) and the check that messages do not
// repeat withheld names. Four private copies had drifted apart.
#pragma once

#include <string>
#include <string_view>

namespace portal {

// '+' is a space only in a query string or a form body.
enum class PlusSign { kept, space };
// A reader that works a line at a time keeps "%0A" and other control bytes as
// written, so that decoding never makes a new line.
enum class ControlBytes { decoded, kept_encoded };

// `s` with each "%XX" (two hex digits) replaced by its byte; a '%' not
// followed by two hex digits stays as written.
std::string percent_decoded(std::string_view s, PlusSign plus = PlusSign::kept,
                            ControlBytes controls = ControlBytes::decoded);

}  // namespace portal
