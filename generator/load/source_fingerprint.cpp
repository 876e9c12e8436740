#include "load/source_fingerprint.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <system_error>
#include <vector>

#include "core/files.hpp"
#include "core/hash.hpp"
#include "core/parallel.hpp"

namespace portal {

namespace {

// Walks the source folders (content/, data/, layouts/, assets/) as load reads
// them, hidden files and folders skipped: each folder (the four included) to
// `folder`, each file to `file`.
template <typename Folder, typename File>
void walk_sources(const fs::path& root, Folder&& folder, File&& file) {
    std::error_code ec;
    for (const char* dir : kSourceFolders) {
        if (!fs::is_directory(root / dir, ec)) continue;
        folder(root / dir);
        for (auto it = fs::recursive_directory_iterator(root / dir, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) break;
            const std::string name = it->path().filename().string();
            const bool is_folder = it->is_directory(ec);
            if (!name.empty() && name[0] == '.') {
                if (is_folder) it.disable_recursion_pending();
                continue;
            }
            if (is_folder)
                folder(it->path());
            else
                file(it->path());
        }
    }
}

// Every file a build may read, relative paths sorted. Hidden files are skipped,
// as load skips them.
std::vector<fs::path> source_files(const fs::path& root) {
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::exists(root / "site.json", ec)) files.push_back(root / "site.json");
    walk_sources(
        root, [](const fs::path&) {}, [&](const fs::path& f) { files.push_back(f); });
    // Chart.js, wherever load takes it from.
    for (const fs::path& base : {root, fs::path(PORTAL_SOURCE_DIR)}) {
        const fs::path chartjs = base / "node_modules" / "chart.js" / "dist" / "chart.umd.min.js";
        if (fs::is_regular_file(chartjs, ec)) {
            files.push_back(chartjs);
            break;
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::uint64_t combine(const std::vector<std::uint64_t>& parts) {
    std::string all(parts.size() * 8, '\0');
    for (std::size_t i = 0; i < parts.size(); ++i)
        for (int b = 0; b < 8; ++b)
            all[i * 8 + static_cast<std::size_t>(b)] = static_cast<char>(parts[i] >> (8 * b));
    return hash_bytes(all);
}

}  // namespace

std::uint64_t source_fingerprint(const std::string& site_dir) {
    const std::vector<fs::path> files = source_files(fs::path(site_dir));
    std::vector<std::uint64_t> parts(files.size());
    parallel_for(files.size(), [&](std::size_t i) {
        auto bytes = read_file(files[i]);
        // An unreadable file counts as changed: the build that follows says why.
        parts[i] = hash_bytes(files[i].generic_string()) ^
                   (bytes ? hash_bytes(*bytes) : 0x5bd1e995u + i) * 0x9e3779b97f4a7c15ULL;
    });
    return combine(parts);
}

std::vector<std::string> source_folders(const std::string& site_dir) {
    std::vector<std::string> folders{site_dir};
    walk_sources(
        fs::path(site_dir), [&](const fs::path& f) { folders.push_back(f.string()); },
        [](const fs::path&) {});
    return folders;
}

FileStamp file_stamp(const std::string& path) {
    struct stat st;
    FileStamp stamp;
    if (::stat(path.c_str(), &st) == 0) {
        stamp.size = static_cast<std::int64_t>(st.st_size);
        stamp.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL +
                         static_cast<std::int64_t>(st.st_mtim.tv_nsec);
        stamp.inode = static_cast<std::uint64_t>(st.st_ino);
    }
    return stamp;
}

SourceStamps source_stamps(const std::string& site_dir) {
    SourceStamps stamps;
    for (const fs::path& file : source_files(fs::path(site_dir)))
        stamps.emplace_hint(stamps.end(), file.string(), file_stamp(file.string()));
    return stamps;
}

}  // namespace portal
