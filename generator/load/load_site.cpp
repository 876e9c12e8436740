#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <system_error>

#include "core/files.hpp"
#include "core/marking_census.hpp"
#include "core/parallel.hpp"
#include "core/reading.hpp"
#include "core/utf8.hpp"
#include "load/asset_census.hpp"
#include "load/data_texts.hpp"
#include "load/layout_growth.hpp"
#include "load/site_sources.hpp"
#include "load/text_limits.hpp"

namespace portal {

namespace {

// Adds an error, unless the same one was already given: data/ is listed once
// for its JSON files and again for its CSV tables.
void refuse(Diagnostics& diags, const fs::path& path, const std::string& why) {
    const SourcePos at{display_path(path)};
    for (const auto& d : diags.all())
        if (d.severity == Severity::error && d.pos.file == at.file && d.message == why) return;
    diags.error(at, why);
}

// Files under `dir` (a folder directly in the site folder) with one of the
// extensions, as (absolute-ish path, rel) sorted by rel. Hidden files and
// folders (editors' swap files, .git) are skipped. Every other entry that is
// neither a folder nor a regular file is refused whatever its name, and never
// opened: a symbolic link unless it leads to a regular file inside the site (a
// link to /proc/self/environ would publish the build's environment), a link to
// a folder, a named pipe (opening it would stop the build), a socket, a device.
// Every file of the site is read under one name. A second name for a file (a
// symbolic or a hard link) would let its text be read twice: once where a
// marking around it withholds it, and once where nothing does.
class OneNamePerFile {
  public:
    // False, with an error, when `p` is a second name of a file seen already.
    // (The first name is not given: the file may be one withheld whole.)
    bool first_name(const fs::path& p, Diagnostics& diags) {
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) return true;  // reading it will say what is wrong
        if (seen_.emplace(std::make_pair(st.st_dev, st.st_ino), true).second) return true;
        diags.error(SourcePos{display_path(p)},
                    "is a second name (a link) for another file of the site; a file may stand "
                    "in the site under one name only: copy it, or remove this name");
        return false;
    }

