#include "core/canary.hpp"

#include <unordered_set>

#include "core/parallel.hpp"

namespace portal {

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
    if (locations_.empty() || locations_.back() != location) locations_.push_back(location);
    auto loc = static_cast<std::uint32_t>(locations_.size() - 1);
    if (n < kCanaryWords) {
        withheld_.push_back({ngram_key(hashes.data(), n), loc, static_cast<unsigned>(n)});
        return;
    }
    for (int i = 0; i + kCanaryWords <= n; ++i)
        withheld_.push_back(
            {ngram_key(hashes.data() + i, kCanaryWords), loc, static_cast<unsigned>(kCanaryWords)});
}

void CanaryBuilder::add_public(std::string_view text) {
    if (!text.empty()) public_texts_.emplace_back(text);
}

void CanaryBuilder::add_public(std::string&& text) {
    if (!text.empty()) public_texts_.push_back(std::move(text));
}

void CanarySet::build_filter() {
    // About 16 bits per key, within 2^16..2^22 bits (8 KB..512 KB).
    int bits = 16;
    while (bits < 22 && (std::size_t{1} << bits) < 16 * keys_.size()) ++bits;
    filter_.assign((std::size_t{1} << bits) / 64, 0);
    filter_shift_ = 64 - bits;
    for (std::size_t slot = 0; slot < keys_.capacity(); ++slot) {
        const std::uint64_t k = keys_.key_at(slot);
        if (k == 0) continue;
        // A stored 1 may stand for a key 0 (KeyTable remaps it): mark both.
        for (std::uint64_t key : {k, k == 1 ? std::uint64_t{0} : k}) {
            const std::uint64_t b = (key * 0xD6E8FEB86659FD93ULL) >> filter_shift_;
            filter_[b >> 6] |= std::uint64_t{1} << (b & 63);
        }
    }
}

CanarySet CanaryBuilder::build(std::size_t more_count,
                               const std::function<std::string(std::size_t)>& more_public) const {
    // Candidates first, then strike out every one that publishable text also
    // contains. Looking public n-grams up in the (small) candidate set is far
    // cheaper than building a set of every public n-gram; the public texts are
    // scanned in parallel, each worker marking the slots it struck.
    CanarySet candidates;
    candidates.keys_.reserve(withheld_.size());
    for (const auto& p : withheld_) {
        candidates.keys_.insert(p.key, p.location);
        candidates.lengths_ |= 1u << p.length;
    }
    candidates.build_filter();
    CanarySet set;
    set.locations_ = locations_;
    set.lengths_ = candidates.lengths_;
    if (candidates.keys_.size() == 0) return set;

    const unsigned workers = worker_count();
    std::vector<std::vector<bool>> struck(workers,
                                          std::vector<bool>(candidates.keys_.capacity(), false));
    const std::size_t kept = public_texts_.size();
    if (!more_public) more_count = 0;
    parallel_for_workers(kept + more_count, workers, [&](unsigned w, std::size_t i) {
        auto strike = [&](std::uint64_t key) {
            if (!candidates.maybe(key)) return;
            std::size_t slot = candidates.keys_.slot(key);
            if (slot != SIZE_MAX) struck[w][slot] = true;
        };
        if (i < kept)
            candidates.scan(public_texts_[i], strike);
        else
            candidates.scan(more_public(i - kept), strike);
    });
    set.keys_.reserve(candidates.keys_.size());
    for (std::size_t slot = 0; slot < candidates.keys_.capacity(); ++slot) {
        if (candidates.keys_.key_at(slot) == 0) continue;
        bool gone = false;
        for (const auto& s : struck) gone = gone || s[slot];
        if (!gone) set.keys_.insert(candidates.keys_.key_at(slot), candidates.keys_.value_at(slot));
    }
    set.build_filter();
    return set;
}

std::vector<std::string> CanarySet::find_in(std::string_view text) const {
    std::vector<std::string> hits;
    if (empty()) return hits;
    std::unordered_set<std::uint32_t> seen;
    scan(text, [&](std::uint64_t key) {
        if (!maybe(key)) return;
        const std::uint32_t loc = keys_.find(key);
        if (loc != KeyTable::kNone && seen.insert(loc).second) hits.push_back(locations_[loc]);
    });
    return hits;
}

}  // namespace portal
