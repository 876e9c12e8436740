// core/links.hpp — how a link written in a page resolves to a place in the site.
// Shared by validate (does the target exist?) and render (rewrite it relative,
// or drop it when the target is withheld).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portal {

struct InternalLink {
    std::string target;      // site-root-relative: "about/" (a page) or "assets/x.pdf" (a file)
    std::string fragment;    // without '#', may be empty
    bool to_source = false;  // written as a path to a .md file (target is then its rel path)
    bool same_page = false;  // "#x": a place on the page itself (target is the page's url)
};

// Resolves `href` as written in the page published at `page_url` ("plans/2011-14/").
// External links (another host, "mailto:") return nullopt. A link to the site's
// own address (`base_url`, e.g. "https://www.example.gov.uk/community-safety/about/",
// or the host-relative "/community-safety/about/") is internal: it must resolve,
// and it must not keep the address of a withheld page.
// A ".md" target is returned with to_source set and target = content-relative path.
// `page_rel` is the page's path relative to content/ ("plans/2011-14/index.md").
std::optional<InternalLink> resolve_internal_link(const std::string& page_url,
                                                  const std::string& page_rel,
                                                  const std::string& href,
                                                  const std::string& base_url = "");

// The scheme of an address as a browser reads it ("javascript" for
// " Java\tScript:alert(1)": tabs and line breaks anywhere, and control
// characters and spaces at either end, are dropped first), lower-cased; empty
// for an address without one (relative, or "//host/...").
std::string url_scheme(std::string_view url);

// Whether an address taken from configuration or data may be a link on every
// page: https:, http:, mailto:, or relative. Anything else ("javascript:",
// "data:", "vbscript:", "file:") runs or reads something when clicked.
bool safe_link_address(std::string_view url);

// Normalises a site-root-relative path: resolves "." and "..", keeps a trailing '/'.
// Returns nullopt when ".." would climb above the site root.
std::optional<std::string> normalise_site_path(const std::string& path);

}  // namespace portal
