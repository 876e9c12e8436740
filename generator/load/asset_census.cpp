#include "load/asset_census.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/html_comment.hpp"
#include "core/html_references.hpp"
#include "core/label_pieces.hpp"
#include "core/percent_encoding.hpp"
#include "core/reading.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "load/script_joins.hpp"
#include "load/spreadsheet_formulas.hpp"

namespace portal {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The text a reader of a drawing or page sees: tags taken out (their line
// breaks kept, so that lines still count as in the file). An inline tag goes
// without a trace, so that a label split by one ("PRO<tspan>TECT</tspan>")
// reads whole; any other tag parts words, as the text elements it separates do.
std::string text_between_tags(std::string_view text, bool every_tag_inline = false) {
    static const std::set<std::string> kInline = {
        "a",      "abbr", "b",   "bdi",  "bdo",   "cite", "code", "data",  "dfn",
        "em",     "i",    "kbd", "mark", "q",     "s",    "samp", "small", "span",
        "strong", "sub",  "sup", "time", "tspan", "u",    "var",  "wbr",   "textpath"};
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '<') {
            out += text[i];
            continue;
        }
        // A comment shows nothing, and CDATA shows its text: neither parts a
        // word ("Confi<!-- x -->dential", "Confi<![CDATA[dential]]>").
        if (text.compare(i, 4, "<!--") == 0) {
            const std::size_t past = html_comment_end(text, i);
            const std::size_t stop = past == std::string_view::npos ? text.size() : past;
            for (std::size_t k = i; k < stop; ++k)
                if (text[k] == '\n') out += text[k];
            i = stop - 1;
            continue;
        }
        if (text.compare(i, 9, "<![CDATA[") == 0) {
            const std::size_t close = text.find("]]>", i);
            const std::size_t stop = close == std::string_view::npos ? text.size() : close;
            out.append(text.substr(i + 9, stop - i - 9));
            i = close == std::string_view::npos ? text.size() : close + 2;
            continue;
        }
        const std::size_t close = text.find('>', i);
        const std::size_t end = close == std::string_view::npos ? text.size() : close;
        std::size_t n = i + 1;
        if (n < end && text[n] == '/') ++n;
        std::string name;
        while (n < end && std::isalnum(static_cast<unsigned char>(text[n])))
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[n++])));
        // Any other tag ends one text and begins another ("<text>RESTRICTED</text>
        // <text y='20'>names</text>" is two lines of a drawing): it reads as a
        // bar, which the census reads as a break between phrases.
        if (!every_tag_inline && !kInline.count(name)) out += " | ";
        for (std::size_t k = i; k < end; ++k)
            if (text[k] == '\n') out += '\n';
        i = end;
    }
    return out;
}

int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

std::string decode_base64(std::string_view s) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : s) {
        const int v = base64_value(c);
        if (v < 0) continue;  // padding, spaces and line breaks
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::vector<MarkingSighting> census_of(std::string_view bytes, const std::string& rel,
                                       const CensusLabels& labels, int depth);

// CSS escapes as a browser reads them: "\\50 ROTECT" is "PROTECT" (one to six
// hex digits and one optional space; a backslash before anything else is that
// character).
std::string css_unescaped(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        std::size_t e = i + 1;
        while (e < s.size() && e - i <= 6 && std::isxdigit(static_cast<unsigned char>(s[e]))) ++e;
        if (e == i + 1) {
            if (s[i + 1] == '\n') {  // a string continued on the next line: no part of it
                ++i;
                continue;
            }
            out += s[++i];
            continue;
        }
        const unsigned long cp = std::stoul(std::string(s.substr(i + 1, e - i - 1)), nullptr, 16);
        append_utf8(out, cp > 0 && cp <= 0x10FFFF ? static_cast<std::uint32_t>(cp) : 0xFFFD);
        i = e < s.size() && (s[e] == ' ' || s[e] == '\t' || s[e] == '\n') ? e : e - 1;
    }
    return out;
}

// JavaScript string escapes: \\uXXXX, \\u{X...}, \\xXX, and \\ before anything else.
// A script's or style sheet's strings as they join when it runs: "PRO" +
// "TECT" (JavaScript), "Restr" "icted" (CSS's content:), and a string
// continued on the next line after a backslash. Line breaks between pieces
// are kept as breaks, so lines count as in the file (a join over lines reads
// on the first piece's line only when on one line).
std::string strings_joined(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char q = s[i];
        if (q == '\\' && i + 1 < s.size() && s[i + 1] == '\n') {
            ++i;  // a continued string: the break is no part of it
            continue;
        }
        // An empty interpolation in a template literal ("RESTRIC${""}TED").
        if (q == '$' && i + 1 < s.size() && s[i + 1] == '{') {
            const std::size_t close = s.find('}', i + 2);
            if (close != std::string_view::npos && close - i < 64) {
                i = close;
                continue;
            }
        }
        if ((q == '"' || q == '\'' || q == '`') && i + 1 < s.size()) {
            // A closing quote, then what may stand between two strings that
            // are shown as one -- spaces and line breaks, '+' or ',' (joined
            // or listed to be joined), comments, CSS's attr(...) (nothing when
            // the attribute is missing) -- and an opening quote.
            std::size_t k = i + 1;
            bool joined = false;
            while (k < s.size()) {
                if (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '+' || s[k] == ',') {
                    ++k;
                } else if (s.compare(k, 2, "/*") == 0) {
                    const std::size_t end = s.find("*/", k + 2);
                    k = end == std::string_view::npos ? s.size() : end + 2;
                } else if (s.compare(k, 2, "//") == 0) {
                    const std::size_t end = s.find('\n', k);
                    k = end == std::string_view::npos ? s.size() : end + 1;
                } else if (s.compare(k, 8, ".concat(") == 0) {  // "PRO".concat("TECT")
                    k += 8;
                } else if (s.compare(k, 5, "attr(") == 0) {
                    const std::size_t end = s.find(')', k);
                    k = end == std::string_view::npos ? s.size() : end + 1;
                } else {
                    break;
                }
                joined = true;
            }
            if (joined && k < s.size() && (s[k] == '"' || s[k] == '\'' || s[k] == '`')) {
                i = k;
                continue;
            }
        }
        out += q;
    }
    return out;
}

