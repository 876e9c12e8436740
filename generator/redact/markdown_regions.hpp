// redact/markdown_regions.hpp — `::: LABEL` ... `:::` regions inside a page.
// Markers are found with the parsed document in hand, so a marker line inside a
// fenced or indented code block is code, not a region.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "redact/marking_policy.hpp"

namespace portal {

struct WithheldRegion {
    int first_line = 0;  // file lines of the opening and closing markers
    int last_line = 0;
    std::string label;
    std::string text;  // the withheld Markdown (for canaries only)
};

struct RegionResult {
    std::string public_markdown;  // withheld lines and all marker lines blanked
    std::vector<WithheldRegion> withheld;
    bool ok = true;
};

// `body_line` is the file line of the body's first line, for messages.
RegionResult apply_regions(const std::string& body, int body_line, const std::string& path,
                           const MarkingPolicy& policy, Diagnostics& diags);

}  // namespace portal
