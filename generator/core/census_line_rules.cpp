// The rules that read one line (Scanner::scan_once, core/census_scanner.hpp),
// each a member of its own, tried in the order kLineRules lists them.
#include "core/census_scanner.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "core/label_pieces.hpp"
#include "core/marking_fields.hpp"
#include "core/percent_encoding.hpp"
#include "core/utf8.hpp"

namespace portal::census {

// A withheld label, in any case, after a word that names a marking,
// whatever follows it: "Sensitivity: Restricted the family at ...",
// "GPMS Restricted notes", "Security Classification - Restricted ...".
// Where it stands (the label's offset) in `at`.
template <typename InCode>
const CensusLabel* Scanner::label_after_naming_word(std::string_view raw, std::string_view t,
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
void Scanner::for_each_slot(std::string_view t, bool markdown, F&& f) {
    if (t.find('|') != std::string_view::npos)
        for (std::size_t from = 0;;) {
            const std::size_t bar = std::min(t.find('|', from), t.size());
            if (f(from, bar, "it stands alone in a table cell, as a marking is written")) return;
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
        if (f(open + 1, close, "it stands alone in quotation marks, as a marking is named")) return;
        open = t.find('"', close + 1);
    }
}

// One line as a reader sees it (no line break inside). `line_start`: it
// starts a line of the file (false after U+2028 and the like).
// One line, read as written; when that finds nothing, read again as a page
// shows it without inline markup, and (after a right-to-left control)
// backwards. At most one reading's sighting counts, so that a line is never
// counted twice against the markings recognised on it.
void Scanner::scan(std::string_view raw, int line, int column0, bool line_start) {
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
    // '@' between words, as an address writes it ("RESTRICTED@police.uk",
    // "board:RESTRICTED@example.org"): the words either side read apart too.
    // (Inside a word it reads as the letter it looks like: "C@NFIDENTIAL".)
    if (raw.find('@') != std::string_view::npos) {
        std::string apart(raw);
        std::replace(apart.begin(), apart.end(), '@', ' ');
        scan_once(apart, line, column0, line_start);
        if (out.size() != before) return;
    }
    // Capitals run into a word ("RESTRICTEDBoard minutes", "boardRESTRICTED").
    for (const bool before_last : {false, true}) {
        const std::string apart = capitals_apart(raw, before_last);
        if (apart.size() == raw.size()) break;  // no such run
        scan_once(apart, line, column0, line_start);
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

void Scanner::scan_once(std::string_view raw, int line, int column0, bool line_start) {
    // What Markdown shows for character references and backslash escapes
    // ("&#58;", "&colon;", "\\:") is what a reader of the page sees.
    std::string shown;
    Line ln;
    if (raw.find('&') != std::string_view::npos || raw.find('\\') != std::string_view::npos) {
        shown = as_shown(raw);
        ln.escaped = shown != raw;
        raw = shown;
    }
    read_as_person(raw, read);
    ln.raw = raw;
    ln.t = read.text;
    ln.line = line;
    ln.column0 = column0;
    ln.column = &read.column;
    ln.line_start = line_start;
    const std::string_view t = ln.t;
    std::size_t p = skip_prefix(t, ln.container);
    // A code span that opens the line, a heading or a list item shows its
    // text as it is ("## `Restricted`"); in a sentence it shows syntax.
    while (p < t.size() && t[p] == '`') ++p, ln.container = true;
    if (p >= t.size()) {
        // A line that is all tags (a layout's "<meta name='description'
        // content='Restricted: ...'>"): read inside them.
        if (t.find('<') == std::string_view::npos) {
            // A padlock alone on its line marks what follows.
            if (padlock_leading(raw))
                add(line, column0, SightingKind::label, Reading::unknown, "",
                    "a padlock stands alone on its line, as a marking is shown, with no label "
                    "that site.json lists");
            return;
        }
        p = 0;
        ln.container = true;
    }
    ln.p = p;
    // Code spans that stand in a sentence (a span that opens the line, or
    // is never closed, hides nothing: a reader still sees a marker there).
    for (std::size_t i = p; i < t.size(); ++i) {
        if (t[i] != '`') continue;
        const std::size_t close = t.find('`', i + 1);
        if (close == std::string_view::npos) break;
        if (i > p) ln.code.push_back({i, close});
        i = close;
    }
    // A span that holds a label and nothing else shows it as a label
    // where a label stands ("(`Restricted`)", "| `Protect` |", "`Restricted`:
    // names"); a span of syntax ("`::: PROTECT`") or in the run of a
    // sentence ("marked `PROTECT`, so that") does not.
    ln.label_only.assign(ln.code.size(), false);
    for (std::size_t k = 0; k < ln.code.size(); ++k) {
        const auto [open, close] = ln.code[k];
        std::size_t a = open + 1, e = 0;
        while (a < close && t[a] == ' ') ++a;
        if (label_at(t.substr(0, close), a, e)) {
            while (e < close && t[e] == ' ') ++e;
            ln.label_only[k] = e == close;
        }
    }
    // The line rules, in the order they are read: the first that reads a
    // marking ends the line's reading.
    static constexpr LineRule kLineRules[] = {
        &Scanner::marker_line,
        &Scanner::label_standing_alone,
        &Scanner::misspelt_label_standing,
        &Scanner::labels_together_leading,
        &Scanner::label_in_emphasis_leading,
        &Scanner::protectively_marked_standing,
        &Scanner::handling_banner,
        &Scanner::key_and_its_value,
        &Scanner::label_after_a_naming_word,
        &Scanner::marking_key_mid_line,
        &Scanner::label_alone_in_a_field,
        &Scanner::label_leading_a_slot,
        &Scanner::label_after_dash_colon_or_arrow,
        &Scanner::label_before_a_colon,
        &Scanner::label_after_marked,
        &Scanner::marker_mid_line,
        &Scanner::label_in_capitals_anywhere,
        &Scanner::label_glued_to_a_number,
        &Scanner::label_glued_to_a_stamp_word,
        &Scanner::label_after_a_padlock,
        &Scanner::label_as_a_phrase,
        &Scanner::label_after_an_owner_standing,
        &Scanner::label_in_the_run_of_a_sentence,
        &Scanner::label_with_a_qualifier,
        &Scanner::withheld_by_a_sentence,
        &Scanner::question_answered,
        &Scanner::paper_handled_apart,
        &Scanner::kept_to_an_audience,
    };
    for (const LineRule rule : kLineRules)
        if ((this->*rule)(ln)) return;
}

// A marker line.
bool Scanner::marker_line(const Line& ln) {
    if (ln.t.compare(ln.p, 3, ":::") == 0) {
        std::size_t q = ln.p + 3;
        while (q < ln.t.size() && ln.t[q] == ':') ++q;
        std::string label;
        Reading reading = reading_of(ln.t, q, label);
        std::string odd;
        if (reading == Reading::publish)
            if (const CensusLabel* w = withheld_label_after(ln.t, q)) {
                add(ln.line, ln.col(ln.p), SightingKind::marker, Reading::withhold, w->text,
                    "a withheld label stands after the publishable one on its line");
                return true;
            }
        if (!ln.line_start)
            odd =
                "it follows a character that reads as a line break (such as U+2028) but "
                "is not one in Markdown";
        else if (ln.container)
            odd =
                "it stands inside a list, quote, heading, table or code span, or is "
                "indented";
        else if (ln.escaped)
            odd = "it is written with character references or escapes (such as &#58; or \\:)";
        else if (read.changed && !plain_marker_start(ln.raw))
            odd = "its colons or spaces are look-alike characters, not ':' and ' '";
        // A publishable label that, with the first words of the next line,
        // is a withheld one: a person reads the label on over the break.
        const std::string_view next_line =
            reading == Reading::publish ? next_line_with_text() : std::string_view();
        if (!next_line.empty()) {
            std::size_t end = 0;
            const std::string read_label(ln.t.substr(q));
            const std::string both =
                read_label + " " + read_as_person(without_inline_markup(next_line));
            const std::size_t from = both.find_first_not_of(' ');
            if (const CensusLabel* l =
                    from == std::string::npos ? nullptr : label_at(both, from, end);
                l && l->reading == Reading::withhold && end > read_label.size()) {
                add(ln.line, ln.col(ln.p), SightingKind::marker, Reading::withhold, l->text,
                    "its label goes on over the next line, where it reads as '" + l->text + "'");
                return true;
            }
        }
        add(ln.line, ln.col(ln.p), SightingKind::marker, reading, std::move(label), std::move(odd));
        return true;
    }
    return false;
}

// A label standing alone where a label could stand, in any case: at the
// start of a line ("Protect", "RESTRICTED - not for release"), or
// leading what follows the prefix a reader looks past: heading marks,
// bullets and numbers, task boxes, quote bars, indentation ("##
// Confidential", "- Protect", "> **Restricted**", "## Restricted: names
// of the families"). After a prefix, in capitals, also with any
// punctuation after it ("- PROTECT, PERSONAL").
bool Scanner::label_standing_alone(const Line& ln) {
    std::size_t end = 0;
    // A label of more than one word ("Official-Sensitive briefing: ...")
    // is no word of a title or a sentence, whatever follows it.
    if (const CensusLabel* l = label_at(ln.t, ln.p, end);
        l && ((l->reading == Reading::withhold && l->folded.find(' ') != std::string::npos &&
               !written_in_capitals(ln.raw, read, ln.p, end) &&
               !describes_a_thing_in_a_sentence(ln.t, end)) ||
              (l->reading == Reading::withhold && part_or_stamp_follows(ln.t, end)) ||
              (l->reading == Reading::publish && caveat_follows(ln.t, end)) ||
              (!ln.container ? stands_alone(ln.t, end)
                             : leads_slot(ln.t, end, ln.t.size()) ||
                                   (stands_alone(ln.t, end) &&
                                    written_in_capitals(ln.raw, read, ln.p, end))))) {
        add(ln.line, ln.col(ln.p), SightingKind::label, l->reading, l->text, "");
        return true;
    }
    return false;
}

// A withheld label with a letter slipped, standing where a label
// stands ("RESTRICED", "Confidental: names", "- Resticted").
bool Scanner::misspelt_label_standing(const Line& ln) {
    std::size_t end = 0;
    if (const CensusLabel* l = misspelt_word_at(ln.t, ln.p, end);
        l && (!ln.container ? stands_alone(ln.t, end) : leads_slot(ln.t, end, ln.t.size()))) {
        add(ln.line, ln.col(ln.p), SightingKind::label, l->reading, l->text,
            "it is the label with a letter slipped, standing as a marking does");
        return true;
    }
    return false;
}

// Withheld labels together leading the line, whatever follows
// ("Confidential, Restricted the family ...", "[Confidential][r]
// [Restricted][r] the family ...").
// (One label alone the rule above has read.)
bool Scanner::labels_together_leading(const Line& ln) {
    std::size_t end = 0;
    if (const CensusLabel* l = label_leading(ln.t, ln.p, ln.t.size(), end);
        l && l->reading == Reading::withhold) {
        add(ln.line, ln.col(ln.p), SightingKind::label, l->reading, l->text,
            "it stands with other labels, as a marking is written");
        return true;
    }
    return false;
}

// A withheld label in emphasis or a code span leading the line,
// whatever follows: a run-in heading or a stamp ("**Restricted** The
// family at ...", "*Protect* ...", "`Restricted` ...").
bool Scanner::label_in_emphasis_leading(const Line& ln) {
    {  // (one block: clang-format dedents)
        std::size_t q = ln.p;
        while (q < ln.t.size() && ln.t[q] == '`') ++q;
        std::size_t e = 0;
        const char mark = q > 0 ? ln.t[q - 1] : '\0';
        if ((mark == '`' || ((mark == '*' || mark == '_') && q == ln.p)))
            if (const CensusLabel* l = label_at(ln.t, q, e);
                l && l->reading == Reading::withhold && e < ln.t.size() && ln.t[e] == mark) {
                add(ln.line, ln.col(q), SightingKind::label, l->reading, l->text,
                    "it leads the line in emphasis or a code span, as a run-in heading or "
                    "a stamp is written");
                return true;
            }
    }
    return false;
}

// "Protectively marked" standing as a label does, in any case
// ("Protectively Marked", "## Protectively marked: names"): marked,
// with no label portal knows. ("Protectively marked material" is a
// title.)
bool Scanner::protectively_marked_standing(const Line& ln) {
    if (constexpr std::string_view kMarked = "protectively marked";
        ln.t.compare(ln.p, kMarked.size(), kMarked) == 0 &&
        (ln.container ? leads_slot(ln.t, ln.p + kMarked.size(), ln.t.size())
                      : stands_alone(ln.t, ln.p + kMarked.size()))) {
        add(ln.line, ln.col(ln.p), SightingKind::label, Reading::unknown, "",
            "'PROTECTIVELY MARKED' stands as a marking does, with no label after it that "
            "site.json lists");
        return true;
    }
    return false;
}

// A handling banner (banner_end), saying who alone may read what it marks
// or how far it may go: in capitals standing or leading the line ("FOR
// OFFICIAL USE ONLY", "LIMITED DISTRIBUTION", "BOARD MEMBERS ONLY - names"),
// and in any case on a line of its own ("For Board Members Only", "Police use
// only", "Do not forward") or ending a line's phrase ("Note: do not forward").
// Marked, with no label portal knows.
bool Scanner::handling_banner(const Line& ln) {
    std::size_t e = banner_end(ln.t, ln.p);
    bool capitals = e > 0 && written_in_capitals(ln.raw, read, ln.p, e);
    // In capitals, a stamp whatever follows ("DO NOT FORWARD the family's
    // details"): its first three words in capitals.
    const auto stamp_in_capitals = [&](std::size_t i) -> std::size_t {
        const std::size_t end = banner_end(ln.t, i, Banner::stamp);
        const std::size_t words = next_word(ln.t, next_word(ln.t, next_word(ln.t, i).end).end).end;
        return end > 0 && written_in_capitals(ln.raw, read, i, std::min(end, words)) ? end : 0;
    };
    if (e == 0 && (e = stamp_in_capitals(ln.p)) > 0) capitals = true;
    // Not in capitals: the whole line, begun with a capital as a stamp is.
    const bool stamp = capital_at(ln, ln.p);
    // (In capitals it leads the line whatever follows: "INTERNAL USE ONLY the
    // family ...", as labels together do.)
    std::size_t at = ln.p;
    const bool line_of_its_own =
        !banner_begins_sentences(ln.t, ln.p) ||
        std::none_of(ln.t.begin() + static_cast<std::ptrdiff_t>(std::min(e, ln.t.size())),
                     ln.t.end(), [](char c) { return word_char(c); });
    // Or pointing on from here ("Board members only beyond this point").
    bool points_on = e > 0;
    const std::size_t banner_sentence_end = e > 0 ? sentence_end(ln.t, e) : 0;
    for (ReadWord w = next_word(ln.t, e);
         points_on && !w.text.empty() && w.end <= banner_sentence_end; w = next_word(ln.t, w.end))
        points_on = w.text == "beyond" || w.text == "this" || w.text == "point" ||
                    w.text == "below" || w.text == "from" || w.text == "here" || w.text == "on" ||
                    w.text == "onwards" || w.text == "after" || w.text == "without" ||
                    w.text == "unless" || w.text == "until" || w.text == "pending" ||
                    w.text == "except" || w.text == "consent";
    bool found =
        e > 0 && (capitals || (stamp && (stands_alone(ln.t, e) || points_on) && line_of_its_own));
    // In capitals anywhere in the line, too: "Item 4 – POLICE ONLY", "Board
    // paper DO NOT FORWARD", "(FOR BOARD MEMBERS ONLY)". (Speed: only a line
    // with a banner's word in capitals is looked through.)
    auto holds = [&](std::string_view w) { return ln.raw.find(w) != std::string_view::npos; };
    if (!found &&
        (holds("ONLY") || holds("NOT ") || holds("NO ") || holds("LIMITED") || holds("PRIVATE") ||
         holds("CLOSED") || holds("PART ") || holds("EMBARGO") || holds("CONFIDENCE")))
        for (std::size_t i = ln.p + 1; i < ln.t.size() && !found; ++i) {
            if (ln.t[i] < 'a' || ln.t[i] > 'z' || word_char(ln.t[i - 1])) continue;
            if (stamp_in_capitals(i) > 0) {
                at = i;
                found = true;
            }
        }
    // In any case at the start of a phrase after a colon, a dash, a
    // semicolon or a sentence's end, running to its own end: "Note to web
    // team: please leave this paragraph off the website.", "Names have not
    // been redacted – redact before publishing.", "Item 4: board only."
    // After a comma too, and at the line's start, where the clause says so
    // of its text: "Just so you know, this is for official use only".
    for (std::size_t i = ln.t.find_first_of(":-;.,", ln.p); !found && i != std::string_view::npos;
         i = ln.t.find_first_of(":-;.,", i + 1)) {
        if (i + 1 >= ln.t.size() || ln.t[i + 1] != ' ' || (ln.t[i] == '-' && ln.t[i - 1] != ' '))
            continue;
        std::size_t s = i + 1;
        while (s < ln.t.size() && ln.t[s] == ' ') ++s;
        if (const std::size_t k = past_saying_this_is(ln.t, s); k != std::string_view::npos)
            s = k;
        else if (ln.t[i] == ',')
            continue;
        const std::size_t end = s < ln.t.size() ? banner_end(ln.t, s) : 0;
        if (end > 0 && stands_alone(ln.t, end) && !ln.in_code(s)) {
            at = s;
            found = true;
        }
    }
    // Or set off in brackets: "(hold)", "[Redacted in public version]".
    for (std::size_t i = ln.p; !found && i < ln.t.size(); ++i) {
        if (ln.t[i] != '(' && ln.t[i] != '[') continue;
        // What the brackets hold, read alone ("(closed session)").
        const std::size_t shut = ln.t.find(ln.t[i] == '(' ? ')' : ']', i + 1);
        const std::string_view inside =
            shut == std::string_view::npos ? std::string_view() : ln.t.substr(0, shut);
        std::size_t s = i + 1;
        if (const std::size_t k = past_saying_this_is(inside, s); k != std::string_view::npos)
            s = k;
        const std::size_t found_end = s < inside.size() ? banner_end(inside, s) : 0;
        const std::size_t end = found_end >= inside.size() && found_end > 0 ? shut : found_end;
        const std::size_t close = ln.t.find_first_not_of(" .", end);
        // (Not a link's text, "[in confidence](page/)", nor a banner that
        // begins sentences as often.)
        const bool link = close != std::string_view::npos && ln.t[close] == ']' &&
                          close + 1 < ln.t.size() &&
                          (ln.t[close + 1] == '(' || ln.t[close + 1] == '[');
        if (end > 0 && close != std::string_view::npos &&
            (ln.t[close] == ')' || ln.t[close] == ']') && !link &&
            !banner_begins_sentences(ln.t, s) && !ln.in_code(i)) {
            at = s;
            found = true;
        }
    }
    // All the text of a table's cell or of a quotation, as a label fills
    // one ("| QUOKKA | Not for sharing |", a link's title "Not to be
    // circulated").
    for (std::size_t i = ln.t.find_first_of("|\"", ln.p); !found && i != std::string_view::npos;
         i = ln.t.find_first_of("|\"", i + 1)) {
        const char closing = ln.t[i];
        const std::size_t shut = ln.t.find(closing, i + 1);
        const std::size_t start = ln.t.find_first_not_of(' ', i + 1);
        // (Not the word a redaction leaves, quoted or in its cell: "shown
        // as “Withheld”", which a page says of what it withholds.)
        if (shut == std::string_view::npos || start == std::string_view::npos || start >= shut ||
            ln.in_code(start) ||
            one_of(next_word(ln.t, start).text, {"withheld", "redacted", "deleted"}))
            continue;
        // (Of two words or more: "Private" heading a column names it.)
        const std::size_t end = banner_end(ln.t.substr(0, shut), start);
        if (end > 0 && ln.t.substr(start, end - start).find(' ') != std::string_view::npos &&
            ln.t.substr(end, shut - end).find_first_not_of(" .") == std::string_view::npos &&
            !banner_begins_sentences(ln.t, start)) {
            at = start;
            found = true;
        }
    }
    if (!found)
        if (const std::size_t phrase = private_business_phrase_at(ln.t);
            phrase != std::string_view::npos && phrase >= ln.p && !ln.in_code(phrase)) {
            at = phrase;
            found = true;
        }
    if (!found) return false;
    add(ln.line, ln.col(at), SightingKind::label, Reading::unknown, "",
        "it is a handling banner, saying who alone may read what it marks or how far it "
        "may go, as a marking is written, with no label that site.json lists");
    return true;
}

// A key: "Marking: RESTRICTED", "title: RESTRICTED".
bool Scanner::key_and_its_value(const Line& ln) {
    std::size_t end = 0;
    std::size_t k = ln.p;
    // ('.' for a clipped word: "Prot. marking: Restd.")
    while (k < ln.t.size() && k - ln.p < 40 &&
           (word_char(ln.t[k]) || ln.t[k] == ' ' || ln.t[k] == '_' || ln.t[k] == '-' ||
            ln.t[k] == '.'))
        ++k;
    std::size_t colon = k;
    if (colon < ln.t.size() && (ln.t[colon] == '"' || ln.t[colon] == '\'')) ++colon;
    while (colon < ln.t.size() && ln.t[colon] == ' ') ++colon;
    if (k > ln.p && colon < ln.t.size() && ln.t[colon] == ':' &&
        (colon + 1 >= ln.t.size() || ln.t[colon + 1] != ':')) {
        const std::string_view key = ln.t.substr(ln.p, k - ln.p);
        if (reads_as_marking_key(key)) {
            std::string label;
            const Reading reading = reading_of(ln.t, colon + 1, label);
            // "marking: official # PROTECT": YAML reads the comment as
            // nothing, a person reads both labels.
            if (reading == Reading::publish)
                if (const CensusLabel* w = withheld_label_after(ln.t, colon + 1)) {
                    add(ln.line, ln.col(ln.p), SightingKind::key, Reading::withhold, w->text,
                        "a withheld label stands after the publishable one on its line "
                        "(in a comment, portal reads it as nothing)");
                    return true;
                }
            if (is_the_marking_key(key) || reading == Reading::publish ||
                reading == Reading::withhold) {
                add(ln.line, ln.col(ln.p), SightingKind::key, reading, std::move(label), "");
                return true;
            }
        }
        // A marking field with a short value that is no label: "Protective
        // Marking: Restr.", "GPMS: Restircted". (One with a label the rules
        // below read.)
        // (Its value to the end of its sentence: "Prot. marking: Restd. The
        // family ...".)
        const std::string_view value_sentence = ln.t.substr(
            0, std::min({ln.t.size(), ln.t.find(". ", colon + 1), ln.t.find("; ", colon + 1)}));
        // (Or one whose value leads in capitals, a label's way, whatever
        // follows: "Descriptor: PERSONAL The family ...".)
        const ReadWord value_word = next_word(ln.t, colon + 1);
        const bool in_capitals = value_word.text.size() >= 3 &&
                                 written_in_capitals(ln.raw, read, value_word.at, value_word.end);
        if (is_a_marking_field(key) &&
            (words_from(value_sentence, colon + 1, 3) <= 3 || in_capitals)) {
            std::string label;
            const Reading reading = reading_of(ln.t, colon + 1, label);
            if (reading == Reading::none || reading == Reading::unknown) {
                add(ln.line, ln.col(ln.p), SightingKind::key, reading, std::move(label),
                    "it names the marking, and what follows it is no label site.json lists");
                return true;
            }
        }
        // YAML reads a tag or an anchor before the value, and a comment
        // after it, as nothing; a person reads a withheld label there, in
        // any case, as the line's marking ("title: !Restricted names",
        // "summary: &restricted names", "summary: names # Restricted").
        {
            std::size_t v = colon + 1, e = 0;
            while (v < ln.t.size() && ln.t[v] == ' ') ++v;
            if (v + 1 < ln.t.size() && (ln.t[v] == '!' || ln.t[v] == '&' || ln.t[v] == '*')) {
                const std::size_t s = v + (ln.t[v] == '!' && ln.t[v + 1] == '!' ? 2 : 1);
                if (const CensusLabel* l = label_at(ln.t, s, e);
                    l && l->reading == Reading::withhold) {
                    add(ln.line, ln.col(s), SightingKind::label, l->reading, l->text,
                        "it is a YAML tag or anchor before the value, which portal reads as "
                        "nothing");
                    return true;
                }
            }
            for (std::size_t h = ln.t.find(" #", colon); h != std::string_view::npos;
                 h = ln.t.find(" #", h + 2)) {
                std::size_t s = h + 1;
                while (s < ln.t.size() && (ln.t[s] == ' ' || ln.t[s] == '#')) ++s;
                if (const CensusLabel* l = label_at(ln.t, s, e);
                    l && l->reading == Reading::withhold) {
                    add(ln.line, ln.col(s), SightingKind::label, l->reading, l->text,
                        "it is in a comment after the value, which portal reads as nothing");
                    return true;
                }
            }
        }
        bool unused = false;
        std::size_t v = colon + 1;
        const std::size_t skipped = skip_prefix(ln.t.substr(v), unused);
        v += skipped;
        if (const CensusLabel* l = label_at(ln.t, v, end); l && stands_alone(ln.t, end)) {
            add(ln.line, ln.col(v), SightingKind::label, l->reading, l->text, "");
            return true;
        }
        // A field that gives a paper's status or how far it may go, its
        // value led by a withheld label with a capital, whatever follows
        // ("Status: Restricted until the board agrees the plan",
        // "Circulation: Confidential to board members"): its marking.
        if (const CensusLabel* l = label_at(ln.t, v, end); l && l->reading == Reading::withhold &&
                                                           is_a_status_field(key) &&
                                                           key != "handling" && capital_at(ln, v)) {
            add(ln.line, ln.col(v), SightingKind::label, l->reading, l->text,
                "it leads the value of a field that gives a paper's status or how far it may "
                "go, as a marking is written");
            return true;
        }
        // A marking field's value that is a label after its owner's name,
        // whatever follows ("Classification: Police Restricted – handle via
        // secure email", "Sensitivity: Company Confidential names").
        if (std::size_t at = 0; reads_as_marking_key(key) || is_a_marking_field(key))
            if (const CensusLabel* l = label_after_an_owner(ln, v, at, end)) {
                add(ln.line, ln.col(at), SightingKind::label, l->reading, l->text,
                    "it is a label after the name of its owner or scheme, as a marking field's "
                    "value");
                return true;
            }
    }
    return false;
}

// A withheld label after the name of its owner or scheme, standing as a
// label stands: alone, or before a dash, a colon or a bracket ("NHS
// Confidential – patient information", "Police Restricted", "Council
// Restricted: names"). Partners stamp their papers so. (Followed by a word,
// it may be a title: "Council Restricted Parking Zones".)
bool Scanner::label_after_an_owner_standing(const Line& ln) {
    std::size_t at = 0, end = 0;
    const CensusLabel* l = label_after_an_owner(ln, ln.p, at, end);
    // (Or before a part's name that stands so: "Chair's confidential
    // minute:".)
    if (!l || !(stands_alone(ln.t, end) || leads_slot(ln.t, end, ln.t.size()) ||
                (part_or_stamp_follows(ln.t, end) && stands_alone(ln.t, next_word(ln.t, end).end))))
        return false;
    add(ln.line, ln.col(at), SightingKind::label, l->reading, l->text,
        "it is a label after the name of its owner or scheme, standing as a marking does");
    return true;
}

// A withheld label after a word that names a marking (label_after_naming_word).
bool Scanner::label_after_a_naming_word(const Line& ln) {
    std::size_t at = 0;
    const auto in_code = [&](std::size_t i) { return ln.in_code(i); };
    if (const CensusLabel* l = label_after_naming_word(ln.raw, ln.t, ln.p, in_code, at)) {
        add(ln.line, ln.col(at), SightingKind::label, l->reading, l->text,
            "it follows a word that names a marking, as a marking is written");
        return true;
    }
    return false;
}

// A marking key in the middle of a line: "extra: {marking: RESTRICTED}",
// "{text: ..., marking: 'PROTECT'}".
bool Scanner::marking_key_mid_line(const Line& ln) {
    for (std::size_t at = ln.t.find("marking", ln.p + 1); at != std::string_view::npos;
         at = ln.t.find("marking", at + 1)) {
        if (ln.in_code(at) || word_char(ln.t[at - 1])) continue;
        std::size_t e = at + 7;
        if (e < ln.t.size() && ln.t[e] == 's') ++e;
        if (e < ln.t.size() && (ln.t[e] == '"' || ln.t[e] == '\'')) ++e;
        while (e < ln.t.size() && ln.t[e] == ' ') ++e;
        if (e >= ln.t.size() || ln.t[e] != ':' || (e + 1 < ln.t.size() && ln.t[e + 1] == ':'))
            continue;
        std::string label;
        const Reading reading = reading_of(ln.t, e + 1, label);
        // A key of a structure ("{marking: ...", ", 'marking': ...") is one
        // whatever follows; in a sentence ("Road markings: ...") only
        // when a label follows.
        std::size_t before = at;
        while (before > ln.p && ln.t[before - 1] == ' ') --before;
        const bool structure =
            before > ln.p &&
            std::string_view("{,[\"'(;|").find(ln.t[before - 1]) != std::string_view::npos;
        if (!structure && reading != Reading::publish && reading != Reading::withhold) continue;
        add(ln.line, ln.col(at), SightingKind::key, reading, std::move(label),
            "it stands in the middle of a line");
        return true;
    }
    return false;
}

// A label standing alone in a field of the line: a table cell
// ("| item | RESTRICTED - PERSONAL |"), a value between commas or tags
// ("<td>PROTECT, PERSONAL</td>"), when written in capitals, as markings
// are ("Pursue, Prevent, Protect" is not).
bool Scanner::label_alone_in_a_field(const Line& ln) {
    for (std::size_t f = ln.p; f < ln.t.size();) {
        std::size_t e = f;
        while (e < ln.t.size() &&
               std::string_view("|,;<>{}[]()\t\"").find(ln.t[e]) == std::string_view::npos)
            ++e;
        if (e > f && f > ln.p && !ln.in_code(f)) {
            bool unused = false;
            const std::string_view field = ln.t.substr(f, e - f);
            const std::size_t s = f + skip_prefix(field, unused);
            std::size_t end = 0;
            if (const CensusLabel* l = label_at(ln.t, s, end);
                l && end <= e && stands_alone(ln.t.substr(0, e), end) &&
                written_in_capitals(ln.raw, read, s, end)) {
                add(ln.line, ln.col(s), SightingKind::label, l->reading, l->text,
                    "it stands in a cell or field of the line, not where a marking goes");
                return true;
            }
        }
        f = e + 1;
    }
    return false;
}

// A label leading a table cell, an element's text or brackets, in any
// case, as it leads a line: "| 6 | Case review | Protect |", "| Marking
// | Protect |", "<h2>Confidential</h2>", "Met twice (Restricted)".
bool Scanner::label_leading_a_slot(const Line& ln) {
    std::size_t end = 0;
    bool found = false;
    for_each_slot(ln.t, markdown, [&](std::size_t from, std::size_t to, const char* why) {
        bool unused = false;
        std::size_t s =
            from +
            skip_prefix(ln.t.substr(from, std::min<std::size_t>(to - from, kPrefixReach)), unused);
        while (s < to && ln.t[s] == '`') ++s;  // a cell that is a code span: "| `Protect` |"
        if (s >= to || ln.in_syntax_code(s)) return false;
        const CensusLabel* l = label_leading(ln.t, s, to, end);
        if (!l)
            if (const CensusLabel* slip = misspelt_word_at(ln.t.substr(0, to), s, end);
                slip && leads_slot(ln.t, end, to)) {
                add(ln.line, ln.col(s), SightingKind::label, slip->reading, slip->text,
                    std::string(why) + "; it is the label with a letter slipped");
                found = true;
                return true;
            }
        if (!l && protectively_marked_at(ln.t, s) && leads_slot(ln.t, s + 19, to)) {
            add(ln.line, ln.col(s), SightingKind::label, Reading::unknown, "",
                std::string("'PROTECTIVELY MARKED' stands as a marking does (") + why +
                    "), with no label after it that site.json lists");
            found = true;
            return true;
        }
        if (!l) return false;
        add(ln.line, ln.col(s), SightingKind::label, l->reading, l->text, why);
        found = true;
        return true;
    });
    return found;
}

// A withheld label in any case leading what follows a spaced dash, a
// colon or an arrow, as a marking is written at the end of a title or
// after a number: "## Case review – Restricted", "Item 6 - Restricted:
// names", "Status: Protect". (Arrows and dashes read as '-'.)
bool Scanner::label_after_dash_colon_or_arrow(const Line& ln) {
    std::size_t end = 0;
    for (std::size_t i = ln.p; i + 1 < ln.t.size(); ++i) {
        std::size_t from = 0;
        bool aside_only = false;
        if (ln.t[i] == '-' && i > ln.p && ln.t[i - 1] == ' ') {
            from = i + 1;
            while (from < ln.t.size() && ln.t[from] == '-') ++from;
            if (from < ln.t.size() && ln.t[from] == '>') ++from;
        } else if (ln.t[i] == ':' && ln.t[i + 1] == ' ' && (i == 0 || ln.t[i - 1] != ':')) {
            from = i + 1;
        } else if ((ln.t[i] == '-' || ln.t[i] == '=') && ln.t[i + 1] == '>') {
            from = i + 2;
        } else if ((ln.t[i] == ',' || ln.t[i] == ';' || ln.t[i] == '/') && ln.t[i + 1] == ' ') {
            from = i + 1;  // only where the label then closes a bracket (below)
            aside_only = true;
        } else {
            continue;
        }
        if (ln.in_code(i)) continue;
        bool unused = false;
        std::size_t s =
            from +
            skip_prefix(ln.t.substr(from, std::min(ln.t.size() - from, kPrefixReach)), unused);
        while (s < ln.t.size() && ln.t[s] == '`') ++s;  // "Case review – `Restricted`"
        if (s >= ln.t.size()) continue;
        if (const CensusLabel* l = label_leading(ln.t, s, ln.t.size(), end);
            l && l->reading == Reading::withhold && (!aside_only || closes_bracket(ln.t, end))) {
            add(ln.line, ln.col(s), SightingKind::label, l->reading, l->text,
                aside_only ? "it closes a bracket after a comma, a semicolon or a slash, as "
                             "a marking is written"
                           : "it follows a dash, a colon or an arrow, as a marking is written");
            return true;
        }
        if (protectively_marked_at(ln.t, s) && leads_slot(ln.t, s + 19, ln.t.size())) {
            add(ln.line, ln.col(s), SightingKind::label, Reading::unknown, "",
                "'PROTECTIVELY MARKED' follows a dash, a colon or an arrow, as a marking "
                "is written, with no label after it that site.json lists");
            return true;
        }
        i = from - 1;
    }
    return false;
}

// A withheld label in any case with a colon after it, anywhere in the
// line: "This paragraph is confidential: the family ...".
bool Scanner::label_before_a_colon(const Line& ln) {
    std::size_t end = 0;
    for (std::size_t i = ln.p; i < ln.t.size(); ++i) {
        if (!word_char(ln.t[i]) || (i > 0 && word_char(ln.t[i - 1])) || ln.in_syntax_code(i))
            continue;
        // Leading the line, with an ending run into it too ("## Protected:
        // names of the families").
        const CensusLabel* l = label_at(ln.t, i, end, /*inflected=*/i == ln.p);
        // In capitals the rule at the end reads it, and says so (outside
        // code spans).
        if (!l || l->reading != Reading::withhold ||
            (written_in_capitals(ln.raw, read, i, end) && !ln.in_code(i)))
            continue;
        std::size_t k = end;
        while (k < ln.t.size() &&
               std::string_view("*_~\"'`").find(ln.t[k]) != std::string_view::npos)
            ++k;
        // A link whose text is the label shows the label: "[Restricted](url): names".
        if (k + 1 < ln.t.size() && ln.t[k] == ']' && ln.t[k + 1] == '(')
            if (const std::size_t close = ln.t.substr(k, 256).find(')');
                close != std::string_view::npos) {
                k += close + 1;
                while (k < ln.t.size() &&
                       std::string_view("*_~\"'`").find(ln.t[k]) != std::string_view::npos)
                    ++k;
            }
        if (k < ln.t.size() && ln.t[k] == ':' && (k + 1 >= ln.t.size() || ln.t[k + 1] != ':')) {
            add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                "a colon follows it, as a marking is written");
            return true;
        }
    }
    return false;
}

// A label named as the marking of what it stands by, in any case:
// "Marked Protect", "marked as Restricted", "Marked: Official".
bool Scanner::label_after_marked(const Line& ln) {
    std::size_t end = 0;
    for (std::size_t at = ln.t.find("marked", ln.p); at != std::string_view::npos;
         at = ln.t.find("marked", at + 1)) {
        std::size_t q = at + 6;
        if ((at > 0 && word_char(ln.t[at - 1])) || (q < ln.t.size() && word_char(ln.t[q])) ||
            ln.in_code(at))
            continue;
        while (q < ln.t.size() && (ln.t[q] == ' ' || ln.t[q] == ':')) ++q;
        if (ln.t.compare(q, 3, "as ") == 0) q += 3;
        bool unused = false;
        q += skip_prefix(ln.t.substr(q, kPrefixReach), unused);
        // "Marked `Restricted` names ..." leading the line: the span shows
        // the label as the marking ("..., marked `PROTECT`, so that" in a
        // sentence names it).
        if (at == ln.p && q < ln.t.size() && ln.t[q] == '`') ++q;
        // (Not what a resident is told of letters or parcels "marked
        // 'Private and Confidential'", in a sentence that goes on to say so.)
        const std::string_view thing = word_before(ln.t, at);
        std::size_t label_end = 0;
        if (one_of(thing, {"letters", "envelopes", "emails", "parcels", "calls", "texts"}) &&
            label_at(ln.t, q, label_end) &&
            one_of(next_word(ln.t, label_end).text,
                   {"are", "is", "were", "will", "should", "must", "can", "may", "often", "usually",
                    "always", "never"}))
            continue;
        // A withheld label after it reads as the marking whatever follows
        // ("This note is marked Restricted and names ...").
        if (const CensusLabel* l = label_at(ln.t, q, end);
            l && (stands_alone(ln.t, end) || l->reading == Reading::withhold)) {
            add(ln.line, ln.col(q), SightingKind::label, l->reading, l->text,
                "it follows 'marked', as a marking is written");
            return true;
        }
    }
    return false;
}

// ':::' and a label in the middle of a line, outside code spans in a sentence.
bool Scanner::marker_mid_line(const Line& ln) {
    for (std::size_t i = ln.p; i + 2 < ln.t.size(); ++i) {
        if (ln.t.compare(i, 3, ":::") != 0 || ln.in_code(i)) continue;
        std::size_t q = i + 3;
        while (q < ln.t.size() && ln.t[q] == ':') ++q;
        std::string label;
        const Reading reading = reading_of(ln.t, q, label);
        if (reading == Reading::publish || reading == Reading::withhold) {
            add(ln.line, ln.col(i), SightingKind::marker, reading, std::move(label),
                "it stands in the middle of a line");
            return true;
        }
        i = q - 1;
    }
    return false;
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
bool Scanner::label_in_capitals_anywhere(const Line& ln) {
    for (std::size_t i = 0; i < ln.t.size(); ++i) {  // from 0: in a tag too
        if (!word_char(ln.t[i]) || (i > 0 && word_char(ln.t[i - 1])) || ln.in_code(i)) continue;
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
            while (k < ln.t.size() && word_char(ln.t[k]) && joined.size() < 40) {
                std::size_t e = k;
                while (e < ln.t.size() && word_char(ln.t[e])) ++e;
                joined.append(ln.t.substr(k, e - k));
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
                while (gap < ln.t.size() && ln.t[gap] == ' ' && gap - e < 4) ++gap;
                std::size_t past_hyphen = e + 1;
                while (past_hyphen < ln.t.size() && ln.t[past_hyphen] == ' ' && past_hyphen - e < 4)
                    ++past_hyphen;
                if (gap > e + 1 && gap < ln.t.size() && word_char(ln.t[gap])) {
                    k = gap;
                } else if (e + 1 < ln.t.size() && word_char(ln.t[e + 1]) &&
                           (spacer(ln.t[e]) ||
                            ((ln.t[e] == '+' || ln.t[e] == ',') && e - k == 1))) {
                    k = e + 1;  // ("R+E+S+T", "C,O,N,F": single letters only)
                } else if (ln.t[e] == '-' && past_hyphen > e + 1 && past_hyphen < ln.t.size() &&
                           word_char(ln.t[past_hyphen])) {
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
            if (const CensusLabel* w = found ? label_at(ln.t, i, as_words_end) : nullptr;
                w && w->text == found->text && as_words_end == joined_end)
                found = nullptr;
            // (Spelt letter by letter, in any case: no word is written so
            // but to be read as the word, "r-e-s-t-r-i-c-t-e-d".)
            if (found && found_across_hyphen_break) {
                add(ln.line, ln.col(i), SightingKind::label, found->reading, found->text,
                    "it is broken by a hyphen and a space inside the word, as a line's end "
                    "pastes from a PDF, and reads whole");
                return true;
            }
            if (found && (written_in_capitals(ln.raw, read, i, joined_end) ||
                          (found_by_letters && found_pieces >= 4))) {
                add(ln.line, ln.col(i), SightingKind::label, found->reading, found->text,
                    "its letters are split up by spaces, dots or hyphens, and written in "
                    "capitals as a marking is");
                return true;
            }
            // In any case where a label stands as one: leading the line,
            // or before a colon ("R estricted: ...", as a PDF or a drop
            // capital pastes it).
            if (found && ((i <= ln.p && leads_slot(ln.t, joined_end, ln.t.size())) ||
                          (joined_end < ln.t.size() && ln.t[joined_end] == ':'))) {
                add(ln.line, ln.col(i), SightingKind::label, found->reading, found->text,
                    "its letters are split up by spaces, dots or hyphens, where a label "
                    "stands");
                return true;
            }
        }
        const CensusLabel* l = label_at(ln.t, i, end, /*inflected=*/true);
        // A label of two words run together ("TopSecret", "Officialsensitive"),
        // in any case: no word of a sentence but the marking.
        if (l && l->reading == Reading::withhold && l->folded.find(' ') == std::string::npos &&
            l->text.find_first_of(" -_") != std::string::npos) {
            add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                "its words are run together, as the marking is written");
            return true;
        }
        // A label of two words joined by a hyphen ("official-sensitive"),
        // in any case: no word of a sentence but the marking.
        if (l && l->reading == Reading::withhold && l->folded.find(' ') != std::string::npos &&
            ln.t.substr(i, end - i).find('-') != std::string_view::npos &&
            !written_in_capitals(ln.raw, read, i, end)) {
            add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                "its words are joined by a hyphen, as the marking is written");
            return true;
        }
        if (l && l->reading == Reading::withhold && written_in_capitals(ln.raw, read, i, end)) {
            std::size_t exact_end = 0;
            const bool inflected = label_at(ln.t, i, exact_end) != l || exact_end != end;
            add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                inflected ? "it is the label with an ending run into it ('PROTECTED'), "
                            "written in capitals as a marking is"
                          : "it stands among other words, written in capitals as a marking is");
            return true;
        }
        if (std::size_t slip_end = 0; !l)
            if (const CensusLabel* slip = misspelt_word_at(ln.t, i, slip_end);
                slip && written_in_capitals(ln.raw, read, i, slip_end)) {
                add(ln.line, ln.col(i), SightingKind::label, slip->reading, slip->text,
                    "it is the label with a letter slipped, written in capitals as a marking "
                    "is");
                return true;
            }
        if (ln.t.compare(i, 19, "protectively marked") == 0 &&
            written_in_capitals(ln.raw, read, i, i + 19) &&
            (i < 4 || ln.t.compare(i - 4, 4, "not ") != 0)) {
            add(ln.line, ln.col(i), SightingKind::label, Reading::unknown, "",
                "'PROTECTIVELY MARKED', with no label after it that site.json lists");
            return true;
        }
    }
    return false;
}

// A withheld label in capitals glued to a number ("RESTRICTED2",
// "2011PROTECT", "PROTECT1"): its letters read as the label.
bool Scanner::label_glued_to_a_number(const Line& ln) {
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < ln.t.size(); ++i) {
        if (!letter(ln.t[i]) || (i > 0 && letter(ln.t[i - 1]))) continue;
        std::size_t e = i;
        while (e < ln.t.size() && letter(ln.t[e])) ++e;
        if (((i > 0 && digit(ln.t[i - 1])) || (e < ln.t.size() && digit(ln.t[e]))) &&
            !ln.in_code(i))
            if (const CensusLabel* l = labels.find(ln.t.substr(i, e - i));
                l && l->reading == Reading::withhold && written_in_capitals(ln.raw, read, i, e)) {
                add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                    "it is joined to a number, written in capitals as a marking is");
                return true;
            }
        i = e;
    }
    return false;
}

