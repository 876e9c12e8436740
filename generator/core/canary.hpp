// core/canary.hpp — canaries: fingerprints of withheld text that the leak audit
// looks for in every output file. A canary is a run of up to kCanaryWords
// consecutive words (letters and digits, case folded; punctuation, markup and
// white space ignored) from withheld text that occurs nowhere in publishable
// text. Only 64-bit hashes and a location are kept, so the stages after redact
// never hold withheld text, not even inside the audit's canary set.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

class CanarySet {
  public:
    bool empty() const { return keys_.empty(); }
    std::size_t size() const { return keys_.size(); }

    // Locations (as recorded by redact) of every canary found in text.
    std::vector<std::string> find_in(std::string_view text) const;

  private:
    // Calls on_key(key) for every run of 1..kCanaryWords consecutive words of
    // text whose length some canary has, without allocating: the last words'
    // hashes stay in a small ring.
    template <typename F>
    void scan(std::string_view text, F&& on_key) const;

    friend class CanaryBuilder;
    std::unordered_map<std::uint64_t, std::uint32_t> keys_;  // n-gram key -> location index
    std::vector<std::string> locations_;
    unsigned lengths_ = 0;  // bit n set: some canary is n words long (only those are looked up)
};

class CanaryBuilder {
  public:
    void add_withheld(std::string_view text, const std::string& location);
    void add_public(std::string_view text);
    CanarySet build() const;

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

std::uint64_t ngram_key(const std::uint64_t* w, int n);

// --- implementation of the templates ---

inline bool is_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

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

template <typename F>
void for_each_word(std::string_view text, F&& f) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size()) {
            if (std::size_t sp = unicode_space_at(text, i))
                i += sp;
            else if (text[i] == kWordBoundary) {
                f(0, 0);
                ++i;
            } else if (!is_word_byte(static_cast<unsigned char>(text[i])))
                ++i;
            else
                break;
        }
        if (i >= text.size()) break;
        std::uint64_t h = 1469598103934665603ULL;
        std::size_t len = 0;
        while (i < text.size()) {
            unsigned char c = static_cast<unsigned char>(text[i]);
            // A thousands separator between digits joins them: "3,333" and "3333"
            // are the same figure.
            if (c == ',' && i > 0 && i + 1 < text.size() && text[i - 1] >= '0' &&
                text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9') {
                ++i;
                continue;
            }
            if (!is_word_byte(c) || unicode_space_at(text, i)) break;
            if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
            h ^= c;
            h *= 1099511628211ULL;
            ++i;
            ++len;
        }
        f(h, len);
    }
}

template <typename F>
void CanarySet::scan(std::string_view text, F&& on_key) const {
    std::uint64_t ring[kCanaryWords];
    int have = 0;  // words in the current run, up to kCanaryWords
    for_each_word(text, [&](std::uint64_t h, std::size_t len) {
        if (len == 0) {  // kWordBoundary: a new run starts
            have = 0;
            return;
        }
        if (have == kCanaryWords) {
            for (int k = 1; k < kCanaryWords; ++k) ring[k - 1] = ring[k];
            --have;
        }
        ring[have++] = h;
        // Every run that ends at this word, of each length a canary has.
        for (int n = 1; n <= have; ++n)
            if (lengths_ & (1u << n)) on_key(ngram_key(ring + have - n, n));
    });
}

}  // namespace portal
