#include "core/marking_census.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <span>

#include "core/html_comment.hpp"
#include "core/html_references.hpp"
#include "core/label_pieces.hpp"
#include "core/percent_encoding.hpp"
#include "core/reading.hpp"
#include "core/utf8.hpp"

namespace portal {

namespace {

// A letter, a digit, or a sign a person reads as a letter inside a word
// ("RE$TRICTED", "C@NFIDENTIAL": same_label_at_a_glance reads them).
bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$' || c == '@' ||
           static_cast<unsigned char>(c) >= 0x80;
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
}

// What may stand between the pieces of a word a person still reads as one:
// "P R O T E C T", "P.R.O.T.E.C.T", "P-R-O-T-E-C-T", "P_R_O...", "P/R/O...".
bool spacer(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == '/' || c == '*';
}

// Does a key (folded to its letters) read as "marking"? "marking", "Markings",
// "protective_marking", "security-classification".
bool reads_as_marking_key(std::string_view read_key) {
    std::string letters;
    for (char c : read_key)
        if (c >= 'a' && c <= 'z') letters += c;
    return letters.find("marking") != std::string::npos ||
           letters.find("classification") != std::string::npos;
}

// The key portal itself reads, in any case or spelling: one word, "marking"
// or "markings". Any other key that mentions marking ("Road markings",
// "Property marking") reads as one only when a label follows it, or when it
// is a marking field (is_a_marking_field).
bool is_the_marking_key(std::string_view read_key) {
    std::string letters;
    for (char c : read_key) {
        if (c == ' ') return false;
        if (c >= 'a' && c <= 'z') letters += c;
    }
    return letters == "marking" || letters == "markings";
}

// A field of papers and forms that holds the marking of what it stands by,
// in any case or spelling ("Protective marking", "protective_marking",
// "Security classification", "GPMS", "Classification", "Sensitivity"): a
// short value after it ("Restr.", "O-S", a misspelt label) is read as a
// marking, and one that is no label site.json lists is refused. (A sentence
// after it, "## Protective marking: what the labels mean", is a title.)
bool is_a_marking_field(std::string_view read_key) {
    std::string words, letters;
    bool gap = false;
    for (char c : read_key) {
        if (c >= 'a' && c <= 'z') {
            if (gap && !words.empty()) words += ' ';
            words += c;
            letters += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    static constexpr std::string_view kFields[] = {"marking",
                                                   "markings",
                                                   "protective marking",
                                                   "protective markings",
                                                   "security marking",
                                                   "security classification",
                                                   "government security classification",
                                                   "gpms",
                                                   "gpms marking",
                                                   "gpms classification",
                                                   "classification",
                                                   "sensitivity",
                                                   "sensitivity label",
                                                   "handling caveat"};
    for (const std::string_view field : kFields)
        if (words == field || letters == field) return true;
    // ("protective_marking", "Security-Classification": one word broken up.)
    for (const std::string_view field : kFields) {
        std::string joined(field);
        std::erase(joined, ' ');
        if (letters == joined && read_key.find(' ') == std::string_view::npos) return true;
    }
    return false;
}

// The number of words in t from `from` (up to `most` + 1).
std::size_t words_from(std::string_view t, std::size_t from, std::size_t most) {
    std::size_t n = 0;
    bool in_word = false;
    for (std::size_t i = from; i < t.size() && n <= most; ++i) {
        const bool w = (t[i] >= 'a' && t[i] <= 'z') || (t[i] >= '0' && t[i] <= '9') ||
                       static_cast<unsigned char>(t[i]) >= 0x80;
        if (w && !in_word) ++n;
        in_word = w;
    }
    return n;
}

// Markdown's character references and backslash escapes, decoded as a page
// shows them: "&#58;", "&#x3A;", "&colon;", "&nbsp;", "\:".
std::string as_shown(std::string_view raw) {
    static const std::pair<std::string_view, std::string_view> named[] = {
        {"colon", ":"},    {"nbsp", "\xC2\xA0"},   {"ensp", "\u2002"}, {"emsp", "\u2003"},
        {"thinsp", " "},   {"amp", "&"},           {"lt", "<"},        {"gt", ">"},
        {"quot", "\""},    {"apos", "'"},          {"Colon", "::"},    {"ratio", ":"},
        {"vellip", ":::"}, {"hyphen", "-"},        {"dash", "-"},      {"ndash", "-"},
        {"mdash", "-"},    {"ZeroWidthSpace", ""}, {"shy", ""},        {"NonBreakingSpace", " "}};
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && i + 1 < raw.size() &&
            std::ispunct(static_cast<unsigned char>(raw[i + 1]))) {
            out += raw[++i];
            continue;
        }
        if (c != '&') {
            out += c;
            continue;
        }
        // A numeric reference needs no ';' for a browser ("&#80ROTECT").
        if (i + 1 < raw.size() && raw[i + 1] == '#') {
            const bool hex = i + 2 < raw.size() && (raw[i + 2] == 'x' || raw[i + 2] == 'X');
            std::size_t e = i + (hex ? 3 : 2);
            while (e < raw.size() && e - i < 12 &&
                   (hex ? std::isxdigit(static_cast<unsigned char>(raw[e]))
                        : std::isdigit(static_cast<unsigned char>(raw[e]))))
                ++e;
            const std::string digits(raw.substr(i + (hex ? 3 : 2), e - i - (hex ? 3 : 2)));
            if (!digits.empty() && digits.size() <= 7) {
                const unsigned long cp = std::stoul(digits, nullptr, hex ? 16 : 10);
                if (cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                    append_utf8(out, static_cast<std::uint32_t>(cp));
                    i = e < raw.size() && raw[e] == ';' ? e : e - 1;
                    continue;
                }
            }
        }
        const std::size_t semi = raw.find(';', i);
        if (semi == std::string_view::npos || semi - i > 32) {
            out += c;
            continue;
        }
        const std::string_view name = raw.substr(i + 1, semi - i - 1);
        unsigned long cp = 0;
        bool ok = false;
        if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            const std::string digits(name.substr(hex ? 2 : 1));
            if (!digits.empty() && digits.size() <= 7 &&
                digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") ==
                    std::string::npos) {
                cp = std::stoul(digits, nullptr, hex ? 16 : 10);
                ok = cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
            }
        }
        if (ok) {
            append_utf8(out, static_cast<std::uint32_t>(cp));
            i = semi;
            continue;
        }
        bool found = false;
        for (const auto& [n, v] : named)
            if (name == n) {
                out += v;
                i = semi;
                found = true;
                break;
            }
        if (const auto value = found ? std::nullopt : named_character_reference(name)) {
            out += *value;
            i = semi;
            continue;
        }
        // Another named reference (HTML has some two thousand): a script,
        // fraktur or double-struck letter reads as its letter ("&Pscr;"); one
        // made of letters alone that names no letter ("&InvisibleTimes;",
        // "&ic;", "&NoBreak;") is taken to show nothing, so that it cannot
        // split a word a reader sees whole.
        // A letter with an accent ("&iacute;", "&Eacute;", "&ouml;", "&ccedil;")
        // reads as its letter, as the page shows it.
        if (!found && name.size() >= 4 && std::isalpha(static_cast<unsigned char>(name[0])))
            for (const std::string_view accent :
                 {"acute", "grave", "circ", "uml", "tilde", "ring", "cedil", "slash", "caron",
                  "macr", "dot", "ogon", "strok", "breve", "dblac"})
                if (name.substr(1) == accent) {
                    out += name[0];
                    i = semi;
                    found = true;
                    break;
                }
        if (found) continue;
        if (!found && name.size() >= 2 && std::all_of(name.begin(), name.end(), [](char ch) {
                return std::isalnum(static_cast<unsigned char>(ch));
            })) {
            for (const std::string_view style : {"scr", "fr", "opf"})
                if (name.size() == style.size() + 1 && name.substr(1) == style &&
                    std::isalpha(static_cast<unsigned char>(name[0]))) {
                    out += name[0];
                    found = true;
                }
            i = semi;
            continue;
        }
        if (!found) out += c;
    }
    return out;
}

// A line with the escapes of a quoted string decoded, as YAML's double-quoted
// scalars (front matter), JSON and JavaScript read them: "\x52ESTRICTED",
// "\u0052estricted", "\U00000052", and "\n" (a line break: the caller splits
// on it), "\t", "\_" (a no-break space), "\N", "\L", "\P". "" when the line
// has none. A person reads the page these make, not the escapes.
std::string string_escapes_decoded(std::string_view raw) {
    std::string out;
    bool any = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        const char k = raw[i + 1];
        const std::size_t digits = k == 'x' ? 2 : k == 'u' ? 4 : k == 'U' ? 8 : 0;
        if (digits > 0 && i + 2 + digits <= raw.size() &&
            std::all_of(raw.begin() + static_cast<std::ptrdiff_t>(i + 2),
                        raw.begin() + static_cast<std::ptrdiff_t>(i + 2 + digits),
                        [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
            const unsigned long cp =
                std::stoul(std::string(raw.substr(i + 2, digits)), nullptr, 16);
            if (cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                append_utf8(out, static_cast<std::uint32_t>(cp));
                i += 1 + digits;
                any = true;
                continue;
            }
        }
        static constexpr std::pair<char, std::string_view> kSimple[] = {
            {'n', "\n"}, {'r', "\n"}, {'t', "\t"}, {'_', "\xC2\xA0"}, {'N', "\n"}, {'L', "\n"},
            {'P', "\n"}, {'0', ""},   {'"', "\""}, {'\\', "\\"},      {'/', "/"}};
        bool simple = false;
        for (const auto& [c, text] : kSimple)
            if (k == c) {
                out += text;
                ++i;
                any = simple = true;
                break;
            }
        if (!simple) out += raw[i];
    }
    return any ? out : std::string();
}

// A line as a page shows it once inline markup is gone: emphasis marks, and
// HTML tags and comments (rendered safely, raw HTML is dropped without a
// trace), so that "PRO**TECT**" and "PRO<span></span>TECT" read as the one
// word a reader sees.
std::string without_inline_markup(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (raw.compare(i, 4, "<!--") == 0) {
            const std::size_t end = html_comment_end(raw, i);
            if (end == std::string_view::npos) break;
            i = end - 1;
            continue;
        }
        if (c == '<' && i + 1 < raw.size() &&
            (std::isalpha(static_cast<unsigned char>(raw[i + 1])) || raw[i + 1] == '/' ||
             raw[i + 1] == '!')) {
            const std::size_t end = raw.find('>', i);
            if (end == std::string_view::npos) break;
            i = end;
            continue;
        }
        if (c == '*' || c == '_' || c == '~') continue;
        // A code span glued to a word ("Pro`tect`", "`Pro`tect"): the page
        // shows its letters run into the word's. A span standing apart in a
        // sentence ("mark it `::: PROTECT`") is kept whole, as written.
        if (c == '`') {
            const std::size_t close = raw.find('`', i + 1);
            if (close != std::string_view::npos) {
                const bool glued = (i > 0 && word_char(lower(raw[i - 1]))) ||
                                   (close + 1 < raw.size() && word_char(lower(raw[close + 1])));
                if (glued)
                    out.append(raw.substr(i + 1, close - i - 1));
                else
                    out.append(raw.substr(i, close - i + 1));
                i = close;
                continue;
            }
        }
        // An empty link ("[](#x)", "[][ref]") shows nothing at all.
        if (c == '[' && i + 1 < raw.size() && raw[i + 1] == ']' && i + 2 < raw.size() &&
            (raw[i + 2] == '(' || raw[i + 2] == '[')) {
            const std::size_t close = raw.find(raw[i + 2] == '(' ? ')' : ']', i + 3);
            if (close != std::string_view::npos && close - i < 256) {
                i = close;
                continue;
            }
        }
        // A link glued to a word: "[Pro]()tect" shows "Protect". (A link
        // standing apart keeps its brackets: its text is no marking.)
        if (c == '[') {
            const std::size_t mid = raw.find("](", i + 1);
            const std::size_t close = mid == std::string_view::npos ? mid : raw.find(')', mid + 2);
            if (close != std::string_view::npos && close - i < 256 &&
                ((i > 0 && word_char(lower(raw[i - 1]))) ||
                 (close + 1 < raw.size() && word_char(lower(raw[close + 1]))))) {
                out.append(raw.substr(i + 1, mid - i - 1));
                i = close;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Whether a line holds a right-to-left override, embedding or isolate (U+202E,
// U+202B, U+2067): a browser may show what follows backwards ("TCETORP").
bool has_right_to_left_control(std::string_view raw) {
    return raw.find("\xE2\x80\xAE") != std::string_view::npos ||
           raw.find("\xE2\x80\xAB") != std::string_view::npos ||
           raw.find("\xE2\x81\xA7") != std::string_view::npos;
}

// The line's characters in reverse order (UTF-8 sequences kept whole).
std::string reversed_characters(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    std::size_t end = raw.size();
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(raw[start]) & 0xC0) == 0x80) --start;
        out.append(raw.substr(start, end - start));
        end = start;
    }
    return out;
}

// The line as a browser lays it out where a right-to-left override, embedding
// or isolate stands: what follows it, to its closing control (U+202C, U+2069)
// or the line's end, backwards, its brackets mirrored, the controls gone.
// "(&#x202E;detcirtseR&#x202C;)" shows "(Restricted)". (Nested controls are
// taken as they come; the whole line reversed is read as well.)
std::string bidi_shown(std::string_view raw) {
    constexpr std::string_view kOverride = "\xE2\x80\xAE", kEmbedding = "\xE2\x80\xAB",
                               kIsolate = "\xE2\x81\xA7", kPopFormat = "\xE2\x80\xAC",
                               kPopIsolate = "\xE2\x81\xA9";
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        const std::string_view at = raw.substr(i, 3);
        if (at != kOverride && at != kEmbedding && at != kIsolate) {
            out += raw[i++];
            continue;
        }
        const std::string_view pop = at == kIsolate ? kPopIsolate : kPopFormat;
        const std::size_t from = i + 3;
        const std::size_t close = std::min(raw.find(pop, from), raw.size());
        for (char c : reversed_characters(raw.substr(from, close - from))) {
            constexpr std::string_view kOpen = "([{<", kClose = ")]}>";
            if (const std::size_t k = kOpen.find(c); k != std::string_view::npos)
                c = kClose[k];
            else if (const std::size_t m = kClose.find(c); m != std::string_view::npos)
                c = kOpen[m];
            out += c;
        }
        i = close == raw.size() ? close : close + 3;
    }
    return out;
}

// Is the text read at [from, to) written in capitals in `raw`, as markings
// are? More of its ASCII letters upper case than lower ("RESTRlCTED", with a
// small L for the I, still is), or no ASCII letter at all (look-alikes of
// other scripts, which have no case here).
bool written_in_capitals(std::string_view raw, const ReadText& read, std::size_t from,
                         std::size_t to) {
    if (from >= read.source.size() || to == 0 || to > read.source.size()) return false;
    // From the first character's first byte to the last character's first
    // byte: a character of more bytes is no ASCII letter anyway.
    int upper = 0, lower = 0;
    for (std::size_t i = read.source[from]; i <= read.source[to - 1] && i < raw.size(); ++i) {
        const char b = raw[i];
        if (b >= 'a' && b <= 'z') ++lower;
        if (b >= 'A' && b <= 'Z') ++upper;
    }
    return upper > lower || (upper == 0 && lower == 0);
}

// How far into a cell, an element's text, brackets or what follows "marked" a
// prefix (bullets, emphasis, brackets) is looked past to the label: far enough
// for any a person writes, near enough that a run of '(' costs one pass, not
// one per '('.
constexpr std::size_t kPrefixReach = 64;

// Signs that stand for letters inside a word, read as the letters: '!' or
// '|' between letters as 'i' ("RESTR!CTED"), "|2" before letters as 'r'
// ("|2ESTRICTED"), where the word they then make is a withheld label's (so
// that "Well done!Thanks" and a table's "a|b" stay as they are). (Digits and
// '$', '@' a glance reads already: at_a_glance.) `raw` as it is when no sign
// makes such a word.
std::string symbols_read_as_letters(std::string_view raw, const CensusLabels& labels) {
    auto alpha = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    auto in_word = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    std::string out(raw);
    bool any = false;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '!' && c != '|') continue;
        const bool after_letter = i > 0 && alpha(raw[i - 1]);
        std::size_t from = i, to = i + 1;
        char as = 0;
        if (after_letter && i + 1 < raw.size() && alpha(raw[i + 1])) {
            as = 'i';
        } else if (c == '|' && !after_letter && i + 2 < raw.size() && raw[i + 1] == '2' &&
                   alpha(raw[i + 2])) {
            as = 'r';
            to = i + 2;
        } else {
            continue;
        }
        while (from > 0 && in_word(raw[from - 1])) --from;
        std::size_t end = to;
        while (end < raw.size() && in_word(raw[end])) ++end;
        std::string word;
        for (std::size_t k = from; k < i; ++k) word += static_cast<char>(raw[k] | 0x20);
        word += as;
        for (std::size_t k = to; k < end; ++k) word += static_cast<char>(raw[k] | 0x20);
        bool label_word = false;
        for (const std::string_view ending : {"", "s", "d", "ed"})
            label_word =
                label_word || (word.size() > ending.size() + 2 && word.ends_with(ending) &&
                               labels.is_a_word_of_a_withheld_label(
                                   std::string_view(word).substr(0, word.size() - ending.size())));
        if (!label_word) continue;
        const char shown = raw[to < raw.size() ? to : i] >= 'a' ? as : static_cast<char>(as - 32);
        out[i] = shown;
        if (to == i + 2) out[i + 1] = '\x01';  // taken out below
        any = true;
    }
    if (!any) return std::string(raw);
    std::erase(out, '\x01');
    return out;
}

bool has_sign_for_a_letter(std::string_view raw) {
    return std::any_of(raw.begin(), raw.end(), [](char c) { return c == '!' || c == '|'; });
}

// Up to three spaces and ":::", as the structured parse wants a marker.
bool plain_marker_start(std::string_view raw) {
    std::size_t i = 0;
    while (i < raw.size() && i < 3 && raw[i] == ' ') ++i;
    return raw.compare(i, 3, ":::") == 0;
}

