// core/canary.hpp — canaries: fingerprints of withheld text that the leak audit
// looks for in every output file. A canary is a run of up to kCanaryWords
// consecutive words (letters and digits, case folded; punctuation, markup and
// white space ignored) from withheld text that occurs nowhere in publishable
// text. Only 64-bit hashes and a location are kept, so the stages after redact
// never hold withheld text, not even inside the audit's canary set.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/key_table.hpp"
#include "core/words.hpp"

namespace portal {

constexpr int kCanaryWords = 5;
// A withheld text shorter than kCanaryWords words becomes one canary if it has at
// least this many characters; anything shorter (a lone figure, "Red") is too
// likely to occur by chance and is protected by redaction alone.
constexpr std::size_t kMinCanaryChars = 8;

class CanarySet {
  public:
    bool empty() const { return keys_.size() == 0; }
    std::size_t size() const { return keys_.size(); }

    // Locations (as recorded by redact) of every canary found in text.
    std::vector<std::string> find_in(std::string_view text) const;

  private:
    // Calls on_key(key) for every run of 1..kCanaryWords consecutive words of
    // text whose length some canary has, without allocating: the last words'
    // hashes stay in a small ring.
    template <typename F>
    void scan(std::string_view text, F&& on_key) const;

    // A bit per hash bucket, set where some canary key falls: most n-grams of
    // public text are turned away by one probe of this small (cache-resident)
    // bitmap before the table is touched.
    bool maybe(std::uint64_t key) const {
        const std::uint64_t b = (key * 0xD6E8FEB86659FD93ULL) >> filter_shift_;
        return (filter_[b >> 6] >> (b & 63)) & 1u;
    }
    void build_filter();

    friend class CanaryBuilder;
    KeyTable keys_;  // n-gram key -> location index
    std::vector<std::uint64_t> filter_;
    int filter_shift_ = 63;
    std::vector<std::string> locations_;
    unsigned lengths_ = 0;  // bit n set: some canary is n words long (only those are looked up)
};

class CanaryBuilder {
  public:
    void add_withheld(std::string_view text, const std::string& location);
    void add_public(std::string_view text);
    void add_public(std::string&& text);  // kept without a copy
    void add_public(const char* text) { add_public(std::string_view(text)); }
    void add_public(const std::string& text) { add_public(std::string_view(text)); }
    // Candidates that publishable text also contains are struck out; the public
    // texts are scanned on every core. `more_public(i)`, for i in 0..more_count,
    // makes further public texts in the workers as they are scanned, so that
    // large texts (every page's) are never all held at once.
    CanarySet build(std::size_t more_count = 0,
                    const std::function<std::string(std::size_t)>& more_public = {}) const;

  private:
    struct Pending {
        std::uint64_t key;
        std::uint32_t location;
        unsigned length;  // words
    };
    void add_withheld_run(const std::vector<std::uint64_t>& hashes, std::size_t chars,
                          const std::string& location);
    std::vector<Pending> withheld_;
    std::vector<std::string> locations_;
    std::vector<std::string> public_texts_;  // judged in build(), against the candidates
};

// Keys of the n-grams that end at a word: suffix[n-1] is the key of the run of
// the last n words. A polynomial over the word hashes, so all lengths come from
// one pass over the run (n multiply-adds), finished by a mix that takes n in, so
// that a 2-word run never collides with a 3-word run that ends the same way.
inline std::uint64_t mix_key(std::uint64_t s, int n) {
    std::uint64_t k = s ^ (0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(n));
    k ^= k >> 31;
    k *= 0xbf58476d1ce4e5b9ULL;
    k ^= k >> 29;
    return k;
}
// The key of the n-gram of word hashes w[0..n).
inline std::uint64_t ngram_key(const std::uint64_t* w, int n) {
    std::uint64_t s = 0;
    for (int i = 0; i < n; ++i) s = s * 0x100000001b3ULL + w[i];
    return mix_key(s, n);
}

// --- implementation of the template ---

template <typename F>
void CanarySet::scan(std::string_view text, F&& on_key) const {
    std::uint64_t ring[kCanaryWords];  // the last words' hashes, newest at (pos - 1)
    int have = 0;                      // words in the current run, up to kCanaryWords
    int pos = 0;
    const unsigned lengths = lengths_;
    for_each_word(text, [&](std::uint64_t h, std::size_t len) {
        if (len == 0) {  // kWordBoundary: a new run starts
            have = 0;
            return;
        }
        ring[pos] = h;
        pos = pos + 1 == kCanaryWords ? 0 : pos + 1;
        if (have < kCanaryWords) ++have;
        // Every run that ends at this word, of each length a canary has.
        std::uint64_t s = 0, power = 1;
        int at = pos;
        for (int k = 1; k <= have; ++k) {
            at = at == 0 ? kCanaryWords - 1 : at - 1;
            s += ring[at] * power;  // the same polynomial as ngram_key, built from the end
            power *= 0x100000001b3ULL;
            if (lengths & (1u << k)) on_key(mix_key(s, k));
        }
    });
}

}  // namespace portal
