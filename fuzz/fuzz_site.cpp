// fuzz/fuzz_site.cpp — the property target: whole builds (portal::run_build) of
// small sites made from the fuzz bytes.
//
// A site has site.json (publishable OFFICIAL and NOT PROTECTIVELY MARKED;
// withheld PROTECT, RESTRICTED and OFFICIAL-SENSITIVE), one to four pages
// (front matter with plain or block-scalar summaries and a marking, bodies from
// markdown_gen.hpp with regions, fences and links), and maybe a statistics
// file (withheld file, series, categories and values), a plan (Markdown with
// regions in its priorities' texts, withheld priorities) and a funding year (a
// withheld fund; CSV rows and cells withheld by the marking column; a page
// whose file name holds a withheld label). Every
// word the documented rules withhold is a canary ("canary" and a unique
// suffix); nothing else contains "canary". The theme is the repository's
// (layouts/ and assets/, copied once per process).
//
// Properties, for every build:
//  - no "internal error" (issue 17: no input may end portal that way);
//  - no message, failed build or not, repeats a canary (errors name places);
//  - when the build succeeds, no output file — its name, its bytes, its bytes
//    in lower case, or its text as the leak audit decodes it — contains a
//    canary, and no file is left in a staging folder.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "fuzz_input.hpp"
#include "markdown_gen.hpp"
#include "pipeline.hpp"
#include "write/leak_audit.hpp"

namespace {

namespace fs = std::filesystem;
using namespace portal;
using fuzz::CanaryWords;
using fuzz::Choices;
using fuzz::Features;

// A folder for this process's builds: the site (theme copied once) and the log.
class Workspace {
  public:
    Workspace() {
        root_ = fs::temp_directory_path() / ("portal-fuzz-site-" + std::to_string(getpid()));
        fs::remove_all(root_);
        fs::create_directories(site());
        fs::copy(fs::path(PORTAL_SOURCE_DIR) / "layouts", site() / "layouts",
                 fs::copy_options::recursive);
        fs::copy(fs::path(PORTAL_SOURCE_DIR) / "assets", site() / "assets",
                 fs::copy_options::recursive);
    }
    // PORTAL_FUZZ_KEEP=1 keeps the last site (to build it again with portal).
    ~Workspace() {
        if (std::getenv("PORTAL_FUZZ_KEEP")) {
            std::fprintf(stderr, "the last site is kept in %s\n", site().c_str());
            return;
        }
        std::error_code ec;
        fs::remove_all(root_, ec);
    }
    fs::path site() const { return root_ / "site"; }
    fs::path log() const { return root_ / "log" / "redactions.txt"; }

    // Everything but the theme goes; the next site is written on a clean slate.
    void clear() const {
        // Made again if something removed it (a person clearing /tmp).
        fs::create_directories(site());
        for (const auto& e : fs::directory_iterator(site())) {
            const std::string name = e.path().filename().string();
            if (name != "layouts" && name != "assets") fs::remove_all(e.path());
        }
        fs::remove_all(root_ / "log");
    }
    void write(const std::string& rel, const std::string& text) const {
        const fs::path p = site() / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }

  private:
    fs::path root_;
};

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

// Plain words for titles and names: no punctuation, so always valid YAML and CSV.
std::string plain_words(Choices& in, CanaryWords& canaries, bool withheld) {
    static const char* const kWords[] = {"river",  "patrol", "budget", "meeting",
                                         "parish", "report", "bridge", "harvest"};
    std::string s = withheld ? canaries.next() : std::string(in.one_of(kWords));
    const std::size_t more = in.pick(3);
    for (std::size_t i = 0; i < more; ++i)
        s += " " + (withheld ? canaries.next() : std::string(in.one_of(kWords)));
    return s;
}

class SiteGen {
  public:
    SiteGen(Choices& in, CanaryWords& canaries, Features& features, const Workspace& ws)
        : in_(in), canaries_(canaries), features_(features), ws_(ws), md_(in, canaries, features) {}

    // Writes a site; returns what it wrote, for the report of a failed property.
    std::string write() {
        pages_ = 1 + in_.pick(4);
        file("site.json", site_json());
        for (std::size_t i = 0; i < pages_; ++i) {
            // The last page may have a withheld label in its name, as a person
            // reads it: refused, and no message may repeat the rest of the name.
            static const char* const kMarkedNames[] = {"protect-", "RESTRICTED_",
                                                       "Official-Sensitive-"};
            const std::string name = i + 1 == pages_ && in_.one_in(6) && use("label-in-name")
                                         ? std::string(in_.one_of(kMarkedNames)) + canaries_.next()
                                         : "p" + std::to_string(i);
            file("content/" + name + ".md", page(i));
        }
        if (in_.one_in(3)) file("data/statistics/s1.json", statistics());
        if (in_.one_in(3)) file("data/plans/p1.json", plan());
        if (in_.one_in(3)) funding();
        return written_;
    }