struct Scanner {
    const CensusLabels& labels;
    std::vector<MarkingSighting>& out;
    ReadText read;  // reused for every line
    // Whether the text is Markdown (a page, or a string of JSON or a cell of
    // CSV that may be), where "[text](url)" is a link, not brackets.
    bool markdown = true;
    // The text after the line being scanned (scan_text sets it): a marker's
    // label may go on in it ("::: OFFICIAL" then "SENSITIVE", as Word wraps).
    std::string_view after_line = {};

    // The next line of after_line with something on it (a blank line between
    // a label and the rest of it still reads as one label to a person). Looked
    // for only at a marker, not for every line.
    std::string_view next_line_with_text() const {
        for (std::size_t from = 0; from < after_line.size() && from <= 4096;) {
            const std::size_t end = std::min(after_line.find('\n', from), after_line.size());
            const std::string_view line = after_line.substr(from, end - from);
            if (line.find_first_not_of(" \t") != std::string_view::npos) return line;
            from = end + 1;
        }
        return {};
    }

    // The policy label that the read text t begins with at p (words separated by
    // any short run of punctuation and spaces), and where it ends. With
    // `inflected`, the label's last word may also carry an inflection run into
    // it ("protected", "secrets", "confidentially"): the capitals rule reads
    // "PROTECTED: names of the families" as PROTECT, as a person does.
    const CensusLabel* label_at(std::string_view t, std::size_t p, std::size_t& end,
                                bool inflected = false) const {
        std::string words;
        std::size_t i = p;
        std::size_t best_end = 0;
        const CensusLabel* best = nullptr;
        // Labels are a few words; read up to eight and try each prefix.
        for (int w = 0; w < 8 && i < t.size(); ++w) {
            std::size_t sep = i;
            while (sep < t.size() && !word_char(t[sep])) ++sep;
            if (w > 0 && (sep == i || sep - i > 3)) break;  // words run together, or far apart
            if (w == 0 && sep != i) break;
            std::size_t e = sep;
            while (e < t.size() && word_char(t[e])) ++e;
            if (e == sep) break;
            if (!words.empty()) words += ' ';
            words.append(t.substr(sep, e - sep));
            if (const CensusLabel* l = labels.find(words)) {
                best = l;
                best_end = e;
            } else if (const CensusLabel* stem = inflected ? uninflected(words) : nullptr) {
                best = stem;
                best_end = e;
            }
            // Most words begin no label: then no longer run of words is one
            // (label_at is called at every word of a line read in full).
            if (w == 0 && !labels.starts_a_label(words)) break;
            i = e;
        }
        end = best_end;
        return best;
    }

    // The label that `words` (folded) reads as once an inflection is taken off
    // its last word, or null. Only the endings that leave the label's sense
    // ("PROTECTED", "PROTECTS", "EXEMPTED", "SECRETS", "CONFIDENTIALLY"):
    // "PROTECTION" and "PROTECTING" name other things ("CHILD PROTECTION").
    const CensusLabel* uninflected(std::string_view words) const {
        static constexpr std::string_view kEndings[] = {"ed", "d", "es", "s", "ly"};
        if (words.empty() || (words.back() != 'd' && words.back() != 's' && words.back() != 'y'))
            return nullptr;
        for (const std::string_view ending : kEndings) {
            if (words.size() < ending.size() + 3 ||
                words.substr(words.size() - ending.size()) != ending)
                continue;
            const std::string_view stem = words.substr(0, words.size() - ending.size());
            if (!word_char(stem.back()) || !word_char(stem[stem.size() - 2])) continue;
            if (const CensusLabel* l = labels.find(stem)) return l;
        }
        return nullptr;
    }

    // After a label: only the end of the line or punctuation may follow for it
    // to read as a label standing on its own ("RESTRICTED", "PROTECT: ...",
    // "RESTRICTED - details") rather than a word of a sentence ("Protect the
    // public").
    static bool stands_alone(std::string_view t, std::size_t end) {
        std::size_t i = end;
        while (i < t.size() && t[i] == ' ') ++i;
        return i == t.size() || !word_char(t[i]);
    }

    // Past emphasis and the rest of a link whose text ends at `i` ("](#x)",
    // "][r]"): a link shows its text alone, so "## [Restricted](#x): names"
    // and "[Restricted][r]" read as the label. A link's address that runs to
    // the slot's end with no space in it ("([Restricted](#x))", whose slot the
    // address's ')' closes) ends the slot (kEndsSlot); one with a space is no
    // link (kNoLink).
    enum class LinkTail { passed, ends_slot, no_link };
    static LinkTail past_link_tail(std::string_view t, std::size_t& i, std::size_t slot_end) {
        constexpr std::string_view kEmphasis = " *_~\"'`";
        while (true) {
            while (i < slot_end && kEmphasis.find(t[i]) != std::string_view::npos) ++i;
            if (i + 1 >= slot_end || t[i] != ']' || (t[i + 1] != '(' && t[i + 1] != '[')) break;
            const char closing = t[i + 1] == '(' ? ')' : ']';
            const std::size_t close = t.substr(0, slot_end).substr(i + 1, 256).find(closing);
            if (close == std::string_view::npos)
                return slot_end - i <= 256 && t.substr(i, slot_end - i).find_first_of(" \t") ==
                                                  std::string_view::npos
                           ? LinkTail::ends_slot
                           : LinkTail::no_link;
            i += close + 2;
        }
        return LinkTail::passed;
    }

    // After a label that begins a place where a label could stand (a line after
    // its prefix, a table cell, an element's text, what stands in brackets,
    // ending at slot_end): whether the label leads it as a marking does, in any
    // case. Nothing may follow but closing marks (emphasis, quotes, brackets, a
    // full stop, closing tags: "**Protect**.", "<p>Protect</p>"), or a colon
    // or a spaced dash and then anything ("Restricted: names of the families",
    // "Confidential - personal"). A word after it makes it a word of a title
    // or a sentence ("Restricted parking on Mill Road", "Exempt vehicles").
    static bool leads_slot(std::string_view t, std::size_t end, std::size_t slot_end) {
        // '#': a heading's closing sequence ("## Restricted ##").
        constexpr std::string_view kClosing = " .!?*_~\"'`)]#";
        std::size_t i = end;
        if (const LinkTail tail = past_link_tail(t, i, slot_end); tail != LinkTail::passed)
            return tail == LinkTail::ends_slot;
        if (i < slot_end && (t[i] == ':' || (t[i] == '-' && i > end && t[i - 1] == ' ')))
            return true;
        // A bracket closes on it: it ends an aside ("Item 9 (Case review –
        // Restricted): the family"), whatever follows the bracket.
        if (i < slot_end && (t[i] == ')' || t[i] == ']')) return true;
        for (; i < slot_end; ++i) {
            if (t.compare(i, 2, "</") == 0) {
                // A closing tag is short; looking no further keeps a line of
                // "</" without '>' from costing a pass per slot.
                const std::size_t close = t.substr(0, slot_end).substr(i, 32).find('>');
                if (close == std::string_view::npos) return false;
                i += close;
            } else if (kClosing.find(t[i]) == std::string_view::npos) {
                return false;
            }
        }
        return true;
    }

    // Does a bracket close right after `end` (past emphasis and quotes)?
    static bool closes_bracket(std::string_view t, std::size_t end) {
        while (end < t.size() &&
               std::string_view(" *_~\"'`").find(t[end]) != std::string_view::npos)
            ++end;
        return end < t.size() && (t[end] == ')' || t[end] == ']');
    }

    // The label that leads [s, slot_end) of t as a marking does, or null.
    // Labels together lead as one ("(Restricted and Confidential)", "[Protect
    // / Restricted]"): the first withheld among them is the one read.
    const CensusLabel* label_leading(std::string_view t, std::size_t s, std::size_t slot_end,
                                     std::size_t& end) const {
        const std::string_view slot = t.substr(0, slot_end);
        const CensusLabel* first = label_at(slot, s, end);
        if (!first) return nullptr;
        const CensusLabel* read = first;
        bool together = false;
        for (int more = 0; more < 4; ++more) {
            // ("[Confidential][r] [Restricted][r]": links' tails are passed.)
            std::size_t tail = end;
            if (past_link_tail(t, tail, slot_end) != LinkTail::passed) break;
            const std::size_t at = skip_joiners(t, tail, slot_end);
            std::size_t next_end = 0;
            const CensusLabel* next = at > end ? label_at(slot, at, next_end) : nullptr;
            if (!next) break;
            if (read->reading != Reading::withhold) read = next;
            end = next_end;
            together = true;
        }
        // Labels together are no words of a title, whatever follows them
        // ("Confidential Restricted the family at ...").
        if (together && read->reading == Reading::withhold) return read;
        return leads_slot(t, end, slot_end) ? read : nullptr;
    }

    // "Protectively marked" at s of t, not after "not" ("NOT PROTECTIVELY
    // MARKED" is a marking a policy may publish): marked, with no label.
    static bool protectively_marked_at(std::string_view t, std::size_t s) {
        return t.compare(s, 19, "protectively marked") == 0 &&
               (s + 19 >= t.size() || !word_char(t[s + 19])) &&
               (s < 4 || t.compare(s - 4, 4, "not ") != 0);
    }

    // Does `word` (read, lower case) name a marking when a label follows it?
    // Some whatever stands between ("GPMS Restricted", "Sensitivity:
    // Restricted"); others (`loosely`) only with a colon, dash or arrow
    // between, and a label written with a capital ("Security: Protect",
    // "Handling - Restricted"; "Vehicle security: protect your car" is
    // advice).
    static bool names_a_marking(std::string_view word, bool separated, bool& loosely) {
        loosely = false;
        for (const std::string_view w :
             {"gpms", "classification", "classified", "marking", "grading", "caveat", "caveats",
              "descriptor", "sensitivity"})
            if (word == w) return true;
        if (!separated) return false;
        loosely = true;
        for (const std::string_view w :
             {"security", "handling", "distribution", "label", "marked", "confidentiality",
              "circulation", "dissemination", "grade"})
            if (word == w) return true;
        return false;
    }

    // A withheld label, in any case, after a word that names a marking,
    // whatever follows it: "Sensitivity: Restricted the family at ...",
    // "GPMS Restricted notes", "Security Classification - Restricted ...".
    // Where it stands (the label's offset) in `at`.
    template <typename InCode>
    const CensusLabel* label_after_naming_word(std::string_view raw, std::string_view t,
                                               std::size_t p, InCode in_code,
                                               std::size_t& at) const {
        for (std::size_t i = p + 1; i < t.size(); ++i) {
            if (!word_char(t[i]) || word_char(t[i - 1]) || in_code(i)) continue;
            std::size_t b = i;
            bool separated = false;
            while (b > p && i - b < 8 &&
                   std::string_view(" :-=>*_\"'`").find(t[b - 1]) != std::string_view::npos) {
                separated =
                    separated || std::string_view(":-=>").find(t[b - 1]) != std::string_view::npos;
                --b;
            }
            if (b == i || b == p || !word_char(t[b - 1])) continue;
            std::size_t w = b;
            while (w > p && word_char(t[w - 1]) && b - w < 16) --w;
            bool loosely = false;
            if (!names_a_marking(t.substr(w, b - w), separated, loosely)) continue;
            if (loosely) {
                const std::size_t r = i < read.source.size() ? read.source[i] : raw.size();
                if (r >= raw.size() || raw[r] < 'A' || raw[r] > 'Z') continue;
            }
            std::size_t end = 0;
            if (const CensusLabel* l = label_at(t, i, end); l && l->reading == Reading::withhold) {
                at = i;
                return l;
            }
        }
        return nullptr;
    }

    // The places inside a line where a label may stand on its own, as a
    // marking is written, each as [from, to) of the read line and why it is
    // one: every table cell ("| 6 | Case review | Protect |"), the text of an
    // HTML element ("<h2>Confidential</h2>"), and what stands in brackets
    // ("(Protect)", "[Restricted]"; not a link's text, "[Protect](#protect)").
    // Calls f(from, to, why) until it returns true. Each closer is looked for
    // once, so that a long line of openers costs no more than one pass.
    template <typename F>
    static void for_each_slot(std::string_view t, bool markdown, F&& f) {
        if (t.find('|') != std::string_view::npos)
            for (std::size_t from = 0;;) {
                const std::size_t bar = std::min(t.find('|', from), t.size());
                if (f(from, bar, "it stands alone in a table cell, as a marking is written"))
                    return;
                if (bar == t.size()) break;
                from = bar + 1;
            }
        constexpr std::string_view kOpeners = ">([", kClosers = "<)]";
        std::size_t next_close[3] = {0, 0, 0};
        for (std::size_t i = 0; i < t.size(); ++i) {
            const std::size_t kind = kOpeners.find(t[i]);
            if (kind == std::string_view::npos) continue;
            if (next_close[kind] <= i)
                next_close[kind] = std::min(t.find(kClosers[kind], i + 1), t.size());
            const std::size_t close = next_close[kind];
            if (close == t.size()) continue;
            // A link's text is no marking; an image's is (its alt text: a
            // "Restricted" stamp).
            // (In a layout or an asset there are no Markdown links:
            // "<h2>[Restricted](#x)</h2>" shows the brackets.)
            if (markdown && kind == 2 && close + 1 < t.size() &&
                (t[close + 1] == '(' || t[close + 1] == '[') && (i == 0 || t[i - 1] != '!'))
                continue;
            if (f(i + 1, close,
                  kind == 0 ? "it is the whole text of an HTML element, as a marking is written"
                            : "it stands alone in brackets, as a marking is written"))
                return;
        }
        // What stands in quotation marks, taken in pairs: a paper 'headed
        // "Restricted"', a link's title ("[x](url "Restricted")").
        for (std::size_t open = t.find('"'); open != std::string_view::npos;) {
            const std::size_t close = t.find('"', open + 1);
            if (close == std::string_view::npos) break;
            if (f(open + 1, close, "it stands alone in quotation marks, as a marking is named"))
                return;
            open = t.find('"', close + 1);
        }
    }

    // The first withheld label standing as a word anywhere in t from `from`.
    const CensusLabel* withheld_label_after(std::string_view t, std::size_t from) const {
        for (std::size_t i = from; i < t.size(); ++i) {
            if (!word_char(t[i]) || (i > 0 && word_char(t[i - 1]))) continue;
            std::size_t end = 0;
            if (const CensusLabel* l = label_at(t, i, end); l && l->reading == Reading::withhold)
                return l;
        }
        return nullptr;
    }

    // What the words of a label written after ':::' or a marking key read as.
    Reading reading_of(std::string_view t, std::size_t p, std::string& label) const {
        while (p < t.size() && !word_char(t[p])) ++p;
        if (p >= t.size()) return Reading::none;
        std::size_t end = 0;
        if (const CensusLabel* l = label_at(t, p, end)) {
            label = l->text;
            return l->reading;
        }
        return Reading::unknown;
    }

    void add(int line, int column, SightingKind kind, Reading reading, std::string label,
             std::string odd) {
        out.push_back({line, column, kind, reading, std::move(label), std::move(odd), {}, {}});
    }

    // Two fields of one record (a JSON object's or list's values, a CSV row's
    // cells), which a page or a download shows side by side, in either order:
    // a withheld label's word split between them ("RESTRIC" | "TED: names")
    // is read as the word, at the second field.
    void read_fields_together(std::string_view first, std::string_view second, int line,
                              int column) {
        const CensusLabel* l = label_joined_across(first, second, labels);
        if (!l) l = label_joined_across(second, first, labels);
        if (l)
            add(line, column, SightingKind::label, l->reading, l->text,
                "its letters are split between two fields of one record, which a page or a "
                "download shows side by side");
    }

