#include "core/canary.hpp"

namespace portal {

namespace {

// Key of the n-gram of word hashes w[0..n): order-sensitive, and n is mixed in so
// that a 2-word run never collides with a 3-word run that starts the same way.
std::uint64_t ngram_key(const std::uint64_t* w, int n) {
    std::uint64_t k = 0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(n);
    for (int i = 0; i < n; ++i) {
        k ^= w[i] + 0x9e3779b97f4a7c15ULL + (k << 6) + (k >> 2);
    }
    return k;
}

struct Words {
    std::vector<std::uint64_t> hashes;
    std::size_t chars = 0;
};

Words words_of(std::string_view text) {
    Words w;
    for_each_word(text, [&](std::uint64_t h, std::size_t len) {
        w.hashes.push_back(h);
        w.chars += len;
    });
    return w;
}

}  // namespace

void CanaryBuilder::add_withheld(std::string_view text, const std::string& location) {
    Words w = words_of(text);
    const int n = static_cast<int>(w.hashes.size());
    if (n == 0) return;
    if (n < kCanaryWords && w.chars + static_cast<std::size_t>(n - 1) < kMinCanaryChars) return;
    auto loc = static_cast<std::uint32_t>(locations_.size());
    locations_.push_back(location);
    if (n < kCanaryWords) {
        withheld_.push_back({ngram_key(w.hashes.data(), n), loc});
        return;
    }
    for (int i = 0; i + kCanaryWords <= n; ++i)
        withheld_.push_back({ngram_key(w.hashes.data() + i, kCanaryWords), loc});
}

void CanaryBuilder::add_public(std::string_view text) {
    Words w = words_of(text);
    const int n = static_cast<int>(w.hashes.size());
    for (int i = 0; i < n; ++i)
        for (int len = 1; len <= kCanaryWords && i + len <= n; ++len)
            public_.insert(ngram_key(w.hashes.data() + i, len));
}

CanarySet CanaryBuilder::build() const {
    CanarySet set;
    set.locations_ = locations_;
    for (const auto& p : withheld_)
        if (!public_.count(p.key)) set.keys_.emplace(p.key, p.location);
    return set;
}

std::vector<std::string> CanarySet::find_in(std::string_view text) const {
    std::vector<std::string> hits;
    if (keys_.empty()) return hits;
    std::vector<std::uint64_t> w;
    for_each_word(text, [&](std::uint64_t h, std::size_t) { w.push_back(h); });
    std::unordered_set<std::uint32_t> seen;
    const int n = static_cast<int>(w.size());
    for (int i = 0; i < n; ++i) {
        for (int len = 1; len <= kCanaryWords && i + len <= n; ++len) {
            auto it = keys_.find(ngram_key(w.data() + i, len));
            if (it != keys_.end() && seen.insert(it->second).second)
                hits.push_back(locations_[it->second]);
        }
    }
    return hits;
}

}  // namespace portal