  private:
    bool use(const char* feature) {
        if (!features_.allowed(feature)) return false;
        features_.use(feature);
        return true;
    }
    void file(const std::string& rel, const std::string& text) {
        ws_.write(rel, text);
        written_ += "=== " + rel + "\n" + text + "\n";
    }
    std::string words(bool withheld) { return plain_words(in_, canaries_, withheld); }

    std::string site_json() {
        return R"({"title": "Fuzz Partnership", "base_url": "https://example.org/cs/",
 "marking": {"publishable": ["OFFICIAL", "NOT PROTECTIVELY MARKED"],
             "withheld": ["PROTECT", "RESTRICTED", "OFFICIAL-SENSITIVE"],
             "notice": "Something was withheld."},
 "nav": [{"title": "First page", "url": "p0/"}]}
)";
    }

    // A withheld label as people write it (or, for a publishable one, nothing).
    std::string withheld_label() {
        static const char* const k[] = {"PROTECT",    "RESTRICTED",         "protect",
                                        "Restricted", "OFFICIAL-SENSITIVE", "official sensitive"};
        return in_.one_of(k);
    }
    std::string public_label() {
        static const char* const k[] = {"OFFICIAL", "NOT PROTECTIVELY MARKED", "official"};
        return in_.one_of(k);
    }

    std::string page(std::size_t index) {
        const bool withheld = in_.one_in(4);
        const std::string eol = in_.coin() ? "\n" : "\r\n";
        std::string fm = "title: " + words(withheld) + eol;
        std::string marking;
        if (withheld)
            marking = "marking: " + withheld_label() + eol;
        else if (in_.coin())
            marking = "marking: " + public_label() + eol;
        const bool marking_first = in_.coin();
        if (marking_first) fm += marking;
        switch (in_.pick(4)) {
            case 0:
                fm += "summary: " + words(withheld) + eol;
                break;
            case 1: {
                fm += std::string("summary: ") + (in_.coin() ? "|" : ">") + eol;
                fm += "  " + words(withheld) + eol;
                if (in_.coin() && use("yaml-dashes"))
                    fm += std::string("  ") + (in_.coin() ? "---" : "...") + eol;
                fm += "  " + words(withheld) + eol;
                break;
            }
            default:
                break;
        }
        if (in_.one_in(3)) fm += "date: 2011-0" + std::to_string(1 + in_.pick(9)) + "-15" + eol;
        if (!marking_first) fm += marking;
        std::string body = md_.text(withheld);
        // A line a person reads as a marking, however portal reads it, then a
        // paragraph it marks (canaries): it must be refused or withheld.
        if (!withheld && in_.one_in(4) && use("label-as-shown"))
            body += "\n\n" + label_as_shown() + "\n\n" + words(true) + "\n";
        if (!withheld && in_.one_in(3) && pages_ > 1) {
            const std::size_t to = (index + 1 + in_.pick(pages_ - 1)) % pages_;
            body += "\n\nSee [the other page](p" + std::to_string(to) + ".md).\n";
        }
        return "---" + eol + fm + "---" + eol + body;
    }

    // A withheld label written as people write, paste or disguise one: in
    // capitals in a sentence or with a descriptor, in a comment, spaced out
    // (or joined by dots or hyphens, or broken in two), alone in brackets,
    // with look-alike or invisible characters, split by markup, or backwards
    // after a right-to-left override (the outside tests' classes).
    std::string label_as_shown() {
        static const char* const kForms[] = {
            "Intro PROTECT: details follow",
            "PROTECT PERSONAL",
            "## RESTRICTED ITEMS",
            "<!-- OFFICIAL-SENSITIVE -->",
            "P R O T E C T",
            "PR0TECT",
            "RESTRlCTED",
            "RESTR\u2160CTED",
            "\x01PROTECT",
            "\u2800PROTECT",
            "PRO**TECT**",
            "PRO<span></span>TECT",
            "PRO&InvisibleTimes;TECT",
            "&#80ROTECT",
            "\u202ETCETORP",
            "\u13E2\u13A1\u13BE\u13A2\u13AC\u13DF\u13A2",
            "\u1D3E\u1D3F\u1D3C\u1D40\u1D31\u1D9C\u1D40",
            "PROTECTIVELY MARKED",
            "::: OFFICIAL\n\nSENSITIVE",  // never closed: the canary inside
            // Red team round 3: pieces joined by other spacers, next to
            // punctuation; a label alone in brackets in any case.
            "Details (P.R.O.T.E.C.T)",
            "\u201cP-R-O-T-E-C-T\u201d",
            "PRO TECT",
            "Met twice (Restricted)",
            // Red team round 4: a label of this site's policy in any case
            // leading a line after a prefix, a table cell or an element;
            // capitals with an ending run into the label.
            "## Restricted",
            "### Restricted: names of the families",
            "- Protect",
            "1. Restricted",
            "> **Protect**",
            "| Item | Marking |\n|---|---|\n| Case review | Protect |",
            "<p>Restricted</p>",
            "Marked Protect",
            "PROTECTED: names of the families",
            "## RESTRICTEDS",
            // Red team round 5: markup splitting a label in its own case,
            // symbols and enumerators before it, a dash, colon or arrow
            // around it, a compound label with words after it, a footnote.
            "## Re*stricted*",
            "Pro`tect`",
            "<span>Pro</span>tect",
            "\xF0\x9F\x94\x92 Restricted: names of the families",
            "(a) Restricted: names of the families",
            "## Case review \xE2\x80\x93 Restricted",
            "Annex B - Protect",
            "Restricted \xE2\x86\x92 names",
            "Official-Sensitive briefing: the families",
            "Restricted\xC2\xB9",
            "The paragraph below is restricted: see the families",
            // Red team round 6: closing hashes, an empty link, a label over a
            // line break or hyphenated at a line's end, after "marked" with
            // words after it, an image's alt text, in quotation marks.
            "## Restricted ##",
            "- Protect [](#x)",
            "The paper is OFFICIAL\nSENSITIVE: names",
            "Notes. Restric-\nted: the names",
            "This note is marked Restricted and names them",
            "![Restricted](stamp.svg)",
            "The paper headed \"Protect\" names them",
            // Red team round 7: a tab after heading hashes or a list number,
            // a label set off by other punctuation or a tab, labels together,
            // paragraph numbers and Word's bullets, a number before a label
            // with no dash, a link or code span that is the label, string
            // escapes, "classification" before it, curly braces.
            "##\tRestricted",
            "1.\tRestricted",
            "## Restricted; names of the families",
            "- Restricted / names",
            "Case review / Restricted",
            "Case review \xC2\xB7 Restricted",
            "Restricted\xE2\x80\x94names of the families",
            "## Protect and Restricted",
            "Protect, Restricted",
            "3.1 Restricted",
            "[1] Restricted",
            "o Restricted",
            "Item 6 Restricted",
            "## [Restricted](#x)",
            "## `Restricted`",
            "\\x52ESTRICTED: names",
            "Security classification Restricted",
            "Classification = Restricted",
            "{Restricted} names",
            "Restricted\tnames",
            // Red team round 8: a ligature, a script or dotted look-alike, a
            // format character or an accent reference inside a label; a comma
            // or a note after a leading label, a comma before an ending one;
            // labels joined by a hyphen; a wide gap; "Classification is";
            // a code span after a title's dash.
            "Re\xEF\xAC\x86ricted",
            "\xE2\x84\x9B"
            "estricted",
            "Restr\xE2\x81\xAAicted",
            "Restr&iacute;cted: names",
            "## Restricted, names of the families",
            "## Restricted (1)",
            "Case review, Restricted",
            "| 6 | Restricted, names |",
            "## Restricted-Protect",
            "Classification is Restricted",
            "Restricted  names",
            "## Case review \xE2\x80\x93 `Restricted`",
            // Session of 2026-12-04: "Protectively marked" standing alone in
            // any case, a label of two words written as one, a marking the
            // policy lists in neither list, a single-quoted link title, a
            // control byte inside a label.
            "Protectively marked",
            "## OfficialSensitive",
            "TOP SECRET",
            "See [the paper](https://example.org/p 'Restricted').",
            "Restr\bicted",
            // Red team round 9: an override written as a reference, a run-in
            // label in bold, single quotes, digits and signs for letters, a
            // label joined to a number, split up before a colon, together at
            // a phrase's end, after a padlock, broken over a line in capitals,
            // two words joined by a hyphen in ordinary case.
            "&#x202E;DETCIRTSER&#x202C;: names",
            "**Restricted** The family at the address",
            "The paper is headed 'Restricted' and names them",
            "PR0T3CT and RE$TRICTED",
            "RESTRICTED2 names",
            "R estricted: names",
            "## Case notes Restricted and Confidential",
            "\xF0\x9F\x94\x92 Restricted notes",
            "The paper is marked PRO\nTECT and names them",
            "This briefing is official-sensitive and names them",
            // Red team round 10: a naming word, a label and text on one line;
            // '&' for "and"; labels together in brackets; wide letter-spacing;
            // an override laid out in brackets; "Protectively marked" where a
            // label stands; letters of other scripts drawn as separators.
            "Sensitivity: Restricted the family at the address",
            "GPMS Restricted notes on them",
            "Private & Confidential",
            "Case notes on them (Restricted and Confidential)",
            "R  E  S  T  R  I  C  T  E  D",
            "Case notes on them (&#x202E;detcirtseR&#x202C;)",
            "Case notes on them (Protectively Marked)",
            "Restricted \xE1\x90\x85 the family at the address",
            // Red team rounds 11 and 12: named references, a code span or a
            // link as the label, letters spelt one by one, a percent-encoded
            // address, a capital closing a sentence, a label of several words
            // in a sentence, stroked look-alikes.
            "Case notes &lpar;Restricted&rpar; on them",
            "Case notes (`Restricted`) on them",
            "Case notes ([Restricted](#x)) on them",
            "See <https://example.org/r-e-s-t-r-i-c-t-e-d-notes/>",
            "See <https://example.org/%52ESTRICTED-notes>",
            "This paper is Restricted. It names them",
            "The report contains exempt information about them",
            "\xC9\x8C"
            "estricted: names",
            // Red team round 13: a label written down the page, a label of
            // several words followed by a word, a label closing an aside, a
            // reference link, statutory exemption wording, a handling
            // instruction, an abbreviation.
            "R\nE\nS\nT\nR\nI\nC\nT\nE\nD",
            "The appendix is not for publication and names them",
            "Item 9 (Case review - Restricted): the family at the address",
            "[Restricted][r] names them\n\n[r]: https://example.org/gsc",
            "This report is exempt from publication under Schedule 12A: names",
            "Please treat as confidential. It names them",
            "OFFSENS: names of the family",
            // Red team round 14: a misspelt label, a marking field with a
            // value that is no label, a PDF's hyphen, a handling banner, a
            // look-alike sign, a Welsh marking, a YAML comment's label, a
            // label split between two table cells, a spreadsheet's marking
            // column, a part of a paper.
            "RESTRICED\n\nNames of the family",
            "Protective Marking: Restr.",
            "The board heard this restric- ted item: names",
            "FOR BOARD MEMBERS ONLY",
            "RESTR!CTED: names of the family",
            "CYFYNGEDIG: enwau",
            "Case notes # Restricted",
            "| Case RESTRIC | TED: names |\n|---|---|\n| a | b |",
            "| Case | Protective marking |\n|---|---|\n| 11/034 | Restr. |",
            "## 3.2 Restricted annex",
            // Red team round 15: a processing instruction inside a label,
            // handling banners of how far a paper may go (and in title
            // case), a stamp's furniture after a label, a label of several
            // words over a line break, a Welsh PROTECT.
            "## Res<?x?>tricted",
            "NOT FOR ONWARD CIRCULATION",
            "For Board Members Only",
            "DO NOT FORWARD",
            "PRIVATE AND PERSONAL",
            "Restricted Page 3 of 7",
            "| Case | Restricted Draft v0.3 |\n|---|---|\n| a | b |",
            "The minutes are not for\npublication: names of the family",
            "DIOGELU",
            // Red team round 16: a label after its owner's name, after a
            // marking field whatever follows, an abbreviation, a marking of
            // another language, a banner in capitals mid-line, capitals run
            // into a word, '@' between words, look-alikes of other scripts.
            "NHS Confidential \xE2\x80\x93 names of the family",
            "Classification: Police Restricted \xE2\x80\x93 handle via secure email",
            "PRIV AND CONF",
            "STRENG VERTRAULICH",
            "Item 4 \xE2\x80\x93 POLICE ONLY",
            "RESTRICTEDBoard notes on them",
            "board:RESTRICTED@example.org",
            "## Protected: names",
            "\xE1\x96\x87\xE1\x97\xB4\xD5\x8FT\xE1\x96\x87I\xE1\x91\x95T\xE1\x97\xB4\xE1\x97\xAA",
            // Red team round 17: business taken in private, an embargo, a
            // bare stamp, the inspection wording, a descriptor or a condition
            // after a publishable label, a verb that gives a classification,
            // a marking field over its value.
            "## Private session",
            "PART 2 \xE2\x80\x93 PRIVATE",
            "Embargoed until 00:01 on 4 February 2031",
            "PRIVATE",
            "Not open to public inspection",
            "OFFICIAL COMMERCIAL",
            "NOT PROTECTIVELY MARKED until the names below are removed",
            "The email was classified as restricted by the sender",
            "**Protective marking**\n\nRestricted parking on Mill Road",
            // Red team round 18: private business anywhere on a line, in any
            // case, a part word after a label, a possessive in a banner, a
            // field over its value in a definition list.
            "The item was taken in camera: names of the family",
            "Hold for release until the board has met",
            "Exclusion of the press and public: names",
            "For members' eyes only",
            "Restricted discussion: names of the family",
            "PART II \xE2\x80\x94 THE BOARD'S PRIVATE BUSINESS",
            "<dl><dt>Security classification</dt><dd>Restricted parking</dd></dl>",
            // Red team round 19: instructions to whoever publishes, a
            // cover sheet's question answered, a status field, a sentence
            // that marks this paper or what follows, a label with a word
            // that qualifies it, Part II wording, a Symbol-font bullet and
            // modifier apostrophes glued to a label.
            "Note to web team: please leave this paragraph off the website.",
            "Remove before publication. Names of the family",
            "NOT FOR GENERAL RELEASE",
            "| For publication | No |\n|---|---|\n| Author | A |",
            "Is this item confidential? Yes",
            "Circulation: Board members only",
            "Status: Restricted until the board agrees the plan",
            "This paper is confidential and must not be shared.",
            "The following is for the board only.",
            "This section must not be published.",
            "Privileged & Confidential",
            "Item to be considered in private.",
            "That the press and public be excluded for the following item.",
            "In Confidence",
            "\xEF\x82\xB7Restricted",
            "## \xCA\xBCRESTRICTED\xCA\xBC",
            // Red team round 20: instructions in other words, sentences that
            // point back or at a numbered part or a key's mark, a question
            // heading a table's column, "Withheld:" as a stamp, exemptions
            // by section, Welsh mutations, "in committee", a padlock.
            "Take this paragraph out before it goes online.",
            "Don't publish this bit.",
            "The paragraph above is confidential.",
            "Items 4 and 5 are confidential.",
            "Items marked \xE2\x80\xA0 are confidential.",
            "Only the first paragraph of this item may be published.",
            "| Item | Publish? |\n|---|---|\n| Names of the family | No |",
            "For publication\n: No",
            "Withheld: names of the family",
            "FOIA s.40(2) exemption applies:",
            "Mae'r paragraff hwn yn gyfrinachol.",
            "The following items were taken in committee.",
            "\xF0\x9F\x94\x92 Names of the family",
            // Red team round 21: cover-sheet answers in other layouts, TLP,
            // closed sessions, unredacted copies, Outlook's mark, a label
            // run into a stamp's word.
            "| For publication | \xE2\x9C\x98 |\n|---|---|\n| Author | B |",
            "For publication\tNo",
            "Session: Closed",
            "TLP:RED",
            "Board copy \xE2\x80\x93 names not yet removed.",
            "This message has been marked as Private.",
            "RESTRICTEDDRAFT",
            "Appendix 2 was circulated to members only.",
            // Round 21's wordings, read as mechanisms (round 22): a clause's
            // subject after "and" or "that", a closed circle, in trust, the
            // public pack, secure e-mail alone, who alone may view, a
            // sensitivity colour, an impact level.
            "This message is intended for the board and must not be shared with the public.",
            "This email contains information that should not be shared with the public.",
            "Please keep the next paragraph within the partnership.",
            "What follows was shared with the board in trust.",
            "This annex is not part of the public pack.",
            "Send by secure email (GCSx) only.",
            "Only people in the board can view this.",
            "Sensitivity: Red",
            "Business Impact Level 3 \xE2\x80\x93 names of the family",
            // Red team round 22: release words as participles and
            // adjectives, clipped forms, a banner after a comma, n't, closed
            // circles, redaction to do, handling codes, Welsh phrases.
            "Not to be copied or disseminated.",
            "These figures cannot be released yet.",
            "This bit isn't for the public.",
            "Police information, not for onward disclosure.",
            "Not for pub/circ.",
            "This note stays between us.",
            "To be redacted: names of the family",
            "Handling code 5.",
            "Nid i'w rannu.",
            "DRAFTRESTRICTED",
            // Round 22's open items (round 23): markings clipped to their
            // letters, a paper handled apart, the press, a long answer.
            "NFP.",
            "N/F/P",
            "O-SENS:",
            "Copies numbered 1 to 12; copy 7 of 12.",
            "Tabled paper, collected in at the end of the meeting.",
            "Press: do not use.",
            "On the Q.T.",
            "Intelligence graded 3x5x2.",
            "For publication: No. The family at the farm were moved after the third incident.",
            // Red team round 23: a banner leading a long paragraph, "in
            // confidence" as a stamp, initials, editing notes, versions, a
            // section cited as applying, partners' languages in any case.
            "Board members only. The family at the farm were moved after the third incident "
            "in the village last year, the officers said.",
            "Medical-in-confidence:",
            "FYEO:",
            "[Removed for publication]",
            "Withhold from the website:",
            "Can we take this out of the public copy?",
            "Minutes \xE2\x80\x93 private version.",
            "Section 40(2) applies to the following:",
            "\xD0\x9F\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xBD\xD0"
            "\xBE.",
            // Red team round 23's open items (round 24): who alone may read
            // it in other words, clipped stamps in capitals, a caveat, a
            // promise, a style key, deletion tags, "(this is ...)".
            "Not for the parish magazine.",
            "Tasking group use:",
            "Police and council officers \xE2\x80\x93 not partners:",
            "MARAC information:",
            "ORCON The",
            "UNCLASSIFIED \xE2\x80\x93 LIMITED",
            "Board-IC:",
            "Pinky swear you won't share:",
            "Text in italics is in confidence.",
            "<del>",
            "Just so you know (and this is for official use only) the family at the farm were "
            "moved after the third incident.",
            // Red team round 24: cover sheets naming the outlet, publication
            // refused in other words, restricting labels, secrecy's slang,
            // signs, text kept out of sight.
            "Releasable: No",
            "NON-DISCLOSABLE \xE2\x80\x93",
            "It was agreed not to publish this.",
            "Won't be published:",
            "Do not reproduce:",
            "Just between us,",
            "\xF0\x9F\xA4\xAB",
            "<span hidden>",
            "%% note %%",
            // Red team round 25: exempt business in other words, short
            // citations, confidences, circles, markup that names a marking,
            // other tools' syntax, swapped letters.
            "Agenda item 9 \xE2\x80\x93 Part II \xE2\x80\x93",
            "Para 3, Sch 12A:",
            "Chatham House Rule applies.",
            "Told to us in confidence by the school:",
            "Known only to the task group:",
            "<!-- board only -->",
            "{% comment %}",
            "Protcet:",
        };
        return in_.one_of(kForms);
    }

    // A JSON string, or a value wrapper that withholds it (its text a canary).
    std::string maybe_wrapped(bool withheld) {
        if (!withheld && in_.one_in(4))
            return R"({"value": )" + json_string(words(true)) + R"(, "marking": ")" +
                   withheld_label() + "\"}";
        return json_string(words(withheld));
    }

    std::string marking_member(bool withheld) {
        if (!withheld) return in_.one_in(4) ? ", \"marking\": \"" + public_label() + "\"" : "";
        const std::string key = in_.one_in(8) && use("marking-key-case") ? "Marking" : "marking";
        return ", \"" + key + "\": \"" + withheld_label() + "\"";
    }

    std::string number() {
        static const char* const k[] = {"0", "1", "42", "3.5", "null", "1000000", "-2", "0.25"};
        if (in_.one_in(16) && use("huge-number")) return in_.coin() ? "1e400" : "-1e400";
        return in_.one_of(k);
    }

    // Objects of an array each on a line of their own, or all on one line (as
    // a program may write JSON): markings are matched to what the census sees
    // by line, and one line holding everything is a case of its own.
    std::string object_break() { return in_.coin() && use("json-one-line") ? "" : "\n "; }

    std::string statistics() {
        const bool file_withheld = in_.one_in(4);
        const std::string nl = object_break();
        const std::size_t cats = 1 + in_.pick(3);
        std::string s = "{\"title\": " + json_string(words(file_withheld));
        if (file_withheld) s += marking_member(true);
        if (in_.coin()) s += ", \"description\": " + maybe_wrapped(file_withheld);
        static const char* const kCharts[] = {"bar", "line", "doughnut", "stacked-bar"};
        s += std::string(", \"unit\": \"cases\", \"chart\": \"") + in_.one_of(kCharts) + "\"";
        s += ", \"categories\": [";
        for (std::size_t c = 0; c < cats; ++c) s += (c ? ", " : "") + maybe_wrapped(file_withheld);
        s += "], \"series\": [";
        const std::size_t series = 1 + in_.pick(3);
        for (std::size_t i = 0; i < series; ++i) {
            const bool withheld = file_withheld || in_.one_in(3);
            s += std::string(i ? ", " : "") + nl + "{\"name\": " + json_string(words(withheld)) +
                 ", \"values\": [";
            for (std::size_t c = 0; c < cats; ++c) s += (c ? ", " : "") + number();
            s += "]" + marking_member(withheld && !file_withheld) + "}";
        }
        return s + "]}\n";
    }

    std::string plan() {
        const bool file_withheld = in_.one_in(5);
        const std::string nl = object_break();
        std::string s = "{\"id\": \"p1\", \"title\": " + json_string(words(file_withheld));
        if (file_withheld) s += marking_member(true);
        s += ", \"priorities\": [";
        const std::size_t n = 1 + in_.pick(3);
        for (std::size_t i = 0; i < n; ++i) {
            const bool withheld = file_withheld || in_.one_in(3);
            s += std::string(i ? ", " : "") + nl + "{\"number\": " + std::to_string(i + 1) +
                 ", \"title\": " + json_string(words(withheld)) + ", \"why\": " + why(i, withheld) +
                 marking_member(withheld && !file_withheld) + "}";
        }
        return s + "]}\n";
    }

    // A priority's "why" (Markdown) typed in the JSON string, or written in a
    // file beside the plan that the string names (load/data_texts.hpp), now
    // and then marked whole in its own front matter.
    std::string why(std::size_t priority, bool withheld) {
        if (!in_.one_in(3) || !use("data-text-file")) return json_string(md_.text(withheld));
        const bool own_marking = !withheld && in_.one_in(3);
        const std::string eol = in_.coin() ? "\n" : "\r\n";
        std::string text;
        if (own_marking) text = "---" + eol + "marking: " + withheld_label() + eol + "---" + eol;
        text += md_.text(withheld || own_marking);
        const std::string name = "p1/why-" + std::to_string(priority + 1) + ".md";
        file("data/plans/" + name, text);
        return "{\"file\": " + json_string(name) + "}";
    }

    void funding() {
        const bool fund_withheld = in_.one_in(3);
        const std::string secret_fund = "Fund " + canaries_.next();
        std::string json = R"({"financial_year": "2010-11", "funds": [{"name": "Fund A"})";
        if (fund_withheld)
            json += ",\n {\"name\": " + json_string(secret_fund) + marking_member(true) + "}";
        file("data/funding/2010-11.json", json + "]}\n");

        const std::string eol = in_.coin() ? "\n" : "\r\n";
        std::string csv = "project,fund,amount,section,progress,marking" + eol;
        const std::size_t rows = 1 + in_.pick(4);
        static const char* const kAmounts[] = {"1.00", "\"2,000.00\"", "15", "0.50", "\"£1,560\""};
        for (std::size_t r = 0; r < rows; ++r) {
            const bool in_secret_fund = fund_withheld && in_.one_in(3);
            // What the marking column says: 0 nothing, 1 publishable, 2 the row
            // withheld, 3 some cells withheld, 4 OFFICIAL: SENSITIVE (a person
            // reads OFFICIAL-SENSITIVE, a withheld label).
            std::size_t kind = in_.pick(5);
            if (kind == 4 && !use("csv-label-colon")) kind = 2;
            const bool row_withheld = in_secret_fund || kind == 2 || kind == 4;
            const bool project_withheld = row_withheld || (kind == 3 && in_.coin());
            const bool progress_withheld =
                row_withheld || (kind == 3 && !project_withheld) || (kind == 3 && in_.coin());
            // A withheld fund cell naming no fund of the year: the build fails,
            // and its message must not name the fund (quiet_messages).
            const bool odd_fund_withheld =
                kind == 3 && !in_secret_fund && in_.one_in(3) && use("csv-withheld-unknown-fund");
            std::string marking;
            switch (kind) {
                case 1:
                    marking = public_label();
                    break;
                case 2:
                    marking = withheld_label();
                    break;
                case 3:
                    marking = "PROTECT: ";
                    if (project_withheld) marking += "project";
                    if (progress_withheld)
                        marking += std::string(project_withheld ? ", " : "") + "progress";
                    if (odd_fund_withheld) marking += ", fund";
                    marking = "\"" + marking + "\"";
                    break;
                case 4: {
                    static const char* const k[] = {"OFFICIAL: SENSITIVE", "OFFICIAL:SENSITIVE",
                                                    "Official : Sensitive"};
                    marking = in_.one_of(k);
                    break;
                }
                default:
                    break;
            }
            std::string progress = words(progress_withheld);
            if (in_.one_in(4)) progress = "\"" + progress + ",\n" + words(progress_withheld) + "\"";
            const std::string fund = odd_fund_withheld ? "Fund " + canaries_.next()
                                     : in_secret_fund  ? secret_fund
                                                       : "Fund A";
            csv += words(project_withheld) + "," + fund + "," + in_.one_of(kAmounts) + "," +
                   words(row_withheld) + "," + progress + "," + marking + eol;
        }
        file("data/funding/2010-11.csv", csv);
    }

    Choices& in_;
    CanaryWords& canaries_;
    Features& features_;
    const Workspace& ws_;
    fuzz::MarkdownGen md_;
    std::size_t pages_ = 1;
    std::string written_;
};

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The canary word at `at` in text (folded), for messages.
std::string canary_at(const std::string& folded, std::size_t at) {
    const std::size_t end = folded.find_first_not_of("abcdefghijklmnopqrstuvwxyz", at);
    return folded.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Workspace ws;
    ws.clear();
    Choices in(data, size);
    CanaryWords canaries;
    Features features;
    const std::string site = SiteGen(in, canaries, features, ws).write();

    BuildOptions options;
    options.site_dir = ws.site().string();
    options.out_dir = (ws.site() / "public").string();
    options.log_path = ws.log().string();
    options.reuse_unchanged = false;
    Diagnostics diags;
    const BuildReport report = run_build(options, diags);
    for (const auto& d : diags.all()) {
        if (d.message.find("internal error") != std::string::npos)
            fuzz::property_failed(
                "the build ended in " + d.str() + " (features: " + features.used() + ")", site);
        // Messages reach terminals and CI logs: they never repeat withheld text.
        if (fuzz::lower(d.str()).find(fuzz::kCanaryStem) != std::string::npos)
            fuzz::property_failed("a message repeats withheld text: " + d.str() +
                                      " (features: " + features.used() + ")",
                                  site);
    }
    // PORTAL_FUZZ_VERBOSE=1: each site and what the build said, to see what the
    // generator makes and how far builds get.
    static const bool verbose = std::getenv("PORTAL_FUZZ_VERBOSE") != nullptr;
    if (verbose) {
        std::fprintf(stderr, "%s--- build %s, withheld %d, features %s\n", site.c_str(),
                     report.ok ? "ok" : "failed", report.withheld, features.used().c_str());
        for (const auto& d : diags.all()) std::fprintf(stderr, "%s\n", d.str().c_str());
    }
    if (!report.ok) return 0;

    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(ws.site() / "public"))
        if (e.is_regular_file()) files.push_back(e.path());
    for (const auto& e : fs::directory_iterator(ws.site())) {
        if (!e.is_directory() || e.path().filename().string().find("staging") == std::string::npos)
            continue;
        for (const auto& f : fs::recursive_directory_iterator(e.path()))
            if (f.is_regular_file())
                fuzz::property_failed(
                    "a published build left " + f.path().string() + " in its staging folder", site);
    }
    for (const auto& p : files) {
        const std::string rel = p.lexically_relative(ws.site() / "public").generic_string();
        const std::string bytes = read_file(p);
        const std::string readings[] = {fuzz::lower(rel), fuzz::lower(bytes),
                                        fuzz::lower(decode_for_audit(bytes))};
        const char* const names[] = {"the file's name", "the file's bytes",
                                     "the file as the audit decodes it"};
        for (std::size_t k = 0; k < 3; ++k) {
            const std::size_t at = readings[k].find(fuzz::kCanaryStem);
            if (at == std::string::npos) continue;
            const std::size_t from = at > 200 ? at - 200 : 0;
            fuzz::property_failed("the build succeeded and withheld word '" +
                                      canary_at(readings[k], at) + "' is in " + names[k] + " of " +
                                      rel + " (features: " + features.used() +
                                      ")\n--- around it ---\n" + readings[k].substr(from, 400),
                                  site);
        }
    }
    return 0;
}
