#include "render/search_index.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_map>

#include "core/hash.hpp"
#include "core/inline_tags.hpp"
#include "core/parallel.hpp"
#include "core/words.hpp"

namespace portal {

std::string main_text(const std::string& html) {
    std::size_t start = html.find("<main");
    std::size_t end = html.rfind("</main>");
    if (start == std::string::npos || end == std::string::npos || end < start) return {};
    start = html.find('>', start) + 1;
    // One pass: tags vanish or become boundaries (scripts and drawn charts are
    // skipped whole), the entities the layouts and cmark write are decoded, runs
    // of white space fold to one space.
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
    auto end_block = [&] {
        while (!text.empty() && text.back() == ' ') text.pop_back();
        if (!text.empty() && text.back() != kWordBoundary) text += kWordBoundary;
        space = true;
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
            if (skip_to != std::string_view::npos || !is_inline_tag(h.substr(i, close - i)))
                end_block();
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
    while (!text.empty() && (text.back() == ' ' || text.back() == kWordBoundary)) text.pop_back();
    return text;
}

std::string_view first_passage(std::string_view text) {
    std::string_view longest;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t next = std::min(text.find(kWordBoundary, at), text.size());
        const std::string_view block = text.substr(at, next - at);
        if (block.size() >= kPassageBytes) return block;
        if (block.size() > longest.size()) longest = block;
        at = next + 1;
    }
    return longest;
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

}  // namespace

std::string text_snippet(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t cut = s.rfind(' ', max);
    if (cut == std::string::npos || cut < max / 2) cut = max;
    // Do not cut a UTF-8 character in half.
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "…";
}

namespace {

constexpr std::size_t kHashDigits = 10;

// A file of the index: named by its data's hash, a script handing the data to
// search.js under that name. hash_bytes, not the assets' FNV-1a: it reads
// eight bytes a step, and the index is tens of megabytes on a large site.
OutputFile search_file(const std::string& dir, const std::string& data) {
    const std::string name = dir + "/" + hex64(hash_bytes(data)).substr(0, kHashDigits) + ".js";
    std::string bytes;
    bytes.reserve(data.size() + name.size() + 32);
    bytes += "portalSearchLoaded(\"";
    bytes += name;
    bytes += "\",";
    bytes += data;
    bytes += ");\n";
    return {"search/" + name, std::move(bytes)};
}

// The name search.js asks for: "w/0123456789.js" from "search/w/0123456789.js".
std::string name_in_search(const OutputFile& f) {
    return f.path.substr(7);
}

// Where each '\0'-ended piece of text starts (and one past the last).
std::vector<std::uint32_t> piece_starts(const std::string& text, std::size_t pieces) {
    std::vector<std::uint32_t> starts;
    starts.reserve(pieces + 1);
    starts.push_back(0);
    for (std::uint32_t i = 0; i < text.size(); ++i)
        if (text[i] == '\0') starts.push_back(i + 1);
    return starts;
}

std::string_view piece(const std::string& text, const std::vector<std::uint32_t>& starts,
                       std::size_t i) {
    return std::string_view(text).substr(starts[i], starts[i + 1] - starts[i] - 1);
}

// Page numbers as base-36 differences joined by '.'.
std::string page_list(const std::vector<std::uint32_t>& pages) {
    std::string out;
    std::uint32_t before = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) out += '.';
        append_base36(out, pages[i] - before);
        before = pages[i];
    }
    return out;
}

// kind or year -> pages, as a filter's data and its values with their counts.
std::pair<std::string, std::string> filter_data(
    const std::map<std::string, std::vector<std::uint32_t>>& values) {
    std::string data = "{", counts = "[";
    for (const auto& [value, pages] : values) {
        if (data.size() > 1) {
            data += ',';
            counts += ',';
        }
        data += js_string(value) + ":\"" + page_list(pages) + "\"";
        counts += "[" + js_string(value) + "," + std::to_string(pages.size()) + "]";
    }
    return {data + "}", counts + "]"};
}

}  // namespace

