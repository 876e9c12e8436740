#include "load/json_syntax.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace portal {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int line_of(std::string_view text, std::size_t at) {
    at = std::min(at, text.size());
    return 1 +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}
std::string line_text(std::string_view text, std::size_t at) {
    return std::to_string(line_of(text, at));
}

// The last byte before `before` that is not white space, or npos.
std::size_t previous_mark(std::string_view text, std::size_t before) {
    before = std::min(before, text.size());
    while (before > 0) {
        --before;
        if (!is_space(text[before])) return before;
    }
    return std::string_view::npos;
}

// The state of the text up to `upto`, read as JSON's tokens are: the brackets
// still open (their offsets) and, when `upto` is inside a string, where it
// began. The parser stopped at `upto`, so everything before it was well formed
// enough to be read this simply.
struct OpenState {
    std::vector<std::size_t> brackets;
    std::size_t string_start = std::string_view::npos;
};
OpenState open_state(std::string_view text, std::size_t upto) {
    OpenState s;
    upto = std::min(upto, text.size());
    for (std::size_t i = 0; i < upto; ++i) {
        const char c = text[i];
        if (s.string_start != std::string_view::npos) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                s.string_start = std::string_view::npos;
        } else if (c == '"') {
            s.string_start = i;
        } else if (c == '{' || c == '[') {
            s.brackets.push_back(i);
        } else if ((c == '}' || c == ']') && !s.brackets.empty()) {
            s.brackets.pop_back();
        }
    }
    return s;
}

// Where the token the parser stopped on begins: nlohmann points at its last
// byte, and a string or a word is easier to find from its first.
std::size_t token_start(std::string_view text, std::size_t at) {
    if (at >= text.size()) return text.size();
    if (text[at] == '"') {
        const std::size_t open = at == 0 ? std::string_view::npos : text.rfind('"', at - 1);
        if (open != std::string_view::npos && text.find('\n', open) > at) return open;
        return at;
    }
    auto word = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
    };
    while (at > 0 && word(text[at]) && word(text[at - 1])) --at;
    return at;
}

// The parser's message in parts: "while parsing <context> - <problem>;
// expected <expected>", without "last read: '...'", which quotes the file (and
// a file that does not parse cannot yet say what in it is withheld).
struct ParserWords {
    std::string context, problem, expected, plain;
};
ParserWords parser_words(std::string_view msg) {
    ParserWords w;
    std::string m(msg);
    auto cut = m.find("syntax error");
    if (cut == std::string::npos) cut = m.find("] ");
    if (cut != std::string::npos && m.compare(cut, 2, "] ") == 0) cut += 2;
    if (cut != std::string::npos) m = m.substr(cut);
    const auto read = m.find("; last read: '");
    if (read != std::string::npos) {
        const auto expected = m.rfind("; expected ");
        m.erase(read,
                (expected != std::string::npos && expected > read ? expected : m.size()) - read);
    }
    w.plain = m;
    const std::string while_parsing = "while parsing ";
    auto p = m.find(while_parsing);
    if (p == std::string::npos) return w;
    p += while_parsing.size();
    const auto dash = m.find(" - ", p);
    if (dash == std::string::npos) return w;
    w.context = m.substr(p, dash - p);
    const auto exp = m.find("; expected ", dash);
    w.problem = m.substr(dash + 3, exp == std::string::npos ? std::string::npos : exp - dash - 3);
    if (exp != std::string::npos) w.expected = m.substr(exp + 11);
    return w;
}

bool starts(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

JsonSyntaxError said(std::size_t at, std::string words) {
    return {at, "invalid JSON: " + std::move(words)};
}

// A value where the parser wanted a comma or the closing bracket: the comma
// between two values is missing; it goes after the first of them.
bool is_value_start(std::string_view problem) {
    return problem == "unexpected string literal" || problem == "unexpected number literal" ||
           problem == "unexpected '{'" || problem == "unexpected '['" ||
           starts(problem, "unexpected true") || starts(problem, "unexpected false") ||
           starts(problem, "unexpected null");
}

JsonSyntaxError missing_comma(std::string_view text, std::size_t token, bool in_list) {
    const std::size_t prev = previous_mark(text, token);
    if (prev == std::string_view::npos) return said(token, "a comma is missing before this");
    const std::string between = in_list ? "between two items of a list" : "between two entries";
    if (line_of(text, prev) != line_of(text, token))
        return said(prev + 1, "a comma is missing after the value on line " +
                                  line_text(text, prev) + " (" + between +
                                  "): put one at the end of that line");
    return said(prev + 1, "a comma is missing here, " + between);
}

// An unescaped '"' inside text ends the text early; what follows it on the
// line then reads as a bare word.
bool quote_inside_text(std::string_view text, std::size_t token) {
    const std::size_t prev = previous_mark(text, token);
    if (prev == std::string_view::npos || text[prev] != '"' || prev + 1 != token) return false;
    const std::size_t line_end = std::min(text.find('\n', token), text.size());
    return text.substr(token, line_end - token).find('"') != std::string_view::npos;
}

JsonSyntaxError bare_word(std::string_view text, std::size_t token, bool is_key) {
    const char c = token < text.size() ? text[token] : '\0';
    if (c == '\'')
        return said(token, std::string(is_key ? "a key" : "text") +
                               " is written in double quotes \"like this\", not single quotes");
    if (is_key) return said(token, "a key must be written in double quotes, like \"title\"");
    const std::size_t end = std::min(text.size(), token + 5);
    std::string word(text.substr(token, end - token));
    for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (starts(word, "true") || starts(word, "false") || starts(word, "null"))
        return said(token, "true, false and null are written in small letters");
    if (c == '.') return said(token, "a number starts with a digit: 0.5, not .5");
    return said(token, "text must be written in double quotes, \"like this\"");
}

}  // namespace

