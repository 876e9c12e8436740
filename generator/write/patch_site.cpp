#include "write/patch_site.hpp"

#include <cstdio>
#include <system_error>

#include "write/build_record.hpp"
#include "write/leak_audit.hpp"
#include "write/output_folder.hpp"
#include "write/output_lock.hpp"
#include "write/write_site.hpp"

namespace portal {

namespace {

bool report_hits(const std::vector<LeakHit>& hits, const std::string& out_dir, Diagnostics& diags) {
    for (const auto& hit : hits)
        diags.error(SourcePos{hit.place(display_path(fs::path(out_dir)),
                                        display_path(fs::path(out_dir) / hit.file))},
                    hit.message());
    return hits.empty();
}

}  // namespace

bool audit_patches(const std::string& out_dir, const std::vector<OutputFile>& files,
                   const CanarySet& canaries, Diagnostics& diags) {
    for (const auto& f : files)
        if (!report_hits(audit_file(f.path, f.bytes, canaries), out_dir, diags)) return false;
    return true;
}

bool patch_published(const std::string& out_dir, const std::vector<OutputFile>& files,
                     const std::vector<std::string>& removed, const CanarySet& canaries,
                     Diagnostics& diags) {
    const std::optional<fs::path> out = output_folder(out_dir);
    std::error_code ec;
    if (!out || !fs::exists(*out / kOutputMarker, ec)) {
        diags.error(SourcePos{out_dir}, "not a folder portal built; build the site first");
        return false;
    }
    if (!audit_patches(out_dir, files, canaries, diags)) return false;

    const fs::path lock_path = BesideOutput(*out).lock;
    OutputLock lock(lock_path);
    if (!lock_held(lock, lock_path, *out, diags)) return false;
    // The record says the folder is what a build published; from the first
    // file replaced it no longer is.
    forget_build(out_dir);
    for (const auto& f : files) {
        const fs::path target = *out / f.path;
        fs::create_directories(target.parent_path(), ec);
        // Beside the file, as a dot file (never served), so the rename stays on
        // one file system.
        const fs::path temp = target.parent_path() / ("." + target.filename().string() + ".new");
        if (!write_file(temp, f.bytes) || std::rename(temp.c_str(), target.c_str()) != 0) {
            fs::remove(temp, ec);
            diags.error(SourcePos{display_path(target)}, "cannot write this file");
            return false;
        }
    }
    for (const auto& path : removed) fs::remove(*out / path, ec);
    return true;
}

}  // namespace portal
