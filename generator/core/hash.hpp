// core/hash.hpp — a fast non-cryptographic 64-bit hash (FNV-1a) for content-hashed
// asset names and for the leak audit's n-gram sets.
#pragma once

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

std::string hex64(std::uint64_t v);

}  // namespace portal