    // The length of a lettered or Roman-numbered list enumerator at the start
    // of t ("a) ", "B. ", "iv. ", "xii) "), its space included, or 0. (A
    // numbered one, "6. ", is skip_prefix's own; "(a)" is '(' and then this.)
    static std::size_t enumerator_length(std::string_view t) {
        std::size_t j = 0;
        const bool letter = !t.empty() && ((t[0] | 0x20) >= 'a' && (t[0] | 0x20) <= 'z');
        if (!letter) return 0;
        while (j < t.size() && j < 5 &&
               std::string_view("ivxlcIVXLC").find(t[j]) != std::string_view::npos)
            ++j;
        if (j == 0 || (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j])))) j = 1;
        if (j + 1 >= t.size() || (t[j] != '.' && t[j] != ')') ||
            (t[j + 1] != ' ' && t[j + 1] != '\t'))
            return 0;
        return j + 2;
    }

    // Whether three letters standing alone, each apart from the next by a
    // short run of spaces or tabs, start at i of t: a word letter-spaced
    // ("R  E  S  T ...", Word's expanded spacing, a PDF's tracked heading),
    // which a page shows with single spaces.
    static bool spaced_letters_at(std::string_view t, std::size_t i) {
        auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
        for (int n = 0;; ++n) {
            if (i >= t.size() || !letter(t[i]) || (i + 1 < t.size() && letter(t[i + 1])))
                return false;
            if (n == 2) return true;
            std::size_t gap = i + 1;
            while (gap < t.size() && (t[gap] == ' ' || t[gap] == '\t') && gap - i <= 4) ++gap;
            if (gap == i + 1 || gap - i > 4) return false;
            i = gap;
        }
    }

    // The length of a bullet that Word pastes as a character of its own when
    // the list's symbol font is lost ("o ", "Ø ", "ü ", "§ ": one character, a
    // space or tab after it), its space included, or 0.
    static std::size_t bullet_glyph_length(std::string_view t) {
        if (t.empty() || spaced_letters_at(t, 0)) return 0;
        const auto c = static_cast<unsigned char>(t[0]);
        std::size_t n = 0;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            n = 1;
        else if (c >= 0xC0)
            n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (n == 0 || n >= t.size() || (t[n] != ' ' && t[n] != '\t')) return 0;
        return n + 1;
    }

    // Skips what a reader looks past at the start of a line: indentation, quote
    // and table bars, list bullets and numbers, task boxes ("[ ]", "[x]"),
    // heading hashes, emphasis, quotes, brackets and HTML tags. `container` is
    // set when anything but up to three spaces was skipped.
    static std::size_t skip_prefix(std::string_view t, bool& container) {
        std::size_t i = 0;
        container = false;
        while (true) {
            std::size_t spaces = 0;
            while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) spaces += t[i++] == '\t' ? 4 : 1;
            if (spaces > 3) container = true;
            if (i >= t.size()) return i;
            const char c = t[i];
            const bool space_after = i + 1 >= t.size() || t[i + 1] == ' ' || t[i + 1] == '\t';
            auto blank_at = [&](std::size_t j) {
                return j >= t.size() || t[j] == ' ' || t[j] == '\t';
            };
            if (c == '>' || c == '|') {
                ++i;
            } else if ((c == '-' || c == '*' || c == '+') && space_after) {
                ++i;
            } else if (c >= '0' && c <= '9') {
                // "6. ", "6) ", "[6] ", and a paragraph's number in a paper,
                // "3.1 " or "1.1.2 " (a tab after any, as Word pastes them).
                std::size_t j = i;
                bool levels = false;
                while (true) {
                    while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
                    if (j + 1 < t.size() && t[j] == '.' && t[j + 1] >= '0' && t[j + 1] <= '9') {
                        levels = true;
                        ++j;
                        continue;
                    }
                    break;
                }
                if (j < t.size() && (t[j] == '.' || t[j] == ')' || t[j] == ']') && blank_at(j + 1))
                    i = j + 1;
                else if (levels && j < t.size() && blank_at(j))
                    i = j;
                else
                    return i;
            } else if (c == '#') {
                std::size_t j = i;
                while (j < t.size() && t[j] == '#') ++j;
                if (j - i > 6 || !blank_at(j)) return i;
                i = j;
            } else if (const std::size_t n = enumerator_length(t.substr(i)); n > 0) {
                i += n;  // "a) ", "(iv) ", "B. ", "ii. "
            } else if (c == '[' && i + 2 < t.size() && t[i + 2] == ']' &&
                       (t[i + 1] == ' ' || t[i + 1] == 'x' || t[i + 1] == 'X')) {
                i += 3;  // a task box
            } else if (c == '*' || c == '_' || c == '~' || c == '"' || c == '\'' || c == '[' ||
                       c == '(') {
                ++i;
            } else if (c == '!' && i + 1 < t.size() &&
                       (t[i + 1] == '!' || t[i + 1] == '<' ||
                        ((t[i + 1] | 0x20) >= 'a' && (t[i + 1] | 0x20) <= 'z')) &&
                       t.find(' ', i) != std::string_view::npos && t.find(' ', i) - i <= 64) {
                i = t.find(' ', i) + 1;  // a YAML tag before a value ("!!str Restricted")
            } else if (const std::size_t n = bullet_glyph_length(t.substr(i)); n > 0) {
                i += n;  // "o ", "Ø ", "ü ": Word's bullets pasted as text
            } else if (c == '<' && i + 1 < t.size() &&
                       (((t[i + 1] | 0x20) >= 'a' && (t[i + 1] | 0x20) <= 'z') ||
                        t[i + 1] == '/')) {
                const std::size_t close = t.find('>', i);
                if (close == std::string_view::npos) return i;
                i = close + 1;
            } else {
                return i;
            }
            container = true;
        }
    }

    // Speed, in one place. Reading a line as a person does (read_as_person)
    // costs as much as the rest of load on a large site, and almost every line
    // is plain ASCII prose that cannot be read as a marking. A plain ASCII line
    // (no byte over 0x7E, no control byte but tab and line feed: the reading
    // drops the others, joining "Restr<BS>icted") can be read as one only
    // if it holds ':::' (found for the whole text at once), a character
    // reference or escape ('&', '\\'), a table bar, bracket or tag end before
    // a label's first word, "marking" or "marked" in any case, a word in
    // capitals that begins a label, or its start, after the prefix a
    // reader looks past, is the first word of a label or a key ("word:"): all
    // of which show in its raw bytes. Only such lines, and lines that are not
    // plain ASCII, are read in full (plain_line_worth_reading).
    static bool plain_ascii(std::string_view text) {
        // Eight bytes at a time: a high bit, or a byte equal to 0x0B or 0x0C.
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        auto has_byte = [&](std::uint64_t w, std::uint64_t b) {
            const std::uint64_t x = w ^ (b * ones);
            return ((x - ones) & ~x & highs) != 0;
        };
        auto plain_byte = [](unsigned char b) {
            return (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n';
        };
        std::size_t i = 0;
        for (; i + 8 <= text.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, text.data() + i, 8);
            if ((w & highs) || has_byte(w, 0x7F)) return false;
            // A byte below 0x20 (no high bits here, so the borrow test is exact):
            // look at each, as most are line feeds.
            if (((w - 0x20 * ones) & ~w & highs) != 0)
                for (std::size_t k = i; k < i + 8; ++k)
                    if (!plain_byte(static_cast<unsigned char>(text[k]))) return false;
        }
        for (; i < text.size(); ++i)
            if (!plain_byte(static_cast<unsigned char>(text[i]))) return false;
        return true;
    }
    // Offsets in a plain ASCII text where something stands that a line must be
    // read in full for (the caller reads every line holding one):
    //  - ':::', '&' or '\\';
    //  - "marking" or "marked" in any case;
    //  - a word that names a marking ("classification", "caveat", "handling",
    //    "descriptor");
    //  - two capitals that begin a word (a label written as one, or inflected),
    //    or three capitals spaced out ("P R O ...", "P.R.O...");
    //  - a mark that ends a phrase (label_as_phrase) or sets one off -- a table
    //    bar, a bracket, a tag's end, ": ", " - ", a quote, ';' '/' '=' ... --
    //    before a word that begins a label ("| RESTRICTED |", "(Restricted)",
    //    "Status: Protect"), emphasis and code marks inside the word looked
    //    through ("Pro*tect*");
    //  - a word that ends a withheld label before such a mark, the end of the
    //    text or a wide gap ("Restricted; names", "confidential: the family",
    //    "Restricted  names");
    //  - a space after a number, a letter standing alone or a word that names
    //    a marking, before a word that begins a label ("Item 6 Restricted",
    //    "Annex B Restricted", "Security classification Restricted").
    // Speed: this reads every byte of every plain file, so it is one pass
    // over the text, a byte table telling the few bytes that need a look
    // (kRole) from the rest, and a look costs a few comparisons. A run of
    // spaces, quotes or marks is looked past once, however long it is.
    std::vector<std::size_t> offsets_worth_reading(std::string_view text) const {
        enum : std::uint8_t {
            kSets = 1,    // sets off the word after it
            kEnds = 2,    // ends the phrase before it
            kUpper = 4,   // a capital
            kNeedle = 8,  // '&', '\\', ':', 'k' (marking), a rare letter of a naming word
            kSpace = 16,
        };
        static constexpr auto kRole = [] {
            std::array<std::uint8_t, 256> role{};
            for (const char c : std::string_view("|([>:-\"';/\\=~^<{}\t.!?,&+"))
                role[static_cast<unsigned char>(c)] |= kSets;
            for (const char c : std::string_view(":;/\\|=~^<>{}\"'\t.!?,&+-\n\r()[]"))
                role[static_cast<unsigned char>(c)] |= kEnds;
            for (char c = 'A'; c <= 'Z'; ++c) role[static_cast<unsigned char>(c)] |= kUpper;
            for (const char c : std::string_view("&\\:kKfFvVgGpP_%"))
                role[static_cast<unsigned char>(c)] |= kNeedle;
            role[' '] |= kSpace;
            return role;
        }();
        const std::size_t n = text.size();
        auto mark = [](char c) { return c == '*' || c == '_' || c == '~' || c == '`'; };
        auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
        auto upper = [](char c) { return static_cast<unsigned char>(c - 'A') < 26; };
        auto lower_at = [&](std::size_t i, std::string_view word) {
            if (i + word.size() > n) return false;
            for (std::size_t k = 0; k < word.size(); ++k)
                if ((text[i + k] | 0x20) != word[k]) return false;
            return true;
        };
        // The word (lower case, up to 24 letters) after a run of spaces,
        // quotes and marks from w, marks inside it looked through; `past` is
        // where the run ended.
        auto word_after = [&](std::size_t w, std::size_t& past, char* word) {
            while (w < n && (text[w] == ' ' || text[w] == '"' || text[w] == '\'' || mark(text[w])))
                ++w;
            past = w;
            std::size_t len = 0;
            for (; w < n && len < 24; ++w) {
                if (mark(text[w])) continue;
                if (!letter(text[w])) break;
                word[len++] = static_cast<char>(text[w] | 0x20);
            }
            return len;
        };
        // The word (lower case, up to its last 24 letters) that ends at e;
        // `b` becomes where it starts.
        auto word_before = [&](std::size_t e, std::size_t& b, char* word) {
            std::size_t len = 0;
            b = e;
            while (b > 0 && len < 24 && letter(text[b - 1]))
                word[23 - len++] = static_cast<char>(text[--b] | 0x20);
            return len;
        };
        // A word that ends a label at `start`; one that ends only labels of
        // several words ("confidence", a common word) with the label's word
        // before it ("in confidence"), a few marks or spaces apart.
        auto ends_label_here = [&](std::size_t start, std::string_view w) {
            if (!labels.ends_a_label(w)) return false;
            std::size_t b = start;
            while (b > 0 && start - b < 4 && !letter(text[b - 1])) --b;
            std::size_t from = b;
            while (from > 0 && b - from < 24 && letter(text[from - 1])) --from;
            std::string before(text.substr(from, b - from));
            for (char& ch : before) ch = static_cast<char>(ch | 0x20);
            return labels.ends_a_label_after(before, w);
        };
        std::vector<std::size_t> at;
        std::size_t looked_past = 0;  // a run of spaces, quotes and marks already read over
        std::size_t last_end = std::string_view::npos, last_skip = 0;
        std::size_t camel_at = std::string_view::npos, camel_start = 0;
        char word[24];
        for (std::size_t i = 0; i <= n; ++i) {
            const std::uint8_t role =
                i < n ? kRole[static_cast<unsigned char>(text[i])] : std::uint8_t{kEnds};
            if (role == 0) continue;
            const char c = i < n ? text[i] : '\n';
            if (role & kNeedle) {
                if (c == '&' || c == '\\' || (c == ':' && lower_at(i, ":::"))) at.push_back(i);
                // A percent-encoded letter ("%52ESTRICTED" in an address).
                if (c == '%' && i + 2 < n &&
                    std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
                    std::isxdigit(static_cast<unsigned char>(text[i + 2])))
                    at.push_back(i);
                if ((c | 0x20) == 'k' && i >= 3 && lower_at(i - 3, "mar") &&
                    (lower_at(i + 1, "ing") || lower_at(i + 1, "ed")))
                    at.push_back(i);
                // Each naming word found by a letter that is rare in prose.
                const char l = static_cast<char>(c | 0x20);
                if ((l == 'f' && i >= 5 && lower_at(i - 5, "lassif")) ||
                    (l == 'v' && i >= 1 && lower_at(i - 1, "aveat")) ||
                    (l == 'g' && i >= 6 && lower_at(i - 6, "andling")) ||
                    (l == 'p' && i >= 5 && lower_at(i - 5, "escriptor")))
                    at.push_back(i);
            }
            if ((role & kSets) && i >= looked_past &&
                !(c == ':' && (i + 1 >= n || text[i + 1] != ' ')) &&
                !(c == '-' && (i == 0 || (text[i - 1] != ' ' && text[i - 1] != '-')))) {
                const std::size_t len = word_after(i + 1, looked_past, word);
                if (len > 0 && (labels.starts_a_label(std::string_view(word, len)) ||
                                labels.misspelt_withheld(std::string_view(word, len))))
                    at.push_back(i);
            }
            // "Restric- ted": a hyphen and a space after a piece of a label's
            // word (a PDF's line end pasted into one line).
            // And "Re-stricted", "Con-fidential": a hyphen inside a label's word.
            if (c == '-' && i > 0 && letter(text[i - 1]) && i + 1 < n &&
                (text[i + 1] == ' ' || letter(text[i + 1]))) {
                std::size_t start = 0;
                const std::size_t len = word_before(i, start, word);
                std::string joined(word + 24 - len, len);
                std::size_t w = i + 1;
                while (w < n && text[w] == ' ' && w - i < 4) ++w;
                for (; w < n && letter(text[w]) && joined.size() < 40; ++w)
                    joined += static_cast<char>(text[w] | 0x20);
                for (const std::string_view ending : {"", "s", "d", "ed"})
                    if (joined.size() > ending.size() + 2 && joined.ends_with(ending) &&
                        labels.is_a_word_of_a_withheld_label(
                            std::string_view(joined).substr(0, joined.size() - ending.size()))) {
                        at.push_back(start);
                        break;
                    }
            }
            // "official-sensitive": a hyphen after the first word of a label.
            if (c == '-' && i > 0 && letter(text[i - 1]) && i + 1 < n && letter(text[i + 1])) {
                std::size_t start = 0;
                const std::size_t len = word_before(i, start, word);
                if (len > 0 && labels.starts_a_label(std::string_view(word + 24 - len, len)))
                    at.push_back(start);
            }
            if (role & kEnds) {
                // Back over spaces, quotes and marks; an end right after the
                // last one, which was itself passed over (a run of '"'),
                // starts where that one's look back ended.
                auto skipped_back = [&](char ch) {
                    return mark(ch) || ch == '"' || ch == '\'' || ch == ' ';
                };
                std::size_t b = i;
                if (last_end != std::string_view::npos && last_end + 1 == i &&
                    skipped_back(text[i - 1]))
                    b = last_skip;
                else
                    while (b > 0 && skipped_back(text[b - 1])) --b;
                last_end = i;
                last_skip = b;
                std::size_t start = 0;
                const std::size_t len = word_before(b, start, word);
                if (len > 0 && ends_label_here(start, std::string_view(word + 24 - len, len)))
                    at.push_back(start);
                // The last piece of a label split up before a colon ("R
                // estricted: ...", "Confiden tial: ...").
                else if (c == ':' && len >= 2 &&
                         labels.a_label_ends_with(std::string_view(word + 24 - len, len)))
                    at.push_back(start);
            }
            // A capital inside a word ("TopSecret"): two words run together.
            // (Back to the word's start once: a capital after the last one
            // found in the same word starts where that one's look ended, so
            // that "XyXyXy..." costs one pass, not one per capital.)
            if ((role & kUpper) && i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z') {
                std::size_t start = i;
                while (start > 0 && start != camel_at && letter(text[start - 1])) --start;
                if (start == camel_at) start = camel_start;
                camel_at = i;
                camel_start = start;
                at.push_back(start);
            }
            if ((role & kUpper) && i + 1 < n) {
                if (upper(text[i + 1]) && (i == 0 || !upper(text[i - 1]))) at.push_back(i);
                if (i + 4 < n && spacer(text[i + 1]) && upper(text[i + 2]) && spacer(text[i + 3]) &&
                    upper(text[i + 4]))
                    at.push_back(i);
            }
            // A word spelt letter by letter ("r-e-s-t", "r.e.s.t", "r_e_s_t").
            if ((c == '-' || c == '.' || c == '_' || c == '+' || c == ',') && i > 0 &&
                letter(text[i - 1]) && (i < 2 || !letter(text[i - 2])) && i + 3 < n &&
                letter(text[i + 1]) && text[i + 2] == c && letter(text[i + 3]))
                at.push_back(i - 1);
            // Letters spaced out by wide gaps or tabs ("R  E  S  T ...").
            if ((c == ' ' || c == '\t') && i > 0 && letter(text[i - 1]) &&
                (i < 2 || !letter(text[i - 2])) && spaced_letters_at(text, i - 1))
                at.push_back(i - 1);
            if (role & kSpace) {
                if (i > 0 && i + 1 < n && letter(text[i + 1])) {
                    const char before = text[i - 1];
                    const bool numbered = (before >= '0' && before <= '9') || before == ')' ||
                                          before == ']' || before == ' ' ||
                                          (letter(before) && (i < 2 || !letter(text[i - 2])));
                    const bool named =
                        i >= 4 && (lower_at(i - 4, "tion") || lower_at(i - 4, "fied") ||
                                   lower_at(i - 4, "vity") || lower_at(i - 4, "rity") ||
                                   lower_at(i - 4, "gpms") || lower_at(i - 4, "tive") ||
                                   lower_at(i - 4, "ding"));
                    // A capital in the run of a sentence ("graded Restricted
                    // by"), and any word after "as" ("treat as confidential").
                    const bool capital_in_sentence =
                        upper(text[i + 1]) && before >= 'a' && before <= 'z';
                    const bool after_as =
                        i >= 2 && lower_at(i - 2, "as") && (i < 3 || !letter(text[i - 3]));
                    if (numbered || named || capital_in_sentence || after_as) {
                        std::size_t len = 0;
                        for (std::size_t w = i + 1; w < n && len < 24 && letter(text[w]); ++w)
                            word[len++] = static_cast<char>(text[w] | 0x20);
                        const std::string_view after(word, len);
                        // (In a sentence only a withheld label of one word
                        // counts by this: one of several words is found by
                        // its last word, below, and "Management", "Press" or
                        // "Not" in a sentence is no reason to read it in full.)
                        if ((numbered || named) ? labels.starts_a_label(after)
                                                : labels.is_a_withheld_label_of_one_word(after))
                            at.push_back(i);
                    }
                }
                if (i + 1 < n && text[i + 1] == ' ') {  // a wide gap after a label's last word
                    std::size_t start = 0;
                    const std::size_t len = word_before(i, start, word);
                    if (len > 0 && ends_label_here(start, std::string_view(word + 24 - len, len)))
                        at.push_back(start);
                } else if (i > 0 && letter(text[i - 1])) {
                    // The last word of a label of several words, with the
                    // label's word before it, and a word after ("exempt
                    // information under", "not for publication and"): such a
                    // label counts anywhere.
                    std::size_t start = 0;
                    const std::size_t len = word_before(i, start, word);
                    const std::string_view last(word + 24 - len, len);
                    if (len > 0 && labels.may_end_a_label_of_several_words(last) && start >= 2 &&
                        text[start - 1] == ' ' && letter(text[start - 2])) {
                        std::size_t from = 0;
                        char before[24];
                        const std::size_t blen = word_before(start - 1, from, before);
                        if (labels.ends_a_label_of_several_words(
                                std::string_view(before + 24 - blen, blen), last))
                            at.push_back(from);
                    }
                }
            }
        }
        std::sort(at.begin(), at.end());
        return at;
    }
    // As written, and also as shown when emphasis, code marks, tags or links
    // may split the first word ("## Con*fidential*", "Pro<span></span>tect").
    bool plain_start_worth_reading(std::string_view raw) const {
        if (start_worth_reading(raw)) return true;
        const std::string_view head = raw.substr(0, 160);
        return head.find_first_of("*_~`<[") != std::string_view::npos &&
               start_worth_reading(without_inline_markup(head));
    }
    bool start_worth_reading(std::string_view raw) const {
        if (raw.size() < 4096 && has_sign_for_a_letter(raw)) {
            const std::string letters = symbols_read_as_letters(raw, labels);
            if (letters != raw && start_worth_reading_as_written(letters)) return true;
        }
        return start_worth_reading_as_written(raw);
    }
    bool start_worth_reading_as_written(std::string_view raw) const {
        // A short line saying "... ONLY" (a handling banner).
        if (raw.size() < 80 && raw.find("ONLY") != std::string_view::npos) return true;
        bool container = false;
        std::size_t p = skip_prefix(raw.substr(0, 64), container);
        while (p < raw.size() && raw[p] == '`') ++p;
        std::size_t e = p;
        char word[24];
        while (e < raw.size() && (word_char(raw[e]) || (raw[e] >= 'A' && raw[e] <= 'Z'))) {
            if (e - p < sizeof word) word[e - p] = static_cast<char>(raw[e] | 0x20);
            ++e;
        }
        if (e > p && e - p <= sizeof word &&
            (labels.starts_a_label(std::string_view(word, e - p)) ||
             std::string_view(word, e - p) == "protectively" ||
             labels.misspelt_withheld(std::string_view(word, e - p))))
            return true;
        // A label split up where it leads the line ("Re stricted", "R e s t r
        // i c t e d", as a PDF's tracked heading pastes: single letters are
        // looked past as bullets, so look from the first letter).
        if (e > p && e - p <= sizeof word && e < raw.size() && raw[e] == ' ' &&
            labels.a_label_begins_with(std::string_view(word, e - p)))
            return true;
        auto alpha = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
        std::size_t f = 0;
        while (f < raw.size() && f < 16 && !alpha(raw[f])) ++f;
        if (spaced_letters_at(raw, f)) return true;
        // A key: up to 40 key characters, then ':'. It matters only when it may
        // read as a marking key ("marking" itself is found by offsets_worth_reading)
        // or the value after it begins with a label's first word.
        while (e < raw.size() && e - p < 40 &&
               (word_char(raw[e]) || (raw[e] >= 'A' && raw[e] <= 'Z') || raw[e] == ' ' ||
                raw[e] == '\t' || raw[e] == '_' || raw[e] == '-' || raw[e] == '"' ||
                raw[e] == '\''))
            ++e;
        if (e == p || e >= raw.size() || raw[e] != ':') return false;
        for (std::size_t i = p; i + 6 <= e; ++i)
            if ((raw[i] | 0x20) == 'c' && (raw[i + 1] | 0x20) == 'l' &&
                (raw[i + 2] | 0x20) == 'a' && (raw[i + 3] | 0x20) == 's' &&
                (raw[i + 4] | 0x20) == 's' && (raw[i + 5] | 0x20) == 'i')
                return true;  // "classification"
        bool unused = false;
        const std::string_view value = raw.substr(e + 1);
        const std::size_t v = skip_prefix(value, unused);
        std::size_t n = 0;
        while (v + n < value.size() && n < sizeof word &&
               ((value[v + n] | 0x20) >= 'a' && (value[v + n] | 0x20) <= 'z')) {
            word[n] = static_cast<char>(value[v + n] | 0x20);
            ++n;
        }
        return n > 0 && labels.starts_a_label(std::string_view(word, n));
    }

    // One line as a reader sees it (no line break inside). `line_start`: it
    // starts a line of the file (false after U+2028 and the like).
    // One line, read as written; when that finds nothing, read again as a page
    // shows it without inline markup, and (after a right-to-left control)
    // backwards. At most one reading's sighting counts, so that a line is never
    // counted twice against the markings recognised on it.
    void scan(std::string_view raw, int line, int column0, bool line_start) {
        const std::size_t before = out.size();
        scan_once(raw, line, column0, line_start);
        if (out.size() != before) return;
        const std::string plain = without_inline_markup(raw);
        if (plain != raw) scan_once(plain, line, column0, line_start);
        if (out.size() != before) return;
        if (raw.find('\\') != std::string_view::npos) {
            const std::string decoded = string_escapes_decoded(raw);
            for (std::size_t from = 0; from < decoded.size() && out.size() == before;) {
                const std::size_t nl = std::min(decoded.find('\n', from), decoded.size());
                scan_once(std::string_view(decoded).substr(from, nl - from), line, column0,
                          from == 0 && line_start);
                from = nl + 1;
            }
        }
        if (out.size() != before) return;
        // Percent-encoded, as a browser shows an address ("%52ESTRICTED").
        if (raw.find('%') != std::string_view::npos) {
            const std::string decoded =
                percent_decoded(raw, PlusSign::kept, ControlBytes::kept_encoded);
            if (decoded != raw) scan_once(decoded, line, column0, line_start);
            if (out.size() != before) return;
        }
        // Signs written for letters ("RESTR!CTED", "|2ESTRICTED").
        if (has_sign_for_a_letter(raw)) {
            const std::string letters = symbols_read_as_letters(raw, labels);
            if (letters != raw) scan_once(letters, line, column0, line_start);
            if (out.size() != before) return;
        }
        // Backwards after a right-to-left control, written as the character, a
        // character reference ("&#x202E;") or an escape ("\u202E").
        // Read as laid out, and the whole line backwards.
        auto read_backwards = [&](const std::string& shown) {
            scan_once(bidi_shown(shown), line, column0, line_start);
            if (out.size() == before) scan_once(reversed_characters(shown), line, column0, false);
        };
        if (has_right_to_left_control(raw)) {
            read_backwards(plain);
        } else if (raw.find('&') != std::string_view::npos ||
                   raw.find('\\') != std::string_view::npos) {
            for (const std::string& shown : {as_shown(plain), string_escapes_decoded(raw)})
                if (out.size() == before && has_right_to_left_control(shown)) read_backwards(shown);
        }
    }

    void scan_once(std::string_view raw, int line, int column0, bool line_start) {
        const std::size_t found_before = out.size();
        // What Markdown shows for character references and backslash escapes
        // ("&#58;", "&colon;", "\:") is what a reader of the page sees.
        std::string shown;
        bool escaped = false;
        if (raw.find('&') != std::string_view::npos || raw.find('\\') != std::string_view::npos) {
            shown = as_shown(raw);
            escaped = shown != raw;
            raw = shown;
        }
        read_as_person(raw, read);
        const std::string_view t = read.text;
        auto col = [&](std::size_t i) {
            return column0 + static_cast<int>(i < read.column.size() ? read.column[i] : 1) - 1;
        };
        bool container = false;
        std::size_t p = skip_prefix(t, container);
        // A code span that opens the line, a heading or a list item shows its
        // text as it is ("## `Restricted`"); in a sentence it shows syntax.
        while (p < t.size() && t[p] == '`') ++p, container = true;
        if (p >= t.size()) {
            // A line that is all tags (a layout's "<meta name='description'
            // content='Restricted: ...'>"): read inside them.
            if (t.find('<') == std::string_view::npos) return;
            p = 0;
            container = true;
        }

        // A marker line.
        if (t.compare(p, 3, ":::") == 0) {
            std::size_t q = p + 3;
            while (q < t.size() && t[q] == ':') ++q;
            std::string label;
            Reading reading = reading_of(t, q, label);
            std::string odd;
            if (reading == Reading::publish)
                if (const CensusLabel* w = withheld_label_after(t, q)) {
                    add(line, col(p), SightingKind::marker, Reading::withhold, w->text,
                        "a withheld label stands after the publishable one on its line");
                    return;
                }
            if (!line_start)
                odd =
                    "it follows a character that reads as a line break (such as U+2028) but "
                    "is not one in Markdown";
            else if (container)
                odd =
                    "it stands inside a list, quote, heading, table or code span, or is "
                    "indented";
            else if (escaped)
                odd = "it is written with character references or escapes (such as &#58; or \\:)";
            else if (read.changed && !plain_marker_start(raw))
                odd = "its colons or spaces are look-alike characters, not ':' and ' '";
            // A publishable label that, with the first words of the next line,
            // is a withheld one: a person reads the label on over the break.
            const std::string_view next_line =
                reading == Reading::publish ? next_line_with_text() : std::string_view();
            if (!next_line.empty()) {
                std::size_t end = 0;
                const std::string read_label(t.substr(q));
                const std::string both =
                    read_label + " " + read_as_person(without_inline_markup(next_line));
                const std::size_t from = both.find_first_not_of(' ');
                if (const CensusLabel* l =
                        from == std::string::npos ? nullptr : label_at(both, from, end);
                    l && l->reading == Reading::withhold && end > read_label.size()) {
                    add(line, col(p), SightingKind::marker, Reading::withhold, l->text,
                        "its label goes on over the next line, where it reads as '" + l->text +
                            "'");
                    return;
                }
            }
            add(line, col(p), SightingKind::marker, reading, std::move(label), std::move(odd));
            return;
        }

        // A label standing alone where a label could stand, in any case: at the
        // start of a line ("Protect", "RESTRICTED - not for release"), or
        // leading what follows the prefix a reader looks past: heading marks,
        // bullets and numbers, task boxes, quote bars, indentation ("##
        // Confidential", "- Protect", "> **Restricted**", "## Restricted: names
        // of the families"). After a prefix, in capitals, also with any
        // punctuation after it ("- PROTECT, PERSONAL").
        std::size_t end = 0;
        // A label of more than one word ("Official-Sensitive briefing: ...")
        // is no word of a title or a sentence, whatever follows it.
        if (const CensusLabel* l = label_at(t, p, end);
            l &&
            ((l->reading == Reading::withhold && l->folded.find(' ') != std::string::npos &&
              !written_in_capitals(raw, read, p, end)) ||
             (l->reading == Reading::withhold && names_a_document_part(t, end)) ||
             (!container ? stands_alone(t, end)
                         : leads_slot(t, end, t.size()) ||
                               (stands_alone(t, end) && written_in_capitals(raw, read, p, end))))) {
            add(line, col(p), SightingKind::label, l->reading, l->text, "");
            return;
        }
        // A withheld label with a letter slipped, standing where a label
        // stands ("RESTRICED", "Confidental: names", "- Resticted").
        if (const CensusLabel* l = misspelt_word_at(t, p, end);
            l && (!container ? stands_alone(t, end) : leads_slot(t, end, t.size()))) {
            add(line, col(p), SightingKind::label, l->reading, l->text,
                "it is the label with a letter slipped, standing as a marking does");
            return;
        }
        // Withheld labels together leading the line, whatever follows
        // ("Confidential, Restricted the family ...", "[Confidential][r]
        // [Restricted][r] the family ...").
        // (One label alone the rule above has read.)
        if (const CensusLabel* l = label_leading(t, p, t.size(), end);
            l && l->reading == Reading::withhold) {
            add(line, col(p), SightingKind::label, l->reading, l->text,
                "it stands with other labels, as a marking is written");
            return;
        }

        // A withheld label in emphasis or a code span leading the line,
        // whatever follows: a run-in heading or a stamp ("**Restricted** The
        // family at ...", "*Protect* ...", "`Restricted` ...").
        {
            std::size_t q = p;
            while (q < t.size() && t[q] == '`') ++q;
            std::size_t e = 0;
            const char mark = q > 0 ? t[q - 1] : '\0';
            if ((mark == '`' || ((mark == '*' || mark == '_') && q == p)))
                if (const CensusLabel* l = label_at(t, q, e);
                    l && l->reading == Reading::withhold && e < t.size() && t[e] == mark) {
                    add(line, col(q), SightingKind::label, l->reading, l->text,
                        "it leads the line in emphasis or a code span, as a run-in heading or "
                        "a stamp is written");
                    return;
                }
        }

        // "Protectively marked" standing as a label does, in any case
        // ("Protectively Marked", "## Protectively marked: names"): marked,
        // with no label portal knows. ("Protectively marked material" is a
        // title.)
        if (constexpr std::string_view kMarked = "protectively marked";
            t.compare(p, kMarked.size(), kMarked) == 0 &&
            (container ? leads_slot(t, p + kMarked.size(), t.size())
                       : stands_alone(t, p + kMarked.size()))) {
            add(line, col(p), SightingKind::label, Reading::unknown, "",
                "'PROTECTIVELY MARKED' stands as a marking does, with no label after it that "
                "site.json lists");
            return;
        }

        // A handling banner in capitals, saying who alone may read what it
        // marks: "FOR OFFICIAL USE ONLY", "INTERNAL USE ONLY", "POLICE ONLY",
        // "BOARD MEMBERS ONLY - names". Marked, with no label portal knows.
        if (const std::size_t e = banner_end(t, p);
            e > 0 && written_in_capitals(raw, read, p, e) &&
            (stands_alone(t, e) || leads_slot(t, e, t.size()))) {
            add(line, col(p), SightingKind::label, Reading::unknown, "",
                "it is a handling banner in capitals ('... ONLY'), as a marking is written, with "
                "no label that site.json lists");
            return;
        }

        // A key: "Marking: RESTRICTED", "title: RESTRICTED".
        std::size_t k = p;
        while (k < t.size() && k - p < 40 &&
               (word_char(t[k]) || t[k] == ' ' || t[k] == '_' || t[k] == '-'))
            ++k;
        std::size_t colon = k;
        if (colon < t.size() && (t[colon] == '"' || t[colon] == '\'')) ++colon;
        while (colon < t.size() && t[colon] == ' ') ++colon;
        if (k > p && colon < t.size() && t[colon] == ':' &&
            (colon + 1 >= t.size() || t[colon + 1] != ':')) {
            const std::string_view key = t.substr(p, k - p);
            if (reads_as_marking_key(key)) {
                std::string label;
                const Reading reading = reading_of(t, colon + 1, label);
                // "marking: official # PROTECT": YAML reads the comment as
                // nothing, a person reads both labels.
                if (reading == Reading::publish)
                    if (const CensusLabel* w = withheld_label_after(t, colon + 1)) {
                        add(line, col(p), SightingKind::key, Reading::withhold, w->text,
                            "a withheld label stands after the publishable one on its line "
                            "(in a comment, portal reads it as nothing)");
                        return;
                    }
                if (is_the_marking_key(key) || reading == Reading::publish ||
                    reading == Reading::withhold) {
                    add(line, col(p), SightingKind::key, reading, std::move(label), "");
                    return;
                }
            }
            // A marking field with a short value that is no label: "Protective
            // Marking: Restr.", "GPMS: Restircted". (One with a label the rules
            // below read.)
            if (is_a_marking_field(key) && words_from(t, colon + 1, 3) <= 3) {
                std::string label;
                const Reading reading = reading_of(t, colon + 1, label);
                if (reading == Reading::none || reading == Reading::unknown) {
                    add(line, col(p), SightingKind::key, reading, std::move(label),
                        "it names the marking, and what follows it is no label site.json lists");
                    return;
                }
            }
            // YAML reads a tag or an anchor before the value, and a comment
            // after it, as nothing; a person reads a withheld label there, in
            // any case, as the line's marking ("title: !Restricted names",
            // "summary: &restricted names", "summary: names # Restricted").
            {
                std::size_t v = colon + 1, e = 0;
                while (v < t.size() && t[v] == ' ') ++v;
                if (v + 1 < t.size() && (t[v] == '!' || t[v] == '&' || t[v] == '*')) {
                    const std::size_t s = v + (t[v] == '!' && t[v + 1] == '!' ? 2 : 1);
                    if (const CensusLabel* l = label_at(t, s, e);
                        l && l->reading == Reading::withhold) {
                        add(line, col(s), SightingKind::label, l->reading, l->text,
                            "it is a YAML tag or anchor before the value, which portal reads as "
                            "nothing");
                        return;
                    }
                }
                for (std::size_t h = t.find(" #", colon); h != std::string_view::npos;
                     h = t.find(" #", h + 2)) {
                    std::size_t s = h + 1;
                    while (s < t.size() && (t[s] == ' ' || t[s] == '#')) ++s;
                    if (const CensusLabel* l = label_at(t, s, e);
                        l && l->reading == Reading::withhold) {
                        add(line, col(s), SightingKind::label, l->reading, l->text,
                            "it is in a comment after the value, which portal reads as nothing");
                        return;
                    }
                }
            }
            bool unused = false;
            std::size_t v = colon + 1;
            const std::size_t skipped = skip_prefix(t.substr(v), unused);
            v += skipped;
            if (const CensusLabel* l = label_at(t, v, end); l && stands_alone(t, end)) {
                add(line, col(v), SightingKind::label, l->reading, l->text, "");
                return;
            }
        }

        // (The naming-word rule is read below, once code spans are known.)

        // ':::' and a label in the middle of a line, outside code spans that
        // stand in a sentence (a span that opens the line, or is never closed,
        // hides nothing: a reader still sees a marker there).
        std::vector<std::pair<std::size_t, std::size_t>> code;  // [open, close] of spans
        for (std::size_t i = p; i < t.size(); ++i) {
            if (t[i] != '`') continue;
            const std::size_t close = t.find('`', i + 1);
            if (close == std::string_view::npos) break;
            if (i > p) code.push_back({i, close});
            i = close;
        }
        auto in_code = [&](std::size_t i) {
            for (const auto& [a, b] : code)
                if (i > a && i < b) return true;
            return false;
        };
        // A span that holds a label and nothing else shows it as a label
        // where a label stands ("(`Restricted`)", "| `Protect` |", "`Restricted`:
        // names"); a span of syntax ("`::: PROTECT`") or in the run of a
        // sentence ("marked `PROTECT`, so that") does not.
        std::vector<bool> label_only(code.size(), false);
        for (std::size_t k = 0; k < code.size(); ++k) {
            std::size_t a = code[k].first + 1, e = 0;
            while (a < code[k].second && t[a] == ' ') ++a;
            if (label_at(t.substr(0, code[k].second), a, e)) {
                while (e < code[k].second && t[e] == ' ') ++e;
                label_only[k] = e == code[k].second;
            }
        }
        auto in_syntax_code = [&](std::size_t i) {
            for (std::size_t k = 0; k < code.size(); ++k)
                if (i > code[k].first && i < code[k].second && !label_only[k]) return true;
            return false;
        };
        {
            std::size_t at = 0;
            if (const CensusLabel* l = label_after_naming_word(raw, t, p, in_code, at)) {
                add(line, col(at), SightingKind::label, l->reading, l->text,
                    "it follows a word that names a marking, as a marking is written");
                return;
            }
        }
        // A marking key in the middle of a line: "extra: {marking: RESTRICTED}",
        // "{text: ..., marking: 'PROTECT'}".
        for (std::size_t at = t.find("marking", p + 1); at != std::string_view::npos;
             at = t.find("marking", at + 1)) {
            if (in_code(at) || word_char(t[at - 1])) continue;
            std::size_t e = at + 7;
            if (e < t.size() && t[e] == 's') ++e;
            if (e < t.size() && (t[e] == '"' || t[e] == '\'')) ++e;
            while (e < t.size() && t[e] == ' ') ++e;
            if (e >= t.size() || t[e] != ':' || (e + 1 < t.size() && t[e + 1] == ':')) continue;
            std::string label;
            const Reading reading = reading_of(t, e + 1, label);
            // A key of a structure ("{marking: ...", ", 'marking': ...") is one
            // whatever follows; in a sentence ("Road markings: ...") only
            // when a label follows.
            std::size_t before = at;
            while (before > p && t[before - 1] == ' ') --before;
            const bool structure =
                before > p &&
                std::string_view("{,[\"'(;|").find(t[before - 1]) != std::string_view::npos;
            if (!structure && reading != Reading::publish && reading != Reading::withhold) continue;
            add(line, col(at), SightingKind::key, reading, std::move(label),
                "it stands in the middle of a line");
            return;
        }

        // A label standing alone in a field of the line: a table cell
        // ("| item | RESTRICTED - PERSONAL |"), a value between commas or tags
        // ("<td>PROTECT, PERSONAL</td>"), when written in capitals, as markings
        // are ("Pursue, Prevent, Protect" is not).
        for (std::size_t f = p; f < t.size();) {
            std::size_t e = f;
            while (e < t.size() &&
                   std::string_view("|,;<>{}[]()\t\"").find(t[e]) == std::string_view::npos)
                ++e;
            if (e > f && f > p && !in_code(f)) {
                bool unused = false;
                const std::string_view field = t.substr(f, e - f);
                const std::size_t s = f + skip_prefix(field, unused);
                std::size_t end = 0;
                if (const CensusLabel* l = label_at(t, s, end);
                    l && end <= e && stands_alone(t.substr(0, e), end) &&
                    written_in_capitals(raw, read, s, end)) {
                    add(line, col(s), SightingKind::label, l->reading, l->text,
                        "it stands in a cell or field of the line, not where a marking goes");
                    return;
                }
            }
            f = e + 1;
        }

        // A label leading a table cell, an element's text or brackets, in any
        // case, as it leads a line: "| 6 | Case review | Protect |", "| Marking
        // | Protect |", "<h2>Confidential</h2>", "Met twice (Restricted)".
        bool found = false;
        for_each_slot(t, markdown, [&](std::size_t from, std::size_t to, const char* why) {
            bool unused = false;
            std::size_t s =
                from +
                skip_prefix(t.substr(from, std::min<std::size_t>(to - from, kPrefixReach)), unused);
            while (s < to && t[s] == '`') ++s;  // a cell that is a code span: "| `Protect` |"
            if (s >= to || in_syntax_code(s)) return false;
            const CensusLabel* l = label_leading(t, s, to, end);
            if (!l)
                if (const CensusLabel* slip = misspelt_word_at(t.substr(0, to), s, end);
                    slip && leads_slot(t, end, to)) {
                    add(line, col(s), SightingKind::label, slip->reading, slip->text,
                        std::string(why) + "; it is the label with a letter slipped");
                    found = true;
                    return true;
                }
            if (!l && protectively_marked_at(t, s) && leads_slot(t, s + 19, to)) {
                add(line, col(s), SightingKind::label, Reading::unknown, "",
                    std::string("'PROTECTIVELY MARKED' stands as a marking does (") + why +
                        "), with no label after it that site.json lists");
                found = true;
                return true;
            }
            if (!l) return false;
            add(line, col(s), SightingKind::label, l->reading, l->text, why);
            found = true;
            return true;
        });
        if (found) return;

        // A withheld label in any case leading what follows a spaced dash, a
        // colon or an arrow, as a marking is written at the end of a title or
        // after a number: "## Case review – Restricted", "Item 6 - Restricted:
        // names", "Status: Protect". (Arrows and dashes read as '-'.)
        for (std::size_t i = p; i + 1 < t.size(); ++i) {
            std::size_t from = 0;
            bool aside_only = false;
            if (t[i] == '-' && i > p && t[i - 1] == ' ') {
                from = i + 1;
                while (from < t.size() && t[from] == '-') ++from;
                if (from < t.size() && t[from] == '>') ++from;
            } else if (t[i] == ':' && t[i + 1] == ' ' && t[i - 1] != ':') {
                from = i + 1;
            } else if ((t[i] == '-' || t[i] == '=') && t[i + 1] == '>') {
                from = i + 2;
            } else if ((t[i] == ',' || t[i] == ';' || t[i] == '/') && t[i + 1] == ' ') {
                from = i + 1;  // only where the label then closes a bracket (below)
                aside_only = true;
            } else {
                continue;
            }
            if (in_code(i)) continue;
            bool unused = false;
            std::size_t s =
                from + skip_prefix(t.substr(from, std::min(t.size() - from, kPrefixReach)), unused);
            while (s < t.size() && t[s] == '`') ++s;  // "Case review – `Restricted`"
            if (s >= t.size()) continue;
            if (const CensusLabel* l = label_leading(t, s, t.size(), end);
                l && l->reading == Reading::withhold && (!aside_only || closes_bracket(t, end))) {
                add(line, col(s), SightingKind::label, l->reading, l->text,
                    aside_only ? "it closes a bracket after a comma, a semicolon or a slash, as "
                                 "a marking is written"
                               : "it follows a dash, a colon or an arrow, as a marking is written");
                return;
            }
            if (protectively_marked_at(t, s) && leads_slot(t, s + 19, t.size())) {
                add(line, col(s), SightingKind::label, Reading::unknown, "",
                    "'PROTECTIVELY MARKED' follows a dash, a colon or an arrow, as a marking "
                    "is written, with no label after it that site.json lists");
                return;
            }
            i = from - 1;
        }

        // A withheld label in any case with a colon after it, anywhere in the
        // line: "This paragraph is confidential: the family ...".
        for (std::size_t i = p; i < t.size(); ++i) {
            if (!word_char(t[i]) || (i > 0 && word_char(t[i - 1])) || in_syntax_code(i)) continue;
            const CensusLabel* l = label_at(t, i, end);
            // In capitals the rule at the end reads it, and says so (outside
            // code spans).
            if (!l || l->reading != Reading::withhold ||
                (written_in_capitals(raw, read, i, end) && !in_code(i)))
                continue;
            std::size_t k = end;
            while (k < t.size() && std::string_view("*_~\"'`").find(t[k]) != std::string_view::npos)
                ++k;
            // A link whose text is the label shows the label: "[Restricted](url): names".
            if (k + 1 < t.size() && t[k] == ']' && t[k + 1] == '(')
                if (const std::size_t close = t.substr(k, 256).find(')');
                    close != std::string_view::npos) {
                    k += close + 1;
                    while (k < t.size() &&
                           std::string_view("*_~\"'`").find(t[k]) != std::string_view::npos)
                        ++k;
                }
            if (k < t.size() && t[k] == ':' && (k + 1 >= t.size() || t[k + 1] != ':')) {
                add(line, col(i), SightingKind::label, l->reading, l->text,
                    "a colon follows it, as a marking is written");
                return;
            }
        }

        // A label named as the marking of what it stands by, in any case:
        // "Marked Protect", "marked as Restricted", "Marked: Official".
        for (std::size_t at = t.find("marked", p); at != std::string_view::npos;
             at = t.find("marked", at + 1)) {
            std::size_t q = at + 6;
            if ((at > 0 && word_char(t[at - 1])) || (q < t.size() && word_char(t[q])) ||
                in_code(at))
                continue;
            while (q < t.size() && (t[q] == ' ' || t[q] == ':')) ++q;
            if (t.compare(q, 3, "as ") == 0) q += 3;
            bool unused = false;
            q += skip_prefix(t.substr(q, kPrefixReach), unused);
            // "Marked `Restricted` names ..." leading the line: the span shows
            // the label as the marking ("..., marked `PROTECT`, so that" in a
            // sentence names it).
            if (at == p && q < t.size() && t[q] == '`') ++q;
            // A withheld label after it reads as the marking whatever follows
            // ("This note is marked Restricted and names ...").
            if (const CensusLabel* l = label_at(t, q, end);
                l && (stands_alone(t, end) || l->reading == Reading::withhold)) {
                add(line, col(q), SightingKind::label, l->reading, l->text,
                    "it follows 'marked', as a marking is written");
                return;
            }
        }

        for (std::size_t i = p; i + 2 < t.size(); ++i) {
            if (t.compare(i, 3, ":::") != 0 || in_code(i)) continue;
            std::size_t q = i + 3;
            while (q < t.size() && t[q] == ':') ++q;
            std::string label;
            const Reading reading = reading_of(t, q, label);
            if (reading == Reading::publish || reading == Reading::withhold) {
                add(line, col(i), SightingKind::marker, reading, std::move(label),
                    "it stands in the middle of a line");
                return;
            }
            i = q - 1;
        }

        // Anywhere else in the line, a withheld label written in capitals, as
        // markings are written: in a sentence ("Intro PROTECT: ..."), with a
        // descriptor after it ("OFFICIAL-SENSITIVE PERSONAL", "RESTRICTED
        // POLICE", "## EXEMPT ITEMS"), in a comment ("<!-- PROTECT -->", "#
        // PROTECT"), inflected ("PROTECTED: names of the families", "SECRETS").
        // A person reads it as marking what is near it; portal reads no
        // marking there, so it is refused. (Code spans in a sentence show the
        // syntax: "mark it `::: PROTECT`".) So is "PROTECTIVELY MARKED" without
        // "NOT" before it: marked, with no label portal knows.
        for (std::size_t i = 0; i < t.size(); ++i) {  // from 0: in a tag too
            if (!word_char(t[i]) || (i > 0 && word_char(t[i - 1])) || in_code(i)) continue;
            std::size_t end = 0;
            // A word split into pieces by spacers -- letters spaced out ("P R O
            // T E C T"), joined by dots or hyphens ("P.R.O.T.E.C.T",
            // "P-R-O-T-E-C-T"), or broken in two ("PRO TECT") -- reads as the
            // word the pieces spell.
            {
                std::string joined;
                std::size_t k = i, joined_end = 0;
                int pieces = 0, found_pieces = 0;
                bool letter_by_letter = true;  // every piece one letter: "r-e-s-t-r-i-c-t-e-d"
                bool found_by_letters = false;
                bool hyphen_break = false, found_across_hyphen_break = false;
                const CensusLabel* found = nullptr;
                while (k < t.size() && word_char(t[k]) && joined.size() < 40) {
                    std::size_t e = k;
                    while (e < t.size() && word_char(t[e])) ++e;
                    joined.append(t.substr(k, e - k));
                    // Speed: pieces that begin no label spell none, however
                    // many follow (most words of a line end the look here).
                    if (!labels.a_label_written_as_one_begins_with(joined)) break;
                    letter_by_letter = letter_by_letter && e - k == 1;
                    if (++pieces >= 2)
                        if (const CensusLabel* l = labels.find(joined);
                            l && l->reading == Reading::withhold) {
                            found = l;
                            joined_end = e;
                            found_by_letters = letter_by_letter;
                            found_pieces = pieces;
                            found_across_hyphen_break = hyphen_break;
                        }
                    // (A run of spaces shows as one in a page or a style's
                    // string: "RESTRIC  TED".)
                    std::size_t gap = e;
                    while (gap < t.size() && t[gap] == ' ' && gap - e < 4) ++gap;
                    std::size_t past_hyphen = e + 1;
                    while (past_hyphen < t.size() && t[past_hyphen] == ' ' && past_hyphen - e < 4)
                        ++past_hyphen;
                    if (gap > e + 1 && gap < t.size() && word_char(t[gap])) {
                        k = gap;
                    } else if (e + 1 < t.size() && word_char(t[e + 1]) &&
                               (spacer(t[e]) || ((t[e] == '+' || t[e] == ',') && e - k == 1))) {
                        k = e + 1;  // ("R+E+S+T", "C,O,N,F": single letters only)
                    } else if (t[e] == '-' && past_hyphen > e + 1 && past_hyphen < t.size() &&
                               word_char(t[past_hyphen])) {
                        // A line's end hyphen pasted from a PDF into one line
                        // ("Restric- ted"): no word is written so but to be
                        // read whole.
                        k = past_hyphen;
                        hyphen_break = true;
                    } else {
                        break;
                    }
                }
                // (A label of several words written as words is the label
                // itself, read below, not a word split up.)
                std::size_t as_words_end = 0;
                if (const CensusLabel* w = found ? label_at(t, i, as_words_end) : nullptr;
                    w && w->text == found->text && as_words_end == joined_end)
                    found = nullptr;
                // (Spelt letter by letter, in any case: no word is written so
                // but to be read as the word, "r-e-s-t-r-i-c-t-e-d".)
                if (found && found_across_hyphen_break) {
                    add(line, col(i), SightingKind::label, found->reading, found->text,
                        "it is broken by a hyphen and a space inside the word, as a line's end "
                        "pastes from a PDF, and reads whole");
                    return;
                }
                if (found && (written_in_capitals(raw, read, i, joined_end) ||
                              (found_by_letters && found_pieces >= 4))) {
                    add(line, col(i), SightingKind::label, found->reading, found->text,
                        "its letters are split up by spaces, dots or hyphens, and written in "
                        "capitals as a marking is");
                    return;
                }
                // In any case where a label stands as one: leading the line,
                // or before a colon ("R estricted: ...", as a PDF or a drop
                // capital pastes it).
                if (found && ((i <= p && leads_slot(t, joined_end, t.size())) ||
                              (joined_end < t.size() && t[joined_end] == ':'))) {
                    add(line, col(i), SightingKind::label, found->reading, found->text,
                        "its letters are split up by spaces, dots or hyphens, where a label "
                        "stands");
                    return;
                }
            }
            const CensusLabel* l = label_at(t, i, end, /*inflected=*/true);
            // A label of two words run together ("TopSecret", "Officialsensitive"),
            // in any case: no word of a sentence but the marking.
            if (l && l->reading == Reading::withhold && l->folded.find(' ') == std::string::npos &&
                l->text.find_first_of(" -_") != std::string::npos) {
                add(line, col(i), SightingKind::label, l->reading, l->text,
                    "its words are run together, as the marking is written");
                return;
            }
            // A label of two words joined by a hyphen ("official-sensitive"),
            // in any case: no word of a sentence but the marking.
            if (l && l->reading == Reading::withhold && l->folded.find(' ') != std::string::npos &&
                t.substr(i, end - i).find('-') != std::string_view::npos &&
                !written_in_capitals(raw, read, i, end)) {
                add(line, col(i), SightingKind::label, l->reading, l->text,
                    "its words are joined by a hyphen, as the marking is written");
                return;
            }
            if (l && l->reading == Reading::withhold && written_in_capitals(raw, read, i, end)) {
                std::size_t exact_end = 0;
                const bool inflected = label_at(t, i, exact_end) != l || exact_end != end;
                add(line, col(i), SightingKind::label, l->reading, l->text,
                    inflected ? "it is the label with an ending run into it ('PROTECTED'), "
                                "written in capitals as a marking is"
                              : "it stands among other words, written in capitals as a marking is");
                return;
            }
            if (std::size_t slip_end = 0; !l)
                if (const CensusLabel* slip = misspelt_word_at(t, i, slip_end);
                    slip && written_in_capitals(raw, read, i, slip_end)) {
                    add(line, col(i), SightingKind::label, slip->reading, slip->text,
                        "it is the label with a letter slipped, written in capitals as a marking "
                        "is");
                    return;
                }
            if (t.compare(i, 19, "protectively marked") == 0 &&
                written_in_capitals(raw, read, i, i + 19) &&
                (i < 4 || t.compare(i - 4, 4, "not ") != 0)) {
                add(line, col(i), SightingKind::label, Reading::unknown, "",
                    "'PROTECTIVELY MARKED', with no label after it that site.json lists");
                return;
            }
        }

        // A withheld label in capitals glued to a number ("RESTRICTED2",
        // "2011PROTECT", "PROTECT1"): its letters read as the label.
        auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
        auto digit = [](char c) { return c >= '0' && c <= '9'; };
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!letter(t[i]) || (i > 0 && letter(t[i - 1]))) continue;
            std::size_t e = i;
            while (e < t.size() && letter(t[e])) ++e;
            if (((i > 0 && digit(t[i - 1])) || (e < t.size() && digit(t[e]))) && !in_code(i))
                if (const CensusLabel* l = labels.find(t.substr(i, e - i));
                    l && l->reading == Reading::withhold && written_in_capitals(raw, read, i, e)) {
                    add(line, col(i), SightingKind::label, l->reading, l->text,
                        "it is joined to a number, written in capitals as a marking is");
                    return;
                }
            i = e;
        }

        // A withheld label after a padlock ("\U0001F512 Restricted notes"), whatever
        // follows: the padlock says "marking" as plainly as a colon.
        if (raw.find("\xF0\x9F\x94") != std::string_view::npos)
            for (std::size_t i = 0; i < t.size() && i < read.source.size(); ++i) {
                if (!word_char(t[i]) || (i > 0 && word_char(t[i - 1]))) continue;
                std::size_t end = 0;
                const CensusLabel* l = label_at(t, i, end);
                if (!l || l->reading != Reading::withhold) continue;
                std::size_t r = read.source[i];
                while (r > 0 && raw[r - 1] == ' ') --r;
                const auto last = r >= 4 ? static_cast<unsigned char>(raw[r - 1]) : 0;
                if (r >= 4 && raw.compare(r - 4, 3, "\xF0\x9F\x94") == 0 &&
                    (last == 0x8F || last == 0x90 || last == 0x92)) {
                    add(line, col(i), SightingKind::label, l->reading, l->text,
                        "it follows a padlock, as a marking is written");
                    return;
                }
            }

        // The prefix's tags too: their attributes ("<span title='Case review,
        // Restricted'>x</span>") are read by hover, screen readers and engines.
        if (!label_as_phrase(raw, t, p, in_syntax_code, line, col) && p > 0 &&
            t.substr(0, p).find('<') != std::string_view::npos)
            label_as_phrase(raw, t, 0, in_syntax_code, line, col);
        if (out.size() != found_before) return;

        // Last, what no rule above has read, word by word (speed: only words
        // that begin a label are looked at further).
        for (std::size_t i = p; i < t.size(); ++i) {
            if (!word_char(t[i]) || (i > 0 && word_char(t[i - 1]))) continue;
            std::size_t e = i;
            while (e < t.size() && word_char(t[e])) ++e;
            if (!labels.starts_a_label(t.substr(i, e - i))) {
                i = e;
                continue;
            }
            std::size_t end = 0;
            const CensusLabel* l = label_at(t, i, end);
            // A withheld label of several words, in any case, anywhere, written
            // as words ("contains exempt information under ...", "is not for
            // publication"): no phrase of a sentence but the marking. (Not
            // the "... in confidence" ones: "we spoke to staff in confidence"
            // is a sentence.)
            if (l && l->reading == Reading::withhold && l->folded.find(' ') != std::string::npos &&
                l->folded.find(" in ") == std::string::npos &&
                t.substr(i, end - i).find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789 -") ==
                    std::string_view::npos) {
                add(line, col(i), SightingKind::label, l->reading, l->text,
                    "a label of several words stands in the sentence, as the marking is "
                    "written");
                return;
            }
            // A withheld label with a capital in the run of a sentence, after a
            // word in lower case: closing it ("This paper is Restricted."), or
            // after a word that grades ("treat as Confidential", "graded
            // Restricted by the police").
            if (l && l->reading == Reading::withhold && i >= 2 && t[i - 1] == ' ' &&
                t[i - 2] >= 'a' && t[i - 2] <= 'z' && !in_code(i)) {
                std::size_t w = i - 1;
                while (w > 0 && t[w - 1] >= 'a' && t[w - 1] <= 'z') --w;
                const std::string_view before = t.substr(w, i - 1 - w);
                // A handling instruction, in any case ("Please treat as
                // confidential", "handle as restricted").
                if (before == "as" && w >= 2 && t[w - 1] == ' ') {
                    std::size_t v = w - 1;
                    while (v > 0 && t[v - 1] >= 'a' && t[v - 1] <= 'z') --v;
                    const std::string_view verb = t.substr(v, w - 1 - v);
                    if (verb == "treat" || verb == "handle") {
                        add(line, col(i), SightingKind::label, l->reading, l->text,
                            "it follows 'treat as' or 'handle as', as a handling instruction "
                            "is written");
                        return;
                    }
                }
                const bool capital = i < read.source.size() && read.source[i] < raw.size() &&
                                     raw[read.source[i]] >= 'A' && raw[read.source[i]] <= 'Z' &&
                                     !written_in_capitals(raw, read, i, end);
                std::size_t k = end;
                while (k < t.size() &&
                       std::string_view("*_~\"'`").find(t[k]) != std::string_view::npos)
                    ++k;
                bool grading = false;
                for (const std::string_view g :
                     {"is",      "as",          "are",        "be",       "was",     "were",
                      "graded",  "classed",     "classified", "deemed",   "rated",   "remains",
                      "remain",  "kept",        "stamped",    "labelled", "labeled", "designated",
                      "flagged", "categorised", "categorized"})
                    grading = grading || before == g;
                if (capital && (grading || k >= t.size() ||
                                std::string_view(".,;!?)").find(t[k]) != std::string_view::npos)) {
                    add(line, col(i), SightingKind::label, l->reading, l->text,
                        "it has a capital in the run of a sentence, as a marking is written");
                    return;
                }
            }
        }
    }

    // Does a word naming a part of a paper follow `end` ("Restricted annex",
    // "Confidential appendix: names", "Protect briefing notes")? A label
    // leading it marks that part, as a paper's heading is marked.
    static bool names_a_document_part(std::string_view t, std::size_t end) {
        std::size_t i = end;
        while (i < t.size() && (t[i] == ' ' || t[i] == '*' || t[i] == '_')) ++i;
        if (i == end) return false;
        std::size_t e = i;
        while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
        const std::string_view word = t.substr(i, e - i);
        for (const std::string_view part :
             {"annex",     "annexe",    "annexes",  "appendix",  "appendices",  "paper",
              "papers",    "report",    "reports",  "item",      "items",       "minutes",
              "briefing",  "briefings", "note",     "notes",     "attachment",  "attachments",
              "enclosure", "addendum",  "document", "documents", "information", "record",
              "records",   "file",      "files",    "extract",   "summary"})
            if (word == part) return true;
        return false;
    }

    // The withheld label that the word at p of t is with a letter slipped
    // (CensusLabels::misspelt_withheld), and where the word ends; or null.
    const CensusLabel* misspelt_word_at(std::string_view t, std::size_t p, std::size_t& end) const {
        std::size_t e = p;
        while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
        if (e - p < 7 || (e < t.size() && word_char(t[e]))) return nullptr;
        end = e;
        return labels.misspelt_withheld(t.substr(p, e - p));
    }

    // Where a banner of two to six words ending in "only" that starts at p
    // of t ends ("official use only", "police only"), or 0.
    static std::size_t banner_end(std::string_view t, std::size_t p) {
        std::size_t i = p;
        for (int words = 1; words <= 6; ++words) {
            std::size_t e = i;
            while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
            if (e == i) return 0;
            if (words >= 2 && t.compare(i, e - i, "only") == 0) return e;
            if (e >= t.size() || t[e] != ' ') return 0;
            i = e + 1;
        }
        return 0;
    }

    // Past what joins labels into one marking ("Restricted and Confidential",
    // "Protect, Restricted", "Restricted-Confidential", "Protect plus
    // Restricted", "and/or"): spaces, marks, ',', '&', '+', '-', '/', and the
    // words that join. From `at` to before `e`.
    static std::size_t skip_joiners(std::string_view t, std::size_t at, std::size_t e) {
        while (at < e) {
            if (std::string_view(" *_~'`,&+-/[").find(t[at]) != std::string_view::npos) {
                ++at;
                continue;
            }
            bool joined = false;
            for (const std::string_view word : {"and", "or", "plus", "but", "vs", "versus", "nor"})
                if (t.compare(at, word.size(), word) == 0 &&
                    (at + word.size() >= e || !word_char(t[at + word.size()]))) {
                    at += word.size();
                    joined = true;
                    break;
                }
            if (!joined) break;
        }
        return at;
    }

    // Does the read line t break into phrases at i? Where a person sees one
    // thing end and another begin: a tab (a Word column), punctuation that
    // sets words apart (; / \\ | = ~ ^ < > { } "), a colon or a sentence's end
    // (': ', '. ', '? ', '! ' or at the line's end), a dash with a space beside
    // it or written as a dash (not a hyphen), or a symbol, bullet or emoji
    // (read as a space, but not written as one).
    static bool phrase_break(std::string_view raw, const ReadText& read, std::size_t i) {
        const std::string_view t = read.text;
        const char c = t[i];
        if (std::string_view(";/\\|=~^<>{}\"\t").find(c) != std::string_view::npos) return true;
        // A single quote that is no apostrophe ("'Restricted'", a link's title
        // written in single quotes): it sets a phrase off as '"' does.
        if (c == '\'' && !(i > 0 && word_char(t[i - 1]) && i + 1 < t.size() && word_char(t[i + 1])))
            return true;
        const bool space_after = i + 1 >= t.size() || t[i + 1] == ' ';
        if ((c == ':' || c == '.' || c == '!' || c == '?') && space_after)
            return c != ':' || i == 0 || t[i - 1] != ':';
        // "Restricted.names": a full stop before a letter (not "1.1", "e.g." is
        // two phrases of one letter each).
        if (c == '.' && i + 1 < t.size() && t[i + 1] >= 'a' && t[i + 1] <= 'z') return true;
        const std::size_t at = i < read.source.size() ? read.source[i] : raw.size();
        const auto written = at < raw.size() ? static_cast<unsigned char>(raw[at]) : 0;
        if (c == '-')
            return space_after || (i > 0 && t[i - 1] == ' ') || written >= 0x80;  // '—', '→'
        // A spaced '*' is no emphasis but a bullet between words ("·", "•").
        if (c == '*') return space_after && i > 0 && t[i - 1] == ' ';
        if (c == ' ' && written == '\t') return true;  // a Word column: "Restricted<TAB>names"
        // A wide gap: two spaces or more ("Restricted  names"), or one wider
        // than a word space (an em or ideographic space).
        if (c == ' ' && i + 1 < t.size() && t[i + 1] == ' ') return true;
        if (c == ' ' && written >= 0x80) {
            std::uint32_t cp = 0;
            const std::size_t n = written >= 0xF0 ? 4 : written >= 0xE0 ? 3 : 2;
            cp = written & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
            for (std::size_t k = 1; k < n && at + k < raw.size(); ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(raw[at + k]) & 0x3F);
            return !reads_as_space(cp) || (cp >= 0x2000 && cp <= 0x2008) || cp == 0x3000;
        }
        return false;
    }

    // A withheld label, in any case, that is a phrase of its own in the line,
    // where a person reads it as the marking of what is beside it:
    //  - the whole phrase: "## Restricted; names", "Case review / Restricted",
    //    "Restricted<TAB>names", "Classification = Restricted", "{Restricted}",
    //    "## ~~Official~~ Restricted", "Restricted • names";
    //  - labels together, and nothing else, or before the rest: "Restricted
    //    and Confidential", "Protect, Restricted", "Restricted & Confidential:
    //    names";
    //  - the phrase's end, after a number, a letter that numbers, or a word
    //    that names a marking: "Item 6 Restricted", "Page 3 of 7 Restricted",
    //    "Annex B Restricted", "Security classification Restricted".
    // Words around a label ("Restricted parking on Mill Road", "Protect the
    // public") leave it a word of a title or a sentence.
    template <typename InCode, typename Col>
    bool label_as_phrase(std::string_view raw, std::string_view t, std::size_t p, InCode in_code,
                         int line, Col col) {
        constexpr std::string_view kMarks = " *_~'`";
        // The line's first words a withheld label, a comma or a bracketed
        // note after it ("## Restricted, names", "- Restricted (1)"); its last
        // words one after a comma or '+' ("Case review, Restricted").
        {
            std::size_t end = 0;
            if (const CensusLabel* l = label_at(t, p, end);
                l && l->reading == Reading::withhold && !in_code(p)) {
                std::size_t k = end;
                while (k < t.size() && kMarks.find(t[k]) != std::string_view::npos) ++k;
                if (k < t.size() &&
                    std::string_view(",+_#@([").find(t[k]) != std::string_view::npos) {
                    add(line, col(p), SightingKind::label, Reading::withhold, l->text,
                        "it leads the line, set off by punctuation, as a marking is written");
                    return true;
                }
            }
            std::size_t e = t.size();
            while (e > p &&
                   std::string_view(" *_~'`.!?)]\",").find(t[e - 1]) != std::string_view::npos)
                --e;
            for (std::size_t i = e; i > p && e - i < 40; --i) {  // labels are a few words
                if (!word_char(t[i - 1]) || (i - 1 > 0 && word_char(t[i - 2]))) continue;
                const CensusLabel* l = label_at(t.substr(0, e), i - 1, end);
                if (!l || end != e) continue;
                // In emphasis or a code span, ending the line: a stamp ("...
                // the families. **Restricted**").
                if (const char mark = i >= 2 ? t[i - 2] : '\0';
                    l->reading == Reading::withhold && e < t.size() && t[e] == mark &&
                    (mark == '*' || mark == '_' || mark == '`')) {
                    add(line, col(i - 1), SightingKind::label, Reading::withhold, l->text,
                        "it ends the line in emphasis or a code span, as a stamp is written");
                    return true;
                }
                std::size_t k = i - 1;
                while (k > p && kMarks.find(t[k - 1]) != std::string_view::npos) --k;
                if (l->reading == Reading::withhold && k > p &&
                    (t[k - 1] == ',' || t[k - 1] == '+') && !in_code(i - 1)) {
                    add(line, col(i - 1), SightingKind::label, Reading::withhold, l->text,
                        "it ends the line after a comma, as a marking is written");
                    return true;
                }
            }
        }
        for (std::size_t a = p; a < t.size();) {
            std::size_t b = a;
            while (b < t.size() && !phrase_break(raw, read, b)) ++b;
            std::size_t s = a, e = b;
            while (s < e && kMarks.find(t[s]) != std::string_view::npos) ++s;
            while (e > s && kMarks.find(t[e - 1]) != std::string_view::npos) --e;
            if (s < e && !in_code(s)) {
                // Labels, joined by nothing or by ',', '&', '+', "and", "or".
                std::size_t at = s, end = 0;
                int count = 0;
                const CensusLabel* withheld = nullptr;
                std::size_t first = s;
                while (const CensusLabel* l = label_at(t.substr(0, e), at, end)) {
                    if (l->reading == Reading::withhold && !withheld) withheld = l, first = at;
                    ++count;
                    at = skip_joiners(t, end, e);
                    if (at >= e) break;
                }
                if (!withheld && count == 0 && e - s == 19 && protectively_marked_at(t, s)) {
                    add(line, col(s), SightingKind::label, Reading::unknown, "",
                        "'PROTECTIVELY MARKED' stands as a phrase of its own, as a marking is "
                        "written, with no label after it that site.json lists");
                    return true;
                }
                if (withheld && (at >= e || count >= 2)) {
                    add(line, col(first), SightingKind::label, Reading::withhold, withheld->text,
                        count >= 2 ? "it stands with other labels, as a marking is written"
                                   : "it stands as a phrase of its own, set off by punctuation "
                                     "or a tab, as a marking is written");
                    return true;
                }
                // As the line's first and last words are (above): a phrase
                // led by a label with a comma or a note after it ("| Restricted,
                // names |"), or ended by one after a comma ("<p>Case review,
                // Restricted</p>").
                if (const CensusLabel* l = label_at(t.substr(0, e), s, end);
                    l && l->reading == Reading::withhold) {
                    std::size_t k = end;
                    while (k < e && kMarks.find(t[k]) != std::string_view::npos) ++k;
                    if (k < e && std::string_view(",+([").find(t[k]) != std::string_view::npos) {
                        add(line, col(s), SightingKind::label, Reading::withhold, l->text,
                            "it leads its phrase, set off by punctuation, as a marking is "
                            "written");
                        return true;
                    }
                }
                // The phrase's last words a label, after a number, a letter or
                // a word that names a marking.
                for (std::size_t i = s; i < e; ++i) {
                    if (!word_char(t[i]) || (i > s && word_char(t[i - 1]))) continue;
                    const CensusLabel* l = label_at(t.substr(0, e), i, end);
                    if (!l || l->reading != Reading::withhold || end != e || i == s) continue;
                    // Labels together ending the phrase ("Case notes
                    // Restricted and Confidential", "Notes Protect Restricted").
                    for (std::size_t w = s; w < i; ++w) {
                        if (!word_char(t[w]) || (w > s && word_char(t[w - 1]))) continue;
                        std::size_t first_end = 0;
                        if (label_at(t.substr(0, i), w, first_end) && first_end < i &&
                            skip_joiners(t, first_end, i) == i) {
                            add(line, col(w), SightingKind::label, Reading::withhold, l->text,
                                "it stands with other labels, ending its phrase, as a marking "
                                "is written");
                            return true;
                        }
                    }
                    std::size_t w_end = i;
                    while (w_end > s && t[w_end - 1] == ' ') --w_end;
                    std::size_t w = w_end;
                    while (w > s && word_char(t[w - 1])) --w;
                    // "2(a) Restricted", "[1] Restricted": the number's brackets.
                    while (w_end > s &&
                           std::string_view(").]").find(t[w_end - 1]) != std::string_view::npos)
                        --w_end;
                    w = w_end;
                    while (w > s && word_char(t[w - 1])) --w;
                    const std::string_view before = t.substr(w, w_end - w);
                    const std::string_view phrase = t.substr(s, i - s);
                    bool named = false;
                    for (const std::string_view word :
                         {"classif", "marking", "caveat", "handling", "descriptor", "sensitivity",
                          "security", "gpms", "protective", "grading"})
                        named = named || phrase.find(word) != std::string_view::npos;
                    const bool numbered =
                        before.find_first_of("0123456789") != std::string_view::npos ||
                        utf8_length(before) == 1 || named;
                    std::size_t k = i;
                    while (k > s && kMarks.find(t[k - 1]) != std::string_view::npos) --k;
                    if (k > s && (t[k - 1] == ',' || t[k - 1] == '+')) {
                        add(line, col(i), SightingKind::label, Reading::withhold, l->text,
                            "it ends its phrase after a comma, as a marking is written");
                        return true;
                    }
                    if (numbered && !before.empty()) {
                        add(line, col(i), SightingKind::label, Reading::withhold, l->text,
                            "it ends its phrase after a number, a letter or a word that "
                            "names a marking, as a marking is written");
                        return true;
                    }
                }
            }
            a = b + 1;
        }
        return false;
    }

    // Each visual line of one file line.
    void scan_file_line(std::string_view raw, int line, int column0) {
        if (plain_ascii(raw)) {
            if (!offsets_worth_reading(raw).empty() || plain_start_worth_reading(raw))
                scan(raw, line, column0, true);
            return;
        }
        std::size_t start = 0;
        bool first = true;
        for (std::size_t i = 0; i < raw.size();) {
            const std::size_t brk = visual_break_at(raw, i);
            if (brk == 0) {
                ++i;
                continue;
            }
            scan(raw.substr(start, i - start), line, column0 + static_cast<int>(start), first);
            first = false;
            i += brk;
            start = i;
        }
        scan(raw.substr(start), line, column0 + static_cast<int>(start), first);
    }

    // A withheld label in capitals that a line break splits: a paragraph's
    // lines run together on the page ("OFFICIAL" then "SENSITIVE"), and a word
    // hyphenated at a line's end reads whole ("RESTRIC-" then "TED:").
    void scan_across_break(std::string_view raw, std::string_view next, int line, int column0) {
        auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
        auto capitals = [](std::string_view w) {
            return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        };
        std::size_t end = raw.size();
        while (end > 0 && (raw[end - 1] == ' ' || raw[end - 1] == '\t')) --end;
        if (end > 0 && raw[end - 1] == '\\') --end;  // Markdown's hard break ("RESTR\")
        const bool hyphen = end > 0 && raw[end - 1] == '-';
        const std::size_t word_end = hyphen ? end - 1 : end;
        std::size_t word = word_end;
        while (word > 0 && letter(raw[word - 1])) --word;
        if (word == word_end || word_end - word > 24 ||
            (word > 0 && word_char(lower(raw[word - 1]))))
            return;
        // Speed: most lines end in a word that begins no label (nor, before a
        // hyphen, a part of one), and need nothing more.
        std::string head;
        for (std::size_t i = word; i < word_end; ++i) head += lower(raw[i]);
        // In capitals, a word broken with no hyphen ("PRO" then "TECT") reads
        // whole as well.
        const bool broken_in_capitals = !hyphen && capitals(raw.substr(word, word_end - word));
        if (!(hyphen || broken_in_capitals
                  ? labels.a_label_begins_with(head)
                  : labels.starts_a_label(head) || head == "protectively") &&
            !labels.starts_a_label(head))
            return;
        std::size_t from = 0;
        while (from < next.size() && (next[from] == ' ' || next[from] == '\t')) ++from;
        std::size_t next_end = from;
        while (next_end < next.size() && letter(next[next_end])) ++next_end;
        if (next_end == from) return;
        const std::string_view first = raw.substr(word, word_end - word);
        const std::string_view rest =
            next.substr(from, std::min<std::size_t>(next.size() - from, 48));
        const bool in_capitals = capitals(first) && capitals(next.substr(from, next_end - from));
        // A hyphen at the line's end may be the word's own ("OFFICIAL-" then
        // "SENSITIVE") or a break in it ("RESTRIC-" then "TED").
        static constexpr std::array<const char*, 2> kHyphenJoints = {"", "-"};
        static constexpr std::array<const char*, 1> kSpaceJoint = {" "};
        static constexpr std::array<const char*, 2> kSpaceOrNone = {" ", ""};
        const std::span<const char* const> joints =
            hyphen ? std::span<const char* const>(kHyphenJoints)
            : in_capitals && !labels.starts_a_label(head)
                ? std::span<const char* const>(kSpaceOrNone)
                : std::span<const char* const>(kSpaceJoint);
        for (const char* joint : joints) {
            const std::string joined =
                read_as_person(std::string(first) + joint + std::string(rest));
            const std::size_t first_part = first.size();
            std::size_t label_end = 0;
            const CensusLabel* l = label_at(joined, 0, label_end, /*inflected=*/in_capitals);
            const bool marked = in_capitals && !hyphen &&
                                joined.compare(0, 19, "protectively marked") == 0 &&
                                !(word >= 4 && raw.substr(word - 4, 4) == "NOT ");
            const bool label = l && l->reading == Reading::withhold && label_end > first_part &&
                               (in_capitals || leads_slot(joined, label_end, joined.size()));
            if (!label && !marked) continue;
            add(line, column0 + static_cast<int>(word), SightingKind::label,
                l ? l->reading : Reading::unknown, l ? l->text : "",
                "it goes on over a line break, and the page shows it whole");
            return;
        }
    }

    // The one letter a line shows, with nothing but a line's prefix (bullet,
    // number, quote bar, heading mark, table bars) and markup around it
    // ("R", "- **E**", "| S |", "### T"); 0 for any other line.
    static char lone_letter(std::string_view raw) {
        if (raw.size() > 48) return 0;  // speed: no line of one letter is longer
        // Speed: a plain ASCII line with no tag or reference shows the letters
        // it holds; most short lines hold more than one.
        if (std::all_of(raw.begin(), raw.end(), [](char c) {
                return static_cast<unsigned char>(c) < 0x80 && c != '<' && c != '&';
            })) {
            const auto letters = std::count_if(raw.begin(), raw.end(), [](char c) {
                return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            });
            if (letters != 1) return 0;
        }
        const std::string shown = read_as_person(without_inline_markup(raw));
        // Past a list item's number ("3. R"); the other prefixes hold no
        // letter. (Not skip_prefix: it takes "o " or "p " for Word's bullets.)
        std::size_t from = shown.find_first_not_of(" \t");
        if (from == std::string::npos) return 0;
        const std::size_t digits_end = shown.find_first_not_of("0123456789", from);
        if (digits_end != from && digits_end != std::string::npos &&
            (shown[digits_end] == '.' || shown[digits_end] == ')'))
            from = digits_end + 1;
        char letter = 0;
        for (std::size_t i = from; i < shown.size(); ++i) {
            const char c = shown[i];
            if (c >= 'a' && c <= 'z') {
                if (letter) return 0;
                letter = c;
            } else if (c >= '0' && c <= '9') {
                return 0;
            }
        }
        return letter;
    }

    // A label written down the page, a letter to a line, a list item, a
    // heading or a table row ("R", "E", "S", ... "D"): a person reads the word
    // the letters spell, as in an acrostic. Blank lines between them do not
    // break it.
    struct LettersDown {
        std::string letters;
        int first_line = 0;
        int column = 1;
    };
    void read_letters_down(LettersDown& down) {
        if (down.letters.size() >= 4)
            for (std::size_t from = 0; from + 4 <= down.letters.size(); ++from)
                for (std::size_t to = std::min(down.letters.size(), from + 40); to >= from + 4;
                     --to) {
                    const CensusLabel* l = labels.find(down.letters.substr(from, to - from));
                    if (!l || l->reading != Reading::withhold) continue;
                    add(down.first_line, down.column, SightingKind::label, l->reading, l->text,
                        "its letters are written down the page, one to a line, and spell it");
                    down = {};
                    return;
                }
        down = {};
    }

    // A table row's cells ("| RESTRIC | TED: names |"), read side by side as
    // the page shows them.
    void read_cells_together(std::string_view raw, int line, int column0) {
        read_field_row(raw, line, column0);
        std::string_view previous;
        for (std::size_t from = 0; from < raw.size();) {
            std::size_t bar = raw.find('|', from);
            while (bar != std::string_view::npos && bar > 0 && raw[bar - 1] == '\\')
                bar = raw.find('|', bar + 1);
            const std::size_t end = std::min(bar, raw.size());
            const std::string_view cell = raw.substr(from, end - from);
            if (cell.find_first_not_of(" \t") != std::string_view::npos) {
                const std::size_t before = out.size();
                if (!previous.empty())
                    read_fields_together(previous, cell, line, column0 + static_cast<int>(from));
                if (out.size() != before) return;
                previous = cell;
            }
            if (bar == std::string_view::npos) break;
            from = bar + 1;
        }
    }

    // A table row of two cells, a marking field and a short value ("|
    // Protective Marking | Restr. |", as a form or a spreadsheet lays it out),
    // reads as "Protective Marking: Restr.".
    // A table's header row with a marking field among its cells ("| Case |
    // Protective marking | Notes |" over "|---|---|---|"): its column holds
    // each row's marking, as a spreadsheet's does, which portal does not read.
    void read_field_row(std::string_view raw, int line, int column0) {
        std::vector<std::pair<std::size_t, std::string_view>> cells;
        for (std::size_t from = 0; from <= raw.size() && cells.size() < 64;) {
            const std::size_t end = std::min(raw.find('|', from), raw.size());
            const std::string_view cell = raw.substr(from, end - from);
            if (cell.find_first_not_of(" \t") != std::string_view::npos)
                cells.push_back({from, cell});
            from = end + 1;
        }
        const std::string_view next = after_line.substr(0, after_line.find('\n'));
        const bool header = next.find('|') != std::string_view::npos &&
                            next.find("--") != std::string_view::npos &&
                            next.find_first_not_of(" |:-\t") == std::string_view::npos;
        if (header)
            for (const auto& [from, cell] : cells)
                if (is_a_marking_field(read_as_person(without_inline_markup(cell)))) {
                    add(line, column0 + static_cast<int>(from), SightingKind::key, Reading::none,
                        "",
                        "it heads a table's column, which then holds each row's marking, and "
                        "portal reads no marking there");
                    return;
                }
        if (cells.size() != 2) return;
        const std::string key = read_as_person(without_inline_markup(cells[0].second));
        const std::string value = read_as_person(without_inline_markup(cells[1].second));
        if (!is_a_marking_field(key) || words_from(value, 0, 2) > 2 ||
            value.find_first_not_of(" -:") == std::string::npos)
            return;
        std::string label;
        const Reading reading = reading_of(value, 0, label);
        add(line, column0 + static_cast<int>(cells[0].first), SightingKind::key, reading,
            std::move(label), "it names the marking in a table row, with the value beside it");
    }

    // Text of several lines (a file, a decoded JSON string, a CSV cell): every
    // line is reported at `line` + its index, or all at `line` when `one_place`.
    void scan_text(std::string_view text, int line, int column0, bool one_place) {
        const bool plain = plain_ascii(text);
        const std::vector<std::size_t> notable =
            plain ? offsets_worth_reading(text) : std::vector<std::size_t>{};
        std::size_t next = 0;  // into notable
        std::size_t start = 0;
        int n = 0;
        LettersDown down;
        const CensusLabel* read_on_from_last_line = nullptr;
        while (start <= text.size()) {
            std::size_t nl = text.find('\n', start);
            if (nl == std::string_view::npos) nl = text.size();
            const int at_line = one_place ? line : line + n;
            const int at_column = one_place || n == 0 ? column0 : 1;
            const std::string_view raw = text.substr(start, nl - start);
            if (raw.find_first_not_of(" \t\r") != std::string_view::npos) {
                if (const char letter = lone_letter(raw)) {
                    if (down.letters.empty()) down.first_line = at_line, down.column = at_column;
                    down.letters += letter;
                } else if (!down.letters.empty()) {
                    read_letters_down(down);
                }
            }
            after_line = nl < text.size() ? text.substr(nl + 1) : std::string_view();
            const std::size_t found_before = out.size();
            if (!plain) {
                scan_file_line(raw, at_line, at_column);
            } else {
                bool notable_here = false;
                while (next < notable.size() && notable[next] < nl) {
                    notable_here = true;
                    ++next;
                }
                if (notable_here || plain_start_worth_reading(raw))
                    scan(raw, at_line, at_column, true);
            }
            if (out.size() == found_before && raw.find('|') != std::string_view::npos)
                read_cells_together(raw, at_line, at_column);
            // The next line's first word, when it was read as the end of a
            // label over the break, is no label of its own ("OFFICIAL" then
            // "SENSITIVE").
            if (read_on_from_last_line) {
                const std::string& joined = read_on_from_last_line->folded;
                const int first_column = at_column + static_cast<int>(std::min(
                                                         raw.find_first_not_of(" \t"), raw.size()));
                for (std::size_t k = found_before; k < out.size();) {
                    const std::string part = fold_label(out[k].label);
                    const bool its_end = out[k].line == at_line && out[k].column <= first_column &&
                                         !part.empty() && joined.size() > part.size() &&
                                         joined.ends_with(part) &&
                                         joined[joined.size() - part.size() - 1] == ' ';
                    if (its_end)
                        out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
                    else
                        ++k;
                }
                read_on_from_last_line = nullptr;
            }
            // A publishable label that goes on over the break into a withheld
            // one ("OFFICIAL-" then "SENSITIVE") is read as the withheld one.
            const bool publish_only =
                out.size() == found_before + 1 && out.back().reading == Reading::publish;
            if ((out.size() == found_before || publish_only) && nl < text.size()) {
                const std::size_t before_break = out.size();
                scan_across_break(raw, after_line, at_line, at_column);
                if (out.size() > before_break)
                    read_on_from_last_line = labels.find(fold_label(out.back().label));
                if (publish_only && out.size() > before_break) out.erase(out.end() - 2);
            }
            if (nl == text.size()) break;
            start = nl + 1;
            ++n;
        }
        read_letters_down(down);
    }
};

