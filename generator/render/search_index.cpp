#include "render/search_index.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <set>
#include <unordered_set>

#include "core/canary.hpp"
#include "core/hash.hpp"
#include "core/text.hpp"

namespace portal {

std::string main_text(const std::string& html) {
    std::size_t start = html.find("<main");
    std::size_t end = html.rfind("</main>");
    if (start == std::string::npos || end == std::string::npos || end < start) return {};
    start = html.find('>', start) + 1;
    // One pass: tags become spaces (scripts and drawn charts are skipped whole),
    // the entities the layouts and cmark write are decoded, runs of white space
    // fold to one space.
    static const std::pair<std::string_view, char> entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
    std::string text;
    text.reserve(end - start);
    bool space = true;
    auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    auto put = [&](char c) {
        if (is_space(c)) {
            if (!space) text += ' ';
            space = true;
        } else {
            text += c;
            space = false;
        }
    };
    const std::string_view h(html);
    for (std::size_t i = start; i < end; ++i) {
        const char c = h[i];
        if (c == '<') {
            std::size_t skip_to = std::string_view::npos;
            if (h.compare(i, 7, "<script") == 0) skip_to = h.find("</script>", i);
            if (h.compare(i, 4, "<svg") == 0) skip_to = h.find("</svg>", i);
            std::size_t close = h.find('>', skip_to == std::string_view::npos ? i : skip_to);
            if (close == std::string_view::npos || close >= end) break;
            put(' ');
            i = close;
            continue;
        }
        if (c == '&') {
            bool done = false;
            for (const auto& [name, ch] : entities)
                if (h.compare(i, name.size(), name) == 0) {
                    put(ch);
                    i += name.size() - 1;
                    done = true;
                    break;
                }
            if (done) continue;
        }
        if (is_space(c) || c == '&') {
            put(c);
            continue;
        }
        // A run of ordinary characters is copied at once.
        std::size_t run = i + 1;
        while (run < end && h[run] != '<' && h[run] != '&' && !is_space(h[run])) ++run;
        text.append(h.data() + i, run - i);
        space = false;
        i = run - 1;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

namespace {

std::string js_string(const std::string& s) {
    // JSON string syntax, with '<' escaped so the file can never close a script.
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    auto plain = [](unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c != '<'; };
    for (std::size_t i = 0; i < s.size(); ++i) {
        // A run of characters that need no escape is copied at once.
        std::size_t run = i;
        while (run < s.size() && plain(static_cast<unsigned char>(s[run]))) ++run;
        if (run > i) {
            out.append(s, i, run - i);
            i = run;
            if (i == s.size()) break;
        }
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            case '<':
                out += "\\u003c";
                break;
            default:  // the other control characters (runs took everything else)
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
        }
    }
    out += '"';
    return out;
}

std::string distinct_words(const std::string& text) {
    // Each distinct word once, in the order it first appears (a hash set of views
    // into one lower-cased copy: no string per word). Words as the audit reads
    // them: a dash, curly quote or symbol outside ASCII separates words
    // ("2009–2012" is two), letters outside ASCII are part of them (search.js
    // lower-cases and folds accents when it loads the index).
    std::string lower(text.size(), ' ');
    struct Span {
        std::uint32_t start, length;
        std::uint64_t hash;  // of the lower-cased word, made while it is read
    };
    std::vector<Span> spans;
    spans.reserve(text.size() / 6);
    std::size_t start = std::string::npos;
    std::uint64_t h = 0;
    auto flush = [&](std::size_t end) {
        if (start != std::string::npos && end - start >= 2)
            spans.push_back({static_cast<std::uint32_t>(start),
                             static_cast<std::uint32_t>(end - start), h * 0x9E3779B97F4A7C15ULL});
        start = std::string::npos;
    };
    // kWordBytes is the audit's own table: a word byte maps to itself, ASCII
    // letters lower-cased; separators (and kWordBoundary) map to 0 or 1.
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const unsigned char m = kWordBytes.map[c];
        if (std::size_t sp = c >= 0x80 ? unicode_space_at(text, i) : 0) {
            flush(i);
            i += sp;
        } else if (m > 1) {
            lower[i] = static_cast<char>(m);
            if (start == std::string::npos) {
                start = i;
                h = fnv_offset;
            }
            h = (h ^ m) * fnv_prime;  // FNV-1a
            ++i;
        } else {
            flush(i);
            ++i;
        }
    }
    flush(text.size());
    // An open-addressing set of the words seen (indexes into spans): no
    // allocation per word, as a std::unordered_set would make.
    std::size_t cap = 16;
    while (cap < 2 * spans.size()) cap *= 2;
    const int shift = std::countr_zero(cap);
    std::vector<std::uint32_t> slots(cap, UINT32_MAX);
    // Separated by kWordBoundary, not spaces: words that only stand side by side
    // in this list must not read as a sentence to the leak audit.
    std::string out;
    out.reserve(text.size() / 2);
    for (std::size_t k = 0; k < spans.size(); ++k) {
        const Span& span = spans[k];
        const std::string_view w(lower.data() + span.start, span.length);
        std::size_t i = static_cast<std::size_t>(span.hash >> (64 - shift)) & (cap - 1);
        bool seen = false;
        for (; slots[i] != UINT32_MAX; i = (i + 1) & (cap - 1)) {
            const Span& other = spans[slots[i]];
            if (other.hash == span.hash &&
                std::string_view(lower.data() + other.start, other.length) == w) {
                seen = true;
                break;
            }
        }
        if (seen) continue;
        slots[i] = static_cast<std::uint32_t>(k);
        if (!out.empty()) out += kWordBoundary;
        out += w;
    }
    return out;
}

}  // namespace

std::string text_snippet(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t cut = s.rfind(' ', max);
    if (cut == std::string::npos || cut < max / 2) cut = max;
    // Do not cut a UTF-8 character in half.
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "…";
}

std::string search_entry_js(const SearchEntry& e) {
    const std::string snip = text_snippet(e.summary.empty() ? e.text : e.summary, 200);
    std::string out;
    out.reserve(e.text.size() + 256);
    out += "{\"t\":";
    out += js_string(e.title);
    out += ",\"u\":";
    out += js_string(e.url);
    out += ",\"s\":";
    out += js_string(snip);
    out += ",\"h\":";
    out += js_string(distinct_words(e.headings));
    out += ",\"w\":";
    out += js_string(distinct_words(e.title + " " + e.text));
    out += "}";
    return out;
}

std::vector<std::string> search_index_parts(std::vector<std::string> entries) {
    std::vector<std::string> parts;
    parts.reserve(entries.size() + 2);
    parts.emplace_back(kSearchIndexHead);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        parts.push_back(std::move(entries[i]));
        parts.back() += i + 1 < entries.size() ? kSearchEntrySeparator : "\n";
    }
    parts.emplace_back(kSearchIndexTail);
    return parts;
}

std::string search_index_js(const std::vector<std::string>& entries,
                            const std::map<std::size_t, std::string>& changed) {
    // The same bytes as search_index_parts, joined.
    auto entry = [&](std::size_t i) -> const std::string& {
        auto c = changed.find(i);
        return c == changed.end() ? entries[i] : c->second;
    };
    std::size_t size = kSearchIndexHead.size() + kSearchIndexTail.size();
    for (std::size_t i = 0; i < entries.size(); ++i)
        size += entry(i).size() + kSearchEntrySeparator.size();
    std::string out;
    out.reserve(size);
    out += kSearchIndexHead;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        out += entry(i);
        out += i + 1 < entries.size() ? kSearchEntrySeparator : "\n";
    }
    out += kSearchIndexTail;
    return out;
}

}  // namespace portal