  private:
    std::map<std::pair<dev_t, ino_t>, bool> seen_;
};

std::vector<std::pair<fs::path, std::string>> list_files(const fs::path& dir,
                                                         std::initializer_list<const char*> exts,
                                                         OneNamePerFile& names, Diagnostics& diags,
                                                         std::vector<fs::path>& not_read) {
    std::vector<std::pair<fs::path, std::string>> out;
    std::error_code ec;
    const fs::path site_root = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    // The folder itself is looked at without following a link: content/ as a
    // link to /etc would take the whole build outside the site.
    if (!fs::is_directory(fs::symlink_status(dir, ec))) {
        if (auto why = source_entry_problem(dir, site_root)) refuse(diags, dir, *why);
        return out;
    }
    // Not skip_permission_denied: a folder the build cannot read must stop it,
    // not quietly leave its pages out of the site.
    fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
    if (ec) {
        diags.error(SourcePos{display_path(dir)}, "cannot read folder: " + ec.message());
        return out;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            diags.error(SourcePos{display_path(it->path())}, "cannot read: " + ec.message());
            break;
        }
        const auto name = it->path().filename().string();
        // The entry itself, a link not followed (the iterator never follows
        // one into a folder, and this keeps it from reading through one).
        const fs::file_status st = it->symlink_status(ec);
        if (!name.empty() && name[0] == '.') {
            if (fs::is_directory(st)) it.disable_recursion_pending();
            continue;
        }
        if (fs::is_directory(st)) continue;
        if (!fs::is_regular_file(st)) {
            if (auto why = source_entry_problem(it->path(), site_root)) {
                refuse(diags, it->path(), *why);
                continue;
            }
            // A link to a regular file in the site: read as that file.
        }
        std::string ext = it->path().extension().string();
        bool wanted = exts.size() == 0;
        for (const char* e : exts)
            if (ext == e) wanted = true;
        if (!wanted) {
            // "notes.MD", "plan.markdown": meant as pages or data, and silently
            // left out they would be missed.
            std::string lower;
            for (unsigned char c : ext) lower += static_cast<char>(std::tolower(c));
            for (const char* e : exts)
                if (lower == e || (std::string(e) == ".md" && lower == ".markdown")) {
                    diags.warning(SourcePos{display_path(it->path())},
                                  std::string("is not read: only files ending in '") + e +
                                      "' (lower case) are; rename it to publish it");
                    not_read.push_back(it->path());
                }
            continue;
        }
        out.emplace_back(it->path(), it->path().lexically_relative(dir).generic_string());
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
    // In name order, so that which name is the second does not depend on the
    // order the folder lists its files in.
    std::erase_if(out, [&](const auto& file) { return !names.first_name(file.first, diags); });
    return out;
}

// The file's bytes, or an error that says why not. Its size is judged before
// it is read (a file over the limit is never read), and anything but a regular
// file is never opened. Assets may be larger than texts (kMaxAssetBytes).
// A file over the limit sets `*too_large` (when given): unread, its text
// may mark it, so messages name it only as far as its folder (pipeline).
std::optional<std::string> read_or_report(const fs::path& p, Diagnostics& diags,
                                          std::uintmax_t max_bytes = kMaxTextFileBytes,
                                          bool* too_large = nullptr) {
    FileRead read = read_regular_file(p, max_bytes);
    if (read.bytes) return std::move(read.bytes);
    const SourcePos at{display_path(p)};
    switch (read.failure) {
        case FileRead::Failure::too_large:
            diags.error(at, too_large_message(read.size, max_bytes, max_bytes > kMaxTextFileBytes));
            if (too_large) *too_large = true;
            break;
        case FileRead::Failure::not_regular:
            diags.error(at,
                        "is not a regular file (a named pipe, socket or device); portal never "
                        "opens one: remove it from the site folder");
            break;
        default:
            diags.error(at, "cannot read file" +
                                (read.error ? ": " + std::system_category().message(read.error)
                                            : std::string()));
    }
    return std::nullopt;
}

// The census of each listed file's name (and its folders' below the source
// folder), by its name relative to that folder, taken once as the file is
// listed (load_site's `listed`); a name that reads as unmarked has none.
using NameReadings = std::map<std::string, std::vector<MarkingSighting>>;

const std::vector<MarkingSighting>& name_reading(const NameReadings& names,
                                                 const std::string& rel) {
    static const std::vector<MarkingSighting> kNone;
    auto it = names.find(rel);
    return it == names.end() ? kNone : it->second;
}

// Puts the census of a file's name before that of its text.
void with_name_census(std::vector<MarkingSighting>& census,
                      const std::vector<MarkingSighting>& names) {
    census.insert(census.begin(), names.begin(), names.end());
}

// How deep in JSON's objects and lists a text is at 1-based line and byte
// column (1: in the top-level object), read past strings; for a file its
// parser may have refused. It reads on from the last place asked, so asking
// in file order (as the census's sightings come) reads the text once.
class JsonDepthReader {
  public:
    explicit JsonDepthReader(std::string_view text) : text_(text) {}

    int depth_at(int line, int column) {
        if (line < line_ || (line == line_ && column < column_at())) *this = JsonDepthReader(text_);
        for (; i_ < text_.size(); ++i_) {
            if (line_ > line || (line_ == line && column_at() >= column)) break;
            const char c = text_[i_];
            if (c == '\n') {
                ++line_;
                line_start_ = i_ + 1;
            } else if (c == '{' || c == '[') {
                ++depth_;
            } else if (c == '}' || c == ']') {
                --depth_;
            } else if (c == '"') {
                for (++i_; i_ < text_.size() && text_[i_] != '"' && text_[i_] != '\n'; ++i_)
                    if (text_[i_] == '\\' && i_ + 1 < text_.size() && text_[i_ + 1] != '\n') ++i_;
                if (i_ < text_.size() && text_[i_] == '\n') --i_;  // the line end is read as one
            }
        }
        return depth_;
    }

  private:
    int column_at() const { return static_cast<int>(i_ - line_start_) + 1; }

