#include "write/write_site.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <set>
#include <system_error>

#include "core/hash.hpp"
#include "core/parallel.hpp"
#include "write/leak_audit.hpp"
#include "write/manifest.hpp"
#include "write/output_folder.hpp"
#include "write/output_lock.hpp"
#include "write/staging_tree.hpp"

namespace portal {

namespace {

std::string error_text(int err) {
    return std::system_category().message(err);
}

// Makes `staging` a real folder only this user can open. It sits beside the
// output, often inside a web server's document root, and holds the new site
// before the audit has passed and the previous one after the swap: a server
// running as another user must not list or read it. A link in its place is
// removed, never followed: what it points to is not portal's.
bool ready_staging(const fs::path& staging, Diagnostics& diags) {
    std::error_code ec;
    const SourcePos at{display_path(staging)};
    const fs::file_status st = fs::symlink_status(staging, ec);
    if (fs::is_symlink(st)) {
        fs::remove(staging, ec);
    } else if (fs::exists(st) && !fs::is_directory(st)) {
        diags.error(at,
                    "portal keeps its staging folder here, but this is not a folder; "
                    "remove it and build again");
        return false;
    }
    if (::mkdir(staging.c_str(), 0700) != 0 && errno != EEXIST) {
        diags.error(at, "cannot create the staging folder: " + error_text(errno));
        return false;
    }
    if (!is_real_folder(staging)) {
        diags.error(at, "cannot create the staging folder: something else took its place");
        return false;
    }
    // A staging folder from an earlier version of portal may be open to all.
    fs::permissions(staging, fs::perms::owner_all, fs::perm_options::replace, ec);
    if (ec) diags.error(at, "cannot make the staging folder private: " + ec.message());
    return !ec;
}

// Every folder the site's files need, relative to the output folder.
std::set<fs::path> folders_of(const std::vector<OutputFile>& files) {
    std::set<fs::path> folders;
    for (const auto& f : files)
        for (fs::path p = fs::path(f.path).parent_path(); !p.empty(); p = p.parent_path())
            folders.insert(p);
    return folders;
}

// Removes every file from `staging`, and every folder not in `keep` with all it
// holds. The kept folders are why staging is reused: a site of 10,000 pages has
// 10,000 folders, and making them on every build is what costs most on ext4.
// Everything else goes: a folder's name alone can say what was withheld (a
// withheld page's slug), and staging may sit where a web server can reach it.
void empty_staging(const fs::path& staging, const std::set<fs::path>& keep) {
    if (!is_real_folder(staging)) return;
    TreeContents held = read_tree(staging, keep);
    parallel_for(held.files.size(), [&](std::size_t i) {
        std::error_code e;
        fs::remove(held.files[i], e);
    });
    std::error_code ec;
    for (const auto& folder : held.other_folders) fs::remove_all(folder, ec);
}

// Makes `staging` hold exactly the folders the new site needs, and no file.
bool prepare_staging(const fs::path& staging, const std::set<fs::path>& folders,
                     Diagnostics& diags) {
    empty_staging(staging, folders);
    if (auto failed = make_folders(staging, folders)) {
        diags.error(SourcePos{display_path(failed->first)},
                    "cannot create folder: " + error_text(failed->second));
        return false;
    }
    return true;
}

// Puts one file's bytes at `path` in staging: hard-linked from the published
// folder when the manifest says that holds the same bytes and the file is still
// as the last build left it (it keeps its date, so servers and sync tools see no
// change, and the file system makes no new file), written otherwise. Only a
// regular file is linked, never a link. Returns the file's manifest entry.
std::optional<ManifestEntry> place_file(const fs::path& path, const fs::path& published,
                                        const OutputFile& file, const ManifestEntry* before) {
    const std::uint64_t hash = hash_bytes(file.bytes);
    if (before && before->hash == hash && before->size == file.bytes.size() &&
        unchanged_on_disk(published, *before)) {
        std::error_code ec;
        fs::create_hard_link(published, path, ec);
        if (!ec) return entry_on_disk(path, hash);
    }
    if (!write_file(path, file.bytes)) return std::nullopt;
    return entry_on_disk(path, hash);
}

// Audits every file, then places it: the audit reads exactly the bytes that are
// written (a file linked from the published folder has them too: the manifest
// proved it unchanged). Reports every failing file, not only the first.
bool place_and_audit(const RenderedSite& site, const fs::path& staging, const fs::path& out,
                     const Manifest& before, Manifest& after, Diagnostics& diags) {
    struct Outcome {
        std::optional<ManifestEntry> placed;
        std::vector<LeakHit> hits;
    };
    std::vector<Outcome> outcomes(site.files.size());
    // Largest first: the search index alone is a fifth of the bytes, and taken
    // last it would keep one core auditing while the others wait.
    // (Sizes taken once: a file held as parts adds up its thousands of parts.)
    std::vector<std::size_t> order(site.files.size()), sizes(site.files.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
        sizes[i] = site.files[i].bytes.size();
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    parallel_for(order.size(), [&](std::size_t k) {
        const std::size_t i = order[k];
        const OutputFile& f = site.files[i];
        outcomes[i].hits = audit_file(f.path, f.bytes, site.canaries);
        if (!outcomes[i].hits.empty()) return;  // never on disk, not even in staging
        auto was = before.find(f.path);
        outcomes[i].placed = place_file(staging / f.path, out / f.path, f,
                                        was == before.end() ? nullptr : &was->second);
    });
    bool ok = true;
    for (std::size_t i = 0; i < site.files.size(); ++i) {
        const SourcePos at{display_path(out / site.files[i].path)};
        for (const auto& hit : outcomes[i].hits)
            diags.error(SourcePos{hit.place(display_path(out), at.file)}, hit.message());
        if (outcomes[i].hits.empty() && !outcomes[i].placed) diags.error(at, "cannot write file");
        if (outcomes[i].placed) after.emplace(site.files[i].path, *outcomes[i].placed);
        ok = ok && outcomes[i].placed && outcomes[i].hits.empty();
    }
    return ok;
}

// Nothing but what was placed and audited may be in the staging folder.
bool only_audited_files(const fs::path& staging, const std::set<fs::path>& folders,
                        std::size_t audited, const fs::path& out, Diagnostics& diags) {
    const TreeContents held = read_tree(staging, folders);
    if (held.files.size() == audited && held.other_folders.empty()) return true;
    diags.error(SourcePos{display_path(out)},
                "the new site holds " + std::to_string(held.files.size()) + " files" +
                    (held.other_folders.empty() ? "" : " and folders it should not") + " but " +
                    std::to_string(audited) + " were written and audited; nothing was published");
    return false;
}

// The log replaces the file at its path (the one a link there names) whole, by
// a rename, and is never written into it: a hard link made to it after the
// checks (log_file_problem), a published page's other name perhaps, keeps its
// own bytes, and a named pipe put there is never opened.
bool write_log(const std::string& log_path, const std::vector<RedactionEntry>& log,
               Diagnostics& diags) {
    if (log_path.empty()) return true;
    const std::string why =
        write_file_replacing(log_file_target(log_path), format_redaction_log(log));
    if (why.empty()) return true;
    diags.error(SourcePos{display_path(log_path)}, "cannot write the redaction log: " + why);
    return false;
}

// Two renames, for file systems without RENAME_EXCHANGE: the old site is kept
// until the new one is in place, and ends up at `staging`.
bool swap_by_renaming(const fs::path& staging, const fs::path& out, Diagnostics& diags) {
    std::error_code ec;
    const fs::path old = BesideOutput(out).old_site(getpid());
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
    fs::rename(old, staging, ec);
    if (ec) fs::remove_all(old, ec);
    return true;
}

// Gives `staging` the group and mode of `out`, so that the new site opens to the
// same readers as the site it replaces: a web host may have given the output
// folder the web server's group and a mode such as 0750.
bool take_access_of(const fs::path& out, const fs::path& staging, Diagnostics& diags) {
    struct stat st {};
    if (::stat(out.c_str(), &st) == 0) {
        // A group change is allowed only to a group this user belongs to;
        // otherwise the user's own group stays, as it always did.
        if (st.st_gid != ::getegid()) {
            [[maybe_unused]] const int changed =
                ::chown(staging.c_str(), static_cast<uid_t>(-1), st.st_gid);
        }
        if (::chmod(staging.c_str(), st.st_mode & 07777) == 0) return true;
    }
    diags.error(SourcePos{display_path(out)},
                "cannot give the new site the permissions of this folder: " + error_text(errno));
    return false;
}

// Swaps `staging` into `out`. With RENAME_EXCHANGE the old and new folders trade
// places in one step, so a reader (or a web server) never sees a missing or
// half-written site. The previous site ends up at `staging`.
bool swap_into_place(const fs::path& staging, const fs::path& out, Diagnostics& diags) {
    std::error_code ec;
    // On a first build an empty folder, made now with this user's usual mode,
    // stands in for the previous site, so that the new site takes that mode below
    // and not the staging folder's 0700.
    const bool first = !fs::exists(fs::symlink_status(out, ec));
    if (first) fs::create_directory(out, ec);
    if (ec || !is_real_folder(out)) {
        diags.error(SourcePos{display_path(out)},
                    ec ? "cannot publish: " + ec.message()
                       : std::string("exists and is not a folder; portal will not replace it"));
        return false;
    }
    if (!take_access_of(out, staging, diags)) {
        if (first) fs::remove(out, ec);
        return false;
    }
    if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0 ||
        swap_by_renaming(staging, out, diags))
        return true;
    if (first) fs::remove(out, ec);
    return false;
}

// After the swap staging holds the previous site; after a failure, a site that
// did not pass. Its files go either way. After a failure its folders go too:
// they may be named after what the audit caught, and a failure this late is
// rare enough that making the folders again next time costs little.
void finish_staging(const fs::path& staging, bool published, const std::set<fs::path>& folders) {
    std::error_code ec;
    if (!published || !is_real_folder(staging)) {
        fs::remove_all(staging, ec);  // a link is removed, not followed
        return;
    }
    fs::permissions(staging, fs::perms::owner_all, fs::perm_options::replace, ec);
    empty_staging(staging, folders);
}

}  // namespace

std::string format_redaction_log(const std::vector<RedactionEntry>& log) {
    std::string out = std::string(kRedactionLogHeading) +
                      ": what was withheld, by location only (never the text).\n";
    for (const auto& e : log) out += e.pos.str() + ": withheld " + e.what + " [" + e.label + "]\n";
    out += "# " + std::to_string(log.size()) + " item(s) withheld\n";
    return out;
}

WriteResult write_site(RenderedSite&& site, const WriteOptions& options, Diagnostics& diags) {
    WriteResult result;
    const std::optional<fs::path> out = output_folder(options.out_dir);
    if (!out) {
        diags.error(SourcePos{options.out_dir.empty() ? "''" : options.out_dir},
                    kNoOutputFolderName);
        return result;
    }
    const bool site_known = !options.site_dir.empty();
    if ((site_known && !check_clear_of_site(options.site_dir, *out, diags)) ||
        !check_log_outside(options.log_path, *out, options.site_dir, diags))
        return result;

    // The lock and the staging folder go beside the output, never inside it:
    // the output is what the swap replaces.
    const BesideOutput beside(*out);
    std::error_code ec;
    fs::create_directories(beside.parent, ec);
    OutputLock lock(beside.lock);
    if (!lock_held(lock, beside.lock, *out, diags) || !check_replaceable(*out, site_known, diags))
        return result;
    const fs::path& staging = beside.staging;
    if (!ready_staging(staging, diags)) return result;

    // The marker goes through staging, the audit and the count like every file.
    const std::size_t site_files = site.files.size();
    site.files.push_back({kOutputMarker, std::string(kOutputMarkerText)});
    const std::set<fs::path> folders = folders_of(site.files);
    // What the last build published; trusted only for a folder portal made.
    const fs::path& manifest_path = beside.manifest;
    const Manifest before =
        fs::exists(*out / kOutputMarker, ec) ? read_manifest(manifest_path) : Manifest{};
    Manifest after;
    const bool audited_in_staging = prepare_staging(staging, folders, diags) &&
                                    place_and_audit(site, staging, *out, before, after, diags);
    const bool ok = audited_in_staging &&
                    only_audited_files(staging, folders, site.files.size(), *out, diags) &&
                    write_log(options.log_path, site.log, diags);
    result.files = static_cast<int>(site_files);
    for (std::size_t i = 0; i < site_files; ++i) result.bytes += site.files[i].bytes.size();
    // The manifest goes before the swap, so it can never describe a folder that
    // was not published: a failed swap removes it (the next build writes every
    // file afresh, which is always safe).
    const bool manifest_written = ok && write_manifest(manifest_path, after);
    result.published = ok && swap_into_place(staging, *out, diags);
    if (!result.published || !manifest_written) fs::remove(manifest_path, ec);
    finish_staging(staging, result.published, folders);
    return result;
}

}  // namespace portal
