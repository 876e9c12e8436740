// tests/site_trees.hpp — a built site as one string (every file and its bytes),
// and the site built from nothing, to compare a rebuild or a live edit with.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "leak_check.hpp"
#include "pipeline.hpp"
#include "temp_site.hpp"

namespace portal::testing {

// Every file and its bytes under `dir` (dot files too), for comparisons.
inline std::string tree(const fs::path& dir) {
    std::vector<fs::path> files;
    for (auto& e : fs::recursive_directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::string all;
    for (const auto& p : files) {
        all += p.lexically_relative(dir).generic_string() + "\n";
        if (fs::is_regular_file(p)) all += read_file(p) + "\n";
    }
    return all;
}

// The site built from nothing into a fresh folder beside it.
inline std::string clean_build(const TempSite& s) {
    const fs::path out = s.root() / "clean-build";
    std::error_code ec;
    fs::remove_all(out, ec);
    fs::remove(s.root() / ".clean-build.manifest", ec);
    fs::remove(s.root() / ".clean-build.build", ec);
    portal::BuildOptions o;
    o.site_dir = s.root().string();
    o.out_dir = out.string();
    o.log_path = (s.root() / "clean-log.txt").string();
    portal::Diagnostics d;
    EXPECT_TRUE(portal::run_build(o, d).ok);
    return tree(out);
}

}  // namespace portal::testing
