// write/leak_audit.hpp — the second lock. Reads files back as a visitor would
// receive them and looks for the canaries of withheld text. Shares nothing with
// redact but the canary set: it does not trust that redaction worked.
#pragma once

#include <string>
#include <vector>

#include "core/canary.hpp"

namespace portal {

// The text of a file with HTML entities, JSON string escapes and URL escapes
// decoded, and markup tags removed (so text split by <em> still reads as one).
std::string decode_for_audit(std::string_view bytes, bool strip_tags);

struct LeakHit {
    std::string file;      // output path
    std::string location;  // withheld location it came from
};

// Scans one file's name and bytes for every canary.
std::vector<LeakHit> audit_file(const std::string& path, std::string_view bytes,
                                const CanarySet& canaries);

}  // namespace portal
