// redact/json_redaction.hpp — markings inside JSON data: a "marking" key on an
// object withholds the object; {"value": ..., "marking": ...} withholds one
// value; a top-level "marking" withholds the file.
#pragma once

#include <functional>
#include <string>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"
#include "redact/marking_policy.hpp"

namespace portal {

struct JsonWithheld {
    std::string pointer;  // where it stood
    std::string label;
    const Json* value;  // valid only during the callback
};

struct JsonRedaction {
    Json value;               // the public value (null when the whole file is withheld)
    bool whole_file = false;  // the file itself is withheld
    bool lost_content = false;
    bool ok = true;
};

// Applies markings to doc.value. on_withheld is called for every withheld part
// (outermost only) before it is dropped, so the caller can log it and take canaries.
JsonRedaction redact_json(const JsonDocument& doc, const MarkingPolicy& policy,
                          const std::function<void(const JsonWithheld&)>& on_withheld,
                          Diagnostics& diags);

// Calls f on every string (and number, as text) inside v.
void for_each_text(const Json& v, const std::function<void(const std::string&)>& f);

}  // namespace portal
