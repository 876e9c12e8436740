// new_site/builtin_theme.hpp — the repository's theme (layouts/ and assets/),
// compiled into portal by cmake/embed_theme.cmake, for `portal new site`.
#pragma once

#include <string_view>
#include <vector>

namespace portal {

struct ThemeFile {
    std::string_view rel;  // "layouts/base.mustache", "assets/css/site.css"
    std::string_view text;
};

const std::vector<ThemeFile>& builtin_theme();

}  // namespace portal
