// core/html_references.hpp — HTML's named character references ("&lpar;",
// "&Epsilon;", "&rsquo;") that a page shows as punctuation, spaces or
// letters a reader may take for Latin ones: the census reads "&lpar;Restricted&rpar;"
// as the "(Restricted)" a browser shows. The table is generated from the
// WHATWG list (scripts/gen_html_references.py).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portal {

// The UTF-8 text that `name` (between '&' and ';') stands for, when it is in
// the table; null otherwise.
std::optional<std::string_view> named_character_reference(std::string_view name);

// `text` with its character references ("&#111;", "&#x52;", "&lpar;") as a
// browser shows them; a reference portal does not know stays as written.
std::string html_references_decoded(std::string_view text);

}  // namespace portal
