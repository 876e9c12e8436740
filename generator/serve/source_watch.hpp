// serve/source_watch.hpp — a fingerprint of the files a build reads (names,
// sizes, modification times), so that serve can tell when to rebuild.
#pragma once

#include <cstdint>
#include <string>

namespace portal {

std::uint64_t fingerprint_sources(const std::string& site_dir);

}  // namespace portal
