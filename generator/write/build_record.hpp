// write/build_record.hpp — what the last published build was made from, kept
// beside the output folder (.<name>.build). A build whose sources (names and
// bytes), portal and redaction log are what they were, over an output folder
// that is still exactly what that build published and audited (every file's
// size, time and inode in the manifest, and nothing else in it), has nothing
// to do: the site it would make is the one already published. Anything else,
// however small, runs every stage.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace portal {

// What a build made, as its summary line says it. The build's report
// (pipeline.hpp) and its record here are both these counts and more: a new
// count is a field here, its place in the record's line (build_record.cpp,
// counts_line and read_counts), and the code that counts it.
struct BuildCounts {
    int pages = 0;
    int reports = 0;
    int datasets = 0;
    int files = 0;
    int withheld = 0;
    std::uint64_t bytes = 0;
    std::uint64_t search_index_bytes = 0;
};

struct BuildRecord : BuildCounts {
    std::uint64_t sources = 0;  // source_fingerprint()
    std::string portal;         // portal's version and the identity of its binary
    std::string log_path;
    std::uint64_t log_hash = 0;  // the redaction log's bytes
};

// Records a build that was just published to out_dir.
bool record_build(const std::string& out_dir, const BuildRecord& record);

// The record of the last build, when nothing has changed since: same sources,
// same portal, same log (still on disk with the same bytes), and out_dir still
// exactly what that build published. Otherwise nothing.
std::optional<BuildRecord> unchanged_since_last_build(const std::string& out_dir,
                                                      std::uint64_t sources,
                                                      const std::string& portal,
                                                      const std::string& log_path);

// Forgets the record (a build that failed, or that publishes something else).
void forget_build(const std::string& out_dir);

// Portal's identity for the record: its version and its binary's size and time,
// so that a rebuilt portal builds again.
std::string portal_identity(const std::string& version);

}  // namespace portal
