// render/page_html.hpp — a page's Markdown as HTML: headings get stable ids and
// sit below the page's one h1, internal links become relative (to index.html,
// so the site works from disk), links to pages that are not published become
// plain text.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>

#include "core/markdown_outline.hpp"

namespace portal {

struct LinkContext {
    std::string page_url;                                             // "plans/2011-14/"
    std::string page_rel;                                             // "plans/2011-14/index.md"
    const std::set<std::string>* urls = nullptr;                      // published page urls
    const std::map<std::string, std::string>* source_urls = nullptr;  // content rel -> url
    const std::map<std::string, std::string>* assets = nullptr;       // "assets/x" -> hashed path
    std::string base_url;  // links to the site's own absolute address are internal
    // Ids already on the page (the layout's, earlier Markdown fields'): headings
    // take ids that are not among them, and join them. May be null.
    std::set<std::string>* used_ids = nullptr;
    // Heading ids of the public pages that lost content to redaction: a
    // "#fragment" link to one of those pages that names no id there is dropped
    // (the heading it named was withheld). Pages not listed kept every heading.
    const std::map<std::string, std::set<std::string>>* trimmed_page_ids = nullptr;
    bool page_lost_content = false;  // this page lost content: check "#x" links to itself
    // When set, links are written from this root ("/community-safety/"), not
    // relative to page_url: for the not-found page, shown at any address.
    std::string absolute_root;
    // When set, receives the text's outline, taken from the one parse render
    // makes (a build's link checks judge it: validate left this page to render).
    MarkdownOutline* outline = nullptr;
};

// The href from the page of ctx to a site path ("" = home; a folder gets its
// index.html, so the site works from disk).
std::string href_for(const LinkContext& ctx, const std::string& target);

struct PageHtml {
    std::string html;
    std::vector<std::pair<std::string, std::string>> headings;  // (id, text)
};

PageHtml markdown_to_page_html(const std::string& markdown, const LinkContext& ctx);

// The relative href from page_url to a site path ("" = home), to its index.html
// when it is a folder.
std::string relative_href(const std::string& page_url, const std::string& target);

}  // namespace portal