    std::string_view text_;
    std::size_t i_ = 0, line_start_ = 0;
    int depth_ = 0, line_ = 1;
};

// The line (1-based) of the first text a reader of the file sees: its first
// line with text, past a page's front matter; 0 when it has none.
int first_line_read(std::string_view text, CensusFormat format) {
    int line = 1;
    std::size_t at = 0;
    auto next_line = [&] {
        const std::size_t nl = text.find('\n', at);
        at = nl == std::string_view::npos ? text.size() : nl + 1;
        ++line;
    };
    auto this_line = [&] {
        const std::size_t nl = text.find('\n', at);
        return text.substr(at, (nl == std::string_view::npos ? text.size() : nl) - at);
    };
    if (format == CensusFormat::markdown && this_line().starts_with("---")) {
        next_line();
        while (at < text.size() && this_line() != "---" && this_line() != "...") next_line();
        next_line();
    }
    while (at < text.size()) {
        if (this_line().find_first_not_of(" \t") != std::string_view::npos) return line;
        next_line();
    }
    return 0;
}

// Does a file's own text give it a withheld marking, so that redact would
// withhold it whole: a marking key or field with a withheld label (its census
// reads it, however it is written: "marking: [RESTRICTED]" too), in JSON in
// the top-level object? Such a file may be refused before redact withholds it
// (a marking that is no label's text, a byte that is not UTF-8, a key written
// twice): its messages then name it as far as its folder all the same
// (pipeline), as they name a file withheld whole.
// Or does a label stand on the first line a reader sees, as a banner stamps
// a whole paper ("RESTRICTED" atop a note in assets/, or a page's first line
// after its front matter)? Portal refuses such a file, and its messages name
// it as one withheld whole.
bool reads_as_withheld_whole(std::string_view text, CensusFormat format,
                             const std::vector<MarkingSighting>& census) {
    if (census.empty()) return false;
    JsonDepthReader depth(text);
    const int banner_line = format == CensusFormat::json ? 0 : first_line_read(text, format);
    return std::any_of(census.begin(), census.end(), [&](const MarkingSighting& s) {
        if (s.kind == SightingKind::label && s.line == banner_line && s.reading != Reading::publish)
            return true;
        return s.kind == SightingKind::key && s.reading == Reading::withhold &&
               (format != CensusFormat::json || depth.depth_at(s.line, s.column) == 1);
    });
}

// Does a sighting say that the file holds a marking portal may not place:
// a label that reads as withheld or that portal cannot read, a marking
// written in a form portal does not take (`odd`), a publishable label where
// no marking stands, or a marking key whose label cannot be read? (Not a
// region's closing `:::`, which marks nothing; not the file's name, which
// marked_files hides.)
bool may_mark_the_file(const MarkingSighting& s) {
    if (s.kind == SightingKind::name) return false;
    if (s.reading == Reading::withhold || s.reading == Reading::unknown) return true;
    if (!s.odd.empty()) return true;
    if (s.kind == SightingKind::label) return s.reading == Reading::publish;
    return s.kind == SightingKind::key && s.reading == Reading::none;
}

// Is `s` a marking written as portal takes it, a `:::` line or a marking
// key with a label that reads, and nothing odd about it? Redact places it.
bool written_as_portal_takes_it(const MarkingSighting& s) {
    return (s.kind == SightingKind::marker || s.kind == SightingKind::key) && s.odd.empty() &&
           (s.reading == Reading::publish || s.reading == Reading::withhold);
}

// What reading one file gave: the document, whether its parser took it, and
// whether its text reads as withheld whole, or holds a marking anywhere.
template <typename Doc>
struct TextRead {
    Doc doc;
    bool parsed = false;
    bool withheld_whole = false;
    bool marked = false;
};

// A document from its text: line ends made "\n", then the census read, then
// the parser: the census reads each file's text before its parser does, and
// apart from it.
template <typename Doc, typename Parse>
TextRead<Doc> read_text(std::string path, std::string rel, std::string text, Parse parse,
                        CensusFormat format, const CensusLabels& labels,
                        const std::vector<MarkingSighting>& names, Diagnostics& diags) {
    TextRead<Doc> read;
    Doc& doc = read.doc;
    doc.path = std::move(path);
    doc.rel = std::move(rel);
    doc.text = std::move(text);
    normalise_line_ends(doc.text);
    if (first_invalid_utf8(doc.text)) {
        // Text that is not UTF-8 has no census: read with each bad byte as
        // '?', for its marking alone.
        std::string readable = doc.text;
        while (const auto bad = first_invalid_utf8(readable)) readable[*bad] = '?';
        const auto census = take_census(readable, format, labels);
        read.withheld_whole = reads_as_withheld_whole(readable, format, census);
        read.marked = reads_as_marked(readable, format, census);
    } else {
        doc.census = take_census(doc.text, format, labels);
        read.withheld_whole = reads_as_withheld_whole(doc.text, format, doc.census);
        read.marked = reads_as_marked(doc.text, format, doc.census);
    }
    with_name_census(doc.census, names);
    // (The parser may take the text apart: read before it.)
    read.parsed = parse(doc, diags);
    return read;
}

// Reads and parses files on every core. Each keeps its own diagnostics, merged
// in file order, so the messages are the same whatever the thread count. The
// files whose text reads as withheld whole or as marked, parsed or not, and
// those too large to read, are added to `s`'s lists of names to hide.
template <typename Doc, typename Parse>
std::vector<Doc> read_all(const std::vector<std::pair<fs::path, std::string>>& files, Parse parse,
                          CensusFormat format, const CensusLabels& labels,
                          const NameReadings& names, SiteSources& s, Diagnostics& diags) {
    std::vector<std::optional<TextRead<Doc>>> reads(files.size());
    std::vector<Diagnostics> found(files.size());
    std::vector<char> too_large(files.size(), 0);  // (not vector<bool>: written from threads)
    parallel_for(files.size(), [&](std::size_t i) {
        bool big = false;
        auto text = read_or_report(files[i].first, found[i], kMaxTextFileBytes, &big);
        too_large[i] = big;
        if (!text) return;
        reads[i] =
            read_text<Doc>(display_path(files[i].first), files[i].second, std::move(*text), parse,
                           format, labels, name_reading(names, files[i].second), found[i]);
    });
    std::vector<Doc> out;
    out.reserve(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        diags.merge(std::move(found[i]));
        if (too_large[i]) s.too_large_to_read.push_back(display_path(files[i].first));
        if (!reads[i]) continue;
        if (reads[i]->withheld_whole) s.read_as_withheld_whole.push_back(reads[i]->doc.path);
        if (reads[i]->marked) s.read_as_marked.push_back(reads[i]->doc.path);
        if (reads[i]->parsed) out.push_back(std::move(reads[i]->doc));
    }
    return out;
}

// The layouts and partials that grow past kMaxPartialGrowth when their
// partials are put in (load/layout_growth), each with the offset of the tag
// that takes it past.
std::map<const TextFile*, std::size_t> too_large_with_partials(const SiteSources& s,
                                                               const FindPartial& partial) {
    std::map<const TextFile*, std::size_t> found;
    for (const auto* files : {&s.partials, &s.layouts})
        for (const auto& [name, f] : *files)
            if (const auto at = grows_too_large_at(f.text, partial)) found.emplace(&f, *at);
    return found;
}

// The too-large files (`big`) whose errors would repeat another's (one
// mistake, one error): those put in, directly or through others, by a
// too-large file that no too-large file puts in (a layout, or the first
// partial of a chain), which is named. A cycle of partials that only put each
// other in is reached from none, so each of them is named: every layout or
// partial that grows too large is named itself or by a file that puts it in.
std::set<const TextFile*> repeated_errors(const std::map<const TextFile*, std::size_t>& big,
                                          const FindPartial& partial) {
    auto put_in = [&](const TextFile* file) {
        std::vector<const TextFile*> inside;
        for (const auto& tag : partial_tags(file->text))
            for (const auto& name : tag.names)
                if (const TextFile* p = partial(name); p && big.count(p)) inside.push_back(p);
        return inside;
    };
    std::set<const TextFile*> reached;
    for (const auto& [file, at] : big)
        for (const TextFile* p : put_in(file))
            if (p != file) reached.insert(p);
    std::vector<const TextFile*> next;
    for (const auto& [file, at] : big)
        if (!reached.count(file)) next.push_back(file);  // the roots, named
    std::set<const TextFile*> repeated;
    while (!next.empty()) {
        const TextFile* file = next.back();
        next.pop_back();
        for (const TextFile* p : put_in(file))
            if (repeated.insert(p).second) next.push_back(p);
    }
    return repeated;
}

// Takes the census of every layout and partial as its pages show it, partials
// put in. One that grows too large is an error at the tag that takes it past,
// and is not read with its partials (the build stops there): neither the
// census nor the renderer is made to read gigabytes. The census is handed
// partials within the same limit, so that it cannot be made to, whatever tags
// it reads.
void census_with_partials(SiteSources& s, const CensusLabels& labels, Diagnostics& diags) {
    const FindPartial partial = [&](const std::string& name) -> const TextFile* {
        const auto it = s.partials.find(name);
        return it == s.partials.end() ? nullptr : &it->second;
    };
    const auto big = too_large_with_partials(s, partial);
    const auto repeated = repeated_errors(big, partial);
    for (auto* files : {&s.partials, &s.layouts})
        for (auto& [name, f] : *files) {
            const bool is_partial = files == &s.partials;
            if (const auto deep = check_section_nesting(f.text)) {
                diags.error(pos_at_offset(f.path, f.text, deep->offset), deep->message);
                continue;
            }
            if (const auto at = big.find(&f); at != big.end()) {
                if (!repeated.count(&f))
                    diags.error(pos_at_offset(f.path, f.text, at->second),
                                grows_too_large_message(is_partial));
                continue;
            }
            PartialBudget budget(partial);
            take_census_with_partials(f, std::ref(budget), labels);
            if (budget.exceeded())
                diags.error(SourcePos{f.path, 1, 1}, grows_too_large_message(is_partial));
        }
}

// Whether a marking written beside a file's name in a report or plan
// ({"file": ..., "marking": ...}) withholds the file, as far as the census's
// labels tell before redact judges it: any marking but a label that reads as
// publishable (one that is no text, or no label site.json lists, is refused
// and may withhold), failing closed.
std::function<bool(const Json&)> marking_withholds(const CensusLabels& labels) {
    return [&labels](const Json& marking) {
        if (!marking.is_string()) return true;
        const CensusLabel* label = labels.find(fold_label(marking.get<std::string>()));
        return !label || label->reading != Reading::publish;
    };
}

}  // namespace

