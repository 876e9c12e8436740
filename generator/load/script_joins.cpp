#include "load/script_joins.hpp"

#include <string>

namespace portal {

namespace {

bool letter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool quote(char c) {
    return c == '"' || c == '\'' || c == '`';
}
bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

// The letters (lower case) at the start or the end of s, up to the first
// that is no letter.
std::string letters_at(std::string_view s, bool at_start) {
    std::string out;
    if (at_start) {
        for (std::size_t i = 0; i < s.size() && letter(s[i]); ++i)
            out += static_cast<char>(s[i] | 0x20);
    } else {
        std::size_t i = s.size();
        while (i > 0 && letter(s[i - 1])) --i;
        for (; i < s.size(); ++i) out += static_cast<char>(s[i] | 0x20);
    }
    return out;
}

}  // namespace

std::vector<MarkingSighting> script_join_census(std::string_view js, const CensusLabels& labels) {
    std::vector<MarkingSighting> out;
    int line = 1;
    // A piece at a join: the start of a label's word ("PRO" + x) or its end
    // (x + "TECT").
    auto look_at = [&](std::string_view piece_side, bool piece_starts_word, int at_line) {
        // (Three letters or more: "px" and "em" join numbers to units.)
        const std::string piece = letters_at(piece_side, !piece_starts_word);
        if (piece.size() < 3) return;
        if (const CensusLabel* l = labels.withheld_with_word_part(piece, piece_starts_word))
            out.push_back({at_line,
                           1,
                           SightingKind::label,
                           Reading::withhold,
                           l->text,
                           "a script joins '" + piece +
                               "', a piece of it, to a value when it "
                               "runs (+, concat or ${...}), and the page may show the whole word",
                           {},
                           {}});
    };
    for (std::size_t i = 0; i < js.size(); ++i) {
        const char c = js[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == '/' && i + 1 < js.size() && js[i + 1] == '/') {
            while (i + 1 < js.size() && js[i + 1] != '\n') ++i;
            continue;
        }
        if (c == '/' && i + 1 < js.size() && js[i + 1] == '*') {
            const std::size_t end = js.find("*/", i + 2);
            const std::size_t stop = end == std::string_view::npos ? js.size() : end + 2;
            for (std::size_t k = i; k < stop; ++k) line += js[k] == '\n';
            i = stop - 1;
            continue;
        }
        if (!quote(c)) continue;
        const int at_line = line;
        std::size_t k = i + 1;
        std::size_t piece_from = k;  // where the text since the last ${...} starts
        bool closed = false;
        for (; k < js.size(); ++k) {
            if (js[k] == '\\') {
                ++k;
            } else if (js[k] == c) {
                closed = true;
                break;
            } else if (js[k] == '\n') {
                if (c != '`') break;
                ++line;
            } else if (c == '`' && js[k] == '$' && k + 1 < js.size() && js[k + 1] == '{') {
                // `PRO${a}` and `${a}TECT`: the text on either side of it.
                look_at(js.substr(piece_from, k - piece_from), true, at_line);
                const std::size_t close = js.find('}', k);
                if (close == std::string_view::npos) break;
                for (std::size_t n = k; n < close; ++n) line += js[n] == '\n';
                k = close;
                piece_from = close + 1;
                const std::size_t next = close + 1;
                std::size_t e = next;
                while (e < js.size() && letter(js[e])) ++e;
                look_at(js.substr(next, e - next), false, at_line);
            }
        }
        if (!closed) {
            i = k < js.size() ? k - (js[k] == '\n') : js.size();
            continue;
        }
        const std::string_view body = js.substr(i + 1, k - i - 1);
        // x + "TECT": a value, not a string, before the '+'; a += "TECT".
        std::size_t b = i;
        while (b > 0 && blank(js[b - 1])) --b;
        if (b > 1 && js[b - 1] == '=' && js[b - 2] == '+') {
            look_at(body, false, at_line);
        } else if (b > 0 && js[b - 1] == '+') {
            std::size_t v = b - 1;
            while (v > 0 && blank(js[v - 1])) --v;
            if (v > 0 && !quote(js[v - 1]) && js[v - 1] != '+') look_at(body, false, at_line);
        }
        // "PRO" + x, "PRO".concat(x): a value, not a string, after it.
        std::size_t a = k + 1;
        while (a < js.size() && blank(js[a])) ++a;
        std::size_t v = std::string_view::npos;
        if (a < js.size() && js[a] == '+' && (a + 1 >= js.size() || js[a + 1] != '+'))
            v = a + 1;
        else if (js.compare(a, 8, ".concat(") == 0)
            v = a + 8;
        // "protect personal".toUpperCase(), "DETCIRTSER".split("").reverse():
        // the string as the script makes it.
        std::string made;
        std::string_view how;
        if (js.compare(a, 13, ".toUpperCase(") == 0 ||
            js.compare(a, 19, ".toLocaleUpperCase(") == 0) {
            for (const char ch : body)
                made += ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
            how = "in capitals";
        } else if (js.compare(a, 7, ".split(") == 0 &&
                   js.substr(a, 64).find(".reverse()") != std::string_view::npos) {
            made.assign(body.rbegin(), body.rend());
            how = "backwards";
        }
        if (!how.empty())
            for (auto s : take_census(made, CensusFormat::text, labels)) {
                s.line = at_line;
                s.column = 1;
                s.odd = "a script shows this string " + std::string(how) + " when it runs";
                out.push_back(std::move(s));
            }
        if (v != std::string_view::npos) {
            while (v < js.size() && blank(js[v])) ++v;
            if (v < js.size() && !quote(js[v]))
                look_at(body.substr(piece_from - i - 1), true, at_line);
        }
        i = k;
    }
    return out;
}

}  // namespace portal
