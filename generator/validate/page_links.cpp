#include "validate/page_links.hpp"

#include "core/heading_ids.hpp"
#include "core/links.hpp"
#include "core/markdown.hpp"
#include "core/parallel.hpp"
#include "core/region_marker.hpp"
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

}  // namespace

LinkChecker::LinkChecker(const std::vector<PageSource>& pages, std::set<std::string> routes,
                         std::set<std::string> layout_ids, std::string base_url)
    : routes_(std::move(routes)),
      layout_ids_(std::move(layout_ids)),
      base_url_(std::move(base_url)) {
    pages_.reserve(pages.size());
    for (const auto& p : pages) {
        Page page;
        page.url = p.url;
        page.rel = p.doc.rel;
        page.path = p.doc.path;
        page.body_line = p.doc.body_line;
        // Redact publishes such a body as it is, and a page without a marking of
        // its own in full: render parses that same text. A page in which the
        // marking census read anything may be refused by redact, so it is not
        // left to render; nor is a page at a data page's address, which redact
        // withholds with its data when the data is withheld whole.
        page.left_to_render = !p.front.marking && !may_hold_region(p.doc.body) &&
                              p.doc.census.empty() && !p.at_data_address;
        source_urls_[page.rel] = page.url;
        by_url_[page.url] = pages_.size();
        by_rel_[page.rel] = pages_.size();
        pages_.push_back(std::move(page));
    }
    // Nor a page under the address of one that may be withheld whole, or of
    // data: redact withholds it with that page (its address holds the
    // withheld name).
    std::set<std::string> may_be_withheld;
    for (const auto& p : pages)
        if ((p.front.marking || p.at_data_address) && !p.url.empty()) may_be_withheld.insert(p.url);
    for (const auto& r : routes_)
        if (!r.empty() && r.back() == '/') may_be_withheld.insert(r);
    if (!may_be_withheld.empty())
        for (Page& page : pages_)
            for (std::size_t slash = page.url.find('/');
                 page.left_to_render && slash != std::string::npos && slash + 1 < page.url.size();
                 slash = page.url.find('/', slash + 1))
                if (may_be_withheld.count(page.url.substr(0, slash + 1)))
                    page.left_to_render = false;
}

void LinkChecker::outline_pages(const std::vector<PageSource>& pages, Pages which) {
    parallel_for(pages.size(), [&](std::size_t i) {
        Page& page = pages_[i];
        if (page.outline || (which == Pages::not_left_to_render && page.left_to_render)) return;
        MarkdownTree tree = parse_markdown(pages[i].doc.body);
        page.outline = markdown_outline(tree.get());
    });
}

std::optional<LinkChecker::TextLinks> LinkChecker::links_in_text(const std::string& markdown,
                                                                 const std::string& page_url,
                                                                 const SourcePos& at) {
    if (!may_have_links(markdown)) return std::nullopt;
    MarkdownTree tree = parse_markdown(markdown);
    TextLinks found{{}, page_url, at};
    for (auto& link : markdown_outline(tree.get()).links)
        found.hrefs.push_back(std::move(link.href));
    // Fragments on generated pages are anchors made from data: not checked.
    return found;
}

bool LinkChecker::same_to_link_checks(const std::string& before, const std::string& after) {
    MarkdownTree was = parse_markdown(before);
    MarkdownTree now = parse_markdown(after);
    const MarkdownOutline a = markdown_outline(was.get());
    const MarkdownOutline b = markdown_outline(now.get());
    if (a.headings != b.headings || a.links.size() != b.links.size()) return false;
    for (std::size_t i = 0; i < a.links.size(); ++i)
        if (a.links[i].href != b.links[i].href) return false;
    return true;
}

