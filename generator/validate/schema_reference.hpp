// validate/schema_reference.hpp — the data reference officers read to learn
// each file's keys (`portal schema`, docs/data-formats.md), and the schemas
// editors read to complete them as people type: both made from the JSON
// Schemas compiled into portal, so that neither can drift from what validate
// checks. Front matter and the funding CSV, which have no JSON Schema, come
// from the tables validate itself checks them with.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace portal {

// The kinds `portal schema KIND` knows: the data files' and site.json's
// schemas, then "page" (front matter) and "funding-csv".
const std::vector<std::string>& reference_kinds();

// The whole reference (every kind, in reference_kinds() order), as Markdown.
std::string data_reference();

// One kind's section, or nothing for an unknown kind.
std::optional<std::string> data_reference(const std::string& kind);

// Every key the schema of `kind` declares, as the reference names it
// ("priorities[].milestones[].status"); for tests that hold the reference to
// the schemas.
std::vector<std::string> schema_key_paths(const std::string& kind);

// Every key name of every kind ("status", "date", "financial_year"), once:
// portal's own words, which a message may name even about a withheld place.
const std::vector<std::string>& schema_key_names();

// The schema of a JSON kind as an editor should see it: the same keys, with
// portal's markings allowed where the data may hold them (a "marking" key on
// any object, {"value": ..., "marking": ...} for any value), since the
// compiled schemas describe documents with the markings taken out. Nothing
// for a kind with no JSON Schema.
std::optional<std::string> editor_schema(const std::string& kind);

}  // namespace portal
