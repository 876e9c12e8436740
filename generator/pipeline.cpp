#include "pipeline.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include <sys/resource.h>

#include "core/files.hpp"
#include "core/hash.hpp"
#include "core/text.hpp"
#include "load/site_sources.hpp"
#include "load/source_fingerprint.hpp"
#include "model/site_model.hpp"
#include "redact/public_site.hpp"
#include "redact/quiet_messages.hpp"
#include "remake_page.hpp"
#include "render/page_renderer.hpp"
#include "render/rendered_site.hpp"
#include "validate/schema_reference.hpp"
#include "validate/validated_site.hpp"
#include "version.hpp"
#include "write/build_record.hpp"
#include "write/output_folder.hpp"
#include "write/write_site.hpp"

namespace portal {

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
std::string plural(int n, const char* one, const char* many) {
    return plural(static_cast<std::size_t>(std::max(n, 0)), one, many);
}

namespace {
BuildReport run_stages(const BuildOptions& options, Diagnostics& diags);

// "812 bytes", "1.4 KB", "2.0 MB": a small file never shows as "0 KB".
std::string size_text(std::size_t bytes) {
    if (bytes < 1024) return plural(bytes, "byte", "bytes");
    char text[32];
    if (bytes < 1024 * 1024)
        std::snprintf(text, sizeof text, "%.1f KB", static_cast<double>(bytes) / 1024);
    else
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024 * 1024));
    return text;
}

// The one line a successful build prints: pages, reports, datasets, files
// written, items withheld, time taken (README.md, "Command line").
}  // namespace

std::string summary_line(const BuildReport& r) {
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f s", r.seconds);
    const std::string counts = plural(r.pages, "page", "pages") + ", " +
                               plural(r.reports, "report", "reports") + ", " +
                               plural(r.datasets, "dataset", "datasets");
    if (r.up_to_date)
        return "portal: nothing changed since the last build; " + r.out_dir + " is up to date (" +
               counts + ", " + plural(r.files, "file", "files") + "; withheld " +
               plural(r.withheld, "item", "items") + ", log: " + r.log_path + "); " + secs;
    return "portal: built " + counts + "; wrote " + plural(r.files, "file", "files") + " to " +
           r.out_dir + " (search index " + size_text(r.search_index_bytes) + "); withheld " +
           plural(r.withheld, "item", "items") + " (log: " + r.log_path + "); " + secs;
}

BuildReport run_build(const BuildOptions& options, Diagnostics& diags) {
    // Stages report problems as diagnostics; an exception here is a bug in
    // portal, not in the site. Say so plainly, publish nothing, and do not let
    // it escape into main.
    try {
        return run_stages(options, diags);
    } catch (const std::exception& e) {
        diags.error(SourcePos{options.site_dir},
                    std::string("internal error in portal (please report it): ") + e.what());
    } catch (...) {
        diags.error(SourcePos{options.site_dir}, "internal error in portal (please report it)");
    }
    BuildReport failed;
    failed.out_dir =
        options.out_dir.empty() ? default_output_folder(options.site_dir) : options.out_dir;
    return failed;
}

