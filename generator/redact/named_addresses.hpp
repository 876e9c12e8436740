// redact/named_addresses.hpp — the address of something withheld, written out
// in public text. A Markdown link to a page withheld whole is made plain
// (render), but the same address written as text ("see
// /community-safety/quokka-review/", "`../quokka-review/`") or as a link in a
// layout is published as it stands, and its name may say what the page is
// about (red team 22, C01, C02). The leak audit cannot see it: the text that
// writes it out is public text.
#pragma once

#include <map>
#include <set>
#include <string>

#include "core/diagnostics.hpp"
#include "load/text_file.hpp"
#include "redact/public_site.hpp"

namespace portal {

// An error at each public page, data text, layout or partial that writes
// out, other than as a Markdown link's destination, the address of a page
// or data withheld whole (`withheld_urls`, as "reports/quokka-review/"): its
// last part, beside a '/'. The message never names it. (An address with
// fewer than four letters, a plan's "plans/2011-14/", names no one.)
void refuse_named_withheld_addresses(const PublicSite& site,
                                     const std::set<std::string>& withheld_urls,
                                     const std::map<std::string, TextFile>& layouts,
                                     const std::map<std::string, TextFile>& partials,
                                     Diagnostics& diags);

}  // namespace portal
