// The phrase reader (Scanner::label_as_phrase, core/census_scanner.hpp): a
// withheld label that is a phrase of its own in a line, where a person sees
// one phrase end and another begin, and the line rule that asks it.
#include <string_view>

#include "core/census_forms.hpp"
#include "core/census_scanner.hpp"
#include "core/utf8.hpp"

namespace portal::census {

// The prefix's tags too: their attributes ("<span title='Case review,
// Restricted'>x</span>") are read by hover, screen readers and engines.
bool Scanner::label_as_a_phrase(const Line& ln) {
    const std::size_t found_before = out.size();
    const auto in_syntax_code = [&](std::size_t i) { return ln.in_syntax_code(i); };
    const auto col = [&](std::size_t i) { return ln.col(i); };
    if (!label_as_phrase(ln.raw, ln.t, ln.p, in_syntax_code, ln.line, col) && ln.p > 0 &&
        ln.t.substr(0, ln.p).find('<') != std::string_view::npos)
        label_as_phrase(ln.raw, ln.t, 0, in_syntax_code, ln.line, col);
    // Not a label in quotes after "marked", said of what reaches a resident,
    // in a sentence that goes on ("Scam letters marked 'Private and
    // Confidential' are common"): advice about such letters.
    if (out.size() == found_before + 1)
        if (const std::size_t q = label_quoted_on_things(ln);
            q != std::string_view::npos && out.back().column == ln.col(q)) {
            out.pop_back();
            return false;
        }
    return out.size() != found_before;
}

std::size_t Scanner::label_quoted_on_things(const Line& ln) const {
    const std::string_view t = ln.t;
    for (ReadWord w = next_word(t, ln.p); !w.text.empty(); w = next_word(t, w.end)) {
        if (w.text != "marked" ||
            !one_of(word_before(t, w.at), {"letters", "envelopes", "emails", "parcels", "calls",
                                           "texts", "messages", "post"}))
            continue;
        std::size_t q = w.end;
        while (q < t.size() && std::string_view(" '\"`").find(t[q]) != std::string_view::npos) ++q;
        std::size_t end = 0;
        if (!label_at(t, q, end)) continue;
        while (end < t.size() && std::string_view("'\"`").find(t[end]) != std::string_view::npos)
            ++end;
        if (one_of(next_word(t, end).text, {"are", "is", "were", "will", "should", "must", "can",
                                            "may", "often", "usually", "always", "never"}))
            return q;
    }
    return std::string_view::npos;
}

// Past what joins labels into one marking ("Restricted and Confidential",
// "Protect, Restricted", "Restricted-Confidential", "Protect plus
// Restricted", "and/or"): spaces, marks, ',', '&', '+', '-', '/', and the
// words that join. From `at` to before `e`.
std::size_t Scanner::skip_joiners(std::string_view t, std::size_t at, std::size_t e) {
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
// it or written as a dash (not a hyphen), a spaced '*' or '#', or a symbol,
// bullet or emoji (read as a space, but not written as one).
bool Scanner::phrase_break(std::string_view raw, const ReadText& read, std::size_t i) {
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
    if (c == '-') return space_after || (i > 0 && t[i - 1] == ' ') || written >= 0x80;  // '—', '→'
    // A spaced '*' is no emphasis but a bullet between words ("·", "•"); a
    // spaced '#' no heading's mark but a separator ("Case notes # Restricted",
    // as a YAML comment is written).
    if (c == '*' || c == '#') return space_after && i > 0 && t[i - 1] == ' ';
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
bool Scanner::label_as_phrase(std::string_view raw, std::string_view t, std::size_t p,
                              InCode in_code, int line, Col col) {
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
            if (k < t.size() && std::string_view(",+_#@([").find(t[k]) != std::string_view::npos) {
                add(line, col(p), SightingKind::label, Reading::withhold, l->text,
                    "it leads the line, set off by punctuation, as a marking is written");
                return true;
            }
        }
        std::size_t e = t.size();
        while (e > p && std::string_view(" *_~'`.!?)]\",").find(t[e - 1]) != std::string_view::npos)
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
            if (l->reading == Reading::withhold && k > p && (t[k - 1] == ',' || t[k - 1] == '+') &&
                !in_code(i - 1)) {
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
                if (!l || l->reading != Reading::withhold || i == s) continue;
                // After a part's number, before a part's name: "Table 3
                // Restricted figures by ward", "Annex C Restricted appendix".
                if (end != e && numbers_a_part(t, i) && part_or_stamp_follows(t, end)) {
                    add(line, col(i), SightingKind::label, Reading::withhold, l->text,
                        "it stands between a part's number and a part's name, as the "
                        "marking of that part is written");
                    return true;
                }
                if (end != e) continue;
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

}  // namespace portal::census