// JSON: string literals decoded (escapes such as \u003a and \n as what they
// mean), keys and values read alike, and told apart by what follows them for
// the marking key.
void census_json(std::string_view t, Scanner& scan) {
    int line = 1;
    std::size_t line_start = 0;
    auto read_string = [&](std::size_t& i, std::string& out) {
        out.clear();
        ++i;  // opening quote
        while (i < t.size() && t[i] != '"') {
            if (t[i] == '\n') ++line, line_start = i + 1;  // invalid JSON, but count it
            if (t[i] != '\\' || i + 1 >= t.size()) {
                out += t[i++];
                continue;
            }
            const char e = t[i + 1];
            i += 2;
            switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'b':
                case 'f':
                    out += ' ';
                    break;
                case 'u': {
                    auto hex4 = [&](std::size_t at, unsigned& v) {
                        if (at + 4 > t.size()) return false;
                        v = 0;
                        for (std::size_t k = at; k < at + 4; ++k) {
                            const char h = t[k];
                            v = v * 16 + static_cast<unsigned>(h >= '0' && h <= '9'   ? h - '0'
                                                               : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                                               : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                                                      : 0);
                        }
                        return true;
                    };
                    unsigned cp = 0;
                    if (!hex4(i, cp)) break;
                    i += 4;
                    unsigned low = 0;
                    if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= t.size() && t[i] == '\\' &&
                        t[i + 1] == 'u' && hex4(i + 2, low) && low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                    if (cp == '\r') cp = '\n';
                    append_utf8(out, static_cast<std::uint32_t>(cp));
                    break;
                }
                default:
                    out += e;
            }
        }
        ++i;  // closing quote
    };
    auto skip_ws = [&](std::size_t& i) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
            if (t[i] == '\n') ++line, line_start = i + 1;
            ++i;
        }
    };
    std::string text, value;
    std::string previous_value;  // of the object or list being read ("": none)
    for (std::size_t i = 0; i < t.size();) {
        if (t[i] == '\n') {
            ++line, line_start = ++i;
            continue;
        }
        if (t[i] != '"') {
            if (t[i] == '{' || t[i] == '}' || t[i] == '[' || t[i] == ']') previous_value.clear();
            ++i;
            continue;
        }
        const int at_line = line;
        const int at_col = static_cast<int>(i - line_start) + 1;
        read_string(i, text);
        std::size_t after = i;
        while (after < t.size() &&
               (t[after] == ' ' || t[after] == '\t' || t[after] == '\n' || t[after] == '\r'))
            ++after;
        // A value, or a key, read alike: a key is text a page may show as it
        // is (a statistics table's "values": {"RESTRICTED: ...": 1} names its
        // rows), so every rule for a value holds for a key.
        scan.scan_text(text, at_line, at_col, true);
        if (after >= t.size() || t[after] != ':') {
            if (!previous_value.empty())
                scan.read_fields_together(previous_value, text, at_line, at_col);
            previous_value = text;
            continue;
        }
        skip_ws(i);
        // A key. A marking key is reported where its value stands, as the
        // parsed document's positions are.
        i = after + 1;
        if (!reads_as_marking_key(read_as_person(text))) continue;
        skip_ws(i);
        const int v_line = line;
        const int v_col = static_cast<int>(i - line_start) + 1;
        std::string label;
        Reading reading = Reading::none;
        if (i < t.size() && t[i] == '"') {
            read_string(i, value);
            const std::string read = read_as_person(value);
            reading = scan.reading_of(read, 0, label);
        }
        scan.add(v_line, v_col, SightingKind::key, reading, std::move(label), "");
    }
}

