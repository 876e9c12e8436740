// redact/markdown_regions.hpp — `::: LABEL` ... `:::` regions inside a page.
// Markers are found with the parsed document in hand, so a marker line inside a
// fenced code block is code, not a region. A marker line in an indented code
// block is an error: it is far more likely a region indented by mistake (which
// Markdown would publish as code, withheld text and all) than an example.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "redact/marking_policy.hpp"

namespace portal {

struct WithheldRegion {
    int first_line = 0;  // lines of the text (1-based) of the opening and closing markers
    int last_line = 0;
    SourcePos pos;  // where the opening marker stands in its file
    std::string label;
    std::string text;  // the withheld Markdown (for canaries only)
};

// Where line n (1-based) of the text stands in its file: a page body starts some
// lines into its file; a Markdown string in JSON stands at one position.
using LineLocator = std::function<SourcePos(int line)>;

struct RegionResult {
    std::string public_markdown;  // withheld lines and all marker lines blanked
    std::vector<WithheldRegion> withheld;
    // Every line (of the text) read as a marker, for the marking census
    // (core/marking_ledger.hpp): true when what follows is not published (its
    // label withholds, or the marker was refused with an error).
    std::vector<std::pair<int, bool>> markers;
    bool ok = true;
};

RegionResult apply_regions(const std::string& body, const LineLocator& locate,
                           const MarkingPolicy& policy, Diagnostics& diags);

// True when some line of text is a region marker (":::", "::: PROTECT").
bool has_region_marker(const std::string& text);

}  // namespace portal
