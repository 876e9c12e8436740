#include "write/build_record.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cinttypes>
#include <cstdio>
#include <sstream>

#include "core/files.hpp"
#include "core/hash.hpp"
#include "core/parallel.hpp"
#include "write/manifest.hpp"
#include "write/output_folder.hpp"
#include "write/staging_tree.hpp"

namespace portal {

namespace {

constexpr const char* kHeader = "portal-build 1";

// What portal keeps beside `out_dir` (nothing when it names no folder).
std::optional<BesideOutput> beside_of(const std::string& out_dir) {
    const auto out = output_folder(out_dir);
    if (!out) return std::nullopt;
    return BesideOutput(*out);
}

// The counts, on one line of the record, after the sources' and log's hashes.
std::string counts_line(const BuildRecord& r) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "%016" PRIx64 " %016" PRIx64 " %d %d %d %d %d %" PRIu64 " %" PRIu64, r.sources,
                  r.log_hash, r.pages, r.reports, r.datasets, r.files, r.withheld, r.bytes,
                  r.search_index_bytes);
    return line;
}

bool read_counts(const std::string& line, BuildRecord& r) {
    unsigned long long sources = 0, log_hash = 0, bytes = 0, index = 0;
    if (std::sscanf(line.c_str(), "%llx %llx %d %d %d %d %d %llu %llu", &sources, &log_hash,
                    &r.pages, &r.reports, &r.datasets, &r.files, &r.withheld, &bytes, &index) != 9)
        return false;
    r.sources = sources;
    r.log_hash = log_hash;
    r.bytes = bytes;
    r.search_index_bytes = index;
    return true;
}

std::optional<BuildRecord> read_record(const fs::path& file) {
    auto text = read_file(file);
    if (!text) return std::nullopt;
    std::istringstream in(*text);
    std::string line;
    BuildRecord r;
    if (!std::getline(in, line) || line != kHeader) return std::nullopt;
    if (!std::getline(in, r.portal) || !std::getline(in, r.log_path)) return std::nullopt;
    if (!std::getline(in, line) || !read_counts(line, r)) return std::nullopt;
    return r;
}

// The output folder holds exactly what the manifest says, each file as it was
// when it was audited.
bool output_intact(const fs::path& out, const Manifest& manifest) {
    std::error_code ec;
    if (manifest.empty() || !fs::is_regular_file(fs::symlink_status(out / kOutputMarker, ec)))
        return false;
    std::vector<const std::pair<const std::string, ManifestEntry>*> entries;
    std::set<fs::path> folders;
    for (const auto& e : manifest) {
        entries.push_back(&e);
        for (fs::path p = fs::path(e.first).parent_path(); !p.empty(); p = p.parent_path())
            folders.insert(p);
    }
    std::atomic<bool> same{true};
    parallel_for(entries.size(), [&](std::size_t i) {
        if (same && !unchanged_on_disk(out / entries[i]->first, entries[i]->second)) same = false;
    });
    if (!same) return false;
    const TreeContents held = read_tree(out, folders);
    return held.files.size() == manifest.size() && held.other_folders.empty();
}

}  // namespace

bool record_build(const std::string& out_dir, const BuildRecord& r) {
    const auto beside = beside_of(out_dir);
    if (!beside) return false;
    return write_file(beside->build_record, std::string(kHeader) + "\n" + r.portal + "\n" +
                                                r.log_path + "\n" + counts_line(r) + "\n");
}

std::optional<BuildRecord> unchanged_since_last_build(const std::string& out_dir,
                                                      std::uint64_t sources,
                                                      const std::string& portal,
                                                      const std::string& log_path) {
    const auto out = output_folder(out_dir);
    if (!out) return std::nullopt;
    const BesideOutput beside(*out);
    // Only while no build is writing this output (the lock of write_site): a
    // build running elsewhere may be swapping it. If one is, build as usual,
    // and be told so by the write stage.
    const int lock = ::open(beside.lock.c_str(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (lock < 0) return std::nullopt;
    struct Unlock {
        int fd;
        ~Unlock() { ::close(fd); }
    } unlock{lock};
    if (::flock(lock, LOCK_EX | LOCK_NB) != 0) return std::nullopt;
    auto r = read_record(beside.build_record);
    if (!r || r->sources != sources || r->portal != portal || r->log_path != log_path)
        return std::nullopt;
    auto log = read_file(log_path);
    if (!log || hash_bytes(*log) != r->log_hash) return std::nullopt;
    if (!output_intact(*out, read_manifest(beside.manifest))) return std::nullopt;
    return r;
}

void forget_build(const std::string& out_dir) {
    std::error_code ec;
    if (const auto beside = beside_of(out_dir)) fs::remove(beside->build_record, ec);
}

std::string portal_identity(const std::string& version) {
    struct stat st;
    std::string id = "portal " + version;
    if (::stat("/proc/self/exe", &st) == 0)
        id += " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
              std::to_string(st.st_mtim.tv_nsec);
    return id;
}

}  // namespace portal