// CSV, cell by cell, with its own reading of quotes (not libcsv's). A cell of
// the first row that reads as "marking" is a key.
void census_csv(std::string_view t, Scanner& scan) {
    int line = 1;
    std::size_t line_start = 0;
    int row = 0;
    std::string cell, previous_cell;  // previous_cell: of the row being read
    std::size_t i = 0;
    while (i <= t.size()) {
        const int at_line = line;
        const int at_col = static_cast<int>(i - line_start) + 1;
        cell.clear();
        while (i < t.size() && t[i] == ' ') cell += t[i++];
        if (i < t.size() && t[i] == '"') {
            ++i;
            while (i < t.size()) {
                if (t[i] == '"' && i + 1 < t.size() && t[i + 1] == '"') {
                    cell += '"';
                    i += 2;
                } else if (t[i] == '"') {
                    ++i;
                    break;
                } else {
                    if (t[i] == '\n') ++line, line_start = i + 1;
                    cell += t[i++];
                }
            }
        }
        while (i < t.size() && t[i] != ',' && t[i] != '\n') cell += t[i++];
        scan.scan_text(cell, at_line, at_col, false);
        if (!previous_cell.empty()) scan.read_fields_together(previous_cell, cell, at_line, at_col);
        previous_cell = cell;
        if (row == 0 && reads_as_marking_key(read_as_person(cell)))
            scan.add(at_line, at_col, SightingKind::key, Reading::none, "", "");
        if (i >= t.size()) break;
        if (t[i] == '\n') {
            ++line, line_start = i + 1;
            ++row;
            previous_cell.clear();
        }
        ++i;
    }
}

}  // namespace

