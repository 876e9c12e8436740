#include "write/output_folder.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <string>
#include <system_error>

namespace portal {

BesideOutput::BesideOutput(const fs::path& out)
    : parent(out.has_parent_path() ? out.parent_path() : fs::path(".")),
      lock(parent / ("." + out.filename().string() + ".lock")),
      staging(parent / ("." + out.filename().string() + ".staging")),
      manifest(parent / ("." + out.filename().string() + ".manifest")),
      build_record(parent / ("." + out.filename().string() + ".build")),
      old_prefix(out.filename().string() + ".old-") {}

namespace {

// Whether the regular file at `path` begins with kRedactionLogHeading. Opened
// without waiting (O_NONBLOCK): if a named pipe was put there since stat
// looked, the open returns at once and fstat sees it is no file.
bool starts_as_a_redaction_log(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    std::string head(kRedactionLogHeading.size(), '\0');
    ssize_t got = -1;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) got = ::read(fd, head.data(), head.size());
    ::close(fd);
    return got == static_cast<ssize_t>(head.size()) && head == kRedactionLogHeading;
}

// What a file that is not a regular file is, for a message.
std::string kind_of_file(mode_t mode) {
    if (S_ISFIFO(mode)) return "a named pipe";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISDIR(mode)) return "a folder";
    return "not a regular file";
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

}  // namespace

bool check_clear_of_site(const fs::path& site_dir, const fs::path& out, Diagnostics& diags) {
    const fs::path site = resolved(site_dir);
    const fs::path target = resolved_name(out);
    const SourcePos at{display_path(out)};
    const std::string safe =
        " (the default, " + display_path(default_output_folder(site_dir)) + ", is always safe)";
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
    // A return written into the output folder would be published with the
    // site (or deleted by the next build).
    if (within(target, resolved(site_dir / kReturnsFolder))) {
        diags.error(at, std::string("this folder is inside the site's ") + kReturnsFolder +
                            "/ folder, where the lead officers' returns wait to be read into "
                            "their reports and which is never published; choose an --out "
                            "outside it" +
                            safe);
        return false;
    }
    return true;
}

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

std::optional<fs::path> output_folder(const std::string& out_dir) {
    const fs::path p = without_trailing_separator(fs::path(out_dir).lexically_normal());
    const fs::path name = p.filename();
    if (name.empty() || name == "." || name == "..") return std::nullopt;
    return p;
}

fs::path log_file_target(const fs::path& log_path) {
    std::error_code ec;
    fs::path real = log_path;
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(real, ec)); ++hops) {
        const fs::path target = fs::read_symlink(real, ec);
        if (ec) break;
        real = (target.is_absolute() ? target : real.parent_path() / target).lexically_normal();
    }
    return real;
}

std::optional<std::string> log_file_problem(const std::string& log_path) {
    if (log_path.empty()) return std::nullopt;
    // stat, not open: opening a named pipe would wait for a writer for ever.
    struct stat st {};
    if (::stat(log_path.c_str(), &st) != 0) {
        if (errno == ENOENT) return std::nullopt;  // portal makes it
        return "portal cannot look at what is at this redaction log path (" +
               std::system_category().message(errno) +
               "); give --log a file of its own, outside the output folder";
    }
    if (!S_ISREG(st.st_mode))
        return "this redaction log path is " + kind_of_file(st.st_mode) +
               ", not a file: portal writes the log only as a regular file of its own; give "
               "--log the path of one (or of none yet), outside the output folder";
    if (st.st_nlink != 1)
        return "this redaction log is a file with " + std::to_string(st.st_nlink) +
               " names (a hard link): the log names withheld files, and written into this "
               "file it would show under every other name too, a published one perhaps; "
               "remove this name (the file stays under its others), or give --log a file of "
               "its own";
    if (st.st_size > 0 && !starts_as_a_redaction_log(log_path))
        return "this file is not a redaction log (it does not begin \"" +
               std::string(kRedactionLogHeading) +
               "\"), and writing the log would replace it; give --log a path of its own "
               "(the default, " +
               default_log_path("SITE") + ", is safe)";
    return std::nullopt;
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
        return std::array<fs::path, 2>{without_trailing_separator(abs),
                                       resolved(log_file_target(abs))};
    };
    const auto log = forms(log_path);
    auto inside = [&](const fs::path& folder) {
        for (const auto& l : log)
            for (const auto& f : forms(folder))
                if (path_within(l, f)) return true;
        return false;
    };
    const std::string where =
        "; give --log a file elsewhere (the default, " + default_log_path("SITE") + ", is safe)";
    if (inside(out))
        return "this redaction log is inside the output folder " + display_path(out) +
               ", which each build replaces and a web server may serve" + where;
    // What portal keeps beside the output: the staging folder (the next
    // published site, and the previous one after a swap), the lock, the
    // manifest, the build record, and "NAME.old-PID" while a swap renames.
    const BesideOutput kept(out);
    for (const fs::path& beside : {kept.staging, kept.lock, kept.manifest, kept.build_record}) {
        if (inside(beside))
            return "this redaction log is in " + display_path(beside) +
                   ", which portal keeps beside the output folder and replaces (its staging "
                   "folder becomes the published site)" +
                   where;
    }
    for (const auto& l : log)
        for (const auto& p : forms(kept.parent)) {
            if (l == p || !path_within(l, p)) continue;
            const std::string first = l.lexically_relative(p).begin()->string();
            if (first.rfind(kept.old_prefix, 0) == 0)
                return "this redaction log is in " + display_path(kept.parent / first) +
                       ", where portal keeps the previous site while it swaps in the new one" +
                       where;
        }
    // Any folder portal published before (its marker in it), not only this
    // build's: an earlier public/ may still be uploaded or served.
    for (const auto& l : log)
        for (fs::path folder = l.parent_path(); !folder.empty(); folder = folder.parent_path()) {
            std::error_code marker_ec;
            if (fs::is_regular_file(fs::symlink_status(folder / kOutputMarker, marker_ec)))
                return "this redaction log is inside " + display_path(folder) +
                       ", a folder portal published before, which a web server may serve" + where;
            if (folder == folder.parent_path()) break;
        }
    if (site_dir.empty()) return log_file_problem(log_path);
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
    return log_file_problem(log_path);
}

bool check_output_folder(const fs::path& site_dir, const fs::path& out, Diagnostics& diags) {
    return check_clear_of_site(site_dir, out, diags) && check_replaceable(out, true, diags);
}

}  // namespace portal