// A withheld label after a padlock ("\U0001F512 Restricted notes"), whatever
// follows: the padlock says "marking" as plainly as a colon.
// (And the signs that say secret or silence as plainly (red team 24, A15):
// a finger to the lips, a zipped mouth, the monkeys that hear and see no
// evil, the circled ideograph "secret"; and a sign of no before where it may
// not go: "🚫 public:", "❌ publish –".)
bool padlock_leading(std::string_view raw) {
    const std::size_t first = raw.find_first_not_of(" \t>-*+#");
    if (first == std::string_view::npos) return false;
    // (And signs of silence, of no entry, of a key or a spy: red team 24
    // and 25, A14.)
    for (const std::string_view sign :
         {"\U0001F50F", "\U0001F510", "\U0001F512", "\U0001F92B", "\U0001F910", "\U0001F64A",
          "\U0001F648", "\u3299", "\U0001F4F5", "\U0001F507", "\U0001F515", "\U0001F6D1",
          "\U0001F6B7", "\U0001F5DD", "\U0001F575", "\u26D4"})
        if (raw.compare(first, sign.size(), sign) == 0) return true;
    for (const std::string_view no : {"\U0001F6AB", "\u274C"})
        if (raw.compare(first, no.size(), no) == 0) {
            std::size_t k = first + no.size();
            while (k < raw.size() && (raw[k] == ' ' || raw[k] == '\xEF' || raw[k] == '\xB8' ||
                                      raw[k] == '\x8F'))  // (and a variation selector)
                ++k;
            // (No to a loudspeaker, a megaphone, a newspaper, the web.)
            for (const std::string_view outlet :
                 {"\U0001F4E2", "\U0001F4E3", "\U0001F4F0", "\U0001F310", "\U0001F4BB"})
                if (raw.compare(k, outlet.size(), outlet) == 0) return true;
            std::string word;
            while (k < raw.size() && std::isalpha(static_cast<unsigned char>(raw[k])) &&
                   word.size() < 16)
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(raw[k++])));
            return one_of(word, {"public", "publish", "publication", "web", "website", "online",
                                 "internet", "press", "media", "share", "sharing", "release"});
        }
    return false;
}

