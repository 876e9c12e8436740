// load/source_fingerprint.hpp — one number for everything a build reads:
// site.json, content/, data/, layouts/, assets/ and the Chart.js it copies.
// serve polls the cheap form (names, sizes, times) to know what changed; a
// build compares the full form (names and bytes) with the last published build's
// to know that nothing changed.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace portal {

// Names and bytes of every source file, in a fixed order.
std::uint64_t source_fingerprint(const std::string& site_dir);

// A file as stat() sees it: enough to notice that it was written.
struct FileStamp {
    std::int64_t size = -1;  // -1: could not be read
    std::int64_t mtime_ns = 0;
    std::uint64_t inode = 0;
    // Writes seen by a watcher (serve) that left size, time and inode as they
    // were: two saves within the file system's clock tick, of the same size.
    std::uint32_t unseen_writes = 0;
    bool operator==(const FileStamp&) const = default;
    bool same_file_state(const FileStamp& o) const {
        return size == o.size && mtime_ns == o.mtime_ns && inode == o.inode;
    }
};

// Path ("site/content/about.md") -> stamp, for every source file.
using SourceStamps = std::map<std::string, FileStamp>;

// The site folder (for site.json), then every folder whose files are sources,
// as the functions above walk them: what a watcher must watch.
std::vector<std::string> source_folders(const std::string& site_dir);

// The stamp of one file (size -1 when it cannot be read).
FileStamp file_stamp(const std::string& path);

// Names, sizes, times and inodes only: no file is read.
SourceStamps source_stamps(const std::string& site_dir);

}  // namespace portal