JsonSyntaxError explain_json_syntax(std::string_view text, std::size_t parser_at,
                                    std::string_view parser_message) {
    const ParserWords w = parser_words(parser_message);
    const std::size_t at = std::min(parser_at, text.size());
    const std::size_t token = token_start(text, at);
    const std::size_t prev = previous_mark(text, token);
    const char before = prev == std::string_view::npos ? '\0' : text[prev];
    const std::string& problem = w.problem;

    if (starts(problem, "invalid string: control character U+000A") ||
        starts(problem, "invalid string: control character U+000D"))
        return said(at,
                    "a line break inside text: a JSON text stays on one line; write \\n where "
                    "a new line is meant");
    if (starts(problem, "invalid string: control character U+0009"))
        return said(at, "a tab inside text: write \\t, or a space");
    if (starts(problem, "invalid string: control character"))
        return said(at, "an invisible control character inside text: delete it");
    if (starts(problem, "invalid string: missing closing quote")) {
        const std::size_t open = open_state(text, text.size()).string_start;
        const std::size_t from = open == std::string_view::npos ? at : open;
        return said(from, "the text that starts here (line " + line_text(text, from) +
                              ") is never closed: a \" is missing at its end");
    }
    if (starts(problem, "invalid string: forbidden character after backslash"))
        return said(at,
                    "a backslash inside text starts an escape such as \\n; write \\\\ for a "
                    "backslash itself");
    if (starts(problem, "invalid string: '\\u'") || starts(problem, "invalid string: surrogate"))
        return said(at, "a \\u escape must be four hex digits, such as \\u00A3 for £");

    if (problem == "unexpected end of input") {
        if (prev == std::string_view::npos)
            return said(0, "the file is empty; a data file holds one JSON object, { ... }");
        const OpenState s = open_state(text, text.size());
        if (!s.brackets.empty()) {
            const std::size_t open = s.brackets.back();
            return said(prev + 1,
                        std::string("the file ends before every { and [ is closed: the ") +
                            text[open] + " on line " + line_text(text, open) +
                            " is still open (a " + (text[open] == '{' ? "}" : "]") +
                            " is missing)");
        }
        return said(prev + 1, "the file ends in the middle of a value");
    }
    if (w.expected == "end of input")
        return said(token, "there is more after the end of the file's outer { ... } (line " +
                               line_text(text, token) + "): a } or ] too many, or text after it");

    const bool object = w.context == "object";
    const bool array = w.context == "array";
    if ((object || array) && is_value_start(problem)) return missing_comma(text, token, array);
    if ((object || array) && problem == "invalid literal") {
        if (quote_inside_text(text, token))
            return said(prev, "a \" inside text ends it early (line " + line_text(text, prev) +
                                  "): write it as \\\" or use curly quotes “ ”");
        return missing_comma(text, token, array);
    }
    if ((w.context == "object key" && problem == "unexpected '}'") ||
        (w.context == "value" && problem == "unexpected ']'")) {
        if (before == ',')
            return said(prev, "the comma at the end of the " +
                                  std::string(problem == "unexpected '}'" ? "object" : "list") +
                                  " (line " + line_text(text, prev) +
                                  ") is one too many: remove it (JSON allows no comma after the "
                                  "last entry)");
    }
    if ((w.context == "object key" || w.context == "value") && problem == "unexpected ','" &&
        before == ',')
        return said(prev, "two commas in a row: remove one");
    if (w.context == "object key" && problem == "unexpected number literal" && before == ',' &&
        prev > 0 && std::isdigit(static_cast<unsigned char>(text[prev - 1])))
        return said(prev, "a number is written without a thousands comma: 1000, not 1,000");
    if (w.context == "object key" && problem == "invalid literal")
        return bare_word(text, token, true);
    if (w.context == "value" && problem == "invalid literal") return bare_word(text, token, false);
    if (w.context == "object key")
        return said(token, "a key in double quotes was expected here, as in \"title\": \"...\"");
    if (w.context == "object separator")
        return said(prev == std::string_view::npos ? token : prev + 1,
                    "a colon is missing after the key on line " + line_text(text, prev) +
                        " (\"key\": value)");
    if ((array && problem == "unexpected '}'") || (object && problem == "unexpected ']'")) {
        const OpenState s = open_state(text, token);
        const std::string opened =
            s.brackets.empty() ? "" : " on line " + line_text(text, s.brackets.back());
        return said(token, std::string(array ? "a list opened with [" : "an object opened with {") +
                               opened + " is closed with " + (array ? "}" : "]") +
                               ": close it with " + (array ? "]" : "}"));
    }
    if (starts(problem, "invalid number"))
        return said(token,
                    "a number is written with digits and at most one point, such as 12, "
                    "0.5 or -3 (no leading zeros, no thousands commas)");
    return said(token, w.plain);
}