bool Scanner::label_after_a_padlock(const Line& ln) {
    // A padlock that leads the line, or stands on it alone ("🔒 The family
    // ..."), marks what follows as a label would.
    if (padlock_leading(ln.raw)) {
        add(ln.line, ln.col(ln.p), SightingKind::label, Reading::unknown, "",
            "a padlock leads the line, as a marking is shown, with no label that site.json "
            "lists");
        return true;
    }
    if (ln.raw.find("\xF0\x9F\x94") != std::string_view::npos)
        for (std::size_t i = 0; i < ln.t.size() && i < read.source.size(); ++i) {
            if (!word_char(ln.t[i]) || (i > 0 && word_char(ln.t[i - 1]))) continue;
            std::size_t end = 0;
            const CensusLabel* l = label_at(ln.t, i, end);
            if (!l || l->reading != Reading::withhold) continue;
            std::size_t r = read.source[i];
            while (r > 0 && ln.raw[r - 1] == ' ') --r;
            const auto last = r >= 4 ? static_cast<unsigned char>(ln.raw[r - 1]) : 0;
            if (r >= 4 && ln.raw.compare(r - 4, 3, "\xF0\x9F\x94") == 0 &&
                (last == 0x8F || last == 0x90 || last == 0x92)) {
                add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                    "it follows a padlock, as a marking is written");
                return true;
            }
        }

    return false;
}

