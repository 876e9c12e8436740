// name_census (core/marking_census.hpp): the markings a file's or a folder's
// name shows, read as a person reads a name in an address bar.
#include "core/marking_census.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "core/census_forms.hpp"
#include "core/html_references.hpp"
#include "core/percent_encoding.hpp"
#include "core/reading.hpp"

namespace portal {

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
    if (const CensusLabel* l =
            withheld_label_in_words(fold_label(letters_joined(name)), labels, first_word))
        return l;
    // Capitals run into a word ("RESTRICTEDquokka", "CONFIDENTIALBoard").
    for (const bool before_last : {false, true})
        if (const CensusLabel* l = withheld_label_in_words(
                fold_label(census::capitals_apart(name, before_last)), labels, first_word))
            return l;
    return nullptr;
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
    // A label's word split in two by a hyphen or an underscore, which a name
    // uses between its words ("board-pack-Restric-ted", "con_fidential",
    // "OFFICIAL_SEN-SITIVE"): two neighbouring words read as one.
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (const CensusLabel* l = labels.find(words[i] + words[i + 1]);
            l && l->reading == Reading::withhold) {
            first_word = words[i];
            return l;
        }
    // A label's word run into the word of a part or a stamp after it
    // ("restrictedcopy", "confidentialversion": a name has no space to give),
    // or with a letter slipped ("CONFIDENTAL", "Restircted"), as text is read.
    for (const std::string& w : words) {
        if (w.size() >= 7)
            if (const CensusLabel* l = labels.misspelt_withheld(w)) {
                first_word = w;
                return l;
            }
        for (std::size_t k = 4; k + 4 <= w.size(); ++k)
            if (census::names_a_part_or_stamp(std::string_view(w).substr(k)))
                if (const CensusLabel* l = labels.find(w.substr(0, k));
                    l && l->reading == Reading::withhold) {
                    first_word = w;
                    return l;
                }
    }
    return nullptr;
}

// Does the word before "only" at `only` of a folded name say who alone may
// read it ("board-members-only", "police-only", "officers-eyes-only")?
bool only_after_an_audience(std::string_view folded, std::size_t only) {
    std::size_t end = only;
    while (end > 0 && folded[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && folded[start - 1] >= 'a' && folded[start - 1] <= 'z') --start;
    const std::string_view w = folded.substr(start, end - start);
    for (const std::string_view audience :
         {"members",   "member",     "board",    "police",        "officers",     "officer",
          "staff",     "partners",   "partner",  "eyes",          "internal",     "official",
          "use",       "management", "chair",    "council",       "recipient",    "recipients",
          "addressee", "agency",     "agencies", "professionals", "professional", "practitioners",
          "committee", "team",       "group",    "marac",         "cdrp",         "csp"})
        if (w == audience) return true;
    return false;
}

// Is `banner` (folded) the whole of one of the path's names?
bool fills_a_name(std::string_view path, std::string_view banner) {
    for (std::size_t start = 0; start <= path.size();) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string_view::npos) slash = path.size();
        if (fold_label(path.substr(start, slash - start)) == banner) return true;
        start = slash + 1;
    }
    return false;
}

