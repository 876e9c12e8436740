#include "write/manifest.hpp"

#include <sys/stat.h>

#include <cinttypes>
#include <cstdio>
#include <sstream>

namespace portal {

namespace {

constexpr const char* kHeader = "portal-manifest 1";

}  // namespace

Manifest read_manifest(const fs::path& file) {
    Manifest m;
    auto text = read_file(file);
    if (!text) return m;
    std::istringstream in(*text);
    std::string line;
    if (!std::getline(in, line) || line != kHeader) return m;
    while (std::getline(in, line)) {
        ManifestEntry e;
        int used = 0;
        unsigned long long hash = 0, size = 0, inode = 0;
        long long mtime = 0;
        if (std::sscanf(line.c_str(), "%llx %llu %lld %llu %n", &hash, &size, &mtime, &inode,
                        &used) != 4 ||
            used <= 0 || static_cast<std::size_t>(used) >= line.size())
            return {};  // damaged: trust none of it
        e.hash = hash;
        e.size = size;
        e.mtime_ns = mtime;
        e.inode = inode;
        m.emplace(line.substr(static_cast<std::size_t>(used)), e);
    }
    return m;
}

bool write_manifest(const fs::path& file, const Manifest& manifest) {
    std::string out = std::string(kHeader) + "\n";
    char buf[96];
    for (const auto& [path, e] : manifest) {
        if (path.find('\n') != std::string::npos) continue;
        std::snprintf(buf, sizeof buf, "%016" PRIx64 " %" PRIu64 " %" PRId64 " %" PRIu64 " ",
                      e.hash, e.size, e.mtime_ns, e.inode);
        out += buf;
        out += path;
        out += '\n';
    }
    return write_file(file, out);
}

std::optional<ManifestEntry> entry_on_disk(const fs::path& path, std::uint64_t hash) {
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    ManifestEntry e;
    e.hash = hash;
    e.size = static_cast<std::uint64_t>(st.st_size);
    e.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    e.inode = static_cast<std::uint64_t>(st.st_ino);
    return e;
}

bool unchanged_on_disk(const fs::path& path, const ManifestEntry& entry) {
    auto now = entry_on_disk(path, entry.hash);
    return now && now->size == entry.size && now->mtime_ns == entry.mtime_ns &&
           now->inode == entry.inode;
}

}  // namespace portal
