// How a paper is handled apart from the public, in the clipped or
// working words of a clerk's office rather than a label (a rule of
// Scanner, core/census_scanner.hpp): a marking clipped to its letters
// ("NFP", "O-SENS", "Conf."), a numbered copy or a paper collected in at
// the meeting's end, a paper only tabled, secrecy's slang ("on the QT"), a
// police intelligence grading ("graded 3x5x2"). A person reads each as
// marked; none is a label site.json could list (red team 22, A09 and A12).
#include "core/census_forms.hpp"
#include "core/census_scanner.hpp"

namespace portal::census {

namespace {

// The clipped markings and banners a cover note or an e-mail's subject
// writes: not for publication, in use only, not for distribution,
// OFFICIAL-SENSITIVE, confidential, restricted.
constexpr std::string_view kClipped[] = {"nfp",  "n/f/p",  "n.f.p",  "iuo",   "i/u/o",
                                         "nfd",  "n/f/d",  "o-sens", "o-sen", "o/sens",
                                         "conf", "confid", "restr",  "rest'd"};

// The end of a clipped marking at p, set off as a stamp is: the line's end,
// or a full stop, a colon, a dash or a bracket's close after it ("NFP.",
// "Conf.:", "(NFP)"); 0 when there is none. In the run of a sentence it is
// another word's ("NFP organisations", "Conf room 2").
bool apart(std::string_view clipped) {
    return clipped.find_first_of("/.-") != std::string_view::npos;
}

std::size_t clipped_stamp_end(std::string_view t, std::size_t p) {
    for (const std::string_view c : kClipped) {
        if (t.compare(p, c.size(), c) != 0) continue;
        std::size_t e = p + c.size();
        if (e < t.size() && word_char(t[e])) continue;
        if (e < t.size() && t[e] == '.') ++e;  // "N.F.P."
        std::size_t k = e;
        while (k < t.size() && t[k] == ' ') ++k;
        // (Letters set apart are a clipped marking whatever follows:
        // "N/F/P names".)
        if (k >= t.size() || std::string_view(".:-)]|").find(t[k]) != std::string_view::npos ||
            (e > p + c.size() && t[e - 1] == '.') || apart(c))
            return e;
    }
    return 0;
}

// Is the number at i written as a police intelligence grading ("3x5x2",
// "5x5x5", "3×5×2")? Then its end; else 0.
std::size_t grading_end(std::string_view t, std::size_t i) {
    auto digit = [&](std::size_t k) { return k < t.size() && t[k] >= '1' && t[k] <= '5'; };
    auto times = [&](std::size_t k) -> std::size_t {
        if (k < t.size() && t[k] == 'x') return 1;
        if (t.compare(k, 2, "\u00D7") == 0) return 2;
        return 0;
    };
    std::size_t k = i;
    for (int part = 0; part < 3; ++part) {
        if (!digit(k)) return 0;
        ++k;
        if (part == 2) break;
        const std::size_t x = times(k);
        if (x == 0) return 0;
        k += x;
    }
    return k < t.size() && word_char(t[k]) ? 0 : k;
}

// Where a sentence of t says the paper is handled apart from the public:
// a numbered copy ("copy 7 of 12", "Copy No. 3"), papers collected in or
// handed back at the meeting ("Tabled paper, collected in at the end of the
// meeting", "Please return this paper to the clerk at the end of the
// meeting"), a paper only tabled and not sent out ("To be tabled at the
// meeting only; not circulated with the agenda"); secrecy's slang ("on the
// QT"); an intelligence grading ("Intelligence graded 3x5x2"). npos if none.
std::size_t handled_apart_at(std::string_view t) {
    ReadWord before2, before;
    for (ReadWord w = next_word(t, 0); !w.text.empty(); w = next_word(t, w.end)) {
        const ReadWord next = next_word(t, w.end);
        // "copy 7 of 12", "copy no. 3", "copy number 3".
        if (one_of(w.text, {"copy", "copies"})) {
            ReadWord n = next;
            if (one_of(n.text, {"no", "number", "numbered", "nos"})) n = next_word(t, n.end);
            const bool numbered =
                !n.text.empty() && n.text.find_first_not_of("0123456789") == std::string_view::npos;
            const ReadWord of = next_word(t, n.end);
            const ReadWord total = next_word(t, of.end);
            const bool of_a_total =
                one_of(of.text, {"of", "to"}) && !total.text.empty() &&
                total.text.find_first_not_of("0123456789") == std::string_view::npos;
            if (numbered && (n.at != next.at || of_a_total)) return w.at;
        }
        // "collected in" at its clause's end, or at or after the meeting.
        if (w.text == "collected" && next.text == "in") {
            const ReadWord after = next_word(t, next.end);
            const bool clause_ends =
                t.substr(next.end, after.at - next.end).find_first_of(".;:,)") !=
                    std::string_view::npos ||
                after.text.empty();
            if (clause_ends || one_of(after.text, {"at", "after", "afterwards", "again"}))
                return w.at;
        }
        // Handed back when the meeting ends.
        if (one_of(w.text, {"return", "returned", "handed", "hand"}) &&
            (next.text == "back" ||
             one_of(next.text, {"this", "these", "the", "all", "your", "papers", "copies"}))) {
            const std::size_t stop = sentence_end(t, w.end);
            const std::string_view rest = t.substr(w.end, stop - w.end);
            if ((rest.find("end of the meeting") != std::string_view::npos ||
                 rest.find("after the meeting") != std::string_view::npos ||
                 rest.find("to the clerk") != std::string_view::npos ||
                 rest.find("before leaving") != std::string_view::npos) &&
                (rest.find("paper") != std::string_view::npos ||
                 rest.find("cop") != std::string_view::npos ||
                 rest.find("document") != std::string_view::npos ||
                 rest.find("pack") != std::string_view::npos || next.text == "back"))
                return w.at;
        }
        // Tabled only, or not sent with the agenda.
        if (w.text == "tabled") {
            const std::size_t stop = sentence_end(t, w.end);
            for (ReadWord v = next; !v.text.empty() && v.at < stop; v = next_word(t, v.end))
                if (v.text == "only") return w.at;
            if (before.text == "only") return before.at;
        }
        if (before.text == "not" && one_of(w.text, {"circulated", "sent", "issued"}) &&
            next.text == "with") {
            const ReadWord what = next_word(t, next.end);
            const ReadWord noun = what.text == "the" ? next_word(t, what.end) : what;
            if (one_of(noun.text, {"agenda", "papers", "pack", "reports", "minutes"}))
                return before.at;
        }
        // "on the QT", "on the Q.T.".
        if (before2.text == "on" && before.text == "the" &&
            (w.text == "qt" || (w.text == "q" && next.text == "t" && next.at == w.end + 1)))
            return before2.at;
        // "graded 3x5x2", "grading: 5x5x5".
        if (one_of(w.text, {"graded", "grading", "grade"})) {
            std::size_t k = w.end;
            while (k < t.size() && (t[k] == ' ' || t[k] == ':')) ++k;
            if (grading_end(t, k) > 0) return w.at;
        }
        before2 = before;
        before = w;
    }
    return std::string_view::npos;
}

}  // namespace

bool Scanner::paper_handled_apart(const Line& ln) {
    std::size_t at = std::string_view::npos;
    const char* why = nullptr;
    // A clipped marking leading the line, or alone in brackets ("(NFP)").
    if (clipped_stamp_end(ln.t, ln.p) > 0) {
        at = ln.p;
        why =
            "it is a marking clipped to its letters (NFP, O-SENS, Conf. and the like), "
            "standing as a stamp stands";
    }
    // Letters set apart anywhere ("Item 4 N/F/P").
    for (std::size_t i = ln.p + 1; at == std::string_view::npos && i < ln.t.size(); ++i) {
        if (word_char(ln.t[i - 1]) || ln.in_code(i)) continue;
        for (const std::string_view c : kClipped)
            if (apart(c) && ln.t.compare(i, c.size(), c) == 0 &&
                (i + c.size() >= ln.t.size() || !word_char(ln.t[i + c.size()]))) {
                at = i;
                why =
                    "it is a marking clipped to its letters set apart by slashes or a dash, "
                    "as a stamp is written";
            }
    }
    for (std::size_t i = ln.t.find_first_of("([", ln.p);
         at == std::string_view::npos && i != std::string_view::npos;
         i = ln.t.find_first_of("([", i + 1)) {
        std::size_t s = i + 1;
        while (s < ln.t.size() && ln.t[s] == ' ') ++s;
        const std::size_t e = clipped_stamp_end(ln.t, s);
        if (e == 0 || ln.in_code(i)) continue;
        const std::size_t close = ln.t.find_first_not_of(" .", e);
        if (close != std::string_view::npos && (ln.t[close] == ')' || ln.t[close] == ']')) {
            at = s;
            why =
                "it is a marking clipped to its letters (NFP and the like), set off in "
                "brackets as a stamp is";
        }
    }
    if (at == std::string_view::npos) {
        const std::size_t h = handled_apart_at(ln.t.substr(ln.p));
        if (h != std::string_view::npos && !ln.in_code(ln.p + h)) {
            at = ln.p + h;
            why =
                "it says the paper is handled apart from the public, as a marking does (a "
                "numbered copy, papers collected in or only tabled at the meeting, on the QT, "
                "an intelligence grading)";
        }
    }
    if (at == std::string_view::npos) return false;
    add(ln.line, ln.col(at), SightingKind::label, Reading::unknown, "",
        std::string(why) + ", with no label that site.json lists");
    return true;
}

}  // namespace portal::census
