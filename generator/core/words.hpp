// core/words.hpp — words as the leak audit and the search index read them:
// letters and digits, ASCII case folded, each word hashed as it is read
// (FNV-1a) and never copied. Speed: one byte table (kWordBytes) decides most
// bytes; UTF-8 spaces, punctuation and symbols are told apart only where a byte
// from 0x80 starts a character (unicode_space_at). The audit reads every byte
// of every output file this way, so nothing here allocates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace portal {

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

}  // namespace portal
