#include "write/write_site.hpp"

#include <stdio.h>  // renameat2
#include <fcntl.h>
#include <unistd.h>

#include <system_error>

#include "core/files.hpp"
#include "write/leak_audit.hpp"

namespace portal {

namespace {

// Removes a folder tree, ignoring errors (used on our own staging folders only).
void remove_tree(const fs::path& p) {
    std::error_code ec;
    fs::remove_all(p, ec);
}

// Swaps `staging` into `out`. With RENAME_EXCHANGE the old and new folders trade
// places in one step, so a reader (or a web server) never sees a missing or
// half-written site; the old one is then removed.
bool swap_into_place(const fs::path& staging, const fs::path& out, Diagnostics& diags) {
    std::error_code ec;
    if (!fs::exists(out, ec)) {
        fs::rename(staging, out, ec);
        if (ec) diags.error(SourcePos{display_path(out)}, "cannot publish: " + ec.message());
        return !ec;
    }
    if (!fs::is_directory(out, ec)) {
        diags.error(SourcePos{display_path(out)},
                    "exists and is not a folder; portal will not replace it");
        return false;
    }
    if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) {
        remove_tree(staging);  // now holds the previous site
        return true;
    }
    // Filesystems without RENAME_EXCHANGE: two renames, the old site kept until the
    // new one is in place.
    fs::path old = out;
    old += ".old-" + std::to_string(getpid());
    fs::rename(out, old, ec);
    if (ec) {
        diags.error(SourcePos{display_path(out)}, "cannot replace: " + ec.message());
        return false;
    }
    fs::rename(staging, out, ec);
    if (ec) {
        std::error_code back;
        fs::rename(old, out, back);
        diags.error(SourcePos{display_path(out)}, "cannot publish: " + ec.message());
        return false;
    }
    remove_tree(old);
    return true;
}

}  // namespace

std::string format_redaction_log(const std::vector<RedactionEntry>& log) {
    std::string out =
        "# portal redaction log: what was withheld, by location only (never the text).\n";
    for (const auto& e : log) out += e.pos.str() + ": withheld " + e.what + " [" + e.label + "]\n";
    out += "# " + std::to_string(log.size()) + " item(s) withheld\n";
    return out;
}

WriteResult write_site(RenderedSite&& site, const WriteOptions& options, Diagnostics& diags) {
    WriteResult result;
    const fs::path out = fs::path(options.out_dir).lexically_normal();
    fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
    std::error_code ec;
    fs::create_directories(parent, ec);
    fs::path staging = parent / ("." + out.filename().string() + ".staging-" + std::to_string(getpid()));
    remove_tree(staging);
    if (!fs::create_directory(staging, ec)) {
        diags.error(SourcePos{display_path(staging)},
                    "cannot create the staging folder: " + ec.message());
        return result;
    }

    bool ok = true;
    for (const auto& f : site.files) {
        if (!write_file(staging / f.path, f.bytes)) {
            diags.error(SourcePos{display_path(out / f.path)}, "cannot write file");
            ok = false;
            break;
        }
        result.bytes += f.bytes.size();
        ++result.files;
    }

    // The audit reads back what is on disk, not what render meant to write.
    if (ok) {
        for (auto it = fs::recursive_directory_iterator(staging, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec || !it->is_regular_file()) continue;
            std::string rel = it->path().lexically_relative(staging).generic_string();
            auto bytes = read_file(it->path());
            if (!bytes) {
                diags.error(SourcePos{display_path(out / rel)}, "cannot read back for the audit");
                ok = false;
                continue;
            }
            for (const auto& hit : audit_file(rel, *bytes, site.canaries)) {
                diags.error(SourcePos{display_path(out / rel)},
                            "leak audit: this file contains withheld content from " +
                                hit.location + "; nothing was published");
                ok = false;
            }
        }
    }

    if (ok && !options.log_path.empty()) {
        if (!write_file(options.log_path, format_redaction_log(site.log))) {
            diags.error(SourcePos{options.log_path}, "cannot write the redaction log");
            ok = false;
        }
    }

    if (!ok || !swap_into_place(staging, out, diags)) {
        remove_tree(staging);
        return result;
    }
    result.published = true;
    return result;
}

}  // namespace portal
