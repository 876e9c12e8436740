// validate/validated_site.hpp — the output of validate: the full (board's)
// documents, typed and checked. Only validate() makes one.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "load/site_sources.hpp"
#include "validate/front_matter.hpp"
#include "validate/page_links.hpp"
#include "validate/site_config.hpp"

namespace portal {

struct PageSource {
    MarkdownDocument doc;
    FrontMatter front;
    std::string url;     // site-root-relative folder URL, "" for the home page, "about/"
    std::string output;  // "about/index.html"
    // Its address is one portal makes a page for from data (plans/<id>/,
    // reports/, ...): the page gives that page its title and introduction.
    bool at_data_address = false;
};

class ValidatedSite {
  public:
    SiteConfig config;
    std::vector<PageSource> pages;
    std::vector<JsonDocument> data;
    std::vector<CsvDocument> csv;
    std::map<std::string, TextFile> layouts;
    std::map<std::string, TextFile> partials;
    std::vector<TextFile> assets;

  private:
    ValidatedSite() = default;
    friend ValidatedSite validate_site(SiteSources&& sources, Diagnostics& diags,
                                       std::optional<LinkChecker>* links_to_finish);
};

// links_to_finish: a build that goes on to render passes it; when validate found
// nothing else wrong, the link checks of pages render parses anyway are left in
// it, to be finished with render's outlines (validate/page_links.hpp). Without
// it (`portal check`), or when there are errors to report already, every link is
// judged here.
ValidatedSite validate_site(SiteSources&& sources, Diagnostics& diags,
                            std::optional<LinkChecker>* links_to_finish = nullptr);

// What judging one page needs from the rest of the site.
struct PageRules {
    std::set<std::string> layouts;    // "page" for layouts/page.mustache
    std::set<std::string> generated;  // addresses portal makes from data ("plans/2011-14/")
};

// One page's front matter, layout and address judged, as validate_site judges
// every page (which also checks what needs the whole site: addresses taken twice,
// links, nav, papers). For `portal serve`, which remakes an edited page through
// the same stages as a build.
PageSource validate_page(MarkdownDocument&& doc, const PageRules& rules, Diagnostics& diags);

// File names become web addresses ("content/My Page.md" would be published at
// "My%20Page/"): letters, digits, '-', '_' and '.' only.
void check_file_name(const std::string& rel, const std::string& path, Diagnostics& diags);

// "plans/2011-14/index.md" -> "plans/2011-14/"; "about.md" -> "about/"; "index.md" -> "".
std::string page_url_for(const std::string& rel);

}  // namespace portal
