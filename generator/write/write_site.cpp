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
#include "write/output_lock.hpp"
#include "write/staging_tree.hpp"

namespace portal {

namespace {

// What the marker says to whoever opens it. A web server may serve it (a dot
// file, like .nojekyll), so it names no path, machine or date: the same bytes on
// every build, which also keeps its date unchanged across rebuilds.
constexpr std::string_view kMarkerText =
    "This folder is a website built by portal. Each build replaces everything in\n"
    "it, so keep nothing else here. portal replaces only folders holding this file.\n";

// The site's sources: an output inside one of them would be read back as sources.
constexpr const char* kSourceFolders[] = {"content", "data", "layouts", "assets"};

std::string error_text(int err) {
    return std::system_category().message(err);
}

bool is_real_folder(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(fs::symlink_status(p, ec));
}

// "x/" → "x". A path ending in a separator has an empty last element, which
// would make two equal folders compare different.
fs::path without_trailing_separator(fs::path p) {
    if (p.has_relative_path() && p.filename().empty()) p = p.parent_path();
    return p;
}

// `p` made absolute, with symbolic links resolved as far as it exists.
fs::path resolved(const fs::path& p) {
    std::error_code ec;
    const fs::path abs = fs::absolute(p, ec).lexically_normal();
    const fs::path canon = fs::weakly_canonical(abs, ec);
    return without_trailing_separator(ec ? abs : canon);
}

// As resolved(), but a link that is the folder's own last element is not
// followed: as an output folder, that link is what portal would replace.
fs::path resolved_name(const fs::path& folder) {
    return resolved(folder.has_parent_path() ? folder.parent_path() : fs::path(".")) /
           folder.filename();
}

bool within(const fs::path& path, const fs::path& folder) {
    return std::mismatch(folder.begin(), folder.end(), path.begin(), path.end()).first ==
           folder.end();
}

// An output folder must not be the site, hold it, or sit in its sources:
// replacing it would delete the site, or the next build would read its own
// output back (assets/ would grow by a copy of the site on every build).
bool check_clear_of_site(const fs::path& site_dir, const fs::path& out, Diagnostics& diags) {
    const fs::path site = resolved(site_dir);
    const fs::path target = resolved_name(out);
    const SourcePos at{display_path(out)};
    const std::string safe =
        " (the default, " + display_path(site_dir / "public") + ", is always safe)";
    if (target == site || within(site, target)) {
        diags.error(
            at, (target == site ? std::string("this is the site folder")
                                : "this folder holds the site folder " + display_path(site_dir)) +
                    ": building into it would delete the site's own files; choose another "
                    "--out" +
                    safe);
        return false;
    }
    for (const char* sources : kSourceFolders) {
        if (!within(target, resolved(site_dir / sources))) continue;
        diags.error(at, std::string("this folder is inside the site's ") + sources +
                            "/ folder, which portal reads the site from; choose an --out "
                            "outside content/, data/, layouts/ and assets/" +
                            safe);
        return false;
    }
    return true;
}

// Why a link is refused rather than followed. Web hosts often make the web root
// a link to a release folder and publish by moving the link. Replacing the link
// with a folder would break that; writing through it would rewrite a release
// that may be live or kept for rolling back; and the swap would leave the link
// where portal empties its staging folder, deleting the files it points to. So
// portal builds into a real folder and the host moves the link.
std::string link_refusal(const fs::path& out) {
    std::error_code ec;
    const fs::path target = fs::read_symlink(out, ec);
    if (ec) return "this is a symbolic link; portal never publishes through a link";
    const fs::path real = target.is_absolute() ? target : out.parent_path() / target;
    return "this is a symbolic link (to " + target.string() +
           "); portal never publishes through a link, so that it can neither replace the link "
           "nor delete what it points to. Build into a real folder and point the link at it "
           "(for a web root that links to release folders: a new release folder), or give --out " +
           display_path(real) + " to rebuild the folder the link points to";
}

// Checked under the lock, just before the folder is replaced: whether `out` is
// portal's to replace. With `require_marker`, an existing folder must be empty
// or carry the marker; anything else in it is someone's data.
bool check_replaceable(const fs::path& out, bool require_marker, Diagnostics& diags) {
    std::error_code ec;
    const fs::file_status st = fs::symlink_status(out, ec);
    const SourcePos at{display_path(out)};
    if (st.type() == fs::file_type::not_found) return true;
    if (fs::is_symlink(st)) {
        diags.error(at, link_refusal(out));
        return false;
    }
    if (!fs::is_directory(st)) {
        diags.error(at, ec ? "cannot look at this folder: " + ec.message()
                           : std::string("exists and is not a folder; portal will not replace "
                                         "it: choose another --out, or remove it"));
        return false;
    }
    if (!require_marker || fs::is_regular_file(fs::symlink_status(out / kOutputMarker, ec)) ||
        fs::is_empty(out, ec))
        return true;
    diags.error(at, std::string("exists and was not made by portal; choose another --out or "
                                "empty it (each build replaces everything in its output "
                                "folder, and this one has no ") +
                        kOutputMarker + " file)");
    return false;
}

bool check_log_outside(const std::string& log_path, const fs::path& out,
                       const std::string& site_dir, Diagnostics& diags) {
    const auto problem = log_path_problem(log_path, out, site_dir);
    if (problem) diags.error(SourcePos{display_path(log_path)}, *problem);
    return !problem;
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

// The hash of a file's bytes, however they are held.
std::uint64_t content_hash(const OutputFile& file) {
    if (file.parts.empty()) return hash_bytes(file.bytes);
    BytesHasher hasher(file.size());
    for (const auto& part : file.parts) hasher.add(part);
    return hasher.finish();
}

// Puts one file's bytes at `path` in staging: hard-linked from the published
// folder when the manifest says that holds the same bytes and the file is still
// as the last build left it (it keeps its date, so servers and sync tools see no
// change, and the file system makes no new file), written otherwise. Only a
// regular file is linked, never a link. Returns the file's manifest entry.
std::optional<ManifestEntry> place_file(const fs::path& path, const fs::path& published,
                                        const OutputFile& file, const ManifestEntry* before) {
    const std::uint64_t hash = content_hash(file);
    if (before && before->hash == hash && before->size == file.size() &&
        unchanged_on_disk(published, *before)) {
        std::error_code ec;
        fs::create_hard_link(published, path, ec);
        if (!ec) return entry_on_disk(path, hash);
    }
    if (!write_output(path, file)) return std::nullopt;
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
        sizes[i] = site.files[i].size();
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    parallel_for(order.size(), [&](std::size_t k) {
        const std::size_t i = order[k];
        const OutputFile& f = site.files[i];
        outcomes[i].hits = audit_output(f, site.canaries);
        if (!outcomes[i].hits.empty()) return;  // never on disk, not even in staging
        auto was = before.find(f.path);
        outcomes[i].placed = place_file(staging / f.path, out / f.path, f,
                                        was == before.end() ? nullptr : &was->second);
    });
    bool ok = true;
    for (std::size_t i = 0; i < site.files.size(); ++i) {
        const SourcePos at{display_path(out / site.files[i].path)};
        for (const auto& hit : outcomes[i].hits)
            diags.error(at, "leak audit: this file contains withheld content from " + hit.location +
                                "; nothing was published");
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

bool write_log(const std::string& log_path, const std::vector<RedactionEntry>& log,
               Diagnostics& diags) {
    if (log_path.empty() || write_file(log_path, format_redaction_log(log))) return true;
    diags.error(SourcePos{display_path(log_path)}, "cannot write the redaction log");
    return false;
}

// Two renames, for file systems without RENAME_EXCHANGE: the old site is kept
// until the new one is in place, and ends up at `staging`.
bool swap_by_renaming(const fs::path& staging, const fs::path& out, Diagnostics& diags) {
    std::error_code ec;
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

constexpr const char* kNoFolderName =
    "this --out names no folder; give the output folder a name, such as public or "
    "../site (each build replaces that folder, and keeps its lock and staging folder "
    "beside it)";

}  // namespace

std::optional<fs::path> output_folder(const std::string& out_dir) {
    const fs::path p = without_trailing_separator(fs::path(out_dir).lexically_normal());
    const fs::path name = p.filename();
    if (name.empty() || name == "." || name == "..") return std::nullopt;
    return p;
}

bool lies_within(const fs::path& path, const fs::path& folder) {
    return within(resolved(path), resolved(folder));
}

std::optional<std::string> log_path_problem(const std::string& log_path, const fs::path& out,
                                            const std::string& site_dir) {
    if (log_path.empty()) return std::nullopt;
    // Each path read two ways: as written, made absolute and normal (so that
    // "public/../.public.staging/log" is seen for what it names), and with the
    // links of the part that exists resolved (so that a linked parent folder,
    // or a log that is itself a link, cannot lead back in). A link whose
    // target does not exist yet is followed too: writing the log would create
    // that target.
    auto forms = [](const fs::path& p) {
        std::error_code ec;
        fs::path abs = fs::absolute(p, ec).lexically_normal();
        if (ec) abs = p;
        fs::path real = abs;
        for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(real, ec)); ++hops) {
            const fs::path target = fs::read_symlink(real, ec);
            if (ec) break;
            real = (target.is_absolute() ? target : real.parent_path() / target).lexically_normal();
        }
        return std::array<fs::path, 2>{without_trailing_separator(abs), resolved(real)};
    };
    const auto log = forms(log_path);
    auto inside = [&](const fs::path& folder) {
        for (const auto& l : log)
            for (const auto& f : forms(folder))
                if (path_within(l, f)) return true;
        return false;
    };
    const std::string where =
        "; give --log a file elsewhere (the default, SITE/build/"
        "redactions.txt, is safe)";
    if (inside(out))
        return "this redaction log is inside the output folder " + display_path(out) +
               ", which each build replaces and a web server may serve" + where;
    // What portal keeps beside the output: the staging folder (the next
    // published site, and the previous one after a swap), the lock, the
    // manifest, the build record, and "NAME.old-PID" while a swap renames.
    const fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
    const std::string name = out.filename().string();
    for (const char* kept : {".staging", ".lock", ".manifest", ".build"}) {
        const fs::path beside = parent / ("." + name + kept);
        if (inside(beside))
            return "this redaction log is in " + display_path(beside) +
                   ", which portal keeps beside the output folder and replaces (its staging "
                   "folder becomes the published site)" +
                   where;
    }
    for (const auto& l : log)
        for (const auto& p : forms(parent)) {
            if (l == p || !path_within(l, p)) continue;
            const std::string first = l.lexically_relative(p).begin()->string();
            if (first.rfind(name + ".old-", 0) == 0)
                return "this redaction log is in " + display_path(parent / first) +
                       ", where portal keeps the previous site while it swaps in the new one" +
                       where;
        }
    if (site_dir.empty()) return std::nullopt;
    const fs::path site(site_dir);
    for (const char* sources : kSourceFolders)
        if (inside(site / sources))
            return std::string("this redaction log is inside the site's ") + sources +
                   "/ folder, which portal reads the site from (and publishes assets/ as it "
                   "is)" +
                   where;
    for (const auto& l : log)
        for (const auto& f : forms(site / "site.json"))
            if (l == f)
                return std::string(
                           "this is the site's site.json; writing the log would replace "
                           "it") +
                       where;
    return std::nullopt;
}

bool check_output_folder(const fs::path& site_dir, const fs::path& out, Diagnostics& diags) {
    return check_clear_of_site(site_dir, out, diags) && check_replaceable(out, true, diags);
}

std::string format_redaction_log(const std::vector<RedactionEntry>& log) {
    std::string out =
        "# portal redaction log: what was withheld, by location only (never the text).\n";
    for (const auto& e : log) out += e.pos.str() + ": withheld " + e.what + " [" + e.label + "]\n";
    out += "# " + std::to_string(log.size()) + " item(s) withheld\n";
    return out;
}

std::vector<LeakHit> audit_output(const OutputFile& file, const CanarySet& canaries) {
    return file.parts.empty() ? audit_file(file.path, file.bytes, canaries)
                              : audit_file(file.path, file.parts, canaries);
}

bool write_output(const fs::path& path, const OutputFile& file) {
    return file.parts.empty() ? write_file(path, file.bytes) : write_file(path, file.parts);
}

WriteResult write_site(RenderedSite&& site, const WriteOptions& options, Diagnostics& diags) {
    WriteResult result;
    const std::optional<fs::path> out = output_folder(options.out_dir);
    if (!out) {
        diags.error(SourcePos{options.out_dir.empty() ? "''" : options.out_dir}, kNoFolderName);
        return result;
    }
    const bool site_known = !options.site_dir.empty();
    if ((site_known && !check_clear_of_site(options.site_dir, *out, diags)) ||
        !check_log_outside(options.log_path, *out, options.site_dir, diags))
        return result;

    // The lock and the staging folder go beside the output, never inside it:
    // the output is what the swap replaces.
    const fs::path parent = out->has_parent_path() ? out->parent_path() : fs::path(".");
    const std::string name = out->filename().string();
    std::error_code ec;
    fs::create_directories(parent, ec);
    const fs::path lock_path = parent / ("." + name + ".lock");
    OutputLock lock(lock_path);
    if (!lock_held(lock, lock_path, *out, diags) || !check_replaceable(*out, site_known, diags))
        return result;
    const fs::path staging = parent / ("." + name + ".staging");
    if (!ready_staging(staging, diags)) return result;

    // The marker goes through staging, the audit and the count like every file.
    const std::size_t site_files = site.files.size();
    site.files.push_back({kOutputMarker, std::string(kMarkerText)});
    const std::set<fs::path> folders = folders_of(site.files);
    // What the last build published; trusted only for a folder portal made.
    const fs::path manifest_path = parent / ("." + name + ".manifest");
    const Manifest before =
        fs::exists(*out / kOutputMarker, ec) ? read_manifest(manifest_path) : Manifest{};
    Manifest after;
    const bool audited_in_staging = prepare_staging(staging, folders, diags) &&
                                    place_and_audit(site, staging, *out, before, after, diags);
    const bool ok = audited_in_staging &&
                    only_audited_files(staging, folders, site.files.size(), *out, diags) &&
                    write_log(options.log_path, site.log, diags);
    result.files = static_cast<int>(site_files);
    for (std::size_t i = 0; i < site_files; ++i) result.bytes += site.files[i].size();
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
