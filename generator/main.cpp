// main.cpp — the command line: build, check, serve. Parses arguments, runs the
// pipeline, prints diagnostics and one summary line. Exit codes: 0 built, 1 the
// site has errors (nothing published), 2 bad usage.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "pipeline.hpp"
#include "serve/serve.hpp"
#include "version.hpp"

namespace {

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

int report_failure(const portal::Diagnostics& diags, const std::string& out_dir, bool wrote) {
    diags.print(std::cerr);
    std::cerr << "portal: " << plural(diags.error_count(), "error", "errors");
    if (diags.warning_count())
        std::cerr << ", " << plural(diags.warning_count(), "warning", "warnings");
    if (wrote) std::cerr << "; nothing was published, " << out_dir << " is unchanged";
    std::cerr << "\n";
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "portal — builds a Community Safety Partnership's transparency portal from "
        "Markdown, JSON and CSV, withholding protectively marked content."};
    app.set_version_flag("--version", std::string("portal ") + PORTAL_VERSION);
    app.require_subcommand(1);

    portal::BuildOptions build_opts;
    auto* build = app.add_subcommand("build", "build the site into the output folder");
    build->add_option("--site", build_opts.site_dir, "the site folder (holds site.json)")
        ->capture_default_str();
    build->add_option("--out", build_opts.out_dir, "the output folder (default: SITE/public)");
    bool timings = false;
    build->add_flag("--timings", timings, "print how long each stage took");
    build->add_option("--log", build_opts.log_path,
                      "where to write the redaction log (default: SITE/build/redactions.txt)");

    portal::BuildOptions check_opts;
    check_opts.write = false;
    auto* check = app.add_subcommand("check", "load, validate and redact; write nothing");
    check->add_option("--site", check_opts.site_dir, "the site folder (holds site.json)")
        ->capture_default_str();

    portal::ServeOptions serve_opts;
    auto* serve = app.add_subcommand(
        "serve", "build, serve on 127.0.0.1, rebuild when files change and reload the browser");
    serve->add_option("--site", serve_opts.build.site_dir, "the site folder (holds site.json)")
        ->capture_default_str();
    serve->add_option("--out", serve_opts.build.out_dir,
                      "the output folder (default: SITE/public)");
    serve->add_option("--port", serve_opts.port, "the port to listen on")
        ->capture_default_str()
        ->check(CLI::Range(1, 65535));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        // --help and --version are successes; everything else is bad usage.
        return code == 0 ? 0 : 2;
    }

    if (*serve) return portal::serve_site(serve_opts);

    const bool is_build = static_cast<bool>(*build);
    portal::Diagnostics diags;
    portal::BuildReport r = portal::run_build(is_build ? build_opts : check_opts, diags);
    if (timings)
        for (const auto& [stage, s] : r.stage_seconds)
            std::fprintf(stderr, "  %-12s %7.3f s\n", stage.c_str(), s);
    if (!r.ok) return report_failure(diags, r.out_dir, is_build);
    diags.print(std::cerr);  // warnings

    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f s", r.seconds);
    if (is_build) {
        std::cout << "portal: built " << plural(r.pages, "page", "pages") << "; wrote "
                  << plural(r.files, "file", "files") << " to " << r.out_dir << " (search index "
                  << (r.search_index_bytes + 512) / 1024 << " KB); withheld "
                  << plural(r.withheld, "item", "items") << " (log: " << r.log_path << "); " << secs
                  << "\n";
    } else {
        std::cout << r.redaction_log;
        std::cout << "portal: check passed: " << plural(r.pages, "page", "pages")
                  << " would be published; " << plural(r.withheld, "item", "items")
                  << " would be withheld; " << secs << "\n";
    }
    return 0;
}
