#include "load/hidden_controls.hpp"

#include <cstdint>
#include <cstdio>

namespace portal {

namespace {

bool is_hidden_control(std::uint32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

std::string code_point_name(std::uint32_t cp) {
    char name[8];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(cp));
    return name;
}

std::string raw_message(std::uint32_t cp) {
    return "an invisible control character (" + code_point_name(cp) +
           ") inside the text: a page shows it as nothing, so the letters either side of it run "
           "together; delete it";
}

std::string escape_message(std::string_view escape, std::uint32_t cp) {
    return "the escape '" + std::string(escape) + "' writes an invisible control character (" +
           code_point_name(cp) +
           "): a page shows it as nothing, so the letters either side of it run together; "
           "delete it";
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The code point of `digits` hexadecimal digits at `at`, or nothing.
std::optional<std::uint32_t> hex_at(std::string_view text, std::size_t at, std::size_t digits) {
    if (at + digits > text.size()) return std::nullopt;
    std::uint32_t cp = 0;
    for (std::size_t k = 0; k < digits; ++k) {
        const int v = hex_value(text[at + k]);
        if (v < 0) return std::nullopt;
        cp = cp * 16 + static_cast<std::uint32_t>(v);
    }
    return cp;
}

// The control character the escape at `at` (a backslash) writes, and how long
// the escape is; nothing when it writes none.
struct EscapedControl {
    std::uint32_t cp = 0;
    std::size_t length = 0;
};
std::optional<EscapedControl> escaped_control(std::string_view text, std::size_t at,
                                              EscapeSyntax syntax) {
    if (at + 1 >= text.size()) return std::nullopt;
    const char k = text[at + 1];
    auto simple = [&](std::uint32_t cp) { return EscapedControl{cp, 2}; };
    switch (k) {
        case 'b':
            return simple(0x08);
        case 'f':
            return simple(0x0C);
        default:
            break;
    }
    if (syntax == EscapeSyntax::yaml) {
        switch (k) {
            case '0':
                return simple(0x00);
            case 'a':
                return simple(0x07);
            case 'e':
                return simple(0x1B);
            case 'v':
                return simple(0x0B);
            default:
                break;
        }
    }
    const std::size_t digits = k == 'u'                                   ? 4
                               : syntax == EscapeSyntax::yaml && k == 'x' ? 2
                               : syntax == EscapeSyntax::yaml && k == 'U' ? 8
                                                                          : 0;
    if (digits == 0) return std::nullopt;
    const auto cp = hex_at(text, at + 2, digits);
    if (!cp || !is_hidden_control(*cp)) return std::nullopt;
    return EscapedControl{*cp, 2 + digits};
}

// Where a YAML quoted scalar may open: after a key's colon, a list's
// dash, a flow collection's bracket or comma, or at the start of a line.
bool opens_quoted(std::string_view text, std::size_t at) {
    std::size_t k = at;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    if (k == 0 || text[k - 1] == '\n') return true;
    const char before = text[k - 1];
    return before == ':' || before == '-' || before == '[' || before == '{' || before == ',' ||
           before == '?' || before == '!' || before == '&';
}

}  // namespace

std::optional<TextLimitProblem> first_hidden_control(std::string_view text, EscapeSyntax syntax) {
    bool in_yaml_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (is_hidden_control(b) && b < 0x80) return TextLimitProblem{i, raw_message(b)};
        // C1 controls in UTF-8: C2 80 .. C2 9F.
        if (b == 0xC2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F) return TextLimitProblem{i, raw_message(next)};
        }
        if (syntax == EscapeSyntax::yaml) {
            // A '#' comment outside a string hides its quotes.
            if (!in_yaml_string && b == '#' &&
                (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
                while (i < text.size() && text[i] != '\n') ++i;
                continue;
            }
            // A single-quoted scalar has no escapes ('' is a quote in it).
            if (!in_yaml_string && b == '\'' && opens_quoted(text, i)) {
                for (++i; i < text.size(); ++i) {
                    if (text[i] != '\'') continue;
                    if (i + 1 < text.size() && text[i + 1] == '\'') {
                        ++i;
                        continue;
                    }
                    break;
                }
                continue;
            }
            if (b == '"' && (in_yaml_string || opens_quoted(text, i))) {
                in_yaml_string = !in_yaml_string;
                continue;
            }
            if (!in_yaml_string) continue;
        }
        if (syntax == EscapeSyntax::none || b != '\\') continue;
        if (const auto control = escaped_control(text, i, syntax))
            return TextLimitProblem{i,
                                    escape_message(text.substr(i, control->length), control->cp)};
        ++i;  // past the escaped character: "\\b" is a backslash and a 'b'
    }
    return std::nullopt;
}

}  // namespace portal
