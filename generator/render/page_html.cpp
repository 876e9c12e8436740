#include "render/page_html.hpp"

#include <cmark-gfm.h>

#include <vector>

#include "core/files.hpp"
#include "core/links.hpp"
#include "core/markdown.hpp"
#include "core/text.hpp"

namespace portal {

std::string relative_href(const std::string& page_url, const std::string& target) {
    // Drop the folders the two share: "plans/a/" -> "plans/a/glossary/" is "glossary/".
    std::size_t common = 0;
    for (std::size_t i = 0; i < page_url.size() && i < target.size() && page_url[i] == target[i];
         ++i)
        if (page_url[i] == '/') common = i + 1;
    std::string href = root_prefix(page_url.substr(common)) + target.substr(common);
    if (target.empty() || target.back() == '/') href += "index.html";
    return href;
}

namespace {

void unlink(cmark_node* link) {
    while (cmark_node* child = cmark_node_first_child(link)) cmark_node_insert_before(link, child);
    cmark_node_free(link);  // unlinks itself from the tree first
}

// Tables scroll inside their own box on narrow screens; the box is a labelled
// region that keyboard users can reach (WCAG 2.1.1). cmark's align attributes are
// obsolete HTML, and style attributes would need 'unsafe-inline' under the CSP,
// so alignment becomes a class.
std::string wrap_tables(const std::string& html) {
    std::string out;
    out.reserve(html.size() + 256);
    int n = 0;
    std::size_t pos = 0;
    while (true) {
        std::size_t open = html.find("<table>", pos);
        if (open == std::string::npos) break;
        std::size_t close = html.find("</table>", open);
        if (close == std::string::npos) break;
        close += 8;
        out.append(html, pos, open - pos);
        ++n;
        out += "<section class=\"table-scroll\" tabindex=\"0\" aria-label=\"Table " +
               std::to_string(n) + "\">";
        std::string table = html.substr(open, close - open);
        for (auto [from, to] :
             {std::pair<const char*, const char*>{" align=\"right\"", " class=\"num\""},
              {" align=\"center\"", " class=\"center\""},
              {" align=\"left\"", ""}}) {
            for (std::size_t at = table.find(from); at != std::string::npos;
                 at = table.find(from, at))
                table.replace(at, std::string(from).size(), to);
        }
        out += table + "</section>";
        pos = close;
    }
    out.append(html, pos, std::string::npos);
    return out;
}

}  // namespace

PageHtml markdown_to_page_html(const std::string& markdown, const LinkContext& ctx) {
    PageHtml out;
    MarkdownTree tree = parse_markdown(markdown);

    std::vector<cmark_node*> headings, links;
    bool has_h1 = false;
    cmark_iter* it = cmark_iter_new(tree.get());
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto t = cmark_node_get_type(n);
        if (t == CMARK_NODE_HEADING) {
            headings.push_back(n);
            if (cmark_node_get_heading_level(n) == 1) has_h1 = true;
        } else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
            links.push_back(n);
        }
    }
    cmark_iter_free(it);

    // The layout owns the page's only h1; a Markdown "# X" becomes an h2.
    if (has_h1)
        for (cmark_node* h : headings)
            cmark_node_set_heading_level(h, std::min(6, cmark_node_get_heading_level(h) + 1));

    for (cmark_node* n : links) {
        const char* raw = cmark_node_get_url(n);
        auto link = resolve_internal_link(ctx.page_url, ctx.page_rel, raw ? raw : "");
        if (!link) continue;
        std::string target = link->target;
        bool found = false;
        if (link->to_source) {
            auto s = ctx.source_urls->find(target);
            if (s != ctx.source_urls->end()) {
                target = s->second;
                found = true;
            }
        } else if (ctx.urls->count(target)) {
            found = true;
        } else if (ctx.urls->count(target + "/")) {
            target += "/";
            found = true;
        } else if (auto a = ctx.assets->find(target); a != ctx.assets->end()) {
            target = a->second;
            found = true;
        }
        if (!found) {
            // Validate proved every link resolves against the full site; what does
            // not resolve now leads to a withheld page, and its address must not show.
            if (cmark_node_get_type(n) == CMARK_NODE_LINK)
                unlink(n);
            else
                cmark_node_set_url(n, "");
            continue;
        }
        std::string href = relative_href(ctx.page_url, target);
        if (!link->fragment.empty()) href += "#" + link->fragment;
        cmark_node_set_url(n, href.c_str());
    }

    std::vector<std::string> ids;
    std::set<std::string> used;
    for (cmark_node* h : headings) {
        std::string text = trim(plain_text(h));
        std::string id = slugify(text);
        std::string unique = id;
        for (int k = 2; used.count(unique); ++k) unique = id + "-" + std::to_string(k);
        used.insert(unique);
        ids.push_back(unique);
        out.headings.emplace_back(unique, text);
    }

    std::string html = render_html(tree.get());
    // cmark writes headings as "<hN>" with no attributes, in document order; with
    // raw HTML off no other "<hN>" can appear, so the n-th one is headings[n].
    std::string result;
    result.reserve(html.size() + ids.size() * 24);
    std::size_t pos = 0, k = 0;
    while (k < ids.size()) {
        std::size_t found = std::string::npos;
        for (std::size_t p = html.find("<h", pos); p != std::string::npos;
             p = html.find("<h", p + 2)) {
            if (p + 3 < html.size() && html[p + 2] >= '1' && html[p + 2] <= '6' &&
                html[p + 3] == '>') {
                found = p;
                break;
            }
        }
        if (found == std::string::npos) break;
        result.append(html, pos, found + 3 - pos);
        result += " id=\"" + html_escape(ids[k]) + "\"";
        pos = found + 3;
        ++k;
    }
    result.append(html, pos, std::string::npos);
    out.html = wrap_tables(result);
    return out;
}

}  // namespace portal