CensusLabels::CensusLabels(const std::vector<std::string>& publishable,
                           const std::vector<std::string>& withheld) {
    for (const auto& l : publishable) labels_.push_back({fold_label(l), Reading::publish, l});
    for (const auto& l : withheld) labels_.push_back({fold_label(l), Reading::withhold, l});
    labels_.erase(std::remove_if(labels_.begin(), labels_.end(),
                                 [](const CensusLabel& l) { return l.folded.empty(); }),
                  labels_.end());
    // The protective markings of UK government and of the papers boards
    // receive are read as markings even where site.json lists them in neither
    // list: a person reads "TOP SECRET" as marked whether or not this site's
    // policy names it, and portal cannot tell what it would mark. Read as
    // withheld, no parser matches them, so each is refused where it stands.
    // ("IN CONFIDENCE" alone is not among them: "In confidence, the officer
    // said ..." is a sentence.)
    static constexpr std::string_view kWellKnown[] = {
        "PROTECT", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET", "OFFICIAL-SENSITIVE",
        "OFFSENS", "OFF-SENS", "OFF-SEN", "COMMERCIAL IN CONFIDENCE", "MANAGEMENT IN CONFIDENCE",
        "STAFF IN CONFIDENCE", "STRICTLY CONFIDENTIAL", "PRIVATE AND CONFIDENTIAL",
        "PERSONAL AND CONFIDENTIAL", "HIGHLY CONFIDENTIAL", "NOT FOR PUBLICATION",
        "EXEMPT INFORMATION", "EXEMPT ITEM", "EXEMPT REPORT", "EXEMPT APPENDIX", "EXEMPT",
        "EXEMPT FROM PUBLICATION", "EXEMPT FROM DISCLOSURE", "REASON FOR EXEMPTION", "SCHEDULE 12A",
        "PRESS AND PUBLIC EXCLUDED", "DO NOT PUBLISH", "NOT TO BE PUBLISHED",
        "NOT FOR PUBLIC RELEASE", "NOT FOR RELEASE", "NOT FOR CIRCULATION", "LEGALLY PRIVILEGED",
        "COMMERCIALLY SENSITIVE", "SENSITIVE", "NOT FOR DISCLOSURE", "NOT FOR DISTRIBUTION",
        "NOT FOR WIDER CIRCULATION", "NOT TO BE SHARED", "STRICT CONFIDENCE",
        "STRICTEST CONFIDENCE",
        // Welsh, as a Welsh body's
        // papers are marked.
        "CYFYNGEDIG", "CYFRINACHOL", "CYFRINACH", "CYFRINACH IAWN", "SWYDDOGOL-SENSITIF",
        "SWYDDOGOL SENSITIF",
        // French, as partners'
        // papers may be.
        "CONFIDENTIEL", "DIFFUSION RESTREINTE"};
    for (const std::string_view known : kWellKnown) {
        const std::string folded = fold_label(known);
        if (std::none_of(labels_.begin(), labels_.end(),
                         [&](const CensusLabel& l) { return l.folded == folded; }))
            labels_.push_back({folded, Reading::withhold, std::string(known)});
    }
    // "Private & Confidential": '&' is no word, so the label reads without
    // its "and" as well.
    for (std::size_t i = 0, n = labels_.size(); i < n; ++i)
        if (const std::size_t at = labels_[i].folded.find(" and "); at != std::string::npos) {
            CensusLabel without_and = labels_[i];
            without_and.folded.erase(at, 4);
            labels_.push_back(std::move(without_and));
        }
    // A label of several words written as one ("TopSecret", "TOPSECRET",
    // "OfficialSensitive") reads as the label: a person sees the words in it.
    const std::size_t written = labels_.size();
    for (std::size_t i = 0; i < written; ++i)
        if (labels_[i].folded.find(' ') != std::string::npos) {
            CensusLabel joined = labels_[i];
            std::erase(joined.folded, ' ');
            labels_.push_back(std::move(joined));
        }
    for (const auto& l : labels_) {
        if (l.folded.find(' ') == std::string::npos &&
            std::find(written_as_one_.begin(), written_as_one_.end(), l.folded) ==
                written_as_one_.end())
            written_as_one_.push_back(l.folded);
        std::string first = l.folded.substr(0, l.folded.find(' '));
        if (first_glance_.insert(glanced(first)).second) first_words_.push_back(std::move(first));
        // Withheld labels only: the census reads "label:" in a sentence only
        // for them.
        std::string last = l.folded.substr(l.folded.rfind(' ') + 1);
        if (l.reading == Reading::withhold) {
            const std::size_t space = l.folded.rfind(' ');
            if (space == std::string::npos) {
                last_alone_glance_.insert(glanced(last));
            } else {
                const std::size_t before = l.folded.rfind(' ', space - 1);
                const std::size_t from = before == std::string::npos ? 0 : before + 1;
                last_two_glance_.insert(glanced(l.folded.substr(from)));
                last_of_several_sieve_.add(last);
            }
        }
        if (l.reading == Reading::withhold && last_glance_.insert(glanced(last)).second)
            last_words_.push_back(std::move(last));
        if (l.reading == Reading::withhold)
            for (std::size_t from = 0; from < l.folded.size();) {
                const std::size_t end = std::min(l.folded.find(' ', from), l.folded.size());
                withheld_word_glance_.insert(glanced(l.folded.substr(from, end - from)));
                from = end + 1;
            }
    }
    // Longest first; a label in both lists reads as withheld (the policy
    // refuses that anyway).
    std::stable_sort(labels_.begin(), labels_.end(),
                     [](const CensusLabel& a, const CensusLabel& b) {
                         if (a.folded.size() != b.folded.size())
                             return a.folded.size() > b.folded.size();
                         return a.reading == Reading::withhold && b.reading != Reading::withhold;
                     });
    // The first of the labels a glance reads alike is the one found, as the
    // order above makes it.
    for (std::size_t i = 0; i < labels_.size(); ++i) {
        by_glance_.emplace(glanced(labels_[i].folded), i);
        label_sieve_.add(labels_[i].folded);
    }
    for (const auto& w : first_words_) first_sieve_.add(w);
    for (const auto& w : last_words_) last_sieve_.add(w);
    for (const auto& l : labels_)
        if (l.reading == Reading::withhold && l.folded.size() >= 8 &&
            l.folded.find(' ') == std::string::npos)
            for (const std::size_t n : {l.folded.size() - 1, l.folded.size(), l.folded.size() + 1})
                slip_sieve_.add(std::string(n, l.folded[0]));
}

