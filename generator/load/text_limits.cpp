#include "load/text_limits.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace portal {

namespace {

std::string too_deep_message(char bracket, NestingSyntax syntax, std::size_t max_depth) {
    const bool list = bracket == '[';
    const char* what = syntax == NestingSyntax::json ? (list ? "this array" : "this object")
                                                     : (list ? "this list" : "this mapping");
    return std::string(what) + " is nested deeper than " + std::to_string(max_depth) +
           " levels (portal reads up to " + std::to_string(max_depth) +
           "); give the file a flatter structure";
}

// A JSON number that starts at `at`: nothing, or why it cannot be held. Only a
// number with an exponent or of more than 300 characters can go beyond a
// double (about 1.8e308), so only those are converted.
std::optional<TextLimitProblem> number_problem(std::string_view text, std::size_t at,
                                               std::size_t end) {
    const std::string_view number = text.substr(at, end - at);
    if (number.size() <= 300 && number.find_first_of("eE") == std::string_view::npos) return {};
    const std::string copy(number);  // strtod needs the terminating zero
    const double value = std::strtod(copy.c_str(), nullptr);
    if (std::isfinite(value)) return {};
    return TextLimitProblem{at,
                            "this number is beyond the range portal can hold (from about "
                            "-1.8e308 to 1.8e308); write it with fewer digits or a smaller "
                            "exponent"};
}

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// JSON: strings are "..." with backslash escapes; there are no comments.
std::optional<TextLimitProblem> scan_json(std::string_view t, std::size_t max_depth, bool numbers) {
    std::size_t depth = 0;
    const std::size_t n = t.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = t[i];
        if (c == '"') {
            for (++i; i < n && t[i] != '"'; ++i)
                if (t[i] == '\\') ++i;  // the escaped character, '"' included
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                return TextLimitProblem{i, too_deep_message(c, NestingSyntax::json, max_depth)};
        } else if (c == ']' || c == '}') {
            if (depth > 0) --depth;
        } else if (numbers && (c == '-' || (c >= '0' && c <= '9'))) {
            std::size_t end = i + 1;
            while (end < n && is_number_char(t[end])) ++end;
            if (auto problem = number_problem(t, i, end)) return problem;
            i = end - 1;
        }
    }
    return {};
}

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// YAML flow collections. A quote opens a quoted scalar only where one can begin
// (at the start of a line, after blank space, after '[', '{' or ',', or after
// the ':' of a quoted key): elsewhere, as in "it's", it is a plain character.
// In '...' a quote is written twice; in "..." a backslash escapes. A '#' at the
// start of a line or after blank space begins a comment. Brackets in plain and
// block scalars count as well, where YAML reads them as text: close enough for
// a limit (yaml-cpp's own guard, an error at 2000 levels, stays behind it).
std::optional<TextLimitProblem> scan_yaml(std::string_view t, std::size_t max_depth) {
    std::size_t depth = 0;
    const std::size_t n = t.size();
    char prev = '\n';                // the character before t[i] ('"' for a quoted scalar)
    bool prev_closed_quote = false;  // t[i - 1] closed a quoted scalar
    bool key_colon = false;          // t[i - 1] is the ':' after a quoted key
    for (std::size_t i = 0; i < n; ++i) {
        const char c = t[i];
        const bool may_open =
            is_blank(prev) || prev == '[' || prev == '{' || prev == ',' || key_colon;
        bool closed_quote = false;
        if (c == '#' && is_blank(prev)) {
            while (i + 1 < n && t[i + 1] != '\n' && t[i + 1] != '\r') ++i;
        } else if (c == '"' && may_open) {
            for (++i; i < n && t[i] != '"'; ++i)
                if (t[i] == '\\') ++i;
            closed_quote = true;
        } else if (c == '\'' && may_open) {
            for (++i; i < n; ++i) {
                if (t[i] != '\'') continue;
                if (i + 1 < n && t[i + 1] == '\'') {
                    ++i;  // '' is a quote inside the scalar
                    continue;
                }
                break;
            }
            closed_quote = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                return TextLimitProblem{i, too_deep_message(c, NestingSyntax::yaml, max_depth)};
        } else if (c == ']' || c == '}') {
            if (depth > 0) --depth;
        }
        key_colon = c == ':' && prev_closed_quote;
        prev_closed_quote = closed_quote;
        prev = closed_quote ? '"' : (i < n ? t[i] : '\n');
    }
    return {};
}

}  // namespace

std::optional<TextLimitProblem> check_nesting_depth(std::string_view text, NestingSyntax syntax,
                                                    std::size_t max_depth) {
    return syntax == NestingSyntax::json ? scan_json(text, max_depth, false)
                                         : scan_yaml(text, max_depth);
}

