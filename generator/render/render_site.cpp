#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>

#include "core/files.hpp"
#include "core/heading_ids.hpp"
#include "core/markdown.hpp"
#include "core/parallel.hpp"
#include "core/text.hpp"
#include "model/site_model.hpp"
#include "render/chart.hpp"
#include "render/hashed_assets.hpp"
#include "render/mustache_data.hpp"
#include "render/page_html.hpp"
#include "render/rendered_site.hpp"
#include "render/site_files.hpp"
#include "render/theme.hpp"

namespace portal {

namespace {

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

// Fills in what only render can make: relative hrefs for "*target" keys,
// HTML for "*_md" Markdown fields, the figure for a "chart" spec, and for
// "*_file" keys the size of that generated file (from `sizes`).
void expand_view(Json& v, const LinkContext& ctx, const std::map<std::string, std::size_t>& sizes) {
    if (v.is_array()) {
        for (auto& item : v) expand_view(item, ctx, sizes);
        return;
    }
    if (!v.is_object()) return;
    Json added = Json::object();
    for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string& key = it.key();
        if (key == "target" || (key.size() > 7 && key.compare(key.size() - 7, 7, "_target") == 0)) {
            if (it.value().is_string()) {
                std::string base = key == "target" ? "" : key.substr(0, key.size() - 7) + "_";
                added[base + "href"] = href_for(ctx, it.value().get<std::string>());
            }
        } else if (key.size() > 3 && key.compare(key.size() - 3, 3, "_md") == 0) {
            if (it.value().is_string() && !it.value().get<std::string>().empty())
                added[key.substr(0, key.size() - 3) + "_html"] =
                    markdown_to_page_html(it.value().get<std::string>(), ctx).html;
        } else if (key.size() > 5 && key.compare(key.size() - 5, 5, "_file") == 0 &&
                   it.value().is_string()) {
            auto size = sizes.find(it.value().get<std::string>());
            if (size != sizes.end())
                added[key.substr(0, key.size() - 5) + "_size"] = human_size(size->second);
        } else if ((key == "chart" ||
                    (key.size() > 6 && key.compare(key.size() - 6, 6, "_chart") == 0)) &&
                   it.value().is_object()) {
            added[key + "_html"] = render_chart(it.value());
        } else {
            expand_view(it.value(), ctx, sizes);
        }
    }
    for (auto it = added.begin(); it != added.end(); ++it) v[it.key()] = it.value();
}

// RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
// quotes doubled; UTF-8.
// True for text a spreadsheet would run as a formula when the file is opened
// ("=HYPERLINK(...)", "+1+1", "@SUM"): such a cell starts with '=', '+', '-' or
// '@' and is not a number. A figure like -5 or -3.2 stays a number.
bool reads_as_formula(const std::string& s) {
    if (s.empty() || (s[0] != '=' && s[0] != '+' && s[0] != '-' && s[0] != '@')) return false;
    if (s[0] == '-' && s.size() > 1 && s.find_first_not_of("0123456789.,", 1) == std::string::npos)
        return false;
    return true;
}

std::string csv_field(const std::string& raw) {
    // A cell that would run as a formula gets a leading apostrophe, as
    // spreadsheets themselves write text that starts like one (OWASP's advice
    // for CSV downloads).
    const std::string s = reads_as_formula(raw) ? "'" + raw : raw;
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// A cell as CSV text: numbers as written in JSON, a missing figure (null) empty.
std::string cell_text(const Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return "";
    return v.dump();
}

std::string table_csv(const Json& columns, const Json& rows) {
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + csv_field(cell_text(columns[i]));
    out += "\r\n";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (i ? "," : "") + csv_field(cell_text(row[i]));
        out += "\r\n";
    }
    return out;
}

std::string table_json(const Json& columns, const Json& rows) {
    Json out = Json::array();
    for (const auto& row : rows) {
        Json o = Json::object();
        for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i)
            o[columns[i].get<std::string>()] = row[i];
        out.push_back(o);
    }
    return out.dump(1) + "\n";
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

RenderedSite render_site(SiteModel&& m, Diagnostics& diags) {
    RenderedSite out;
    HashedAssets assets = hash_assets(m.assets);
    const Json site = site_view(m.config);

    // Downloads first: the catalogue page shows their sizes.
    std::map<std::string, std::size_t> sizes;
    for (const auto& d : m.downloads) {
        out.files.push_back({d.path + ".csv", table_csv(d.columns, d.rows)});
        out.files.push_back({d.path + ".json", d.json.is_null() ? table_json(d.columns, d.rows)
                                                                : d.json.dump(1) + "\n"});
    }
    for (const auto& f : out.files) sizes[f.path] = f.bytes.size();
    std::vector<std::string> search;

    // Pages render in parallel. Each worker has its own parsed layouts (a kainjow
    // template is not safe to render from two threads) and every page writes
    // only its own slots, so the output is the same whatever the thread count.
    // Ids the theme writes itself, which headings must not take; and the heading
    // ids of content pages that lost content, so that "#fragment" links to a
    // withheld heading are cut back to the page.
    std::vector<const std::string*> theme_texts;
    for (const auto* files : {&m.layouts, &m.partials})
        for (const auto& [name, f] : *files) theme_texts.push_back(&f.text);
    const std::set<std::string> theme_ids = literal_ids_in(theme_texts);
    std::map<std::string, std::set<std::string>> trimmed_ids;
    for (const auto& page : m.pages) {
        if (!page.lost_content) continue;
        std::set<std::string> ids = theme_ids;
        MarkdownTree tree = parse_markdown(page.markdown);
        assign_heading_ids(tree.get(), ids);
        trimmed_ids.emplace(page.url, std::move(ids));
    }

    const unsigned workers = worker_count();
    std::vector<std::unique_ptr<Theme>> themes;
    for (unsigned w = 0; w < std::max(1u, workers); ++w)
        themes.push_back(std::make_unique<Theme>(m.layouts, m.partials));
    std::vector<OutputFile> page_files(m.pages.size());
    std::vector<std::optional<std::string>> page_search(m.pages.size());
    std::vector<Diagnostics> page_diags(m.pages.size());
    parallel_for_workers(m.pages.size(), workers, [&](unsigned worker, std::size_t index) {
        PageModel& page = m.pages[index];
        const Theme& theme = *themes[worker];
        Diagnostics& diags = page_diags[index];
        LinkContext ctx;
        ctx.page_url = page.url;
        ctx.page_rel = page.rel;
        ctx.urls = &m.urls;
        ctx.source_urls = &m.source_urls;
        ctx.assets = &assets.names;
        ctx.base_url = m.config.base_url;
        std::set<std::string> used_ids = theme_ids;
        collect_anchors(page.view, used_ids);
        ctx.used_ids = &used_ids;
        ctx.trimmed_page_ids = &trimmed_ids;
        ctx.page_lost_content = page.lost_content;
        ctx.absolute_root = page.view.value("absolute_root", "");
        PageHtml body = markdown_to_page_html(page.markdown, ctx);

        Json view;
        view["site"] = site;
        view["nav"] = nav_view(m.config, m.urls, ctx);
        view["has_nav"] = !m.config.nav.empty();
        view["page"] = page.view;
        expand_view(view["page"], ctx, sizes);
        const std::string root =
            ctx.absolute_root.empty() ? root_prefix(page.url) : ctx.absolute_root;
        view["root"] = root;
        view["home_href"] = href_for(ctx, "");
        view["canonical"] = m.config.base_url + page.url;
        // "Plans – Site", but the home page is the site: its name once.
        const std::string title = page.view.value("title", "");
        view["document_title"] = title.empty() || title == m.config.title
                                     ? m.config.title
                                     : title + " – " + m.config.title;
        // The summary describes the page; a page without one is described by the
        // start of its text.
        std::string description = page.view.value("summary", "");
        if (description.empty() && !body.html.empty())
            description = text_snippet(main_text("<main>" + body.html + "</main>"), 155);
        view["description"] = description;
        view["feed_href"] = href_for(ctx, "feed.xml");
        view["search_index_href"] = href_for(ctx, "search/index.js");
        Json headings = Json::array();
        for (const auto& [id, text] : body.headings)
            headings.push_back({{"id", id}, {"text", text}});
        view["headings"] = headings;

        mustache::data d = to_mustache(view);
        d.set("content", body.html);
        const auto* names = &assets.names;
        d.set("asset", mustache::lambda{[root, names](const std::string& logical) {
                  auto it = names->find("assets/" + trim(logical));
                  return it == names->end() ? root + "assets/" + trim(logical) : root + it->second;
              }});

        std::string inner = theme.render(page.layout, d, page.source, diags);
        d.set("body", inner);
        std::string html = theme.render("base", d, page.source, diags);
        if (page.output == page.url + "index.html" && page.url != "search/") {
            std::string heads;
            for (const auto& [id, text] : body.headings) heads += text + " ";
            page_search[index] = search_entry_js(
                SearchEntry{page.view.value("title", ""), page.output,
                            page.view.value("summary", ""), heads, main_text(html)});
        }
        page_files[index] = {page.output, std::move(html)};
        // The model is render's own (consumed): what this page needed goes now,
        // so that the model and every rendered page are not in memory at once.
        std::string().swap(page.markdown);
        page.view = Json();
    });
    for (std::size_t i = 0; i < m.pages.size(); ++i) {
        for (const auto& d : page_diags[i].all()) {
            if (d.severity == Severity::error)
                diags.error(d.pos, d.message);
            else
                diags.warning(d.pos, d.message);
        }
        if (page_search[i]) search.push_back(std::move(*page_search[i]));
        out.files.push_back(std::move(page_files[i]));
        ++out.pages;
    }

    std::string index = search_index_js(std::move(search));
    out.search_index_bytes = index.size();
    out.files.push_back({"search/index.js", std::move(index)});
    out.files.push_back({"feed.xml", atom_feed(m)});
    out.files.push_back({"sitemap.xml", sitemap_xml(m)});
    out.files.push_back({"robots.txt", robots_txt(m)});
    if (!m.downloads.empty())
        out.files.push_back({"data/catalogue.json", catalogue_json(m, sizes)});
    for (auto& f : assets.files) out.files.push_back(std::move(f));
    out.log = std::move(m.log);
    out.canaries = std::move(m.canaries);
    return out;
}

}  // namespace portal