std::string js_unescaped(std::string_view s) {
    std::string out;
    auto hex = [&](std::size_t from, std::size_t n, unsigned long& v) {
        if (from + n > s.size()) return false;
        for (std::size_t k = from; k < from + n; ++k)
            if (!std::isxdigit(static_cast<unsigned char>(s[k]))) return false;
        v = std::stoul(std::string(s.substr(from, n)), nullptr, 16);
        return true;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned long v = 0;
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char e = s[i + 1];
            if (e == 'u' && i + 2 < s.size() && s[i + 2] == '{') {
                const std::size_t close = s.find('}', i + 3);
                if (close != std::string_view::npos && close - i - 3 <= 6 &&
                    hex(i + 3, close - i - 3, v) && v <= 0x10FFFF) {
                    append_utf8(out, static_cast<std::uint32_t>(v));
                    i = close;
                    continue;
                }
            } else if (e == 'u' && hex(i + 2, 4, v)) {
                append_utf8(out, static_cast<std::uint32_t>(v));
                i += 5;
                continue;
            } else if (e == 'x' && hex(i + 2, 2, v)) {
                append_utf8(out, static_cast<std::uint32_t>(v));
                i += 3;
                continue;
            } else if (e >= '0' && e <= '7') {
                // A legacy octal escape ("\122" is 'R' in a script that is
                // not strict): up to three digits, at most 0377.
                std::size_t n = 1;
                v = static_cast<unsigned long>(e - '0');
                while (n < 3 && i + 1 + n < s.size() && s[i + 1 + n] >= '0' &&
                       s[i + 1 + n] <= '7' &&
                       v * 8 + static_cast<unsigned long>(s[i + 1 + n] - '0') <= 0377)
                    v = v * 8 + static_cast<unsigned long>(s[i + 1 + n++] - '0');
                append_utf8(out, static_cast<std::uint32_t>(v));
                i += n;
                continue;
            }
            out += e;
            ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

// The text of a drawing as it is drawn: each <text> or <tspan> that gives its
// own x, in order of x along each line (y), joined: letters placed out of
// order ("<text x='40'>TECT</text><text x='10'>PRO</text>") read as drawn.
// Elements drawn right to left (direction="rtl", or an RTL override in their
// style) read backwards. One line of text per distinct y.
std::string svg_as_drawn(std::string_view s) {
    struct Piece {
        double y, x;
        std::string text;
    };
    std::vector<Piece> pieces;
    auto number_after = [&](std::string_view tag, std::string_view name, double& v) {
        const std::size_t at = tag.find(std::string(" ") + std::string(name) + "=");
        if (at == std::string_view::npos) return false;
        std::size_t i = at + name.size() + 2;
        if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) ++i;
        try {
            v = std::stod(std::string(tag.substr(i, 24)));
            return true;
        } catch (...) {
            return false;
        }
    };
    for (std::size_t at = s.find('<'); at != std::string_view::npos; at = s.find('<', at + 1)) {
        const bool text = s.compare(at, 5, "<text") == 0, tspan = s.compare(at, 6, "<tspan") == 0;
        if (!text && !tspan) continue;
        const std::size_t close = s.find('>', at);
        if (close == std::string_view::npos) break;
        const std::string_view tag = s.substr(at, close - at);
        // An element that gives no x is drawn where the last left off, or at
        // 0: "<text>RES</text><text x='30'>TRICTED</text>" reads as drawn.
        double x = 0, y = 0;
        number_after(tag, "x", x);
        number_after(tag, "y", y);
        const std::size_t end = s.find('<', close);
        std::string content(
            s.substr(close + 1, end == std::string_view::npos ? s.npos : end - close - 1));
        const std::string style = lower(std::string(tag));
        if (style.find("rtl") != std::string::npos) std::reverse(content.begin(), content.end());
        pieces.push_back({y, x, std::move(content)});
    }
    if (pieces.size() < 2) return {};
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        return a.y != b.y ? a.y < b.y : a.x < b.x;
    });
    std::string out;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0) out += pieces[i].y != pieces[i - 1].y ? "\n" : "";
        out += pieces[i].text;
    }
    return out;
}

// A layout as its pages show it: Mustache tags (comments, sections, values)
// taken out, so that "PRO{{! note }}TECT" reads as the word on every page.
std::string without_mustache_tags(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "{{") == 0) {
            const std::size_t close = s.find("}}", i + 2);
            if (close != std::string_view::npos) {
                for (std::size_t k = i; k < close; ++k)
                    if (s[k] == '\n') out += '\n';
                i = close + 1;
                if (i + 1 < s.size() && s[i + 1] == '}') ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// A layout as a page with nothing to show draws it: a section's text
// ("{{#x}}...{{/x}}") left out, an inverted section's ("{{^x}}...{{/x}}") kept,
// every tag taken out. "Restr{{#x}}ain{{/x}}icted" is "Restricted" on every
// page where x is empty.
// With `inverted_too`, as a page where every value is set draws it: an
// inverted section's text left out as well ("RESTR{{^site.title}}x{{/site.title}}ICTED").
std::string as_drawn_with_nothing_to_show(std::string_view s, bool inverted_too) {
    std::string out;
    int hiding = 0;  // depth of sections being left out
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "{{") == 0) {
            const std::size_t close = s.find("}}", i + 2);
            if (close != std::string_view::npos) {
                std::size_t k = i + 2;
                while (k < close && (s[k] == '{' || s[k] == ' ')) ++k;
                const char sigil = k < close ? s[k] : '\0';
                if (sigil == '#' || sigil == '^')
                    hiding += (hiding > 0 || sigil == '#' || inverted_too) ? 1 : 0;
                else if (sigil == '/' && hiding > 0)
                    --hiding;
                for (std::size_t n = i; n < close; ++n)
                    if (s[n] == '\n') out += '\n';
                i = close + 1;
                if (i + 1 < s.size() && s[i + 1] == '}') ++i;
                continue;
            }
        }
        if (hiding == 0 || s[i] == '\n') out += s[i];
    }
    return out;
}

// Markup as it is shown: the content of an element hidden by its attributes
// (`hidden`, a style with display:none or visibility:hidden) taken out, its
// line breaks kept. "Restr<span hidden>ain</span>icted" shows "Restricted".
std::string without_hidden_elements(std::string_view text) {
    auto starts_folded = [&](std::size_t at, std::string_view with) {
        if (at + with.size() > text.size()) return false;
        for (std::size_t k = 0; k < with.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(text[at + k])) != with[k]) return false;
        return true;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        // CDATA in an HTML page is a comment that shows nothing; so is a
        // processing instruction ("<?x ?>").
        const bool cdata = text.compare(i, 9, "<![CDATA[") == 0;
        if (cdata || text.compare(i, 2, "<?") == 0) {
            const std::size_t close = text.find(cdata ? "]]>" : ">", i);
            const std::size_t stop =
                close == std::string_view::npos ? text.size() : close + (cdata ? 3 : 1);
            for (std::size_t k = i; k < stop; ++k)
                if (text[k] == '\n') out += '\n';
            i = stop - 1;
            continue;
        }
        out += text[i];
        if (text[i] != '<' || i + 1 >= text.size() ||
            !std::isalpha(static_cast<unsigned char>(text[i + 1])))
            continue;
        const std::size_t close = text.find('>', i);
        if (close == std::string_view::npos) continue;
        std::size_t n = i + 1;
        std::string name;
        while (n < close && std::isalnum(static_cast<unsigned char>(text[n])))
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[n++])));
        std::string attributes;
        for (std::size_t k = n; k < close; ++k)
            if (text[k] != ' ' && text[k] != '\t' && text[k] != '\n')
                attributes += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
        std::string without_aria = attributes;
        for (std::size_t at; (at = without_aria.find("aria-hidden")) != std::string::npos;)
            without_aria.erase(at, 11);
        // Elements whose content a page never shows in place ("RESTR<template>x
        // </template>ICTED").
        // (A ruby annotation stands above the word, not in it; a drawing
        // of no size shows nothing.)
        const bool never_shown =
            name == "template" || name == "script" || name == "style" || name == "noscript" ||
            name == "rt" || name == "rp" ||
            (name == "svg" && (attributes.find("width=\"0\"") != std::string::npos ||
                               attributes.find("height=\"0\"") != std::string::npos ||
                               attributes.find("width=0") != std::string::npos ||
                               attributes.find("height=0") != std::string::npos));
        const bool hidden = never_shown || attributes.find("display:none") != std::string::npos ||
                            attributes.find("visibility:hidden") != std::string::npos ||
                            without_aria.find("hidden") != std::string::npos;
        out += text.substr(i + 1, close - i);
        i = close;
        if (!hidden || text[close - 1] == '/') continue;
        // Leave out all up to the element's end tag, counting elements of its
        // name inside it; the end tag is read on.
        int depth = 1;
        std::size_t at = close + 1;
        for (; at < text.size(); ++at) {
            if (text[at] == '\n') out += '\n';
            if (starts_folded(at, "</" + name)) {
                if (--depth == 0) break;
            } else if (starts_folded(at, "<" + name) && at + name.size() + 1 < text.size() &&
                       !std::isalnum(static_cast<unsigned char>(text[at + name.size() + 1]))) {
                ++depth;
            }
        }
        i = at - 1;
    }
    return out;
}

