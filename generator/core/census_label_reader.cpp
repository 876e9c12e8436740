// Where a label stands in a line and what it reads as (Scanner, core/census_scanner.hpp).
#include "core/census_scanner.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/label_pieces.hpp"
#include "core/marking_fields.hpp"
#include "core/percent_encoding.hpp"
#include "core/utf8.hpp"

namespace portal::census {

// The next line of after_line with something on it (a blank line between
// a label and the rest of it still reads as one label to a person). Looked
// for only at a marker, not for every line.
std::string_view Scanner::next_line_with_text() const {
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
const CensusLabel* Scanner::label_at(std::string_view t, std::size_t p, std::size_t& end,
                                     bool inflected) const {
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
const CensusLabel* Scanner::uninflected(std::string_view words) const {
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
bool Scanner::stands_alone(std::string_view t, std::size_t end) {
    std::size_t i = end;
    while (i < t.size() && t[i] == ' ') ++i;
    return i == t.size() || !word_char(t[i]);
}

Scanner::LinkTail Scanner::past_link_tail(std::string_view t, std::size_t& i,
                                          std::size_t slot_end) {
    constexpr std::string_view kEmphasis = " *_~\"'`";
    while (true) {
        while (i < slot_end && kEmphasis.find(t[i]) != std::string_view::npos) ++i;
        if (i + 1 >= slot_end || t[i] != ']' || (t[i + 1] != '(' && t[i + 1] != '[')) break;
        const char closing = t[i + 1] == '(' ? ')' : ']';
        const std::size_t close = t.substr(0, slot_end).substr(i + 1, 256).find(closing);
        if (close == std::string_view::npos)
            return slot_end - i <= 256 &&
                           t.substr(i, slot_end - i).find_first_of(" \t") == std::string_view::npos
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
bool Scanner::leads_slot(std::string_view t, std::size_t end, std::size_t slot_end) {
    // '#': a heading's closing sequence ("## Restricted ##").
    constexpr std::string_view kClosing = " .!?*_~\"'`)]#";
    std::size_t i = end;
    if (const LinkTail tail = past_link_tail(t, i, slot_end); tail != LinkTail::passed)
        return tail == LinkTail::ends_slot;
    if (i < slot_end && (t[i] == ':' || (t[i] == '-' && i > end && t[i - 1] == ' '))) return true;
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
bool Scanner::closes_bracket(std::string_view t, std::size_t end) {
    while (end < t.size() && std::string_view(" *_~\"'`").find(t[end]) != std::string_view::npos)
        ++end;
    return end < t.size() && (t[end] == ')' || t[end] == ']');
}

// The label that leads [s, slot_end) of t as a marking does, or null.
// Labels together lead as one ("(Restricted and Confidential)", "[Protect
// / Restricted]"): the first withheld among them is the one read.
const CensusLabel* Scanner::label_leading(std::string_view t, std::size_t s, std::size_t slot_end,
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
    // (A withheld label before a part's name or a stamp's furniture leads as
    // a marking: "| Restricted Page 1 |", "Item 6 - Restricted Draft v0.3".)
    return leads_slot(t, end, slot_end) ||
                   (read->reading == Reading::withhold && part_or_stamp_follows(slot, end))
               ? read
               : nullptr;
}

// "Protectively marked" at s of t, not after "not" ("NOT PROTECTIVELY
// MARKED" is a marking a policy may publish): marked, with no label.
bool Scanner::protectively_marked_at(std::string_view t, std::size_t s) {
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
bool Scanner::names_a_marking(std::string_view word, bool separated, bool& loosely) {
    loosely = false;
    for (const std::string_view w : {"gpms", "classification", "classified", "marking", "grading",
                                     "caveat", "caveats", "descriptor", "sensitivity"})
        if (word == w) return true;
    if (!separated) return false;
    loosely = true;
    for (const std::string_view w : {"security", "handling", "distribution", "label", "marked",
                                     "confidentiality", "circulation", "dissemination", "grade"})
        if (word == w) return true;
    return false;
}

// The first withheld label standing as a word anywhere in t from `from`.
const CensusLabel* Scanner::withheld_label_after(std::string_view t, std::size_t from) const {
    for (std::size_t i = from; i < t.size(); ++i) {
        if (!word_char(t[i]) || (i > 0 && word_char(t[i - 1]))) continue;
        std::size_t end = 0;
        if (const CensusLabel* l = label_at(t, i, end); l && l->reading == Reading::withhold)
            return l;
    }
    return nullptr;
}

// What the words of a label written after ':::' or a marking key read as.
Reading Scanner::reading_of(std::string_view t, std::size_t p, std::string& label) const {
    while (p < t.size() && !word_char(t[p])) ++p;
    if (p >= t.size()) return Reading::none;
    std::size_t end = 0;
    if (const CensusLabel* l = label_at(t, p, end)) {
        label = l->text;
        return l->reading;
    }
    return Reading::unknown;
}

void Scanner::add(int line, int column, SightingKind kind, Reading reading, std::string label,
                  std::string odd) {
    out.push_back({line, column, kind, reading, std::move(label), std::move(odd), {}, {}});
}

// Two fields of one record (a JSON object's or list's values, a CSV row's
// cells), which a page or a download shows side by side, in either order:
// a withheld label's word split between them ("RESTRIC" | "TED: names")
// is read as the word, at the second field.
void Scanner::read_fields_together(std::string_view first, std::string_view second, int line,
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
std::size_t Scanner::enumerator_length(std::string_view t) {
    std::size_t j = 0;
    const bool letter = !t.empty() && ((t[0] | 0x20) >= 'a' && (t[0] | 0x20) <= 'z');
    if (!letter) return 0;
    while (j < t.size() && j < 5 &&
           std::string_view("ivxlcIVXLC").find(t[j]) != std::string_view::npos)
        ++j;
    if (j == 0 || (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j])))) j = 1;
    if (j + 1 >= t.size() || (t[j] != '.' && t[j] != ')') || (t[j + 1] != ' ' && t[j + 1] != '\t'))
        return 0;
    return j + 2;
}

// Whether three letters standing alone, each apart from the next by a
// short run of spaces or tabs, start at i of t: a word letter-spaced
// ("R  E  S  T ...", Word's expanded spacing, a PDF's tracked heading),
// which a page shows with single spaces.
bool Scanner::spaced_letters_at(std::string_view t, std::size_t i) {
    auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
    for (int n = 0;; ++n) {
        if (i >= t.size() || !letter(t[i]) || (i + 1 < t.size() && letter(t[i + 1]))) return false;
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
std::size_t Scanner::bullet_glyph_length(std::string_view t) {
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
std::size_t Scanner::skip_prefix(std::string_view t, bool& container) {
    std::size_t i = 0;
    container = false;
    while (true) {
        std::size_t spaces = 0;
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) spaces += t[i++] == '\t' ? 4 : 1;
        if (spaces > 3) container = true;
        if (i >= t.size()) return i;
        const char c = t[i];
        const bool space_after = i + 1 >= t.size() || t[i + 1] == ' ' || t[i + 1] == '\t';
        auto blank_at = [&](std::size_t j) { return j >= t.size() || t[j] == ' ' || t[j] == '\t'; };
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
                   (((t[i + 1] | 0x20) >= 'a' && (t[i + 1] | 0x20) <= 'z') || t[i + 1] == '/')) {
            const std::size_t close = t.find('>', i);
            if (close == std::string_view::npos) return i;
            i = close + 1;
        } else {
            return i;
        }
        container = true;
    }
}

// Does a word naming a part of a paper, or a stamp's furniture, follow `end`?
// A label leading it marks that part ("Restricted annex", "Confidential
// appendix: names", "Protect briefing notes"), or is the stamp that Word and
// PDF headers and footers print: "Restricted Page 3 of 7", "Restricted Copy 3
// of 12", "Restricted Draft v0.3", "Restricted 01/02/2011", "Restricted 2011",
// "Restricted ©", "Restricted when complete", "Confidential Personal".
bool Scanner::part_or_stamp_follows(std::string_view t, std::size_t end) {
    std::size_t i = end;
    while (i < t.size() && (t[i] == ' ' || t[i] == '*' || t[i] == '_')) ++i;
    if (i == end || i >= t.size()) return false;
    // A number, a date or a version ("2011", "01/02/2011", "v0.3"), a
    // copyright sign.
    if ((t[i] >= '0' && t[i] <= '9') ||
        (t[i] == 'v' && i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9') ||
        t.compare(i, 2, "\xC2\xA9") == 0 || t.compare(i, 3, "(c)") == 0)
        return true;
    std::size_t e = i;
    while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
    // ("Sensitive items such as passports should be kept in a safe": the
    // label describes what its sentence is about.)
    return names_a_part_or_stamp(t.substr(i, e - i)) && !describes_a_thing_in_a_sentence(t, end);
}

// After a publishable label, a caveat that makes it another marking: a
// descriptor of the government's scheme ("OFFICIAL PERSONAL", "OFFICIAL
// COMMERCIAL", "OFFICIAL LOCSEN": OFFICIAL-SENSITIVE's, written without it),
// or a condition ("NOT PROTECTIVELY MARKED until the names below are
// removed", "Official when complete"): what follows is not yet publishable.
bool Scanner::caveat_follows(std::string_view t, std::size_t end) {
    std::size_t i = end;
    while (i < t.size() && (t[i] == ' ' || t[i] == '*' || t[i] == '_')) ++i;
    if (i == end || i >= t.size()) return false;
    std::size_t e = i;
    while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
    if (e < t.size() && word_char(t[e])) return false;
    const std::string_view word = t.substr(i, e - i);
    for (const std::string_view caveat : {"personal", "commercial", "locsen", "sensitive", "until",
                                          "unless", "pending", "when", "once", "except"})
        if (word == caveat) return true;
    return false;
}

// The withheld label that the word at p of t is with a letter slipped
// (CensusLabels::misspelt_withheld), and where the word ends; or null.
const CensusLabel* Scanner::misspelt_word_at(std::string_view t, std::size_t p,
                                             std::size_t& end) const {
    std::size_t e = p;
    while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;
    if (e - p < 6 || (e < t.size() && word_char(t[e]))) return nullptr;
    end = e;
    return labels.misspelt_withheld(t.substr(p, e - p));
}

// The withheld label after one or two words that each begin with a capital
// (an owner's or a scheme's name: "NHS", "Police", "Company", "West Mercia",
// "Chair's")
// from `from` of the line, where it starts (`at`) and ends; or null. The
// owner's words are no label themselves.
const CensusLabel* Scanner::label_after_an_owner(const Line& ln, std::size_t from, std::size_t& at,
                                                 std::size_t& end) const {
    std::size_t i = from;
    for (int words = 1; words <= 2; ++words) {
        if (i >= ln.t.size() || !capital_at(ln, i)) return nullptr;
        std::size_t e = i;
        while (e < ln.t.size() && ln.t[e] >= 'a' && ln.t[e] <= 'z') ++e;
        if (labels.starts_a_label(ln.t.substr(i, e - i))) return nullptr;
        // ("Chair's confidential minute:", whose in the possessive.)
        if (e + 2 < ln.t.size() && ln.t[e] == '\'' && ln.t[e + 1] == 's') e += 2;
        if (e == i || e >= ln.t.size() || ln.t[e] != ' ') return nullptr;
        i = e + 1;
        if (const CensusLabel* l = label_at(ln.t, i, end); l && l->reading == Reading::withhold) {
            at = i;
            return l;
        }
    }
    return nullptr;
}

}  // namespace portal::census
