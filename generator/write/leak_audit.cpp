#include "write/leak_audit.hpp"

#include <algorithm>
#include <cstdint>

#include "core/inline_tags.hpp"
#include "core/percent_encoding.hpp"
#include "core/utf8.hpp"

namespace portal {

namespace {

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
        if (s[i] != '\\') {  // copy up to the next escape at once
            std::size_t next = std::min(s.find('\\', i), s.size());
            out.append(s.data() + i, next - i);
            i = next - 1;
            continue;
        }
        if (i + 1 >= s.size()) {
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
        if (s[i] != '&') {  // copy up to the next entity at once
            std::size_t next = std::min(s.find('&', i), s.size());
            out.append(s.data() + i, next - i);
            i = next - 1;
            continue;
        }
        // Entities are short: look for the ';' among the next few characters only
        // (a search to the end of a file at every '&' would cost its length each).
        std::size_t semi = s.substr(0, std::min(s.size(), i + 12)).find(';', i);
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

bool starts_tag(std::string_view s, std::size_t i) {
    return s[i] == '<' && i + 1 < s.size() &&
           ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
            s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?');
}

}  // namespace

std::string decode_for_audit(std::string_view bytes) {
    // JSON escapes first (\u003c is how JSON in a page writes '<').
    std::string decoded;
    if (bytes.find('\\') != std::string_view::npos) {
        decoded = decode_json_escapes(bytes);
        bytes = decoded;
    }
    // One pass splits the file into the text a reader sees (tags removed, inline
    // ones joining words) and, after a boundary, what stands inside the tags
    // (attribute values: alt, title, aria-label, href, ids), each tag a run of its own.
    std::string text, inside;
    text.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '<') {  // copy up to the next tag at once
            std::size_t next = std::min(bytes.find('<', i), bytes.size());
            text.append(bytes.data() + i, next - i);
            i = next - 1;
            continue;
        }
        if (starts_tag(bytes, i)) {
            std::size_t close = bytes.find('>', i);
            if (close != std::string_view::npos) {
                const std::string_view tag = bytes.substr(i, close - i);
                if (!is_inline_tag(tag)) text += kWordBoundary;  // core/inline_tags.hpp
                inside.append(tag.data() + 1, tag.size() - 1);
                inside += kWordBoundary;
                i = close;
                continue;
            }
        }
        text += bytes[i];
    }
    text += kWordBoundary;
    text += inside;
    // Neither is read again: freed now, not at the return, so that a large file
    // is not held three times over while entities are decoded.
    std::string().swap(inside);
    std::string().swap(decoded);
    // Each decoder runs only when its escape character occurs. Entities can hide
    // escapes and the other way round (&amp;#x41; or %26): entities once more
    // after the percent escapes.
    if (text.find('&') != std::string::npos) text = decode_entities(text);
    if (text.find('%') != std::string::npos || text.find('+') != std::string::npos)
        text = percent_decoded(text, PlusSign::space);  // '+' is a space in a query string
    if (text.find('&') != std::string::npos) text = decode_entities(text);
    return text;
}

// The canaries found in the file's name and in its bytes, each location once.
std::vector<LeakHit> audit_file(const std::string& path, std::string_view bytes,
                                const CanarySet& canaries) {
    std::vector<LeakHit> hits;
    if (canaries.empty()) return hits;
    const std::vector<std::string> in_name =
        canaries.find_in(percent_decoded(path, PlusSign::space));
    for (const auto& loc : in_name) hits.push_back({path, loc, true});
    for (auto& loc : canaries.find_in(decode_for_audit(bytes)))
        if (std::find(in_name.begin(), in_name.end(), loc) == in_name.end())
            hits.push_back({path, loc, false});
    // Any hit in the name hides the name in every message of the file.
    if (!in_name.empty())
        for (auto& hit : hits) hit.in_name = true;
    return hits;
}

std::string LeakHit::place(const std::string& shown_out, const std::string& shown_file) const {
    return in_name ? shown_out + "/…" : shown_file;
}

std::string LeakHit::message() const {
    return "leak audit: this file contains withheld content from " + location +
           "; nothing was published. Most often the same words also stand in public text (a "
           "statistics table, a page or another report that repeats them): find them there, "
           "and withhold them there too or reword them";
}

}  // namespace portal
