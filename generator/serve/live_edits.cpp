#include "serve/live_edits.hpp"

#include "core/files.hpp"
#include "remake_page.hpp"
#include "render/search_index.hpp"
#include "write/patch_site.hpp"

namespace portal {

namespace {

// The search entries around `slot` (with `changed` in place of theirs), joined
// as the index joins them: the part of the index an edit of that entry
// changed, with its neighbours.
std::string entries_around(const std::vector<std::string>& entries,
                           const std::map<std::size_t, std::string>& changed, std::size_t slot) {
    const std::size_t first = slot >= 2 ? slot - 2 : 0;
    const std::size_t last = std::min(entries.size() - 1, slot + 2);
    std::string text;
    for (std::size_t i = first; i <= last; ++i) {
        auto c = changed.find(i);
        if (i > first) text += kSearchEntrySeparator;
        text += c == changed.end() ? entries[i] : c->second;
    }
    return text;
}

}  // namespace

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

    std::map<std::size_t, std::string> entries;  // search index place -> new entry
    std::vector<PatchFile> pages;
    for (auto& e : edits) {
        const std::size_t slot = pages_.search_slot[e.page];
        RenderedPage& rendered = e.remade.rendered;
        if (slot != LivePages::kNoEntry) {
            if (!rendered.search_entry) return std::nullopt;
            entries[slot] = std::move(*rendered.search_entry);
        }
        pages.push_back({std::move(rendered.file), {}});
    }
    // The index's new entries are audited before any page is written: a canary
    // in either stops both.
    PatchFile index_parts{{"search/index.js", {}}, {}};
    for (const auto& [slot, entry] : entries)
        index_parts.changed_parts.push_back(entries_around(pages_.search_entries, entries, slot));
    Diagnostics diags;
    if (!audit_patches(out_dir_, {index_parts}, pages_.canaries, diags))
        return std::nullopt;  // the full build that follows says why
    if (!pages.empty() && !patch_published(out_dir_, pages, pages_.canaries, diags))
        return std::nullopt;

    std::vector<std::string> written;
    for (const auto& f : pages) written.push_back(f.file.path);
    pending_entries_ = std::move(entries);
    pending_parts_ = std::move(index_parts.changed_parts);
    for (auto& e : edits) {
        pages_.pages[e.page].markdown = std::move(e.remade.markdown);
        sources_[e.path] = Source{std::move(e.text), now.at(e.path)};
    }
    stamps_ = now;
    return written;
}

std::optional<std::string> LiveEdits::write_search_index() {
    if (pending_entries_.empty()) return std::string();
    // The parts apply() audited before the pages were written.
    PatchFile index{{"search/index.js", search_index_js(pages_.search_entries, pending_entries_)},
                    std::move(pending_parts_)};
    pending_parts_.clear();
    Diagnostics diags;
    if (!patch_published(out_dir_, {index}, pages_.canaries, diags)) return std::nullopt;
    for (auto& [slot, entry] : pending_entries_) pages_.search_entries[slot] = std::move(entry);
    pending_entries_.clear();
    return index.file.path;
}

}  // namespace portal