namespace {

bool structural(char c) {
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':' || c == ' ' ||
           c == '\t';
}

// The line with every word hidden: text in quotes, keys included, becomes
// "…", and anything else but JSON's punctuation and spacing becomes … (true,
// false and null stay). A file that does not parse cannot yet say which of
// its words are withheld (by a marking in it, or by one in another file: a
// report's entry goes with its plan's withheld priority), and a key may be
// content too (a statistic's labels), as may a number (a withheld figure).
// What is left still shows the slip: a missing comma, a quote too many.
// `caret` moves with the text.
std::string mask_words(std::string_view line, std::size_t& caret) {
    std::string out;
    std::size_t new_caret = std::string::npos;
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        std::size_t j = i + 1;
        std::string piece;
        if (c == '"') {
            while (j < line.size() && line[j] != '"') j += line[j] == '\\' ? 2 : 1;
            const bool closed = j < line.size();
            piece = closed ? "\"…\"" : "\"…";
            j = std::min(closed ? j + 1 : j, line.size());
            // The caret on the quote that ends a text stays on it.
            if (closed && caret == j - 1) new_caret = out.size() + piece.size() - 1;
        } else if (structural(c)) {
            piece = std::string(1, c);
        } else {
            while (j < line.size() && !structural(line[j]) && line[j] != '"') ++j;
            const std::string_view word = line.substr(i, j - i);
            piece = word == "true" || word == "false" || word == "null" ? std::string(word) : "…";
        }
        if (new_caret == std::string::npos && caret >= i && caret < j) new_caret = out.size();
        out += piece;
        i = j;
    }
    caret = new_caret == std::string::npos ? out.size() : new_caret;
    return out;
}

}  // namespace

std::string caret_excerpt(std::string_view text, std::size_t at) {
    at = std::min(at, text.size());
    const std::size_t begin = at == 0 ? 0 : text.rfind('\n', at - 1) + 1;  // npos + 1 == 0
    const std::size_t end = std::min(text.find('\n', at), text.size());
    std::string line(text.substr(begin, end - begin));
    std::size_t caret = at - begin;
    line = mask_words(line, caret);
    // Tabs as one space each, so the caret lines up whatever the terminal's tab stops.
    std::replace(line.begin(), line.end(), '\t', ' ');
    // A window of about 100 bytes around the caret, cut between characters.
    const std::size_t width = 100;
    std::string lead, tail;
    if (line.size() > width) {
        // Never inside a character, nor inside true, false or null (the only
        // words left): "nu…" would read as something of the file's.
        auto inside = [&](std::size_t i) {
            const unsigned char c = static_cast<unsigned char>(line[i]);
            return (c & 0xC0) == 0x80 ||
                   (std::isalpha(c) && std::isalpha(static_cast<unsigned char>(line[i - 1])));
        };
        std::size_t from = caret > width / 2 ? caret - width / 2 : 0;
        while (from > 0 && inside(from)) --from;
        std::size_t to = std::min(line.size(), from + width);
        while (to < line.size() && inside(to)) ++to;
        if (from > 0) lead = "…";
        if (to < line.size()) tail = "…";
        line = line.substr(from, to - from);
        caret -= from;
    }
    // The caret stands under a character, not a byte: count the characters before it.
    std::size_t shown = lead.empty() ? 0 : 1;
    for (std::size_t i = 0; i < caret && i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++shown;
    const std::string number = std::to_string(line_of(text, at));
    return "\n " + number + " | " + lead + line + tail + "\n " + std::string(number.size(), ' ') +
           " | " + std::string(shown, ' ') + "^";
}

}  // namespace portal