// A handling banner in a name ("notes-DO-NOT-FORWARD.txt",
// "quokka_not_for_onward_circulation"; "... ONLY" and "IN CONFIDENCE" only
// in capitals, since "read-only" and "call-in-confidence" are a name's words): marked, with no
// label portal knows. The name is shown as far as its folder.
std::vector<MarkingSighting> banner_in_name(std::string_view rel) {
    // Without the file's extension: "hotspots-embargoed.json" ends with
    // its banner.
    std::string_view stem = rel;
    if (const std::size_t dot = rel.rfind('.');
        dot != std::string_view::npos && dot > rel.rfind('/') + 1)
        stem = rel.substr(0, dot);
    // Words run together in camel case are words ("InConfidence",
    // "PoliceOnly").
    std::string words;
    for (std::size_t k = 0; k < stem.size(); ++k) {
        if (k > 0 && stem[k] >= 'A' && stem[k] <= 'Z' && stem[k - 1] >= 'a' && stem[k - 1] <= 'z')
            words += ' ';
        words += stem[k];
    }
    stem = words;
    const std::string folded = fold_label(stem);
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (i > 0 && folded[i - 1] != ' ') continue;
        const std::size_t end = census::banner_end(folded, i, census::Banner::stamp);
        if (end == 0) continue;
        // "... only" in lower case only after who alone may read it
        // ("for-board-members-only", "police-only"; "read-only" is a
        // name's word).
        const std::string_view banner = std::string_view(folded).substr(i, end - i);
        if (banner.ends_with("only") && rel.find("ONLY") == std::string_view::npos &&
            !only_after_an_audience(folded, end - 4))
            continue;
        // "In confidence" in lower case when it is a name of its own
        // ("in-confidence/", "In_Confidence.md"), as a banner on a line of
        // its own is; "call-in-confidence" is a name's words.
        if (census::banner_begins_sentences(folded, i) &&
            rel.find("CONFIDENCE") == std::string_view::npos && !fills_a_name(stem, banner))
            continue;
        const std::size_t slash = rel.rfind('/');
        std::string shown = slash == std::string_view::npos
                                ? std::string("…")
                                : std::string(rel.substr(0, slash + 1)) + "…";
        return {MarkingSighting{1, 1, SightingKind::name, Reading::unknown, "",
                                "it is a handling banner in the name of the file or of a folder "
                                "above it",
                                std::string(rel), std::move(shown)}};
    }
    return {};
}

// Does the census read a stamp in `line`, a name's words read as a line of
// text: a label that reads as withheld or that portal cannot read?
bool census_reads_a_stamp(std::string_view line, const CensusLabels& labels) {
    for (const MarkingSighting& s : take_census(line, CensusFormat::text, labels))
        if (s.reading == Reading::withhold || s.reading == Reading::unknown) return true;
    return false;
}

// Is `c` a character a name puts between its words?
bool between_words(char c) {
    return c == '-' || c == '_' || c == '.' || c == ' ' || c == '+';
}

// The name `part` past the words of digits that lead it (a date, a
// number: "2011-02-01-in-confidence" is "in-confidence"), or empty when
// none does or nothing follows them.
std::string_view past_leading_numbers(std::string_view part) {
    std::size_t i = 0;
    while (i < part.size() && ((part[i] >= '0' && part[i] <= '9') || between_words(part[i]))) ++i;
    while (i > 0 && !between_words(part[i - 1])) --i;  // (a word begun with digits: "3rd")
    return i == 0 ? std::string_view() : part.substr(i);
}

// Does the census read a stamp in the name `part` (one folder's or the
// file's, its extension dropped), as it reads a line of text? A name is read
// as its line: as written (its hyphens set words off, as a dash does in a
// line: "in-confidence-briefing", "embargoed-report"), with spaces between
// its words, and past a date or a number that leads it, which a person reads
// past as a line's start ("2011-02-01-in-confidence" reads "in confidence"
// alone). So where the stamp stands among the name's words matters no more
// than where it stands on a line the census reads (red team 24, C02).
bool stamp_in_a_name(std::string_view part, const CensusLabels& labels) {
    for (const std::string_view line : {part, past_leading_numbers(part)}) {
        if (line.empty()) continue;
        if (census_reads_a_stamp(line, labels)) return true;
        std::string spaced(line);
        for (char& c : spaced)
            if (between_words(c)) c = ' ';
        if (spaced != line && census_reads_a_stamp(spaced, labels)) return true;
    }
    return false;
}

// A stamp the text census reads in a folder's or the file's name (the file's
// without its extension): the name is shown as far as the folder above it.
std::vector<MarkingSighting> stamp_read_in_name(std::string_view rel, const CensusLabels& labels) {
    for (std::size_t start = 0; start < rel.size();) {
        std::size_t slash = rel.find('/', start);
        const bool file = slash == std::string_view::npos;
        if (file) slash = rel.size();
        std::string_view part = rel.substr(start, slash - start);
        if (const std::size_t dot = part.rfind('.');
            file && dot != std::string_view::npos && dot > 0)
            part = part.substr(0, dot);
        if (stamp_in_a_name(part, labels))
            return {MarkingSighting{1, 1, SightingKind::name, Reading::unknown, "",
                                    "it reads as a marking in the name of the file or of a "
                                    "folder above it, as it would in the file's text",
                                    std::string(rel), std::string(rel.substr(0, start)) + "…"}};
        start = slash + 1;
    }
    return {};
}

