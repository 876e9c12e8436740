#include <map>
#include <memory>
#include <optional>
#include <set>

#include "core/files.hpp"
#include "core/parallel.hpp"
#include "model/site_model.hpp"
#include "render/hashed_assets.hpp"
#include "render/page_renderer.hpp"
#include "render/rendered_site.hpp"
#include "render/site_files.hpp"

namespace portal {

namespace {

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

}  // namespace

RenderedSite render_site(SiteModel&& m, Diagnostics& diags, bool keep_live,
                         PageOutlines* outlines) {
    RenderedSite out;
    HashedAssets assets = hash_assets(m.assets);

    // Downloads first: the catalogue page shows their sizes.
    std::map<std::string, std::size_t> sizes;
    std::vector<OutputFile> tables(2 * m.downloads.size());
    parallel_for(m.downloads.size(), [&](std::size_t i) {
        const Download& d = m.downloads[i];
        tables[2 * i] = {d.path + ".csv", table_csv(d.columns, d.rows)};
        tables[2 * i + 1] = {d.path + ".json", d.json.is_null() ? table_json(d.columns, d.rows)
                                                                : d.json.dump(1) + "\n"};
    });
    for (auto& f : tables) out.files.push_back(std::move(f));
    for (const auto& f : out.files) sizes[f.path] = f.bytes.size();
    auto renderer = std::make_shared<const PageRenderer>(m, assets.names, sizes);

    std::shared_ptr<LivePages> live;
    if (keep_live) {
        live = std::make_shared<LivePages>();
        live->renderer = renderer;
        for (const auto& page : m.pages)
            if (!page.rel.empty() && !page.lost_content) live->pages.push_back(page);
    }

    // Pages render in parallel. Each worker has its own parsed layouts (a kainjow
    // template is not safe to render from two threads) and every page writes
    // only its own slots, so the output is the same whatever the thread count.
    const unsigned workers = worker_count();
    std::vector<std::unique_ptr<Theme>> themes;
    for (unsigned w = 0; w < std::max(1u, workers); ++w) themes.push_back(renderer->make_theme());
    std::vector<RenderedPage> rendered(m.pages.size());
    std::vector<std::optional<MarkdownOutline>> outline(outlines ? m.pages.size() : 0);
    parallel_for_workers(m.pages.size(), workers, [&](unsigned worker, std::size_t index) {
        PageModel& page = m.pages[index];
        MarkdownOutline* wanted = nullptr;
        if (outlines && !page.rel.empty() && outlines->wanted.count(page.rel))
            wanted = &outline[index].emplace();
        rendered[index] = renderer->render(page, *themes[worker], wanted);
        // The model is render's own (consumed): what this page needed goes now,
        // so that the model and every rendered page are not in memory at once.
        std::string().swap(page.markdown);
        page.view = Json();
    });
    std::vector<std::string> search;
    std::map<std::string, std::size_t> search_slot;  // page output -> entry (for `live`)
    for (std::size_t i = 0; i < m.pages.size(); ++i) {
        if (outlines && outline[i]) outlines->found[m.pages[i].rel] = std::move(*outline[i]);
        for (const auto& d : rendered[i].diags.all()) {
            if (d.severity == Severity::error)
                diags.error(d.pos, d.message);
            else
                diags.warning(d.pos, d.message);
        }
        if (rendered[i].search_entry) {
            if (live) search_slot[m.pages[i].output] = search.size();
            search.push_back(std::move(*rendered[i].search_entry));
        }
        out.files.push_back(std::move(rendered[i].file));
        ++out.pages;
    }
    if (live) {
        live->search_entries = search;
        for (const auto& page : live->pages) {
            auto slot = search_slot.find(page.output);
            live->search_slot.push_back(slot == search_slot.end() ? LivePages::kNoEntry
                                                                  : slot->second);
        }
        live->canaries = m.canaries;
        out.live = std::move(live);
    }

    // The site-wide files, each on its own core (the feed and the sitemap list
    // every dated page and every page).
    std::vector<OutputFile> site_wide{{"search/index.js", {}},
                                      {"feed.xml", {}},
                                      {"sitemap.xml", {}},
                                      {"robots.txt", robots_txt(m)}};
    if (!m.downloads.empty()) site_wide.push_back({"data/catalogue.json", {}});
    parallel_for(site_wide.size(), [&](std::size_t i) {
        if (i == 0) site_wide[0].parts = search_index_parts(std::move(search));
        if (i == 1) site_wide[1].bytes = atom_feed(m);
        if (i == 2) site_wide[2].bytes = sitemap_xml(m);
        if (i == 4) site_wide[4].bytes = catalogue_json(m, sizes);
    });
    out.search_index_bytes = site_wide[0].size();
    for (auto& f : site_wide) out.files.push_back(std::move(f));
    for (auto& f : assets.files) out.files.push_back(std::move(f));
    out.log = std::move(m.log);
    out.canaries = std::move(m.canaries);
    return out;
}

}  // namespace portal
