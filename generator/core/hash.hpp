// core/hash.hpp — fast non-cryptographic 64-bit hashes: FNV-1a for
// content-hashed asset names (stable across versions: it names published
// files), and hash_bytes, eight bytes at a time, for telling whether a file
// changed between builds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace portal {

constexpr std::uint64_t fnv_offset = 1469598103934665603ULL;
constexpr std::uint64_t fnv_prime = 1099511628211ULL;

inline std::uint64_t fnv1a(std::string_view s, std::uint64_t h = fnv_offset) {
    for (unsigned char c : s) {
        h ^= c;
        h *= fnv_prime;
    }
    return h;
}

// About ten times faster than FNV-1a on large inputs (eight bytes a step).
std::uint64_t hash_bytes(std::string_view s);

std::string hex64(std::uint64_t v);

}  // namespace portal
