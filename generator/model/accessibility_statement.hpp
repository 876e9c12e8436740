// model/accessibility_statement.hpp — the accessibility statement a public
// body's website must publish (Public Sector Bodies (Websites and Mobile
// Applications) (No. 2) Accessibility Regulations 2018, regulation 8), at
// accessibility/, in the shape of the government's model statement, from
// site.json's "accessibility" facts. A theme without the "accessibility"
// layout (one from before it) does without; a content page at
// content/accessibility.md gives it an introduction.
#pragma once

#include "model/site_model.hpp"

namespace portal {

void add_accessibility_statement(const PublicSite& site, SiteModel& m);

}  // namespace portal
