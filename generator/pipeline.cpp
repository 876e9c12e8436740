#include "pipeline.hpp"

#include <chrono>

#include "core/files.hpp"
#include "load/site_sources.hpp"
#include "model/site_model.hpp"
#include "redact/public_site.hpp"
#include "render/rendered_site.hpp"
#include "validate/validated_site.hpp"
#include "write/write_site.hpp"

namespace portal {

namespace {
BuildReport run_stages(const BuildOptions& options, Diagnostics& diags);
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
    failed.out_dir = options.out_dir.empty()
                         ? (fs::path(options.site_dir) / "public").lexically_normal().string()
                         : options.out_dir;
    return failed;
}

namespace {

BuildReport run_stages(const BuildOptions& options, Diagnostics& diags) {
    const auto start = std::chrono::steady_clock::now();
    BuildReport report;
    const fs::path site(options.site_dir);
    report.out_dir =
        options.out_dir.empty() ? (site / "public").lexically_normal().string() : options.out_dir;
    report.log_path = options.log_path.empty()
                          ? (site / "build" / "redactions.txt").lexically_normal().string()
                          : options.log_path;
    auto finish = [&] {
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
        report.stage_seconds.emplace_back(name, std::chrono::duration<double>(now - lap).count());
        lap = now;
    };
    SiteSources sources = load_site(options.site_dir, diags);
    stage_done("load");
    if (!sources.site_json_ok) return finish();
    ValidatedSite validated = validate_site(std::move(sources), diags);
    stage_done("validate");
    PublicSite pub = redact_site(std::move(validated), diags);
    stage_done("redact");
    if (diags.has_errors()) return finish();
    report.withheld = static_cast<int>(pub.log.size());
    report.redaction_log = format_redaction_log(pub.log);
    SiteModel model = build_model(std::move(pub), diags);
    stage_done("model");
    if (diags.has_errors()) return finish();
    report.pages = static_cast<int>(model.pages.size());
    if (!options.write) {
        report.ok = true;
        return finish();
    }
    RenderedSite rendered = render_site(std::move(model), diags);
    stage_done("render");
    if (diags.has_errors()) return finish();
    report.search_index_bytes = rendered.search_index_bytes;
    WriteResult written = write_site(std::move(rendered), {report.out_dir, report.log_path}, diags);
    stage_done("write+audit");
    report.files = written.files;
    report.bytes = written.bytes;
    report.ok = written.published && !diags.has_errors();
    return finish();
}

}  // namespace

}  // namespace portal
