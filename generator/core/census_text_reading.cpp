// How the census reads a whole text (Scanner, core/census_scanner.hpp): line
// by line, across line breaks a person reads over, letters written down the
// page, and the cells of a row read together.
#include "core/census_scanner.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>

#include "core/label_pieces.hpp"
#include "core/marking_fields.hpp"
#include "core/percent_encoding.hpp"
#include "core/shown_attributes.hpp"
#include "core/utf8.hpp"

namespace portal::census {

// Each visual line of one file line.
void Scanner::scan_file_line(std::string_view raw, int line, int column0) {
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
void Scanner::scan_across_break(std::string_view raw, std::string_view next, int line,
                                int column0) {
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
    if (word == word_end || word_end - word > 24 || (word > 0 && word_char(lower(raw[word - 1]))))
        return;
    // Speed: most lines end in a word that begins no label (nor, before a
    // hyphen, a part of one), and need nothing more.
    std::string head;
    for (std::size_t i = word; i < word_end; ++i) head += lower(raw[i]);
    // In capitals, a word broken with no hyphen ("PRO" then "TECT") reads
    // whole as well.
    const bool broken_in_capitals = !hyphen && capitals(raw.substr(word, word_end - word));
    // A label of several words that the break splits after its first words
    // ("Not for" then "publication: names"): read from its first word.
    std::size_t lead = word;
    if (!labels.starts_a_label(head) && !hyphen && labels.is_a_word_of_a_withheld_label(head))
        for (std::size_t at = word, words = 0;
             words < 3 && at >= 2 && raw[at - 1] == ' ' && letter(raw[at - 2]); ++words) {
            at -= 1;
            while (at > 0 && letter(raw[at - 1])) --at;
            if (at > 0 && word_char(lower(raw[at - 1]))) break;
            std::string w;
            for (std::size_t i = at; i < raw.size() && letter(raw[i]); ++i) w += lower(raw[i]);
            if (labels.starts_a_label(w)) lead = at;
        }
    if (lead == word &&
        !(hyphen || broken_in_capitals ? labels.a_label_begins_with(head)
                                       : labels.starts_a_label(head) || head == "protectively") &&
        !labels.starts_a_label(head))
        return;
    // The next line with text: past blank lines (a heading, then its
    // paragraph; two paragraphs a reader reads on from one to the next) and
    // past the prefix of a list item, heading or quote ("- Not for" then
    // "- publication: names").
    std::size_t from = 0;
    for (int breaks = 0; from < next.size(); ++from) {
        if (next[from] == '\n' && ++breaks > 2) break;
        if (next[from] != ' ' && next[from] != '\t' && next[from] != '\n') break;
    }
    if (from < next.size()) {
        bool container = false;
        const std::size_t line_end = std::min(next.find('\n', from), next.size());
        from +=
            skip_prefix(next.substr(from, std::min<std::size_t>(line_end - from, 64)), container);
    }
    std::size_t next_end = from;
    while (next_end < next.size() && letter(next[next_end])) ++next_end;
    if (next_end == from) return;
    const std::string_view first = raw.substr(lead, word_end - lead);
    const std::string_view rest = next.substr(from, std::min<std::size_t>(next.size() - from, 48));
    const bool in_capitals = capitals(first) && capitals(next.substr(from, next_end - from));
    // A hyphen at the line's end may be the word's own ("OFFICIAL-" then
    // "SENSITIVE") or a break in it ("RESTRIC-" then "TED").
    static constexpr std::array<const char*, 2> kHyphenJoints = {"", "-"};
    static constexpr std::array<const char*, 1> kSpaceJoint = {" "};
    static constexpr std::array<const char*, 2> kSpaceOrNone = {" ", ""};
    const std::span<const char* const> joints = hyphen ? std::span<const char* const>(kHyphenJoints)
                                                : in_capitals && !labels.starts_a_label(head)
                                                    ? std::span<const char* const>(kSpaceOrNone)
                                                    : std::span<const char* const>(kSpaceJoint);
    for (const char* joint : joints) {
        const std::string joined = read_as_person(std::string(first) + joint + std::string(rest));
        const std::size_t first_part = first.size();
        std::size_t label_end = 0;
        const CensusLabel* l = label_at(joined, 0, label_end, /*inflected=*/in_capitals);
        const bool marked = in_capitals && !hyphen &&
                            joined.compare(0, 19, "protectively marked") == 0 &&
                            !(word >= 4 && raw.substr(word - 4, 4) == "NOT ");
        // (A label of several words is no phrase of a sentence, in any case,
        // but those "... in confidence": "we spoke to staff in" / "confidence".)
        const bool several = l && lead < word && l->folded.find(' ') != std::string::npos &&
                             l->folded.find(" in ") == std::string::npos;
        const bool label = l && l->reading == Reading::withhold && label_end > first_part &&
                           (in_capitals || several || leads_slot(joined, label_end, joined.size()));
        if (!label && !marked) continue;
        add(line, column0 + static_cast<int>(lead), SightingKind::label,
            l ? l->reading : Reading::unknown, l ? l->text : "",
            "it goes on over a line break, and the page shows it whole");
        return;
    }
}

// The one letter a line shows, with nothing but a line's prefix (bullet,
// number, quote bar, heading mark, table bars) and markup around it
// ("R", "- **E**", "| S |", "### T"); 0 for any other line.
char Scanner::lone_letter(std::string_view raw) {
    if (raw.size() > 48) return 0;  // speed: no line of one letter is longer
    // Speed: a plain ASCII line with no tag or reference shows the letters
    // it holds; most short lines hold more than one.
    if (std::all_of(raw.begin(), raw.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x80 && c != '<' && c != '&';
        })) {
        const auto letters = std::count_if(
            raw.begin(), raw.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
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

void Scanner::read_letters_down(LettersDown& down) {
    if (down.letters.size() >= 4)
        for (std::size_t from = 0; from + 4 <= down.letters.size(); ++from)
            for (std::size_t to = std::min(down.letters.size(), from + 40); to >= from + 4; --to) {
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
void Scanner::read_cells_together(std::string_view raw, int line, int column0) {
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
void Scanner::read_field_row(std::string_view raw, int line, int column0) {
    std::vector<std::pair<std::size_t, std::string_view>> cells;
    for (std::size_t from = 0; from <= raw.size() && cells.size() < 64;) {
        const std::size_t end = std::min(raw.find('|', from), raw.size());
        const std::string_view cell = raw.substr(from, end - from);
        if (cell.find_first_not_of(" \t") != std::string_view::npos) cells.push_back({from, cell});
        from = end + 1;
    }
    const std::string_view next = after_line.substr(0, after_line.find('\n'));
    const bool header = next.find('|') != std::string_view::npos &&
                        next.find("--") != std::string_view::npos &&
                        next.find_first_not_of(" |:-\t") == std::string_view::npos;
    if (read_question_columns(raw, header, line, column0)) return;
    if (header)
        for (const auto& [from, cell] : cells)
            if (is_a_marking_field(read_as_person(without_inline_markup(cell)))) {
                add(line, column0 + static_cast<int>(from), SightingKind::key, Reading::none, "",
                    "it heads a table's column, which then holds each row's marking, and "
                    "portal reads no marking there");
                return;
            }
    if (cells.size() != 2) return;
    const std::string key = read_as_person(without_inline_markup(cells[0].second));
    std::string value = read_as_person(without_inline_markup(cells[1].second));
    // A cross for no ("| For publication | ✘ |").
    if (holds_a_cross(cells[1].second) && value.find_first_not_of(" -") == std::string::npos)
        value = "no";
    // A paper's status beside its value ("| Status | Restricted until June
    // |") reads as "Status: Restricted until June" (key_and_its_value).
    if (answer_marks_the_paper(key, value, false)) {
        add(line, column0 + static_cast<int>(cells[0].first), SightingKind::label, Reading::unknown,
            "",
            "it is a cover sheet's question in a table row with its answer beside it, as a "
            "paper is marked, with no label that site.json lists");
        return;
    }
    if (is_a_status_field(key)) {
        const auto trimmed = [](std::string_view c) {
            const std::size_t a = c.find_first_not_of(" \t");
            return c.substr(a, c.find_last_not_of(" \t") + 1 - a);
        };
        scan(std::string(trimmed(cells[0].second)) + ": " + std::string(trimmed(cells[1].second)),
             line, column0 + static_cast<int>(cells[0].first), true);
        return;
    }
    if (!is_a_marking_field(key) || words_from(value, 0, 2) > 2 ||
        value.find_first_not_of(" -:") == std::string::npos)
        return;
    std::string label;
    const Reading reading = reading_of(value, 0, label);
    add(line, column0 + static_cast<int>(cells[0].first), SightingKind::key, reading,
        std::move(label), "it names the marking in a table row, with the value beside it");
}

namespace {

// A column's heading that asks who may see a row, or whether its business
// is open ("Visible to", "Open/Closed", "Session", "Audience": red team 25,
// A21), which a row then answers.
bool asks_who_may_see(const std::string& key) {
    const std::string folded = fold_label(key);
    return one_of(folded,
                  {"visible to", "visibility", "audience", "who can see", "who may see", "access",
                   "circulation", "distribution", "open closed", "open or closed", "session",
                   "open session", "public private", "public or private", "shared with"});
}

// An answer that names a closed circle or closed business ("Closed",
// "Board", "Members only", "Private").
bool answers_a_closed_circle(const std::string& answer) {
    const std::string folded = fold_label(answer);
    const std::string first = folded.substr(0, folded.find(' '));
    return one_of(first, {"closed", "private", "exempt", "board", "members", "member", "restricted",
                          "internal", "partners", "officers", "confidential", "police", "staff",
                          "marac", "part"});
}

// Does a key (a form's box, a column's heading, a data field) with this
// value hold its record back from the public: a switch that withholds set
// on ("redact": true, "Suppress": Y), one that shows set off ("publish":
// false, "Public (Y/N)": N, "for_website": N), an embargo, a status of
// draft or private, a closed circle, or a cover sheet's no?
bool a_key_holds_back(std::string_view key, std::string_view value) {
    std::string spaced(key);  // ("for_website", "show-on-map": a field's words)
    std::replace(spaced.begin(), spaced.end(), '_', ' ');
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    const std::string k = fold_label(spaced), v = fold_label(value);
    if (k.empty()) return false;
    auto has_word = [&](std::initializer_list<std::string_view> words) {
        for (std::size_t s = 0; s < k.size();) {
            const std::size_t e = std::min(k.find(' ', s), k.size());
            for (const std::string_view w : words)
                if (std::string_view(k).substr(s, e - s) == w) return true;
            s = e + 1;
        }
        return false;
    };
    const bool yes = one_of(v, {"true", "yes", "y", "1"});
    const bool no = one_of(v, {"false", "no", "n", "0"});
    return (yes &&
            has_word({"redact", "redacted", "suppress", "suppressed", "hide", "hidden", "private",
                      "confidential", "restricted", "withhold", "withheld", "disclosive", "secret",
                      "internal", "draft", "sensitive", "exempt"})) ||
           (no && has_word({"publish", "published", "publishable", "public", "show", "shown",
                            "visible", "website", "release", "releasable", "share", "shareable",
                            "display", "listed", "consent", "approved", "cleared"})) ||
           (has_word({"embargo", "embargoed"}) && !v.empty() && !no) ||
           (has_word({"status", "visibility", "state"}) &&
            one_of(v, {"draft", "private", "hidden", "unpublished", "internal", "embargoed",
                       "withheld", "confidential", "restricted", "unlisted"})) ||
           (asks_who_may_see(k) && answers_a_closed_circle(v)) ||
           answer_marks_the_paper(k, v, false);
}

}  // namespace

// A data file's key and its value, read as a form's box and its answer
// ("publish": false, "visibility": "private", "redact": true, "audience":
// "board members", "embargo_until": "2099-01-01": red team 25, C06): a
// spreadsheet or a map's export may say so of each record, and portal copies
// an asset as it is.
void Scanner::read_key_and_value(std::string_view key, std::string_view value, int line,
                                 int column) {
    // (A label as the value is read as itself, where it stands.)
    if (labels.find(fold_label(value))) return;
    if (a_key_holds_back(key, value))
        add(line, column, SightingKind::label, Reading::unknown, "",
            "it is a key whose value holds its record back from the public (not to be "
            "published, shown or shared, hidden, redacted, for a closed circle), as a form "
            "marks a record, with no label that site.json lists");
}

bool Scanner::read_question_columns(std::string_view raw, bool header, int line, int column0) {
    if (!header && question_columns.empty()) return false;  // (speed: most tables)
    // Every cell by its place, the empty ones too (rows and heading count
    // alike).
    std::vector<std::pair<std::size_t, std::string_view>> cells;
    for (std::size_t from = 0; from <= raw.size() && cells.size() < 64;) {
        const std::size_t end = std::min(raw.find('|', from), raw.size());
        cells.push_back({from, raw.substr(from, end - from)});
        from = end + 1;
    }
    if (header) {
        question_columns.clear();
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::string key = read_as_person(without_inline_markup(cells[c].second));
            if (key.find_first_not_of(' ') == std::string::npos) continue;
            // (A field's name as written: "for_website" is no emphasis.)
            if (const std::string as_written = read_as_person(cells[c].second);
                as_written.find('_') != std::string::npos)
                key = as_written;
            // A column headed where a row goes ("Web", "Website") asks
            // whether it goes there.
            if (const std::string folded = fold_label(key);
                folded == "web" || folded == "website" || folded == "online" ||
                folded == "on website" || folded == "on the website")
                key = "publish on website";
            // (Not a plain "Status", which heads many a table of actions,
            // each answered "Green" or "Closed".)
            if (asks_who_may_see(key) ||
                (fold_label(key) != "status" &&
                 (a_key_holds_back(key, "no") || a_key_holds_back(key, "yes"))) ||
                answer_marks_the_paper(key, "no", false) ||
                answer_marks_the_paper(key, "yes", false) ||
                answer_marks_the_paper(key, "ii", false) ||
                (answer_marks_the_paper(key, "board only", false) && fold_label(key) != "status"))
                question_columns.push_back({c, key});
        }
        return false;
    }
    if (raw.find("--") != std::string_view::npos &&
        raw.find_first_not_of(" |:-\t") == std::string_view::npos)
        return false;  // the delimiter row
    for (const auto& [c, key] : question_columns) {
        if (c >= cells.size()) continue;
        std::string answer = read_as_person(without_inline_markup(cells[c].second));
        // A cross for no ("✗", "✘", "❌").
        if (holds_a_cross(cells[c].second)) answer = "no";
        if (a_key_holds_back(key, answer)) {
            add(line, column0 + static_cast<int>(cells[c].first), SightingKind::label,
                Reading::unknown, "",
                "it answers a cover sheet's question that heads its table's column ('Publish?' "
                "answered no, 'Part II' answered yes, 'Access' answered 'board only'), as a row "
                "is marked, with no label that site.json lists");
            return true;
        }
    }
    return false;
}

// A marking field alone in its box ("Protective marking", "**Security
// classification**", "## Classification:", "<th>Protective marking</th>",
// "<dt>Marking</dt>", "...marking<br>"), its value in the next box of the
// line or on the next line with text: a form's box, a paper's header block,
// a definition list or a drawing's lines read as "field: value"
// ("Protective marking" over "Restricted parking on Mill Road ..." is a
// paper marked Restricted). Read so, what the value does not show alone
// counts, at the field's line. (A region's marker after the field is read on
// its own line.)
void Scanner::read_field_over_break(std::string_view raw, int line, int column0) {
    // Speed: a line that names a marking (is_a_marking_field's words).
    // A line with no tags is one box: a field alone in it is short.
    if (raw.size() > 4096 || (raw.size() > 96 && raw.find('<') == std::string_view::npos) ||
        !holds_a_field_word(raw))
        return;
    // The boxes of the line: its text between tags (all of it, past its
    // prefix, when it has none).
    bool container = false;
    std::size_t from = skip_prefix(raw, container);
    while (from < raw.size()) {
        std::size_t end = from;
        while (end < raw.size() && raw[end] != '<') ++end;
        const std::string_view box = raw.substr(from, end - from);
        // The next box with text on the line, if any: past the tags and
        // spaces after this one.
        std::size_t next = end;
        while (next < raw.size()) {
            if (raw[next] == '<') {
                const std::size_t gt = raw.find('>', next);
                if (gt == std::string_view::npos) return;
                next = gt + 1;
            } else if (raw[next] == ' ' || raw[next] == '\t') {
                ++next;
            } else {
                break;
            }
        }
        if (box.size() <= 64 && box.find_first_not_of(" \t") != std::string_view::npos) {
            std::string field = read_as_person(without_inline_markup(box));
            while (!field.empty() && (field.back() == ' ' || field.back() == ':')) field.pop_back();
            if (is_a_marking_field(field)) {
                // What the tags between the field and the next box show (a
                // form field's value, an image's text).
                std::string shown_in_tags;
                for (std::size_t lt = raw.find('<', end); lt < next; lt = raw.find('<', lt + 1)) {
                    const std::size_t gt = raw.find('>', lt);
                    shown_in_tags += shown_attribute_text(raw.substr(lt, gt + 1 - lt));
                    lt = gt;
                }
                std::string_view rest = raw.substr(next);
                if (rest.empty() && shown_in_tags.empty()) {
                    const std::string_view below = next_line_with_text();
                    rest = below.substr(std::min(skip_prefix(below, container), below.size()));
                }
                const std::string value = shown_in_tags + std::string(rest);
                // A value of words (not a structure's "]" or "}", nor a
                // region's marker, which is read on its own line).
                const bool words = std::any_of(value.begin(), value.end(), [](char c) {
                    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
                           static_cast<unsigned char>(c) >= 0x80;
                });
                if (!words || value.starts_with(":::")) return;
                const std::size_t before = out.size();
                scan(value, line, column0, true);
                const std::size_t alone = out.size() - before;
                out.resize(before);
                scan(field + ": " + value, line, column0, true);
                if (out.size() - before <= alone) out.resize(before);
                for (std::size_t k = before; k < out.size(); ++k)
                    out[k].odd =
                        "it names the marking in a box or on a line of its own, with the value "
                        "in the box or on the line after it, as a form lays a field out";
                return;
            }
        }
        from = next;
    }
}

// Text of several lines (a file, a decoded JSON string, a CSV cell): every
// line is reported at `line` + its index, or all at `line` when `one_place`.
void Scanner::scan_text(std::string_view text, int line, int column0, bool one_place) {
    question_columns.clear();
    const bool plain = plain_ascii(text);
    const std::vector<std::size_t> notable =
        plain ? offsets_worth_reading(text) : std::vector<std::size_t>{};
    std::size_t next = 0;  // into notable
    std::size_t start = 0;
    int n = 0;
    LettersDown down;
    const CensusLabel* read_on_from_last_line = nullptr;
    // Speed: most texts name no marking field at all, and no line of theirs
    // is looked at for one (read_field_over_break).
    const bool field_word_in_text = holds_a_field_word(text);
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
            if (notable_here || plain_start_worth_reading(raw)) scan(raw, at_line, at_column, true);
        }
        if (out.size() == found_before && raw.find('|') != std::string_view::npos)
            read_cells_together(raw, at_line, at_column);
        else if (raw.find('|') == std::string_view::npos)
            question_columns.clear();
        // The next line's first word, when it was read as the end of a
        // label over the break, is no label of its own ("OFFICIAL" then
        // "SENSITIVE").
        if (read_on_from_last_line) {
            const std::string& joined = read_on_from_last_line->folded;
            const int first_column =
                at_column + static_cast<int>(std::min(raw.find_first_not_of(" \t"), raw.size()));
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
        if (out.size() == found_before && field_word_in_text)
            read_field_over_break(raw, at_line, at_column);
        if (nl == text.size()) break;
        start = nl + 1;
        ++n;
    }
    read_letters_down(down);
}

}  // namespace portal::census
