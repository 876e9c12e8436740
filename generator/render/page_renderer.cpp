#include "render/page_renderer.hpp"

#include <chrono>
#include <kainjow/mustache.hpp>

#include "core/files.hpp"
#include "core/heading_ids.hpp"
#include "core/markdown.hpp"
#include "core/parallel.hpp"
#include "core/text.hpp"
#include "model/render_requests.hpp"
#include "render/chart.hpp"
#include "render/json_ld.hpp"
#include "render/mustache_data.hpp"
#include "render/page_html.hpp"
#include "render/search_index.hpp"
#include "render/value_joins.hpp"

namespace portal {

namespace {

std::vector<std::string> label_texts(const std::vector<Label>& labels) {
    std::vector<std::string> texts;
    for (const auto& l : labels) texts.push_back(l.text);
    return texts;
}

Json nav_view(const SiteConfig& c, const std::set<std::string>& urls, const LinkContext& ctx) {
    const std::string& page_url = ctx.page_url;
    Json nav = Json::array();
    for (const auto& n : c.nav) {
        // A nav entry for a page that is not published (withheld) is left out:
        // its address alone could say what it is about.
        if (!urls.count(n.url)) continue;
        Json item;
        item["title"] = n.title;
        item["href"] = href_for(ctx, n.url);
        bool current = n.url.empty() ? page_url.empty() : page_url.rfind(n.url, 0) == 0;
        item["current"] = current;
        nav.push_back(item);
    }
    return nav;
}

// Anchors the page's view gives its layout ("priority-2", "m-1-1a"): Markdown
// headings shown on the same page must not take them.
void collect_anchors(const Json& v, std::set<std::string>& ids) {
    if (v.is_array()) {
        for (const auto& item : v) collect_anchors(item, ids);
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string& key = it.key();
            if (it.value().is_string() &&
                (key == "anchor" ||
                 (key.size() > 7 && key.compare(key.size() - 7, 7, "_anchor") == 0)))
                ids.insert(it.value().get<std::string>());
            else
                collect_anchors(it.value(), ids);
        }
    }
}

std::string human_size(std::size_t bytes) {
    char buf[32];
    if (bytes < 1024)
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    else if (bytes < 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

// Fills in what only render can make where the model asked for it
// (model/render_requests.hpp), in place and in the view's order (the order in
// which Markdown takes its heading ids): HTML from Markdown, an address relative
// to this page, a generated file's size, a chart's figure.
void expand_view(Json& v, const LinkContext& ctx, const std::map<std::string, std::size_t>& sizes) {
    if (v.is_array()) {
        for (auto& item : v) expand_view(item, ctx, sizes);
        return;
    }
    if (!v.is_object()) return;
    auto request = v.find(kRenderRequest);
    if (request == v.end()) {
        for (auto& [key, value] : v.items()) expand_view(value, ctx, sizes);
        return;
    }
    const std::string kind = request->is_string() ? request->get<std::string>() : "";
    Json made;  // null: nothing here
    if (kind == kRenderMarkdown) {
        const std::string text = v.value("markdown", "");
        if (!text.empty()) made = markdown_to_page_html(text, ctx).html;
    } else if (kind == kRenderHref) {
        if (v.contains("target") && v["target"].is_string())
            made = href_for(ctx, v["target"].get<std::string>());
    } else if (kind == kRenderSize) {
        auto size = sizes.find(v.value("file", ""));
        if (size != sizes.end()) made = human_size(size->second);
    } else if (kind == kRenderChart) {
        if (v.contains("spec") && v["spec"].is_object()) made = render_chart(v["spec"]);
    }
    v = std::move(made);
}

Json site_view(const SiteConfig& c) {
    Json s;
    s["title"] = c.title;
    s["language"] = c.language;
    s["base_url"] = c.base_url;
    s["licence_name"] = c.licence_name;
    s["licence_url"] = c.licence_url;
    return s;
}

}  // namespace

PageRenderer::PageRenderer(const SiteModel& m, std::map<std::string, std::string> asset_names,
                           std::map<std::string, std::size_t> sizes)
    : config_(m.config),
      urls_(m.urls),
      source_urls_(m.source_urls),
      layouts_(m.layouts),
      partials_(m.partials),
      asset_names_(std::move(asset_names)),
      sizes_(std::move(sizes)),
      site_data_(to_mustache(site_view(m.config))),
      labels_(label_texts(m.config.publishable), label_texts(m.config.withheld)) {
    std::vector<const std::string*> theme_texts;
    for (const auto* files : {&layouts_, &partials_})
        for (const auto& [name, f] : *files) theme_texts.push_back(&f.text);
    theme_ids_ = literal_ids_in(theme_texts);
    // The pages that lost content are parsed on every core (an eighth of a
    // large site's pages may have a withheld region).
    std::vector<const PageModel*> trimmed;
    for (const auto& page : m.pages)
        if (page.lost_content) trimmed.push_back(&page);
    std::vector<std::set<std::string>> ids(trimmed.size(), theme_ids_);
    parallel_for(trimmed.size(), [&](std::size_t i) {
        MarkdownTree tree = parse_markdown(trimmed[i]->markdown);
        assign_heading_ids(tree.get(), ids[i]);
    });
    for (std::size_t i = 0; i < trimmed.size(); ++i)
        trimmed_ids_.emplace(trimmed[i]->url, std::move(ids[i]));

    std::map<std::string, std::vector<const Download*>> shown;
    for (const auto& d : m.downloads) shown[d.page_url].push_back(&d);
    for (const auto& [url, downloads] : shown)
        if (m.urls.count(url)) json_ld_[url] = datasets_json_ld(downloads, config_);
    if (m.urls.count("data/")) json_ld_["data/"] = catalog_json_ld(m.downloads, config_);
}

std::unique_ptr<Theme> PageRenderer::make_theme() const {
    return std::make_unique<Theme>(layouts_, partials_);
}

RenderedPage PageRenderer::render(const PageModel& page, const Theme& theme,
                                  MarkdownOutline* outline) const {
    RenderedPage out;
    LinkContext ctx;
    ctx.page_url = page.url;
    ctx.page_rel = page.rel;
    ctx.urls = &urls_;
    ctx.source_urls = &source_urls_;
    ctx.assets = &asset_names_;
    ctx.base_url = config_.base_url;
    std::set<std::string> used_ids = theme_ids_;
    collect_anchors(page.view, used_ids);
    ctx.used_ids = &used_ids;
    ctx.trimmed_page_ids = &trimmed_ids_;
    ctx.page_lost_content = page.lost_content;
    ctx.absolute_root = page.view.value("absolute_root", "");
    ctx.outline = outline;
    PageHtml body = markdown_to_page_html(page.markdown, ctx);

    // The layout's data is made directly as Mustache data (with to_mustache's
    // rules: empty text and null are "nothing here"); only the page's own view
    // goes through JSON, and the site's part was converted once.
    mustache::data d{mustache::data::type::object};
    d.set("site", site_data_);
    d.set("nav", to_mustache(nav_view(config_, urls_, ctx)));
    d.set("has_nav", mustache::data{!config_.nav.empty()});
    Json page_view = page.view;
    expand_view(page_view, ctx, sizes_);
    d.set("page", to_mustache(page_view));
    const std::string root = ctx.absolute_root.empty() ? root_prefix(page.url) : ctx.absolute_root;
    d.set("root", text_data(root));
    d.set("home_href", text_data(href_for(ctx, "")));
    d.set("canonical", text_data(config_.base_url + page.url));
    // "Plans – Site", but the home page is the site: its name once.
    const std::string title = page.view.value("title", "");
    d.set("document_title",
          text_data(title.empty() || title == config_.title ? config_.title
                                                            : title + " – " + config_.title));
    // The summary describes the page; a page without one is described by its
    // first passage (one block: never the end of one and the start of the next).
    std::string description = page.view.value("summary", "");
    if (description.empty() && !body.html.empty())
        description = text_snippet(
            std::string(first_passage(main_text("<main>" + body.html + "</main>"))), 155);
    d.set("description", text_data(description));
    if (auto ld = json_ld_.find(page.url);
        ld != json_ld_.end() && page.output == page.url + "index.html")
        d.set("json_ld", ld->second);
    d.set("feed_href", text_data(href_for(ctx, "feed.xml")));
    d.set("search_index_href", text_data(href_for(ctx, "search/index.js")));
    if (urls_.count("a-z/")) d.set("a_to_z_href", text_data(href_for(ctx, "a-z/")));
    if (urls_.count("accessibility/"))
        d.set("accessibility_href", text_data(href_for(ctx, "accessibility/")));
    mustache::data headings{mustache::data::type::list};
    for (const auto& [id, text] : body.headings) {
        mustache::data heading{mustache::data::type::object};
        heading.set("id", text_data(id));
        heading.set("text", text_data(text));
        headings.push_back(heading);
    }
    d.set("headings", headings);
    d.set("content", with_value_edges(body.html));
    const auto* names = &asset_names_;
    d.set("asset", mustache::lambda{[root, names](const std::string& logical) {
              auto it = names->find("assets/" + trim(logical));
              return it == names->end() ? root + "assets/" + trim(logical) : root + it->second;
          }});

    std::string inner = theme.render(page.layout, d, page.source, out.diags);
    d.set("body", with_value_edges(inner));
    std::string html = theme.render("base", d, page.source, out.diags);
    const std::vector<std::size_t> edges = take_value_edges(html);
    // A page portal makes (the A-Z, an index) has no source: the layout that
    // joins its values is the place to look.
    const SourcePos joins_at{page.source.empty() ? "layouts/" + page.layout + ".mustache"
                                                 : page.source};
    check_value_joins(html, edges, labels_, joins_at, page.layout, out.diags);
    if (page.output == page.url + "index.html" && page.searched) {
        std::string heads;
        for (const auto& [id, text] : body.headings) heads += text + " ";
        const auto start = std::chrono::steady_clock::now();
        out.search = search_page(page.view.value("title", ""), page.output, page.kind, page.years,
                                 page.view.value("summary", ""), heads, main_text(html));
        out.search_seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    out.file = {page.output, std::move(html)};
    return out;
}

}  // namespace portal
