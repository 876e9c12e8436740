#include "validate/page_links.hpp"

#include <cmark-gfm.h>

#include <map>

#include "core/links.hpp"
#include "core/markdown.hpp"
#include "validate/validated_site.hpp"

namespace portal {

void check_page_links(const std::vector<PageSource>& pages, const std::set<std::string>& generated,
                      Diagnostics& diags) {
    std::set<std::string> urls = generated;
    std::set<std::string> sources;
    for (const auto& p : pages) {
        urls.insert(p.url);
        sources.insert(p.doc.rel);
    }
    for (const auto& p : pages) {
        // Inline links need "](" and reference definitions "]:"; a page with
        // neither has no internal link to check (autolinks are always external).
        if (p.doc.body.find("](") == std::string::npos &&
            p.doc.body.find("]:") == std::string::npos)
            continue;
        MarkdownTree tree = parse_markdown(p.doc.body);
        cmark_iter* it = cmark_iter_new(tree.get());
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
            cmark_node* n = cmark_iter_get_node(it);
            if (ev != CMARK_EVENT_ENTER) continue;
            auto type = cmark_node_get_type(n);
            if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
            const char* url = cmark_node_get_url(n);
            auto link = resolve_internal_link(p.url, p.doc.rel, url ? url : "");
            if (!link) continue;
            SourcePos pos{p.doc.path, p.doc.body_line + cmark_node_get_start_line(n) - 1,
                          cmark_node_get_start_column(n)};
            if (link->target == "..") {
                diags.error(pos, std::string("link '") + url + "' points outside the site");
                continue;
            }
            bool ok = link->to_source
                          ? sources.count(link->target) > 0
                          : urls.count(link->target) > 0 || urls.count(link->target + "/") > 0;
            if (!ok)
                diags.error(pos, std::string("link '") + url +
                                     "' does not lead to any page of the site" +
                                     (link->to_source ? " (no such file in content/)" : ""));
        }
        cmark_iter_free(it);
    }
}

}  // namespace portal
