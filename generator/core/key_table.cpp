#include "core/key_table.hpp"

#include <algorithm>
#include <cstdint>

namespace portal {

void KeyTable::reserve(std::size_t n) {
    std::size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    keys_.assign(cap, 0);
    values_.assign(cap, kNone);
    mask_ = cap - 1;
    shift_ = 64;
    for (std::size_t c = cap; c > 1; c /= 2) --shift_;
    count_ = 0;
}

void KeyTable::insert(std::uint64_t key, std::uint32_t value) {
    if (keys_.empty() || 2 * (count_ + 1) > keys_.size()) {
        // Grow: re-insert everything into a table twice the size.
        std::vector<std::uint64_t> old_keys = std::move(keys_);
        std::vector<std::uint32_t> old_values = std::move(values_);
        reserve(std::max<std::size_t>(count_ + 1, old_keys.size()));
        for (std::size_t i = 0; i < old_keys.size(); ++i)
            if (old_keys[i]) insert(old_keys[i], old_values[i]);
    }
    const std::uint64_t k = key ? key : 1;
    for (std::size_t i = slot_of(k);; i = (i + 1) & mask_) {
        if (keys_[i] == k) return;
        if (keys_[i] == 0) {
            keys_[i] = k;
            values_[i] = value;
            ++count_;
            return;
        }
    }
}

std::size_t KeyTable::slot(std::uint64_t key) const {
    if (keys_.empty()) return SIZE_MAX;
    const std::uint64_t k = key ? key : 1;
    for (std::size_t i = slot_of(k);; i = (i + 1) & mask_) {
        if (keys_[i] == k) return i;
        if (keys_[i] == 0) return SIZE_MAX;
    }
}

}  // namespace portal
