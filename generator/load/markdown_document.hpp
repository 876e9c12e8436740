// load/markdown_document.hpp — a content file: YAML front matter between `---`
// lines, then Markdown. The front matter stays a YAML tree (with marks) until
// validate turns it into typed fields.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "core/diagnostics.hpp"
#include "core/marking_census.hpp"

namespace portal {

struct MarkdownDocument {
    std::string path;    // display path
    std::string rel;     // relative to content/, '/'-separated, e.g. "plans/2011-14/index.md"
    std::string text;    // the whole file; emptied once parsed (body is what stages read)
    YAML::Node front;    // a map, or null when the file has no front matter
    int front_line = 0;  // file line of the first front matter line (0 = none)
    std::string body;    // the Markdown after the closing `---`
    int body_line = 1;   // file line where the body starts
    // Everything in the whole file (front matter too) that reads as a marking.
    std::vector<MarkingSighting> census;

    // Position in the file of a YAML node's mark.
    SourcePos pos_of(const YAML::Node& node) const;
};

// Splits and parses front matter; YAML errors become diagnostics. Returns false
// when the file cannot be used at all.
bool parse_markdown_document(MarkdownDocument& doc, Diagnostics& diags);

}  // namespace portal