bool reads_as_marked(std::string_view text, CensusFormat format,
                     const std::vector<MarkingSighting>& census) {
    // A table's marking column marks its rows, never the whole table:
    // reads_as_withheld_whole reads what marks a table whole.
    if (format == CensusFormat::csv) return false;
    JsonDepthReader depth(text);
    std::vector<bool> regions;  // the regions open, each true when it withholds
    for (const MarkingSighting& s : census) {
        if (format == CensusFormat::markdown && s.kind == SightingKind::marker && s.odd.empty() &&
            s.reading != Reading::unknown) {
            if (s.reading == Reading::none) {
                if (!regions.empty()) regions.pop_back();
            } else {
                regions.push_back(s.reading == Reading::withhold);
            }
            continue;
        }
        // Inside a region that withholds: withheld with it.
        if (std::find(regions.begin(), regions.end(), true) != regions.end()) continue;
        if (written_as_portal_takes_it(s) || !may_mark_the_file(s)) continue;
        // A data file's fields below its top level mark what they stand in.
        if (format == CensusFormat::json && depth.depth_at(s.line, s.column) != 1) continue;
        return true;
    }
    return false;
}

CensusLabels policy_labels(const JsonDocument& site_json) {
    std::vector<std::string> lists[2];
    const char* names[2] = {"publishable", "withheld"};
    const Json& v = site_json.value;
    if (v.is_object() && v.contains("marking") && v["marking"].is_object())
        for (int k = 0; k < 2; ++k) {
            const Json& m = v["marking"];
            if (!m.contains(names[k]) || !m[names[k]].is_array()) continue;
            for (const auto& l : m[names[k]])
                if (l.is_string()) lists[k].push_back(l.get<std::string>());
        }
    return CensusLabels(lists[0], lists[1]);
}

