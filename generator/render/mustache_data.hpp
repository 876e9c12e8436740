// render/mustache_data.hpp — view models (JSON) as kainjow Mustache data.
#pragma once

#include <kainjow/mustache.hpp>

#include "core/json_value.hpp"

namespace portal {

namespace mustache = kainjow::mustache;

// Objects become Mustache objects, arrays lists, strings text; null and false
// become false (a section that does not show); numbers their JSON text.
mustache::data to_mustache(const Json& v);

// Text as Mustache data by the same rule: empty text is false, so that a
// {{#summary}} section hides.
mustache::data text_data(const std::string& s);

}  // namespace portal