SearchPage search_page(const std::string& title, const std::string& url, const std::string& kind,
                       const std::vector<std::string>& years, const std::string& summary,
                       const std::string& headings, const std::string& text) {
    SearchPage p;
    p.kind = kind;
    p.years = years;
    std::string y = "[";
    for (const auto& year : years) y += (y.size() > 1 ? "," : "") + js_string(year);
    y += "]";
    p.fragment = search_file(
        "f", "{\"t\":" + js_string(title) + ",\"u\":" + js_string(url) +
                 ",\"k\":" + js_string(kind) + ",\"y\":" + y + ",\"s\":" +
                 js_string(summary.empty() ? text_snippet(std::string(first_passage(text)), 200)
                                           : summary) +
                 ",\"x\":" + js_string(text_snippet(text, kFragmentTextBytes)) + "}");
    p.words = page_words(title, headings, text);
    return p;
}

SearchFiles search_files(const std::vector<SearchPage>& pages,
                         const std::vector<std::string>* chunk_starts) {
    // Where each page's words and places start.
    std::vector<std::vector<std::uint32_t>> word_at(pages.size()), places_at(pages.size());
    parallel_for(pages.size(), [&](std::size_t i) {
        word_at[i] = piece_starts(pages[i].words.words, pages[i].words.size());
        places_at[i] = piece_starts(pages[i].words.places, pages[i].words.size());
    });
    // Every word of the site a number, and how many pages it stands on.
    std::unordered_map<std::string_view, std::uint32_t> number;
    std::vector<std::string_view> words;
    std::vector<std::uint32_t> pages_with;
    std::vector<std::vector<std::uint32_t>> numbers(pages.size());
    for (std::size_t p = 0; p < pages.size(); ++p) {
        numbers[p].reserve(pages[p].words.size());
        for (std::size_t w = 0; w < pages[p].words.size(); ++w) {
            const std::string_view word = piece(pages[p].words.words, word_at[p], w);
            auto [it, added] = number.try_emplace(word, static_cast<std::uint32_t>(words.size()));
            if (added) {
                words.push_back(word);
                pages_with.push_back(0);
            }
            ++pages_with[it->second];
            numbers[p].push_back(it->second);
        }
    }
    // The words in order; each word's pages in one array, in page order.
    std::vector<std::uint32_t> order(words.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return words[a] < words[b]; });
    std::vector<std::size_t> first(order.size() + 1, 0);  // by place in `order`
    std::vector<std::uint32_t> rank(order);  // (overwritten: word number -> place in `order`)
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        first[r + 1] = first[r] + pages_with[order[r]];
    }
    struct Place {
        std::uint32_t page, word;  // the word's place in its page's lists
    };
    std::vector<Place> places(first.back());
    std::vector<std::size_t> next(first);  // where each word's next page goes
    for (std::uint32_t p = 0; p < pages.size(); ++p)
        for (std::uint32_t w = 0; w < numbers[p].size(); ++w)
            places[next[rank[numbers[p][w]]]++] = {p, w};
    std::vector<std::vector<std::uint32_t>>().swap(numbers);

    // Chunks: the words in order, a new chunk once one passes kChunkBytes
    // (about three bytes a page), or at the boundaries given.
    std::vector<std::size_t> chunk_first{0};
    if (chunk_starts) {
        for (const auto& start : *chunk_starts)
            chunk_first.push_back(static_cast<std::size_t>(
                std::partition_point(order.begin(), order.end(),
                                     [&](std::uint32_t w) { return words[w] < start; }) -
                order.begin()));
    } else {
        std::size_t size = 0;
        for (std::size_t r = 0; r < order.size(); ++r) {
            if (size >= kChunkBytes) {
                chunk_first.push_back(r);
                size = 0;
            }
            size += words[order[r]].size() + 4 + 3 * (first[r + 1] - first[r]);
        }
    }
    const std::size_t chunks = chunk_first.size();
    chunk_first.push_back(order.size());
    std::vector<OutputFile> chunk_files(2 * chunks);
    parallel_for(chunks, [&](std::size_t c) {
        std::string w = "{", q = "{";
        for (std::size_t r = chunk_first[c]; r < chunk_first[c + 1]; ++r) {
            const std::string key = js_string(std::string(words[order[r]]));
            w += (r > chunk_first[c] ? "," : "") + key + ":\"";
            q += (r > chunk_first[c] ? "," : "") + key + ":\"";
            std::uint32_t before = 0;
            for (std::size_t k = first[r]; k < first[r + 1]; ++k) {
                const Place at = places[k];
                const PageWords& pw = pages[at.page].words;
                append_base36(w, at.page - before);
                w += pw.weights[at.word];
                before = at.page;
                if (k > first[r]) q += ',';
                q += piece(pw.places, places_at[at.page], at.word);
            }
            w += '"';
            q += '"';
        }
        chunk_files[2 * c] = search_file("w", w + "}");
        chunk_files[2 * c + 1] = search_file("p", q + "}");
    });
    SearchFiles out;
    out.files.emplace_back();  // the entry, made last
    std::string chunk_list = "[";
    for (std::size_t c = 0; c < chunks; ++c) {
        // A chunk starts at the first word given (which may stand on no page any more).
        const std::string start = c == 0         ? std::string()
                                  : chunk_starts ? (*chunk_starts)[c - 1]
                                                 : std::string(words[order[chunk_first[c]]]);
        if (c > 0) out.chunk_starts.push_back(start);
        chunk_list += (c > 0 ? ",[" : "[") + js_string(start) + ",\"" +
                      name_in_search(chunk_files[2 * c]) + "\",\"" +
                      name_in_search(chunk_files[2 * c + 1]) + "\"]";
    }
    chunk_list += "]";
    for (auto& f : chunk_files) out.files.push_back(std::move(f));

    // The page tables, naming each page's fragment.
    std::string tables = "[";
    for (std::size_t from = 0; from < pages.size(); from += kPagesPerTable) {
        std::string t = "[";
        for (std::size_t i = from; i < std::min(pages.size(), from + kPagesPerTable); ++i)
            t += (i > from ? ",\"" : "\"") + pages[i].fragment.path.substr(9, kHashDigits) + "\"";
        t += "]";
        out.files.push_back(search_file("t", t));
        tables += (from > 0 ? ",\"" : "\"") + name_in_search(out.files.back()) + "\"";
    }
    tables += "]";

    // Filters.
    std::map<std::string, std::vector<std::uint32_t>> kinds, years;
    for (std::uint32_t i = 0; i < pages.size(); ++i) {
        kinds[pages[i].kind].push_back(i);
        for (const auto& y : pages[i].years) years[y].push_back(i);
    }
    std::string filters = "{";
    for (const auto& [name, values] : {std::pair{"kind", &kinds}, std::pair{"year", &years}}) {
        auto [data, counts] = filter_data(*values);
        out.files.push_back(search_file("k", data));
        filters += std::string(filters.size() > 1 ? "," : "") + "\"" + name + "\":[\"" +
                   name_in_search(out.files.back()) + "\"," + counts + "]";
    }
    filters += "}";

    const std::string entry = "{\"pages\":" + std::to_string(pages.size()) +
                              ",\"table\":" + std::to_string(kPagesPerTable) +
                              ",\"chunks\":" + chunk_list + ",\"tables\":" + tables +
                              ",\"filters\":" + filters + "}";
    out.files[0] = {"search/index.js", "portalSearchLoaded(\"index.js\"," + entry + ");\n"};
    for (const auto& f : out.files) out.bytes += f.bytes.size();
    for (const auto& p : pages) out.bytes += p.fragment.bytes.size();
    return out;
}

}  // namespace portal
