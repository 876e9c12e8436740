#include "core/hash.hpp"

#include <cstring>

namespace portal {

namespace {

std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    return x;
}

std::uint64_t start(std::uint64_t size) {
    return 0x9e3779b97f4a7c15ULL ^ (size * 0xff51afd7ed558ccdULL);
}

std::uint64_t step(std::uint64_t h, const unsigned char* eight) {
    std::uint64_t v;
    std::memcpy(&v, eight, 8);
    h = (h ^ mix(v)) * 0x9fb21c651e98df25ULL;
    return h ^ (h >> 29);
}

std::uint64_t end(std::uint64_t h, const unsigned char* tail, std::size_t n, std::uint64_t size) {
    std::uint64_t t = 0;
    if (n > 0) std::memcpy(&t, tail, n);
    return mix(h ^ mix(t + size));
}

}  // namespace

std::uint64_t hash_bytes(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::uint64_t h = start(s.size());
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) h = step(h, p + i);
    return end(h, p + i, s.size() - i, s.size());
}

std::string hex64(std::uint64_t v) {
    static const char* digits = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = digits[v & 0xf];
        v >>= 4;
    }
    return out;
}

}  // namespace portal