// What is packed in the text's data: URIs ("url(data:image/svg+xml;base64,...)"),
// decoded and read as the file it is, each sighting at the URI's place.
bool png_with_compressed_text(std::string_view b);
std::string png_text_values_joined(std::string_view b);
std::string gif_texts_joined(std::string_view b);

void census_of_data_uris(const std::string& text, bool markup, const CensusLabels& labels,
                         int depth, std::vector<MarkingSighting>& out) {
    if (depth > 2) return;  // a URI inside a URI inside a URI: enough
    int line = 1;
    std::size_t counted = 0, line_start = 0;
    const std::string folded = lower(text);  // "DATA:" is a data: URI too
    for (std::size_t at = folded.find("data:"); at != std::string::npos;
         at = folded.find("data:", at + 5)) {
        for (; counted < at; ++counted)
            if (text[counted] == '\n') ++line, line_start = counted + 1;
        const std::size_t comma = text.find(',', at);
        if (comma == std::string::npos || comma - at > 200) continue;
        std::string head = lower(text.substr(at + 5, comma - at - 5));
        std::erase_if(head, [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
        const bool base64 = head.size() >= 7 && head.compare(head.size() - 7, 7, ";base64") == 0;
        std::string data;
        if (const char quote = at > 0 ? text[at - 1] : '\0'; quote == '"' || quote == '\'') {
            // Quoted, the address runs to its closing quote, and is read as a
            // browser reads it: a line continuation ('\' and a line break, in
            // CSS and JS strings) and the tabs and line breaks a URL parser
            // drops are no part of it, nor, in base64, any space.
            std::size_t end = text.find(quote, comma + 1);
            if (end == std::string::npos) end = text.size();
            for (std::size_t i = comma + 1; i < end; ++i) {
                const char c = text[i];
                if (c == '\\' && i + 1 < end && text[i + 1] == '\n') {
                    ++i;
                    continue;
                }
                if (c == '\n' || c == '\t' || c == '\r' || (base64 && c == ' ')) continue;
                data += c;
            }
        } else {
            std::size_t end = comma + 1;
            while (end < text.size() &&
                   std::string_view("\"')<> \n\t").find(text[end]) == std::string_view::npos)
                ++end;
            data = text.substr(comma + 1, end - comma - 1);
        }
        // In markup the address is an attribute's value, read with its
        // character references first ("&amp;%2382;" is "&#82;" is "R").
        if (markup && data.find('&') != std::string::npos) data = html_references_decoded(data);
        const std::string decoded = base64 ? decode_base64(data) : percent_decoded(data);
        // An image packed so is published as one: a PNG's compressed text
        // is text a viewer shows that portal cannot read.
        if (png_with_compressed_text(decoded)) {
            MarkingSighting s;
            s.line = line;
            s.column = static_cast<int>(at - line_start) + 1;
            s.kind = SightingKind::label;
            s.reading = Reading::unknown;
            s.odd =
                "it is a PNG image packed inside a data: address in this file, with "
                "compressed text in it that portal cannot read";
            out.push_back(std::move(s));
        }
        const std::string kind = head.find("svg") != std::string::npos    ? "packed.svg"
                                 : head.find("html") != std::string::npos ? "packed.html"
                                 : head.find("json") != std::string::npos ? "packed.json"
                                 : head.find("csv") != std::string::npos  ? "packed.csv"
                                                                          : "packed.txt";
        for (auto s : census_of(decoded, kind, labels, depth + 1)) {
            s.line = line;
            s.column = static_cast<int>(at - line_start) + 1;
            s.odd = "it is packed inside a data: address in this file";
            out.push_back(std::move(s));
        }
    }
}

// The letters at the edges of every run of a file, each distinct edge once,
// in the order the runs first show it, with how many runs show it.
// Speed: a drawing saved from a PDF holds its text in tens of thousands of
// glyph runs, and a piece that may begin a label ("re", "co", "pro") in
// thousands of them; joining each such piece with every other run took time
// with the square of the runs (600 KB: 20 s, red team round 17). Each run's
// edges are read once, and each distinct piece is joined once with each
// distinct edge.
class RunEdges {
  public:
    explicit RunEdges(const CensusLabels& labels) : labels_(labels) {}

    void add(std::string_view run) {
        count(starts_, start_order_, letters_at_edge(run, true));
        count(ends_, end_order_, letters_at_edge(run, false));
    }

    // The withheld label whose word `word` (the piece `run`, read) makes
    // with the edge of another run: its start after the piece (`begins`),
    // or its end before it (`ends`); or null.
    const CensusLabel* joined_with_another(std::string_view run, const std::string& word,
                                           bool begins, bool ends) {
        const std::string own_start = letters_at_edge(run, true);
        const std::string own_end = letters_at_edge(run, false);
        const std::string key =
            word + '|' + own_start + '|' + own_end + (begins ? "|b" : "|") + (ends ? "e" : "");
        if (const auto it = memo_.find(key); it != memo_.end()) return it->second;
        const CensusLabel* l = nullptr;
        for (const std::string& edge : start_order_) {
            if (!begins || l) break;
            if (edge == own_start && starts_[edge] == 1) continue;  // the piece itself
            l = withheld_label_word(word + edge, labels_);
        }
        for (const std::string& edge : end_order_) {
            if (!ends || l) break;
            if (edge == own_end && ends_[edge] == 1) continue;
            l = withheld_label_word(edge + word, labels_);
        }
        memo_.emplace(key, l);
        return l;
    }

  private:
    static void count(std::unordered_map<std::string, int>& seen, std::vector<std::string>& order,
                      std::string edge) {
        if (++seen[edge] == 1) order.push_back(std::move(edge));
    }

    const CensusLabels& labels_;
    std::unordered_map<std::string, int> starts_, ends_;
    std::vector<std::string> start_order_, end_order_;
    std::unordered_map<std::string, const CensusLabel*> memo_;
};

// A withheld label's word split into pieces that stand in separate boxes of a
// page or drawing: "<span class=b>TECTED: names</span><span class=a>PRO</span>".
// Styles (positions, table parts, floats, grids), a drawing's placing
// (text-anchor, x) or a script can show the boxes in any order, so the pieces
// are joined in both orders, whatever lies between them. A piece is a run of
// text between tags, Mustache tags or lines that is all letters, two or more,
// and begins or ends a withheld label's word without being one.
// In a layout, a piece against a value tag ("PRO{{page.title}}") joins what
// the page puts in: it is read so too.
void census_of_pieces(const std::string& text, bool mustache, const CensusLabels& labels,
                      std::vector<MarkingSighting>& out) {
    struct Run {
        std::string_view text;
        int line;
        bool against_value_after = false;   // a value tag follows with no space
        bool against_value_before = false;  // a value tag precedes with no space
    };
    std::vector<Run> runs;
    int line = 1;
    std::size_t start = 0;
    bool after_value = false;
    auto value_tag = [&](std::size_t at) {
        return mustache && text.compare(at, 2, "{{") == 0 && at + 2 < text.size() &&
               std::string_view("#^/!>=&{").find(text[at + 2]) == std::string_view::npos;
    };
    auto flush = [&](std::size_t end, bool before_value) {
        std::string_view r = std::string_view(text).substr(start, end - start);
        if (r.find_first_not_of(" \t\r") != std::string_view::npos)
            runs.push_back({r, line, before_value, after_value});
    };
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '<' || (mustache && text.compare(i, 2, "{{") == 0) || c == '\n') {
            const bool value = value_tag(i);
            flush(i, value);
            std::size_t close = i + 1;
            if (c == '<')
                close = text.find('>', i);
            else if (c == '{')
                close = text.find("}}", i), close = close == std::string::npos ? close : close + 1;
            else
                close = i;
            if (close == std::string::npos) close = text.size() - 1;
            for (std::size_t k = i; k <= close && k < text.size(); ++k)
                if (text[k] == '\n') ++line;
            i = close + 1;
            start = i;
            after_value = value;
            continue;
        }
        ++i;
    }
    flush(text.size(), false);

    RunEdges edges(labels);
    for (const Run& run : runs) edges.add(run.text);
    auto add = [&](int at_line, const CensusLabel* l, const char* why) {
        MarkingSighting s;
        s.line = at_line;
        s.column = 1;
        s.kind = SightingKind::label;
        s.reading = Reading::withhold;
        s.label = l->text;
        s.odd = why;
        out.push_back(std::move(s));
    };
    for (const Run& piece : runs) {
        const std::string read = read_as_person(piece.text.substr(0, 64));
        const std::size_t a = read.find_first_not_of(' '), b = read.find_last_not_of(' ');
        if (a == std::string::npos) continue;
        const std::string word = read.substr(a, b - a + 1);
        const bool letters_only =
            word.size() >= 2 && word.size() <= 24 &&
            std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        const bool begins = letters_only && labels.a_label_written_as_one_begins_with(word) &&
                            !withheld_label_word(word, labels);
        const bool ends =
            letters_only && labels.a_label_ends_with(word) && !withheld_label_word(word, labels);
        // Against a value: a piece of three letters or more at the run's edge.
        auto letter = [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; };
        // (After the piece, a value may hold a label's rest; before it, its start.)
        for (const bool at_start : {false, true}) {
            const bool against = at_start ? piece.against_value_before : piece.against_value_after;
            if (!against || !letter(at_start ? piece.text.front() : piece.text.back())) continue;
            const std::string edge = letters_at_edge(piece.text, at_start);
            const bool piece_of_label = at_start ? labels.a_label_ends_with(edge)
                                                 : labels.a_label_written_as_one_begins_with(edge);
            if (edge.size() >= 3 && piece_of_label && !withheld_label_word(edge, labels))
                if (const CensusLabel* l = labels.withheld_with_word_part(edge, !at_start))
                    add(piece.line, l,
                        "a piece of a withheld label's word stands against a value the page "
                        "puts in, which may hold the rest");
        }
        // "Sensitivity: {{page.summary}}": a word that names a marking, and a
        // value after it, shows the value's first words as the marking
        // ("Sensitivity: Restricted briefing ...").
        if (piece.against_value_after) {
            std::string before = read_as_person(piece.text.substr(
                piece.text.size() - std::min<std::size_t>(piece.text.size(), 40)));
            while (!before.empty() && (before.back() == ' ' || before.back() == '-'))
                before.pop_back();
            if (!before.empty() && before.back() == ':') {
                before.pop_back();
                const std::size_t w = before.find_last_not_of("abcdefghijklmnopqrstuvwxyz");
                const std::string name = before.substr(w == std::string::npos ? 0 : w + 1);
                for (const std::string_view naming :
                     {"sensitivity", "classification", "classified", "marking", "grading", "caveat",
                      "caveats", "descriptor", "gpms", "handling", "security"})
                    if (name == naming) {
                        MarkingSighting m;
                        m.line = piece.line;
                        m.column = 1;
                        m.kind = SightingKind::label;
                        m.reading = Reading::unknown;
                        m.odd =
                            "a word that names a marking stands before a value the page puts "
                            "in, whose first words would then read as the page's marking";
                        out.push_back(std::move(m));
                        break;
                    }
            }
        }
        if (!begins && !ends) continue;
        if (const CensusLabel* l = edges.joined_with_another(piece.text, word, begins, ends)) {
            add(piece.line, l,
                "its letters are split between separate boxes of this file, which styles, a "
                "drawing's placing or a script can show together in any order");
            return;
        }
    }
}

