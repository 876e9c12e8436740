#include "write/staging_tree.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <atomic>
#include <cerrno>
#include <mutex>

#include "core/parallel.hpp"

namespace portal {

TreeContents read_tree(const fs::path& root, const std::set<fs::path>& known) {
    std::vector<fs::path> folders{fs::path()};
    folders.insert(folders.end(), known.begin(), known.end());
    std::vector<TreeContents> found(folders.size());
    parallel_for(folders.size(), [&](std::size_t i) {
        const fs::path dir = root / folders[i];
        DIR* d = ::opendir(dir.c_str());
        if (!d) return;  // not there (yet): nothing in it
        while (const dirent* e = ::readdir(d)) {
            const std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            bool folder = e->d_type == DT_DIR;
            if (e->d_type == DT_UNKNOWN) {
                struct stat st;
                folder = ::lstat((dir / name).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
            }
            if (!folder)
                found[i].files.push_back(dir / name);
            else if (!known.count(folders[i] / name))
                found[i].other_folders.push_back(dir / name);
        }
        ::closedir(d);
    });
    TreeContents all;
    for (auto& f : found) {
        all.files.insert(all.files.end(), f.files.begin(), f.files.end());
        all.other_folders.insert(all.other_folders.end(), f.other_folders.begin(),
                                 f.other_folders.end());
    }
    return all;
}

std::optional<std::pair<fs::path, int>> make_folders(const fs::path& root,
                                                     const std::set<fs::path>& folders) {
    std::vector<std::vector<const fs::path*>> levels;
    for (const auto& f : folders) {
        const auto depth = static_cast<std::size_t>(std::distance(f.begin(), f.end()));
        if (levels.size() < depth) levels.resize(depth);
        levels[depth - 1].push_back(&f);
    }
    std::mutex failed_mutex;
    std::optional<std::pair<fs::path, int>> failed;
    for (const auto& level : levels) {
        parallel_for(level.size(), [&](std::size_t i) {
            const fs::path full = root / *level[i];
            // EEXIST: the folder is kept from the last build (files were removed
            // from it, and anything else in its place).
            if (::mkdir(full.c_str(), 0755) == 0 || errno == EEXIST) return;
            const int err = errno;
            std::lock_guard<std::mutex> lock(failed_mutex);
            if (!failed) failed = std::make_pair(full, err);
        });
        if (failed) break;
    }
    return failed;
}

}  // namespace portal