std::optional<TextLimitProblem> check_json_limits(std::string_view text) {
    return scan_json(text, kMaxNestingDepth, true);
}

std::optional<TextLimitProblem> check_markdown_nesting(std::string_view text,
                                                       std::size_t max_depth) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto blank = [&](std::size_t k) { return k < n && (text[k] == ' ' || text[k] == '\t'); };
    while (i < n) {
        const std::size_t line = i;
        std::size_t columns = 0, markers = 0;
        while (i < n) {
            const char c = text[i];
            std::size_t marker_end = 0;  // one past a marker, with the blank after it
            if (c == '>') {
                marker_end = i + 1 + (blank(i + 1) ? 1 : 0);
            } else if ((c == '-' || c == '+' || c == '*') && blank(i + 1)) {
                marker_end = i + 2;
            } else if (c >= '0' && c <= '9') {
                std::size_t j = i;
                while (j < n && j - i < 9 && text[j] >= '0' && text[j] <= '9') ++j;
                if (j < n && (text[j] == '.' || text[j] == ')') && blank(j + 1)) marker_end = j + 2;
            }
            if (marker_end > 0) {
                ++markers;
                i = marker_end;
            } else if (c == ' ' || c == '\t') {
                columns += c == ' ' ? 1 : 4;
                ++i;
            } else {
                break;
            }
            if (markers + columns / 2 > max_depth)
                return TextLimitProblem{
                    line, "this line nests lists or quotes more than " + std::to_string(max_depth) +
                              " levels deep (or is indented more than " +
                              std::to_string(2 * max_depth) +
                              " columns); Markdown this deep is a mistake, and portal reads no "
                              "further: write the line with fewer levels"};
        }
        // The rest of the line: its table cells counted.
        std::size_t bars = 0;
        for (; i < n && text[i] != '\n'; ++i) {
            if (text[i] == '\\') {
                ++i;
                continue;
            }
            if (text[i] == '|' && ++bars > kMaxTableColumns)
                return TextLimitProblem{
                    line, "this line holds more than " + std::to_string(kMaxTableColumns) +
                              " table cells ('|'); Markdown's table reader slows with the square "
                              "of a table's width, and portal reads no further: split the table"};
        }
        ++i;
    }
    return {};
}

std::string too_large_message(std::uintmax_t bytes, std::uintmax_t limit, bool asset) {
    auto mib = [](std::uintmax_t b) {
        char s[32];
        std::snprintf(s, sizeof s, "%.1f MiB", static_cast<double>(b) / (1024.0 * 1024.0));
        return std::string(s);
    };
    return "this file is " + mib(bytes) + "; portal reads " +
           (asset ? std::string("assets") : std::string("pages, data, layouts and site.json")) +
           " of up to " + std::to_string(limit / (1024 * 1024)) + " MiB. " +
           (asset ? "Make it smaller, or publish it somewhere else and link to it"
                  : "It is probably not meant to be here (an export, or a file saved in the "
                    "wrong place): move it out of the site, or split it");
}

std::optional<TextLimitProblem> check_section_nesting(std::string_view text,
                                                      std::size_t max_depth) {
    std::string open = "{{", close = "}}";
    std::size_t depth = 0;
    for (std::size_t at = text.find(open); at != std::string_view::npos; at = text.find(open, at)) {
        const std::size_t start = at + open.size();
        const std::size_t end = text.find(close, start);
        if (end == std::string_view::npos) break;  // the renderer says what is wrong
        std::string_view tag = text.substr(start, end - start);
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        if (!tag.empty() && tag.front() == '=' && tag.size() >= 2 && tag.back() == '=') {
            // "{{=<% %>=}}": the delimiters from here on.
            std::string_view d = tag.substr(1, tag.size() - 2);
            while (!d.empty() && d.front() == ' ') d.remove_prefix(1);
            while (!d.empty() && d.back() == ' ') d.remove_suffix(1);
            const std::size_t space = d.find(' ');
            if (space != std::string_view::npos) {
                std::string_view second = d.substr(space);
                while (!second.empty() && second.front() == ' ') second.remove_prefix(1);
                if (!second.empty()) {
                    open = std::string(d.substr(0, space));
                    close = std::string(second);
                }
            }
        } else if (!tag.empty() && (tag.front() == '#' || tag.front() == '^')) {
            if (++depth > max_depth)
                return TextLimitProblem{
                    at, "this section opens more than " + std::to_string(max_depth) +
                            " sections inside each other (portal renders up "
                            "to " +
                            std::to_string(max_depth) + "); close some before opening more"};
        } else if (!tag.empty() && tag.front() == '/' && depth > 0) {
            --depth;
        }
        at = end + close.size();
    }
    return std::nullopt;
}

}  // namespace portal