// A page packed in an attribute (<iframe srcdoc="&lt;p&gt;...">): its value,
// references decoded, read as the page the frame shows (whose own
// references are decoded again: "&amp;#82;" shows "R").
void census_of_documents_in_attributes(const std::string& text, const CensusLabels& labels,
                                       int depth, std::vector<MarkingSighting>& out) {
    if (depth > 2) return;
    const std::string folded = lower(text);
    // A link's download="..." names the file a reader saves: read as a name.
    for (std::size_t at = folded.find("download"); at != std::string::npos;
         at = folded.find("download", at + 8)) {
        std::size_t i = at + 8;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        if (i + 1 >= text.size() || text[i] != '=') continue;
        ++i;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        const char quote = i < text.size() && (text[i] == '"' || text[i] == '\'') ? text[i] : '\0';
        const std::size_t from = quote ? i + 1 : i;
        std::size_t end = quote ? text.find(quote, from) : text.find_first_of(" \t\n>", from);
        if (end == std::string::npos) end = text.size();
        const std::string name = html_references_decoded(text.substr(from, end - from));
        const int line =
            1 + static_cast<int>(
                    std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        for (auto s : name_census(name, labels)) {
            s.line = line;
            s.column = 1;
            s.kind = SightingKind::label;
            s.odd = "it is in the name a link gives the file a reader saves (download=)";
            out.push_back(std::move(s));
        }
    }
    for (std::size_t at = folded.find("srcdoc"); at != std::string::npos;
         at = folded.find("srcdoc", at + 6)) {
        std::size_t i = at + 6;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
        if (i >= text.size() || text[i] != '=') continue;
        ++i;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
        if (i >= text.size()) break;
        const char quote = text[i] == '"' || text[i] == '\'' ? text[i] : '\0';
        const std::size_t from = quote ? i + 1 : i;
        std::size_t end = quote ? text.find(quote, from) : text.find_first_of(" \t\n>", from);
        if (end == std::string::npos) end = text.size();
        const std::string page = html_references_decoded(text.substr(from, end - from));
        const int line =
            1 + static_cast<int>(
                    std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        for (auto s : census_of(page, "packed.html", labels, depth + 1)) {
            s.line = line;
            s.column = 1;
            s.odd = "it is in a page packed inside an attribute (srcdoc) of this file";
            out.push_back(std::move(s));
        }
    }
}

std::vector<MarkingSighting> census_of(std::string_view bytes, const std::string& rel,
                                       const CensusLabels& labels, int depth) {
    bool binary = false;
    std::string text = readable_text(bytes, binary);
    normalise_line_ends(text);
    const std::string e = lower(std::filesystem::path(rel).extension().string());
    const CensusFormat format = binary                           ? CensusFormat::text
                                : e == ".csv"                    ? CensusFormat::csv
                                : e == ".json"                   ? CensusFormat::json
                                : e == ".md" || e == ".markdown" ? CensusFormat::markdown
                                                                 : CensusFormat::text;
    auto found = take_census(text, format, labels);
    if (binary) {
        // A text file with a control byte in it ("PRO<NUL>TECT", which an
        // editor shows as nothing or a box) reads as binary: read it again
        // with those bytes taken out.
        // (And with each as a tab, a break: "Restricted<U+001E>names".)
        std::string stripped, spaced;
        for (const char c : bytes) {
            const bool control =
                static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t';
            if (!control) stripped += c;
            spaced += control ? '\t' : c;
        }
        if (stripped.size() != bytes.size())
            for (const std::string* reading : {&stripped, &spaced}) {
                bool still_binary = false;
                for (auto& s :
                     take_census(readable_text(*reading, still_binary), CensusFormat::text, labels))
                    found.push_back(std::move(s));
            }
        for (const std::string& values : {png_text_values_joined(bytes), gif_texts_joined(bytes)})
            if (!values.empty())
                for (auto& s : take_census(values, CensusFormat::text, labels)) found.push_back(s);
        for (auto& s : found) s.line = 0, s.column = 0;
        return found;
    }
    // Other readings of the same text, as its reader sees it; each sighting
    // once per place (the raw reading may have seen it already).
    std::set<std::tuple<int, int, std::string>> seen;
    for (const auto& s : found) seen.insert({s.line, static_cast<int>(s.kind), s.label});
    auto also = [&](const std::string& reading) {
        if (reading == text) return;
        for (auto& s : take_census(reading, CensusFormat::text, labels))
            if (seen.insert({s.line, static_cast<int>(s.kind), s.label}).second)
                found.push_back(std::move(s));
    };
    const bool markup = e == ".svg" || e == ".html" || e == ".htm" || e == ".xhtml" ||
                        e == ".xml" || e == ".mustache";
    // Control characters as the breaks a viewer may show them as, a tab
    // ("Restricted<U+001E>names"); the census's reading drops them.
    {
        std::string spaced = text;
        bool any = false;
        for (char& c : spaced)
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
                c = '\t', any = true;
        if (any) also(spaced);
    }
    if (e == ".mustache") {
        also(without_mustache_tags(text));
        for (const bool inverted_too : {false, true}) {
            const std::string drawn = as_drawn_with_nothing_to_show(text, inverted_too);
            also(drawn);
            also(text_between_tags(without_hidden_elements(drawn)));
            also(text_between_tags(without_hidden_elements(drawn), /*every_tag_inline=*/true));
        }
    }
    if (markup) {
        const std::string untagged = e == ".mustache" ? without_mustache_tags(text) : text;
        also(text_between_tags(untagged));
        also(text_between_tags(without_hidden_elements(untagged)));
        // Any tag may show nothing between two letters (Word's "<o:p></o:p>",
        // "<font></font>", an empty "<title/>" in a drawing): read once with
        // every tag gone without a trace.
        if (e != ".mustache") {
            also(text_between_tags(untagged, /*every_tag_inline=*/true));
            also(text_between_tags(without_hidden_elements(untagged), /*every_tag_inline=*/true));
        }
    }
    if (e == ".svg") {
        // Read as drawn; its sightings stand at the drawing's first line.
        const std::string drawn = svg_as_drawn(text);
        if (!drawn.empty())
            for (auto& s : take_census(drawn, CensusFormat::text, labels))
                if (seen.insert({1, static_cast<int>(s.kind), s.label}).second) {
                    s.line = 1, s.column = 1;
                    s.odd = "the drawing shows it, with its letters placed in that order";
                    found.push_back(std::move(s));
                }
    }
    // Cells split by another separator than the census's comma (a
    // spreadsheet saved with ';', as much of Europe writes CSV, or tabs).
    if (e == ".csv" || e == ".tsv")
        for (const char separator : {';', '\t'})
            if (text.find(separator) != std::string::npos) {
                std::string commas = text;
                std::replace(commas.begin(), commas.end(), separator, ',');
                for (auto& s : take_census(commas, CensusFormat::csv, labels))
                    if (seen.insert({s.line, static_cast<int>(s.kind), s.label}).second)
                        found.push_back(std::move(s));
            }
    // JSON, which the census reads in its strings, read as text too: a
    // browser or an editor shows the whole file, comments and all.
    if (format == CensusFormat::json)
        for (auto& s : take_census(text, CensusFormat::text, labels))
            if (seen.insert({s.line, static_cast<int>(s.kind), s.label}).second)
                found.push_back(std::move(s));
    if (e == ".css" || e == ".html" || e == ".htm")  // a page's <style> and style="..."
        also(strings_joined(css_unescaped(text)));
    if (e == ".js" || e == ".mjs") {
        // (A template literal's backticks are quotes here, not a code span's.)
        std::string joined = strings_joined(js_unescaped(text));
        std::replace(joined.begin(), joined.end(), '`', '"');
        also(joined);
        for (auto& s : script_join_census(text, labels))
            if (seen.insert({s.line, static_cast<int>(s.kind), s.label}).second)
                found.push_back(std::move(s));
    }
    census_of_data_uris(text, markup, labels, depth, found);
    if (markup) {
        census_of_documents_in_attributes(text, labels, depth, found);
        census_of_pieces(text, e == ".mustache", labels, found);
    }
    return found;
}

}  // namespace

std::vector<MarkingSighting> file_census(std::string_view bytes, const std::string& rel,
                                         const CensusLabels& labels) {
    return census_of(bytes, rel, labels, 0);
}

namespace {

// Whether a PNG holds compressed text (a zTXt chunk, or an iTXt chunk with its
// compression flag set): text a viewer shows that portal cannot read.
// Every PNG in the bytes is looked at, not only one that starts them: an
// icon (.ico) holds its images as PNGs, one after another.
bool one_png_with_compressed_text(std::string_view b);
bool png_with_compressed_text(std::string_view b) {
    constexpr std::string_view kSignature = "\x89PNG\r\n\x1A\n";
    for (std::size_t at = b.find(kSignature); at != std::string_view::npos;
         at = b.find(kSignature, at + 1))
        if (one_png_with_compressed_text(b.substr(at))) return true;
    return false;
}
bool one_png_with_compressed_text(std::string_view b) {
    for (std::size_t at = 8; at + 12 <= b.size();) {
        const std::size_t length =
            (static_cast<std::size_t>(static_cast<unsigned char>(b[at])) << 24) |
            (static_cast<std::size_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
            (static_cast<std::size_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
            static_cast<std::size_t>(static_cast<unsigned char>(b[at + 3]));
        const std::string_view type = b.substr(at + 4, 4);
        if (type == "zTXt") return true;
        if (type == "iTXt" && at + 8 + length <= b.size()) {
            const std::string_view data = b.substr(at + 8, length);
            const std::size_t nul = data.find('\0');
            if (nul == std::string_view::npos || nul + 1 >= data.size() || data[nul + 1] != 0)
                return true;  // compressed, or not as the standard writes it
        }
        if (length > b.size()) return false;
        at += 12 + length;
    }
    return false;
}

// The values of a PNG's text chunks (tEXt, and iTXt's text), each after its
// keyword, joined with nothing between them: a viewer lists a file's
// comments together, and one label split between two chunks
// ("Comment: RESTR", "Comment: ICTED") reads as one. Empty when there are
// none or only one.
std::string png_text_values_joined(std::string_view b) {
    std::string joined;
    int chunks = 0;
    constexpr std::string_view kSignature = "\x89PNG\r\n\x1A\n";
    for (std::size_t png = b.find(kSignature); png != std::string_view::npos;
         png = b.find(kSignature, png + 1))
        for (std::size_t at = png + 8; at + 12 <= b.size();) {
            const std::size_t length =
                (static_cast<std::size_t>(static_cast<unsigned char>(b[at])) << 24) |
                (static_cast<std::size_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
                (static_cast<std::size_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
                static_cast<std::size_t>(static_cast<unsigned char>(b[at + 3]));
            if (length > b.size() || at + 12 + length > b.size()) break;
            const std::string_view type = b.substr(at + 4, 4);
            if (type == "tEXt" || type == "iTXt") {
                const std::string_view data = b.substr(at + 8, length);
                std::size_t nul = data.find('\0');
                // iTXt: keyword, flag, method, language, translated keyword.
                if (type == "iTXt" && nul != std::string_view::npos)
                    for (int skip = 0; skip < 2 && nul != std::string_view::npos; ++skip)
                        nul = data.find('\0', nul + (skip == 0 ? 3 : 1));
                if (nul != std::string_view::npos) {
                    joined += data.substr(nul + 1);
                    ++chunks;
                }
            }
            at += 12 + length;
        }
    return chunks >= 2 ? joined : std::string();
}

// The texts of a GIF's comment and plain-text extensions, each read as its
// reader reads it: the sub-blocks it is stored in (each at most 255 bytes,
// led by its length) joined, one extension to a line. Read byte for byte,
// a label that a sub-block's length splits ("Restr\xFFicted") is two words.
// Every extension's introducer in the bytes is looked at: a false one reads
// as a few bytes of noise.
std::string gif_texts_joined(std::string_view b) {
    if (!b.starts_with("GIF87a") && !b.starts_with("GIF89a")) return {};
    std::string joined;
    for (std::size_t at = b.find('\x21'); at != std::string_view::npos && at + 2 < b.size();
         at = b.find('\x21', at + 1)) {
        const auto label = static_cast<unsigned char>(b[at + 1]);
        if (label != 0xFE && label != 0x01) continue;
        std::size_t i = at + 2;
        // A plain-text extension's first sub-block places the text: not text.
        if (label == 0x01 && i < b.size()) i += 1 + static_cast<unsigned char>(b[i]);
        std::string text;
        while (i < b.size()) {
            const std::size_t n = static_cast<unsigned char>(b[i]);
            if (n == 0 || i + 1 + n > b.size()) break;
            // (ASCII as the format has it: any other byte reads as '?', so
            // that the census reads UTF-8.)
            for (const char c : b.substr(i + 1, n))
                text += static_cast<unsigned char>(c) < 0x80 ? c : '?';
            i += 1 + n;
        }
        if (!text.empty()) joined += text + "\n";
    }
    return joined;
}

// The encoding a text file declares, other than UTF-8 (or ASCII, which is
// UTF-8): an HTML <meta charset>, an XML declaration's encoding, a CSS
// @charset; nullopt when it declares none or UTF-8. (Only its start is
// looked at: a declaration stands there.)
std::optional<std::string> declared_encoding(std::string_view bytes) {
    const std::string head = lower(std::string(bytes.substr(0, 2048)));
    for (const std::string_view key : {"charset", "encoding"}) {
        for (std::size_t at = head.find(key); at != std::string::npos;
             at = head.find(key, at + 1)) {
            std::size_t i = at + key.size();
            while (i < head.size() && (head[i] == ' ' || head[i] == '\t')) ++i;
            // "charset=...", "encoding=...", or CSS's '@charset "..."'.
            const bool css = at > 0 && head[at - 1] == '@' && i < head.size() &&
                             (head[i] == '"' || head[i] == '\'');
            if (i >= head.size() || (head[i] != '=' && !css)) continue;
            if (head[i] == '=') ++i;
            while (i < head.size() &&
                   std::string_view(" \t\"'").find(head[i]) != std::string_view::npos)
                ++i;
            std::size_t e = i;
            while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) ||
                                       head[e] == '-' || head[e] == '_' || head[e] == '.'))
                ++e;
            const std::string name = head.substr(i, e - i);
            if (name.empty()) continue;
            if (name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii")
                continue;
            return name;
        }
    }
    return std::nullopt;
}

// The kinds of file portal can read to check (by name): text it reads as text,
// and images and fonts it reads for their readable runs.
bool readable_kind(const std::string& rel) {
    static const std::set<std::string> kKinds = {
        ".css", ".js",   ".mjs",         ".json",  ".svg", ".html", ".htm",  ".xml", ".txt",
        ".csv", ".md",   ".webmanifest", ".map",   ".png", ".jpg",  ".jpeg", ".gif", ".webp",
        ".ico", ".avif", ".woff",        ".woff2", ".ttf", ".otf",  ".pdf"};
    return kKinds.count(lower(std::filesystem::path(rel).extension().string())) > 0;
}

// The layout's text with its partials' text put in place of each "{{> name}}"
// (their line breaks as spaces, so that the layout's lines count as before),
// a few levels deep; each partial put in is listed with its line.
std::string with_partials(std::string_view text, const PartialLookup& partial, int depth,
                          std::vector<std::pair<int, const TextFile*>>& put_in) {
    std::string out;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') ++line;
        if (text.compare(i, 2, "{{") == 0) {
            std::size_t k = i + 2;
            while (k < text.size() && text[k] == ' ') ++k;
            const std::size_t close = text.find("}}", k);
            if (k < text.size() && text[k] == '>' && close != std::string_view::npos) {
                std::string name(text.substr(k + 1, close - k - 1));
                std::erase(name, ' ');
                if (const TextFile* inside = depth < kPartialDepth ? partial(name) : nullptr) {
                    put_in.emplace_back(line, inside);
                    std::vector<std::pair<int, const TextFile*>> deeper;
                    std::string put = with_partials(inside->text, partial, depth + 1, deeper);
                    while (!put.empty() && put.back() == '\n') put.pop_back();
                    std::replace(put.begin(), put.end(), '\n', ' ');
                    out += put;
                }
                i = close + 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace

void take_census_with_partials(TextFile& layout, const PartialLookup& partial,
                               const CensusLabels& labels) {
    if (layout.text.find("{{>") == std::string::npos) return;
    std::set<std::tuple<int, int, std::string>> seen;
    for (const auto& s : layout.census) seen.insert({s.line, static_cast<int>(s.kind), s.label});
    std::vector<std::pair<int, const TextFile*>> put_in;
    const std::string shown = with_partials(layout.text, partial, 0, put_in);
    // What a partial finds in itself its own census reports (and stops the
    // build with); only what the joining makes is new here.
    auto partials_own = [&](const MarkingSighting& s) {
        for (const auto& [line, file] : put_in)
            if (line == s.line)
                for (const auto& own : file->census)
                    if (own.label == s.label) return true;
        return false;
    };
    for (auto& s : census_of(shown, layout.rel, labels, 0))
        if (!partials_own(s) && seen.insert({s.line, static_cast<int>(s.kind), s.label}).second) {
            s.odd = "it is shown whole where the layout puts its partials in";
            layout.census.push_back(std::move(s));
        }
}

namespace {

// Whether an x, y, dx or dy attribute lists more than one position (one per
// letter: "x=\"90 80 70\"").
bool has_position_list(const std::string& folded) {
    for (const std::string_view name : {" x=", " y=", " dx=", " dy="})
        for (std::size_t at = folded.find(name); at != std::string::npos;
             at = folded.find(name, at + 1)) {
            const std::size_t from = at + name.size() + 1;
            if (from > folded.size() || (folded[from - 1] != '"' && folded[from - 1] != '\''))
                continue;
            const std::size_t close = folded.find(folded[from - 1], from);
            if (close == std::string::npos) break;
            int values = 0;
            bool in_value = false;
            for (std::size_t k = from; k < close; ++k) {
                const bool part = folded[k] != ' ' && folded[k] != ',';
                if (part && !in_value) ++values;
                in_value = part;
            }
            if (values > 1) return true;
        }
    return false;
}

// Whether a stylesheet's content: properties hold a string with a letter in
// it ("content: 'PRO'" on ::before and "'TECT'" on ::after show PROTECT around
// an empty element). Marks and spaces ("content: ': '", "\\201C") are no words.
bool style_makes_words(std::string_view css) {
    const std::string shown = lower(css_unescaped(css));
    for (std::size_t at = shown.find("content"); at != std::string::npos;
         at = shown.find("content", at + 1)) {
        std::size_t k = at + 7;
        while (k < shown.size() && (shown[k] == ' ' || shown[k] == '\t' || shown[k] == '\n')) ++k;
        if (k >= shown.size() || shown[k] != ':') continue;
        const std::size_t end = std::min(shown.find_first_of(";}", k), shown.size());
        char open = 0;
        for (std::size_t i = k + 1; i < end; ++i) {
            const char c = shown[i];
            if (!open && (c == '"' || c == '\'')) {
                open = c;
            } else if (open && c == open) {
                open = 0;
            } else if (open && ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80)) {
                // A letter; or a character beyond ASCII other than the
                // quotes, dashes and marks of U+2000..U+2BFF and Latin-1's
                // signs, which a style puts in as marks.
                if (static_cast<unsigned char>(c) < 0x80) return true;
                const auto lead = static_cast<unsigned char>(c);
                const bool latin1_sign =
                    lead == 0xC2 || (lead == 0xC3 && i + 1 < end &&
                                     (static_cast<unsigned char>(shown[i + 1]) == 0x97 ||
                                      static_cast<unsigned char>(shown[i + 1]) == 0xB7));
                const bool mark = lead == 0xE2 && i + 1 < end &&
                                  static_cast<unsigned char>(shown[i + 1]) >= 0x80 &&
                                  static_cast<unsigned char>(shown[i + 1]) <= 0xAF;
                if (!latin1_sign && !mark) return true;
                i += lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            }
        }
    }
    return false;
}

}  // namespace

// The values of a style's declarations of `property` in squeezed CSS (no
// spaces), each up to its ';' or '}' (a property name, not a longer one:
// "order", not "border").
std::vector<std::string_view> declared(std::string_view squeezed, std::string_view property) {
    std::vector<std::string_view> values;
    for (std::size_t at = squeezed.find(property); at != std::string_view::npos;
         at = squeezed.find(property, at + 1)) {
        const std::size_t colon = at + property.size();
        if (colon >= squeezed.size() || squeezed[colon] != ':') continue;
        if (at > 0 &&
            (std::isalnum(static_cast<unsigned char>(squeezed[at - 1])) || squeezed[at - 1] == '-'))
            continue;
        // (To a ';', '}' or a tag's end: a value may hold quotes,
        // "font-feature-settings: \"smcp\"", and a style attribute ends at '>'.)
        const std::size_t end =
            std::min({squeezed.find_first_of(";}>", colon), squeezed.size(), colon + 201});
        values.push_back(squeezed.substr(colon + 1, end - colon - 1));
    }
    return values;
}

// Whether squeezed CSS shows words otherwise than written: in capitals (a
// title "Restricted information" shown as the marking RESTRICTED INFORMATION),
// or its boxes in another order than the text's ("RESTR" placed after
// "ICTED" by order, a grid, a float or a right-to-left direction).
bool style_shows_otherwise(std::string_view squeezed) {
    auto holds = [](std::string_view value, std::initializer_list<std::string_view> words) {
        for (const std::string_view w : words)
            if (value.find(w) != std::string_view::npos) return true;
        return false;
    };
    for (const std::string_view v : declared(squeezed, "text-transform"))
        if (holds(v, {"uppercase", "capitalize", "var("})) return true;
    for (const std::string_view property : {"font-variant", "font-variant-caps", "font"})
        for (const std::string_view v : declared(squeezed, property))
            if (holds(v, {"caps", "var("})) return true;
    for (const std::string_view v : declared(squeezed, "font-feature-settings"))
        if (holds(v, {"smcp", "c2sc", "pcap", "c2pc", "unic", "titl", "var("})) return true;
    for (const std::string_view property :
         {"order", "grid-row", "grid-column", "grid-area", "grid-row-start", "grid-column-start",
          "grid-row-end", "grid-column-end", "grid-template-areas"})
        if (!declared(squeezed, property).empty()) return true;
    for (const std::string_view v : declared(squeezed, "float"))
        if (holds(v, {"right", "inline-end", "var("})) return true;
    for (const std::string_view v : declared(squeezed, "direction"))
        if (holds(v, {"rtl", "var("})) return true;
    for (const std::string_view v : declared(squeezed, "flex-direction"))
        if (holds(v, {"reverse", "var("})) return true;
    for (const std::string_view v : declared(squeezed, "flex-flow"))
        if (holds(v, {"reverse", "var("})) return true;
    return holds(squeezed, {"row-reverse", "column-reverse", "wrap-reverse", "dir=\"rtl\"",
                            "dir='rtl'", "dir=rtl"});
}

std::optional<std::string> text_put_together_as_shown(std::string_view bytes, bool styled) {
    const std::string folded = lower(std::string(bytes));
    std::string squeezed = folded;
    std::erase_if(squeezed, [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
    // Styles as a browser reads them: escapes decoded ("text-transform:
    // \\75ppercase"), comments gone.
    // (Only for text that may hold styles, in one pass.)
    std::string style;
    if (styled) {
        const std::string shown = lower(css_unescaped(squeezed));
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (shown.compare(i, 2, "/*") == 0) {
                const std::size_t end = shown.find("*/", i + 2);
                if (end == std::string::npos) break;
                i = end + 1;
                continue;
            }
            style += shown[i];
        }
    }
    // "<!ENTITY r 'Restr'>" then "&r;icted".
    if (folded.find("<!entity") != std::string::npos)
        return "markup that declares its own entities (<!ENTITY ...>), whose text is put "
               "together only as it is shown";
    // "<bdo dir=rtl>DETCIRTSER</bdo>" shows RESTRICTED.
    if (folded.find("<bdo") != std::string::npos ||
        squeezed.find("bidi-override") != std::string::npos)
        return "markup or a style that lays text out backwards (<bdo>, unicode-bidi: "
               "bidi-override), which shows letters in another order than they are written";
    // An encoding that switches character sets by escape sequences, which a
    // browser shows as nothing between letters.
    if (folded.find("iso-2022") != std::string::npos || folded.find("utf-7") != std::string::npos ||
        folded.find("hz-gb-2312") != std::string::npos)
        return "text declaring an encoding that switches by escape sequences (ISO-2022, UTF-7, "
               "HZ), which shows letters portal cannot read in order";
    // Text a script makes from codes ("String.fromCharCode(82, 69, ...)",
    // atob("UkVT...")): its words are nowhere in the file.
    if (folded.find("fromcharcode") != std::string::npos ||
        folded.find("fromcodepoint") != std::string::npos ||
        squeezed.find("atob(") != std::string::npos)
        return "a script that makes text from character codes or base64 (fromCharCode, "
               "fromCodePoint, atob), whose words are nowhere in the file";
    // A script that edits a string as it runs ("RXSTRICTXD".replace(/X/g,
    // "E"), "RESTRICTEDNESS".slice(0, 10), "DETCIRTSER".split("").reverse()):
    // its words are what the edit makes, not what is written.
    for (const char quote : {'"', '\'', '`'})
        for (const std::string_view edit :
             {".replace(", ".replaceall(", ".slice(", ".substring(", ".substr(", ".split(", ".at(",
              ".charat(", ".padstart(", ".padend(", ".normalize(", ".tr("})
            if (squeezed.find(std::string(1, quote) + std::string(edit)) != std::string::npos)
                return "a script that edits its strings as it runs (replace, slice, split ...), "
                       "whose words are what the edit makes, not what is written";
    // A drawing whose letters are placed by a transform, a <use> of other
    // text, a list of positions (one per letter, in any order), or a path
    // (<textPath>: a path of several pieces draws the text's runs in the
    // pieces' order, wherever each piece lies).
    // (A <tspan> with a position of its own, too: it moves its piece before
    // or after another <text>'s.)
    auto tspan_placed = [&] {
        for (std::size_t at = folded.find("<tspan"); at != std::string::npos;
             at = folded.find("<tspan", at + 1)) {
            const std::string_view tag =
                std::string_view(folded).substr(at, folded.find('>', at) - at);
            for (const std::string_view name : {" x=", " y=", " dx=", " dy=", "\tx=", "\nx="})
                if (tag.find(name) != std::string_view::npos) return true;
        }
        return false;
    };
    if (folded.find("<svg") != std::string::npos && folded.find("<text") != std::string::npos &&
        (folded.find("transform") != std::string::npos || tspan_placed() ||
         folded.find("<use") != std::string::npos || folded.find("rotate=") != std::string::npos ||
         folded.find("<textpath") != std::string::npos || has_position_list(folded)))
        return "a drawing whose text is placed by transforms, <use>, <textPath> or lists of "
               "positions, which portal cannot follow to read its letters in the order they are "
               "drawn";
    // Styles that show words other than written: in another order, in
    // capitals (anywhere: a stylesheet's "h2 { text-transform: uppercase }"
    // shows the title "Restricted information" as the marking RESTRICTED
    // INFORMATION), or made by the style itself.
    // List markers made from numbers ("@counter-style" of any symbols, or
    // items given their own numbers, <li value="16">, shown as letters): a
    // row of them spells words that are in no file.
    if (squeezed.find("@counter-style") != std::string::npos ||
        (folded.find("<li") != std::string::npos && squeezed.find("value=") != std::string::npos &&
         [&] {
             for (std::size_t at = folded.find("<li"); at != std::string::npos;
                  at = folded.find("<li", at + 3)) {
                 const std::size_t close = folded.find('>', at);
                 if (close != std::string::npos &&
                     folded.substr(at, close - at).find("value") != std::string::npos)
                     return true;
             }
             return false;
         }()))
        return "list markers made from numbers (@counter-style, or <li value=...>), which a "
               "page can show as letters that spell words written nowhere";
    if ((styled && (style_shows_otherwise(squeezed) || style_shows_otherwise(style))) ||
        squeezed.find("small-caps") != std::string::npos ||
        squeezed.find("texttransform") != std::string::npos ||
        squeezed.find("fontvariant") != std::string::npos ||
        squeezed.find("].reverse()") != std::string::npos ||
        squeezed.find("textcontent.touppercase") != std::string::npos ||
        squeezed.find("innertext.touppercase") != std::string::npos ||
        squeezed.find("innerhtml.touppercase") != std::string::npos ||
        squeezed.find("nodevalue.touppercase") != std::string::npos ||
        squeezed.find(".reverse().join(") != std::string::npos ||
        (folded.find("<") != std::string::npos && (squeezed.find(":before{") != std::string::npos ||
                                                   squeezed.find(":after{") != std::string::npos ||
                                                   squeezed.find(":before,") != std::string::npos ||
                                                   squeezed.find(":after,") != std::string::npos)))
        return "a file with styles or a script that show words otherwise than written "
               "(capitals by text-transform or small-caps; boxes reordered by order, a grid, a "
               "float, right-to-left direction or reversed rows; words made by ::before or "
               "::after; text reversed by a script), where portal reads a title in lower case "
               "as a title and the same words in capitals as a marking; write the words as they "
               "are to be shown";
    // "PRO{{=<% %>=}}<%={{ }}=%>TECT": tags portal cannot tell from text.
    if (squeezed.find("{{=") != std::string::npos)
        return "a layout that changes its tags' delimiters ({{=<% %>=}}), after which its tags "
               "cannot be told from its text";
    return std::nullopt;
}

std::optional<std::string> unreadable_asset(std::string_view bytes, const std::string& rel) {
    if (!readable_kind(rel))
        return "portal cannot tell what this kind of file shows a reader, so it cannot check it "
               "for protective markings, and assets/ is published as it is: nothing is "
               "published while it stands. assets/ may hold stylesheets, scripts, JSON, SVG, "
               "HTML, XML, text, CSV and Markdown files, images (PNG, JPEG, GIF, WebP, AVIF, "
               "icons) and fonts; publish anything else's text as a page";
    const char* what = nullptr;
    static const std::set<std::string> kBinary = {".png",   ".jpg", ".jpeg", ".gif",
                                                  ".webp",  ".ico", ".avif", ".woff",
                                                  ".woff2", ".ttf", ".otf"};
    const std::string ext = lower(std::filesystem::path(rel).extension().string());
    const bool text_kind = kBinary.count(ext) == 0;
    const std::optional<std::string> encoding = text_kind ? declared_encoding(bytes) : std::nullopt;
    if (png_with_compressed_text(bytes))
        what = "a PNG image with compressed text in it";
    else if (starts_with(bytes, "wOFF") || starts_with(bytes, "wOF2"))
        what =
            "a compressed web font (WOFF or WOFF2), whose names and glyphs portal cannot read; "
            "publish the font as .ttf or .otf";
    else if (starts_with(bytes, "\x1F\x8B"))
        what = "gzip-compressed";
    else if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06") ||
             starts_with(bytes, "PK\x07\x08"))
        what = "a zip archive (as Word, Excel and OpenDocument files are)";
    else if (starts_with(bytes, "7z\xBC\xAF\x27\x1C"))
        what = "a 7-Zip archive";
    else if (starts_with(bytes, "BZh"))
        what = "bzip2-compressed";
    else if (starts_with(bytes, std::string_view("\xFD"
                                                 "7zXZ\0",
                                                 6)))
        what = "xz-compressed";
    else if (starts_with(bytes, "\x28\xB5\x2F\xFD"))
        what = "zstd-compressed";
    else if (starts_with(bytes, "Rar!\x1A\x07"))
        what = "a RAR archive";
    else if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        what = "an old-style Office file (a compound file)";
    else if (starts_with(bytes, "%PDF") && (bytes.find("/Filter") != std::string_view::npos ||
                                            bytes.find("/Encrypt") != std::string_view::npos ||
                                            bytes.find("/ObjStm") != std::string_view::npos))
        what = "a PDF whose text is compressed or encrypted";
    else if (starts_with(bytes, "%PDF") ||
             lower(std::filesystem::path(rel).extension().string()) == ".pdf")
        // Even uncompressed, a PDF draws its words in pieces (kerned runs,
        // a letter per command, hex strings, its fonts' own encodings) in
        // any order on the page: portal cannot read them as a reader does.
        what =
            "a PDF, whose words are drawn in pieces, in any order and encoding, by "
            "commands portal cannot read as a reader sees the page";
    // Text files only: an image or a font shows no styles or scripts (and
    // may be large: reading it so would copy it three times).
    static const std::set<std::string> kStyled = {".css", ".html", ".htm", ".xhtml",   ".svg",
                                                  ".xml", ".md",   ".txt", ".mustache"};
    const auto put_together = what || kBinary.count(ext) > 0
                                  ? std::nullopt
                                  : text_put_together_as_shown(bytes, kStyled.count(ext) > 0);
    if (!what && put_together) what = put_together->c_str();
    // Text in another encoding than UTF-8 shows a browser's letters for its
    // bytes, not the ones portal reads (Cyrillic look-alikes in
    // windows-1251); XSLT rewrites and reorders an XML file's text as shown.
    const std::string head = text_kind ? lower(std::string(bytes.substr(0, 4096))) : "";
    if (what) {
    } else if (text_kind && first_invalid_utf8(bytes) &&
               !(starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF"))) {
        what =
            "text that is not UTF-8, which a browser may show in another encoding's letters; "
            "save it as UTF-8";
    } else if (encoding) {
        what =
            "text that declares an encoding other than UTF-8, in which a browser shows its "
            "bytes as other letters than portal reads; save it as UTF-8 and declare UTF-8";
    } else if (head.find("<?xml-stylesheet") != std::string::npos ||
               head.find("<xsl:") != std::string::npos) {
        what = "XML styled by XSLT, which rewrites and reorders its text when it is shown";
    }
    if (!what && (ext == ".csv" || ext == ".tsv") && spreadsheet_makes_text(bytes))
        what =
            "a spreadsheet with a formula that makes text (it joins, writes or edits letters), "
            "which shows what the formula computes, not what is written; write the text as it "
            "is to be read";
    if (!what && ext == ".css" && style_makes_words(bytes))
        what =
            "a stylesheet whose content: makes words of its own, which a page shows pieced "
            "together with the text of the element it is put before or after";
    if (!what) return std::nullopt;
    return std::string("portal cannot read the text of this file (it is ") + what +
           "), so it cannot check it for protective markings, and assets/ is published as it "
           "is: nothing is published while it stands. Publish the text as a page instead, or "
           "take it out of assets/";
}

}  // namespace portal
