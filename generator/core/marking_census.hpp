// core/marking_census.hpp — the marking census: a reading of every file that
// can reach the output as raw text, before and independently of the structured
// parsers (YAML, cmark, nlohmann, libcsv), that lists everything a person would
// read as a protective marking:
//  - marker lines: ':::' after any indentation or any quote, list, heading or
//    table prefix, with look-alike colons and Unicode spaces, after any line
//    break a reader sees (\n, \r\n, lone \r, U+2028, ...), and ':::' followed by
//    a label in the middle of a line;
//  - `marking` keys in any case or spelling ("Marking:", "protective_marking",
//    a JSON key with a Cyrillic 'а'), with the label after them;
//  - the policy's labels, in any case, where a label could stand: a line
//    alone or after its prefix ("## Confidential", "- Protect", "🔒 Restricted",
//    "(a) Restricted"), a table cell, an element's text, brackets, after
//    "marked", after a spaced dash, a colon or an arrow ("## Case review –
//    Restricted"), before a colon ("... is confidential: ..."), a value or a
//    JSON key ("RESTRICTED", "OFFICIAL: SENSITIVE - ..."); read as the page
//    shows them when markup splits them ("Con*fidential*", "Pro`tect`"); a
//    withheld label after a publishable one on its line (a YAML comment); a
//    withheld label in capitals anywhere, with an ending run into it too
//    ("PROTECTED").
// Redact then requires every sighting to be matched by a marking it recognised
// at the same file and line (redact/marking_ledger.hpp); a sighting nobody
// recognised is an error. What the parsers misread is refused, never
// published. Why two readings: ARCHITECTURE.md, "The one rule of safety".
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace portal {

// What a person reads a label as, under the site's policy.
enum class Reading { none, publish, withhold, unknown };

struct CensusLabel {
    std::string folded;  // fold_label() of the label
    Reading reading = Reading::unknown;
    std::string text;  // as site.json writes it, for messages
};

// The protective markings of UK government and of the papers boards receive
// ("PROTECT", "RESTRICTED", "OFFICIAL-SENSITIVE", "NOT FOR PUBLICATION",
// "EXEMPT", in English and partners' languages): the census reads each as
// withheld wherever site.json does not list it.
std::span<const std::string_view> well_known_markings();

// Is `label` one of them, read as fold_label reads labels?
bool is_a_well_known_marking(std::string_view label);

// The policy's labels, longest first (so that "official sensitive" is read
// before "official").
class CensusLabels {
  public:
    CensusLabels() = default;
    CensusLabels(const std::vector<std::string>& publishable,
                 const std::vector<std::string>& withheld);
    // The label whose fold_label() is `folded`, or null.
    const CensusLabel* find(std::string_view folded) const;
    // Is `word` (lower-case ASCII) the first word of some label?
    bool starts_a_label(std::string_view word) const;
    // Does some label's first word begin with `part` (lower-case ASCII)?
    bool a_label_begins_with(std::string_view part) const;
    // Does some label, its words written as one ("topsecret"), begin with
    // `part` (read, lower case) at a glance?
    bool a_label_written_as_one_begins_with(std::string_view part) const;
    // Does some withheld label's last word end with `part` (lower-case ASCII)?
    bool a_label_ends_with(std::string_view part) const;
    // Is `word` (lower-case ASCII) the last word of some label?
    bool ends_a_label(std::string_view word) const;
    // Is `word` the last word of a withheld label only where the label has
    // more words ("confidence" of STAFF IN CONFIDENCE), and then is `before`
    // the word before it in one ("in")? True for a word that ends a label of
    // one word (as "confidential" does).
    bool ends_a_label_after(std::string_view before, std::string_view word) const;
    // Is `word` (lower-case ASCII) a withheld label of one word (at a glance)?
    bool is_a_withheld_label_of_one_word(std::string_view word) const;
    // Might `word` be the last word of a withheld label of several words? (A
    // sieve: cheap, and true for some words that are not.)
    bool may_end_a_label_of_several_words(std::string_view word) const {
        return last_of_several_sieve_.may_hold(word);
    }
    // Are `before` and `word` the last two words of a withheld label?
    bool ends_a_label_of_several_words(std::string_view before, std::string_view word) const;
    // The withheld label one of whose words begins (at_start) or ends with
    // `part` (lower-case ASCII, two letters or more) and is longer, or null:
    // a piece that a script may join into it ("PRO" + x).
    const CensusLabel* withheld_with_word_part(std::string_view part, bool at_start) const;
    // The withheld label of one word, eight letters or more, that `word` (read,
    // lower case letters) is with one letter dropped, added, changed or two
    // swapped ("resticted", "confidental", "restircted"), or null: a typing
    // slip a person reads past. Not the label itself (find reads that).
    const CensusLabel* misspelt_withheld(std::string_view word) const;
    // Is `word` (read, lower case) a word of some withheld label, at a glance?
    bool is_a_word_of_a_withheld_label(std::string_view word) const;
    // ... or is it one with an ending run into it ("restricted", "protected",
    // "secrets", "confidentially")? The one list of endings for every reading
    // that asks whether pieces make a label's word (a sign read as a letter,
    // a hyphen inside a word, two pieces joined).
    bool is_a_word_of_a_withheld_label_inflected(std::string_view word) const;
    // Do `before` and `word` (read, lower case) stand next to each other, in
    // that order, in some withheld label ("for", "publication" of NOT FOR
    // PUBLICATION), at a glance?
    bool follow_in_a_withheld_label(std::string_view before, std::string_view word) const;
    bool empty() const { return labels_.empty(); }

  private:
    static std::string glanced(std::string_view word);
    // Speed: find, starts_a_label and ends_a_label are asked for nearly every
    // word the census reads in full; each looks up the word's form at a glance
    // (at_a_glance, character by character) in a hash table instead of
    // comparing it with every label.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> by_glance_;
    std::unordered_set<std::string, Hash, std::equal_to<>> first_glance_, last_glance_;
    std::unordered_set<std::string, Hash, std::equal_to<>> last_alone_glance_, last_two_glance_;
    std::unordered_set<std::string, Hash, std::equal_to<>> withheld_word_glance_;
    // "before word": two words next to each other in a withheld label.
    std::unordered_set<std::string, Hash, std::equal_to<>> withheld_pairs_glance_;
    // Before the table, the cheapest no: a word whose length (below 64) and
    // first character at a glance, together, no key of the table has. (The
    // pair, not each apart: "report" passes a sieve of "restricted" and
    // "appendix" by its length and its initial, not by both.)
    struct Sieve {
        std::bitset<64 * 256> pairs;
        bool long_keys = false;  // a key of 64 characters or more: any long word may be one
        void add(std::string_view key);
        bool may_hold(std::string_view word) const;
    };
    Sieve label_sieve_, first_sieve_, last_sieve_, last_of_several_sieve_;
    Sieve slip_sieve_;  // lengths (one either side) and initials misspelt_withheld may find

    std::vector<CensusLabel> labels_;
    std::vector<std::string> first_words_;
    std::vector<std::string> last_words_;
    // The folded labels of one word, joined forms too, glanced and sorted.
    std::vector<std::string> written_as_one_;
    // The withheld labels of one word of eight letters or more, which
    // misspelt_withheld compares a word with (speed: the others never are).
    std::vector<std::size_t> slip_labels_;  // into labels_
};

enum class SightingKind {
    marker,  // a ':::' line (opening or closing a region)
    key,     // a key that reads as "marking"
    label,   // a policy label where a label could stand
    name,    // a withheld label in the name of the file or of a folder above it
};

struct MarkingSighting {
    int line = 0;  // 1-based line of the file (after line ends are normalised)
    int column = 0;
    SightingKind kind = SightingKind::marker;
    Reading reading = Reading::none;  // what the label found reads as (none: no label)
    std::string label;                // the policy label read (CensusLabel::text), if any
    // Why the structured parse would not read this as a marking, for the
    // message: "it stands inside a list item", "its colons are look-alikes
    // (U+FF1A)", ... Empty when it is written as a marking should be.
    std::string odd;
    // A name sighting: the path below the source folder as found, and as a
    // message may show it (cut after the label: the rest of a name marked so
    // may be what it marks).
    std::string name_found, name_shown;
};

// The kinds of file the census reads. Markdown files are read whole, front
// matter included; JSON inside its strings (decoded), keys read as values
// are; CSV cell by cell; any other text line by line.
enum class CensusFormat { markdown, json, csv, text };

// Sightings in `text` (already UTF-8 checked and with line ends normalised; see
// normalise_line_ends), in file order.
std::vector<MarkingSighting> take_census(std::string_view text, CensusFormat format,
                                         const CensusLabels& labels);

// Sightings in a file's path below its source folder ("RESTRICTED/notes.md",
// "PROTECT-case.json"): a withheld label, in any case, among the words of the
// file's name or a folder's. Names reach the site's addresses, the sitemap and
// the search index, and a person reads such a file as marked. Each stands at
// line 1, column 1 (so a file withheld whole accounts for it).
std::vector<MarkingSighting> name_census(std::string_view rel, const CensusLabels& labels);

// "marker line", "'marking' key", "label" for messages.
const char* sighting_noun(SightingKind kind);

}  // namespace portal
