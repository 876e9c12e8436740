// The census's fast path (Scanner, core/census_scanner.hpp): most lines
// hold no word that begins a label, and are passed over whole.
#include "core/census_scanner.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "core/census_forms.hpp"
#include "core/label_pieces.hpp"
#include "core/marking_fields.hpp"
#include "core/percent_encoding.hpp"
#include "core/utf8.hpp"

namespace portal::census {

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
bool Scanner::plain_ascii(std::string_view text) {
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
//    "descriptor", "sensitivity", "impact level");
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
std::vector<std::size_t> Scanner::offsets_worth_reading(std::string_view text) const {
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
        for (const char c : std::string_view("&\\:kKfFvVgGpP_%xXmM"))
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
        while (w < n && (text[w] == ' ' || text[w] == '"' || text[w] == '\'' || mark(text[w]))) ++w;
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
            if (c == '%' && i + 2 < n && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
                std::isxdigit(static_cast<unsigned char>(text[i + 2])))
                at.push_back(i);
            if ((c | 0x20) == 'k' && i >= 3 && lower_at(i - 3, "mar") &&
                (lower_at(i + 1, "ing") || lower_at(i + 1, "ed")))
                at.push_back(i);
            // Each naming word found by a letter that is rare in prose.
            const char l = static_cast<char>(c | 0x20);
            if ((l == 'f' && i >= 5 && lower_at(i - 5, "lassif")) ||
                (l == 'v' && i >= 1 && lower_at(i - 1, "aveat")) ||
                (l == 'v' && i >= 7 && lower_at(i - 7, "sensitivity")) ||
                (l == 'p' && i >= 2 && lower_at(i - 2, "impact level")) ||
                (l == 'g' && i >= 6 && lower_at(i - 6, "andling")) ||
                (l == 'p' && i >= 5 && lower_at(i - 5, "escriptor")) ||
                // Business taken without the public (private_business_phrase_at).
                (l == 'g' && i >= 5 && lower_at(i - 5, "embargo")) ||
                (l == 'x' && i >= 1 && lower_at(i - 1, "exclu")) ||
                (l == 'm' && i >= 2 && lower_at(i - 2, "camera")) ||
                (l == 'f' && i >= 5 && lower_at(i - 5, "hold for release")))
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
            if (labels.is_a_word_of_a_withheld_label_inflected(joined)) at.push_back(start);
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
                // A word that names a marking, or gives a classification
                // ("graded", "labelled"), by its ending (speed: one look at
                // its last letter first).
                bool named = false;
                if (i >= 4) switch (before | 0x20) {
                        case 'n':
                            named = lower_at(i - 4, "tion");
                            break;
                        case 'd':
                            for (const std::string_view end :
                                 {"fied", "lled", "eled", "aded", "mped", "ated", "ised", "ized",
                                  "ssed"})
                                named = named || lower_at(i - 4, end);
                            break;
                        case 'y':
                            named = lower_at(i - 4, "vity") || lower_at(i - 4, "rity");
                            break;
                        case 's':
                            named = lower_at(i - 4, "gpms");
                            break;
                        case 'e':
                            named = lower_at(i - 4, "tive");
                            break;
                        case 'g':
                            named = lower_at(i - 4, "ding");
                            break;
                        default:
                            break;
                    }
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

namespace {

// Speed: a set of bytes looked up in a table, for the tests the fast path
// makes of every byte of a line (string_view's find_first_of calls memchr on
// its set once per byte of the line).
struct ByteSet {
    std::array<bool, 256> has{};
    constexpr explicit ByteSet(std::string_view bytes) {
        for (const char c : bytes) has[static_cast<unsigned char>(c)] = true;
    }
    bool operator()(char c) const { return has[static_cast<unsigned char>(c)]; }
    bool any_in(std::string_view s) const {
        for (const char c : s)
            if (has[static_cast<unsigned char>(c)]) return true;
        return false;
    }
};

// Words looked for by their first letter and length (bit n for n letters):
// a word of another letter or length is passed over with one look, so that
// the words of a line cost a table look each.
template <std::size_t N>
struct WordsByStart {
    const std::string_view* words;
    // Per first letter, a bit per word length held (lengths 2 to 31).
    std::uint32_t lengths[26] = {};
    constexpr explicit WordsByStart(const std::string_view (&list)[N]) : words(list) {
        for (const std::string_view w : list) {
            // (A word too long for the mask is a compile-time error, not a
            // word silently never matched.)
            if (w.size() < 2 || w.size() > 31) throw "WordsByStart: a word of 2 to 31 letters";
            lengths[w[0] - 'a'] |= 1u << w.size();
        }
    }
    // Whether the word at [i, e) of raw (ASCII letters) is one of them.
    bool holds(std::string_view raw, std::size_t i, std::size_t e) const {
        const std::size_t n = e - i;
        if (n < 2 || n > 31 || !(lengths[(raw[i] | 0x20) - 'a'] & (1u << n))) return false;
        for (std::size_t k = 0; k < N; ++k) {
            const std::string_view w = words[k];
            if (w.size() != n) continue;
            std::size_t c = 0;
            while (c < n && (raw[i + c] | 0x20) == w[c]) ++c;
            if (c == n) return true;
        }
        return false;
    }
};

// Whether a short line holds a word a handling banner turns on ("only",
// "not", "no", "limited", "do", "confidence", "off", "before", "please";
// a cover sheet's answer: "yes", "internal", "none", "high", "excluded"; the
// public who "left" or "withdrew"; "private", "closed", "part", "embargoed" for
// business taken in private), in any case: then it is read in full.
bool letter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Whether raw's ASCII letters [i, e) are the word w (lower case), in any case.
bool word_is(std::string_view raw, std::size_t i, std::size_t e, std::string_view w) {
    if (e - i != w.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
        if ((raw[i + k] | 0x20) != w[k]) return false;
    return true;
}

constexpr std::string_view kBannerWords[] = {
    "only",        "not",       "no",       "limited",     "do",      "embargo",     "embargoed",
    "confidence",  "off",       "before",   "please",      "yes",     "internal",    "none",
    "high",        "excluded",  "left",     "withdrew",    "remove",  "delete",      "take",
    "keep",        "leave",     "hold",     "publication", "publish", "publishable", "website",
    "minutes",     "record",    "personal", "rhan",        "closed",  "deleted",     "cannot",
    "isn",         "aren",      "mustn",    "shouldn",     "web",     "non",         "background",
    "unpublished", "unreleased"};
constexpr WordsByStart kBannerWord(kBannerWords);

bool may_be_a_banner(std::string_view raw) {
    auto is = [&](std::size_t i, std::size_t e, std::string_view w) {
        return word_is(raw, i, e, w);
    };
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (!letter(raw[i])) continue;
        std::size_t e = i + 1;
        while (e < raw.size() && letter(raw[e])) ++e;
        if (kBannerWord.holds(raw, i, e) || (is(i, e, "can") && raw.compare(e, 2, "'t") == 0))
            return true;
        // "status" only as a key ("Publication status: withheld"; speed:
        // tables head their columns with it).
        if (is(i, e, "status")) {
            const std::size_t k = raw.find_first_not_of(' ', e);
            if (k != std::string_view::npos && (raw[k] == ':' || raw[k] == '?')) return true;
        }
        // "part", "private" only as private_business_end reads them (speed:
        // they are common words): before a part's number, a session's
        // word, a colon or a dash, or alone.
        const bool part = is(i, e, "part");
        if (part || is(i, e, "private")) {
            std::size_t n = e;
            while (n < raw.size() && ByteSet(" -:()[],.")(raw[n])) ++n;
            if (n >= raw.size() ||
                raw.substr(e, n - e).find_first_of(":-") != std::string_view::npos)
                return true;
            char next[10] = {};
            std::size_t k = 0;
            while (n + k < raw.size() && k < sizeof next &&
                   std::isalnum(static_cast<unsigned char>(raw[n + k])))
                next[k] = static_cast<char>(raw[n + k] | 0x20), ++k;
            const std::string_view after(next, k);
            if (part ? (after == "2" || after == "ii" || after == "two" || after == "b")
                     : (after == "session" || after == "business" || after == "part" ||
                        after == "meeting" || after == "items" || after == "item" ||
                        after == "agenda" || after == "minutes" || after == "to"))
                return true;
        }
        i = e;
    }
    return false;
}

// Whether a long line has a sentence short enough to be a banner that
// may_be_a_banner says may be one: a banner leads a paragraph or stands in
// it as a sentence of its own ("Board members only. The family at ...",
// "... was moved. Police use only. ..."), and a pasted paragraph may run
// on for hundreds of characters after it. (Speed: a sentence of prose
// holds "not" or "only" as often, and a line read in full costs a hundred
// times a glance; a banner is a short sentence, under 56 characters.)
bool a_short_sentence_may_be_a_banner(std::string_view raw) {
    constexpr std::size_t kShortSentence = 56;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= raw.size(); ++i) {
        static constexpr ByteSet kSentenceEnds(".:!?;|()");
        if (i < raw.size() && !kSentenceEnds(raw[i])) continue;
        const std::size_t end = std::min(raw.size(), i + 1);
        if (end - from < kShortSentence && may_be_a_banner(raw.substr(from, end - from)))
            return true;
        from = end;
    }
    return false;
}

// The first words of an instruction to whoever publishes, at a sentence's
// start ("Take this paragraph out", "Redact:", "Don't publish").
constexpr std::string_view kInstructionStarts[] = {
    "take",     "keep",     "leave",   "hold",     "remove",   "delete",  "omit",    "strip",
    "redact",   "cut",      "exclude", "withhold", "hide",     "drop",    "please",  "pls",
    "don",      "dont",     "do",      "never",    "publish",  "release", "only",    "not",
    "withheld", "redacted", "deleted", "private",  "personal", "off",     "nothing", "none",
    "blank",    "needs",    "copy",    "copies",   "return",   "removed", "strike",  "struck",
    "black",    "lose",     "pull",    "treat",    "handle",   "kept",    "must",    "won"};
constexpr WordsByStart kInstructionStart(kInstructionStarts);

// Words rare in prose that turn a sentence marking the paper or a citation
// of an exemption, anywhere in a line ("withheld from the public version",
// "taken in committee", "not to be minuted", "FOIA s.40 exemption", "Items
// in square brackets").
constexpr std::string_view kRareTurns[] = {
    "withheld", "redact", "redacted", "redaction", "committee", "minuted", "exempt", "exemption",
    "brackets", "foi", "foia", "version", "attachments", "pink", "unredacted", "gcsx", "cjsm",
    // A marking clipped to its letters, and a clerk's handling words
    // (census_paper_handling): "NFP", "O-SENS", "Conf.", "tabled", "on the
    // QT", "graded 3x5x2".
    "nfp", "iuo", "nfd", "sens", "conf", "confid", "restr", "tabled", "qt", "graded", "grading",
    "dnp", "fyeo", "nfwc", "nfr", "cic", "lpp", "ntk", "otr", "dnf", "dnd", "cui", "sbu", "orcon",
    "nfc", "forbid", "forbids", "prohibited", "anonymity", "nda", "wraps", "msip", "sanitised",
    "sanitized", "discreetly", "sensitively", "relating", "gist", "pseudonymise", "pseudonymised",
    "anonymise", "consented", "engages", "engaged", "falls", "internal", "applies", "identifiable",
    // Red team 24: secrecy's slang, papers destroyed or sealed, a court's
    // restrictions, clearance before release, press terms, clipped labels
    // and caveats.
    "schtum", "shtum", "psst", "shh", "shhh", "hush", "shred", "burn", "seal", "sealed", "judice",
    "contempt", "covert", "anonymised", "anonymized", "unattributable", "attributable",
    "attribution", "clearance", "cleared", "uncleared", "caldicott", "discretion",
    "confidentiality", "confidentially", "privately", "unofficially", "secretly", "unpublished",
    "unreleased", "unshareable", "rstrctd", "cnfdntl", "limdis", "exdis", "nodis", "propin", "pvt",
    "priv", "encrypt", "password", "ourselves", "entre", "rosa", "les", "sens", "osp", "confi",
    "rstd", "pii"};
constexpr WordsByStart kRareTurn(kRareTurns);

// The pairs of words that turn a sentence anywhere (may_hold_an_instruction
// says which follows which): the first words, and the second.
constexpr std::string_view kPairFirsts[] = {
    "not",   "cannot",  "in",        "between",  "among",  "amongst", "no",
    "link",  "be",      "collected", "handed",   "public", "use",     "eyes",
    "board", "members", "officers",  "partners", "police", "staff",   "internal"};
constexpr WordsByStart kPairFirst(kPairFirsts);
constexpr std::string_view kPairSeconds[] = {
    "trust",      "confidence", "us",         "ourselves",  "yourselves", "further", "part",
    "leave",      "beyond",     "outside",    "included",   "go",         "read",    "copy",
    "distribute", "put",        "can",        "may",        "to",         "removed", "deleted",
    "omitted",    "blanked",    "anonymised", "anonymized", "in",         "back",    "circulated",
    "sent",       "issued",     "version",    "pack",       "private",    "camera",  "named",
    "identified", "share",      "tell",       "repeat",     "mention",    "only",    "publish",
    "published",  "release",    "released",   "made",       "make",       "appear"};
constexpr WordsByStart kPairSecond(kPairSeconds);

// Whether a line of any length may hold an instruction to whoever
// publishes at a sentence's start, or a word rare in prose that turns a
// marking sentence (above), or a pair of words that does ("not part",
// "in trust"): then it is read in full (instruction_end,
// withheld_by_a_sentence, private_business_phrase_at).
bool may_hold_an_instruction(std::string_view raw) {
    auto is = [&](std::size_t i, std::size_t e, std::string_view w) {
        return word_is(raw, i, e, w);
    };
    bool sentence_start = true;
    // The word before, for the pairs a sentence turns on anywhere ("not
    // part of the public pack", "must not leave this room", "not to go
    // beyond", "shared in trust", "supplied in confidence", "between us",
    // "no further", "with the link can view"). Speed: a word is looked at
    // closer only when a table says it may be one of a pair.
    enum class Before {
        other,
        not_,
        not_to,
        in,
        between,
        no,
        link,
        be,
        collected,
        handed,
        public_,
        readers
    };
    Before before = Before::other;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (!letter(c)) {
            // (A table's cell and a quotation begin one too.)
            if (c == '.' || c == ':' || c == '!' || c == '?' || c == ';' || c == '|' || c == '"')
                sentence_start = true;
            continue;
        }
        std::size_t e = i + 1;
        while (e < raw.size() && letter(raw[e])) ++e;
        if (kRareTurn.holds(raw, i, e) || (sentence_start && kInstructionStart.holds(raw, i, e)) ||
            (e - i == 3 && raw.compare(e, 2, "'t") == 0 && (raw[i] | 0x20) == 'd'))
            return true;
        if (before != Before::other && kPairSecond.holds(raw, i, e)) {
            switch (before) {
                case Before::in:
                    if (is(i, e, "trust") || is(i, e, "confidence") || is(i, e, "private") ||
                        is(i, e, "camera"))
                        return true;
                    break;
                case Before::between:
                    if (is(i, e, "us") || is(i, e, "ourselves") || is(i, e, "yourselves"))
                        return true;
                    break;
                case Before::no:
                    if (is(i, e, "further")) return true;
                    break;
                case Before::link:
                    if (is(i, e, "can") || is(i, e, "may")) return true;
                    break;
                case Before::collected:  // "collected in at the end of the meeting"
                    if (is(i, e, "in")) return true;
                    break;
                case Before::handed:  // "handed back"
                    if (is(i, e, "back")) return true;
                    break;
                case Before::public_:  // "the public version", "public copy"
                    if (is(i, e, "version") || is(i, e, "copy") || is(i, e, "pack")) return true;
                    break;
                case Before::readers:  // "official use only", "board only"
                    if (is(i, e, "only")) return true;
                    break;
                case Before::be:  // "To be removed:", "to be anonymised"
                    if (!is(i, e, "to") && !is(i, e, "can") && !is(i, e, "may") &&
                        !is(i, e, "in") && !is(i, e, "back") && !is(i, e, "sent") &&
                        !is(i, e, "issued") && !is(i, e, "only"))
                        return true;
                    break;
                case Before::not_:
                case Before::not_to:
                    if (!is(i, e, "to") && !is(i, e, "in") && !is(i, e, "back") &&
                        !is(i, e, "only"))
                        return true;
                    break;
                default:
                    break;
            }
        }
        // Letters set apart ("N/F/P", "I/U/O", "on the Q.T."): a clipped
        // marking (census_paper_handling).
        // ("P & C", spaced.)
        const std::size_t spaced = raw.compare(e, 3, " & ") == 0 ? 2 : 0;
        if (e - i == 1 && e + 1 + spaced < raw.size() &&
            (raw[e] == '/' || raw[e] == '.' || raw[e] == '&' || spaced > 0)) {
            const char l = static_cast<char>(c | 0x20),
                       n = static_cast<char>(raw[e + 1 + spaced] | 0x20);
            if ((l == 'n' && n == 'f') || (l == 'i' && n == 'u') || (l == 'q' && n == 't') ||
                (l == 'p' && n == 'c') || (l == 'w' && n == 'p'))
                return true;
        }
        const bool apostrophe_t = e - i == 1 && (c | 0x20) == 't' && i > 0 && raw[i - 1] == '\'';
        if (before == Before::not_ && is(i, e, "to")) {
            before = Before::not_to;
        } else if (apostrophe_t) {
            before = Before::not_;
        } else if (!kPairFirst.holds(raw, i, e)) {
            before = Before::other;
        } else {
            before = is(i, e, "not") || is(i, e, "cannot") ? Before::not_
                     : is(i, e, "in")                      ? Before::in
                     : is(i, e, "no")                      ? Before::no
                     : is(i, e, "link")                    ? Before::link
                     : is(i, e, "be")                      ? Before::be
                     : is(i, e, "collected")               ? Before::collected
                     : is(i, e, "handed")                  ? Before::handed
                     : is(i, e, "public")                  ? Before::public_
                     : is(i, e, "between") || is(i, e, "among") || is(i, e, "amongst")
                         ? Before::between
                         : Before::readers;
        }
        sentence_start = false;
        i = e - 1;
    }
    return false;
}

// Words of a label that may restrict what follows it (restricting_label_at,
// census_audience): speed, a table look per word of a key.
constexpr std::string_view kRestrictingKeyWords[] = {"confidential",
                                                     "confidentially",
                                                     "secret",
                                                     "secretly",
                                                     "secrecy",
                                                     "discreet",
                                                     "discreetly",
                                                     "privately",
                                                     "unreleasable",
                                                     "unreleased",
                                                     "unpublished",
                                                     "unpublishable",
                                                     "nonpublic",
                                                     "undisclosed",
                                                     "undisclosable",
                                                     "unapproved",
                                                     "uncleared",
                                                     "unshareable",
                                                     "mnpi",
                                                     "withheld",
                                                     "withholding",
                                                     "embargoed",
                                                     "shred",
                                                     "destroy",
                                                     "eyes",
                                                     "confdl",
                                                     "sensit",
                                                     "hold",
                                                     "held",
                                                     "not",
                                                     "no",
                                                     "non",
                                                     "never",
                                                     "only",
                                                     "just",
                                                     "limited",
                                                     "narrow",
                                                     "controlled",
                                                     "closed",
                                                     "informally",
                                                     "quietly",
                                                     "without",
                                                     "pending",
                                                     "awaiting",
                                                     "intended",
                                                     "internal",
                                                     "small",
                                                     "delete"};
constexpr WordsByStart kRestrictingKeyWord(kRestrictingKeyWords);

bool key_may_restrict(std::string_view key) {
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (!letter(key[i])) continue;
        std::size_t e = i + 1;
        while (e < key.size() && letter(key[e])) ++e;
        if (kRestrictingKeyWord.holds(key, i, e)) return true;
        i = e;
    }
    return false;
}

}  // namespace

