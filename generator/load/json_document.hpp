// load/json_document.hpp — a parsed JSON file that remembers where each value
// stands, so that schema and reference errors can say file:line:column.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/json_value.hpp"
#include "core/marking_census.hpp"
#include "load/markdown_document.hpp"

namespace portal {

// A Markdown file beside the data that one of a report's or plan's Markdown
// fields names ({"file": "2011-12-q1/priority-1.md"}) instead of holding its
// text: written and marked like a page (load/data_texts.hpp).
struct DataText {
    std::string pointer;  // the field in the JSON file
    MarkdownDocument doc;
};

struct JsonDocument {
    std::string path;  // display path
    std::string rel;   // path relative to the site folder, '/'-separated
    std::string text;
    Json value;
    // JSON pointer ("/priorities/0/milestones/2/status") -> byte offset of the value.
    std::unordered_map<std::string, std::size_t> offsets;
    std::vector<MarkingSighting> census;  // everything in the file that reads as a marking
    // The Markdown files its fields name; each one's body stands in `value` in
    // place of {"file": ...} (wrapped {"value": ..., "marking": ...} when its
    // front matter has a marking), so every stage reads the text as if typed here.
    std::vector<DataText> texts;

    // The file named at this pointer, if any.
    const DataText* text_at(const std::string& pointer) const;

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