std::optional<MarkdownDocument> load_page(std::string path, std::string rel, std::string text,
                                          const CensusLabels& labels, Diagnostics& diags) {
    const auto names = name_census(rel, labels);
    auto read = read_text<MarkdownDocument>(std::move(path), std::move(rel), std::move(text),
                                            parse_markdown_document, CensusFormat::markdown, labels,
                                            names, diags);
    if (!read.parsed) return std::nullopt;
    return std::move(read.doc);
}

SiteSources load_site(const std::string& site_dir, Diagnostics& diags) {
    SiteSources s;
    s.site_dir = site_dir;
    const fs::path root(site_dir);
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        diags.error(SourcePos{site_dir}, "site folder does not exist");
        return s;
    }

    const fs::path site_json = root / "site.json";
    s.site_json.path = display_path(site_json);
    s.site_json.rel = "site.json";
    if (auto why = source_entry_problem(site_json, root)) {
        diags.error(SourcePos{s.site_json.path}, *why);
    } else if (!fs::exists(site_json, ec)) {
        diags.error(SourcePos{s.site_json.path},
                    "site.json is missing: every site needs one (see the README)");
    } else if (auto text = read_or_report(site_json, diags)) {
        s.site_json.text = std::move(*text);
        normalise_line_ends(s.site_json.text);
        s.site_json_ok = parse_json_document(s.site_json, diags);
    }
    const CensusLabels labels = policy_labels(s.site_json);
    OneNamePerFile one_name;
    NameReadings names;
    // Each folder's files, their names' census taken as they are listed:
    // kept for the census of each file that loads, and for messages about
    // every file, loaded or not (marked_files).
    std::vector<fs::path> not_read;  // "notes.MD": named in a warning, never published
    auto listed = [&](const fs::path& dir, std::initializer_list<const char*> exts) {
        auto files = list_files(dir, exts, one_name, diags, not_read);
        for (const auto& [path, rel] : files) {
            auto read = name_census(rel, labels);
            if (read.empty()) continue;
            const std::string shown = display_path(path);
            for (const auto& n : read)
                if (shown.size() >= n.name_found.size())
                    s.marked_files.push_back(
                        {shown,
                         shown.substr(0, shown.size() - n.name_found.size()) + n.name_shown});
            names[rel] = std::move(read);
        }
        return files;
    };
    if (s.site_json_ok)
        s.site_json.census = take_census(s.site_json.text, CensusFormat::json, labels);

    s.pages = read_all<MarkdownDocument>(listed(root / "content", {".md"}), parse_markdown_document,
                                         CensusFormat::markdown, labels, names, s, diags);
    s.data = read_all<JsonDocument>(listed(root / "data", {".json"}), parse_json_document,
                                    CensusFormat::json, labels, names, s, diags);
    {
        const auto text_files = listed(root / "data", {".md"});
        std::vector<std::string> rels;
        for (const auto& f : text_files) rels.push_back(f.second);
        auto texts = read_all<MarkdownDocument>(text_files, parse_markdown_document,
                                                CensusFormat::markdown, labels, names, s, diags);
        join_data_texts(s.data, std::move(texts), rels, marking_withholds(labels),
                        s.read_as_withheld_whole, diags);
    }

    for (auto& [path, rel] : listed(root / "data", {".csv"})) {
        bool big = false;
        auto text = read_or_report(path, diags, kMaxTextFileBytes, &big);
        if (big) s.too_large_to_read.push_back(display_path(path));
        if (!text) continue;
        CsvDocument doc;
        doc.path = display_path(path);
        doc.rel = rel;
        normalise_line_ends(*text);
        if (!first_invalid_utf8(*text)) doc.census = take_census(*text, CensusFormat::csv, labels);
        with_name_census(doc.census, name_reading(names, rel));
        if (reads_as_withheld_whole(*text, CensusFormat::csv, doc.census))
            s.read_as_withheld_whole.push_back(doc.path);
        if (parse_csv_document(doc, *text, diags)) s.csv.push_back(std::move(doc));
    }

    for (auto& [path, rel] : listed(root / "layouts", {".mustache"})) {
        bool big = false;
        auto text = read_or_report(path, diags, kMaxTextFileBytes, &big);
        if (big) s.too_large_to_read.push_back(display_path(path));
        if (!text) continue;
        std::string name = rel.substr(0, rel.size() - std::string(".mustache").size());
        if (auto what = text_put_together_as_shown(*text))
            diags.error(SourcePos{display_path(path), 1, 1},
                        "portal cannot follow the text of this layout (it is " + *what +
                            "), so it cannot check what every page shows for protective "
                            "markings: nothing is published while it stands. Write the text "
                            "as it is to be read");
        TextFile f{display_path(path), rel, std::move(*text), {}};
        f.census = file_census(f.text, rel, labels);
        if (name.rfind("partials/", 0) == 0)
            s.partials.emplace(name.substr(9), std::move(f));
        else
            s.layouts.emplace(name, std::move(f));
    }

    // Layouts as their pages show them, partials put in.
    census_with_partials(s, labels, diags);
    for (const auto* files : {&s.layouts, &s.partials})
        for (const auto& [name, f] : *files)
            if (reads_as_marked(f.text, CensusFormat::text, f.census))
                s.read_as_marked.push_back(f.path);

    for (auto& [path, rel] : listed(root / "assets", {})) {
        bool big = false;
        auto bytes = read_or_report(path, diags, kMaxAssetBytes, &big);
        if (big) s.too_large_to_read.push_back(display_path(path));
        if (!bytes) continue;
        // assets/ is copied as it is: a file whose text portal cannot read
        // cannot be checked for markings, so it is not published.
        if (auto why = unreadable_asset(*bytes, rel))
            diags.error(SourcePos{display_path(path), 1, 1}, *why);
        TextFile f{display_path(path), rel, std::move(*bytes), {}};
        f.census = file_census(f.text, rel, labels);
        with_name_census(f.census, name_reading(names, rel));
        if (reads_as_withheld_whole(f.text, CensusFormat::text, f.census))
            s.read_as_withheld_whole.push_back(f.path);
        if (reads_as_marked(f.text, CensusFormat::text, f.census))
            s.read_as_marked.push_back(f.path);
        s.assets.push_back(std::move(f));
    }
    // A file left unread for its name's ending ("operation-x.MD") is named
    // in a warning. Its text is read for markings alone: one marked in any
    // way is named as a file withheld whole is, as far as its folder (its
    // name may say what it marks).
    std::sort(not_read.begin(), not_read.end());
    not_read.erase(std::unique(not_read.begin(), not_read.end()), not_read.end());
    for (const fs::path& path : not_read) {
        FileRead read = read_regular_file(path, kMaxTextFileBytes);
        if (read.failure == FileRead::Failure::too_large)
            s.too_large_to_read.push_back(display_path(path));
        if (!read.bytes) continue;
        std::string text = std::move(*read.bytes);
        normalise_line_ends(text);
        while (const auto bad = first_invalid_utf8(text)) text[*bad] = '?';
        std::string ext = path.extension().string();
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const CensusFormat format = ext == ".json"                       ? CensusFormat::json
                                    : ext == ".csv"                      ? CensusFormat::csv
                                    : ext == ".md" || ext == ".markdown" ? CensusFormat::markdown
                                                                         : CensusFormat::text;
        if (!take_census(text, format, labels).empty())
            s.read_as_withheld_whole.push_back(display_path(path));
    }
    // Chart.js comes from the npm registry (package-lock.json), never from the
    // repository: take the site's own node_modules, else the one portal was built beside.
    for (const fs::path& base : {root, fs::path(PORTAL_SOURCE_DIR)}) {
        const fs::path chartjs = base / "node_modules" / "chart.js" / "dist" / "chart.umd.min.js";
        if (!fs::is_regular_file(chartjs, ec)) continue;
        if (auto bytes = read_file(chartjs)) {
            // portal's own dependency, not the site's: no census.
            s.assets.push_back(
                {display_path(chartjs), "vendor/chart.umd.min.js", std::move(*bytes), {}, false});
            break;
        }
    }
    return s;
}

}  // namespace portal
