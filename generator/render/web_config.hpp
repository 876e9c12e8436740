// render/web_config.hpp — web.config for Microsoft IIS, written when site.json
// asks ("hosting": {"iis_web_config": true}): IIS serves no file whose type it
// does not know (.json, .csv, .webmanifest answer 404), so the types the site
// uses are declared; index.html is the default document; the site's 404 page
// answers a missing address; and the security headers a page cannot send
// itself (frame-ancestors) are sent. docs/hosting.md says how to use it.
#pragma once

#include <string>

#include "validate/site_config.hpp"

namespace portal {

std::string iis_web_config(const SiteConfig& config);

}  // namespace portal
