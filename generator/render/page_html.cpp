#include "render/page_html.hpp"

#include <cmark-gfm.h>

#include <vector>

#include "core/files.hpp"
#include "core/heading_ids.hpp"
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

std::string href_for(const LinkContext& ctx, const std::string& target) {
    if (ctx.absolute_root.empty()) return relative_href(ctx.page_url, target);
    return ctx.absolute_root + target +
           (target.empty() || target.back() == '/' ? "index.html" : "");
}

namespace {

// Addresses cmark refuses to write (it leaves href=""): script and file schemes.
bool is_unsafe_url(std::string_view url) {
    std::string scheme;
    for (char c : url) {
        if (c == ':') break;
        if (c == '/' || c == '?' || c == '#') return false;
        scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (scheme.size() == url.size()) return false;  // no scheme at all
    return scheme == "javascript" || scheme == "vbscript" || scheme == "file" || scheme == "data";
}

// A link becomes its text; an image (whose address would show) is removed, its
// description kept as text. When the text is itself an address (an autolink,
// "<https://.../operation-x/>"), it would show what the link was removed to
// hide: it becomes "Withheld".
void drop_link(cmark_node* link) {
    const std::string text = plain_text(link);
    const bool text_is_address = text.find("://") != std::string::npos ||
                                 text.rfind("www.", 0) == 0 || text.find('/') != std::string::npos;
    if (text_is_address) {
        cmark_node* word = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(word, "Withheld");
        cmark_node_insert_before(link, word);
        cmark_node_free(link);
        return;
    }
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
    // One walk finds the headings and links, with their texts and addresses as
    // written: what a build's link checks judge (ctx.outline), and what is
    // changed below.
    std::vector<cmark_node*> headings, links;
    MarkdownOutline outline = markdown_outline(tree.get(), &headings, &links);
    bool has_h1 = false;
    for (cmark_node* h : headings) has_h1 = has_h1 || cmark_node_get_heading_level(h) == 1;

    // Ids first: a "#x" link to this page is checked against them. Each
    // heading's id as assign_heading_ids gives it, from the text just read.
    std::set<std::string> local_ids;
    std::set<std::string>& used = ctx.used_ids ? *ctx.used_ids : local_ids;
    out.headings.reserve(outline.headings.size());
    for (const std::string& text : outline.headings)
        out.headings.emplace_back(take_heading_id(text, used), text);
    if (ctx.outline) *ctx.outline = std::move(outline);

    // The layout owns the page's only h1; a Markdown "# X" becomes an h2.
    if (has_h1)
        for (cmark_node* h : headings)
            cmark_node_set_heading_level(h, std::min(6, cmark_node_get_heading_level(h) + 1));

    for (cmark_node* n : links) {
        const char* raw = cmark_node_get_url(n);
        if (raw && is_unsafe_url(raw)) {  // cmark would write href="": drop the link instead
            drop_link(n);
            continue;
        }
        auto link = resolve_internal_link(ctx.page_url, ctx.page_rel, raw ? raw : "", ctx.base_url);
        if (!link) continue;
        if (link->same_page) {
            // A place on this page that redaction removed: the link goes with it.
            if (ctx.page_lost_content && !link->fragment.empty() && !used.count(link->fragment))
                drop_link(n);
            continue;
        }
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
            drop_link(n);
            continue;
        }
        std::string fragment = link->fragment;
        if (!fragment.empty() && ctx.trimmed_page_ids) {
            auto ids = ctx.trimmed_page_ids->find(target);
            // The heading it named was withheld: link to the page, not to the place.
            if (ids != ctx.trimmed_page_ids->end() && !ids->second.count(fragment))
                fragment.clear();
        }
        std::string href = href_for(ctx, target);
        if (!fragment.empty()) href += "#" + fragment;
        cmark_node_set_url(n, href.c_str());
    }

    std::string html = render_html(tree.get());
    // cmark writes headings as "<hN>" with no attributes, in document order; with
    // raw HTML off no other "<hN>" can appear, so the n-th one is headings[n].
    std::string result;
    result.reserve(html.size() + out.headings.size() * 24);
    std::size_t pos = 0, k = 0;
    while (k < out.headings.size()) {
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
        result += " id=\"" + html_escape(out.headings[k].first) + "\"";
        pos = found + 3;
        ++k;
    }
    result.append(html, pos, std::string::npos);
    out.html = wrap_tables(result);
    return out;
}

}  // namespace portal
