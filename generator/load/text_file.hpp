// load/text_file.hpp — a layout, partial or asset as read from the site folder:
// its bytes and its marking census. Its own header so that the stages after
// load can hold one without the document parsers behind SiteSources.
#pragma once

#include <string>
#include <vector>

#include "core/marking_census.hpp"

namespace portal {

// How deep partials are put inside partials ("{{> a}}" in a partial put in
// by "{{> b}}" ...): the renderer and the census's reading of a layout alike,
// so that they show the same text. Deeper ones put in nothing.
constexpr int kPartialDepth = 8;

struct TextFile {
    std::string path;  // display path
    std::string rel;   // relative to its folder (layouts/ or assets/)
    std::string text;
    std::vector<MarkingSighting> census = {};  // of a text file (not of images and the like)
    // False for portal's own dependency (Chart.js from npm), which is not the
    // site's content: the only asset whose words count as public for the audit.
    bool from_site = true;
};

}  // namespace portal