void CensusLabels::Sieve::add(std::string_view key) {
    if (key.empty()) return;
    if (key.size() >= 64) {
        long_keys = true;
        return;
    }
    pairs.set(key.size() * 256 + static_cast<unsigned char>(at_a_glance(key[0])));
}

bool CensusLabels::Sieve::may_hold(std::string_view word) const {
    if (word.empty()) return false;
    if (word.size() >= 64) return long_keys;
    return pairs.test(word.size() * 256 + static_cast<unsigned char>(at_a_glance(word[0])));
}

std::string CensusLabels::glanced(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = at_a_glance(c);
    return out;
}

bool CensusLabels::a_label_begins_with(std::string_view part) const {
    return std::any_of(first_words_.begin(), first_words_.end(),
                       [&](const std::string& w) { return w.compare(0, part.size(), part) == 0; });
}

bool CensusLabels::a_label_written_as_one_begins_with(std::string_view part) const {
    return std::any_of(written_as_one_.begin(), written_as_one_.end(), [&](const std::string& w) {
        return w.size() >= part.size() &&
               same_label_at_a_glance(std::string_view(w).substr(0, part.size()), part);
    });
}

bool CensusLabels::a_label_ends_with(std::string_view part) const {
    return std::any_of(last_words_.begin(), last_words_.end(), [&](const std::string& w) {
        return w.size() > part.size() && w.compare(w.size() - part.size(), part.size(), part) == 0;
    });
}

