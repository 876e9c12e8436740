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

namespace portal {

constexpr int kCanaryWords = 5;
// A withheld text shorter than kCanaryWords words becomes one canary if it has at
// least this many characters; anything shorter (a lone figure, "Red") is too
// likely to occur by chance and is protected by redaction alone.
constexpr std::size_t kMinCanaryChars = 8;

// A character that ends a run of words: no canary spans it. The audit puts one
// where block elements meet, and the search index separates its word lists
// with it, so that words which merely stand side by side there (the end of one
// paragraph and the start of the next, or two words in alphabetical order) are
// never read as a sentence.
constexpr char kWordBoundary = '\x1f';

// Calls f(word_hash, word_length) for every word of text, in order, and
// f(0, 0) at every kWordBoundary.
template <typename F>
void for_each_word(std::string_view text, F&& f);

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

// --- implementation of the templates ---

// Length of a character encoded at text[i] that separates words like an ASCII
// space or punctuation, or 0 for a letter or digit. UTF-8 letters (é, ß, ж) are
// word bytes; spaces and invisible joiners (no-break space, zero-width space,
// BOM), punctuation (dashes, curly quotes, bullets, ellipsis) and symbols
// (£, €, °, ×, arrows) are not: "£3,333.33" reads as the figure "3333 33",
// and "velvet&#160;harbour" as two words.
inline std::size_t unicode_space_at(std::string_view t, std::size_t i) {
    auto b = [&](std::size_t k) {
        return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u;
    };
    const unsigned b0 = b(0), b1 = b(1);
    if (b0 == 0xC2 && b1 >= 0x80 && b1 <= 0xBF && b1 != 0xAA && b1 != 0xB5 && b1 != 0xBA)
        return 2;                                                            // U+0080..U+00BF
    if (b0 == 0xC3 && (b1 == 0x97 || b1 == 0xB7)) return 2;                  // × ÷
    if (b0 == 0xE2 && b1 >= 0x80 && b1 <= 0x82) return 3;                    // U+2000..U+20BF
    if (b0 == 0xE2 && b1 >= 0x84 && b1 <= 0x9F) return 3;                    // U+2100..U+27FF
    if (b0 == 0xE3 && b1 == 0x80) return 3;                                  // U+3000..U+303F
    if (b0 == 0xEF && b1 == 0xBB && b(2) == 0xBF) return 3;                  // BOM
    if (b0 == 0xEF && b1 == 0xB8 && b(2) >= 0x80 && b(2) <= 0x8F) return 3;  // variation selectors
    if (b0 == 0xEF && b1 == 0xBC && b(2) >= 0x80 && b(2) <= 0x8F) return 3;  // fullwidth ! to /
    return 0;
}

// For each byte: 0 a separator, 1 kWordBoundary, otherwise the byte as part of a
// word, ASCII letters in lower case. Bytes from 0x80 are word bytes unless
// unicode_space_at says the character they start separates words.
struct WordBytes {
    unsigned char map[256];
    constexpr WordBytes() : map() {
        for (int c = 0; c < 256; ++c) {
            unsigned char m = 0;
            if (c >= '0' && c <= '9') m = static_cast<unsigned char>(c);
            if (c >= 'a' && c <= 'z') m = static_cast<unsigned char>(c);
            if (c >= 'A' && c <= 'Z') m = static_cast<unsigned char>(c - 'A' + 'a');
            if (c >= 0x80) m = static_cast<unsigned char>(c);
            if (c == kWordBoundary) m = 1;
            map[c] = m;
        }
    }
};
inline constexpr WordBytes kWordBytes{};

template <typename F>
void for_each_word(std::string_view text, F&& f) {
    const std::size_t n = text.size();
    const auto* t = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    while (i < n) {
        while (i < n) {
            const unsigned char m = kWordBytes.map[t[i]];
            if (m == 0) {
                ++i;
            } else if (m == 1) {
                f(0, 0);
                ++i;
            } else if (t[i] >= 0x80) {
                if (std::size_t sp = unicode_space_at(text, i))
                    i += sp;
                else
                    break;
            } else {
                break;
            }
        }
        if (i >= n) break;
        std::uint64_t h = 1469598103934665603ULL;
        std::size_t len = 0;
        while (i < n) {
            const unsigned char m = kWordBytes.map[t[i]];
            if (m <= 1) {
                // A thousands separator between digits joins them: "3,333" and
                // "3333" are the same figure.
                if (t[i] == ',' && len > 0 && i + 1 < n && t[i - 1] >= '0' && t[i - 1] <= '9' &&
                    t[i + 1] >= '0' && t[i + 1] <= '9') {
                    ++i;
                    continue;
                }
                break;
            }
            if (t[i] >= 0x80 && unicode_space_at(text, i)) break;
            h ^= m;
            h *= 1099511628211ULL;
            ++i;
            ++len;
        }
        f(h, len);
    }
}

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
