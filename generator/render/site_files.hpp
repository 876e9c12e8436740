// render/site_files.hpp — the site-wide files for machines: the Atom feed (RFC
// 4287), the sitemap (sitemaps.org), robots.txt and the open-data catalogue as
// JSON. Absolute URLs come from base_url; nothing else uses it. The search
// index: search_index.hpp.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/site_model.hpp"

namespace portal {

// Text safe inside XML 1.0 elements and attributes: & < > " ' escaped, and the
// control characters XML forbids dropped.
std::string xml_escape(std::string_view s);

std::string atom_feed(const SiteModel& m);
std::string sitemap_xml(const SiteModel& m);
std::string robots_txt(const SiteModel& m);

// The catalogue of open data as JSON, with absolute URLs and sizes in bytes.
std::string catalogue_json(const SiteModel& m, const std::map<std::string, std::size_t>& sizes);

}  // namespace portal
