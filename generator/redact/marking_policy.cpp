#include "redact/marking_policy.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "core/marking_census.hpp"
#include "core/reading.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

// Words of protective markings in UK use (GPMS, the Government Security
// Classifications and their descriptors): never anyone's personal data, so a
// label made of them may be quoted even when this site's policy lacks it.
constexpr const char* kMarkingWords[] = {
    "not",    "protectively", "marked",   "protect",      "restricted", "confidential",
    "secret", "top",          "official", "sensitive",    "personal",   "commercial",
    "locsen", "police",       "exempt",   "unclassified", "classified", "private",
    "in",     "confidence",   "limited",  "public"};

// The words a publishable label may be made of: words that say its text
// may be published ("OFFICIAL", "UNCLASSIFIED", "PUBLIC", "TLP:CLEAR", "NOT
// PROTECTIVELY MARKED", read as one phrase). A publishable label of other
// words may read as withholding to a person whatever the policy says
// ("WITHHOLD", "BOARD ONLY", "PART 2", "PRIVATE", "RESTRICTD"; red team 25,
// C01), and would publish every paper marked with it: fail closed, by what a
// publishable label is, not by a list of what it may not be.
bool says_it_may_be_published(const std::string& folded) {
    static constexpr std::string_view kPublishingWords[] = {
        "official",    "unclassified", "unrestricted", "public",   "open",
        "tlp",         "clear",        "white",        "green",    "for",
        "publication", "published",    "publishable",  "release",  "released",
        "cleared",     "approved",     "general",      "unmarked", "npm"};
    std::string rest = " " + folded + " ";
    for (std::size_t at = rest.find(" not protectively marked "); at != std::string::npos;
         at = rest.find(" not protectively marked "))
        rest.replace(at, 24, " ");
    for (std::size_t s = 0; s < rest.size();) {
        const std::size_t e = std::min(rest.find(' ', s), rest.size());
        const std::string_view w = std::string_view(rest).substr(s, e - s);
        if (!w.empty() && std::find(std::begin(kPublishingWords), std::end(kPublishingWords), w) ==
                              std::end(kPublishingWords))
            return false;
        s = e + 1;
    }
    return true;
}

}  // namespace

MarkingPolicy::MarkingPolicy(const SiteConfig& config, Diagnostics& diags) {
    for (const auto& l : config.publishable) publishable_.insert(fold_label(l.text));
    for (const auto& l : config.withheld) {
        std::string f = fold_label(l.text);
        if (publishable_.count(f))
            diags.error(l.pos, "marking label '" + l.text +
                                   "' is listed as both publishable and withheld; keep it in one "
                                   "list only");
        withheld_.insert(f);
    }
    // A publishable label that is a withheld one written differently ("P R O T
    // E C T", "P.R.O.T.E.C.T", "PR0TECT") would publish every region marked
    // with it, which a person reads as withheld (red team round 4, L3). Letters
    // only, compared at a glance (0 as O, 1 as I, 5 as S).
    auto letters = [](const std::string& folded) {
        std::string out;
        for (char c : folded)
            if (c != ' ') out += c;
        return out;
    };
    for (const auto& p : config.publishable) {
        const std::string fp = fold_label(p.text);
        // A marking of the government's schemes, or the wording of an exempt
        // paper, marks what must not be published whatever this site's
        // policy says: listed as publishable, it would publish every paper so
        // marked, which the census and a person read as withheld.
        if (!is_a_well_known_marking(p.text) && !says_it_may_be_published(fp))
            diags.error(p.pos, "publishable marking label '" + p.text +
                                   "' is not made of words that say its text may be "
                                   "published (OFFICIAL, UNCLASSIFIED, PUBLIC, NOT PROTECTIVELY "
                                   "MARKED, TLP:CLEAR and the like): a person may read it as "
                                   "withholding what it marks, and portal would publish that; "
                                   "move it to the withheld list, or name it with such words");
        if (is_a_well_known_marking(p.text))
            diags.error(p.pos, "publishable marking label '" + p.text +
                                   "' is a protective marking that withholds (of the "
                                   "government's schemes, or the wording of an exempt paper), "
                                   "so what it marks may not be published; move it to the "
                                   "withheld list");
        for (const auto& w : config.withheld) {
            const std::string fw = fold_label(w.text);
            if (fp != fw && same_label_at_a_glance(letters(fp), letters(fw)))
                diags.error(p.pos, "publishable marking label '" + p.text +
                                       "' reads as the withheld label '" + w.text +
                                       "' written with spaces, dots or look-alike characters, so "
                                       "what it marks would be published; take it out of the "
                                       "publishable list");
        }
    }
    for (const auto* list : {&config.publishable, &config.withheld})
        for (const auto& l : *list) {
            known_ += (known_.empty() ? "" : ", ") + l.text;
            labels_as_written_.push_back(l.text);
            const std::string f = fold_label(l.text);
            for (std::size_t s = 0; s < f.size();) {
                const std::size_t e = std::min(f.find(' ', s), f.size());
                words_.insert(f.substr(s, e - s));
                s = e + 1;
            }
        }
}

