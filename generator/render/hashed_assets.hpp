// render/hashed_assets.hpp — theme assets published under names that carry a
// hash of their bytes ("assets/css/site.3fa2c1d0.css"), so servers may cache
// them for ever and a changed file always gets a new name.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "load/text_file.hpp"
#include "render/rendered_site.hpp"

namespace portal {

struct HashedAssets {
    std::map<std::string, std::string> names;  // "assets/css/site.css" -> "assets/css/site.<h>.css"
    std::vector<OutputFile> files;
};

HashedAssets hash_assets(const std::vector<TextFile>& assets);

// Whether an output path is a name hash_assets gives ("assets/css/site.b9c81b615e.css"):
// its bytes never change under that name, so a browser may keep it.
bool is_hashed_asset(const std::string& path);

}  // namespace portal
