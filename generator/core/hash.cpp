#include "core/hash.hpp"

#include <algorithm>
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

BytesHasher::BytesHasher(std::uint64_t total_size) : h_(start(total_size)), size_(total_size) {}

void BytesHasher::add(std::string_view piece) {
    if (piece.empty()) return;
    const auto* p = reinterpret_cast<const unsigned char*>(piece.data());
    std::size_t i = 0;
    if (carried_ > 0) {  // complete the eight bytes the last piece began
        const std::size_t take = std::min(8 - carried_, piece.size());
        std::memcpy(carry_ + carried_, p, take);
        carried_ += take;
        i = take;
        if (carried_ < 8) return;
        h_ = step(h_, carry_);
        carried_ = 0;
    }
    for (; i + 8 <= piece.size(); i += 8) h_ = step(h_, p + i);
    std::memcpy(carry_, p + i, piece.size() - i);
    carried_ = piece.size() - i;
}

std::uint64_t BytesHasher::finish() const {
    return end(h_, carry_, carried_, size_);
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
