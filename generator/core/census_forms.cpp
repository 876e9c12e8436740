#include "core/census_forms.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/html_comment.hpp"
#include "core/html_references.hpp"
#include "core/marking_fields.hpp"
#include "core/percent_encoding.hpp"
#include "core/utf8.hpp"

namespace portal::census {

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
        // A processing instruction ("Res<?x?>tricted"), which Markdown keeps
        // as raw HTML and a page shows as nothing, as it does a comment.
        if (raw.compare(i, 2, "<?") == 0) {
            const std::size_t end = raw.find("?>", i + 2);
            if (end == std::string_view::npos) break;
            i = end + 1;
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

bool has_right_to_left_control(std::string_view raw) {
    return raw.find("\xE2\x80\xAE") != std::string_view::npos ||
           raw.find("\xE2\x80\xAB") != std::string_view::npos ||
           raw.find("\xE2\x81\xA7") != std::string_view::npos;
}

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
        if (!labels.is_a_word_of_a_withheld_label_inflected(word)) continue;
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

bool plain_marker_start(std::string_view raw) {
    std::size_t i = 0;
    while (i < raw.size() && i < 3 && raw[i] == ' ') ++i;
    return raw.compare(i, 3, ":::") == 0;
}

std::string capitals_apart(std::string_view raw, bool before_last) {
    auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    std::string out;
    out.reserve(raw.size() + 8);
    for (std::size_t i = 0; i < raw.size();) {
        if (!capital(raw[i])) {
            out += raw[i++];
            continue;
        }
        std::size_t e = i;
        while (e < raw.size() && capital(raw[e])) ++e;
        const bool run = e - i >= 4;
        if (run && i > 0 && small(raw[i - 1])) out += ' ';
        if (run && e < raw.size() && small(raw[e])) {
            const std::size_t cut = before_last ? e - 1 : e;
            out.append(raw.substr(i, cut - i));
            out += ' ';
            out.append(raw.substr(cut, e - cut));
        } else {
            out.append(raw.substr(i, e - i));
        }
        i = e;
    }
    return out;
}

// The words that name a part of a paper, each with the uses a person reads
// it in (one table, so the three readings cannot drift apart):
//  - kNumbered: before a part's number ("Table 3", "Annex C"; numbers_a_part);
//  - kAfterLabel: after a label, which then marks that part or is a stamp's
//    furniture ("Restricted annex", "Restricted copy"; names_a_part_or_stamp);
//  - kSubject: the subject of a sentence that gives the label ("the paper
//    is confidential"; a_paper_part_before); kSubjectOfThis: one only after
//    "this", "these", "attached" ("this information is confidential"; "the
//    data is restricted" describes).
namespace {

enum PartUse : unsigned { kNumbered = 1, kAfterLabel = 2, kSubject = 4, kSubjectOfThis = 8 };

struct PartWord {
    std::string_view word;
    unsigned uses;
};

constexpr PartWord kPartWords[] = {
    {"annex", kNumbered | kAfterLabel | kSubject},
    {"annexe", kNumbered | kAfterLabel | kSubject},
    {"annexes", kAfterLabel | kSubject},
    {"appendix", kNumbered | kAfterLabel | kSubject},
    {"appendices", kAfterLabel | kSubject},
    {"paper", kNumbered | kAfterLabel | kSubject},
    {"papers", kAfterLabel | kSubject},
    {"report", kAfterLabel | kSubject},
    {"reports", kAfterLabel | kSubject},
    {"item", kNumbered | kAfterLabel | kSubject},
    {"items", kNumbered | kAfterLabel | kSubject},
    {"paragraph", kNumbered | kAfterLabel | kSubject},
    {"paragraphs", kNumbered | kAfterLabel | kSubject},
    {"para", kNumbered | kAfterLabel | kSubject},
    {"paras", kNumbered | kAfterLabel | kSubject},
    {"sentence", kSubject},
    {"sentences", kSubject},
    {"bit", kSubjectOfThis},
    {"message", kSubjectOfThis},
    {"mail", kSubjectOfThis},  // "this e-mail"
    {"minutes", kAfterLabel | kSubject},
    {"minute", kAfterLabel | kSubject},
    {"action", kAfterLabel},
    {"actions", kAfterLabel},
    {"update", kAfterLabel | kSubject},
    {"updates", kAfterLabel},
    {"memo", kAfterLabel | kSubject},
    {"comment", kAfterLabel},
    {"comments", kAfterLabel},
    {"submission", kAfterLabel | kSubject},
    {"briefing", kAfterLabel | kSubject},
    {"briefings", kAfterLabel | kSubject},
    {"note", kAfterLabel | kSubject},
    {"notes", kAfterLabel | kSubject},
    {"attachment", kNumbered | kAfterLabel | kSubject},
    {"attachments", kAfterLabel | kSubject},
    {"enclosure", kNumbered | kAfterLabel | kSubject},
    {"addendum", kAfterLabel | kSubject},
    {"document", kAfterLabel | kSubject},
    {"documents", kAfterLabel | kSubject},
    {"information", kAfterLabel | kSubjectOfThis},
    {"record", kAfterLabel | kSubjectOfThis},
    {"records", kAfterLabel | kSubjectOfThis},
    {"file", kAfterLabel | kSubjectOfThis},
    {"files", kAfterLabel | kSubjectOfThis},
    {"extract", kAfterLabel | kSubject},
    {"summary", kAfterLabel | kSubject},
    {"business", kAfterLabel},
    {"discussion", kAfterLabel | kSubjectOfThis},
    {"discussions", kAfterLabel | kSubjectOfThis},
    {"matter", kAfterLabel | kSubjectOfThis},
    {"matters", kAfterLabel | kSubjectOfThis},
    {"section", kNumbered | kAfterLabel | kSubject},
    {"sections", kNumbered | kAfterLabel | kSubject},
    {"figures", kAfterLabel | kSubjectOfThis},
    {"details", kAfterLabel | kSubjectOfThis},
    {"material", kAfterLabel | kSubjectOfThis},
    {"correspondence", kAfterLabel | kSubjectOfThis},
    {"case", kAfterLabel | kSubjectOfThis},
    {"cases", kAfterLabel | kSubjectOfThis},
    {"part", kNumbered | kAfterLabel | kSubject},
    {"table", kNumbered | kSubject},
    {"figure", kNumbered | kSubject},
    {"fig", kNumbered},
    {"chart", kNumbered | kSubject},
    {"graph", kNumbered},
    {"map", kNumbered},
    {"schedule", kNumbered | kSubject},
    {"contents", kSubjectOfThis},
    {"content", kSubjectOfThis},
    {"email", kSubject},
    {"letter", kSubject},
    {"data", kSubjectOfThis},
    // A stamp's furniture.
    {"page", kNumbered | kAfterLabel | kSubject},
    {"pages", kAfterLabel | kSubject},
    {"copy", kAfterLabel},
    {"draft", kAfterLabel | kSubject},
    {"version", kAfterLabel | kSubject},
    {"final", kAfterLabel},
    {"issue", kAfterLabel},
    {"personal", kAfterLabel},
    {"when", kAfterLabel},
    {"once", kAfterLabel},
    {"not", kAfterLabel},
};

bool part_word_for(std::string_view word, PartUse use) {
    for (const PartWord& p : kPartWords)
        if (p.word == word) return (p.uses & use) != 0;
    return false;
}

// The word of t that ends at `end` (past spaces before it), and where it
// starts; empty when what ends there is no word of letters and digits.
std::string_view word_ending_at(std::string_view t, std::size_t end, std::size_t& start) {
    while (end > 0 && t[end - 1] == ' ') --end;
    start = end;
    while (start > 0 && (word_char(t[start - 1]) || t[start - 1] == '.')) --start;
    return t.substr(start, end - start);
}

// Does a word number a part: a figure first, one letter, or a Roman numeral
// ("3", "2.1", "c", "ii", "4a")?
bool numbers_as_a_part_does(std::string_view number) {
    return !number.empty() && number.size() <= 6 &&
           ((number[0] >= '0' && number[0] <= '9') || number.size() == 1 ||
            number.find_first_not_of("ivx") == std::string_view::npos);
}

}  // namespace

// Where a handling banner of two to six words that starts at p of t ends, or
// 0: a line that says who alone may read what it marks ("official use only",
// "police only"; not "not only"), how far it may go ("limited distribution",
// "not for onward circulation", "no further dissemination", "not for the
// public"), or what may not be done with it ("do not forward"). The longest
// such phrase.
namespace {

// The word of letters or digits at i of t ("part", "2", "ii"), and past it.
std::string_view word_from(std::string_view t, std::size_t i, std::size_t& end) {
    end = i;
    while (end < t.size() && ((t[end] >= 'a' && t[end] <= 'z') || (t[end] >= '0' && t[end] <= '9')))
        ++end;
    return t.substr(i, end - i);
}

// Past spaces and the marks between a part's number and its name ("PART 2 –
// PRIVATE", "Part 2 (private)", "Part II: exempt items").
std::size_t past_separators(std::string_view t, std::size_t i) {
    while (i < t.size() && std::string_view(" -:()[],.").find(t[i]) != std::string_view::npos) ++i;
    return i;
}

// Where an agenda's banner for business taken in private ends, or 0: the
// part of a council's or a partnership's agenda that press and public may
// not see, which a reader takes all that follows as ("Private session",
// "Closed session", "Part 2 – private", "PART II", "Part II – items to be
// taken in private"), an embargo ("Embargoed until 00:01 on 4 February",
// "EMBARGOED"), or a bare "PRIVATE" stamp. A banner that says when or why
// runs to the line's end.
std::size_t private_business_end(std::string_view t, std::size_t p) {
    std::size_t e = 0;
    const std::string_view first = word_from(t, p, e);
    const std::size_t next_at = past_separators(t, e);
    std::size_t e2 = 0;
    const std::string_view second = word_from(t, next_at, e2);
    auto rest_is_empty = [&](std::size_t i) { return past_separators(t, i) >= t.size(); };
    if (one_of(first, {"embargoed", "embargo"}))
        return rest_is_empty(e) || one_of(second, {"until", "till", "to", "before"}) ? t.size() : 0;
    if (one_of(first, {"private", "closed", "personal"})) {
        if (rest_is_empty(e)) return first == "private" ? e : 0;
        // "PRIVATE: the family ...", "Personal – ...": a stamp leading
        // what it marks, as on an envelope or a letter's head.
        if (first != "closed") {
            std::size_t k = e;
            while (k < t.size() && t[k] == ' ') ++k;
            if (k < t.size() && (t[k] == ':' || (t[k] == '-' && k > e))) return t.size();
        }
        if (first == "personal") return 0;
        // "Private to the board": who alone may read it.
        if (second == "to") return t.size();
        // "Private – addressee only", "Private: board only": two banners.
        if (next_at > e && banner_end(t, next_at) > 0) return t.size();
        return one_of(second, {"session", "business", "part", "meeting", "items", "item", "agenda",
                               "minutes"})
                   ? t.size()
                   : 0;
    }
    // "In Committee": Northern Ireland's councils take business so that
    // press and public may not see ("Part II" in England).
    // "In private:", "IN CAMERA –": where the business is taken, as a stamp.
    if (first == "in" && one_of(second, {"private", "camera"})) {
        if (rest_is_empty(e2)) return e2;
        const std::size_t k = t.find_first_not_of(' ', e2);
        return t[k] == ':' || t[k] == '-' ? t.size() : 0;
    }
    if (first == "in" && second == "committee") {
        if (rest_is_empty(e2)) return e2;
        const std::size_t k = t.find_first_not_of(' ', e2);
        return t[k] == ':' || t[k] == '-' ? t.size() : 0;
    }
    // Welsh: "RHAN 2", "Rhan II".
    if (first == "rhan" && one_of(second, {"2", "ii", "dau", "b"})) return t.size();
    if (first == "part" && one_of(second, {"2", "ii", "two", "b"})) {
        if (rest_is_empty(e2)) return e2;
        // "PART 2 ITEM", "Part II business": the private part's own.
        std::size_t e3 = 0;
        if (one_of(word_from(t, past_separators(t, e2), e3),
                   {"item", "items", "business", "agenda", "report", "reports", "session", "paper",
                    "papers", "minutes"}))
            return t.size();
        // What follows says it is the private part ("Part 2 – private",
        // "Part II – items to be taken in private", "Part 2: exempt items").
        for (std::size_t i = e2; i < t.size();) {
            std::size_t w_end = 0;
            const std::string_view w = word_from(t, i, w_end);
            if (one_of(w, {"private", "exempt", "closed", "confidential", "excluded"}))
                return t.size();
            i = w_end > i ? w_end : i + 1;
        }
    }
    return 0;
}

}  // namespace

// Does what follows a verb at i of t point at the text the verb stands in
// ("this", "these", "it", "the above", "the following paragraph", a part's
// name), or at where it may not go ("outside the board", "further",
// "online", "with anyone"), or is there nothing after it? Not so "your PIN"
// or "chain letters": then the verb gives a reader advice.
bool points_at_this_text(std::string_view t, std::size_t i) {
    const std::size_t k = t.find_first_not_of(' ', i);
    if (k == std::string_view::npos ||
        std::string_view(".;:!?)]-,").find(t[k]) != std::string_view::npos)
        return true;
    ReadWord w = next_word(t, i);
    if (w.text.empty()) return true;
    // "this" alone, or before a part's name ("this paragraph"); "this code"
    // is a thing of the reader's.
    if (one_of(w.text, {"this", "these"})) {
        const ReadWord n = next_word(t, w.end);
        const std::size_t gap = t.find_first_not_of(' ', w.end);
        return n.text.empty() || (gap != std::string_view::npos && !word_char(t[gap])) ||
               part_word_for(n.text, kSubject) || part_word_for(n.text, kSubjectOfThis) ||
               one_of(n.text, {"outside",    "beyond",  "with",   "to",    "online",  "on",
                               "further",    "between", "within", "among", "amongst", "inside",
                               "externally", "until",   "before", "out",   "off",     "back",
                               "anywhere",   "anyone",  "any",    "text",  "item"});
    }
    if (one_of(w.text,
               {"this",   "these",      "it",        "them",    "any",    "anything", "outside",
                "beyond", "externally", "further",   "wider",   "online", "on",       "onto",
                "in",     "with",       "to",        "without", "until",  "before",   "here",
                "below",  "above",      "following", "out",     "off",    "back",     "within"}))
        return true;
    if (one_of(w.text, {"the", "all"})) w = next_word(t, w.end);
    if (one_of(w.text, {"next", "last", "previous", "first", "second"})) w = next_word(t, w.end);
    return one_of(w.text, {"following", "above", "below", "preceding", "contents", "rest", "text",
                           "names", "name", "detail", "details", "figures", "figure"}) ||
           part_word_for(w.text, kSubject) || part_word_for(w.text, kSubjectOfThis);
}

// The end of t's sentence from i: a full stop, semicolon, colon, question or
// exclamation mark, or the end of t.
std::size_t sentence_end(std::string_view t, std::size_t i) {
    const std::size_t end = t.find_first_of(".;:!?", i);
    return end == std::string_view::npos ? t.size() : end;
}

bool names_a_closed_circle(std::string_view t, std::size_t i) {
    // ("this room", "the board", "our partnership", "the board's members")
    auto circle_at = [&](ReadWord w) {
        if (one_of(w.text, {"this", "the", "our", "that", "your"})) w = next_word(t, w.end);
        if (one_of(w.text, {"board", "partnership"})) {
            const ReadWord n = next_word(t, w.end);
            if (one_of(n.text, {"s", "members", "partners"}))
                w = n.text == "s" ? next_word(t, n.end) : n;
        }
        return one_of(w.text,
                      {"room", "meeting", "partnership", "board", "members", "group", "committee",
                       "panel", "partners", "ourselves", "yourselves", "us", "yourself", "myself",
                       "internal", "internally", "organisation", "organization", "building"});
    };
    const std::size_t end = sentence_end(t, i);
    if (circle_at(next_word(t, i))) return true;
    // ("Keep this bit internal".)
    for (ReadWord w = next_word(t, i); !w.text.empty() && w.end <= end; w = next_word(t, w.end))
        if (one_of(w.text, {"internal", "internally"})) return true;
    for (ReadWord w = next_word(t, i); !w.text.empty() && w.end <= end; w = next_word(t, w.end))
        if (one_of(w.text,
                   {"within", "between", "among", "amongst", "inside", "in", "to", "with"}) &&
            circle_at(next_word(t, w.end)))
            return true;
    return false;
}

namespace {

// Where an instruction to whoever publishes that starts at p of t ends (its
// sentence's end), or 0. Not to publish or pass on the text it stands in
// ("Do not forward", "Don't publish this bit", "Please do not share this
// outside the board", "Pls don't put this online"); to take it out first
// ("Remove before publication", "Take this paragraph out before it goes
// online", "Strip this out of the web version", "Hold back from the
// website", "Redact:"); or to hold it ("Hold until the board approves").
// Said of the text: "Do not share your PIN with anyone" is advice.
std::size_t instruction_end(std::string_view t, std::size_t p, Banner as) {
    ReadWord w = next_word(t, p);
    if (w.at != p) return 0;
    if (one_of(w.text, {"please", "pls", "kindly"})) w = next_word(t, w.end);
    bool negated = false;
    if (w.text == "do" && next_word(t, w.end).text == "not") {
        negated = true;
        w = next_word(t, next_word(t, w.end).end);
    } else if (w.text == "don" && t.compare(w.end, 2, "'t") == 0) {
        negated = true;
        w = next_word(t, w.end + 2);
    } else if (one_of(w.text, {"dont", "never"})) {
        negated = true;
        w = next_word(t, w.end);
    }
    auto passes_on = [](std::string_view v) {
        return one_of(
            v,
            {"forward", "distribute", "share",   "copy",   "circulate", "disclose", "disseminate",
             "release", "print",      "publish", "post",   "upload",    "cite",     "quote",
             "put",     "include",    "minute",  "repeat", "pre",       "pass",     "show",
             "discuss", "reveal",     "divulge", "leak",   "tell",      "mention",  "send"});
    };
    if (negated) {
        if (!passes_on(w.text)) return 0;
        // "Do not copy or distribute", "do not copy, print or forward".
        for (ReadWord o = next_word(t, w.end); one_of(o.text, {"or", "and"}) || passes_on(o.text);
             o = next_word(t, o.end)) {
            if (t.substr(w.end, o.at - w.end).find_first_of(".;:!?") != std::string_view::npos)
                break;
            if (passes_on(o.text)) w = o;
        }
        // "Don't tell anyone, but ...", "Do not discuss publicly", "Do not
        // disclose under FOI"; "never tell anyone your PIN" is advice.
        const ReadWord object = next_word(t, w.end);
        const ReadWord after_object = next_word(t, object.end);
        const bool anyone =
            one_of(object.text, {"anyone", "anybody", "others", "outsiders"}) &&
            (after_object.text.empty() || after_object.text == "but" ||
             t.substr(object.end, after_object.at - object.end).find_first_of(",:;.-") !=
                 std::string_view::npos);
        if (anyone || one_of(object.text, {"publicly", "openly", "externally", "under"}))
            return sentence_end(t, w.end);
        return as == Banner::stamp || points_at_this_text(t, w.end) ? sentence_end(t, w.end) : 0;
    }
    // "Redact:", "Remove.", "[REDACT]": a stamp of the word alone.
    // "To be redacted:", "Needs redacting.", "Needs anonymising": a
    // removal not yet made, as a stamp.
    if ((w.text == "to" && next_word(t, w.end).text == "be" &&
         one_of(next_word(t, next_word(t, w.end).end).text,
                {"redacted", "removed", "deleted", "anonymised", "anonymized", "withheld",
                 "blanked", "omitted"})) ||
        (one_of(w.text, {"needs", "need", "requires"}) &&
         one_of(next_word(t, w.end).text,
                {"redacting", "redaction", "removing", "anonymising", "anonymizing",
                 "anonymisation", "anonymization", "blanking"})))
        return sentence_end(t, w.end);
    const bool removes =
        one_of(w.text, {"remove", "redact", "delete", "omit", "cut", "strip", "exclude", "withhold",
                        "hide", "drop", "anonymise", "anonymize", "blank", "mask", "censor",
                        "scrub", "obscure", "pseudonymise", "pseudonymize"});
    if (removes) {
        const std::size_t k = t.find_first_not_of(' ', w.end);
        if (k == std::string_view::npos ||
            std::string_view(":]).").find(t[k]) != std::string_view::npos)
            return t.size();
    }
    // "Omit this paragraph", "Delete the following section": the text
    // itself, whatever the destination.
    if (removes) {
        ReadWord object = next_word(t, w.end);
        if (one_of(object.text, {"this", "these", "the", "all"})) object = next_word(t, object.end);
        if (one_of(object.text, {"next", "last", "previous", "first", "second"}))
            object = next_word(t, object.end);
        if (part_word_for(object.text, kSubject) ||
            one_of(object.text, {"following", "above", "below", "preceding", "bit", "text"}))
            return sentence_end(t, w.end);
    }
    // Take it out, keep it off, leave it out, hold it back.
    const bool moves = one_of(w.text, {"take", "keep", "leave", "hold"});
    if (removes || moves) {
        bool out = false;
        for (ReadWord o = next_word(t, w.end); !o.text.empty() && o.at < w.end + 40;
             o = next_word(t, o.end))
            out = out || one_of(o.text, {"out", "off", "back", "before", "from"});
        if ((removes || out) && points_at_this_text(t, w.end) && names_publication_ahead(t, w.end))
            return sentence_end(t, w.end);
        // "Please keep the next paragraph within the partnership", "Keep
        // this between us": kept from everyone else.
        if (w.text == "keep" && points_at_this_text(t, w.end) && names_a_closed_circle(t, w.end))
            return sentence_end(t, w.end);
    }
    // "Publish after 1 March", "Release from 10 June only": an embargo.
    if (one_of(w.text, {"publish", "release"}) &&
        one_of(next_word(t, w.end).text, {"after", "from", "once", "when"}))
        return sentence_end(t, w.end);
    // "(hold)", "[HOLD]", "Hold" alone.
    if (w.text == "hold") {
        const std::size_t k = t.find_first_not_of(' ', w.end);
        if (k == std::string_view::npos) return t.size();
        if (t[k] == ')' || t[k] == ']') return k;
    }
    // "Hold until the board approves", "Hold pending legal advice".
    if (w.text == "hold" && one_of(next_word(t, w.end).text, {"until", "till", "pending"}))
        return sentence_end(t, w.end);
    return 0;
}

// "Withheld: ...", "WITHHELD – ...", "Redacted under section 40 ...": the
// word a redaction leaves, used as a stamp; "Deleted: ...", a tracked
// change pasted from Word. Its end (t's), or 0.
std::size_t withheld_stamp_end(std::string_view t, std::size_t p) {
    const ReadWord w = next_word(t, p);
    // ("Deleted: ..." is Word's tracked change: text the paper took out.)
    if (w.at != p || !one_of(w.text, {"withheld", "redacted", "deleted"})) return 0;
    const std::size_t k = t.find_first_not_of(' ', w.end);
    if (k == std::string_view::npos || t[k] == ':' || t[k] == '-' || t[k] == ']' || t[k] == ')')
        return t.size();
    return one_of(next_word(t, w.end).text,
                  {"under", "from", "in", "for", "pending", "until", "by"})
               ? t.size()
               : 0;
}

// "Business Impact Level 3 –", "IL3:", "Impact level 2": a level of HMG's
// old impact scheme, which stamped papers as labels do (IL3 was
// RESTRICTED's), standing alone or before a dash, a colon or a bracket.
// Its end (t's), or 0. ("Impact level 3 systems" is a sentence's words.)
std::size_t impact_level_end(std::string_view t, std::size_t p) {
    ReadWord w = next_word(t, p);
    if (w.at != p) return 0;
    auto level = [](std::string_view n) { return n.size() == 1 && n[0] >= '0' && n[0] <= '6'; };
    std::size_t end = 0;
    if (w.text == "business") w = next_word(t, w.end);
    // (And a police handling code, "Handling code 5", "Handling code: 4 —
    // not to be disseminated", of the 5x5x5 intelligence grading.)
    if (w.text == "handling" && next_word(t, w.end).text == "code") {
        const ReadWord n = next_word(t, next_word(t, w.end).end);
        if (n.text.size() == 1 && n.text[0] >= '2' && n.text[0] <= '5')
            return sentence_end(t, n.end);
    }
    if (w.text == "impact" && next_word(t, w.end).text == "level") {
        const ReadWord n = next_word(t, next_word(t, w.end).end);
        if (level(n.text)) end = n.end;
    } else if (((w.text.size() == 3 && w.text.starts_with("il")) ||
                (w.text.size() == 4 && w.text.starts_with("bil"))) &&
               level(w.text.substr(w.text.size() - 1))) {
        end = w.end;
    } else if (one_of(w.text, {"il", "bil"}) && level(next_word(t, w.end).text)) {
        end = next_word(t, w.end).end;
    }
    if (end == 0) return 0;
    const std::size_t k = t.find_first_not_of(' ', end);
    return k == std::string_view::npos ||
                   std::string_view(":-)]").find(t[k]) != std::string_view::npos
               ? t.size()
               : 0;
}

}  // namespace

bool names_publication_ahead(std::string_view t, std::size_t i) {
    for (ReadWord w = next_word(t, i); !w.text.empty(); w = next_word(t, w.end)) {
        if (std::string_view(t.substr(i, w.at - i)).find_first_of(".;!?") != std::string_view::npos)
            return false;
        if (one_of(w.text,
                   {"publication", "publishing", "published", "publish", "release", "upload",
                    "uploading", "posting", "website", "web", "internet", "online", "site",
                    "intranet", "minutes", "goes", "portal", "comms", "press"}))
            return true;
        if (w.text == "public" && one_of(next_word(t, w.end).text,
                                         {"version", "copy", "minutes", "site", "domain", "pack"}))
            return true;
    }
    return false;
}

std::size_t banner_end(std::string_view t, std::size_t p, Banner as) {
    if (const std::size_t e = private_business_end(t, p)) return e;
    if (const std::size_t e = instruction_end(t, p, as)) return e;
    if (const std::size_t e = withheld_stamp_end(t, p)) return e;
    if (const std::size_t e = impact_level_end(t, p)) return e;
    static constexpr std::string_view kHowFar[] = {
        "distribution", "circulation", "dissemination", "transmission", "disclosure", "public",
        "inspection", "press", "media", "release", "publication", "publishing", "website", "web",
        "internet", "online", "domain", "view", "consumption", "access", "quotation", "citation",
        "reproduction", "minutes", "minuted", "version", "attribution", "sharing", "viewing",
        "display", "eye", "upload", "uploading", "agenda", "record",
        // As a participle or an adjective ("Not to be circulated", "Not
        // publishable"), and as clipped on a cover sheet ("Not for pub.",
        // "Not for pub/circ.").
        "circulated", "released", "disseminated", "passed", "copied", "quoted", "shared", "emailed",
        "published", "distributed", "disclosed", "forwarded", "reproduced", "repeated", "printed",
        "publishable", "releasable", "shareable", "disclosable", "pub", "publ", "pubn", "circ",
        // Where it may not go, named ("Not for the portal", "Not for
        // Facebook", "Not for public eyes"), and what may not be made of it
        // ("Not to be quoted or cited", "No further copies", "Not for
        // evidential use").
        "portal", "transparency", "facebook", "twitter", "newsletter", "noticeboard", "pack",
        "eyes", "cited", "copies", "copying", "use", "magazine", "newspaper", "newspapers",
        "bulletin", "blog", "publicly"};
    static constexpr std::string_view kLimits[] = {"not",        "no",         "limited",
                                                   "restricted", "unsuitable", "non"};
    // ("not open to public inspection", the wording of the Local Government
    // Act 1972 for an exempt report.)
    static constexpr std::string_view kBetween[] = {
        "for",      "further", "onward",     "external",  "wider",   "the",      "general",
        "public",   "open",    "to",         "yet",       "cleared", "approved", "suitable",
        "intended", "be",      "made",       "available", "social",  "appear",   "f",
        "or",       "and",     "evidential", "press"};
    // Words before "only" that make it a word of a sentence ("not only",
    // "if only", "the only one").
    static constexpr std::string_view kSentenceOnly[] = {"not", "if", "the", "one", "an",
                                                         "a",   "is", "are", "was", "be"};
    // Who "only" may name and still address the public ("for residents
    // only", "Residents only: free property marking").
    static constexpr std::string_view kPublicOnly[] = {
        "residents", "resident",   "public",    "everyone",  "anyone",     "adults",
        "children",  "women",      "men",       "victims",   "businesses", "pedestrians",
        "cyclists",  "drivers",    "parents",   "carers",    "tenants",    "households",
        "locals",    "villagers",  "visitors",  "customers", "pupils",     "students",
        "owners",    "homeowners", "landlords", "shops",     "retailers",  "people"};
    auto in_list = [](std::string_view word, const auto& list) {
        for (const std::string_view w : list)
            if (word == w) return true;
        return false;
    };
    std::size_t i = p, found = 0;
    bool between = true;  // every word after the first is one of kBetween so far
    // "Not for the parish magazine", "Not for the local press": up to two
    // words of the banner's own after "not for the", before where it may
    // not go.
    int own_words = 0;
    bool named_how_far = false;  // a word of kHowFar so far
    std::string_view first, second, previous;
    bool yours = false;
    for (int words = 1; words <= 8; ++words) {
        std::size_t e = i;
        while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
        if (e == i) break;
        const std::string_view word = t.substr(i, e - i);
        // "Please do not share ...": the courtesy is no word of the banner.
        if (words == 1 && word == "please" && e < t.size() && t[e] == ' ') {
            i = e + 1;
            --words;
            continue;
        }
        if (words == 1) first = word;
        if (words == 2) second = word;
        // "Unpublished", "Unreleased": publication denied in one word.
        if (words == 1 &&
            one_of(word, {"unpublished", "unpublishable", "unreleased", "unreleasable",
                          "unshareable", "undisclosable", "uncleared"}))
            found = e;
        if (in_list(word, kHowFar)) named_how_far = true;
        if (words > 6 && found == 0) break;
        if (words >= 2 && word == "only" && !in_list(previous, kSentenceOnly) &&
            !in_list(previous, kPublicOnly) && !yours)
            found = e;
        // "for your use only" addresses the reader.
        yours = yours || word == "your" || word == "you";
        // ("Not for residents": the public, after "not" alone; "Limited
        // residents" is no banner.)
        if (words >= 2 && words <= 7 && between && in_list(first, kLimits) &&
            (in_list(word, kHowFar) || (first == "not" && word == "residents")))
            found = e;
        // "Off the record".
        if (words == 3 && first == "off" && previous == "the" && word == "record") found = e;
        // "Not for the transparency pages:", "Not for X:": where it may not
        // go, before a colon that points on at the text.
        // ("Not public knowledge:", "Not meant for public eyes:": where it
        // may not go named among them.)
        if (words >= 2 && words <= 6 && first == "not" && (second == "for" || named_how_far) &&
            words >= (second == "for" ? 3 : 2) && e < t.size() && t[e] == ':')
            found = e;
        // "Not to go beyond this room", "Not to leave the meeting", "Not to
        // go further".
        if (words == 3 && first == "not" && previous == "to" && one_of(word, {"go", "leave"})) {
            // (With the circle it keeps to: "beyond this room".)
            auto circle_end = [&](ReadWord w) -> std::size_t {
                const ReadWord noun = next_word(t, w.end);
                return one_of(w.text, {"this", "the", "our"}) &&
                               one_of(noun.text, {"room", "meeting", "building", "board",
                                                  "partnership", "group", "table"})
                           ? noun.end
                           : 0;
            };
            const ReadWord next = next_word(t, e);
            if (word == "go" && next.text == "further") {
                found = next.end;
            } else if (word == "go" && one_of(next.text, {"beyond", "outside"})) {
                const std::size_t c = circle_end(next_word(t, next.end));
                found = c > 0 ? c : next.end;
            } else if (word == "leave") {
                if (const std::size_t c = circle_end(next)) found = c;
            } else if (word == "go" && one_of(next.text, {"on", "onto", "online", "up", "out"}) &&
                       names_publication_ahead(t, e)) {
                found = sentence_end(t, e);  // "Not to go on the internet"
            }
        }
        // "In Confidence": the stamp (banner_begins_sentences).
        if (words == 2 && first == "in" && word == "confidence") found = e;
        // (A word of how far also goes on to the next: "not for press
        // release", "not for public viewing".)
        if (words >= 2 && !in_list(word, kBetween) && !in_list(word, kHowFar)) {
            const bool own = first == "not" && second == "for" && words >= 4 &&
                             one_of(previous, {"the", "a", "any", "our", "your"}) && own_words < 2;
            const bool own_again = own_words == 1 && !in_list(previous, kBetween);
            if ((own || own_again) && between) {
                ++own_words;
            } else {
                between = false;
            }
        }
        previous = word;
        // "members' eyes only", "the board's eyes only": a possessive.
        if (e < t.size() && t[e] == '\'') {
            ++e;
            if (e < t.size() && t[e] == 's') ++e;
        }
        // ('/' too: "Not f/publication", "not for pub/circ"; and a hyphen
        // that joins words: "Non-disclosable", "Not-for-publication".)
        const bool joined = e + 1 < t.size() && t[e] == '-' && t[e + 1] >= 'a' && t[e + 1] <= 'z';
        if (e >= t.size() || (t[e] != ' ' && t[e] != '/' && !joined)) break;
        i = e + 1;
    }
    return found;
}

std::size_t past_saying_this_is(std::string_view t, std::size_t i) {
    if (i >= t.size()) return std::string_view::npos;
    ReadWord w = next_word(t, i);
    if (t.substr(i, w.at - i).find_first_not_of(' ') != std::string_view::npos)
        return std::string_view::npos;
    if (one_of(w.text, {"and", "but", "so", "though", "although", "btw", "nb", "just"}))
        w = next_word(t, w.end);
    if (!one_of(w.text, {"this", "it", "these", "that"})) return std::string_view::npos;
    w = next_word(t, w.end);
    if (one_of(w.text, {"bit", "part", "information", "info", "note", "one", "paragraph", "section",
                        "item", "email", "message", "stuff", "detail", "details"}))
        w = next_word(t, w.end);
    if (!one_of(w.text, {"is", "are", "s"})) return std::string_view::npos;
    const std::size_t k = t.find_first_not_of(' ', w.end);
    return k == std::string_view::npos ? std::string_view::npos : k;
}

bool banner_begins_sentences(std::string_view t, std::size_t p) {
    return t.compare(p, 13, "in confidence") == 0;
}

bool part_named_for_a_sentence(std::string_view word) {
    return part_word_for(word, kSubject);
}

namespace {

// Does the sentence after `verb` go on plainly, pointing at no text that
// follows ("Confidential information is below:")?
bool sentence_goes_on_plainly(std::string_view t, ReadWord verb) {
    const std::size_t stop = sentence_end(t, verb.end);
    if (stop < t.size() && t[stop] == ':') return false;
    for (ReadWord w = verb; !w.text.empty() && w.end <= stop; w = next_word(t, w.end))
        if (one_of(w.text, {"below", "following", "follows", "attached", "enclosed", "overleaf",
                            "here", "herewith", "next", "above"}))
            return false;
    return true;
}

}  // namespace

bool describes_a_thing_in_a_sentence(std::string_view t, std::size_t end) {
    const ReadWord noun = next_word(t, end);
    if (noun.text.empty() ||
        t.substr(end, noun.at - end).find_first_not_of(' ') != std::string_view::npos)
        return false;
    const ReadWord next = next_word(t, noun.end);
    if (t.substr(noun.end, next.at - noun.end).find_first_not_of(' ') != std::string_view::npos)
        return false;
    // A thing of the paper's, before a verb ("Sensitive items such as
    // passports ..."); or what reaches a resident, before a verb or a
    // preposition ("Private and confidential letters from the council
    // will always show our logo").
    const bool verb =
        one_of(next.text, {"such",    "like",     "is",        "are",  "was",   "were", "should",
                           "must",    "can",      "could",     "will", "would", "may",  "might",
                           "include", "includes", "including", "has",  "have",  "need", "needs"});
    const bool thing =
        one_of(noun.text, {"information", "items", "item", "cases", "case", "matters", "matter",
                           "details", "material", "materials", "figures", "records", "files",
                           "data", "business", "correspondence", "discussion", "discussions"});
    const bool for_a_reader =
        one_of(noun.text,
               {"letters", "letter", "calls", "call", "advice", "support", "helpline", "envelopes",
                "post", "mail", "emails", "texts", "reporting", "service", "services", "tips"}) &&
        (verb || one_of(next.text, {"from", "about", "to", "with", "for", "in"}));
    // Or the label names the thing itself, before a verb ("Exempt
    // information is explained in Schedule 12A").
    const std::string_view own = word_before(t, end);
    const bool names_it =
        one_of(own, {"information", "items", "item"}) &&
        one_of(noun.text, {"is", "are", "was", "were", "can", "may", "must", "should", "will"});
    if (names_it) return sentence_goes_on_plainly(t, noun);
    return ((thing && verb) || for_a_reader) && sentence_goes_on_plainly(t, next);
}

bool names_a_part_or_stamp(std::string_view word) {
    return part_word_for(word, kAfterLabel);
}

bool numbers_a_part(std::string_view t, std::size_t end) {
    std::size_t at = 0;
    if (!numbers_as_a_part_does(word_ending_at(t, end, at)) || at == 0 || t[at - 1] != ' ')
        return false;
    // Back past the numbers before it ("Items 4 and 5", "paragraphs 2 to 4",
    // "sections 3, 4 or 7").
    for (int n = 0; n < 6; ++n) {
        std::size_t from = at;
        while (from > 0 && (t[from - 1] == ' ' || t[from - 1] == ',' || t[from - 1] == '&')) --from;
        std::size_t joint = from;
        const std::string_view joining = word_ending_at(t, from, joint);
        if (one_of(joining, {"and", "or", "to", "through"}))
            from = joint;
        else if (from == at || t[from] != ',')
            break;  // no comma or word joins them
        std::size_t before = 0;
        if (!numbers_as_a_part_does(word_ending_at(t, from, before)) || before == 0 ||
            t[before - 1] != ' ')
            break;
        at = before;
    }
    const std::size_t name_end = at - 1;
    std::size_t name = name_end;
    while (name > 0 && t[name - 1] >= 'a' && t[name - 1] <= 'z') --name;
    if (name > 0 && word_char(t[name - 1])) return false;
    return part_word_for(t.substr(name, name_end - name), kNumbered);
}

bool a_paper_part_before(std::string_view t, std::size_t verb) {
    // An indirect question says nothing of the paper ("Residents asked
    // whether the minutes were confidential").
    {
        std::size_t start = verb;
        while (start > 0 && std::string_view(".:;!?").find(t[start - 1]) == std::string_view::npos)
            --start;
        for (ReadWord w = next_word(t, start); !w.text.empty() && w.end <= verb;
             w = next_word(t, w.end))
            if (one_of(w.text, {"whether", "if"})) return false;
    }
    // Back past the verb's helpers ("must be kept", "should remain").
    std::size_t end = verb, at = 0;
    for (int n = 0; n < 4; ++n) {
        const std::string_view w = word_ending_at(t, end, at);
        if (!one_of(w, {"is",     "are",  "was",   "were",   "be",    "been",   "being", "remains",
                        "remain", "kept", "must",  "should", "shall", "will",   "to",    "still",
                        "also",   "not",  "never", "may",    "can",   "cannot", "yn"}))
            break;
        end = at;
    }
    // Words that point at what follows or at text set apart ("Everything
    // below this line", "The figures in the next table", "Rows marked with
    // an asterisk", "What follows"), anywhere in the sentence before it.
    {
        std::size_t start = end;
        while (start > 0 && std::string_view(".:;!?").find(t[start - 1]) == std::string_view::npos)
            --start;
        for (ReadWord w = next_word(t, start); !w.text.empty() && w.end <= end;
             w = next_word(t, w.end)) {
            // Or back at what went before ("The paragraph above", "The
            // preceding sentence"), or at a key's mark ("Items marked †",
            // "Text in bold", "Words in square brackets").
            if (one_of(w.text,
                       {"below",      "following",   "follows",    "next",       "beneath",
                        "underneath", "hereafter",   "asterisk",   "asterisked", "starred",
                        "shaded",     "highlighted", "grey",       "greyed",     "gray",
                        "italics",    "above",       "preceding",  "foregoing",  "aforementioned",
                        "bold",       "bolded",      "underlined", "bracketed",  "brackets",
                        "dagger",     "flagged"}))
                return true;
            // "Items marked †", "marked with an asterisk", "marked in red"
            // ("protectively marked and ..." says what is done).
            if (w.text == "marked") {
                const std::size_t k = t.find_first_not_of(' ', w.end);
                // (A sign read as a letter: "†" reads as "t".)
                if (k <= end &&
                    (!word_char(t[k]) || next_word(t, k).text.size() == 1 ||
                     one_of(next_word(t, k).text, {"with", "in", "by", "as", "are", "is"})))
                    return true;
            }
        }
    }
    // A part named with "this" anywhere in the subject ("The names in this
    // list", "Nothing in this section", "Everything in these minutes").
    {
        // (A point inside a number is no sentence's end: "Milestone 1.1b".)
        std::size_t start = end;
        while (start > 0 &&
               (std::string_view(".:;!?").find(t[start - 1]) == std::string_view::npos ||
                (t[start - 1] == '.' && start < t.size() && t[start] != ' ' && start >= 2 &&
                 t[start - 2] >= '0' && t[start - 2] <= '9')))
            --start;
        // (Or an item of the data the text stands in, with "this" or by
        // its number: "Allocations from this fund", "The concerns listed
        // for this priority", "Milestone 1.1b's progress": red team 25,
        // C02.)
        auto data_item = [](std::string_view w) {
            return one_of(
                w, {"fund",    "funds",    "priority", "priorities", "milestone",  "milestones",
                    "project", "projects", "row",      "rows",       "record",     "records",
                    "dataset", "series",   "entry",    "entries",    "allocation", "allocations",
                    "column",  "columns",  "field",    "fields",     "statistic",  "category"});
        };
        for (ReadWord w = next_word(t, start); !w.text.empty() && w.end <= end;
             w = next_word(t, w.end)) {
            const std::string_view after = next_word(t, w.end).text;
            if (one_of(w.text, {"this", "these"}) && w.at > start &&
                (part_word_for(after, kSubject) || after == "list" || data_item(after)))
                return true;
            if (data_item(w.text) && !after.empty() && after[0] >= '0' && after[0] <= '9')
                return true;
        }
    }
    const std::string_view word = word_ending_at(t, end, at);
    // A clause joined to the one before it has that clause's subject ("This
    // message is intended for the board and must not be shared with the
    // public"): read from the first clause's verb.
    if (one_of(word, {"and", "but", "so"})) {
        std::size_t start = at;
        while (start > 0 && std::string_view(".:;!?").find(t[start - 1]) == std::string_view::npos)
            --start;
        for (ReadWord w = next_word(t, start); !w.text.empty() && w.end <= at;
             w = next_word(t, w.end))
            if (one_of(w.text, {"is", "are", "was", "were", "has", "have", "must", "should", "will",
                                "may", "remains", "contains", "includes", "holds"}))
                return w.at > start && a_paper_part_before(t, w.at);
        return false;
    }
    // What a part holds, in a clause of its own, has the part's subject
    // ("This email contains information that should not be shared with the
    // public"): read from "contains".
    if (one_of(word, {"that", "which"})) {
        std::size_t k = at, verb = 0;
        for (int n = 0; n < 4; ++n) {
            const std::string_view w = word_ending_at(t, k, verb);
            if (w.empty()) break;
            if (one_of(w, {"contains", "contain", "includes", "include", "holds", "has", "have",
                           "carries", "gives", "sets"}))
                return a_paper_part_before(t, verb);
            k = verb;
        }
        return false;
    }
    // "This is confidential", "Members agreed this should not be made
    // public": the text itself.
    // (Welsh: "Mae'r paragraff hwn yn gyfrinachol", this paragraph is
    // confidential.)
    if (one_of(word, {"this", "these", "hwn", "hon", "hyn"})) return true;
    // "Annex B is confidential", "Item 7 is restricted".
    if (numbers_as_a_part_does(word) && numbers_a_part(t, end)) return true;
    const bool named_by_the = part_word_for(word, kSubject);
    if (!named_by_the && !part_word_for(word, kSubjectOfThis)) return false;
    // Said of this paper or its part, not of a service ("your information
    // is confidential" promises a caller; "this information is
    // confidential" marks the paper), past one word that describes it
    // ("this draft report").
    // Parts named together count as one ("This e-mail and any attachments
    // are confidential").
    for (int n = 0, described = 0; n < 6; ++n) {
        const std::string_view determiner = word_ending_at(t, at, at);
        if (determiner.empty()) return described == 0 && named_by_the;  // "Minutes are ..."
        if (one_of(determiner, {"this", "these", "attached", "enclosed", "accompanying"}) ||
            (named_by_the && one_of(determiner, {"the", "that", "those", "following"})))
            return true;
        if (one_of(determiner, {"and", "or", "any", "all", "its", "e"}) ||
            part_word_for(determiner, kSubject) || part_word_for(determiner, kSubjectOfThis))
            continue;
        if (++described > 1) break;
    }
    return false;
}

// Where a phrase that says the business it stands in is taken without the
// public, or held back until a date, starts in t (read, lower case), in any
// case and anywhere in a line: "taken in camera", "EMBARGOED", "under
// embargo until ...", "Embargo: 10 March", "hold for release", "exclusion of
// the press and public". npos when there is none.
namespace {

// The phrases that mark business as private or a text as kept back, read
// anywhere in a line (private_business_phrase_at).
constexpr std::string_view kPrivateBusinessPhrases[] = {
    "in camera", "embargoed", "under embargo", "embargo:", "embargo until", "hold for release",
    "exclusion of the press", "exclusion of press",
    // Schedule 12A's public interest test; the Local Government Act's
    // information given on terms that forbid its disclosure; a court's
    // or an agreement's bar on naming or telling.
    "maintaining the exemption", "forbid its disclosure", "forbids its disclosure",
    "forbid disclosure", "forbids disclosure", "prohibit its disclosure", "disclosure prohibited",
    "disclosure is prohibited", "prohibited from disclosure", "anonymity order",
    "lifelong anonymity", "anonymity applies", "must not be named", "not to be named",
    "must not be identified", "not to be identified", "non-disclosure agreement",
    "non disclosure agreement", "under nda", "nda applies", "falls within paragraph",
    "exempt under paragraph", "under standing order", "for the eyes of", "under wraps",
    "mum's the word", "under your hat", "section 100a", "agenda part b", "part b agenda",
    "gist only", "eyes only", "off the record", "confidential mode", "patient-identifiable",
    "patient identifiable",
    // Schedule 12A's paragraphs, in their own words.
    "information relating to an individual", "information relating to any individual",
    "likely to reveal the identity of an individual",
    "information relating to the financial or business affairs",
    "in connection with the prevention, investigation or prosecution of crime",
    // Secrecy's everyday words (red team 24, A02, A03, A23): said
    // between two people, or off the record to a reporter.
    "just between us", "strictly between us", "between us:", "between ourselves",
    "between you and me", "keep this quiet", "keep it quiet", "keep schtum", "keep shtum",
    "keep mum", "psst", "shh", "shhh", "didn't hear it from me", "didn't hear this from me",
    "did not hear it from me", "hush-hush", "hush hush", "on the down low", "entre nous",
    "sub rosa", "don't tell anyone,", "don't tell anyone:", "don't tell anyone but",
    "do not tell anyone,", "do not tell anyone:", "confidentially,", "privately,", "unofficially,",
    "not on the record", "off-record", "off record", "deep background", "unattributable",
    "non-attributable", "not for attribution",
    // Handled as secret papers are (A10): destroyed or kept locked.
    "shred after reading", "shred after use", "burn after reading", "destroy after reading",
    "destroy after use", "encrypt before sending", "password sent separately", "password to follow",
    // A court's or the police's restrictions (A11).
    "under seal", "sealed by court order", "sealed by the court", "sub judice", "sub-judice",
    "reporting restrictions apply", "section 49 restriction", "contempt risk",
    "source protection:", "covert operation:", "law enforcement sensitive", "active proceedings -",
    "active proceedings:",
    // Personal data not yet made anonymous (A20).
    "not anonymised", "not been anonymised", "not anonymized", "not been anonymized",
    "not pseudonymised", "names have not been changed", "names not changed", "real names used",
    "real names below", "real names follow", "contains identifiable",
    "contains personally identifiable",
    // Confidentiality as a condition (A22); a paper's closed parts and
    // versions (A13); statistics before their release (A14).
    "confidentiality applies", "discretion required", "discretion is required", "off the minutes",
    "off minute", "board version", "members' version", "closed minute", "closed appendix",
    "closed annex", "closed item", "closed circulation", "pre-release access", "pre release access",
    "pre-release:", "pre-publication:", "not yet announced",
    // A release not yet cleared, by those who clear it (A07, A12).
    "pending approval for release", "awaiting approval for release", "pending clearance",
    "awaiting clearance", "subject to clearance", "not yet cleared", "awaiting sign-off",
    "pending sign-off", "needs sign-off", "before this goes out", "before this goes public",
    "before it goes public", "before this is shared", "before this can be shared",
    "before it can go out", "whether this can be published", "whether this can be released",
    "if this can go on", "consent not given for", "caldicott approval", "ig approval",
    // Said in passing, mid-sentence (A03, A13).
    ", in confidence,", "in private, the", "secretly,", "outside the minutes", "but not share",
    "off the public record", "kept off the public record",
    // Red team 25, A01: a council's exempt business in its other words --
    // Part II of the agenda, the public excluded or the meeting closed, as
    // it happened. (Each phrase as a paper's own words say it: "behind
    // closed doors" alone is a campaign's, "not webcast" a notice's.)
    // (Not "Part II:", which a cover sheet asks and answers: "Part II: No".)
    "part ii -", "is part ii", "- part ii", "(part ii)", "exclusion of the public",
    "exclusion of public", "press were asked to leave", "press was asked to leave",
    "public were asked to leave", "asked to leave for this item", "gallery was cleared",
    "gallery cleared", "without the public present", "without press or public",
    "without the press or public", "meeting is closed to", "meeting was closed to",
    "session is closed to", "item is closed to", "webcast paused", "webcast was paused",
    "recording was stopped", "recording stopped for", "not webcast:", "not webcast -",
    "closed part of the meeting", "confidential session", "reserved business",
    "behind closed doors:", "behind closed doors -", "discussed behind closed doors",
    "held behind closed doors", "met behind closed doors", "closed-door session",
    "closed-door meeting", "closed door session", "cyfarfod caeedig",
    // A02: an exemption cited the short way.
    // (Not "Schedule 12A" alone, which a page explains: "Exempt information
    // is explained in Schedule 12A".)
    "sch 12a", "sch. 12a", "sched 12a", "sched. 12a", "schedule 7a, paragraph", "schedule 7a para",
    "part 1 of schedule 7a", "sch 7a", "s.100a", "s100a", "s 100a", "exempt by virtue",
    "exemption applies", "exemptions apply", "exemption engaged", "absolute exemption",
    "qualified exemption", "exempt from foi", "exempt from disclosure", "reg 12(4)", "reg 12(5)",
    "reg. 12(", "regulation 12(5)", "dpa 2018 sch", "gdpr art 9", "article 9 data",
    // A04: what was said may not be attributed.
    "chatham house rule", "chatham house)", "chatham house notes", "under chatham house",
    "is covert and ongoing", "under chr",
    // A05: a release held until an event, or another's say.
    "hold back until", "before this goes up", "before this goes live", "before this goes on",
    "before it goes on the", "before it goes live", "once the trial concludes",
    "can go on the website once", "can't go public", "cannot go public", "go public till",
    "go public until", "embargo lifts", "ok to publish", "okay to publish", "ok to release",
    "police approval before", "subject to police approval", "the go-ahead:", "wait for the verdict",
    "wait until the police give", "release only with", "not until the family",
    "once the family has been told", "next of kin not yet", "next of kin have not",
    "next of kin has not",
    // A06: a name the law or a wish keeps out.
    "has lifetime anonymity:", "lifetime anonymity:", "lifetime anonymity -",
    "lifetime anonymity applies", "section 45 order", "s45 order", "s.45 order",
    "do not name:", "do not name -", "don't name:", "don't name -", "don't name the school",
    "do not identify:", "do not identify -", "don't identify the victim", "must not appear online",
    "not for the website:", "name withheld at", "names withheld at",
    // A07: told in confidence, or asked not to publish.
    "told to us in confidence", "told us in confidence", "said in confidence",
    "given in confidence", "told in confidence", "passed to us in confidence",
    "on a confidential basis", "asked us not to publish", "asked us not to share",
    "asked that we do not publish", "shouldn't be telling you", "should not be telling you",
    "don't quote me", "do not quote me",
    // A08: kept within a circle.
    "known only to", "nobody outside the board", "nobody outside the group",
    "nobody outside the task group", "no one outside the board", "no one outside the group",
    "don't know about this yet", "do not know about this yet", "between the chair and me",
    "just for us", "only for us:", "further than the board", "further than this room",
    "further than the group", "further than the task group", "between these four walls",
    "stays in this room", "stay in this room", "strictly off the books", "no screenshots",
    "must not leak", "mustn't leak", "off-limits to the press", "off limits to the press",
    "with discretion:", "following with discretion", "use discretion:", "use discretion -",
    "only the chair has", "only the chair sees", "i know about this",
    // A09: an audience's copy, channel or login.
    "members' copy", "members copy", "member's copy", "board pack version", "councillors' version",
    "councillors version", "officer version", "officers' version", "not the web one",
    "web copy leaves",
    "password protected:", "password-protected:", "members' area:", "members' area -",
    "log in to view", "log in to see", "login to view", "behind the extranet", "extranet login",
    "shared with:", "partnership purposes only", "board purposes only", "internal purposes only",
    "marac only", "invitation-only briefing", "invitation only briefing", "not to be shown to",
    "not to be disclosed to", "redacted in the published", "pre-redaction", "version for board",
    "(board copy)", "board copy:", "board copy -", "members' edition", "members edition",
    // A15: a handling warning by the kind of data that follows.
    "contains personal data", "special category data:", "special category data -",
    "safeguarding information:", "safeguarding information -",
    "child protection information:", "child protection information -", "intel graded",
    "intelligence graded", "covert -", "covert:", "live operation -", "live operation:",
    // A16, A17, A18: privilege, the unrecorded, notes to self.
    "litigation privilege", "contemplation of litigation", "not discoverable",
    "sealed:", "not to be recorded", "unminuted", "no papers:", "speaker notes",
    "not for the slides", "delete before circulating", "delete before sending",
    "delete before publishing", "delete before it goes", "note to self", "webmaster: skip",
    "web team: skip", "should stay private", "must stay private", "stay private:",
    // A19, A20: secure mail's tags; exempt papers by their colour.
    "[encrypt]", "via egress", "blue papers", "grey paper", "annex (pink)",
    // A13: Canada's markings, as phrases (as labels, "PROTECTED" alone would
    // read as "PROTECTEDA" with a letter slipped).
    "protected a:", "protected b:", "protected c:", "protected a -", "protected b -",
    "protected c -", "pink annex",
    // A14: the signs of a lock or of silence as a chat writes them; a
    // redaction bar left around the text it was to black out.
    ":lock:", ":closed_lock_with_key:", ":shushing_face:", ":zipper_mouth_face:", ":speak_no_evil:",
    ":see_no_evil:", ":no_entry:", ":no_entry_sign:", "purposes of this meeting only",
    "for this meeting only", "exempt info", "contains names and addresses of victims",
    "contains names of victims"};

// Phrases by their first two bytes, in any case, so that a line is read
// once and a place costs one look at a table: the census's reading
// (private_business_phrase_at) and the fast path's (may_hold_a_phrase) use
// the one index, so a phrase added to the list is looked for by both.
class PhraseIndex {
  public:
    template <std::size_t N>
    explicit PhraseIndex(const std::string_view (&list)[N]) {
        for (const std::string_view p : list) by_pair_[key(p[0], p[1])].push_back(p);
    }
    // Whether a phrase stands at `at` of `t` (compared in any case: ASCII
    // letters) that `accept` takes.
    template <class Accept>
    bool at(std::string_view t, std::size_t at, Accept accept) const {
        if (at + 1 >= t.size()) return false;
        for (const std::string_view phrase : by_pair_[key(t[at], t[at + 1])]) {
            if (at + phrase.size() > t.size()) continue;
            std::size_t k = 2;
            while (k < phrase.size() && lower(t[at + k]) == phrase[k]) ++k;
            if (k == phrase.size() && accept(phrase)) return true;
        }
        return false;
    }

  private:
    static char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }
    static std::size_t key(char a, char b) {
        return static_cast<unsigned char>(lower(a)) * 256u + static_cast<unsigned char>(lower(b));
    }
    std::vector<std::vector<std::string_view>> by_pair_ =
        std::vector<std::vector<std::string_view>>(65536);
};

const PhraseIndex& private_business_phrases() {
    static const PhraseIndex index(kPrivateBusinessPhrases);
    return index;
}

}  // namespace

bool may_hold_a_phrase(std::string_view raw) {
    const PhraseIndex& phrases = private_business_phrases();
    const auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    for (std::size_t at = 0; at + 1 < raw.size(); ++at) {
        // (Speed: a phrase begins a word, or with a mark; inside a word
        // nothing is looked up.)
        if (at > 0 && letter(raw[at]) && letter(raw[at - 1])) continue;
        if (phrases.at(raw, at, [](std::string_view) { return true; })) return true;
    }
    return false;
}

std::size_t private_business_phrase_at(std::string_view t) {
    // (A phrase that begins with a mark, ", in confidence,", may follow a
    // word.)
    auto word_edge = [&](std::size_t at, std::size_t size) {
        return (at == 0 || !word_char(t[at - 1]) || !word_char(t[at])) &&
               (at + size >= t.size() || !word_char(t[at + size]));
    };
    // (Speed: one pass over the line, each place looking only at the
    // phrases that begin with its byte, rather than a search of the whole
    // line for each of some two hundred phrases.)
    const PhraseIndex& phrases = private_business_phrases();
    for (std::size_t at = 0; at + 1 < t.size(); ++at)
        if (phrases.at(t, at, [&](std::string_view phrase) {
                return word_edge(at, phrase.back() == ':' ? phrase.size() - 1 : phrase.size());
            }))
            return at;
    // Read by its words, as minutes write it: business "considered in
    // private", "taken in private session"; the press and public "be
    // excluded", "were excluded", "left the meeting", "withdrew".
    std::vector<ReadWord> words;
    for (ReadWord w = next_word(t, 0); !w.text.empty(); w = next_word(t, w.end)) words.push_back(w);
    for (std::size_t k = 1; k < words.size(); ++k) {
        const std::string_view w = words[k].text;
        if (w == "private" && words[k - 1].text == "in" && k >= 2 &&
            one_of(words[k - 2].text, {"considered", "taken", "held", "heard", "discussed", "dealt",
                                       "with", "met", "meet", "sat", "sit", "conducted",
                                       "continued", "be", "session", "item", "items"}))
            return words[k - 1].at;
        // "to be taken in closed session"; exempt items on "pink papers".
        if (w == "session" && words[k - 1].text == "closed" && k >= 2 &&
            one_of(words[k - 2].text, {"in", "into"}))
            return words[k - 2].at;
        if (one_of(w, {"paper", "papers"}) && words[k - 1].text == "pink") return words[k - 1].at;
        // Northern Ireland's "taken in committee", "went into committee".
        if (w == "committee" && k >= 2 &&
            (words[k - 1].text == "in" || words[k - 1].text == "into") &&
            one_of(words[k - 2].text,
                   {"taken", "held", "went", "moved", "go", "continued", "were", "was", "be"}))
            return words[k - 1].at;
        if (w == "private" && words[k - 1].text == "in" && k + 1 < words.size() &&
            one_of(words[k + 1].text, {"session", "business"}))
            return words[k - 1].at;
        const bool excluded = w == "excluded" || w == "withdrew" ||
                              (w == "left" && k + 2 < words.size() && words[k + 1].text == "the" &&
                               words[k + 2].text == "meeting");
        // An exemption under the Freedom of Information Act or a council's
        // Schedule 12A: "Exempt under s.40 FOIA", "exempt under section 43".
        if (w == "under" && words[k - 1].text == "exempt" && k + 1 < words.size() &&
            one_of(words[k + 1].text, {"s", "section", "sections", "foi", "foia", "schedule",
                                       "paragraph", "para", "the"}))
            return words[k - 1].at;
        // An exemption of the Freedom of Information Act cited by its
        // section: "FOIA s.40(2) exemption applies", "Section 40 FOI
        // exemption".
        if (one_of(w, {"exemption", "exemptions", "exempt"}))
            for (std::size_t b = k >= 5 ? k - 5 : 0; b < words.size() && b <= k + 3; ++b)
                if (one_of(words[b].text, {"foi", "foia", "foisa", "eir", "eirs"}))
                    return words[std::min(b, k)].at;
        // A Freedom of Information Act section cited by its number
        // ("FOIA s40:", "FOI section 43": red team 25, A02).
        if (one_of(w, {"s", "section", "sec", "sections"}) &&
            one_of(words[k - 1].text, {"foi", "foia", "foisa"}) && k + 1 < words.size() &&
            !words[k + 1].text.empty() && words[k + 1].text[0] >= '0' &&
            words[k + 1].text[0] <= '9')
            return words[k - 1].at;
        if (one_of(words[k - 1].text, {"foi", "foia", "foisa"}) && w.size() >= 2 && w[0] == 's' &&
            w[1] >= '0' && w[1] <= '9')
            return words[k - 1].at;
        if (!excluded) continue;
        for (std::size_t b = k; b-- > 0 && k - b <= 6;)
            if (words[b].text == "public" || words[b].text == "press") return words[b].at;
    }
    return std::string_view::npos;
}

bool answer_marks_the_paper(std::string_view key, std::string_view answer,
                            bool key_holds_a_withheld_label) {
    // The answer is its first sentence ("Publication status: withheld. The
    // family ...").
    if (const std::size_t stop = answer.find(". "); stop != std::string_view::npos)
        answer = answer.substr(0, stop + 1);
    std::vector<std::string_view> words;
    for (ReadWord w = next_word(key, 0); !w.text.empty() && words.size() < 12;
         w = next_word(key, w.end))
        words.push_back(w.text);
    if (words.empty()) return false;
    // A resident's question ("Is my report confidential? Yes"), not a cover
    // sheet's.
    for (const std::string_view w : words)
        if (one_of(w, {"my", "your", "i", "me", "we", "our", "you"})) return false;
    const ReadWord first_word = next_word(answer, 0);
    const ReadWord second_word = next_word(answer, first_word.end);
    const std::string_view first = first_word.text, second = second_word.text;
    const bool more = !next_word(answer, second_word.end).text.empty();
    // (Consent to publish "withdrawn" or "refused" is a no.)
    // (A cross in a form's box is a no: "OK to share: ✗".)
    const bool cross = answer.starts_with("\u2717") || answer.starts_with("\u2718") ||
                       answer.starts_with("\u274C");
    // ("No objection", "no restrictions": a yes.)
    const bool no_but_yes =
        first == "no" && one_of(second, {"objection", "objections", "restriction", "restrictions",
                                         "issue", "issues", "concern", "concerns", "problem",
                                         "problems", "reason", "change", "changes", "limit"});
    const bool no =
        cross ||
        (!no_but_yes && one_of(first, {"no", "n", "false", "none", "never", "nil", "withdrawn",
                                       "refused", "denied", "declined", "withheld"}));
    const bool yes = one_of(first, {"yes", "y", "true"});
    // A yes or a no, and perhaps a comment set off after it ("Yes –
    // paragraph 1", "No (see note)").
    const std::size_t after_first = answer.find_first_not_of(' ', first_word.end);
    // (A letter alone answers a form's box whatever follows: "Publish: N
    // The family ...".)
    const bool set_off =
        after_first == std::string_view::npos ||
        std::string_view("-,;.(").find(answer[after_first]) != std::string_view::npos ||
        (first.size() == 1 && (no || yes));
    const bool short_answer = (!more && (second.empty() || no || yes)) || ((no || yes) && set_off);
    // Asks whether it may be published ("For publication", "Approved for
    // publication", "Publish on website", "Can this be published?", "Open
    // to the public", "Public item").
    bool asks_publish = false, asks_withheld = key_holds_a_withheld_label;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        if (one_of(w, {"publication", "publish",    "published",   "publishable", "release",
                       "released",    "disclosure", "disclose",    "disclosed",   "upload",
                       "uploaded",    "releasable", "disclosable", "shareable",   "share",
                       "shared",      "sharing",    "cleared",     "clearance",   "publicly"}))
            asks_publish = true;
        // Signed off, or approved by those who publish ("Sign-off: No",
        // "Comms approved: No", "Legal cleared: no", "Go live: no").
        if ((one_of(w, {"sign", "signed"}) && k + 1 < words.size() && words[k + 1] == "off") ||
            (one_of(w, {"approved", "approval"}) &&
             std::any_of(words.begin(), words.end(),
                         [](std::string_view v) {
                             return one_of(v, {"comms", "communications", "legal", "press", "media",
                                               "web", "website", "online"});
                         })) ||
            (w == "live" && words.size() <= 2))
            asks_publish = true;
        // "Can this paper go on the website?"
        if (one_of(w, {"website", "web", "online", "internet"}) &&
            std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k),
                        [](std::string_view v) {
                            return one_of(v, {"go", "put", "appear"});
                        }))
            asks_publish = true;
        if (w == "public" &&
            (k + 1 == words.size() ||
             one_of(words[k + 1], {"item", "access", "document", "paper", "report", "website",
                                   "site", "web", "version", "domain", "session", "meeting"})))
            asks_publish = true;
        // The key's last word, or before a part's name ("Confidential: Yes",
        // "Exempt item: Yes"; a "Confidential helpline: Yes" is a service).
        if (one_of(w, {"confidential", "exempt", "restricted", "private", "sensitive", "embargoed",
                       "protected", "secret", "withheld"}) &&
            (k + 1 == words.size() || part_word_for(words[k + 1], kSubject)))
            asks_withheld = true;
        if (w == "part" && k + 1 < words.size() && one_of(words[k + 1], {"ii", "2", "two"}))
            asks_withheld = true;
    }
    // Whether the press may have it ("Press: do not use", "Media: no",
    // "Press release: No", "Media use: not to be used").
    // "Comms team: hold", "Press office: hold".
    if (first == "hold" && !more && std::any_of(words.begin(), words.end(), [](std::string_view w) {
            return one_of(w, {"comms", "communications", "press", "media", "publication"});
        }))
        return true;
    if (one_of(words.back(), {"press", "media"}) ||
        (words.size() >= 2 && one_of(words[words.size() - 2], {"press", "media"}) &&
         one_of(words.back(), {"release", "use", "statement", "briefing", "enquiries"}))) {
        asks_publish = true;
        if ((first == "do" && second == "not") || first == "don" ||
            (first == "not" && one_of(second, {"to", "for"})))
            return true;
    }
    // A key that names where it would go ("Web: N", "Online? No", "Portal:
    // No", "Ready for web: No"; "Website: none" says there is none).
    if (words.size() <= 3 &&
        std::any_of(words.begin(), words.end(),
                    [](std::string_view w) {
                        return one_of(w, {"web", "website", "online", "internet", "portal"});
                    }) &&
        (cross || one_of(first, {"no", "n", "false"})))
        return true;
    // An answer that denies publication whatever the question: "Disclosure
    // status: non-disclosable", "Release: unreleased".
    if ((first == "non" && one_of(second, {"public", "disclosable", "releasable", "publishable",
                                           "shareable", "disclosure", "publication"})) ||
        one_of(first, {"unpublished", "unpublishable", "unreleased", "unreleasable", "unshareable",
                       "undisclosable", "uncleared", "unapproved"}))
        return true;
    // A no to whether it may be published is the answer whatever follows
    // it ("Cleared for publication: No the family ..."), but "no
    // objection" says yes.
    if (asks_publish && ((first == "no" && !no_but_yes) || cross)) return true;
    // Not yet given ("Publish status: hold", "Comms sign-off: pending",
    // "Clearance: refused").
    if (asks_publish && one_of(first, {"hold", "pending", "awaiting", "tbc", "tba", "deferred",
                                       "refused", "rejected", "blocked"}))
        return true;
    if (short_answer && ((asks_publish && no) || (asks_withheld && yes))) return true;
    // "Not at this stage", "Not yet".
    if (asks_publish && first == "not" &&
        one_of(second, {"at", "yet", "until", "now", "for", "permitted", "allowed", "approved",
                        "cleared", "authorised", "authorized", "agreed", "given"}))
        return true;
    // A meeting's session, or an agenda's part ("Session: Closed", "| Part |
    // II |").
    if (!more && one_of(first, {"closed", "private"}) &&
        std::any_of(words.begin(), words.end(),
                    [](std::string_view w) { return w == "session" || w == "meeting"; }))
        return true;
    if (!more && words.back() == "part" && one_of(first, {"ii", "2", "two", "b"})) return true;
    // One of two ("Open/Closed: Closed", "Public/Private: Private").
    if (!more && one_of(first, {"closed", "private"}) &&
        std::any_of(words.begin(), words.end(),
                    [](std::string_view w) { return w == "open" || w == "public"; }))
        return true;
    // Gives its status or how far it may go ("Circulation: Board members
    // only", "Visibility: Internal", "Confidentiality: High", "Status: Not
    // public").
    bool status = is_a_status_field(key);
    for (const std::string_view w : words)
        status = status || one_of(w, {"confidentiality", "privacy", "handling", "sensitivity",
                                      "classification"});
    if (words.size() >= 2 && words[words.size() - 2] == "security" && words.back() == "level")
        status = true;
    // Where it goes ("Website: Do not upload"; "Website: none" says it has
    // none).
    if (!status && one_of(words.back(), {"website", "web", "online", "internet"}))
        return banner_end(answer, first_word.at) > 0;
    if (!status) return false;
    if (first == "not" && one_of(second, {"public", "published", "publishable", "released"}))
        return true;
    if (!more && one_of(first, {"internal", "private", "confidential", "restricted", "high",
                                "secret", "sensitive", "exempt", "excluded", "withheld",
                                "protected", "limited", "none", "hidden"}))
        return true;
    // A level of confidentiality or sensitivity above the lowest
    // ("Confidentiality level: 3", "Data classification: Level 3",
    // "Sensitivity level: high").
    if (std::any_of(words.begin(), words.end(), [](std::string_view w) {
            return one_of(w, {"confidentiality", "sensitivity", "classification", "secrecy"});
        })) {
        const std::string_view level = first == "level" ? second : first;
        if (one_of(level, {"high", "medium", "2", "3", "4", "5", "very"})) return true;
    }
    return banner_end(answer, first_word.at) > 0;
}

}  // namespace portal::census
