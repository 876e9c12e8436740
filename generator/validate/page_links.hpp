// validate/page_links.hpp — every link must lead somewhere: to a page or file
// the site publishes, and, with a "#fragment", to a place on that page. Checked
// on the board's full documents, so that an officer hears of a broken link even
// when its target is later withheld (render then turns it into plain text).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

struct cmark_node;

namespace portal {

struct PageSource;

// The destination of every link and image under `root`, in document order:
// what the checks below judge. A page's text edited without changing these (or
// its headings) passes or fails them as it did before.
std::vector<std::string> link_destinations(cmark_node* root);

class LinkChecker {
  public:
    // `routes`: site-root-relative addresses of every generated page and file
    // ("reports/2010-11-q3/", "feed.xml", "assets/css/site.css"). `layout_ids`:
    // ids the layouts write themselves ("main", "download"). `base_url`: links to
    // the site's own absolute address count as internal.
    LinkChecker(const std::vector<PageSource>& pages, std::set<std::string> routes,
                std::set<std::string> layout_ids, std::string base_url);

    // Checks the links of every page's Markdown, each reported at its line and column.
    void check_pages(Diagnostics& diags);

    // Checks Markdown kept inside a data file (a report's narrative), shown on the
    // page at `page_url`; problems are reported at `at`, the string's position.
    void check_text(const std::string& markdown, const std::string& page_url, const SourcePos& at,
                    Diagnostics& diags);

  private:
    struct Found {
        std::string href;
        SourcePos pos;
    };
    void check_one(const Found& link, const std::string& page_url, const std::string& page_rel,
                   const std::set<std::string>* own_ids, Diagnostics& diags);
    // Heading ids of the content page published at url, or nullptr when the page
    // is generated (its anchors come from data) or unknown.
    const std::set<std::string>* ids_of(const std::string& url);

    const std::vector<PageSource>& pages_;
    std::set<std::string> routes_;
    std::set<std::string> layout_ids_;
    std::string base_url_;
    std::set<std::string> sources_;                     // content rel paths
    std::map<std::string, std::string> source_urls_;    // content rel -> url
    std::map<std::string, const PageSource*> by_url_;   // url -> page
    std::map<std::string, std::set<std::string>> ids_;  // url -> heading ids (computed lazily)
};

}  // namespace portal
