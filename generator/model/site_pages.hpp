// model/site_pages.hpp — the pages every site has whatever its content: the
// open-data catalogue (data/), search (search/) and the not-found page
// (404.html, whose links must work at any address the server shows it at).
#pragma once

#include "model/site_model.hpp"

namespace portal {

void add_site_pages(const PublicSite& site, SiteModel& m);

}  // namespace portal
