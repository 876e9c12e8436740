// write/staging_tree.hpp — what a folder tree holds, read folder by folder on
// every core. The staging folder of a large site has thousands of folders whose
// names are known (the site's own); reading each one on its own, in parallel,
// is several times faster than one recursive walk.
#pragma once

#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "core/files.hpp"

namespace portal {

struct TreeContents {
    std::vector<fs::path> files;          // everything that is not a folder (links too)
    std::vector<fs::path> other_folders;  // folders not in `known` (with all they hold)
};

// The contents of `root` and of each folder of `known` (relative to root) that
// exists. A folder not in `known` is listed, not entered.
TreeContents read_tree(const fs::path& root, const std::set<fs::path>& known);

// Makes every folder of `folders` (relative to root, sorted so that a folder
// comes before what it holds) that does not exist yet, a level at a time, each
// level on every core. Returns the first folder that could not be made, with
// its errno, if any.
std::optional<std::pair<fs::path, int>> make_folders(const fs::path& root,
                                                     const std::set<fs::path>& folders);

}  // namespace portal
