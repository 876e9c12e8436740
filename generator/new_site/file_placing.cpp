#include "new_site/file_placing.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>
#include <system_error>

namespace portal {

namespace fs = std::filesystem;

namespace {

// What a file made with open() would get: mkstemp() makes its file readable
// by its owner only, and a report the web server or a colleague cannot read
// would be a surprise.
mode_t mode_for_new_file() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// `bytes` in a new hidden file beside `path`, with `mode`: its path, or an
// empty path with `why` set. Hidden, because load skips such names: a file
// left by a crash is never read as part of the site.
fs::path write_beside(const fs::path& path, std::string_view bytes, mode_t mode, std::string& why) {
    const std::string pattern =
        (path.parent_path() / ("." + path.filename().string() + ".XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        why = std::strerror(errno);
        return {};
    }
    const fs::path temp(name.data());
    bool ok = ::fchmod(fd, mode) == 0;
    for (std::size_t done = 0; ok && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            ok = false;
        else
            done += static_cast<std::size_t>(n);
    }
    // On the disk before it takes its place: a crash just after the rename
    // must not leave an empty report where a whole one was.
    if (ok && ::fsync(fd) != 0) ok = false;
    if (!ok) why = std::strerror(errno);
    if (::close(fd) != 0 && ok) {
        ok = false;
        why = std::strerror(errno);
    }
    if (!ok) {
        std::error_code ec;
        fs::remove(temp, ec);
        return {};
    }
    return temp;
}

// The folders missing above `file`, the outermost first.
std::vector<fs::path> missing_folders(const fs::path& file) {
    std::vector<fs::path> missing;
    std::error_code ec;
    for (fs::path d = file.parent_path(); !d.empty() && !fs::exists(fs::symlink_status(d, ec));
         d = d.parent_path()) {
        missing.push_back(d);
        if (d == d.parent_path()) break;
    }
    std::reverse(missing.begin(), missing.end());
    return missing;
}

}  // namespace

PlacedFiles place_new_files(const std::vector<NewFile>& files) {
    PlacedFiles r;
    std::error_code ec;
    for (const auto& f : files)
        if (fs::exists(fs::symlink_status(f.path, ec))) r.there_already.push_back(f.path);
    if (!r.there_already.empty()) return r;

    std::vector<fs::path> made, linked;
    auto undo = [&] {
        for (const auto& f : linked) fs::remove(f, ec);
        // Innermost first; remove() leaves a folder that is not empty.
        for (auto it = made.rbegin(); it != made.rend(); ++it) fs::remove(*it, ec);
    };
    for (const auto& f : files) {
        for (const auto& d : missing_folders(f.path)) {
            if (!fs::create_directory(d, ec) || ec) {
                r.failed = f.path;
                r.why = "cannot make the folder " + d.string() + ": " + ec.message();
                undo();
                return r;
            }
            made.push_back(d);
        }
        const fs::path temp = write_beside(f.path, f.bytes, mode_for_new_file(), r.why);
        if (temp.empty()) {
            r.failed = f.path;
            undo();
            return r;
        }
        const bool placed = ::link(temp.c_str(), f.path.c_str()) == 0;
        const int error = errno;
        fs::remove(temp, ec);
        if (!placed) {
            if (error == EEXIST)
                r.there_already.push_back(f.path);
            else {
                r.failed = f.path;
                r.why = std::strerror(error);
            }
            undo();
            return r;
        }
        linked.push_back(f.path);
    }
    r.ok = true;
    return r;
}

std::string replace_file(const NewFile& file) {
    std::error_code ec;
    // A report that is a link to a file elsewhere in the site stays one: the
    // file it names is what is replaced.
    const fs::path target =
        fs::is_symlink(file.path, ec) ? fs::canonical(file.path, ec) : file.path;
    if (ec) return "cannot follow the link: " + ec.message();
    struct stat st {};
    const mode_t mode = ::stat(target.c_str(), &st) == 0 ? st.st_mode & 07777 : mode_for_new_file();
    std::string why;
    const fs::path temp = write_beside(target, file.bytes, mode, why);
    if (temp.empty()) return why;
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        why = std::strerror(errno);
        fs::remove(temp, ec);
        return why;
    }
    return "";
}

}  // namespace portal
