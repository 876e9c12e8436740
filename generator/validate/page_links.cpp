#include "validate/page_links.hpp"

#include <cmark-gfm.h>

#include "core/heading_ids.hpp"
#include "core/links.hpp"
#include "core/markdown.hpp"
#include "core/parallel.hpp"
#include "validate/validated_site.hpp"

namespace portal {

namespace {

// Inline links need "](", reference definitions "]:", and autolinks to the
// site's own address "<http"; text with none of them has no link to check.
bool may_have_links(const std::string& md) {
    return md.find("](") != std::string::npos || md.find("]:") != std::string::npos ||
           md.find("<http") != std::string::npos || md.find("www.") != std::string::npos ||
           md.find("://") != std::string::npos;
}

// Every link and image of a tree, with its position relative to the tree's text.
template <typename F>
void for_each_link(cmark_node* root, F&& f) {
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto type = cmark_node_get_type(n);
        if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
        const char* url = cmark_node_get_url(n);
        f(std::string(url ? url : ""), cmark_node_get_start_line(n),
          cmark_node_get_start_column(n));
    }
    cmark_iter_free(it);
}

}  // namespace

std::vector<std::string> link_destinations(cmark_node* root) {
    std::vector<std::string> found;
    for_each_link(root, [&](std::string href, int, int) { found.push_back(std::move(href)); });
    return found;
}

LinkChecker::LinkChecker(const std::vector<PageSource>& pages, std::set<std::string> routes,
                         std::set<std::string> layout_ids, std::string base_url)
    : pages_(pages),
      routes_(std::move(routes)),
      layout_ids_(std::move(layout_ids)),
      base_url_(std::move(base_url)) {
    for (const auto& p : pages_) {
        sources_.insert(p.doc.rel);
        source_urls_[p.doc.rel] = p.url;
        by_url_[p.url] = &p;
    }
}

const std::set<std::string>* LinkChecker::ids_of(const std::string& url) {
    // A content page at a generated address (a plan's introduction) shares the
    // page with anchors made from data: its fragments are not checked here.
    if (routes_.count(url)) return nullptr;
    auto page = by_url_.find(url);
    if (page == by_url_.end()) return nullptr;
    auto cached = ids_.find(url);
    if (cached != ids_.end()) return &cached->second;
    std::set<std::string> used = layout_ids_;
    MarkdownTree tree = parse_markdown(page->second->doc.body);
    assign_heading_ids(tree.get(), used);
    return &ids_.emplace(url, std::move(used)).first->second;
}

void LinkChecker::check_one(const Found& link, const std::string& page_url,
                            const std::string& page_rel, const std::set<std::string>* own_ids,
                            Diagnostics& diags) {
    auto resolved = resolve_internal_link(page_url, page_rel, link.href, base_url_);
    if (!resolved) return;
    if (resolved->target == "..") {
        diags.error(link.pos, "link '" + link.href + "' points outside the site");
        return;
    }
    std::string url = resolved->target;
    bool ok = true;
    if (resolved->same_page) {
        url = page_url;
    } else if (resolved->to_source) {
        auto s = source_urls_.find(url);
        ok = s != source_urls_.end();
        if (ok) url = s->second;
    } else if (by_url_.count(url) || routes_.count(url)) {
    } else if (by_url_.count(url + "/") || routes_.count(url + "/")) {
        url += "/";
    } else {
        ok = false;
    }
    if (!ok) {
        diags.error(link.pos,
                    "link '" + link.href + "' does not lead to any page of the site" +
                        (resolved->to_source
                             ? " (no such file in content/)"
                             : " (looked for " + (url.empty() ? "the home page" : url) + ")"));
        return;
    }
    if (resolved->fragment.empty()) return;
    const std::set<std::string>* ids = resolved->same_page ? own_ids : ids_of(url);
    if (ids && !ids->count(resolved->fragment))
        diags.error(link.pos, "link '" + link.href + "': there is no heading or place '#" +
                                  resolved->fragment + "' on " +
                                  (resolved->same_page ? "this page"
                                                       : (url.empty() ? "the home page" : url)) +
                                  " (headings get ids like 'how-the-cdrp-works')");
}

void LinkChecker::check_pages(Diagnostics& diags) {
    // Parsing is most of the cost: pages are parsed on every core, each keeping
    // its links and heading ids; the links are then judged in page order.
    struct Parsed {
        std::vector<Found> links;
        std::optional<std::set<std::string>> ids;
    };
    std::vector<Parsed> parsed(pages_.size());
    parallel_for(pages_.size(), [&](std::size_t i) {
        const PageSource& p = pages_[i];
        if (!may_have_links(p.doc.body)) return;
        MarkdownTree tree = parse_markdown(p.doc.body);
        for_each_link(tree.get(), [&](std::string href, int line, int column) {
            parsed[i].links.push_back(
                {std::move(href), SourcePos{p.doc.path, p.doc.body_line + line - 1, column}});
        });
        if (parsed[i].links.empty() || routes_.count(p.url)) return;
        std::set<std::string> used = layout_ids_;
        assign_heading_ids(tree.get(), used);
        parsed[i].ids = std::move(used);
    });
    for (std::size_t i = 0; i < pages_.size(); ++i)
        if (parsed[i].ids) ids_.emplace(pages_[i].url, std::move(*parsed[i].ids));
    for (std::size_t i = 0; i < pages_.size(); ++i) {
        const PageSource& p = pages_[i];
        auto own = ids_.find(p.url);
        for (const auto& link : parsed[i].links)
            check_one(link, p.url, p.doc.rel, own == ids_.end() ? nullptr : &own->second, diags);
    }
}

void LinkChecker::check_text(const std::string& markdown, const std::string& page_url,
                             const SourcePos& at, Diagnostics& diags) {
    if (!may_have_links(markdown)) return;
    MarkdownTree tree = parse_markdown(markdown);
    for_each_link(tree.get(), [&](std::string href, int, int) {
        // Fragments on generated pages are anchors made from data: not checked.
        check_one({std::move(href), at}, page_url, "", nullptr, diags);
    });
}

}  // namespace portal
