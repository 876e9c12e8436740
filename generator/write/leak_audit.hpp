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
    // The withheld text stands in the file's name or a folder's (an asset
    // named for what a withheld region says): the message then names only
    // the output folder, since printing the path would repeat the text.
    bool in_name = false;

    // The file's place for the message: `shown_file` (its path as a message
    // shows it), or `shown_out` + "/…" when the hit is in its path.
    std::string place(const std::string& shown_out, const std::string& shown_file) const;

    // What the build says of it: where the withheld text stands, never the
    // text, and what most often causes it.
    std::string message() const;
};

// Scans one file's name and bytes for every canary.
std::vector<LeakHit> audit_file(const std::string& path, std::string_view bytes,
                                const CanarySet& canaries);

}  // namespace portal
