// write/leak_audit.hpp — the second lock. Reads files back as a visitor would
// receive them and looks for the canaries of withheld text. Shares nothing with
// redact but the canary set: it does not trust that redaction worked.
#pragma once

#include <string>
#include <vector>

#include <string_view>
#include "core/canary.hpp"

namespace portal {

// The text of a file as the audit reads it: JSON string escapes, HTML entities
// and URL escapes decoded; the text outside tags (with inline tags removed, so
// text split by <em> still reads as one), then, after a word boundary, what
// stands inside the tags (attribute values), each tag a run of its own.
std::string decode_for_audit(std::string_view bytes);

struct LeakHit {
    std::string file;      // output path
    std::string location;  // withheld location it came from

    // What the build says of it: where the withheld text stands, never the
    // text, and what most often causes it.
    std::string message() const;
};

// Scans one file's name and bytes for every canary.
std::vector<LeakHit> audit_file(const std::string& path, std::string_view bytes,
                                const CanarySet& canaries);

}  // namespace portal
