// load/text_file.hpp — a layout, partial or asset as read from the site folder:
// its bytes and its marking census. Its own header so that the stages after
// load can hold one without the document parsers behind SiteSources.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/marking_census.hpp"

namespace portal {

// How deep partials are put inside partials ("{{> a}}" in a partial put in
// by "{{> b}}" ...): the renderer and the census's reading of a layout alike,
// so that they show the same text. Deeper ones put in nothing.
constexpr int kPartialDepth = 8;

// How much text partials may add to one layout, counting a partial's whole
// text (tags too) each time it is put in: the renderer and the census both
// refuse a layout that grows more (load/layout_growth). A depth limit alone
// does not bound the size: eight partials each putting the next in ten times
// make 10^8 copies from under 1 KB, and a build that runs for minutes. The
// largest layout of portal's theme grows by under 7 KB; 1 MB leaves a theme a
// hundred times that, and keeps the census's reading of each layout, and every
// page rendered from it, to milliseconds.
constexpr std::size_t kMaxPartialGrowth = 1024 * 1024;

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