namespace {

// Hands a stage's output to the next stage as a temporary, which dies when that
// stage returns: the board's raw documents are gone from memory once redact is
// done, the model once render is, and so on. (std::move alone would leave each
// stage's output alive, moved-from but not freed, until the build ends.)
template <typename T>
T consume(T& stage_output) {
    return std::move(stage_output);
}

// A build that stops before render still reports every broken link: the pages
// validate left to render are outlined here, from their public text (their full
// text: that is why they were left).
void finish_links_without_render(LinkChecker& links, const PublicSite& pub, Diagnostics& diags) {
    std::map<std::string, const std::string*> texts;
    for (const auto& p : pub.pages) texts[p.rel] = &p.markdown;
    links.outline_texts(texts);
    links.judge(diags);
}

// Why a message leaves a file's name out: the first words of "(the file is
// withheld whole, so its name is not printed: ...)".
constexpr const char* kWithheldWhole = "the file is withheld whole";
constexpr const char* kReadsAsMarked =
    "the file holds a marking that reads as withheld or that portal cannot place";
constexpr const char* kTooLarge = "the file is too large for portal to read it for markings";
constexpr const char* kUnderWithheld =
    "the file stands under the address of a page or data withheld or marked whole";

// The files whose names messages leave out, each with why (the first reason
// given is kept: withheld whole, the strongest, is given first).
using HiddenNames = std::map<std::string, const char*>;

// The folders of content/ whose pages stand under the address of a file
// hidden whole (`site_prefix`: the site's folder as messages show it): a
// page's own ("content/op/" for content/op.md or content/op/index.md), and a
// data file's page's ("content/plans/x/" for data/plans/x.json, and a plan's
// milestones). Redact withholds such pages with it (at_or_under), and their
// paths spell its address (red team 24, C04).
std::vector<std::string> folders_under(const HiddenNames& hidden, const std::string& site_prefix) {
    std::vector<std::string> folders;
    const std::string content = site_prefix + "content/", data = site_prefix + "data/";
    for (const auto& [path, why] : hidden) {
        if (path.starts_with(content) && path.ends_with(".md")) {
            std::string page = path.substr(0, path.size() - 3);
            if (page.ends_with("/index")) page.resize(page.size() - 5);
            if (!page.ends_with("/")) page += '/';
            if (page != content) folders.push_back(page);
        } else if (path.starts_with(data) && path.ends_with(".json")) {
            const std::string rel = path.substr(data.size(), path.size() - data.size() - 5);
            folders.push_back(content + rel + "/");
            if (rel.starts_with("plans/"))
                folders.push_back(content + "milestones/" + rel.substr(6) + "/");
        }
    }
    return folders;
}

// Adds every file a message names under one of `folders` (a file that could
// not be read is in no list but its message's).
void hide_files_under(const Diagnostics& diags, const std::vector<std::string>& folders,
                      HiddenNames& hidden) {
    if (folders.empty()) return;
    for (const Diagnostic& d : diags.all())
        for (const std::string& folder : folders)
            if (d.pos.file.starts_with(folder)) {
                hidden.emplace(d.pos.file, kUnderWithheld);
                break;
            }
}

BuildReport run_stages(const BuildOptions& options, Diagnostics& diags) {
    const auto start = std::chrono::steady_clock::now();
    BuildReport report;
    const fs::path site(options.site_dir);
    report.out_dir = options.out_dir.empty() ? default_output_folder(site) : options.out_dir;
    report.log_path = options.log_path.empty() ? default_log_path(site) : options.log_path;
    // Files whose names read as marked are named only as far as the label.
    std::vector<std::pair<std::string, std::string>> marked;
    HiddenNames withheld_whole;  // files whose names are not printed (`finish`), and why
    // Files whose text holds a marking, named as withheld whole unless redact
    // publishes them (`published`): it then placed every marking in them.
    std::vector<std::string> marked_in_text;
    std::set<std::string> published;
    std::vector<std::string> site_files;  // every file loaded, as messages show its path
    std::string site_prefix;              // the site's folder as messages show it ("sites/1/")
    CensusLabels message_labels({}, {});  // the well-known markings, until site.json is read
    auto finish = [&] {
        quiet_marked_quotes(diags, message_labels);
        if (!options.name_withheld_files) {
            for (const std::string& path : marked_in_text)
                if (published.count(path) == 0) withheld_whole.emplace(path, kReadsAsMarked);
            hide_files_under(diags, folders_under(withheld_whole, site_prefix), withheld_whole);
        }
        diags.rewrite_messages([&](const SourcePos& pos, std::string& message) {
            // (After the message's first line: an excerpt of the source with
            // its caret may follow.)
            // Its quotations and the excerpt of its source are left out:
            // any of its values may be what the marking withholds.
            if (const auto it = withheld_whole.find(pos.file); it != withheld_whole.end())
                message =
                    with_every_quote_quieted(std::string_view(message).substr(
                                                 0, std::min(message.find('\n'), message.size())),
                                             message_labels) +
                    " (" + it->second +
                    ", so its name is not printed: `portal check --list-withheld` "
                    "prints it)";
        });
        // A file withheld whole is named only as far as a folder that
        // holds a public file: its name, or its own folder's, may say what
        // it marks ("smith-family.md", "operation-x/costs.json"), and build
        // logs are read more widely than the board's files. The message says
        // how to see the name.
        if (!withheld_whole.empty()) {
            std::vector<std::string> public_files;
            for (const std::string& f : site_files)
                if (withheld_whole.count(f) == 0) public_files.push_back(f);
            std::vector<std::string> hidden;
            for (const auto& [path, why] : withheld_whole) hidden.push_back(path);
            std::set<std::string> public_folders = folders_of(public_files);
            // portal's own folders name nothing of the board's.
            for (const char* folder :
                 {"content/", "data/", "data/plans/", "data/reports/", "data/statistics/",
                  "data/funding/", "assets/", "layouts/", "layouts/partials/"})
                public_folders.insert(site_prefix + folder);
            for (const std::string& path : hidden)
                marked.emplace_back(path, shown_as_far_as_a_public_folder(path, public_folders));
            hide_marked_names(diags, marked);
            hide_names_nearly_withheld(diags, hidden, public_files);
        } else {
            hide_marked_names(diags, marked);
        }
        report.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return report;
    };

    // Load, validate and redact each go as far as they can on what they were
    // given, so that one build reports every problem in the site together; the
    // build stops before anything is modelled or written.
    auto lap = std::chrono::steady_clock::now();
    auto stage_done = [&](const char* name) {
        auto now = std::chrono::steady_clock::now();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);  // ru_maxrss: KiB on Linux
        report.stage_timings.push_back(
            {name, std::chrono::duration<double>(now - lap).count(), usage.ru_maxrss});
        lap = now;
    };
    // Fingerprinted before anything is read: a file changed during the build
    // then makes the next build run in full, never the other way round.
    std::uint64_t fingerprint = 0;
    const std::string identity = portal_identity(PORTAL_VERSION);
    if (options.write) {
        fingerprint = source_fingerprint(options.site_dir);
        if (options.reuse_unchanged && !options.keep_live) {
            if (auto last = unchanged_since_last_build(report.out_dir, fingerprint, identity,
                                                       report.log_path)) {
                static_cast<BuildCounts&>(report) = *last;
                report.up_to_date = true;
                report.ok = true;
                stage_done("unchanged");
                return finish();
            }
        }
    }
    SiteSources sources = load_site(options.site_dir, diags);
    marked = sources.marked_files;
    // A file whose text gives it a withheld marking is named as one withheld
    // whole is (below) from here on: a later stage may refuse it before
    // redact withholds it ("'marking' must be a label written as text").
    if (!options.name_withheld_files) {
        for (const std::string& path : sources.read_as_withheld_whole)
            withheld_whole.emplace(path, kWithheldWhole);
        for (const std::string& path : sources.too_large_to_read)
            withheld_whole.emplace(path, kTooLarge);
        marked_in_text = sources.read_as_marked;
    }
    for (const auto& d : sources.pages) site_files.push_back(d.path);
    for (const auto& d : sources.data) site_files.push_back(d.path);
    for (const auto& d : sources.csv) site_files.push_back(d.path);
    for (const auto& d : sources.assets) site_files.push_back(d.path);
    for (const auto* files : {&sources.layouts, &sources.partials})
        for (const auto& [name, f] : *files) site_files.push_back(f.path);
    site_files.push_back(sources.site_json.path);
    site_prefix = sources.site_json.path.substr(0, sources.site_json.path.size() - 9);
    if (sources.site_json_ok) message_labels = policy_labels(sources.site_json);
    stage_done("load");
    if (!sources.site_json_ok) return finish();
    // One mistake, one error: a file that could not be read is missing from
    // what validate sees, so its checks would report what follows from the
    // missing file ("paper does not exist", broken links) as if they were more
    // mistakes. Validate and redact still run, so that the messages so far are
    // kept from repeating withheld text, but what they find is kept for the
    // build after the file is mended.
    report.other_checks_waiting = diags.has_errors();
    Diagnostics waiting;
    Diagnostics& later = report.other_checks_waiting ? waiting : diags;
    // A build leaves most pages' link checks to render, which parses them anyway.
    std::optional<LinkChecker> links;
    ValidatedSite validated =
        validate_site(consume(sources), later, options.write ? &links : nullptr);
    stage_done("validate");
    report.base_url = validated.config.base_url;
    // `portal serve`: what remaking an edited page needs of each stage.
    auto live = options.keep_live ? std::make_shared<LiveSite>() : nullptr;
    if (live) {
        for (const auto& [name, f] : validated.layouts) live->rules.layouts.insert(name);
        for (const auto& p : validated.pages)
            if (p.at_data_address) live->rules.generated.insert(p.url);
    }
    PublicSite pub = redact_site(consume(validated), later);
    stage_done("redact");
    // Files withheld whole are named as far as a public folder (`finish`).
    if (!options.name_withheld_files)
        for (const auto& span : pub.withheld_spans)
            if (!span.refused && span.first_line <= 1 && span.last_line == kWholeFile)
                withheld_whole.emplace(span.file, kWithheldWhole);
    // What redact published, it placed every marking of: its name is printed.
    for (const auto& p : pub.pages) published.insert(p.path);
    for (const auto& d : pub.data) published.insert(d.path);
    for (const auto& t : pub.tables) published.insert(t.path);
    // What a quieted message may still quote: the policy's labels and ':::'.
    std::vector<std::string> safe_quotes = {":::"};
    for (const auto* labels : {&pub.config.publishable, &pub.config.withheld})
        for (const auto& l : *labels) {
            safe_quotes.push_back(l.text);
            safe_quotes.push_back("::: " + l.text);
        }
    // And the names of keys ('date', 'status'), which are portal's words: a
    // message about a withheld place still says which key it is about.
    for (const auto& key : schema_key_names()) safe_quotes.push_back(key);
    if (report.other_checks_waiting) {
        quiet_messages(diags, pub.withheld_spans, &pub.canaries, safe_quotes);
        return finish();
    }
    // Messages never repeat withheld text: those so far, checked against the
    // canaries too, and those judged later (links), by place.
    const std::vector<WithheldSpan> withheld_spans = pub.withheld_spans;
    quiet_messages(diags, withheld_spans, &pub.canaries, safe_quotes);
    if (diags.has_errors()) {
        if (links) {
            finish_links_without_render(*links, pub, diags);
            quiet_messages(diags, withheld_spans, &pub.canaries, safe_quotes);
        }
        return finish();
    }
    if (live) {
        live->config = pub.config;
        std::vector<std::string> publishable, withheld;
        for (const auto& l : pub.config.publishable) publishable.push_back(l.text);
        for (const auto& l : pub.config.withheld) withheld.push_back(l.text);
        live->census_labels = CensusLabels(publishable, withheld);
    }
    report.withheld = static_cast<int>(pub.log.size());
    report.redaction_log = format_redaction_log(pub.log);
    SiteModel model = build_model(consume(pub), diags);
    stage_done("model");
    if (diags.has_errors()) return finish();
    report.pages = static_cast<int>(model.pages.size());
    report.reports =
        static_cast<int>(std::count_if(model.pages.begin(), model.pages.end(),
                                       [](const PageModel& p) { return p.layout == "report"; }));
    report.datasets = static_cast<int>(model.downloads.size());
    if (!options.write) {
        report.ok = true;
        return finish();
    }
    PageOutlines outlines;
    if (links) outlines.wanted = links->awaited();
    RenderedSite rendered =
        render_site(consume(model), diags, options.keep_live, links ? &outlines : nullptr);
    if (links) {
        for (auto& [rel, outline] : outlines.found) links->add_outline(rel, std::move(outline));
        links->judge(diags);
        links.reset();  // not kept beside the rendered site while it is written
        quiet_messages(diags, withheld_spans, &rendered.canaries, safe_quotes);
    }
    stage_done("render");
    if (diags.has_errors()) return finish();
    report.search_index_bytes = rendered.search_index_bytes;
    report.search_index_seconds = rendered.search_index_seconds;
    WriteOptions write_options;
    write_options.out_dir = report.out_dir;
    write_options.log_path = report.log_path;
    write_options.site_dir = options.site_dir;
    if (live) live->pages = std::move(rendered.live);
    WriteResult written = write_site(consume(rendered), write_options, diags);
    stage_done("write+audit");
    report.files = written.files;
    report.bytes = written.bytes;
    report.ok = written.published && !diags.has_errors();
    if (written.published) {
        if (live && live->pages) report.live = std::move(live);
        BuildRecord record;
        record.sources = fingerprint;
        record.portal = identity;
        record.log_path = report.log_path;
        auto log = read_file(report.log_path);
        record.log_hash = log ? hash_bytes(*log) : 0;
        static_cast<BuildCounts&>(record) = report;
        if (!log || !record_build(report.out_dir, record)) forget_build(report.out_dir);
    }
    return finish();
}

}  // namespace

void quiet_marked_quotes_of_site(const std::string& site_dir, Diagnostics& diags) {
    JsonDocument site_json;
    site_json.path = display_path(fs::path(site_dir) / "site.json");
    Diagnostics unread;  // a site.json that cannot be read leaves the well-known markings
    const auto text = read_file(fs::path(site_dir) / "site.json");
    if (text) site_json.text = *text;
    const bool read = text && parse_json_document(site_json, unread);
    quiet_marked_quotes(diags, read ? policy_labels(site_json) : CensusLabels({}, {}));
}

}  // namespace portal