// A withheld label in capitals run into a stamp's next word, as a Word
// header or watermark pastes ("RESTRICTEDDRAFT", "PROTECTPERSONAL",
// "EXEMPTDRAFT"; red team 21, C06), or after it ("DRAFTRESTRICTED"), or
// into a name with a figure ("RESTRICTEDOP17"): the label and the word a
// reader sees in it. (Only words of nine letters or more in capitals are
// looked at.)
bool Scanner::label_glued_to_a_stamp_word(const Line& ln) {
    for (ReadWord w = next_word(ln.t, 0); !w.text.empty(); w = next_word(ln.t, w.end)) {
        if (w.text.size() < 9 || w.text.size() > 40 || ln.in_code(w.at)) continue;
        auto stamp_word = [&](std::string_view part) {
            return names_a_part_or_stamp(part) || labels.find(part) ||
                   one_of(part,
                          {"ukeyesonly", "eyesonly", "only", "draft", "sensitive", "personal"});
        };
        for (std::size_t k = 4; k + 4 <= w.text.size(); ++k) {
            // The label first, then a stamp's word or a name or number
            // with a figure in it ("RESTRICTED2011", "RESTRICTEDOP17"),
            // which no word of English continues a label with; or a stamp's
            // word first ("DRAFTRESTRICTED").
            const std::string_view head = w.text.substr(0, k), rest = w.text.substr(k);
            const CensusLabel* l = labels.find(head);
            // (Not a word's own ending before the figure: "SECRETARY2".)
            const std::string_view letters = rest.substr(0, rest.find_first_of("0123456789"));
            const bool label_first =
                l && l->reading == Reading::withhold &&
                (stamp_word(rest) ||
                 (letters.size() < rest.size() &&
                  !one_of(letters, {"ary", "aries", "ariat", "ion", "ions", "ive", "ed", "ing",
                                    "ity", "s", "es", "ly", "or", "ors", "ness"})));
            if (!label_first) {
                // (Speed: a stamp's word first is one of a few, looked at
                // before the label's table.)
                if (!one_of(head, {"draft", "personal", "copy", "final", "only", "sensitive",
                                   "eyes", "page", "version", "annex", "appendix"}))
                    continue;
                l = labels.find(rest);
                if (!l || l->reading != Reading::withhold) continue;
            }
            if (written_in_capitals(ln.raw, read, w.at, w.end)) {
                add(ln.line, ln.col(w.at), SightingKind::label, l->reading, l->text,
                    "it is run into the next word of a stamp in capitals, as a header pastes");
                return true;
            }
        }
    }
    return false;
}

