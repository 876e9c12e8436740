// What one line shows a reader, before any rule reads it (the census's
// readings of a line): character references and escapes decoded, inline
// markup taken out, right-to-left text laid out, signs read as the letters
// they stand for; and which characters make a word. Internal to the census
// (core/marking_census): the census reads each line in these forms.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/marking_census.hpp"
#include "core/reading.hpp"

namespace portal::census {

// A letter, a digit, or a sign a person reads as a letter inside a word
// ("RE$TRICTED", "C@NFIDENTIAL": same_label_at_a_glance reads them).
inline bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$' || c == '@' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// A word of a read line (a run of word_char) and where it lies in it.
struct ReadWord {
    std::string_view text;
    std::size_t at = 0, end = 0;
};

// The first word of t at or after i, past what is not a word; its text empty
// (at t's end) when there is none. The one way the census's sentence
// readings step through a line's words.
inline ReadWord next_word(std::string_view t, std::size_t i) {
    while (i < t.size() && !word_char(t[i])) ++i;
    std::size_t end = i;
    while (end < t.size() && word_char(t[end])) ++end;
    return {t.substr(i, end - i), i, end};
}

// The word of t that ends before `at` (past the spaces before it), or "".
inline std::string_view word_before(std::string_view t, std::size_t at) {
    while (at > 0 && t[at - 1] == ' ') --at;
    std::size_t start = at;
    while (start > 0 && word_char(t[start - 1])) --start;
    return t.substr(start, at - start);
}

// Does a padlock (🔒, 🔐, 🔏) lead the raw line, past its prefix?
bool padlock_leading(std::string_view raw);

// Does raw hold a cross that answers no ("✗", "✘", "❌"), as a form's box
// or a table's cell does?
inline bool holds_a_cross(std::string_view raw) {
    return raw.find("\u2717") != std::string_view::npos ||
           raw.find("\u2718") != std::string_view::npos ||
           raw.find("\u274C") != std::string_view::npos;
}

// Is word one of list's?
inline bool one_of(std::string_view word, std::initializer_list<std::string_view> list) {
    for (const std::string_view w : list)
        if (word == w) return true;
    return false;
}

inline char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
}

// What may stand between the pieces of a word a person still reads as one:
// "P R O T E C T", "P.R.O.T.E.C.T", "P-R-O-T-E-C-T", "P_R_O...", "P/R/O...".
inline bool spacer(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == '/' || c == '*';
}

// Markdown's character references and backslash escapes, decoded as a page
// shows them: "&#58;", "&#x3A;", "&colon;", "&nbsp;", "\:".
std::string as_shown(std::string_view raw);

// A line with the escapes of a quoted string decoded, as YAML's double-quoted
// scalars (front matter), JSON and JavaScript read them: "\x52ESTRICTED",
// "\u0052estricted", "\U00000052", and "\n" (a line break: the caller splits
// on it), "\t", "\_" (a no-break space), "\N", "\L", "\P". "" when the line
// has none. A person reads the page these make, not the escapes.
std::string string_escapes_decoded(std::string_view raw);

// A line as a page shows it once inline markup is gone: emphasis marks, and
// HTML tags, comments and processing instructions (rendered safely, raw HTML is dropped without a
// trace), so that "PRO**TECT**" and "PRO<span></span>TECT" read as the one
// word a reader sees.
std::string without_inline_markup(std::string_view raw);

// Whether a line holds a right-to-left override, embedding or isolate (U+202E,
// U+202B, U+2067): a browser may show what follows backwards ("TCETORP").
bool has_right_to_left_control(std::string_view raw);

// The line's characters in reverse order (UTF-8 sequences kept whole).
std::string reversed_characters(std::string_view raw);

// The line as a browser lays it out where a right-to-left override, embedding
// or isolate stands: what follows it, to its closing control (U+202C, U+2069)
// or the line's end, backwards, its brackets mirrored, the controls gone.
// "(&#x202E;detcirtseR&#x202C;)" shows "(Restricted)". (Nested controls are
// taken as they come; the whole line reversed is read as well.)
std::string bidi_shown(std::string_view raw);

// Is the text read at [from, to) written in capitals in `raw`, as markings
// are? More of its ASCII letters upper case than lower ("RESTRlCTED", with a
// small L for the I, still is), or no ASCII letter at all (look-alikes of
// other scripts, which have no case here).
bool written_in_capitals(std::string_view raw, const ReadText& read, std::size_t from,
                         std::size_t to);

// Signs that stand for letters inside a word, read as the letters: '!' or
// '|' between letters as 'i' ("RESTR!CTED"), "|2" before letters as 'r'
// ("|2ESTRICTED"), where the word they then make is a withheld label's (so
// that "Well done!Thanks" and a table's "a|b" stay as they are). (Digits and
// '$', '@' a glance reads already: at_a_glance.) `raw` as it is when no sign
// makes such a word.
std::string symbols_read_as_letters(std::string_view raw, const CensusLabels& labels);

bool has_sign_for_a_letter(std::string_view raw);

// `raw` with a space where a run of four or more capitals meets small letters
// ("boardRESTRICTED" → "board RESTRICTED"): after the run ("CONFIDENTIALbriefing"
// → "CONFIDENTIAL briefing"), or, with `before_last`, before its last capital,
// which begins the next word ("RESTRICTEDBoard" → "RESTRICTED Board"). A
// person reads the capitals as a word of their own. `raw` as it is when there
// is no such run.
std::string capitals_apart(std::string_view raw, bool before_last);

