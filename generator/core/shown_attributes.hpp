// core/shown_attributes.hpp — the attributes of an HTML tag whose values a
// reader is shown (a tooltip, an image's text, a form field's value), not
// ones that name an address, a class or an id. Render's value joins read
// text beside a value through them; the census reads a form field's value
// in them after its name ("Protective marking" <input value="Restricted">).
#pragma once

#include <string>
#include <string_view>

namespace portal {

// Is an attribute of this name (in any case) shown to a reader?
bool is_a_shown_attribute(std::string_view name);

// The values of the shown attributes of `tag` (from '<' to '>'), in order,
// each followed by a space; quoted or not. Empty for a closing tag.
std::string shown_attribute_text(std::string_view tag);

}  // namespace portal
