#include "serve/live_edits.hpp"

#include "core/files.hpp"
#include "core/heading_ids.hpp"
#include "core/markdown.hpp"
#include "core/markdown_outline.hpp"
#include "load/markdown_document.hpp"
#include "render/site_files.hpp"
#include "write/patch_site.hpp"

namespace portal {

namespace {

// What the link checks judge of a text: where its links lead, and the ids its
// headings take on a page that uses no others (two texts whose headings get the
// same ids here get the same ids on any page).
struct Outline {
    std::vector<std::string> links;
    std::vector<std::string> heading_ids;
    bool operator==(const Outline&) const = default;
};

Outline outline_of(const std::string& markdown) {
    MarkdownTree tree = parse_markdown(markdown);
    MarkdownOutline outline = markdown_outline(tree.get());
    Outline o;
    for (auto& link : outline.links) o.links.push_back(std::move(link.href));
    std::set<std::string> used;
    for (const auto& text : outline.headings) o.heading_ids.push_back(take_heading_id(text, used));
    return o;
}

// The file split as load splits it; nothing when load would report anything.
std::optional<MarkdownDocument> split(const std::string& path, const std::string& text) {
    MarkdownDocument doc;
    doc.path = path;
    doc.text = text;
    Diagnostics diags;
    if (!parse_markdown_document(doc, diags) || !diags.all().empty()) return std::nullopt;
    return doc;
}

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

LiveEdits::LiveEdits(std::shared_ptr<LivePages> pages, std::string site_dir, std::string out_dir,
                     const SourceStamps& before)
    : live_(std::move(pages)),
      site_dir_(std::move(site_dir)),
      out_dir_(std::move(out_dir)),
      content_prefix_((fs::path(site_dir_) / "content").string() + "/"),
      stamps_(before),
      theme_(live_->renderer->make_theme()) {
    for (std::size_t i = 0; i < live_->pages.size(); ++i) {
        const std::string path = content_prefix_ + live_->pages[i].rel;
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
        std::string body;
        RenderedPage rendered;
    };
    std::vector<Edit> edits;
    for (const auto& path : changed) {
        auto page = page_of_.find(path);
        if (page == page_of_.end()) return std::nullopt;  // not a page published whole
        const Source& source = sources_.at(path);
        auto text = read_file(path);
        if (!text) return std::nullopt;
        // A marking region in either version, or anything the marking census
        // reads as a marking (a look-alike marker, a label on its own line):
        // redaction's work, not this.
        if (text->find(":::") != std::string::npos || source.text.find(":::") != std::string::npos)
            return std::nullopt;
        if (text->find('\r') != std::string::npos ||
            !take_census(*text, CensusFormat::markdown, live_->census_labels).empty())
            return std::nullopt;
        auto before = split(path, source.text);
        auto after = split(path, *text);
        if (!before || !after) return std::nullopt;
        const std::size_t front = text->size() - after->body.size();
        if (source.text.size() - before->body.size() != front ||
            source.text.compare(0, front, *text, 0, front) != 0)
            return std::nullopt;
        const PageModel& model = live_->pages[page->second];
        if (model.markdown != before->body) return std::nullopt;  // not what was built
        if (outline_of(before->body) != outline_of(after->body)) return std::nullopt;
        PageModel edited = model;
        edited.markdown = after->body;
        RenderedPage rendered = live_->renderer->render(edited, *theme_);
        if (!rendered.diags.all().empty()) return std::nullopt;
        edits.push_back(
            {path, page->second, std::move(*text), std::move(after->body), std::move(rendered)});
    }

    std::map<std::size_t, std::string> entries;  // search index place -> new entry
    std::vector<PatchFile> pages;
    for (auto& e : edits) {
        const std::size_t slot = live_->search_slot[e.page];
        if (slot != LivePages::kNoEntry) {
            if (!e.rendered.search_entry) return std::nullopt;
            entries[slot] = std::move(*e.rendered.search_entry);
        }
        pages.push_back({std::move(e.rendered.file), {}});
    }
    // The index's new entries are audited before any page is written: a canary
    // in either stops both.
    PatchFile index_parts{{"search/index.js", {}}, {}};
    for (const auto& [slot, entry] : entries)
        index_parts.changed_parts.push_back(entries_around(live_->search_entries, entries, slot));
    Diagnostics diags;
    if (!audit_patches(out_dir_, {index_parts}, live_->canaries, diags))
        return std::nullopt;  // the full build that follows says why
    if (!pages.empty() && !patch_published(out_dir_, pages, live_->canaries, diags))
        return std::nullopt;

    std::vector<std::string> written;
    for (const auto& f : pages) written.push_back(f.file.path);
    pending_entries_ = std::move(entries);
    pending_parts_ = std::move(index_parts.changed_parts);
    for (auto& e : edits) {
        live_->pages[e.page].markdown = std::move(e.body);
        sources_[e.path] = Source{std::move(e.text), now.at(e.path)};
    }
    stamps_ = now;
    return written;
}

std::optional<std::string> LiveEdits::write_search_index() {
    if (pending_entries_.empty()) return std::string();
    // The parts apply() audited before the pages were written.
    PatchFile index{{"search/index.js", search_index_js(live_->search_entries, pending_entries_)},
                    std::move(pending_parts_)};
    pending_parts_.clear();
    Diagnostics diags;
    if (!patch_published(out_dir_, {index}, live_->canaries, diags)) return std::nullopt;
    for (auto& [slot, entry] : pending_entries_) live_->search_entries[slot] = std::move(entry);
    pending_entries_.clear();
    return index.file.path;
}

}  // namespace portal
