// validate/site_config.hpp — site.json as typed values (after schema checks).
#pragma once

#include <string>
#include <vector>

#include "core/source_pos.hpp"

namespace portal {

struct Label {
    std::string text;
    SourcePos pos;
};

struct NavItem {
    std::string title;
    std::string url;  // relative to the site root, e.g. "plans/"
};

struct SiteConfig {
    std::string title;
    std::string base_url;  // always ends with '/'
    std::string language = "en-GB";
    std::string licence_name;
    std::string licence_url;
    std::vector<Label> publishable;
    std::vector<Label> withheld;
    std::string notice =
        "Some information has been withheld from this page because it is protectively marked.";
    std::vector<NavItem> nav;
};

}  // namespace portal
