// redact/canary_text.hpp — what redact tells the canary builder: withheld text
// as canaries, block by block, and public text with link addresses left out.
#pragma once

#include <string>
#include <string_view>

#include "core/canary.hpp"

namespace portal {

// Withheld Markdown as canaries: the whole text (so every run of five words is
// one), and each line and table cell on its own (so that a short heading, a name
// in a cell or an item of a list is a canary too, even when it is shorter than
// five words).
void withhold_blocks(CanaryBuilder& canaries, std::string_view markdown,
                     const std::string& location);

// Public Markdown without the addresses of its links ("[x](secret-page/)" keeps
// "x"), without bare addresses ("www.example.gov.uk/...", "https://...") and
// without raw HTML tags (render drops them, or shows an address that leads to
// a withheld page as "Withheld"): a link may name a page that is withheld,
// and the address of a withheld page is a canary that public text must not
// strike out (red team 20, C03: a bare address made a withheld page's name
// public, and an error message then printed it).
std::string without_link_destinations(std::string_view markdown);

}  // namespace portal
