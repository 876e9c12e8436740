// render/json_ld.hpp — schema.org metadata that open-data search engines read
// (Google Dataset Search): a Dataset for each download a page shows, and a
// DataCatalog of them all for the open-data page, as JSON-LD for a
// <script type="application/ld+json"> element. That element is data, not
// script: a strict Content-Security-Policy leaves it alone.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.hpp"

namespace portal {

// The Datasets of the downloads `shown` on one page (one object, or a @graph
// of them), ready to stand inside the <script> element: every '<' is written
// \u003c, so no "</script>" or "<!--" in a title can end or change it.
std::string datasets_json_ld(const std::vector<const Download*>& shown, const SiteConfig& config);

// The DataCatalog of every download, for the page at data/.
std::string catalog_json_ld(const std::vector<Download>& downloads, const SiteConfig& config);

}  // namespace portal
