// load/json_document.hpp — a parsed JSON file that remembers where each value
// stands, so that schema and reference errors can say file:line:column.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/json_value.hpp"
#include "core/marking_census.hpp"

namespace portal {

struct JsonDocument {
    std::string path;  // display path
    std::string rel;   // path relative to the site folder, '/'-separated
    std::string text;
    Json value;
    // JSON pointer ("/priorities/0/milestones/2/status") -> byte offset of the value.
    std::unordered_map<std::string, std::size_t> offsets;
    std::vector<MarkingSighting> census;  // everything in the file that reads as a marking

    // Position of the value at a JSON pointer, or of the closest enclosing value.
    SourcePos pos(const std::string& pointer) const;
};

// Parses text; on a syntax error adds a diagnostic with its position and returns false.
bool parse_json_document(JsonDocument& doc, Diagnostics& diags);

// A key as a JSON pointer token: "~" and "/" escaped ("a/b" -> "a~1b").
std::string pointer_token(std::string_view key);

// The tokens of a JSON pointer, unescaped: "/a~1b/0" -> {"a/b", "0"}.
std::vector<std::string> pointer_tokens(const std::string& pointer);

// "priorities[0].milestones[2].status" for "/priorities/0/milestones/2/status".
std::string pointer_to_path(const std::string& pointer);

}  // namespace portal
