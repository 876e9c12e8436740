// render/page_html.hpp — a page's Markdown as HTML: headings get stable ids and
// sit below the page's one h1, internal links become relative (to index.html,
// so the site works from disk), links to pages that are not published become
// plain text.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>

namespace portal {

struct LinkContext {
    std::string page_url;                                   // "plans/2011-14/"
    std::string page_rel;                                   // "plans/2011-14/index.md"
    const std::set<std::string>* urls;                      // published page urls
    const std::map<std::string, std::string>* source_urls;  // content rel -> url
    const std::map<std::string, std::string>* assets;       // "assets/x" -> hashed path
};

struct PageHtml {
    std::string html;
    std::vector<std::pair<std::string, std::string>> headings;  // (id, text)
};

PageHtml markdown_to_page_html(const std::string& markdown, const LinkContext& ctx);

// The relative href from page_url to a site path ("" = home), to its index.html
// when it is a folder.
std::string relative_href(const std::string& page_url, const std::string& target);

}  // namespace portal
