#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace portal {

namespace {

bool continuation(unsigned char b) {
    return (b & 0xC0) == 0x80;
}

// The allowed range of the second byte after a lead byte (Unicode Table 3-7).
// Narrowing the second byte is what rules out overlongs (E0, F0), surrogates
// (ED) and code points beyond U+10FFFF (F4); later bytes are any continuation.
struct Lead {
    int length = 0;  // 0: not a lead byte
    unsigned char second_min = 0x80, second_max = 0xBF;
};

Lead classify(unsigned char b) {
    if (b < 0x80) return {1};
    if (b >= 0xC2 && b <= 0xDF) return {2};
    if (b == 0xE0) return {3, 0xA0, 0xBF};
    if (b == 0xED) return {3, 0x80, 0x9F};
    if (b >= 0xE1 && b <= 0xEF) return {3};
    if (b == 0xF0) return {4, 0x90, 0xBF};
    if (b >= 0xF1 && b <= 0xF3) return {4};
    if (b == 0xF4) return {4, 0x80, 0x8F};
    return {};  // 80..C1 (continuation or overlong lead), F5..FF
}

// Length of the valid sequence starting at text[i], or 0 if it is invalid.
std::size_t sequence_at(std::string_view text, std::size_t i) {
    const Lead lead = classify(static_cast<unsigned char>(text[i]));
    const auto n = static_cast<std::size_t>(lead.length);
    if (n == 0 || text.size() - i < n) return 0;
    if (n == 1) return 1;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (second < lead.second_min || second > lead.second_max) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (!continuation(static_cast<unsigned char>(text[i + k]))) return 0;
    return n;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Most source text is ASCII: eight bytes with no high bit are eight
        // valid characters, tested at once.
        while (text.size() - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if (word & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i == text.size()) break;
        const std::size_t n = sequence_at(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::nullopt;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if (!continuation(static_cast<unsigned char>(c))) ++n;
    return n;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x110000) {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace portal
