// redact/json_redaction.hpp — markings inside JSON data: a "marking" key on an
// object withholds the object; {"value": ..., "marking": ...} withholds one
// value; a top-level "marking" withholds the file.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"
#include "redact/marking_policy.hpp"

namespace portal {

struct JsonWithheld {
    std::string pointer;  // where it stood in the file
    std::string label;
    const Json* value;          // valid only during the callback
    bool by_reference = false;  // withheld with something elsewhere (label is then the reason)
};

struct JsonRedactionHooks {
    // Called for every withheld part (outermost only) before it is dropped, so the
    // caller can log it and take canaries.
    std::function<void(const JsonWithheld&)> on_withheld;
    // True when the array at this pointer is positional: a withheld item keeps its
    // place as null (see PublicData::withheld).
    std::function<bool(const std::string& pointer)> is_positional;
    // True when `key` is a field the schema declares for the object at `pointer`:
    // a withheld field of an object that stays is listed in withheld_in_place, so
    // pages can say "Withheld" where it stood. Free-form keys (a statistic's
    // labels) are content and are never listed.
    std::function<bool(const std::string& pointer, const std::string& key)> is_field;
    // Called for every public string, with its pointer in the file, after the
    // markings around it were applied; may rewrite it (Markdown regions). Returns
    // false when the string has errors (the build then fails).
    std::function<bool(std::string& text, const std::string& pointer)> on_string;
    // Returns why an object that is public in itself goes with something withheld
    // elsewhere (a report's entry for a milestone withheld in its plan), or
    // nothing. Called for every public object, the file's top level too.
    std::function<std::optional<std::string>(const Json& object, const std::string& pointer)>
        withheld_by_reference;
    // Called for every "marking" key read, with the pointer of its value, and
    // whether what it marks is not published (withheld, or refused with an
    // error): the marking census holds these against its own reading.
    std::function<void(const std::string& pointer, bool withholds)> on_marking;
};

struct JsonRedaction {
    Json value;               // the public value (null when the whole file is withheld)
    bool whole_file = false;  // the file itself is withheld
    bool lost_content = false;
    bool ok = true;
    std::set<std::string> withheld_in_place;  // pointers into `value` (PublicData::withheld)
};

// Applies markings to doc.value.
JsonRedaction redact_json(const JsonDocument& doc, const MarkingPolicy& policy,
                          const JsonRedactionHooks& hooks, Diagnostics& diags);

// Calls f on every string (and number, as text) inside v.
void for_each_text(const Json& v, const std::function<void(const std::string&)>& f);

}  // namespace portal
