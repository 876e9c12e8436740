// core/key_table.hpp — 64-bit keys to 32-bit values in one open-addressing
// table (linear probing, power-of-two size, at most half full), for the leak
// audit's canaries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace portal {

// Keys of canaries in an open-addressing table: the audit looks up several
// n-grams for every word of every output file, so a lookup must cost a few
// nanoseconds, not an allocation-heavy std::unordered_map probe.
class KeyTable {
  public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    void reserve(std::size_t n);
    // Adds key with value (the first value of a key is kept).
    void insert(std::uint64_t key, std::uint32_t value);
    // The value of key, or kNone.
    std::uint32_t find(std::uint64_t key) const {
        if (keys_.empty()) return kNone;
        const std::uint64_t k = key ? key : 1;  // 0 marks an empty slot
        for (std::size_t i = slot_of(k);; i = (i + 1) & mask_) {
            if (keys_[i] == k) return values_[i];
            if (keys_[i] == 0) return kNone;
        }
    }
    // The slot index of key (for marking it), or SIZE_MAX.
    std::size_t slot(std::uint64_t key) const;
    std::size_t size() const { return count_; }
    std::size_t capacity() const { return keys_.size(); }
    std::uint64_t key_at(std::size_t slot) const { return keys_[slot]; }
    std::uint32_t value_at(std::size_t slot) const { return values_[slot]; }

  private:
    std::size_t slot_of(std::uint64_t k) const {
        return static_cast<std::size_t>((k * 0x9E3779B97F4A7C15ULL) >> shift_) & mask_;
    }
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> values_;
    std::size_t mask_ = 0;
    int shift_ = 0;
    std::size_t count_ = 0;
};

}  // namespace portal
