#include "write/write_site.hpp"

#include <fcntl.h>
#include <stdio.h>  // renameat2
#include <sys/file.h>
#include <unistd.h>

#include <set>
#include <system_error>
#include <unordered_set>

#include "core/files.hpp"
#include "core/parallel.hpp"
#include "write/leak_audit.hpp"

namespace portal {

namespace {

// Removes a folder tree, ignoring errors (used on portal's own folders only).
void remove_tree(const fs::path& p) {
    std::error_code ec;
    fs::remove_all(p, ec);
}

// Holds an exclusive lock on `<parent>/.<name>.lock` for the life of a build, so
// that two builds (say `portal serve` and a `portal build` in another terminal)
// never write the same staging folder at once.
class OutputLock {
  public:
    explicit OutputLock(const fs::path& path)
        : fd_(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
        locked_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
    }
    ~OutputLock() {
        if (fd_ >= 0) ::close(fd_);  // closing releases the lock
    }
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;
    bool locked() const { return locked_; }

  private:
    int fd_;
    bool locked_ = false;
};

// Swaps `staging` into `out`. With RENAME_EXCHANGE the old and new folders trade
// places in one step, so a reader (or a web server) never sees a missing or
// half-written site. The previous site ends up at `staging`, where the next
// build starts from it.
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
    if (renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0)
        return true;
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
    fs::rename(old, staging, ec);
    if (ec) remove_tree(old);
    return true;
}

// Makes the staging folder hold exactly the folders the new site needs and no
// file it will not write: files of the previous version that the new site has
// no more are removed, empty folders too. Existing folders are kept: making and
// deleting thousands of them on every build is what costs most on ext4.
bool prepare_staging(const fs::path& staging, const std::vector<OutputFile>& files,
                     Diagnostics& diags) {
    std::error_code ec;
    fs::create_directories(staging, ec);
    if (ec) {
        diags.error(SourcePos{display_path(staging)},
                    "cannot create the staging folder: " + ec.message());
        return false;
    }
    std::unordered_set<std::string> wanted;
    std::set<fs::path> folders;
    for (const auto& f : files) {
        wanted.insert(f.path);
        for (fs::path p = fs::path(f.path).parent_path(); !p.empty(); p = p.parent_path())
            folders.insert(p);
    }
    std::vector<fs::path> stale, stale_dirs;
    for (auto it = fs::recursive_directory_iterator(staging, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const fs::path rel = it->path().lexically_relative(staging);
        if (it->is_directory(ec) && !it->is_symlink(ec)) {
            if (!folders.count(rel)) stale_dirs.push_back(it->path());
        } else if (!wanted.count(rel.generic_string())) {
            stale.push_back(it->path());
        }
    }
    for (const auto& p : stale) fs::remove(p, ec);
    for (auto p = stale_dirs.rbegin(); p != stale_dirs.rend(); ++p) remove_tree(*p);
    for (const auto& folder : folders) {
        const fs::path full = staging / folder;
        if (fs::is_directory(full, ec)) continue;
        fs::remove(full, ec);  // a file where a folder must go
        fs::create_directories(full, ec);
        if (ec) {
            diags.error(SourcePos{display_path(full)}, "cannot create folder: " + ec.message());
            return false;
        }
    }
    return true;
}

// Removes every file under `root` and keeps its folders. The staging folder is
// emptied so after every build, published or not: it may sit beside a web root,
// and neither the previous version (which may hold what has since been
// withheld) nor a file that failed the audit may stay there to be served.
void clear_files(const fs::path& root) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (!it->is_directory(ec) || it->is_symlink(ec)) files.push_back(it->path());
    }
    parallel_for(files.size(), [&](std::size_t i) {
        std::error_code e;
        fs::remove(files[i], e);
    });
}

// Puts one file's bytes at `path` in staging: hard-linked from the published
// folder when that holds the same bytes (the file keeps its date, so servers
// and sync tools see no change, and the file system makes no new file),
// written otherwise.
bool place_file(const fs::path& path, const fs::path& published, const std::string& bytes) {
    std::error_code ec;
    auto same_bytes = [&](const fs::path& p) {
        if (!fs::is_regular_file(p, ec) || fs::file_size(p, ec) != bytes.size()) return false;
        auto old = read_file(p);
        return old && *old == bytes;
    };
    fs::remove(path, ec);
    if (same_bytes(published)) {
        fs::create_hard_link(published, path, ec);
        if (!ec) return true;
    }
    return write_file(path, bytes);
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
    const fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
    const std::string name = out.filename().string();
    std::error_code ec;
    fs::create_directories(parent, ec);

    OutputLock lock(parent / ("." + name + ".lock"));
    if (!lock.locked()) {
        diags.error(
            SourcePos{display_path(out)},
            "another portal build is writing this folder; wait for it to finish and try again");
        return result;
    }
    // The staging folder is kept beside the output between builds, empty of files
    // but with its folders: a site of 10,000 pages has 10,000 folders, and making
    // them all again on every build is what costs most. The new site is placed
    // there, audited, and swapped in; the previous site's files are then removed.
    const fs::path staging = parent / ("." + name + ".staging");
    bool ok = prepare_staging(staging, site.files, diags);

    // Each file is placed, then read back from disk and audited: the audit sees
    // what a web server would send, not what render meant to write.
    struct Outcome {
        bool placed = false;
        bool read_back = false;
        std::vector<LeakHit> hits;
    };
    std::vector<Outcome> outcomes(site.files.size());
    if (ok) {
        parallel_for(site.files.size(), [&](std::size_t i) {
            const OutputFile& f = site.files[i];
            const fs::path path = staging / f.path;
            outcomes[i].placed = place_file(path, out / f.path, f.bytes);
            if (!outcomes[i].placed) return;
            auto bytes = read_file(path);
            outcomes[i].read_back = bytes.has_value();
            if (bytes) outcomes[i].hits = audit_file(f.path, *bytes, site.canaries);
        });
        for (std::size_t i = 0; i < site.files.size(); ++i) {
            const OutputFile& f = site.files[i];
            if (!outcomes[i].placed) {
                diags.error(SourcePos{display_path(out / f.path)}, "cannot write file");
                ok = false;
                continue;
            }
            if (!outcomes[i].read_back) {
                diags.error(SourcePos{display_path(out / f.path)},
                            "cannot read back for the audit");
                ok = false;
            }
            for (const auto& hit : outcomes[i].hits) {
                diags.error(SourcePos{display_path(out / f.path)},
                            "leak audit: this file contains withheld content from " + hit.location +
                                "; nothing was published");
                ok = false;
            }
            result.bytes += f.bytes.size();
            ++result.files;
        }
    }
    // Nothing but what was placed and audited may be in the staging folder.
    if (ok) {
        std::size_t on_disk = 0;
        for (auto it = fs::recursive_directory_iterator(staging, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec))
            if (!ec && !it->is_directory(ec)) ++on_disk;
        if (on_disk != site.files.size()) {
            diags.error(SourcePos{display_path(out)},
                        "the new site holds " + std::to_string(on_disk) + " files but " +
                            std::to_string(site.files.size()) +
                            " were written and audited; nothing was published");
            ok = false;
        }
    }

    if (ok && !options.log_path.empty()) {
        if (!write_file(options.log_path, format_redaction_log(site.log))) {
            diags.error(SourcePos{options.log_path}, "cannot write the redaction log");
            ok = false;
        }
    }

    result.published = ok && swap_into_place(staging, out, diags);
    // Published or not, staging now holds files no one should read: the previous
    // site, or a site that failed. Only its folders stay.
    clear_files(staging);
    return result;
}

}  // namespace portal
