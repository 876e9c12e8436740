// main.cpp — the command line: build, check, serve, schema, new, returns.
// Parses arguments, checks the folders it was given, runs the pipeline (or
// new_site's commands), prints diagnostics and one summary line. Exit codes:
// 0 built, 1 the site has errors or the output folder is not portal's to
// replace (nothing published), 2 bad usage.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

#include "core/files.hpp"
#include "core/text.hpp"
#include "new_site/fill_report.hpp"
#include "new_site/new_report.hpp"
#include "new_site/new_site.hpp"
#include "pipeline.hpp"
#include "serve/serve.hpp"
#include "validate/schema_reference.hpp"
#include "version.hpp"
#include "write/output_folder.hpp"

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 6> kCommands{"build",  "check", "serve",
                                                    "schema", "new",   "returns"};

// CLI11 answers an unknown first word ("portal buld") with "A subcommand is
// required", which does not say what was wrong; name the word, and the command
// it is probably a slip for.
std::optional<std::string> unknown_command(int argc, char** argv) {
    if (argc < 2 || argv[1][0] == '-') return std::nullopt;
    const std::string_view word = argv[1];
    if (std::find(kCommands.begin(), kCommands.end(), word) != kCommands.end()) return std::nullopt;
    std::string_view closest;
    std::size_t best = 3;  // a slip of at most two letters
    for (std::string_view command : kCommands) {
        const std::size_t d = portal::edit_distance(word, command);
        if (d < best) {
            best = d;
            closest = command;
        }
    }
    std::string message = "unknown command '" + std::string(word) + "'; ";
    if (!closest.empty()) return message + "did you mean '" + std::string(closest) + "'?";
    return message + "the commands are build, check, serve, schema, new and returns";
}

int usage_error(const std::string& message) {
    std::cerr << "portal: " << portal::printable(message)
              << "\nRun with --help for more information.\n";
    return 2;
}

int report_failure(const portal::Diagnostics& diags, const std::string& out_dir, bool wrote,
                   bool other_checks_waiting = false) {
    diags.print(std::cerr);
    std::cerr << "portal: " << portal::plural(diags.error_count(), "error", "errors");
    if (diags.warning_count())
        std::cerr << ", " << portal::plural(diags.warning_count(), "warning", "warnings");
    if (wrote) std::cerr << "; nothing was published, " << out_dir << " is unchanged";
    std::cerr << "\n";
    if (other_checks_waiting)
        std::cerr << "portal: mend the file" << (diags.error_count() == 1 ? "" : "s")
                  << " above first; the checks across the site (references, links, totals) "
                     "run once every file can be read\n";
    return 1;
}

// A --site that is not a folder is a slip in the command line, not an error in
// a site: exit 2, as for any other argument that cannot be used.
int check_site_folder(const std::string& site_dir) {
    std::error_code ec;
    if (fs::is_directory(site_dir, ec)) return 0;
    std::cerr << portal::display_path(site_dir) << ": error: "
              << (fs::exists(site_dir, ec) ? "this is not a folder" : "site folder does not exist")
              << "; --site names the folder that holds site.json\n"
              << "Run with --help for more information.\n";
    return 2;
}