// As written, and also as shown when emphasis, code marks, tags or links
// may split the first word ("## Con*fidential*", "Pro<span></span>tect").
bool Scanner::plain_start_worth_reading(std::string_view raw) const {
    if (start_worth_reading(raw)) return true;
    const std::string_view head = raw.substr(0, 160);
    static constexpr ByteSet kInlineMarks("*_~`<[");
    return kInlineMarks.any_in(head) && start_worth_reading(without_inline_markup(head));
}

bool Scanner::start_worth_reading(std::string_view raw) const {
    if (raw.size() < 4096 && has_sign_for_a_letter(raw)) {
        const std::string letters = symbols_read_as_letters(raw, labels);
        if (letters != raw && start_worth_reading_as_written(letters)) return true;
    }
    return start_worth_reading_as_written(raw);
}

bool Scanner::start_worth_reading_as_written(std::string_view raw) const {
    // A short line, or a short sentence of a long one, that may be a
    // handling banner (banner_end, census_forms).
    if (raw.size() < 80 ? may_be_a_banner(raw) : a_short_sentence_may_be_a_banner(raw)) return true;
    if (may_hold_an_instruction(raw) || may_hold_a_phrase(raw)) return true;
    // Text kept out of sight: deletion tags, hiding styles, other tools'
    // comments (census_audience).
    static constexpr ByteSet kOutOfSightMarks("<%{@\\"), kMarkupMarks("<{`~"),
        kDigits("0123456789"), kLabelEnds(":-");
    if ((kOutOfSightMarks.any_in(raw) || raw.starts_with("////") || raw.starts_with(".. ")) &&
        out_of_sight_at(raw) != std::string_view::npos)
        return true;
    // Markup's words, each as a line of its own ("<!-- board only -->",
    // "<private>", "{.private}", "```board-only").
    if (kMarkupMarks.any_in(raw) || raw.starts_with("!!!") || raw.starts_with("???"))
        for (const std::string& words : words_of_markup(raw))
            if (!words.empty() && (start_worth_reading_as_written(words) ||
                                   start_worth_reading_as_written(words + ":")))
                return true;
    // A label citing an exemption by number and ground ("s.31 law
    // enforcement:"; exemption_cited_at, census_audience): only where the
    // line's head holds a digit and a colon or a dash.
    if (const std::string_view head = raw.substr(0, 64);
        kDigits.any_in(head) && kLabelEnds.any_in(head)) {
        std::string lower(head);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (exemption_cited_at(lower) != std::string_view::npos) return true;
    }
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
    // A label with an ending run into it before a colon ("## Protected:").
    if (e > p && e - p <= sizeof word && e < raw.size() && raw[e] == ':')
        for (const std::size_t cut : {1, 2})
            if (e - p > cut + 2 && labels.starts_a_label(std::string_view(word, e - p - cut)))
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
            raw[e] == '\t' || raw[e] == '_' || raw[e] == '-' || raw[e] == '"' || raw[e] == '\''))
        ++e;
    if (e == p || e >= raw.size() || raw[e] != ':') return false;
    // A marking field's name, whatever its value ("Sensitivity: Red",
    // "Impact level: IL3"): the words is_a_marking_field knows.
    if (holds_a_field_word(raw.substr(p, e - p))) return true;
    // Or whether the press may have it ("Press: do not use", "Media: no";
    // answer_marks_the_paper).
    {
        std::size_t k = e;
        while (k > p && !((raw[k - 1] | 0x20) >= 'a' && (raw[k - 1] | 0x20) <= 'z')) --k;
        std::size_t s = k;
        while (s > p && ((raw[s - 1] | 0x20) >= 'a' && (raw[s - 1] | 0x20) <= 'z')) --s;
        std::string last;
        for (std::size_t i = s; i < k; ++i) last += static_cast<char>(raw[i] | 0x20);
        // Or whose use it is ("Tasking group use:"), or a closed
        // proceeding's ("MARAC information:", "Case conference notes:";
        // census_audience).
        if (last == "press" || last == "media" || last == "use") return true;
        // Or a label that restricts what follows ("Unreleasable:", "Do not
        // reproduce:", "Narrow circulation:"; restricting_label_at).
        if (key_may_restrict(raw.substr(p, e - p))) return true;
        std::string key;
        for (std::size_t i = p; i < e; ++i) key += static_cast<char>(raw[i] | 0x20);
        for (const char* proceeding : {"marac", "mappa", "mash", "conference", "strategy"})
            if (key.find(proceeding) != std::string::npos) return true;
    }
    bool unused = false;
    const std::string_view value = raw.substr(e + 1);
    const std::size_t v = skip_prefix(value, unused);
    std::size_t n = 0;
    while (v + n < value.size() && n < sizeof word &&
           ((value[v + n] | 0x20) >= 'a' && (value[v + n] | 0x20) <= 'z')) {
        word[n] = static_cast<char>(value[v + n] | 0x20);
        ++n;
    }
    const std::string_view answer(word, n);
    // A cover sheet's no, or a wait, to whatever it asks ("Releasable: No",
    // "Publish status: hold", "Disclosure: non-disclosable";
    // answer_marks_the_paper).
    if (one_of(answer, {"no", "n", "false", "hold", "pending", "awaiting", "tbc", "refused",
                        "withheld", "withdrawn", "non", "denied", "declined", "not", "unpublished",
                        "unreleased", "uncleared", "unapproved"}))
        return true;
    return n > 0 && labels.starts_a_label(answer);
}

}  // namespace portal::census