// Last, what no rule above has read, word by word (speed: only words
// that begin a label are looked at further).
bool Scanner::label_in_the_run_of_a_sentence(const Line& ln) {
    for (std::size_t i = ln.p; i < ln.t.size(); ++i) {
        if (!word_char(ln.t[i]) || (i > 0 && word_char(ln.t[i - 1]))) continue;
        std::size_t e = i;
        while (e < ln.t.size() && word_char(ln.t[e])) ++e;
        if (!labels.starts_a_label(ln.t.substr(i, e - i))) {
            i = e;
            continue;
        }
        std::size_t end = 0;
        const CensusLabel* l = label_at(ln.t, i, end);
        // A withheld label of several words, in any case, anywhere, written
        // as words ("contains exempt information under ...", "is not for
        // publication"): no phrase of a sentence but the marking. (Not
        // the "... in confidence" ones: "we spoke to staff in confidence"
        // is a sentence.)
        // (Not when a sentence gives it, in lower case, to what is not the
        // paper: "The helpline is strictly confidential" describes a service.)
        // ("Your personal details are not to be shared with third parties"
        // promises a reader; "Scam letters marked 'Private and
        // Confidential' are common" describes a scam.)
        std::size_t quote_at = i;
        while (quote_at > 0 &&
               std::string_view("'\"` ").find(ln.t[quote_at - 1]) != std::string_view::npos)
            --quote_at;
        const std::string_view said_by = word_before(ln.t, quote_at);
        const bool describes =
            l && !written_in_capitals(ln.raw, read, i, end) &&
            ((one_of(said_by, {"is", "are", "remains", "remain", "be", "kept", "was", "were"}) &&
              !a_paper_part_before(ln.t, i)) ||
             label_quoted_on_things(ln) == i);
        // ("... explained in Schedule 12A of the Local Government Act 1972":
        // the Act cited, not an item marked under it.)
        const bool describes_a_thing =
            l && !written_in_capitals(ln.raw, read, i, end) &&
            (describes_a_thing_in_a_sentence(ln.t, end) ||
             ln.t.substr(end).starts_with(" of the local government act"));
        if (l && l->reading == Reading::withhold && l->folded.find(' ') != std::string::npos &&
            l->folded.find(" in ") == std::string::npos && !describes && !describes_a_thing &&
            ln.t.substr(i, end - i).find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789 -") ==
                std::string_view::npos) {
            add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                "a label of several words stands in the sentence, as the marking is "
                "written");
            return true;
        }
        // A withheld label with a capital in the run of a sentence, after a
        // word in lower case: closing it ("This paper is Restricted."), or
        // after a word that grades ("treat as Confidential", "graded
        // Restricted by the police").
        if (l && l->reading == Reading::withhold && i >= 2 && ln.t[i - 1] == ' ' &&
            ln.t[i - 2] >= 'a' && ln.t[i - 2] <= 'z' && !ln.in_code(i)) {
            std::size_t w = i - 1;
            while (w > 0 && ln.t[w - 1] >= 'a' && ln.t[w - 1] <= 'z') --w;
            const std::string_view before = ln.t.substr(w, i - 1 - w);
            // A handling instruction, in any case ("Please treat as
            // confidential", "handle as restricted").
            if (before == "as" && w >= 2 && ln.t[w - 1] == ' ') {
                std::size_t v = w - 1;
                while (v > 0 && ln.t[v - 1] >= 'a' && ln.t[v - 1] <= 'z') --v;
                const std::string_view verb = ln.t.substr(v, w - 1 - v);
                // Passive, an instruction only after "be" ("should be handled
                // as restricted"; "calls are treated as confidential"
                // describes).
                auto after_be = [&](std::size_t at) {
                    return at >= 3 && ln.t.substr(at - 3, 3) == "be " &&
                           (at == 3 || !word_char(ln.t[at - 4]));
                };
                if (verb == "treat" || verb == "handle" || verb == "classified" ||
                    verb == "classed" || verb == "designated" || verb == "categorised" ||
                    verb == "categorized" ||
                    ((verb == "treated" || verb == "handled") && after_be(v))) {
                    add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                        "it follows 'treat as', 'handled as' or 'classified as', as a "
                        "handling instruction or a classification is written");
                    return true;
                }
            }
            // A verb that gives the label as the classification, in any
            // case ("graded restricted", "labelled confidential", "stamped
            // restricted").
            for (const std::string_view verb :
                 {"graded", "classified", "classed", "labelled", "labeled", "stamped", "designated",
                  "categorised", "categorized"})
                if (before == verb) {
                    add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                        "it follows a word that gives it as the classification ('graded', "
                        "'labelled', 'stamped'), as a classification is written");
                    return true;
                }
            const bool capital = capital_at(ln, i) && !written_in_capitals(ln.raw, read, i, end);
            std::size_t k = end;
            while (k < ln.t.size() &&
                   std::string_view("*_~\"'`").find(ln.t[k]) != std::string_view::npos)
                ++k;
            bool grading = false;
            for (const std::string_view g :
                 {"is",      "as",          "are",         "be",       "was",     "were",
                  "graded",  "classed",     "classified",  "deemed",   "rated",   "remains",
                  "remain",  "kept",        "stamped",     "labelled", "labeled", "designated",
                  "flagged", "categorised", "categorized", "yn"})
                grading = grading || before == g;
            // Said of this paper or a part of it, in any case ("this paper
            // is confidential and must not be shared", "Annex B is
            // restricted"): the paper's statement of its own marking.
            if (grading && a_paper_part_before(ln.t, w)) {
                add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                    "a sentence gives it to this paper or a part of it, as a paper states "
                    "its marking");
                return true;
            }
            if (capital && (grading || k >= ln.t.size() ||
                            std::string_view(".,;!?)").find(ln.t[k]) != std::string_view::npos)) {
                add(ln.line, ln.col(i), SightingKind::label, l->reading, l->text,
                    "it has a capital in the run of a sentence, as a marking is written");
                return true;
            }
        }
    }
    return false;
}

