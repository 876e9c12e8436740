#include "core/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace portal {

// Plain POSIX calls: a build reads and writes thousands of small files, and
// iostreams cost more per file than the bytes do.
std::optional<std::string> read_file(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    std::string out;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        out.reserve(static_cast<std::size_t>(st.st_size));
    char buf[65536];
    while (true) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return out;
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

}  // namespace

bool write_file(const fs::path& path, std::string_view bytes) {
    return write_pieces(path, {iovec{const_cast<char*>(bytes.data()), bytes.size()}});
}

bool write_file(const fs::path& path, const std::vector<std::string>& parts) {
    std::vector<iovec> pieces;
    pieces.reserve(parts.size());
    for (const auto& part : parts)
        pieces.push_back(iovec{const_cast<char*>(part.data()), part.size()});
    return write_pieces(path, std::move(pieces));
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

}  // namespace portal
