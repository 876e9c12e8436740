// write/leak_audit.hpp — the second lock. Reads files back as a visitor would
// receive them and looks for the canaries of withheld text. Shares nothing with
// redact but the canary set: it does not trust that redaction worked.
#pragma once

#include <string>
#include <vector>

#include "core/canary.hpp"
#include "core/file_bytes.hpp"

namespace portal {

// The text of a file as the audit reads it: JSON string escapes, HTML entities
// and URL escapes decoded; the text outside tags (with inline tags removed, so
// text split by <em> still reads as one), then, after a word boundary, what
// stands inside the tags (attribute values), each tag a run of its own.
std::string decode_for_audit(std::string_view bytes);

struct LeakHit {
    std::string file;      // output path
    std::string location;  // withheld location it came from
};

// Scans one file's name and bytes for every canary, a piece at a time
// (core/file_bytes.hpp): a file held as parts (the search index: a part per
// page's entry) is never whole in memory, and neither is its decoded copy.
// Every byte is read; what is not looked for is a run of words that starts in
// one part and ends in the next.
// Text reaches the index only through one page's entry, which is one whole
// part, so withheld text in it lies within a part; a run across two parts would
// be at most the last word of one entry's word list (each word stands alone
// there), the key "t" and the start of the next entry's title.
std::vector<LeakHit> audit_file(const std::string& path, const FileBytes& bytes,
                                const CanarySet& canaries);

}  // namespace portal
