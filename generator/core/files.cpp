#include "core/files.hpp"

#include <fcntl.h>

#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <iterator>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <random>
#include <string>
#include <system_error>
#include <utility>

namespace portal {

// Plain POSIX calls: a build reads and writes thousands of small files, and
// iostreams cost more per file than the bytes do.
FileRead read_regular_file(const fs::path& path, std::uintmax_t max_bytes) {
    FileRead r;
    auto fail = [&](FileRead::Failure why, int err = 0) {
        r.failure = why;
        r.error = err;
        return r;
    };
    // Looked at before it is opened: a named pipe would block open(), and a
    // device may act on being opened.
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return fail(FileRead::Failure::error, errno);
    r.size = static_cast<std::uintmax_t>(st.st_size);
    if (!S_ISREG(st.st_mode)) return fail(FileRead::Failure::not_regular);
    if (r.size > max_bytes) return fail(FileRead::Failure::too_large);
    // O_NONBLOCK: should the file be swapped for a named pipe since, open()
    // still returns at once, and fstat() below refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return fail(FileRead::Failure::error, errno);
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &st) != 0) return fail(FileRead::Failure::error, errno);
    r.size = static_cast<std::uintmax_t>(st.st_size);
    if (!S_ISREG(st.st_mode)) return fail(FileRead::Failure::not_regular);
    if (r.size > max_bytes) return fail(FileRead::Failure::too_large);
    std::string out;
    if (st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
    char buf[65536];
    while (true) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail(FileRead::Failure::error, errno);
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > max_bytes) {  // it grew while being read
            r.size = out.size();
            return fail(FileRead::Failure::too_large);
        }
    }
    r.bytes = std::move(out);
    return r;
}

std::optional<std::string> read_file(const fs::path& path) {
    return read_regular_file(path, std::numeric_limits<std::uintmax_t>::max()).bytes;
}

namespace {

// Opens path for writing, making its parent folders when they are missing.
int open_for_writing(const fs::path& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0 && errno == ENOENT && path.has_parent_path()) {
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    }
    return fd;
}

// Writes every byte of the pieces, in order, a batch of them per system call.
bool write_all(int fd, std::vector<iovec> pieces) {
    std::size_t first = 0;
    while (first < pieces.size()) {
        if (pieces[first].iov_len == 0) {
            ++first;
            continue;
        }
        const int batch = static_cast<int>(std::min<std::size_t>(pieces.size() - first, 1024));
        const ssize_t n = ::writev(fd, pieces.data() + first, batch);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        // Step past what was written; a piece written in part keeps its rest.
        auto done = static_cast<std::size_t>(n);
        while (done > 0) {
            const std::size_t take = std::min(done, pieces[first].iov_len);
            pieces[first].iov_base = static_cast<char*>(pieces[first].iov_base) + take;
            pieces[first].iov_len -= take;
            done -= take;
            if (pieces[first].iov_len == 0) ++first;
        }
    }
    return true;
}

bool write_pieces(const fs::path& path, std::vector<iovec> pieces) {
    const int fd = open_for_writing(path);
    if (fd < 0) return false;
    const bool written = write_all(fd, std::move(pieces));
    return (::close(fd) == 0) && written;
}

// A new file beside `path` opened for writing, under a name no one else
// uses (O_EXCL: a name taken meanwhile is tried again), and that name; -1
// when none could be made. Created with 0644 so that the umask applies, as
// with write_file (mkstemp would give 0600, and reading the umask changes it
// for every thread).
std::pair<int, fs::path> open_temp_beside(const fs::path& path) {
    std::random_device random;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const fs::path temp =
            path.parent_path() / ("." + path.filename().string() + "." +
                                  std::to_string(::getpid()) + "." + std::to_string(random()));
        const int fd =
            ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd >= 0 || errno != EEXIST) return {fd, temp};
    }
    errno = EEXIST;
    return {-1, {}};
}

}  // namespace

bool write_file(const fs::path& path, std::string_view bytes) {
    return write_pieces(path, {iovec{const_cast<char*>(bytes.data()), bytes.size()}});
}

std::string write_file_replacing(const fs::path& path, std::string_view bytes) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    auto [fd, temp] = open_temp_beside(path);
    if (fd < 0) return std::system_category().message(errno);
    // The mode of the file replaced, looked at without opening it.
    struct stat st {};
    bool ok = ::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
              ::fchmod(fd, st.st_mode & 07777) == 0;
    ok = ok && write_all(fd, {iovec{const_cast<char*>(bytes.data()), bytes.size()}});
    // On the disk before it takes the old file's place: a crash just after the
    // rename must not leave an empty file where a whole one was.
    ok = ok && ::fsync(fd) == 0;
    int error = ok ? 0 : errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok && ::rename(temp.c_str(), path.c_str()) != 0) {
        ok = false;
        error = errno;
    }
    if (ok) return "";
    fs::remove(temp, ec);
    return std::system_category().message(error != 0 ? error : EIO);
}