// Fills in the default output folder and log, normalises the output folder
// ("public/" is "public") and checks both before anything is loaded. A path
// that cannot work is bad usage (2); an output folder portal must not replace
// is refused like a site error (1): nothing is published, the folder is
// untouched. Returns 0 when the build may go ahead.
int settle_output(portal::BuildOptions& o, bool out_given) {
    const fs::path site(o.site_dir);
    if (!out_given) o.out_dir = portal::default_output_folder(site);
    if (o.log_path.empty()) o.log_path = portal::default_log_path(site);
    const std::optional<fs::path> out = portal::output_folder(o.out_dir);
    if (!out)
        return usage_error("--out '" + o.out_dir +
                           "' names no folder; give the output folder a name, such as public or "
                           "../site (each build replaces that folder, and keeps its lock and "
                           "staging folder beside it)");
    o.out_dir = out->string();
    // The folder first: with --out naming the site folder, the default log is
    // inside it too, but the folder is what must change.
    portal::Diagnostics diags;
    if (!portal::check_output_folder(site, *out, diags))
        return report_failure(diags, o.out_dir, true);
    // Every place the log may not be (it names withheld files), before anything
    // is read: bad usage, said at the log's path.
    if (auto why = portal::log_path_problem(o.log_path, *out, o.site_dir)) {
        diags.error(portal::SourcePos{portal::display_path(o.log_path)}, *why);
        diags.print(std::cerr);
        return 2;
    }
    return 0;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

// `portal schema [KIND] [--editor]`.
int print_schema(const std::string& kind, bool for_editor) {
    if (kind.empty()) {
        if (for_editor)
            return usage_error("--editor needs a KIND: " + join_words(portal::reference_kinds()));
        std::cout << portal::data_reference();
        return 0;
    }
    const auto text = for_editor ? portal::editor_schema(kind) : portal::data_reference(kind);
    if (!text)
        return usage_error("no " + std::string(for_editor ? "editor schema" : "kind of file") +
                           " '" + kind + "'; the kinds are " +
                           join_words(for_editor
                                          ? std::vector<std::string>{"site", "plan", "report",
                                                                     "statistics", "funding"}
                                          : portal::reference_kinds()));
    std::cout << *text;
    return 0;
}

// `portal new report PLAN QUARTER [--returns]`.
int new_report_command(const std::string& site, const std::string& plan, const std::string& quarter,
                       bool with_returns) {
    portal::Diagnostics diags;
    const auto written =
        portal::write_new_report(site, plan, quarter, {.returns = with_returns}, diags);
    if (!written) {
        diags.print(std::cerr);
        return 1;
    }
    diags.print(std::cerr);  // warnings ("this plan is withheld whole")
    if (!written->report.empty())
        std::cout << "portal: wrote " << written->report
                  << ": every milestone of the plan, each \"not-reported\" for now.\n";
    if (!with_returns) {
        std::cout << "Next: give each its status (green, amber or red) and its progress in the "
                     "lead officer's words, then run `portal serve` to review it.\n";
        return 0;
    }
    if (!written->kept.empty())
        std::cout << "portal: " << written->kept << " is there already and was left as it is"
                  << (written->returns.empty() ? ".\n" : "; wrote only the returns.\n");
    for (const auto& r : written->returns)
        std::cout << "portal: wrote " << r.path << " (priority " << r.priority << ", "
                  << portal::plural(r.rows, "milestone", "milestones") << ")"
                  << (r.lead_officer.empty() ? "" : ", for " + portal::printable(r.lead_officer))
                  << "\n";
    if (!written->without_return.empty()) {
        const auto& without = written->without_return;
        std::string numbers;
        for (std::size_t i = 0; i < without.size(); ++i)
            numbers += (i == 0                    ? ""
                        : i + 1 == without.size() ? " and "
                                                  : ", ") +
                       std::to_string(without[i]);
        std::cout << "portal: no return for " << (without.size() == 1 ? "priority " : "priorities ")
                  << numbers
                  << ": no milestone a return may carry (none in the plan, or all withheld)\n";
    }
    if (written->returns.empty()) return 0;
    std::cout << "Next: send each lead officer their return; put the filled-in files back in "
                 "the same folder under the same names (saved as \"CSV UTF-8\"), then run "
                 "`portal returns "
              << quarter << "`.\n";
    return 0;
}

// `portal returns QUARTER`.
int returns_command(const std::string& site, const std::string& quarter) {
    portal::Diagnostics diags;
    const portal::ReturnsFilled filled = portal::fill_report_from_returns(site, quarter, diags);
    portal::quiet_marked_quotes_of_site(site, diags);
    diags.print(std::cerr);
    if (!filled.ok) {
        std::cerr << "portal: " << portal::plural(diags.error_count(), "error", "errors")
                  << "; nothing was written"
                  << (filled.report.empty() ? "" : ", " + filled.report + " is as it was") << "\n";
        return 1;
    }
    std::string still;
    for (const auto& id : filled.not_reported)
        still += (still.empty() ? "" : ", ") + portal::printable(id);
    std::cout << "portal: filled " << filled.filled << " of "
              << portal::plural(filled.open, "milestone", "milestones") << " from "
              << portal::plural(filled.returns, "return", "returns") << "; "
              << (filled.not_reported.empty() ? std::string("every one reported")
                                              : std::to_string(filled.not_reported.size()) +
                                                    " still not reported: " + still)
              << "\n";
    if (filled.written)
        std::cout << "portal: wrote " << filled.report << "\n";
    else
        std::cout << "portal: " << filled.report
                  << " already says what the returns say; it was left as it is\n";
    if (filled.withheld)
        std::cout << "portal: " << portal::plural(filled.withheld, "milestone is", "milestones are")
                  << " withheld and had no row in the returns: give "
                  << (filled.withheld == 1 ? "its" : "their") << " status in the report itself\n";
    std::cout << "Next: run `portal serve` to review the report, then `portal build`.\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (auto message = unknown_command(argc, argv)) return usage_error(*message);

    CLI::App app{
        "portal — builds a Community Safety Partnership's transparency portal from "
        "Markdown, JSON and CSV, withholding protectively marked content."};
    app.set_version_flag("--version", std::string("portal ") + PORTAL_VERSION);
    app.require_subcommand(1);

    const std::string out_help =
        "the output folder (default: " + portal::default_output_folder("SITE") +
        "); replaced whole on every build, so it must be new, empty, or made by portal, and not "
        "a symbolic link";
    portal::BuildOptions build_opts;
    auto* build = app.add_subcommand("build", "build the site into the output folder");
    build->add_option("--site", build_opts.site_dir, "the site folder (holds site.json)")
        ->capture_default_str();
    auto* build_out = build->add_option("--out", build_opts.out_dir, out_help);
    bool timings = false;
    build->add_flag("--timings", timings,
                    "print how long each stage took, and the peak memory after it");
    bool full = false;
    build->add_flag("--full", full,
                    "build everything, even when nothing changed since the last build");
    build->add_option("--log", build_opts.log_path,
                      "where to write the redaction log, outside the output folder (default: " +
                          portal::default_log_path("SITE") + ")");

    portal::BuildOptions check_opts;
    check_opts.write = false;
    auto* check = app.add_subcommand("check", "load, validate and redact; write nothing");
    check->add_option("--site", check_opts.site_dir, "the site folder (holds site.json)")
        ->capture_default_str();
    // The log names withheld files and places; a terminal's output often ends
    // up in a CI log that more people read than the board's files.
    bool list_withheld = false;
    check->add_flag("--list-withheld", list_withheld,
                    "print where each withheld item stands (file names included: keep it out of "
                    "shared logs)");

    portal::ServeOptions serve_opts;
    auto* serve = app.add_subcommand(
        "serve", "build, serve on 127.0.0.1, rebuild when files change and reload the browser");
    serve->add_option("--site", serve_opts.build.site_dir, "the site folder (holds site.json)")
        ->capture_default_str();
    auto* serve_out = serve->add_option("--out", serve_opts.build.out_dir, out_help);
    serve->add_option("--port", serve_opts.port, "the port to listen on")
        ->capture_default_str()
        ->check(CLI::Range(1, 65535));

    std::string schema_kind;
    bool schema_for_editor = false;
    auto* schema = app.add_subcommand(
        "schema", "print the data reference: every key of every kind of file, from the schemas");
    schema->add_option("KIND", schema_kind,
                       "one kind only: " + join_words(portal::reference_kinds()));
    schema->add_flag("--editor", schema_for_editor,
                     "print KIND's JSON Schema for an editor instead (markings allowed), for a "
                     "file's \"$schema\"");

    std::string new_site_dir;
    auto* make_new =
        app.add_subcommand("new", "start something new: a site, or a quarter's report");
    make_new->require_subcommand(1);
    auto* new_site = make_new->add_subcommand(
        "site",
        "write a small working site (settings, marking policy, home page, a plan, the "
        "theme) into a new folder");
    new_site->add_option("DIR", new_site_dir, "the folder to create (it must not exist yet)")
        ->required();
    portal::NewSiteNames new_site_names;
    new_site->add_option("--title", new_site_names.title,
                         "the partnership's name, as every page's header shows it");
    new_site
        ->add_option("--base-url", new_site_names.base_url,
                     "the web address the site will be published at, like "
                     "https://www.example.gov.uk/community-safety/")
        ->check([](const std::string& url) {
            return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0
                       ? std::string()
                       : std::string("a web address starts with https:// or http://");
        });

    std::string report_plan, report_quarter, report_site = ".";
    auto* new_report = make_new->add_subcommand(
        "report",
        "write the next quarter's report file from its plan (data/reports/YEAR-qN.json): "
        "every priority and milestone in order, each not reported yet, to fill in; with "
        "--returns, also a CSV return for each priority's lead officer");
    new_report->add_option("PLAN", report_plan, "the plan's id (its file in data/plans/)")
        ->required();
    new_report->add_option("QUARTER", report_quarter, "the quarter, like 2011-12-q1")->required();
    new_report->add_option("--site", report_site, "the site folder (default: this folder)");
    bool report_returns = false;
    new_report->add_flag(
        "--returns", report_returns,
        "also write a CSV return for each priority's lead officer to fill in "
        "(returns/YEAR-qN/priority-N.csv: a row for each milestone, status and progress empty; "
        "withheld milestones left out). With a report there already, writes only the returns");

    std::string returns_quarter, returns_site = ".";
    auto* returns = app.add_subcommand(
        "returns",
        "read the lead officers' CSV returns (returns/YEAR-qN/*.csv) into the quarter's report "
        "(data/reports/YEAR-qN.json): each row's status and progress onto its milestone; on any "
        "error, nothing is written");
    returns->add_option("QUARTER", returns_quarter, "the quarter, like 2011-12-q1")->required();
    returns->add_option("--site", returns_site, "the site folder (default: this folder)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        // --help and --version are successes; everything else is bad usage.
        return code == 0 ? 0 : 2;
    }

    if (*schema) return print_schema(schema_kind, schema_for_editor);
    if (*new_report)
        return new_report_command(report_site, report_plan, report_quarter, report_returns);
    if (*returns) return returns_command(returns_site, returns_quarter);
    if (*new_site) {
        portal::Diagnostics diags;
        const int files = portal::write_new_site(new_site_dir, diags, new_site_names);
        if (!files) {
            diags.print(std::cerr);
            // A folder that is there already, or inside a site, is a slip in the
            // command (2); a folder that cannot be written is not (1).
            const fs::path dir(new_site_dir);
            std::error_code ec;
            const bool usage = fs::exists(fs::symlink_status(dir, ec)) ||
                               diags.all().front().message.find("is inside the site") == 0;
            return usage ? 2 : 1;
        }
        std::cout << "portal: wrote a new site to " << new_site_dir << " ("
                  << portal::plural(files, "file", "files") << ").\nNext: run `portal serve --site "
                  << new_site_dir
                  << "` to see it as you edit; `portal schema` lists every key of every kind of "
                     "file; "
                  << new_site_dir << "/README.md says what goes where.\n"
                  << "Before you publish, give the accessibility statement's facts in "
                     "site.json (see its README.md).\n"
                  << (new_site_names.base_url.empty()
                          ? "Before you publish, put the site's web address in site.json's "
                            "base_url (it is a placeholder; --base-url sets it).\n"
                          : "");
        return 0;
    }

    if (*serve) {
        if (int code = check_site_folder(serve_opts.build.site_dir)) return code;
        if (int code = settle_output(serve_opts.build, serve_out->count() > 0)) return code;
        return portal::serve_site(serve_opts);
    }

    const bool is_build = static_cast<bool>(*build);
    portal::BuildOptions& opts = is_build ? build_opts : check_opts;
    if (!is_build) opts.name_withheld_files = list_withheld;
    if (int code = check_site_folder(opts.site_dir)) return code;
    if (is_build) {
        if (int code = settle_output(opts, build_out->count() > 0)) return code;
    }

    if (full) opts.reuse_unchanged = false;
    portal::Diagnostics diags;
    portal::BuildReport r = portal::run_build(opts, diags);
    if (timings) {
        for (const auto& t : r.stage_timings)
            std::fprintf(stderr, "  %-12s %7.3f s   peak memory so far %5ld MiB\n", t.stage.c_str(),
                         t.seconds, t.peak_kib / 1024);
        if (r.search_index_seconds > 0)
            std::fprintf(stderr,
                         "  (of render: search index %.3f s of the cores' time, added up)\n",
                         r.search_index_seconds);
    }
    if (!r.ok) return report_failure(diags, r.out_dir, is_build, r.other_checks_waiting);
    diags.print(std::cerr);  // warnings

    if (is_build) {
        std::cout << portal::summary_line(r) << "\n";
    } else {
        char secs[32];
        std::snprintf(secs, sizeof secs, "%.2f s", r.seconds);
        if (list_withheld) std::cout << r.redaction_log;
        std::cout << "portal: check passed: " << portal::plural(r.pages, "page", "pages")
                  << " would be published; " << portal::plural(r.withheld, "item", "items")
                  << " would be withheld"
                  << (list_withheld || !r.withheld ? "" : " (--list-withheld says where)") << "; "
                  << secs << "\n";
    }
    return 0;
}