namespace {
// The word at a glance, in `buffer` when it fits (no allocation for the
// words of a line), as a view.
std::string_view glanced_into(std::string_view word, char (&buffer)[64], std::string& spill) {
    char* out = buffer;
    if (word.size() > sizeof buffer) {
        spill.resize(word.size());
        out = spill.data();
    }
    for (std::size_t i = 0; i < word.size(); ++i) out[i] = at_a_glance(word[i]);
    return {out, word.size()};
}
}  // namespace

bool CensusLabels::ends_a_label(std::string_view word) const {
    if (!last_sieve_.may_hold(word)) return false;
    char buffer[64];
    std::string spill;
    return last_glance_.find(glanced_into(word, buffer, spill)) != last_glance_.end();
}

bool CensusLabels::ends_a_label_after(std::string_view before, std::string_view word) const {
    if (!ends_a_label(word)) return false;
    if (last_alone_glance_.count(glanced(word)) > 0) return true;
    return last_two_glance_.count(glanced(std::string(before) + " " + std::string(word))) > 0;
}

bool CensusLabels::is_a_withheld_label_of_one_word(std::string_view word) const {
    if (!last_sieve_.may_hold(word)) return false;
    char buffer[64];
    std::string spill;
    return last_alone_glance_.find(glanced_into(word, buffer, spill)) != last_alone_glance_.end();
}

bool CensusLabels::ends_a_label_of_several_words(std::string_view before,
                                                 std::string_view word) const {
    return ends_a_label(word) &&
           last_two_glance_.count(glanced(std::string(before) + " " + std::string(word))) > 0;
}

bool CensusLabels::starts_a_label(std::string_view word) const {
    if (!first_sieve_.may_hold(word)) return false;
    char buffer[64];
    std::string spill;
    return first_glance_.find(glanced_into(word, buffer, spill)) != first_glance_.end();
}

const CensusLabel* CensusLabels::withheld_with_word_part(std::string_view part,
                                                         bool at_start) const {
    if (part.size() < 2) return nullptr;
    for (const auto& l : labels_) {
        if (l.reading != Reading::withhold) continue;
        for (std::size_t from = 0; from <= l.folded.size();) {
            const std::size_t end = std::min(l.folded.find(' ', from), l.folded.size());
            const std::string_view word = std::string_view(l.folded).substr(from, end - from);
            if (word.size() > part.size() &&
                (at_start ? word.substr(0, part.size()) == part
                          : word.substr(word.size() - part.size()) == part))
                return &l;
            from = end + 1;
        }
    }
    return nullptr;
}

const CensusLabel* CensusLabels::misspelt_withheld(std::string_view word) const {
    if (word.size() < 7 || word.size() > 40 || !slip_sieve_.may_hold(word)) return nullptr;
    // One edit apart: the same but for one letter changed, dropped or added,
    // or two neighbours swapped (optimal string alignment distance 1).
    auto one_slip = [](std::string_view a, std::string_view b) {
        if (a.size() > b.size()) std::swap(a, b);
        if (b.size() - a.size() > 1) return false;
        std::size_t i = 0;
        while (i < a.size() && at_a_glance(a[i]) == at_a_glance(b[i])) ++i;
        if (i == a.size()) return b.size() == a.size() + 1;
        auto same = [](std::string_view x, std::string_view y) {
            return same_label_at_a_glance(x, y);
        };
        if (a.size() == b.size())
            return same(a.substr(i + 1), b.substr(i + 1)) ||
                   (i + 1 < a.size() && at_a_glance(a[i]) == at_a_glance(b[i + 1]) &&
                    at_a_glance(a[i + 1]) == at_a_glance(b[i]) &&
                    same(a.substr(i + 2), b.substr(i + 2)));
        return same(a.substr(i), b.substr(i + 1));
    };
    for (const CensusLabel& l : labels_) {
        if (l.reading != Reading::withhold || l.folded.size() < 8 ||
            l.folded.find(' ') != std::string::npos ||
            (l.folded.size() > word.size() ? l.folded.size() - word.size()
                                           : word.size() - l.folded.size()) > 1 ||
            at_a_glance(l.folded[0]) != at_a_glance(word[0]))
            continue;
        if (!same_label_at_a_glance(l.folded, word) && one_slip(l.folded, word)) return &l;
    }
    return nullptr;
}

bool CensusLabels::is_a_word_of_a_withheld_label(std::string_view word) const {
    return withheld_word_glance_.count(glanced(word)) > 0;
}

const CensusLabel* CensusLabels::find(std::string_view folded) const {
    if (!label_sieve_.may_hold(folded)) return nullptr;
    char buffer[64];
    std::string spill;
    const auto at = by_glance_.find(glanced_into(folded, buffer, spill));
    return at == by_glance_.end() ? nullptr : &labels_[at->second];
}

std::vector<MarkingSighting> take_census(std::string_view text, CensusFormat format,
                                         const CensusLabels& labels) {
    std::vector<MarkingSighting> out;
    Scanner scan{labels, out, {}};
    scan.markdown = format != CensusFormat::text;
    // A byte-order mark stays: it reads as nothing (core/reading), and columns
    // then count as the parsers' positions do.
    switch (format) {
        case CensusFormat::json:
            census_json(text, scan);
            break;
        case CensusFormat::csv:
            census_csv(text, scan);
            break;
        case CensusFormat::markdown:
        case CensusFormat::text:
            scan.scan_text(text, 1, 1, false);
            break;
    }
    return out;
}

namespace {

// The first withheld label among the words of `name` in any case (and the
// word it begins with), or null.
// A name with a space where its words meet without one: a small letter before
// a capital ("RestrictedCaseReview"), a letter and a digit ("restricted1").
// A name with each run of four or more single letters apart ("r-e-s-t",
// "R.E.S.T", "R_E_S_T") joined into the word they spell, the rest as it is.
std::string letters_joined(std::string_view name) {
    auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    auto single = [&](std::size_t i) {
        return letter(name[i]) && (i == 0 || !letter(name[i - 1])) &&
               (i + 1 >= name.size() || !letter(name[i + 1]));
    };
    std::string out;
    for (std::size_t i = 0; i < name.size();) {
        std::size_t e = i, count = 0;
        while (e < name.size() && single(e)) {
            ++count;
            if (e + 2 < name.size() &&
                std::string_view("-._ /+").find(name[e + 1]) != std::string_view::npos &&
                single(e + 2))
                e += 2;
            else {
                ++e;
                break;
            }
        }
        if (count >= 4) {
            for (std::size_t k = i; k < e; k += 2) out += name[k];
            i = e;
        } else {
            out += name[i++];
        }
    }
    return out;
}

std::string name_words_apart(std::string_view name) {
    std::string out;
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (i > 0) {
            const char a = name[i - 1], b = name[i];
            if ((small(a) && capital(b)) || ((small(a) || capital(a)) && digit(b)) ||
                (digit(a) && (small(b) || capital(b))))
                out += ' ';
        }
        out += name[i];
    }
    return out;
}

const CensusLabel* withheld_label_in_words(const std::string& folded, const CensusLabels& labels,
                                           std::string& first_word);

const CensusLabel* withheld_label_in_one_reading(std::string_view name, const CensusLabels& labels,
                                                 std::string& first_word) {
    if (const CensusLabel* l = withheld_label_in_words(fold_label(name), labels, first_word))
        return l;
    if (const CensusLabel* l =
            withheld_label_in_words(fold_label(name_words_apart(name)), labels, first_word))
        return l;
    return withheld_label_in_words(fold_label(letters_joined(name)), labels, first_word);
}

// As written, and as a browser or a link shows it: percent-encoding and
// character references decoded ("%52ESTRICTED-notes", "Pr&#111;tect-notes").
const CensusLabel* withheld_label_in_name(std::string_view name, const CensusLabels& labels,
                                          std::string& first_word) {
    if (const CensusLabel* l = withheld_label_in_one_reading(name, labels, first_word)) return l;
    if (name.find('%') != std::string_view::npos)
        if (const CensusLabel* l =
                withheld_label_in_one_reading(percent_decoded(name), labels, first_word))
            return l;
    if (name.find('&') != std::string_view::npos)
        if (const CensusLabel* l =
                withheld_label_in_one_reading(html_references_decoded(name), labels, first_word))
            return l;
    return nullptr;
}

const CensusLabel* withheld_label_in_words(const std::string& folded, const CensusLabels& labels,
                                           std::string& first_word) {
    std::vector<std::string> words;
    for (std::size_t s = 0; s < folded.size();) {
        const std::size_t e = std::min(folded.find(' ', s), folded.size());
        words.push_back(folded.substr(s, e - s));
        s = e + 1;
    }
    // "PROTECTIVELY MARKED" (not after "not"): marked, with no label portal
    // knows; the name is refused as a label's would be.
    static const CensusLabel kProtectivelyMarked{"protectively marked", Reading::withhold,
                                                 "PROTECTIVELY MARKED"};
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "protectively" && words[i + 1] == "marked" &&
            (i == 0 || words[i - 1] != "not")) {
            first_word = words[i];
            return &kProtectivelyMarked;
        }
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string run;
        for (std::size_t j = i; j < words.size() && j < i + 8; ++j) {
            run += (j > i ? " " : "") + words[j];
            const CensusLabel* l = labels.find(run);
            if (l && l->reading == Reading::withhold) {
                first_word = words[i];
                return l;
            }
        }
    }
    return nullptr;
}

}  // namespace

std::vector<MarkingSighting> name_census(std::string_view rel, const CensusLabels& labels) {
    // "RESTRICTED/notes.md" reads "restricted notes md": the words of the path.
    std::string first_word;
    const CensusLabel* l = withheld_label_in_name(rel, labels, first_word);
    // A word split at a folder's end reads whole in the address
    // ("RESTR/ICTED-notes.md" is ".../RESTR/ICTED-notes/"): the path read with
    // each slash in turn taken out.
    for (std::size_t slash = rel.find('/'); !l && slash != std::string_view::npos;
         slash = rel.find('/', slash + 1)) {
        const std::string joined =
            std::string(rel.substr(0, slash)) + std::string(rel.substr(slash + 1));
        l = withheld_label_in_name(joined, labels, first_word);
    }
    if (!l) return {};
    // Shown as far as the folder or file whose name holds the label, then "…":
    // the rest of that name, before the label as well as after it, may be what
    // it marks ("smith-family-restricted.md"). The message names the label.
    std::string shown;
    for (std::size_t start = 0;;) {
        const std::size_t slash = rel.find('/', start);
        const std::string_view part =
            rel.substr(start, slash == std::string_view::npos ? rel.npos : slash - start);
        std::string unused;
        if (withheld_label_in_name(part, labels, unused) || slash == std::string_view::npos) {
            shown = std::string(rel.substr(0, start)) + "…";
            break;
        }
        start = slash + 1;
    }
    MarkingSighting s{1,
                      1,
                      SightingKind::name,
                      Reading::withhold,
                      l->text,
                      "it is in the name of the file or of a folder above it",
                      std::string(rel),
                      std::move(shown)};
    return {std::move(s)};
}

const char* sighting_noun(SightingKind kind) {
    switch (kind) {
        case SightingKind::marker:
            return "marking region marker";
        case SightingKind::key:
            return "marking key";
        case SightingKind::label:
            return "marking label";
        case SightingKind::name:
            return "marking label in a name";
    }
    return "marking";
}

}  // namespace portal
