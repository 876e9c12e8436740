#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include "core/files.hpp"
#include "core/parallel.hpp"
#include "model/site_model.hpp"
#include "render/downloads.hpp"
#include "render/hashed_assets.hpp"
#include "render/page_renderer.hpp"
#include "render/rendered_site.hpp"
#include "render/search_index.hpp"
#include "render/site_files.hpp"
#include "render/web_config.hpp"

namespace portal {

RenderedSite render_site(SiteModel&& m, Diagnostics& diags, bool keep_live,
                         PageOutlines* outlines) {
    RenderedSite out;
    HashedAssets assets = hash_assets(m.assets);

    // Downloads first: the catalogue page shows their sizes.
    std::map<std::string, std::size_t> sizes;
    std::vector<OutputFile> tables(3 * m.downloads.size());
    parallel_for(m.downloads.size(), [&](std::size_t i) {
        auto [csv, json, metadata] = download_files(m.downloads[i], m.config);
        tables[3 * i] = std::move(csv);
        tables[3 * i + 1] = std::move(json);
        tables[3 * i + 2] = std::move(metadata);
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
    std::vector<SearchPage> search;
    std::map<std::string, std::size_t> search_slot;  // page output -> page number (for `live`)
    // A layout's own error (one that grows too large, say) comes back from
    // every page rendered with it: one mistake, one error.
    std::set<std::tuple<std::string, int, int, std::string>> given;
    for (std::size_t i = 0; i < m.pages.size(); ++i) {
        if (outlines && outline[i]) outlines->found[m.pages[i].rel] = std::move(*outline[i]);
        for (const auto& d : rendered[i].diags.all()) {
            if (!given.emplace(d.pos.file, d.pos.line, d.pos.column, d.message).second) continue;
            if (d.severity == Severity::error)
                diags.error(d.pos, d.message);
            else
                diags.warning(d.pos, d.message);
        }
        out.search_index_seconds += rendered[i].search_seconds;
        if (rendered[i].search) {
            if (live) search_slot[m.pages[i].output] = search.size();
            search.push_back(std::move(*rendered[i].search));
        }
        out.files.push_back(std::move(rendered[i].file));
        ++out.pages;
    }
    const auto index_start = std::chrono::steady_clock::now();
    SearchFiles search_index = search_files(search);
    out.search_index_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - index_start).count();
    for (auto& page : search) {
        if (live) live->search_files.push_back(page.fragment.path);
        search_index.files.push_back(live ? page.fragment : std::move(page.fragment));
    }
    if (live) {
        live->search_chunk_starts = search_index.chunk_starts;
        for (const auto& f : search_index.files) live->search_files.push_back(f.path);
        live->search_pages = std::move(search);
        for (const auto& page : live->pages) {
            auto slot = search_slot.find(page.output);
            live->search_slot.push_back(slot == search_slot.end() ? LivePages::kNoEntry
                                                                  : slot->second);
        }
        live->canaries = m.canaries;
        out.live = std::move(live);
    } else {
        std::vector<SearchPage>().swap(search);
    }

    // The site-wide files, each on its own core (the feed and the sitemap list
    // every dated page and every page).
    std::vector<OutputFile> site_wide{
        {"feed.xml", {}}, {"sitemap.xml", {}}, {"robots.txt", robots_txt(m)}};
    if (!m.downloads.empty()) site_wide.push_back({"data/catalogue.json", {}});
    parallel_for(site_wide.size(), [&](std::size_t i) {
        if (i == 0) site_wide[0].bytes = atom_feed(m);
        if (i == 1) site_wide[1].bytes = sitemap_xml(m);
        if (i == 3) site_wide[3].bytes = catalogue_json(m, sizes);
    });
    out.search_index_bytes = search_index.bytes;
    for (auto& f : search_index.files) out.files.push_back(std::move(f));
    for (auto& f : site_wide) out.files.push_back(std::move(f));
    if (m.config.iis_web_config) out.files.push_back({"web.config", iis_web_config(m.config)});
    for (const auto& f : m.data_files) out.files.push_back({f.path, f.value.dump(1) + "\n"});
    for (auto& f : assets.files) out.files.push_back(std::move(f));
    out.log = std::move(m.log);
    out.canaries = std::move(m.canaries);
    return out;
}

}  // namespace portal
