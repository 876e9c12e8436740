// write/manifest.hpp — what the last published build wrote: each file's content
// hash, and the size, modification time and inode it had on disk. The next build
// then knows, without reading the published file back, that a file's bytes did
// not change, and hard-links it into staging (it keeps its date, and the file
// system makes no new file). Kept beside the output folder, never inside it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/files.hpp"

namespace portal {

struct ManifestEntry {
    std::uint64_t hash = 0;
    std::uint64_t size = 0;
    std::int64_t mtime_ns = 0;
    std::uint64_t inode = 0;
};

// Output path ("about/index.html") -> entry.
using Manifest = std::unordered_map<std::string, ManifestEntry>;

// The manifest at `file`, or an empty one when it is missing or unreadable (every
// file is then written afresh: the manifest saves work, it never decides content).
Manifest read_manifest(const fs::path& file);
bool write_manifest(const fs::path& file, const Manifest& manifest);

// The entry of the regular file at `path` (not following a link), with `hash`.
std::optional<ManifestEntry> entry_on_disk(const fs::path& path, std::uint64_t hash);

// True when the file at `path` is still exactly what `entry` recorded.
bool unchanged_on_disk(const fs::path& path, const ManifestEntry& entry);

}  // namespace portal
