// load/source_fingerprint.hpp — one number for everything a build reads:
// site.json, content/, data/, layouts/, assets/ and the Chart.js it copies.
// serve polls the cheap form (names, sizes, times) to know when to rebuild; a
// build compares the full form (names and bytes) with the last published build's
// to know that nothing changed.
#pragma once

#include <cstdint>
#include <string>

namespace portal {

// Names and bytes of every source file, in a fixed order.
std::uint64_t source_fingerprint(const std::string& site_dir);

// Names, sizes and modification times only: no file is read.
std::uint64_t source_timestamps(const std::string& site_dir);

}  // namespace portal