std::optional<std::string> MarkingPolicy::quotable(const std::string& label) const {
    for (unsigned char c : label)
        if (c < 0x20 || c == 0x7F || c >= 0x80) return std::nullopt;  // breaks, look-alikes
    const std::string f = fold_label(label);
    if (f.empty()) return label;  // nothing but spaces and punctuation
    // Each word a marking's word, or a slip of one ("PROTECTED", "RESTRCITED").
    auto a_marking_word = [&](const std::string& w) {
        const std::size_t slips = w.size() >= 6 ? 2 : w.size() >= 4 ? 1 : 0;
        for (const auto& known : words_)
            if (edit_distance(w, known) <= slips) return true;
        for (const char* known : kMarkingWords)
            if (edit_distance(w, known) <= slips) return true;
        return false;
    };
    for (std::size_t s = 0; s < f.size();) {
        const std::size_t e = std::min(f.find(' ', s), f.size());
        if (!a_marking_word(f.substr(s, e - s))) return std::nullopt;
        s = e + 1;
    }
    return label;
}

std::string MarkingPolicy::closest(const std::string& label) const {
    const std::string f = fold_label(label);
    std::string best;
    std::size_t best_distance = std::string::npos;
    for (const auto& l : labels_as_written_) {
        const std::size_t d = edit_distance(f, fold_label(l));
        if (d < best_distance) best = l, best_distance = d;
    }
    return best;
}

std::optional<Verdict> MarkingPolicy::verdict_of(const std::string& label) const {
    std::string f = fold_label(label);
    if (withheld_.count(f)) return Verdict::withhold;
    if (publishable_.count(f)) return Verdict::publish;
    return std::nullopt;
}

std::optional<Verdict> MarkingPolicy::judge(const std::string& label, const SourcePos& pos,
                                            Diagnostics& diags) const {
    if (auto v = verdict_of(label)) return v;
    // Quoted only when made of the policy's own words: anything else may be the
    // text the marking was meant to withhold ("::: PROTECT Mrs Smith's
    // address"), and errors never repeat that.
    const std::string folded = fold_label(label);
    // A known label with words after it ("::: PROTECT Mrs Smith's address"):
    // the text was typed on the marker's line. No label is "closest" here, and
    // naming a publishable one would lead to publishing the text.
    std::string longest;
    for (const auto* set : {&withheld_, &publishable_})
        for (const auto& known : *set)
            if (folded.size() > known.size() && folded.compare(0, known.size(), known) == 0 &&
                folded[known.size()] == ' ' && known.size() > longest.size())
                longest = known;
    if (!longest.empty()) {
        std::string written;
        for (const auto& l : labels_as_written_)
            if (fold_label(l) == longest) written = l;
        diags.error(pos, "words follow the label '" + written +
                             "' where it should stand alone (they are not quoted here, in case "
                             "they should be withheld): write the label alone; in a region, the "
                             "text it marks goes on the lines after the marker line");
        return std::nullopt;
    }
    const auto q = quotable(label);
    const std::string closest_label = folded.empty() ? "" : closest(label);
    const bool closest_publishes =
        !closest_label.empty() && publishable_.count(fold_label(closest_label)) > 0;
    diags.error(pos, (q ? "unknown marking label '" + *q + "'"
                        : std::string("an unknown marking label (not quoted here, in case it "
                                      "holds text that should be withheld)")) +
                         "; the marking policy in site.json knows: " + known_ +
                         " (nothing is published while a label is unknown)" +
                         (closest_label.empty()
                              ? std::string()
                              : "; the closest of them is '" + closest_label + "'" +
                                    (closest_publishes ? ", which publishes what it marks" : "")));
    return std::nullopt;
}

}  // namespace portal
