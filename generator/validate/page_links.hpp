// validate/page_links.hpp — every link from one page to another must resolve.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace portal {

struct PageSource;

// Checks the links in every page's Markdown against the pages and files the site
// will publish. Reports each dangling link at its line and column.
void check_page_links(const std::vector<PageSource>& pages, const std::set<std::string>& generated,
                      Diagnostics& diags);

}  // namespace portal
