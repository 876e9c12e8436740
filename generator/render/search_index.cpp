#include "render/search_index.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_map>

#include "core/hash.hpp"
#include "core/parallel.hpp"

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

void base36(std::string& out, std::uint32_t v) {
    char buf[8];
    int n = 0;
    do {
        const unsigned d = v % 36;
        buf[n++] = static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10);
        v /= 36;
    } while (v > 0);
    while (n > 0) out += buf[--n];
}

// A file of the index: named by its data's hash, a script handing the data to
// search.js under that name.
OutputFile search_file(const std::string& dir, const std::string& data) {
    const std::string name = dir + "/" + hex64(fnv1a(data)).substr(0, kHashDigits) + ".js";
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

std::string_view word_at(const PageWords& w, std::uint32_t index,
                         const std::vector<std::uint32_t>& starts) {
    const std::uint32_t from = starts[index];
    const std::uint32_t to = starts[index + 1];
    return std::string_view(w.words).substr(from, to - from - 1);
}

// Where each word of a page starts in its '\0'-separated list (and one past).
std::vector<std::uint32_t> word_starts(const PageWords& w) {
    std::vector<std::uint32_t> starts;
    starts.reserve(w.size() + 1);
    starts.push_back(0);
    for (std::uint32_t i = 0; i < w.words.size(); ++i)
        if (w.words[i] == '\0') starts.push_back(i + 1);
    return starts;
}

// Page numbers as base-36 deltas, each followed by `end` (the last one too).
std::string page_list(const std::vector<std::uint32_t>& pages) {
    std::string out;
    std::uint32_t before = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) out += '.';
        base36(out, pages[i] - before);
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
    p.fragment = "{\"t\":" + js_string(title) + ",\"u\":" + js_string(url) +
                 ",\"k\":" + js_string(kind) + ",\"y\":" + y +
                 ",\"s\":" + js_string(summary.empty() ? text_snippet(text, 200) : summary) +
                 ",\"x\":" + js_string(text_snippet(text, kFragmentTextBytes)) + "}";
    p.words = page_words(title, headings, text);
    return p;
}

SearchFiles search_files(const std::vector<SearchPage>& pages,
                         const std::vector<std::string>* chunk_starts) {
    // Every word of the site -> where it stands: (page number, word number on
    // that page), in page order because pages are read in order.
    struct Place {
        std::uint32_t page, word;
    };
    std::vector<std::vector<std::uint32_t>> starts(pages.size());
    parallel_for(pages.size(), [&](std::size_t i) { starts[i] = word_starts(pages[i].words); });
    std::unordered_map<std::string_view, std::vector<Place>> places;
    for (std::uint32_t p = 0; p < pages.size(); ++p)
        for (std::uint32_t w = 0; w < pages[p].words.size(); ++w)
            places[word_at(pages[p].words, w, starts[p])].push_back({p, w});
    std::vector<std::string_view> words;
    words.reserve(places.size());
    for (const auto& entry : places) words.push_back(entry.first);
    std::sort(words.begin(), words.end());

    // Each word's entry in its chunk, and in its places file.
    std::vector<std::string> listed(words.size()), placed(words.size());
    parallel_for(words.size(), [&](std::size_t i) {
        std::string& l = listed[i];
        std::string& q = placed[i];
        l = js_string(std::string(words[i])) + ":\"";
        q = l;
        std::uint32_t before = 0;
        bool first = true;
        for (const Place& at : places.at(words[i])) {
            const PageWords& pw = pages[at.page].words;
            base36(l, at.page - before);
            l += static_cast<char>('A' + pw.weight[at.word]);
            before = at.page;
            if (!first) q += ',';
            first = false;
            std::uint32_t last = 0;
            for (std::uint32_t k = pw.position_start[at.word]; k < pw.position_start[at.word + 1];
                 ++k) {
                if (k > pw.position_start[at.word]) q += '.';
                base36(q, pw.positions[k] - last);
                last = pw.positions[k];
            }
        }
        l += '"';
        q += '"';
    });

    // Chunks: the words in order, a new chunk once one passes kChunkBytes (or
    // at the boundaries given).
    std::vector<std::size_t> chunk_first{0};
    if (chunk_starts) {
        for (const auto& s : *chunk_starts) {
            const std::size_t at = static_cast<std::size_t>(
                std::lower_bound(words.begin(), words.end(), std::string_view(s)) - words.begin());
            chunk_first.push_back(at);
        }
    } else {
        std::size_t size = 0;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (size >= kChunkBytes) {
                chunk_first.push_back(i);
                size = 0;
            }
            size += listed[i].size();
        }
    }
    SearchFiles out;
    out.files.emplace_back();  // the entry, made last
    std::string chunks = "[";
    for (std::size_t c = 0; c < chunk_first.size(); ++c) {
        const std::size_t from = chunk_first[c];
        const std::size_t to = c + 1 < chunk_first.size() ? chunk_first[c + 1] : words.size();
        std::string w = "{", p = "{";
        for (std::size_t i = from; i < to; ++i) {
            if (i > from) {
                w += ',';
                p += ',';
            }
            w += listed[i];
            p += placed[i];
        }
        w += '}';
        p += '}';
        out.files.push_back(search_file("w", w));
        out.files.push_back(search_file("p", p));
        // The chunk's first word as given (it may stand on no page any more).
        const std::string start = c == 0         ? std::string()
                                  : chunk_starts ? (*chunk_starts)[c - 1]
                                                 : std::string(words[from]);
        if (c > 0) out.chunk_starts.push_back(start);
        chunks += (c > 0 ? "," : "") + std::string("[") + js_string(start) + ",\"" +
                  name_in_search(out.files[out.files.size() - 2]) + "\",\"" +
                  name_in_search(out.files.back()) + "\"]";
    }
    chunks += "]";

    // Fragments, and the page tables that name them.
    std::vector<OutputFile> fragments(pages.size());
    parallel_for(pages.size(),
                 [&](std::size_t i) { fragments[i] = search_file("f", pages[i].fragment); });
    std::string tables = "[";
    for (std::size_t from = 0; from < pages.size(); from += kPagesPerTable) {
        std::string t = "[";
        for (std::size_t i = from; i < std::min(pages.size(), from + kPagesPerTable); ++i) {
            const std::string& path = fragments[i].path;  // search/f/H.js
            t += (i > from ? ",\"" : "\"") + path.substr(9, kHashDigits) + "\"";
        }
        t += "]";
        out.files.push_back(search_file("t", t));
        tables += (from > 0 ? ",\"" : "\"") + name_in_search(out.files.back()) + "\"";
    }
    tables += "]";
    for (auto& f : fragments) out.files.push_back(std::move(f));

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
                              ",\"chunks\":" + chunks + ",\"tables\":" + tables +
                              ",\"filters\":" + filters + "}";
    out.files[0] = {"search/index.js", "portalSearchLoaded(\"index.js\"," + entry + ");\n"};
    for (const auto& f : out.files) out.bytes += f.bytes.size();
    return out;
}

}  // namespace portal
