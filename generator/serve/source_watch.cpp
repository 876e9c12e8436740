#include "serve/source_watch.hpp"

#include <filesystem>
#include <system_error>

#include "core/hash.hpp"

namespace portal {

std::uint64_t fingerprint_sources(const std::string& site_dir) {
    namespace fs = std::filesystem;
    std::uint64_t h = fnv_offset;
    std::error_code ec;
    const fs::path root(site_dir);
    auto add = [&](const fs::path& p) {
        auto t = fs::last_write_time(p, ec);
        auto size = fs::file_size(p, ec);
        h = fnv1a(p.generic_string(), h);
        h = fnv1a(std::to_string(t.time_since_epoch().count()) + ":" + std::to_string(size), h);
    };
    if (fs::exists(root / "site.json", ec)) add(root / "site.json");
    for (const char* dir : {"content", "data", "layouts", "assets"}) {
        if (!fs::is_directory(root / dir, ec)) continue;
        for (auto it = fs::recursive_directory_iterator(root / dir, ec);
             it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) break;
            if (it->is_regular_file(ec)) add(it->path());
        }
    }
    return h;
}

}  // namespace portal
