#include "write/leak_audit.hpp"

#include <cstdint>
#include <set>

namespace portal {

namespace {

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

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// \uXXXX (with surrogate pairs), \n, \t, \/ ... as JSON writes them.
std::string decode_json_escapes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char c = s[++i];
        if (c == 'u' && i + 4 < s.size()) {
            std::uint32_t cp = 0;
            bool ok = true;
            for (int k = 1; k <= 4; ++k) {
                int h = hexval(s[i + static_cast<std::size_t>(k)]);
                if (h < 0) ok = false;
                cp = cp * 16 + static_cast<std::uint32_t>(h < 0 ? 0 : h);
            }
            if (!ok) {
                out += c;
                continue;
            }
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < s.size() + 0 && s[i + 1] == '\\' &&
                s[i + 2] == 'u') {
                std::uint32_t lo = 0;
                for (int k = 3; k <= 6; ++k)
                    lo = lo * 16 + static_cast<std::uint32_t>(
                                       std::max(0, hexval(s[i + static_cast<std::size_t>(k)])));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            append_utf8(out, cp);
        } else if (c == 'n' || c == 't' || c == 'r' || c == 'b' || c == 'f') {
            out += ' ';
        } else {
            out += c;  // \" \\ \/
        }
    }
    return out;
}

std::string decode_entities(std::string_view s) {
    static const std::pair<const char*, const char*> named[] = {{"amp", "&"},
                                                                {"lt", "<"},
                                                                {"gt", ">"},
                                                                {"quot", "\""},
                                                                {"apos", "'"},
                                                                {"nbsp", " "},
                                                                {"pound", "\xC2\xA3"},
                                                                {"ndash", "\xE2\x80\x93"},
                                                                {"mdash", "\xE2\x80\x94"},
                                                                {"rsquo", "\xE2\x80\x99"},
                                                                {"lsquo", "\xE2\x80\x98"},
                                                                {"hellip", "\xE2\x80\xA6"}};
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        std::size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        std::string_view ent = s.substr(i + 1, semi - i - 1);
        if (!ent.empty() && ent[0] == '#') {
            std::uint32_t cp = 0;
            bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
            bool ok = ent.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
                int d = hex ? hexval(ent[k]) : (ent[k] >= '0' && ent[k] <= '9' ? ent[k] - '0' : -1);
                if (d < 0)
                    ok = false;
                else
                    cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
            }
            if (ok) {
                append_utf8(out, cp);
                i = semi;
                continue;
            }
        } else {
            bool done = false;
            for (const auto& [name, text] : named) {
                if (ent == name) {
                    out += text;
                    i = semi;
                    done = true;
                    break;
                }
            }
            if (done) continue;
        }
        out += s[i];
    }
    return out;
}

std::string decode_percent(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            out += static_cast<char>(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

// Inline elements (em, a, span...) can split a sentence, so their tags vanish
// and the words join up again; any other tag ends a run of words (kWordBoundary),
// so the end of one paragraph or cell and the start of the next never read as
// one sentence.
bool is_inline_tag(std::string_view tag) {
    static const char* inline_tags[] = {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
        "var", "wbr",
        // SVG text runs: a long label is often drawn as several lines
        "text", "tspan", "textpath"};
    std::size_t start = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
    std::size_t end = start;
    while (end < tag.size() && std::isalnum(static_cast<unsigned char>(tag[end]))) ++end;
    std::string name;
    for (std::size_t i = start; i < end; ++i)
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
    for (const char* t : inline_tags)
        if (name == t) return true;
    return false;
}

std::string remove_tags(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<' && i + 1 < s.size() &&
            (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/' ||
             s[i + 1] == '!' || s[i + 1] == '?')) {
            std::size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                if (!is_inline_tag(s.substr(i, close - i))) out += kWordBoundary;
                i = close;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

}  // namespace

std::string decode_for_audit(std::string_view bytes, bool strip_tags) {
    // Each decoder runs only when its escape character occurs: most files have
    // no JSON escapes and no percent signs.
    std::string s = bytes.find('\\') != std::string_view::npos ? decode_json_escapes(bytes)
                                                               : std::string(bytes);
    if (strip_tags) s = remove_tags(s);
    if (s.find('&') != std::string::npos) s = decode_entities(s);
    // Entities can hide escapes and the other way round (&amp;#x41; or %26): once more.
    if (s.find('%') != std::string::npos || s.find('+') != std::string::npos) s = decode_percent(s);
    if (s.find('&') != std::string::npos) s = decode_entities(s);
    return s;
}

std::vector<LeakHit> audit_file(const std::string& path, std::string_view bytes,
                                const CanarySet& canaries) {
    std::vector<LeakHit> hits;
    if (canaries.empty()) return hits;
    std::set<std::string> seen;
    auto scan = [&](const std::string& text) {
        for (auto& loc : canaries.find_in(text))
            if (seen.insert(loc).second) hits.push_back({path, loc});
    };
    scan(decode_percent(path));
    // With tags kept, attribute values (alt, title, aria-label, ids) are read; with
    // them removed, words split by inline markup are joined up again.
    scan(decode_for_audit(bytes, false));
    scan(decode_for_audit(bytes, true));
    return hits;
}

}  // namespace portal
