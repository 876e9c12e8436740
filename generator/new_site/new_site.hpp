// new_site/new_site.hpp — `portal new site DIR` (new_site/README.md).
#pragma once

#include <string>

#include "core/diagnostics.hpp"

namespace portal {

// Writes a new site into `dir`, which must not exist yet (or be an empty
// folder): into a hidden folder beside it first, then renamed into place, so a
// failure leaves nothing half-written. Problems become diagnostics; returns
// the number of files written (0 on failure).
// `names`: the partnership's name and the address the site will be published
// at, when given (--title, --base-url); otherwise placeholders to edit.
struct NewSiteNames {
    std::string title;     // "" for the placeholder
    std::string base_url;  // "" for the placeholder
};
int write_new_site(const std::string& dir, Diagnostics& diags, const NewSiteNames& names = {});

}  // namespace portal
