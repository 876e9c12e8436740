// How a paper is handled apart from the public, in the clipped or
// working words of a clerk's office rather than a label (a rule of
// Scanner, core/census_scanner.hpp): a marking clipped to its letters
// ("NFP", "O-SENS", "Conf."), a numbered copy or a paper collected in at
// the meeting's end, a paper only tabled, secrecy's slang ("on the QT"), a
// police intelligence grading ("graded 3x5x2"). A person reads each as
// marked; none is a label site.json could list (red team 22, A09 and A12).
#include <algorithm>
#include <string_view>
#include <vector>

#include "core/census_forms.hpp"
#include "core/census_scanner.hpp"

namespace portal::census {

namespace {

// The clipped markings and banners a cover note or an e-mail's subject
// writes: not for publication, in use only, not for distribution,
// OFFICIAL-SENSITIVE, confidential, restricted; do not publish, forward or
// disclose, for your eyes only, not for wider circulation or release,
// commercial in confidence, private and confidential, legal professional
// privilege, need to know, off the record; the US government's controlled
// and sensitive but unclassified, originator controlled; Germany's VS-NfD.
constexpr std::string_view kClipped[] = {
    "nfp", "n/f/p", "n.f.p", "iuo", "i/u/o", "nfd", "n/f/d", "o-sens", "o-sen", "o/sens", "conf",
    "confid", "restr", "rest'd", "dnp", "fyeo", "nfwc", "nfr", "cic", "p&c", "lpp", "ntk", "otr",
    "dnf", "dnd", "cui", "sbu", "orcon", "vs-nfd", "official sens", "off sens", "os-p", "p & c",
    "p and c",
    // Clipped as a tired hand clips them (red team 24, A17), and the US
    // State Department's distribution caveats (A18).
    "c'tial", "conf'l", "rstrctd", "cnfdntl", "confi", "pvt & conf", "pvt", "sens", "osp", "o-s-p",
    "o.s.p", "in-conf", "in conf", "limdis", "exdis", "nodis", "propin",
    // Red team 25, A12: restricted clipped; without prejudice.
    "rstd", "w/p"};
// Leading the line only: in brackets it names a thing ("contactless (NFC)
// payments").
// ("WP:", without prejudice.)
// ("LES:", law enforcement sensitive; "O.S.", OFFICIAL-SENSITIVE.)
// ("Priv.:", "PII:" personal data follows: red team 25, A12.)
constexpr std::string_view kClippedLeading[] = {"nfc", "mic", "sic",  "ic", "wp",
                                                "les", "o.s", "priv", "pii"};
// In brackets only ("[SECURE]"): leading a line they are a sentence's.
constexpr std::string_view kClippedInBrackets[] = {"secure",  "encrypted", "encrypt", "ic",
                                                   "private", "priv",      "pvt"};

// Letters set apart by a slash, a dot or a dash ("N/F/P", "O-SENS") are a
// clipped marking whatever follows them.
bool apart(std::string_view clipped) {
    return clipped.find_first_of("/.-") != std::string_view::npos;
}

// The end of a clipped marking at p, set off as a stamp is: the line's end,
// or a full stop, a colon, a dash or a bracket's close after it ("NFP.",
// "Conf.:", "(NFP)"); 0 when there is none. In the run of a sentence it is
// another word's ("NFP organisations", "Conf room 2"). `leading`: p leads
// the line, where kClippedLeading are read too.
std::size_t clipped_stamp_end(std::string_view t, std::size_t p, bool leading = false,
                              bool in_brackets = false) {
    auto set_off = [&](std::string_view c, bool dotted) -> std::size_t {
        std::size_t e = p + c.size();
        if (e < t.size() && word_char(t[e])) return 0;
        if (dotted && e < t.size() && t[e] == '.') ++e;  // "N.F.P."
        std::size_t k = e;
        while (k < t.size() && t[k] == ' ') ++k;
        // ("NTK only:")
        if (t.compare(k, 4, "only") == 0 && (k + 4 >= t.size() || !word_char(t[k + 4]))) {
            k += 4;
            while (k < t.size() && t[k] == ' ') ++k;
        }
        return k >= t.size() || std::string_view(".:-)]|").find(t[k]) != std::string_view::npos ||
                       (e > p + c.size() && t[e - 1] == '.') || apart(c)
                   ? e
                   : 0;
    };
    for (const std::string_view c : kClipped)
        if (t.compare(p, c.size(), c) == 0)
            if (const std::size_t e = set_off(c, true)) return e;
    if (leading)
        for (const std::string_view c : kClippedLeading)
            if (t.compare(p, c.size(), c) == 0)
                if (const std::size_t e = set_off(c, false)) return e;
    if (in_brackets)
        for (const std::string_view c : kClippedInBrackets)
            if (t.compare(p, c.size(), c) == 0)
                if (const std::size_t e = set_off(c, false)) return e;
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
        // A version kept from the public ("Minutes - private version",
        // "Closed version:", "Sanitised version not yet produced").
        if (one_of(w.text, {"version", "versions"}) &&
            (one_of(before.text, {"private", "closed", "confidential", "restricted", "members",
                                  "internal", "unredacted", "exempt", "board", "full"}) &&
             (before.text != "full" && before.text != "board"
                  ? true
                  : t.substr(w.end, 12).find("member") != std::string_view::npos)))
            return before.at;
        if (one_of(w.text, {"version", "copy"}) &&
            one_of(before.text, {"sanitised", "sanitized", "redacted", "public"}) &&
            next.text == "not" && one_of(next_word(t, next.end).text, {"yet", "ready"}))
            return before.at;
        // Handled with care ("Please treat sensitively", "Handle
        // discreetly", "HANDLE WITH CARE").
        if (one_of(w.text, {"treat", "handle"})) {
            ReadWord how = next;
            if (one_of(how.text, {"this", "it", "these", "them"})) how = next_word(t, how.end);
            if (one_of(how.text, {"sensitively", "discreetly", "confidentially", "carefully"}) ||
                (how.text == "with" && one_of(next_word(t, how.end).text,
                                              {"care", "discretion", "caution", "sensitivity"})))
                return w.at;
        }
        // Microsoft's sensitivity label written into a document's
        // properties ("MSIP_Label_Confidential_Enabled=true").
        if (w.text == "msip" && next.text == "label") return w.at;
        // "Private note:", "Private minute –": a paper's part kept private,
        // as a stamp heads it.
        if (w.text == "private" && part_named_for_a_sentence(next.text)) {
            const std::size_t k = t.find_first_not_of(' ', next.end);
            if (k == std::string_view::npos || t[k] == ':' || t[k] == '-' ||
                t.compare(k, 3, "\u2013") == 0 || t.compare(k, 3, "\u2014") == 0)
                return w.at;
        }
        // A section of the Freedom of Information Act that exempts, cited
        // as applying ("Section 40(2) applies to the following:", "Engages
        // s.31", "s.43 engaged").
        if (one_of(w.text, {"section", "s", "sec"}) && !next.text.empty() &&
            next.text.size() <= 2 &&
            next.text.find_first_not_of("0123456789") == std::string_view::npos) {
            const int n = std::stoi(std::string(next.text));
            if (n >= 21 && n <= 44) {
                const std::size_t stop = sentence_end(t, next.end);
                for (ReadWord v = next_word(t, next.end); !v.text.empty() && v.at < stop;
                     v = next_word(t, v.end))
                    if (one_of(v.text, {"applies", "apply", "applied", "engaged", "engages"}))
                        return w.at;
                if (one_of(before.text, {"engages", "engaged"})) return before.at;
            }
        }
        // Consent to publish not given ("The victim has not consented to
        // publication").
        if (before.text == "not" &&
            one_of(w.text, {"consented", "agreed", "approved", "authorised", "authorized",
                            "cleared", "consent", "agree"}) &&
            names_publication_ahead(t, w.end))
            return before.at;
        // "Redaction required:", "Redaction pending".
        if (w.text == "redaction" &&
            one_of(next.text, {"required", "needed", "pending", "due", "outstanding", "to"}))
            return w.at;
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

// Where "in confidence" stands as a stamp in t, in any case: before a
// colon ("The following is in confidence:"), or set off by a full stop, a
// dash or a bracket after a word or two that name whose confidence it is
// ("In confidence.", "Medical in confidence:", "(board in confidence)",
// "Given in confidence –"); not a sentence's words ("In confidence, the
// officer said", "Call us in confidence."). npos if none.
std::size_t in_confidence_stamp_at(std::string_view t) {
    for (std::size_t at = t.find("in"); at != std::string_view::npos; at = t.find("in", at + 1)) {
        // ("in confidence", "in-confidence")
        if (at + 13 > t.size() || (t[at + 2] != ' ' && t[at + 2] != '-') ||
            t.compare(at + 3, 10, "confidence") != 0)
            continue;
        const std::size_t end = at + 13;
        if ((at > 0 && word_char(t[at - 1])) || (end < t.size() && word_char(t[end]))) continue;
        std::size_t k = end;
        while (k < t.size() && t[k] == ' ') ++k;
        // ("commercial in confidence as before:")
        for (const std::string_view again : {"as before", "as usual", "as always", "again"})
            if (t.compare(k, again.size(), again) == 0) {
                k += again.size();
                while (k < t.size() && t[k] == ' ') ++k;
            }
        if (k < t.size() && t[k] == ':') return at;
        // Reported as told in confidence ("The chair said, in confidence,
        // that ...").
        if (at >= 2 && t[at - 2] == ',' &&
            one_of(word_before(t, at - 2),
                   {"said", "told", "added", "explained", "mentioned", "noted", "confirmed",
                    "reported", "disclosed", "revealed", "shared", "says", "tells"}))
            return at;
        const bool set_off = k >= t.size() ||
                             std::string_view(".-)]|").find(t[k]) != std::string_view::npos ||
                             t.compare(k, 3, "\u2013") == 0 || t.compare(k, 3, "\u2014") == 0;
        // (Not a link's text: "[in confidence](page/)".)
        const bool link = k + 1 < t.size() && t[k] == ']' && (t[k + 1] == '(' || t[k + 1] == '[');
        if (!set_off || link) continue;
        // The words before it in its clause: none, or a word or two that
        // say whose it is, not a sentence to the reader.
        std::size_t from = at;
        while (from > 0 && std::string_view(".;:!?([|").find(t[from - 1]) == std::string_view::npos)
            --from;
        int words = 0;
        bool to_the_reader = false;
        for (ReadWord w = next_word(t, from); !w.text.empty() && w.at < at;
             w = next_word(t, w.end)) {
            ++words;
            to_the_reader = to_the_reader ||
                            one_of(w.text, {"us", "you", "me", "him", "her", "them", "call",
                                            "speak", "talk", "report", "tell", "contact", "share",
                                            "write", "ring", "phone", "text", "email"});
        }
        if (words <= 2 && !to_the_reader) return at;
    }
    return std::string_view::npos;
}

// A word that takes text out, in any form ("remove", "removed", "struck",
// "blacked"): the verbs of an editing note.
bool removes_text(std::string_view w) {
    return one_of(w, {"remove",        "removed",      "redact",       "redacted", "delete",
                      "deleted",       "omit",         "omitted",      "strike",   "struck",
                      "black",         "blacked",      "blank",        "blanked",  "anonymise",
                      "anonymised",    "anonymize",    "anonymized",   "withhold", "withheld",
                      "exclude",       "excluded",     "cut",          "lose",     "hide",
                      "hidden",        "take",         "taken",        "keep",     "kept",
                      "leave",         "left",         "pull",         "pulled",   "drop",
                      "dropped",       "hold",         "held",         "come",     "pseudonymise",
                      "pseudonymised", "pseudonymize", "pseudonymized"});
}

// Where an editing note in t says text is to come out of, or came out
// for, what is published ("[Removed for publication]", "Withhold from the
// website:", "Black this out:", "strike from public minutes", "Names to be
// anonymised in the public version:", "can we take this out of the public
// copy?"): a word that takes text out, at its clause's start or as a
// participle, with where it goes named in its sentence, or before a colon
// that points on at the text. Not advice to a resident ("Remove your
// details from the website"). npos if none.
std::size_t removal_for_publication_at(std::string_view t, bool capital_start) {
    std::size_t clause_from = 0;
    for (ReadWord w = next_word(t, 0); !w.text.empty(); w = next_word(t, w.end)) {
        const std::string_view between = t.substr(clause_from, w.at - clause_from);
        if (between.find_first_of(".;:!?([{<|") != std::string_view::npos ||
            between.find("\u2014") != std::string_view::npos ||
            between.find("\u2013") != std::string_view::npos ||
            between.find(" - ") != std::string_view::npos)
            clause_from = w.at;
        // (The line's first word leads a clause only with a capital: in
        // small letters it goes on from the line before, "It is" then
        // "removed when the site is built".)
        const bool first =
            next_word(t, clause_from).at == w.at && (clause_from > 0 || capital_start);
        if (!removes_text(w.text)) continue;
        const std::size_t stop = sentence_end(t, w.end);
        const std::string_view sentence = t.substr(clause_from, stop - clause_from);
        // (Said to a resident.)
        bool reader = false;
        for (ReadWord v = next_word(sentence, 0); !v.text.empty(); v = next_word(sentence, v.end))
            reader = reader || one_of(v.text, {"you", "your", "yours", "yourself"});
        if (reader) continue;
        // (A colon that points on, not one in an address, "https://".)
        const bool colon =
            stop < t.size() && t[stop] == ':' && (stop + 1 >= t.size() || t[stop + 1] == ' ');
        // Where it goes: what names_publication_ahead knows, or an outlet
        // ("Keep off social media:", "Not for Facebook").
        bool target = names_publication_ahead(t, clause_from);
        for (ReadWord o = next_word(t, w.end); !target && !o.text.empty() && o.at < stop;
             o = next_word(t, o.end))
            target =
                one_of(o.text, {"facebook", "twitter", "newsletter", "noticeboard", "press"}) ||
                (o.text == "social" && next_word(t, o.end).text == "media");
        const bool participle =
            w.text.ends_with("ed") ||
            one_of(w.text, {"struck", "withheld", "hidden", "taken", "kept", "left"});
        // (What moves text out says where to: "take ... out", "keep ... off".)
        const bool moves = one_of(w.text, {"take", "taken", "keep", "kept", "leave", "left", "pull",
                                           "pulled", "black", "blacked", "hold", "held", "come"});
        // ("Hold back", not a meeting "held".)
        const bool holds = one_of(w.text, {"hold", "held"});
        bool out = !moves;
        for (ReadWord o = next_word(t, w.end); moves && !o.text.empty() && o.at < stop;
             o = next_word(t, o.end))
            out =
                out || (holds ? o.text == "back" : one_of(o.text, {"out", "off", "back", "from"}));
        if (!out) continue;
        // "Can we take this out of the public copy?": a question to the clerk.
        const ReadWord lead = next_word(t, clause_from);
        const std::string_view we = word_before(t, w.at);
        const std::size_t we_at = static_cast<std::size_t>(we.data() - t.data());
        const bool asks = one_of(lead.text, {"please", "pls"}) ||
                          (we == "we" && one_of(word_before(t, we_at),
                                                {"can", "could", "shall", "should", "must"}));
        // (A participle leading its clause is a stamp, "Removed for
        // publication"; after "to be", an instruction; after "is" or "was",
        // it says what portal or the clerk does, "It is removed when the
        // site is built".)
        // (Or after a word that says it must: "Highlighted passages must
        // come out of the public version".)
        const bool must = one_of(word_before(t, w.at), {"must", "should", "shall", "to"});
        const bool stamp = first || must || (participle && word_before(t, w.at) == "be");
        // (What it takes out is this text, or nothing named: "Delete old
        // posts from social media" is advice.)
        const std::size_t after_verb = t.find_first_not_of(' ', w.end);
        const bool this_text = (points_at_this_text(t, w.end) &&
                                (after_verb == std::string_view::npos || t[after_verb] != ',')) ||
                               colon || next_word(t, w.end).text == "from" ||
                               (participle && next_word(t, w.end).text == "for");
        if ((stamp || asks || colon) && target && this_text) return w.at;
        // ("Black this out:", "Hold back:", "Redact:": what follows, with
        // nothing but the words that point at it; "Keep off the grass:" is
        // a notice.)
        bool only_pointing = true;
        for (ReadWord o = next_word(t, w.end); !o.text.empty() && o.at < stop;
             o = next_word(t, o.end))
            only_pointing =
                only_pointing && (one_of(o.text, {"this", "these", "it", "them", "bit", "out",
                                                  "off", "back", "the", "following", "below",
                                                  "text", "before", "use", "sharing", "release"}) ||
                                  part_named_for_a_sentence(o.text));
        if (colon && stamp && only_pointing) return w.at;
    }
    return std::string_view::npos;
}

// Where an editing note's word stands alone in braces, angle brackets or
// doubled square brackets ("{Redact}", "<redact>", "[[redact]]",
// "{{remove}}"), as a template's or a clerk's placeholder marks the text it
// stands in. npos if none.
std::size_t editing_mark_at(std::string_view t) {
    // A hashtag that marks ("#internal", "#confidential").
    for (std::size_t h = t.find('#'); h != std::string_view::npos; h = t.find('#', h + 1)) {
        const ReadWord w = next_word(t, h + 1);
        if (w.at == h + 1 && (h == 0 || t[h - 1] == ' ') &&
            one_of(w.text, {"internal", "confidential", "private", "restricted", "secret",
                            "sensitive", "redact", "nfp", "notforpublication", "donotpublish"}))
            return h;
    }
    for (std::size_t i = t.find_first_of("{<["); i != std::string_view::npos;
         i = t.find_first_of("{<[", i + 1)) {
        std::size_t s = i;
        while (s < t.size() &&
               (t[s] == '{' || t[s] == '<' || t[s] == '[' || t[s] == ' ' || t[s] == '/'))
            ++s;
        const bool doubled = s >= i + 2 && t[i + 1] == t[i];
        if (t[i] == '[' && !doubled) continue;  // "[Redacted]" is handling_banner's
        const ReadWord w = next_word(t, s);
        if (w.at != s || !(removes_text(w.text) || one_of(w.text, {"redaction", "confidential"})))
            continue;
        const std::size_t k = t.find_first_not_of(' ', w.end);
        if (k != std::string_view::npos && (t[k] == '}' || t[k] == '>' || t[k] == ']')) return s;
    }
    return std::string_view::npos;
}

}  // namespace

bool Scanner::paper_handled_apart(const Line& ln) {
    std::size_t at = std::string_view::npos;
    const char* why = nullptr;
    // A clipped marking leading the line, or alone in brackets ("(NFP)");
    // after one word and a hyphen that say whose ("Board-IC:").
    const ReadWord first = next_word(ln.t, ln.p);
    const bool whose = first.at == ln.p && first.end + 1 < ln.t.size() && ln.t[first.end] == '-' &&
                       word_char(ln.t[first.end + 1]);
    // (From a letter the prefix looked past as a bullet, too: "P & C –".)
    std::size_t letter = ln.p;
    for (std::size_t i = 0; i < ln.p; ++i)
        if (word_char(ln.t[i]) && (i == 0 || ln.t[i - 1] == ' ')) {
            letter = i;
            break;
        }
    if (clipped_stamp_end(ln.t, ln.p, /*leading=*/true) > 0 ||
        (letter < ln.p && clipped_stamp_end(ln.t, letter, /*leading=*/true) > 0) ||
        (whose && clipped_stamp_end(ln.t, first.end + 1, /*leading=*/true) > 0)) {
        at = std::min(letter, ln.p);
        why =
            "it is a marking clipped to its letters (NFP, O-SENS, Conf. and the like), "
            "standing as a stamp stands";
    }
    // In capitals before a sentence begun with a capital, the stamp's end
    // unmarked ("ORCON The suspect ..."), as "UNCLASSIFIED – LIMITED" is
    // a scheme's word with a caveat after it.
    if (at == std::string_view::npos && first.at == ln.p &&
        written_in_capitals(ln.raw, read, first.at, first.end)) {
        const ReadWord next = next_word(ln.t, first.end);
        const bool sentence_begins =
            !next.text.empty() && capital_at(ln, next.at) &&
            ln.t.substr(first.end, next.at - first.end).find_first_not_of(' ') ==
                std::string_view::npos;
        bool clipped = false;
        for (const std::string_view c : kClipped) clipped = clipped || first.text == c;
        const bool caveat =
            one_of(first.text, {"unclassified", "unrestricted", "npm"}) &&
            one_of(next.text,
                   {"limited",    "personal",     "commercial", "locsen",     "sensitive",
                    "restricted", "confidential", "private",    "internal",   "controlled",
                    "exempt",     "protected",    "closed",     "management", "staff",
                    "police",     "legal",        "medical",    "only",       "noforn",
                    "orcon",      "fouo",         "privileged"});
        if ((clipped && sentence_begins) || caveat) {
            at = ln.p;
            why = caveat ? "it is a scheme's word with a caveat after it, as a marking is written"
                         : "it is a marking clipped to its letters in capitals, standing as a "
                           "stamp stands before the sentence it marks";
        }
    }
    // Letters set apart anywhere ("Item 4 N/F/P"). (Speed: the few clipped
    // markings set apart, chosen once, and looked at only after a word's
    // start.)
    static const std::vector<std::string_view> kApart = [] {
        std::vector<std::string_view> out;
        for (const std::string_view c : kClipped)
            if (apart(c)) out.push_back(c);
        return out;
    }();
    for (std::size_t i = ln.p + 1; at == std::string_view::npos && i < ln.t.size(); ++i) {
        if (word_char(ln.t[i - 1]) || !word_char(ln.t[i]) || ln.in_code(i)) continue;
        for (const std::string_view c : kApart)
            if (ln.t.compare(i, c.size(), c) == 0 &&
                (i + c.size() >= ln.t.size() || !word_char(ln.t[i + c.size()]))) {
                at = i;
                why =
                    "it is a marking clipped to its letters set apart by slashes or a dash, "
                    "as a stamp is written";
            }
    }
    // (From the line's start: its prefix may have taken the bracket.)
    for (std::size_t i = ln.t.find_first_of("([");
         at == std::string_view::npos && i != std::string_view::npos;
         i = ln.t.find_first_of("([", i + 1)) {
        std::size_t s = i + 1;
        while (s < ln.t.size() && ln.t[s] == ' ') ++s;
        const std::size_t e = clipped_stamp_end(ln.t, s, false, /*in_brackets=*/true);
        if (e == 0 || ln.in_code(i)) continue;
        const std::size_t close = ln.t.find_first_not_of(" .", e);
        if (close != std::string_view::npos && (ln.t[close] == ')' || ln.t[close] == ']')) {
            at = s;
            why =
                "it is a marking clipped to its letters (NFP and the like), set off in "
                "brackets as a stamp is";
        }
    }
    // The readings of the line's sentences, in order: each finds where its
    // form stands in the line from its prefix on (or, `whole_line`, from its
    // start: a prefix may have taken a bracket, "[[redact]]").
    struct SentenceReading {
        std::size_t (*find)(std::string_view, bool capital_start);
        bool whole_line;
        const char* why;
    };
    static constexpr SentenceReading kReadings[] = {
        {[](std::string_view t, bool) { return in_confidence_stamp_at(t); }, false,
         "it says in confidence, set off as a stamp is (after a word or two that say whose, or "
         "before a colon)"},
        {removal_for_publication_at, false,
         "it is an editing note that takes text out of what is published, as a marking does"},
        {[](std::string_view t, bool) { return editing_mark_at(t); }, true,
         "it is an editing note that takes text out of what is published, as a marking does"},
        {[](std::string_view t, bool) { return handled_apart_at(t); }, false,
         "it says the paper is handled apart from the public, as a marking does (a numbered "
         "copy, papers collected in or only tabled at the meeting, on the QT, an intelligence "
         "grading)"},
    };
    const bool capital_start = capital_at(ln, ln.p);
    for (const SentenceReading& r : kReadings) {
        if (at != std::string_view::npos) break;
        const std::size_t from = r.whole_line ? 0 : ln.p;
        const std::size_t found = r.find(ln.t.substr(from), capital_start);
        if (found != std::string_view::npos && !ln.in_code(from + found)) {
            at = from + found;
            why = r.why;
        }
    }
    if (at == std::string_view::npos) return false;
    add(ln.line, ln.col(at), SightingKind::label, Reading::unknown, "",
        std::string(why) + ", with no label that site.json lists");
    return true;
}

}  // namespace portal::census
