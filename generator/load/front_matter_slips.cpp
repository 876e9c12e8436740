#include "load/front_matter_slips.hpp"

namespace portal {

namespace {

constexpr const char* kQuoteAdvice =
    "put the whole value in quotes, like title: \"Re: the board's plan\"";

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// Where a top-level `key: value` line's value starts (after ": "), or npos
// when the line is not one: indented lines belong to the value above, and
// comments and list items are not keys.
std::size_t value_start(std::string_view line) {
    if (line.empty() || is_blank(line[0]) || line[0] == '#' || line[0] == '-' || line[0] == '"' ||
        line[0] == '\'')
        return std::string_view::npos;
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos) return std::string_view::npos;
    std::size_t v = colon + 2;
    while (v < line.size() && is_blank(line[v])) ++v;
    return v < line.size() ? v : std::string_view::npos;
}

// Whether the quoted value opened at `open` closes on its line. In '...' a
// quote is written twice (''); in "..." a backslash escapes the next character.
bool closes_on_its_line(std::string_view line, std::size_t open) {
    const char q = line[open];
    for (std::size_t i = open + 1; i < line.size(); ++i) {
        if (q == '"' && line[i] == '\\') {
            ++i;
        } else if (line[i] == q) {
            if (q == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                ++i;
                continue;
            }
            return true;
        }
    }
    return false;
}

bool contains(const std::string& s, const char* part) {
    return s.find(part) != std::string::npos;
}

}  // namespace

std::vector<FrontMatterSlip> front_matter_slips(std::string_view yaml) {
    std::vector<FrontMatterSlip> slips;
    int n = 0;
    for (std::size_t at = 0; at < yaml.size(); ++n) {
        std::size_t end = yaml.find('\n', at);
        if (end == std::string_view::npos) end = yaml.size();
        std::string_view line = yaml.substr(at, end - at);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        at = end + 1;
        const std::size_t v = value_start(line);
        if (v == std::string_view::npos) continue;
        const int column = static_cast<int>(v) + 1;
        if (line[v] == '"' || line[v] == '\'') {
            if (!closes_on_its_line(line, v))
                slips.push_back({n, column, true,
                                 std::string("the quote that starts this value is not closed on "
                                             "its line, so YAML would read the lines after it as "
                                             "part of the value; end the value with ") +
                                     line[v] + " on this line"});
            continue;
        }
        if (line[v] == '|' || line[v] == '>' || line[v] == '[' || line[v] == '{') continue;
        const std::size_t hash = line.find(" #", v);
        if (hash != std::string_view::npos)
            slips.push_back({n, static_cast<int>(hash) + 2, false,
                             "YAML reads ' #' as the start of a comment, so the rest of this "
                             "line is left out of the value; " +
                                 std::string(kQuoteAdvice)});
    }
    return slips;
}

std::string yaml_error_in_words(const std::string& msg, std::string_view line, int column) {
    const bool indented = !line.empty() && is_blank(line[0]);
    std::string words;
    if (contains(msg, "tab")) {
        words =
            "a tab stands at the start of this line; start each key at the beginning of its "
            "line, and indent with spaces only";
    } else if (contains(msg, "illegal map value")) {
        words = indented ? "this line is indented, so YAML reads it as part of the line above; "
                           "start each key at the beginning of its line"
                         : "this value holds ': ' (a colon and a space), which YAML reads as the "
                           "start of another key; " +
                               std::string(kQuoteAdvice);
    } else if (contains(msg, "end of sequence flow")) {
        words =
            "a value that starts with '[' is read as a list, and this one is never closed "
            "with ']'; to write text that starts with '[', " +
            std::string(kQuoteAdvice);
    } else if (contains(msg, "end of map flow")) {
        words =
            "a value that starts with '{' is read as a map, and this one is never closed "
            "with '}'; to write text that starts with '{', " +
            std::string(kQuoteAdvice);
    } else if (contains(msg, "unknown token")) {
        words = "a value cannot start with '@', '`' or '%' unless it is in quotes; " +
                std::string(kQuoteAdvice);
    } else if (contains(msg, "end of map not found") ||
               contains(msg, "end of sequence not found")) {
        const std::size_t before =
            std::min(line.size(), static_cast<std::size_t>(column > 1 ? column - 1 : 0));
        const std::string_view head = line.substr(0, before);
        if (head.find('"') != std::string_view::npos || head.find('\'') != std::string_view::npos)
            words =
                "text follows the closing quote of a value: a quote inside a value ends it. "
                "In double quotes write a \" inside it as \\\"; in single quotes write an "
                "apostrophe as two, like title: 'The board''s plan'";
        else
            words =
                "this line is not a 'key: value' line; start it with a key and a colon "
                "(title: ...), or, if it goes on from the value above, indent it with spaces";
    }
    if (words.empty())
        words = "YAML cannot read this (" + msg +
                "); a value that holds ': ', ' #' or quotes, or starts with '[', '{', '@', '-' "
                "or a quote, goes in quotes: title: \"Re: the board's plan\"";
    return "front matter: " + words;
}

}  // namespace portal
