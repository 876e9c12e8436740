#include "serve/live_edits.hpp"

#include <algorithm>
#include <set>

#include "core/files.hpp"
#include "core/words.hpp"
#include "remake_page.hpp"
#include "render/search_index.hpp"
#include "write/patch_site.hpp"

namespace portal {

LiveEdits::LiveEdits(std::shared_ptr<LiveSite> live, std::string site_dir, std::string out_dir,
                     const SourceStamps& before)
    : live_(std::move(live)),
      pages_(*live_->pages),
      site_dir_(std::move(site_dir)),
      out_dir_(std::move(out_dir)),
      content_prefix_((fs::path(site_dir_) / "content").string() + "/"),
      stamps_(before),
      theme_(pages_.renderer->make_theme()) {
    for (std::size_t i = 0; i < pages_.pages.size(); ++i) {
        const std::string path = content_prefix_ + pages_.pages[i].rel;
        auto stamp = before.find(path);
        // Changed since the build read it: the build's page is not this file's.
        if (stamp == before.end() || !file_stamp(path).same_file_state(stamp->second)) continue;
        auto text = read_file(path);
        if (!text) continue;
        page_of_[path] = i;
        sources_[path] = Source{std::move(*text), stamp->second};
    }
}

std::optional<std::vector<std::string>> LiveEdits::apply(const SourceStamps& now) {
    // Which sources changed; a file added or removed changes what the site is.
    if (now.size() != stamps_.size()) return std::nullopt;
    std::vector<std::string> changed;
    for (auto was = stamps_.cbegin(), is = now.cbegin(); is != now.end(); ++was, ++is) {
        if (was->first != is->first) return std::nullopt;
        if (was->second != is->second) changed.push_back(is->first);
    }

    struct Edit {
        std::string path;
        std::size_t page;
        std::string text;
        RemadePage remade;
    };
    std::vector<Edit> edits;
    for (const auto& path : changed) {
        auto page = page_of_.find(path);
        if (page == page_of_.end()) return std::nullopt;  // not a page published whole
        auto text = read_file(path);
        if (!text) return std::nullopt;
        // Through load, validate, redact, model and render, as a build would;
        // nothing when the edit is not one to remake alone.
        auto remade = remake_page(*live_, page->second, sources_.at(path).text, *text, *theme_);
        if (!remade) return std::nullopt;
        edits.push_back({path, page->second, std::move(*text), std::move(*remade)});
    }

    std::map<std::size_t, SearchPage> entries;  // page number in the index -> its new part
    std::vector<OutputFile> pages;
    std::vector<OutputFile> fragments;  // what the index will say of each page, audited now
    for (auto& e : edits) {
        const std::size_t slot = pages_.search_slot[e.page];
        RenderedPage& rendered = e.remade.rendered;
        if (slot != LivePages::kNoEntry) {
            if (!rendered.search) return std::nullopt;
            SearchPage& s = entries[slot] = std::move(*rendered.search);
            std::string words = s.words.words;
            std::replace(words.begin(), words.end(), '\0', kWordBoundary);
            fragments.push_back(s.fragment);
            fragments.push_back({"search/w/" + std::to_string(slot), std::move(words)});
        }
        pages.push_back(std::move(rendered.file));
    }
    // The pages' new parts of the index are audited before any page is
    // written: a canary in either stops both.
    Diagnostics diags;
    if (!audit_patches(out_dir_, fragments, pages_.canaries, diags))
        return std::nullopt;  // the full build that follows says why
    if (!pages.empty() && !patch_published(out_dir_, pages, {}, pages_.canaries, diags))
        return std::nullopt;

    std::vector<std::string> written;
    for (const auto& f : pages) written.push_back(f.path);
    for (auto& [slot, page] : entries) pending_.emplace_back(slot, std::move(page));
    for (auto& e : edits) {
        pages_.pages[e.page].markdown = std::move(e.remade.markdown);
        sources_[e.path] = Source{std::move(e.text), now.at(e.path)};
    }
    stamps_ = now;
    return written;
}

std::optional<std::string> LiveEdits::write_search_index() {
    if (pending_.empty()) return std::string();
    for (auto& [slot, page] : pending_) std::swap(pages_.search_pages[slot], page);
    pending_.clear();
    // The whole index again (milliseconds), with the chunk boundaries of the
    // build: only the files whose content changed get new names, and only they
    // are written.
    SearchFiles index = search_files(pages_.search_pages, &pages_.search_chunk_starts);
    const std::set<std::string> before(pages_.search_files.begin(), pages_.search_files.end());
    std::set<std::string> now;
    std::vector<OutputFile> changed;
    for (auto& f : index.files) {
        now.insert(f.path);
        if (!before.count(f.path)) changed.push_back(std::move(f));
    }
    for (const auto& page : pages_.search_pages) {
        now.insert(page.fragment.path);
        if (!before.count(page.fragment.path)) changed.push_back(page.fragment);
    }
    // The entry names the others: written last, once they are all there.
    changed.push_back(std::move(index.files.front()));
    std::vector<std::string> removed;
    for (const auto& path : before)
        if (!now.count(path)) removed.push_back(path);
    Diagnostics diags;
    if (!patch_published(out_dir_, changed, removed, pages_.canaries, diags)) return std::nullopt;
    pages_.search_files.assign(now.begin(), now.end());
    return changed.front().path;
}

}  // namespace portal