// A cover sheet's question and its answer, after a colon or a question
// mark (answer_marks_the_paper): "For publication: No", "Is this item
// confidential? Yes", "Circulation: Board members only". A document's
// properties and a committee report's front sheet mark a paper so.
bool Scanner::question_answered(const Line& ln) {
    const std::string_view t = ln.t;
    // Each question on the line, to its colon or question mark, from the
    // line's start or the last one's end ("Commented [SB1]: should this be
    // public? No – remove").
    // A colon, a question mark, a tab, '=' or an arrow ("For publication
    // → No", "For publication = false").
    const auto next_sep = [&](std::size_t i) {
        while (i < t.size() && t[i] != ':' && t[i] != '?' && t[i] != '\t' && t[i] != '=' &&
               !(t[i] == '>' && i > 0 && (t[i - 1] == '-' || t[i - 1] == '=')))
            ++i;
        return i;
    };
    for (std::size_t from = ln.p, sep = next_sep(ln.p), n = 0; sep < t.size() && n < 4;
         from = sep + 1, sep = next_sep(sep + 1), ++n) {
        if (ln.in_code(sep)) continue;
        for (const std::size_t key_from : {ln.p, from})
            if (sep - key_from <= 80 &&
                answers_the_question(ln, t.substr(key_from, sep - key_from), t.substr(sep + 1)))
                return true;
    }
    // A key in bold ("**For publication** No").
    // (skip_prefix looked past its opening marks.)
    if (ln.p >= 2 && (t.compare(ln.p - 2, 2, "**") == 0 || t.compare(ln.p - 2, 2, "__") == 0))
        if (const std::size_t close = t.find(t.substr(ln.p - 2, 2), ln.p);
            close != std::string_view::npos && close - ln.p <= 80 &&
            answers_the_question(ln, t.substr(ln.p, close - ln.p), t.substr(close + 2)))
            return true;
    // Answered on the next line with text: a definition list's term (": No"
    // below "For publication"), a heading or a bold line over a paragraph,
    // a key whose answer a blank line sets apart ("For publication:" then
    // "No").
    const std::size_t sep = next_sep(ln.p);
    // (Speed: the next line is read only under a key that asks.)
    const std::string_view asked = t.substr(ln.p, std::min(sep, t.size()) - ln.p);
    if (t.size() - ln.p <= 80 &&
        (sep == t.size() || t.find_first_not_of(" *_", sep + 1) == std::string_view::npos) &&
        (answer_marks_the_paper(asked, "no", false) ||
         answer_marks_the_paper(asked, "yes", false))) {
        const std::string_view below = next_line_with_text();
        std::size_t from = below.find_first_not_of(" \t:>-*+|");
        if (from != std::string_view::npos && below.size() - from <= 80) {
            const std::string answer = read_as_person(without_inline_markup(below.substr(from)));
            if (answers_the_question(ln, t.substr(ln.p, std::min(sep, t.size()) - ln.p), answer))
                return true;
        }
    }
    // A key and its answer in elements of their own on one line
    // ("<dt>For publication</dt><dd>No</dd>", "<th>Publish?</th><td>No</td>").
    // Or a key and its answer a tab, an arrow or a spaced dash apart ("For
    // publication⇥No", "For publication → No", "For publication – No"): the
    // raw line split there, each side read as shown.
    for (const std::string_view apart :
         {std::string_view("</dt>"), std::string_view("</th>"), std::string_view("</strong>"),
          std::string_view("</b>"), std::string_view("</label>"), std::string_view("\t"),
          std::string_view("\u2192"), std::string_view("\u21D2"), std::string_view(" \u2013 "),
          std::string_view(" \u2014 "), std::string_view(" - ")}) {
        const std::size_t at = ln.raw.find(apart);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string key = read_as_person(without_inline_markup(ln.raw.substr(0, at)));
        const std::string answer =
            read_as_person(without_inline_markup(ln.raw.substr(at + apart.size())));
        std::size_t k = 0;
        while (k < key.size() && !word_char(key[k])) ++k;
        // (A marking field in its box is read with its value elsewhere:
        // read_field_over_break.)
        if (k < key.size() && key.size() - k <= 80 && !is_a_marking_field(key) &&
            answers_the_question(ln, std::string_view(key).substr(k), answer))
            return true;
    }
    return false;
}