// Up to three spaces and ":::", as the structured parse wants a marker.
bool plain_marker_start(std::string_view raw);

// Where a handling banner of two to six words that starts at p of t (read
// as a person reads it) ends, or 0: "official use only", "limited
// distribution", "not for onward circulation", "do not forward".
// As a stamp (Banner::stamp: in capitals, or a file's name), an
// instruction not to pass on ("DO NOT FORWARD") marks whatever follows it;
// in a sentence (Banner::in_text), only when it is said of the text itself
// ("Do not share this", not "Do not share your PIN with anyone").
enum class Banner { in_text, stamp };
std::size_t banner_end(std::string_view t, std::size_t p, Banner as = Banner::in_text);

// Does a word name a part of a paper that a sentence may be said of
// ("paragraph", "item", "annex")?
bool part_named_for_a_sentence(std::string_view word);

// Does t from i, to its sentence's end, name where a text is published
// ("online", "the website", "publication", "the public version", "the
// minutes", "before it goes out")?
bool names_publication_ahead(std::string_view t, std::size_t i);
// The end of t's sentence from i: a full stop, semicolon, colon, question or
// exclamation mark, or the end of t.
std::size_t sentence_end(std::string_view t, std::size_t i);
// Does what follows a verb at i of t point at the text the verb stands in
// ("this", "it", "the following paragraph", a part's name), or at where it
// may not go ("outside the board", "online"), or is there nothing after it?
// Not so "your PIN": then the verb gives a reader advice.
bool points_at_this_text(std::string_view t, std::size_t i);
// Does t from i, to its sentence's end, name a closed circle that a text is
// kept within ("this room", "the board", "within the partnership",
// "between us", "to yourselves")? What is kept there is kept from the public.
bool names_a_closed_circle(std::string_view t, std::size_t i);

// Where what a clause says of its text begins at i of t, past "this is",
// "(and this is", "it's", "this bit is" ("... (and this is for official use
// only) ..."): a banner there marks the text as one leading it does. npos
// when t at i says no such thing.
std::size_t past_saying_this_is(std::string_view t, std::size_t i);

// Where raw first keeps text out of a reader's sight: HTML's deletion tags,
// a <template>, the hidden attribute or a hiding style, another tool's
// comment ("%% ... %%", "{# ... #}"); npos if nowhere (census_audience).
std::size_t out_of_sight_at(std::string_view raw);

// The words raw's markup gives that a page does not show: HTML comments',
// tags' names, classes in braces, a code fence's info string; each in
// capitals, to be read as a line of its own (census_audience).
std::vector<std::string> words_of_markup(std::string_view raw);

// Where t (read, lower case) leads with a label citing an exemption by its
// number and its ground ("s.31 law enforcement:"); npos if not
// (census_audience).
std::size_t exemption_cited_at(std::string_view t);

// Does the banner at p of t begin sentences as often as it stamps papers
// ("In confidence, the officer said ..." beside the stamp "In Confidence")?
// Not in capitals, such a banner is a stamp only on a line of its own.
bool banner_begins_sentences(std::string_view t, std::size_t p);

// Does a label that ends at `end` of t (read, lower case) describe the thing
// named after it, in a sentence that goes on ("Sensitive items such as
// passports should be kept in a safe", "Confidential information is shared
// only as the law allows")? Then it is an adjective, not a stamp on that
// part ("Restricted annex", "Confidential information – names",
// "Confidential information is below:").
bool describes_a_thing_in_a_sentence(std::string_view t, std::size_t end);
// A word that names a part of a paper ("annex", "minutes") or a stamp's
// furniture ("page", "copy", "draft", "version").
bool names_a_part_or_stamp(std::string_view word);

// Does the word that ends at `end` of t (read, lower case) number a part of
// a paper, after the part's name: "table 3", "annex c", "appendix 2.1",
// "part ii", "figure 4a"? A label after it, before a part's name, marks that
// part ("Table 3 Restricted figures by ward", "Annex C Restricted appendix").
bool numbers_a_part(std::string_view t, std::size_t end);

// Is a part of this paper the subject of the verb that starts at `verb` of
// t (read, lower case): "this paper is", "the attached annex must be kept",
// "annex b is", "item 7 remains", a part's name leading the line ("minutes
// are")? A withheld label the verb gives it is the paper's own statement of
// its marking, in any case ("this paper is confidential and must not be
// shared"); "your information is confidential" promises a caller.
bool a_paper_part_before(std::string_view t, std::size_t verb);

// Does a cover sheet's question, with its answer, mark its paper (key and
// answer read, lower case)? One that asks whether the paper may be
// published, answered no ("For publication: No", "Approved for
// publication: No", "Public item: No"); one that asks whether it is
// withheld, answered yes ("Is this item confidential? Yes", "Part II:
// Yes"); one that gives its status or how far it may go, answered with a
// banner or a word that withholds ("Circulation: Board members only",
// "Visibility: Internal", "Confidentiality: High", "Status: Not public").
bool answer_marks_the_paper(std::string_view key, std::string_view answer,
                            bool key_holds_a_withheld_label);

// Where a phrase that says the business is taken without the public or held
// back until a date starts in t, anywhere and in any case ("taken in camera",
// "under embargo until", "exclusion of the press and public"); npos if none.
std::size_t private_business_phrase_at(std::string_view t);

// Whether raw (as written, in any case) holds one of the phrases
// private_business_phrase_at reads: the fast path's look for them.
bool may_hold_a_phrase(std::string_view raw);

}  // namespace portal::census
