// validate/schema_check.hpp — checks a JSON document against one of the JSON
// Schemas compiled into portal, with valijson, and reports each failure at the
// line and column of the offending value, with its path in the document.
#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"

namespace portal {

// The text of a built-in schema ("site", "plan", "report", ...), or empty.
std::string_view builtin_schema(std::string_view name);

// A schema's "type" in words: "text", "a whole number", "a number or null (a
// missing figure)".
std::string schema_type_words(const Json& type);

// Validates `instance` (the document's value, possibly with marking stripped) and
// reports errors at positions in `doc`. Returns true when it conforms.
bool check_against_schema(const JsonDocument& doc, const Json& instance, std::string_view schema,
                          Diagnostics& diags);

// True when the schema makes `key` a required property of the object at
// `parent_pointer` (an instance pointer). Redact uses it to refuse withholding a
// value the public document cannot do without.
bool schema_requires(std::string_view schema, const std::string& parent_pointer,
                     const std::string& key);

// True when the schema says the string at `pointer` (an instance pointer) is
// Markdown ("contentMediaType": "text/markdown"): redact applies `:::` regions to
// it, validate checks its links, render renders it as a page body.
bool schema_is_markdown(std::string_view schema, const std::string& pointer);

// True when the array at `pointer` is positional ("x-portal-positional": true):
// its items line up with another array's (a statistic's categories and each
// series' values), so a withheld item must keep its place.
bool schema_is_positional(std::string_view schema, const std::string& pointer);

// True when the object at `parent_pointer` declares `key` among its properties;
// false for free-form keys (a statistic's value labels), which are content and
// must not be written into the redaction log.
bool schema_declares_property(std::string_view schema, const std::string& parent_pointer,
                              const std::string& key);

// "\"gren\" is not one of green, amber, red (did you mean green?)", as the
// schema check says of an enum, a split rating ("Amber/Red") explained: for
// lists the schemas cannot hold (a report's status scale).
std::string not_one_of_message(const Json& value, const std::vector<std::string>& words);

}  // namespace portal