bool Scanner::answers_the_question(const Line& ln, std::string_view key, std::string_view answer) {
    // The answer is its first sentence: a long paragraph may run on after it
    // ("For publication: No. The family at ...").
    // ("For publication: No, the family at ...": its first clause, when it
    // runs on too long to be an answer alone.)
    if (const std::size_t stop = answer.find(". "); stop != std::string_view::npos)
        answer = answer.substr(0, stop + 1);
    if (answer.size() > 80)
        if (const std::size_t stop = answer.find_first_of(",;"); stop != std::string_view::npos)
            answer = answer.substr(0, stop + 1);
    if (answer.size() > 80) return false;
    // A box ticked ("☐ Yes ☒ No") answers with the word after it; a cross
    // alone ("✗", "✘", "❌") answers no.
    std::string ticked;
    if (const std::size_t box = ln.raw.find("\u2612"); box != std::string_view::npos) {
        ticked = read_as_person(ln.raw.substr(box + 3));
        answer = ticked;
    } else if (holds_a_cross(ln.raw)) {
        // (Or leading the answer, before what it marks: "OK to share: ✗ The
        // family ...".)
        const std::size_t colon = ln.raw.find(':');
        const std::size_t k =
            colon == std::string_view::npos ? colon : ln.raw.find_first_not_of(" \t", colon + 1);
        if (next_word(answer, 0).text.empty() ||
            (k != std::string_view::npos && holds_a_cross(ln.raw.substr(k, 3))))
            answer = "no";
    }
    // A withheld label of site.json's that ends the key ("Is this item
    // Protect?").
    bool withheld_label = false;
    std::size_t key_end = key.size();
    while (key_end > 0 && !word_char(key[key_end - 1])) --key_end;
    for (std::size_t i = 0; i < key_end && !withheld_label; ++i) {
        std::size_t end = 0;
        if (word_char(key[i]) && (i == 0 || !word_char(key[i - 1])))
            if (const CensusLabel* l = label_at(key.substr(0, key_end), i, end);
                l && l->reading == Reading::withhold && end == key_end)
                withheld_label = true;
    }
    if (!answer_marks_the_paper(key, answer, withheld_label)) return false;
    add(ln.line, ln.col(ln.p), SightingKind::label, Reading::unknown, "",
        "it is a cover sheet's question with its answer ('for publication' answered no, "
        "'confidential' answered yes, or a paper's circulation), as a paper is marked, with no "
        "label that site.json lists");
    return true;
}

// A withheld label after one word that qualifies it, joined by '&', "and",
// '+' or '/', or by nothing when the word is an adverb, on a line of its
// own: "Privileged & Confidential", "Draft and confidential", "Urgent &
// confidential", "Commercially confidential", "Highly restricted" -- a
// stamp. ("Parking restricted" is a notice's words.)
bool Scanner::label_with_a_qualifier(const Line& ln) {
    const std::string_view t = ln.t;
    std::size_t e = ln.p;
    while (e < t.size() && word_char(t[e])) ++e;
    if (e == ln.p || e - ln.p > 20) return false;
    const std::string_view word = t.substr(ln.p, e - ln.p);
    std::size_t j = e;
    while (j < t.size() && t[j] == ' ') ++j;
    bool joined = false;
    if (j < t.size() && (t[j] == '&' || t[j] == '+' || t[j] == '/')) {
        joined = true;
        ++j;
    } else if (t.compare(j, 4, "and ") == 0) {
        joined = true;
        j += 3;
    }
    while (j < t.size() && std::string_view(" *_").find(t[j]) != std::string_view::npos) ++j;
    if (!joined && !(word.size() > 4 && word.ends_with("ly"))) return false;
    std::size_t end = 0;
    const CensusLabel* l = label_at(t, j, end);
    if (!l || l->reading != Reading::withhold || ln.in_code(j)) return false;
    if (std::any_of(t.begin() + static_cast<std::ptrdiff_t>(end), t.end(),
                    [](char c) { return word_char(c); }))
        return false;
    add(ln.line, ln.col(j), SightingKind::label, l->reading, l->text,
        "it stands on a line of its own after a word that qualifies it, as a stamp is "
        "written");
    return true;
}

