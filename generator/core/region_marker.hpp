// core/region_marker.hpp — the one test of whether a Markdown body can hold a
// marking region (a ':::' line). Redact publishes a body that cannot as it is,
// unparsed; validate leaves the link checks of such a page (with no marking of
// its own) to render, because render then parses that same text. Both ask
// here, so the two can never disagree.
#pragma once

#include <string_view>

namespace portal {

inline bool may_hold_region(std::string_view body) {
    return body.find(":::") != std::string_view::npos;
}

}  // namespace portal