void LinkChecker::outline_texts(const std::map<std::string, const std::string*>& texts) {
    std::vector<std::pair<Page*, const std::string*>> todo;
    for (auto& page : pages_) {
        auto text = texts.find(page.rel);
        if (!page.outline && text != texts.end()) todo.emplace_back(&page, text->second);
    }
    parallel_for(todo.size(), [&](std::size_t i) {
        MarkdownTree tree = parse_markdown(*todo[i].second);
        todo[i].first->outline = markdown_outline(tree.get());
    });
}

std::set<std::string> LinkChecker::awaited() const {
    std::set<std::string> rels;
    for (const auto& p : pages_)
        if (!p.outline) rels.insert(p.rel);
    return rels;
}

void LinkChecker::add_outline(const std::string& rel, MarkdownOutline outline) {
    auto page = by_rel_.find(rel);
    if (page != by_rel_.end()) pages_[page->second].outline = std::move(outline);
}

void LinkChecker::judge(Diagnostics& diags) const {
    // Heading ids of the content pages, as the page's layout leaves them free. A
    // content page at a generated address (a plan's introduction) shares the
    // page with anchors made from data: its fragments are not checked. Made,
    // and the pages' links then judged, on every core; problems are merged in
    // page order.
    std::vector<std::set<std::string>> page_ids(pages_.size());
    parallel_for(pages_.size(), [&](std::size_t i) {
        const Page& p = pages_[i];
        if (!p.outline || routes_.count(p.url)) return;
        page_ids[i] = layout_ids_;
        for (const auto& text : p.outline->headings) take_heading_id(text, page_ids[i]);
    });
    std::map<std::string, const std::set<std::string>*> ids;
    for (std::size_t i = 0; i < pages_.size(); ++i)
        if (pages_[i].outline && !routes_.count(pages_[i].url))
            ids.emplace(pages_[i].url, &page_ids[i]);
    std::vector<Diagnostics> found(pages_.size());
    parallel_for(pages_.size(), [&](std::size_t i) {
        const Page& p = pages_[i];
        if (!p.outline) {
            found[i].error(SourcePos{p.path, 1, 1},
                           "internal error in portal (please report it): the links of this page "
                           "were not checked");
            return;
        }
        auto own = ids.find(p.url);
        for (const auto& link : p.outline->links)
            check_one(link.href, SourcePos{p.path, p.body_line + link.line - 1, link.column}, p.url,
                      p.rel, own == ids.end() ? nullptr : own->second, ids, found[i]);
    });
    for (auto& d : found) diags.merge(std::move(d));
    for (const auto& t : texts_)
        for (const auto& href : t.hrefs) check_one(href, t.at, t.page_url, "", nullptr, ids, diags);
}

void LinkChecker::check_one(const std::string& href, const SourcePos& pos,
                            const std::string& page_url, const std::string& page_rel,
                            const std::set<std::string>* own_ids,
                            const std::map<std::string, const std::set<std::string>*>& ids,
                            Diagnostics& diags) const {
    auto resolved = resolve_internal_link(page_url, page_rel, href, base_url_);
    if (!resolved) return;
    if (resolved->target == "..") {
        diags.error(pos, std::string(kLinkMessageStart) + href + "' points outside the site");
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
        diags.error(pos, std::string(kLinkMessageStart) + href +
                             "' does not lead to any page of the site" +
                             (resolved->to_source
                                  ? " (no such file in content/)"
                                  : " (looked for " + (url.empty() ? "the home page" : url) + ")"));
        return;
    }
    if (resolved->fragment.empty()) return;
    const std::set<std::string>* target_ids = own_ids;
    if (!resolved->same_page) {
        auto found = ids.find(url);
        target_ids = found == ids.end() ? nullptr : found->second;
    }
    if (target_ids && !target_ids->count(resolved->fragment))
        diags.error(
            pos, std::string(kLinkMessageStart) + href + "': there is no heading or place '#" +
                     resolved->fragment + "' on " +
                     (resolved->same_page ? "this page" : (url.empty() ? "the home page" : url)) +
                     " (headings get ids like 'how-the-cdrp-works')");
}

}  // namespace portal