// A sentence that keeps this paper, a part of it or what follows from
// publication, with no label (a_paper_part_before says what it is said
// of): "This section must not be published.", "The rest of this page
// should not go on the website.", "The following is for the board only.",
// "What follows is private to the board."
bool Scanner::withheld_by_a_sentence(const Line& ln) {
    const std::string_view t = ln.t;
    for (ReadWord w = next_word(t, ln.p); !w.text.empty(); w = next_word(t, w.end)) {
        if (ln.in_code(w.at)) continue;
        bool withholds = false;
        if (w.text == "not" && next_word(t, w.end).text == "before" &&
            t.substr(0, w.at).find("publish") != std::string_view::npos) {
            // "To be published after the election, not before": an embargo.
            add_withheld_by_a_sentence(ln, w.at);
            return true;
        }
        if (w.text == "not" &&
            one_of(word_before(t, w.at), {"names", "details", "identities", "addresses"}) &&
            one_of(next_word(t, w.end).text,
                   {"removed", "redacted", "anonymised", "anonymized", "deleted"})) {
            // "Board copy - names not removed": the copy that holds what the
            // public one leaves out, as "names not yet removed" is (red team
            // 24, C02: a name "2011-02-01-names-not-removed" is read so too).
            add_withheld_by_a_sentence(ln, w.at);
            return true;
        }
        if (w.text == "version" &&
            one_of(word_before(t, w.at), {"redacted", "public", "web", "edited"}) &&
            one_of(next_word(t, w.end).text, {"to", "will"}) &&
            t.find("follow", w.end) < w.end + 16) {
            // "Redacted version to follow": this is the full text.
            add_withheld_by_a_sentence(ln, w.at);
            return true;
        }
        // "cannot", "can't", "isn't": not.
        const bool negates = w.text == "not" || w.text == "cannot" ||
                             (w.text == "t" && w.at > 0 && t[w.at - 1] == '\'');
        if (negates) {
            // "We can't put this paragraph out", "Do not put this online":
            // the text itself kept off.
            if (const ReadWord put = next_word(t, w.end);
                put.text == "put" && points_at_this_text(t, put.end) &&
                (names_publication_ahead(t, put.end) ||
                 one_of(next_word(t, next_word(t, next_word(t, put.end).end).end).text,
                        {"out", "up", "online"}) ||
                 one_of(next_word(t, next_word(t, put.end).end).text, {"out", "up", "online"}))) {
                add_withheld_by_a_sentence(ln, w.at);
                return true;
            }
            // "You must not read, copy or distribute this email": what may
            // not be done with the text itself, a disclaimer's words.
            {
                ReadWord v = next_word(t, w.end);
                bool verbs = false;
                while (one_of(v.text, {"read", "copy", "distribute", "share", "forward", "disclose",
                                       "print", "publish", "circulate", "use", "retain", "or",
                                       "and", "further", "otherwise"})) {
                    verbs = verbs || !one_of(v.text, {"or", "and", "further", "otherwise"});
                    v = next_word(t, v.end);
                }
                if (verbs && one_of(v.text, {"this", "these"}) &&
                    (part_named_for_a_sentence(next_word(t, v.end).text) ||
                     one_of(next_word(t, v.end).text, {"email", "e", "message", "information"}))) {
                    add_withheld_by_a_sentence(ln, w.at);
                    return true;
                }
            }
            // A banner from "not" ("This paragraph is not for residents",
            // "This bit isn't for the public").
            const std::string from_not =
                "not" + std::string(t.substr(w.text == "cannot" ? w.at + 6 : w.end));
            const std::size_t banner = banner_end(from_not, 0);
            withholds = banner > 0;
            // Set off by a comma and running to the sentence's end, it is
            // the stamp of what the comma follows ("Police information, not
            // for onward disclosure.").
            if (banner > 0 && w.text == "not" && w.at >= 2 && t[w.at - 2] == ',' &&
                t[w.at - 1] == ' ' &&
                (w.at + banner >= t.size() ||
                 t.find_first_not_of(' ', w.at + banner) == std::string_view::npos ||
                 std::string_view(".;:!?").find(t[t.find_first_not_of(' ', w.at + banner)]) !=
                     std::string_view::npos)) {
                add_withheld_by_a_sentence(ln, w.at);
                return true;
            }
            // "not (to) be (made) published", "not go on the website".
            ReadWord next = next_word(t, w.end);
            for (int n = 0; n < 3 && one_of(next.text, {"be", "to", "made", "go", "appear", "put"});
                 ++n)
                next = next_word(t, next.end);
            // Or not go past a closed circle ("is not to go beyond this
            // room", "must not leave the meeting"), or not be part of what
            // the public get ("not part of the public pack").
            withholds =
                withholds ||
                one_of(next.text,
                       {"published",   "shared",    "released", "circulated", "disclosed",
                        "distributed", "posted",    "uploaded", "forwarded",  "public",
                        "online",      "minuted",   "beyond",   "outside",    "disseminated",
                        "passed",      "copied",    "quoted",   "repeated",   "reproduced",
                        "printed",     "broadcast", "revealed", "divulged",   "communicated",
                        "publishable", "releasable"}) ||
                (one_of(next.text, {"on", "onto"}) && t.find("web", next.end) < next.end + 12) ||
                (next.text == "leave" && names_a_closed_circle(t, next.end)) ||
                (one_of(next.text, {"part", "included", "in"}) &&
                 names_publication_ahead(t, next.end));
        } else if (one_of(w.text, {"is", "are", "remains", "remain", "was", "were"})) {
            // ("Appendix 2 was circulated to members only".)
            std::size_t k = t.find_first_not_of(' ', w.end);
            bool handed_over = false;
            if (k != std::string_view::npos &&
                one_of(next_word(t, k).text,
                       {"circulated", "distributed", "shared", "issued", "given", "supplied",
                        "provided", "passed", "disclosed", "sent", "told", "kept", "held"})) {
                handed_over = true;
                k = t.find_first_not_of(' ', next_word(t, k).end);
            }
            // ("These were in confidence" tells how, as "in confidence"
            // begins sentences: banner_begins_sentences.)
            withholds = (k != std::string_view::npos && banner_end(t, k) > 0 &&
                         !banner_begins_sentences(t, k)) ||
                        (one_of(w.text, {"remains", "remain"}) && names_a_closed_circle(t, w.end));
            // Handed over in trust, or kept to a closed circle ("What
            // follows was shared with the board in trust", "... was
            // supplied to the partnership in confidence", "is kept within
            // the partnership").
            if (handed_over && !withholds) {
                const std::size_t end = sentence_end(t, k);
                for (ReadWord h = next_word(t, k); !h.text.empty() && h.end <= end;
                     h = next_word(t, h.end))
                    if (h.text == "in" && one_of(next_word(t, h.end).text, {"trust", "confidence"}))
                        withholds = true;
                withholds = withholds || (one_of(next_word(t, w.end).text, {"kept", "held"}) &&
                                          names_a_closed_circle(t, k));
            }
            // "This bit is just for the board": for one audience alone.
            ReadWord next = next_word(t, w.end);
            if (one_of(next.text, {"just", "only", "strictly", "solely", "purely"}))
                next = next_word(t, next.end);
            if (next.text == "for") {
                ReadWord who = next_word(t, next.end);
                if (who.text == "the") who = next_word(t, who.end);
                withholds = withholds ||
                            one_of(who.text, {"board", "members", "officers", "partners", "police",
                                              "committee", "chair", "panel", "group"});
            }
        } else if ((one_of(w.text, {"stays", "stay", "remains", "remain"}) &&
                    names_a_closed_circle(t, w.end)) ||
                   (one_of(w.text, {"go", "goes"}) && next_word(t, w.end).text == "no" &&
                    next_word(t, next_word(t, w.end).end).text == "further")) {
            // "This note stays between us", "This information must go no
            // further": kept to a closed circle.
            withholds = true;
        } else if (w.text == "link" && word_before(t, w.at) == "the" &&
                   one_of(next_word(t, w.end).text, {"can", "may"}) &&
                   one_of(next_word(t, next_word(t, w.end).end).text, {"view", "edit", "open"})) {
            // SharePoint's "People in <organisation> with the link can
            // view": who alone may open it.
            add_withheld_by_a_sentence(ln, w.at);
            return true;
        } else if (w.text == "be") {
            // "Words in square brackets are to be removed for the public
            // version", "This paragraph should be taken out before
            // publication".
            const ReadWord next = next_word(t, w.end);
            // "Nothing in this section may be repeated outside the meeting":
            // nothing of it may go.
            std::size_t start = w.at;
            while (start > 0 &&
                   std::string_view(".:;!?").find(t[start - 1]) == std::string_view::npos)
                --start;
            const bool none_of_it = one_of(next_word(t, start).text, {"nothing", "none", "no"});
            withholds =
                (none_of_it && one_of(next.text, {"published", "shared", "released", "circulated",
                                                  "disclosed", "repeated", "quoted", "copied",
                                                  "disseminated", "passed", "made"})) ||
                one_of(next.text, {"removed", "omitted", "redacted", "deleted", "withheld",
                                   "excluded", "stripped", "cut", "struck"}) ||
                (one_of(next.text, {"taken", "kept", "held", "left"}) &&
                 one_of(next_word(t, next.end).text, {"out", "off", "back"}));
        } else if (w.text == "only") {
            // "Only the first paragraph of this item may be published": the
            // rest may not. (Said of a part of the paper: "only aggregated
            // figures will be published" promises residents.)
            bool part = false;
            for (ReadWord k = next_word(t, w.end); !k.text.empty() && k.at < w.end + 60;
                 k = next_word(t, k.end)) {
                if (t.substr(w.end, k.at - w.end).find_first_of(".;:") != std::string_view::npos)
                    break;
                part = part || part_named_for_a_sentence(k.text);
                if (k.text == "be" && part &&
                    one_of(next_word(t, k.end).text, {"published", "released", "made", "shared"})) {
                    withholds = true;
                    break;
                }
            }
            // "Send by secure email (GCSx) only", "CJSM only": how alone the
            // text may travel, a handling instruction for the text itself
            // (not in an address, "...@council.gcsx.gov.uk"; not said to a
            // reader, "send us your form by secure email only").
            {
                std::size_t start = w.at;
                while (start > 0 &&
                       std::string_view(".:;!?").find(t[start - 1]) == std::string_view::npos)
                    --start;
                bool secure = false, reader = false;
                for (ReadWord k = next_word(t, start); !k.text.empty() && k.end <= w.at;
                     k = next_word(t, k.end)) {
                    const bool in_address = k.at > 0 && (t[k.at - 1] == '@' || t[k.at - 1] == '.');
                    secure = secure ||
                             (!in_address && one_of(k.text, {"gcsx", "gsx", "gsi", "cjsm"})) ||
                             (one_of(k.text, {"secure", "encrypted"}) &&
                              one_of(next_word(t, k.end).text, {"email", "e", "mail", "network"}));
                    reader = reader || one_of(k.text, {"you", "your", "us"});
                }
                withholds = withholds || (secure && !reader);
            }
            // "Only people in CDRP Board can view this": who alone may
            // read this text.
            for (ReadWord k = next_word(t, w.end);
                 !withholds && !k.text.empty() && k.at < w.end + 60; k = next_word(t, k.end)) {
                if (t.substr(w.end, k.at - w.end).find_first_of(".;:") != std::string_view::npos)
                    break;
                const ReadWord verb = next_word(t, k.end);
                withholds = one_of(k.text, {"can", "may", "should", "must"}) &&
                            one_of(verb.text, {"view", "see", "read", "access", "open", "edit"}) &&
                            points_at_this_text(t, verb.end) &&
                            one_of(next_word(t, verb.end).text, {"this", "these", "it"});
            }
            if (withholds) {
                add_withheld_by_a_sentence(ln, w.at);
                return true;
            }
        } else if (w.text == "unredacted" ||
                   (w.text == "yet" && word_before(t, w.at) == "not" &&
                    one_of(next_word(t, w.end).text,
                           {"removed", "redacted", "anonymised", "anonymized", "taken"}))) {
            // "The unredacted figures are given below", "Board copy – names
            // not yet removed": the copy that holds what the public one
            // leaves out.
            add_withheld_by_a_sentence(ln, w.at);
            return true;
        } else if (w.text == "marked" && next_word(t, w.end).text == "as" &&
                   one_of(next_word(t, next_word(t, w.end).end).text,
                          {"private", "confidential", "sensitive", "restricted", "personal",
                           "secret", "internal"})) {
            // Outlook's "This message has been marked as Private."
            add_withheld_by_a_sentence(ln, w.at);
            return true;
        } else if (one_of(w.text, {"withheld", "redacted", "removed", "omitted"}) &&
                   one_of(next_word(t, w.end).text, {"from", "for", "before"}) &&
                   names_publication_ahead(t, w.end)) {
            // "Information withheld from the public version:" -- what follows.
            const std::size_t end = t.find_first_of(".;:", w.end);
            if (end != std::string_view::npos && t[end] == ':') {
                add_withheld_by_a_sentence(ln, w.at);
                return true;
            }
        }
        // ("isn't": the verb is the word before the apostrophe.)
        std::size_t verb = w.at;
        if (w.text == "t" && w.at > 0 && t[w.at - 1] == '\'') {
            verb = w.at - 1;
            while (verb > 0 && word_char(t[verb - 1])) --verb;
        }
        if (withholds && a_paper_part_before(t, verb)) {
            add_withheld_by_a_sentence(ln, w.at);
            return true;
        }
    }
    return false;
}

void Scanner::add_withheld_by_a_sentence(const Line& ln, std::size_t at) {
    add(ln.line, ln.col(at), SightingKind::label, Reading::unknown, "",
        "a sentence keeps this paper, a part of it or what follows from publication, as a "
        "paper is marked, with no label that site.json lists");
}

}  // namespace portal::census
