#include "render/search_words.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "core/hash.hpp"

namespace portal {

namespace {

bool ascii_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A character from U+0080 that belongs to a word: a letter, digit or mark in
// any script (what search.js's /[\p{L}\p{N}]/ keeps, marks before they are
// stripped).
bool unicode_word_char(utf8proc_int32_t cp) {
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO:
            return true;
        default:
            return false;
    }
}

}  // namespace

std::string fold_search_word(std::string_view word) {
    const bool ascii = std::all_of(word.begin(), word.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        std::string out(word);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    utf8proc_uint8_t* folded = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                     static_cast<utf8proc_ssize_t>(word.size()), &folded, options);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
    if (n < 0) return std::string(word);  // not valid UTF-8 (load refuses such files)
    return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
}

void fold_words(std::string_view text, FoldedWords& out) {
    out.buffer.clear();
    out.ends.clear();
    out.buffer.reserve(text.size());
    const auto* t = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t start = std::string_view::npos;  // of the word being read, in text
    bool plain = true;                           // ASCII so far: folded as it is copied
    auto end_word = [&](std::size_t end) {
        if (start == std::string_view::npos) return;
        const std::size_t from = out.ends.empty() ? 0 : out.ends.back();
        if (!plain) {  // folded by utf8proc instead
            out.buffer.resize(from);
            out.buffer += fold_search_word(text.substr(start, end - start));
        }
        if (out.buffer.size() > from)
            out.ends.push_back(static_cast<std::uint32_t>(out.buffer.size()));
        start = std::string_view::npos;
        plain = true;
    };
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = t[i];
        if (c < 0x80) {
            if (ascii_word_byte(c)) {
                if (start == std::string_view::npos) start = i;
                out.buffer += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            } else {
                end_word(i);
            }
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t got =
            utf8proc_iterate(t + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
        const std::size_t len = got > 0 ? static_cast<std::size_t>(got) : 1;
        if (got > 0 && unicode_word_char(cp)) {
            if (start == std::string_view::npos) start = i;
            plain = false;
        } else {
            end_word(i);
        }
        i += len;
    }
    end_word(n);
}

std::vector<std::string> search_words(std::string_view text) {
    FoldedWords f;
    fold_words(text, f);
    std::vector<std::string> out;
    std::uint32_t from = 0;
    for (std::uint32_t end : f.ends) {
        out.emplace_back(f.buffer, from, end - from);
        from = end;
    }
    return out;
}

void append_base36(std::string& out, std::uint32_t v) {
    char buf[8];
    int n = 0;
    do {
        const unsigned d = v % 36;
        buf[n++] = static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10);
        v /= 36;
    } while (v > 0);
    while (n > 0) out += buf[--n];
}

PageWords page_words(std::string_view title, std::string_view headings, std::string_view text) {
    // The text's words, then the headings', then the title's, in one buffer.
    FoldedWords all, more;
    fold_words(text, all);
    auto append = [&](std::string_view part) {
        fold_words(part, more);
        const auto shift = static_cast<std::uint32_t>(all.buffer.size());
        for (std::uint32_t end : more.ends) all.ends.push_back(shift + end);
        all.buffer += more.buffer;
    };
    const std::size_t text_words = all.ends.size();
    append(headings);
    const std::size_t heading_end = all.ends.size();
    append(title);
    auto word = [&](std::size_t k) {
        const std::uint32_t from = k == 0 ? 0 : all.ends[k - 1];
        return std::string_view(all.buffer).substr(from, all.ends[k] - from);
    };

    // Each distinct word a number, through an open-addressing table (no
    // allocation per word), counting where each stands.
    std::size_t cap = 16;
    while (cap < 2 * all.ends.size()) cap *= 2;
    std::vector<std::uint32_t> slot(cap, UINT32_MAX);  // -> first token of the word
    std::vector<std::uint32_t> id_of(all.ends.size());
    std::vector<std::uint32_t> first_token;  // per distinct word
    struct Seen {
        std::uint32_t mentions = 0;
        bool heading = false, title = false;
    };
    std::vector<Seen> seen;
    for (std::size_t k = 0; k < all.ends.size(); ++k) {
        const std::string_view w = word(k);
        std::size_t h = static_cast<std::size_t>(fnv1a(w) & (cap - 1));
        while (slot[h] != UINT32_MAX && word(first_token[slot[h]]) != w) h = (h + 1) & (cap - 1);
        if (slot[h] == UINT32_MAX) {
            slot[h] = static_cast<std::uint32_t>(first_token.size());
            first_token.push_back(static_cast<std::uint32_t>(k));
            seen.emplace_back();
        }
        const std::uint32_t id = slot[h];
        id_of[k] = id;
        if (k < text_words)
            ++seen[id].mentions;
        else if (k < heading_end)
            seen[id].heading = true;
        else
            seen[id].title = true;
    }
    // The distinct words in byte order; each word's places in text order.
    std::vector<std::uint32_t> order(first_token.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return word(first_token[a]) < word(first_token[b]);
    });
    std::vector<std::uint32_t> place_from(seen.size() + 1, 0);
    for (std::size_t id = 0; id < seen.size(); ++id)
        place_from[id + 1] = place_from[id] + seen[id].mentions;
    std::vector<std::uint32_t> places(text_words);
    {
        std::vector<std::uint32_t> next(place_from);
        for (std::uint32_t k = 0; k < text_words; ++k) places[next[id_of[k]]++] = k;
    }

    PageWords out;
    out.words.reserve(all.buffer.size() / 2);
    out.weights.reserve(order.size());
    out.places.reserve(text_words * 3);
    for (std::uint32_t id : order) {
        const Seen& s = seen[id];
        // Title and heading words count even where the page does not show them
        // in its main text (a generated page's title stands in the layout's <h1>).
        unsigned weight = std::min<unsigned>(s.mentions, kMostMentions);
        if (s.heading) weight += kHeadingWeight;
        if (s.title) weight += kTitleWeight;
        out.words += word(first_token[id]);
        out.words += '\0';
        out.weights += static_cast<char>('A' + weight);
        std::uint32_t last = 0;
        for (std::uint32_t p = place_from[id]; p < place_from[id + 1]; ++p) {
            if (p > place_from[id]) out.places += '.';
            append_base36(out.places, places[p] - last);
            last = places[p];
        }
        out.places += '\0';
    }
    return out;
}

}  // namespace portal