// A folder's or a file's name made only of words that hold a paper back
// and the words of a paper's parts ("private/", "_private/", "sealed/",
// "part-2/", "drafts/", "closed-session/", "board-only-notes"), or with a
// second extension that does ("minutes.draft.md", "notes.private.md"), or
// saying it is the full version ("report_FULL_VERSION.md"): other tools
// leave such a file unpublished, and a person reads it as held back (red
// team 24, A; 25). Words of their own make a name public: "private-hire",
// "closed-cases", "draft-plan-consultation".
std::size_t name_holds_a_paper_back(std::string_view rel) {
    static constexpr std::string_view kHolding[] = {
        "private", "sealed", "secret",   "hidden",    "unpublished", "draft",   "drafts",
        "wip",     "exempt", "unlisted", "embargoed", "unredacted",  "withheld"};
    static constexpr std::string_view kParts[] = {
        "notes",   "papers",   "paper",    "items",        "item",       "docs",        "files",
        "file",    "minutes",  "copy",     "session",      "business",   "stuff",       "board",
        "members", "only",     "folder",   "section",      "pages",      "page",        "material",
        "annex",   "appendix", "version",  "not",          "for",        "publication", "do",
        "publish", "closed",   "internal", "confidential", "restricted", "part",        "2",
        "ii",      "b",        "two",      "full",         "index"};
    auto among = [](std::string_view w, const auto& list) {
        for (const std::string_view x : list)
            if (w == x) return true;
        return false;
    };
    for (std::size_t start = 0; start < rel.size();) {
        std::size_t slash = rel.find('/', start);
        const bool file = slash == std::string_view::npos;
        if (file) slash = rel.size();
        std::string_view part = rel.substr(start, slash - start);
        const std::size_t part_at = start;
        start = slash + 1;
        if (file)
            if (const std::size_t dot = part.rfind('.'); dot != std::string_view::npos && dot > 0)
                part = part.substr(0, dot);
        // Its words, in small letters: "-", "_", ".", "+", a space and a
        // capital after a small letter part them.
        std::vector<std::string> words;
        std::string w;
        for (std::size_t k = 0; k <= part.size(); ++k) {
            const char c = k < part.size() ? part[k] : ' ';
            const bool capital =
                c >= 'A' && c <= 'Z' && k > 0 && part[k - 1] >= 'a' && part[k - 1] <= 'z';
            if (c == '-' || c == '_' || c == '.' || c == '+' || c == ' ' || capital) {
                if (!w.empty()) words.push_back(w);
                w.clear();
                if (!capital) continue;
            }
            w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        if (words.empty()) continue;
        // A second extension ("minutes.draft"), and the full version.
        const std::size_t dot = part.rfind('.');
        if (file && dot != std::string_view::npos && dot > 0 && among(words.back(), kHolding))
            return part_at;
        for (std::size_t k = 0; k + 1 < words.size(); ++k)
            if (words[k] == "full" && census::one_of(words[k + 1], {"version", "text", "copy"}))
                return part_at;
        bool holding = false, all_known = true;
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::string& x = words[k];
            holding = holding || among(x, kHolding) ||
                      (x == "part" && k + 1 < words.size() &&
                       census::one_of(words[k + 1], {"2", "ii", "b", "two"})) ||
                      (x == "closed" && k + 1 < words.size() &&
                       census::one_of(words[k + 1], {"session", "business", "minutes", "papers"}));
            all_known = all_known && (among(x, kHolding) || among(x, kParts));
        }
        if (holding && all_known) return part_at;
    }
    return std::string_view::npos;
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
    if (!l) {
        auto banner = banner_in_name(rel);
        if (const std::size_t at = name_holds_a_paper_back(rel);
            banner.empty() && at != std::string_view::npos) {
            return {MarkingSighting{
                1, 1, SightingKind::name, Reading::unknown, "",
                "it says the paper is held back (private, sealed, a draft, Part 2, the full "
                "version) in the name of the file or of a folder above it, as other tools "
                "leave such a file unpublished",
                std::string(rel), std::string(rel.substr(0, at)) + "…"}};
        }
        return banner.empty() ? stamp_read_in_name(rel, labels) : banner;
    }
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

}  // namespace portal
