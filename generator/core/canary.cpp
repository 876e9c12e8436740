#include "core/canary.hpp"

namespace portal {

namespace {}  // namespace

// Key of the n-gram of word hashes w[0..n): order-sensitive, and n is mixed in so
// that a 2-word run never collides with a 3-word run that starts the same way.
std::uint64_t ngram_key(const std::uint64_t* w, int n) {
    std::uint64_t k = 0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(n);
    for (int i = 0; i < n; ++i) {
        k ^= w[i] + 0x9e3779b97f4a7c15ULL + (k << 6) + (k >> 2);
    }
    return k;
}

namespace {

struct Words {
    std::vector<std::uint64_t> hashes;
    std::size_t chars = 0;
};

// Runs of words between boundaries.
std::vector<Words> runs_of(std::string_view text) {
    std::vector<Words> runs(1);
    for_each_word(text, [&](std::uint64_t h, std::size_t len) {
        if (len == 0) {
            if (!runs.back().hashes.empty()) runs.emplace_back();
            return;
        }
        runs.back().hashes.push_back(h);
        runs.back().chars += len;
    });
    return runs;
}

}  // namespace

void CanaryBuilder::add_withheld(std::string_view text, const std::string& location) {
    for (const Words& w : runs_of(text)) add_withheld_run(w.hashes, w.chars, location);
}

void CanaryBuilder::add_withheld_run(const std::vector<std::uint64_t>& hashes, std::size_t chars,
                                     const std::string& location) {
    const int n = static_cast<int>(hashes.size());
    if (n == 0) return;
    if (n < kCanaryWords && chars + static_cast<std::size_t>(n - 1) < kMinCanaryChars) return;
    auto loc = static_cast<std::uint32_t>(locations_.size());
    locations_.push_back(location);
    if (n < kCanaryWords) {
        withheld_.push_back({ngram_key(hashes.data(), n), loc, static_cast<unsigned>(n)});
        return;
    }
    for (int i = 0; i + kCanaryWords <= n; ++i)
        withheld_.push_back(
            {ngram_key(hashes.data() + i, kCanaryWords), loc, static_cast<unsigned>(kCanaryWords)});
}

void CanaryBuilder::add_public(std::string_view text) {
    public_texts_.emplace_back(text);
}

CanarySet CanaryBuilder::build() const {
    // Candidates first, then strike out every one that publishable text also
    // contains. Looking public n-grams up in the (small) candidate set is far
    // cheaper than building a set of every public n-gram.
    CanarySet set;
    set.locations_ = locations_;
    for (const auto& p : withheld_) {
        set.keys_.emplace(p.key, p.location);
        set.lengths_ |= 1u << p.length;
    }
    for (const auto& text : public_texts_) {
        if (set.keys_.empty()) break;
        set.scan(text, [&](std::uint64_t key) { set.keys_.erase(key); });
    }
    return set;
}

std::vector<std::string> CanarySet::find_in(std::string_view text) const {
    std::vector<std::string> hits;
    if (keys_.empty()) return hits;
    std::unordered_set<std::uint32_t> seen;
    scan(text, [&](std::uint64_t key) {
        auto it = keys_.find(key);
        if (it != keys_.end() && seen.insert(it->second).second)
            hits.push_back(locations_[it->second]);
    });
    return hits;
}

}  // namespace portal