std::string root_prefix(std::string_view output_path) {
    std::string prefix;
    for (char c : output_path)
        if (c == '/') prefix += "../";
    return prefix;
}

std::string display_path(const fs::path& path) {
    // A relative path is shown as given (no system call: this runs for every
    // file of a build); an absolute one relative to the current folder when it
    // lies under it.
    if (path.is_relative()) return path.lexically_normal().generic_string();
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    fs::path abs = path.lexically_normal();
    if (!ec) {
        fs::path rel = abs.lexically_relative(cwd);
        if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
    }
    return abs.generic_string();
}

bool path_within(const fs::path& path, const fs::path& folder) {
    return std::mismatch(folder.begin(), folder.end(), path.begin(), path.end()).first ==
           folder.end();
}

namespace {

constexpr const char* kCopyInstead = "copy the file into the site instead of linking to it";

// What a file that is neither a folder, a regular file nor a link is.
std::string special_file_kind(fs::file_type type) {
    switch (type) {
        case fs::file_type::fifo:
            return "a named pipe (FIFO)";
        case fs::file_type::socket:
            return "a socket";
        case fs::file_type::block:
        case fs::file_type::character:
            return "a device";
        default:
            return "not a regular file";
    }
}

std::optional<std::string> link_problem(const fs::path& path, const fs::path& site_root) {
    std::error_code ec;
    const fs::path written = fs::read_symlink(path, ec);
    const std::string to = ec ? std::string() : " (to " + written.string() + ")";
    const fs::path real = fs::canonical(path, ec);
    if (ec)
        return "cannot read file: it is a symbolic link" + to + " that leads nowhere (" +
               ec.message() + "); portal reads only files inside the site: " + kCopyInstead;
    const fs::file_status st = fs::status(real, ec);
    if (fs::is_directory(st))
        return "is a symbolic link to a folder" + to +
               "; portal does not follow links to folders: move or copy the folder into the site "
               "instead of linking to it";
    const fs::path root = fs::canonical(site_root, ec);
    if (ec || !path_within(real, root))
        return "is a symbolic link to a file outside the site folder" + to +
               "; portal never reads outside the site through a link: " + kCopyInstead;
    if (!fs::is_regular_file(st))
        return "is a symbolic link to " + special_file_kind(st.type()) + to +
               ", which portal never opens: " + kCopyInstead;
    const fs::path inside = real.lexically_relative(root);
    for (const auto& part : inside) {
        const std::string name = part.string();
        if (!name.empty() && name[0] == '.')
            return "is a symbolic link to a hidden file or folder" + to +
                   ", which portal never reads: " + kCopyInstead;
    }
    // Only to the site's sources: not to build/ (where the redaction log, which
    // names withheld places, is kept by default), the output, or node_modules/.
    const std::string top = inside.begin() == inside.end() ? "" : inside.begin()->string();
    const bool at_top = std::next(inside.begin()) == inside.end();  // site.json -> real.json
    const bool in_sources = std::any_of(std::begin(kSourceFolders), std::end(kSourceFolders),
                                        [&](const char* folder) { return top == folder; });
    if (!in_sources && !(at_top && path.filename() == "site.json" && real.extension() == ".json"))
        return "is a symbolic link to a file outside the site's sources (content/, data/, "
               "layouts/, assets/)" +
               to + "; " + kCopyInstead;
    return std::nullopt;
}

}  // namespace

bool is_real_folder(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(fs::symlink_status(p, ec));
}

std::optional<std::string> source_entry_problem(const fs::path& path, const fs::path& site_root) {
    std::error_code ec;
    const fs::file_status st = fs::symlink_status(path, ec);
    switch (st.type()) {
        case fs::file_type::none:
            return "cannot look at this file: " + ec.message();
        case fs::file_type::not_found:
        case fs::file_type::regular:
        case fs::file_type::directory:
            return std::nullopt;
        case fs::file_type::symlink:
            return link_problem(path, site_root);
        default:
            return "is " + special_file_kind(st.type()) +
                   ", not a regular file; portal never opens one (a named pipe would stop the "
                   "build, a device could be read from): remove it from the site folder";
    }
}

}  // namespace portal
