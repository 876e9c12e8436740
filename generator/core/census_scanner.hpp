// The census's reader of text (core/marking_census): Scanner reads a text
// line by line as a person does and records every marking it sees as a
// MarkingSighting. Its parts, each in a file of its own:
//   census_label_reader.cpp  where a label stands and what it reads as;
//   census_fast_path.cpp     which lines and offsets are worth reading at all;
//   census_line_rules.cpp    the rules that read one line, in order;
//   census_text_reading.cpp  a whole text: lines, breaks, letters down, cells.
// Each member is described where it is defined. Internal to the census.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/census_forms.hpp"
#include "core/marking_census.hpp"
#include "core/reading.hpp"

namespace portal::census {

// How far into a cell, an element's text, brackets or what follows "marked" a
// prefix (bullets, emphasis, brackets) is looked past to the label: far enough
// for any a person writes, near enough that a run of '(' costs one pass, not
// one per '('.
constexpr std::size_t kPrefixReach = 64;

// One line as the line rules read it (Scanner::scan_once): the text as a
// person reads it and where each of its characters came from, the prefix a
// reader looks past, and the code spans of a sentence, which show syntax.
struct Line {
    std::string_view raw;    // as written, character references and escapes shown
    std::string_view t;      // as a person reads it (read_as_person)
    std::size_t p = 0;       // where the text begins, past its prefix (skip_prefix)
    bool container = false;  // that prefix is a list, quote, heading, table, code or indent
    bool escaped = false;    // written with character references or escapes
    bool line_start = true;  // it begins a line as Markdown reads lines
    int line = 0;
    int column0 = 1;                                        // raw's first column
    const std::vector<std::uint32_t>* column = nullptr;     // t's characters' columns in raw
    std::vector<std::pair<std::size_t, std::size_t>> code;  // spans after p: [open, close]
    std::vector<bool> label_only;  // each span holds a label and nothing else

    int col(std::size_t i) const {
        return column0 + static_cast<int>(i < column->size() ? (*column)[i] : 1) - 1;
    }
    bool in_code(std::size_t i) const {
        for (const auto& [a, b] : code)
            if (i > a && i < b) return true;
        return false;
    }
    // In a span that shows syntax, not one that holds a label alone.
    bool in_syntax_code(std::size_t i) const {
        for (std::size_t k = 0; k < code.size(); ++k)
            if (i > code[k].first && i < code[k].second && !label_only[k]) return true;
        return false;
    }
};

struct Scanner {
    const CensusLabels& labels;
    std::vector<MarkingSighting>& out;
    ReadText read;  // reused for every line
    // Whether the text is Markdown (a page, or a string of JSON or a cell of
    // CSV that may be), where "[text](url)" is a link, not brackets.
    bool markdown = true;
    // The text after the line being scanned (scan_text sets it): a marker's
    // label may go on in it ("::: OFFICIAL" then "SENSITIVE", as Word wraps).
    std::string_view after_line = {};
    // The columns of the table being read whose heading asks a cover
    // sheet's question ("Publish?", "Part II", "Access"), by their place in
    // the row, with the heading as read: each row's answer is read against
    // it (read_field_row). Emptied at the first line that is no table row.
    std::vector<std::pair<std::size_t, std::string>> question_columns = {};

    // Where a label stands (census_label_reader.cpp).
    // Past emphasis and the rest of a link whose text ends at `i` ("](#x)",
    // "][r]"): a link shows its text alone, so "## [Restricted](#x): names"
    // and "[Restricted][r]" read as the label. A link's address that runs to
    // the slot's end with no space in it ("([Restricted](#x))", whose slot the
    // address's ')' closes) ends the slot (kEndsSlot); one with a space is no
    // link (kNoLink).
    enum class LinkTail { passed, ends_slot, no_link };
    std::string_view next_line_with_text() const;
    const CensusLabel* label_at(std::string_view t, std::size_t p, std::size_t& end,
                                bool inflected = false) const;
    const CensusLabel* uninflected(std::string_view words) const;
    static bool stands_alone(std::string_view t, std::size_t end);
    // Whether the line's character at `i` of t is written as a capital
    // letter A-Z (as a stamp or a name begins).
    bool capital_at(const Line& ln, std::size_t i) const {
        return i < read.source.size() && read.source[i] < ln.raw.size() &&
               ln.raw[read.source[i]] >= 'A' && ln.raw[read.source[i]] <= 'Z';
    }
    static LinkTail past_link_tail(std::string_view t, std::size_t& i, std::size_t slot_end);
    static bool leads_slot(std::string_view t, std::size_t end, std::size_t slot_end);
    static bool closes_bracket(std::string_view t, std::size_t end);
    const CensusLabel* label_leading(std::string_view t, std::size_t s, std::size_t slot_end,
                                     std::size_t& end) const;
    static bool protectively_marked_at(std::string_view t, std::size_t s);
    static bool names_a_marking(std::string_view word, bool separated, bool& loosely);
    const CensusLabel* withheld_label_after(std::string_view t, std::size_t from) const;
    Reading reading_of(std::string_view t, std::size_t p, std::string& label) const;
    void add(int line, int column, SightingKind kind, Reading reading, std::string label,
             std::string odd);
    void read_fields_together(std::string_view first, std::string_view second, int line,
                              int column);
    static std::size_t enumerator_length(std::string_view t);
    static bool spaced_letters_at(std::string_view t, std::size_t i);
    static std::size_t bullet_glyph_length(std::string_view t);
    static std::size_t skip_prefix(std::string_view t, bool& container);
    static bool part_or_stamp_follows(std::string_view t, std::size_t end);
    static bool caveat_follows(std::string_view t, std::size_t end);
    const CensusLabel* misspelt_word_at(std::string_view t, std::size_t p, std::size_t& end) const;
    const CensusLabel* label_after_an_owner(const Line& ln, std::size_t from, std::size_t& at,
                                            std::size_t& end) const;

    // Which lines are worth reading (census_fast_path.cpp).
    static bool plain_ascii(std::string_view text);
    std::vector<std::size_t> offsets_worth_reading(std::string_view text) const;
    bool plain_start_worth_reading(std::string_view raw) const;
    bool start_worth_reading(std::string_view raw) const;
    bool start_worth_reading_as_written(std::string_view raw) const;

    // One line's rules (census_line_rules.cpp).
    using LineRule = bool (Scanner::*)(const Line&);
    template <typename InCode>
    const CensusLabel* label_after_naming_word(std::string_view raw, std::string_view t,
                                               std::size_t p, InCode in_code,
                                               std::size_t& at) const;
    template <typename F>
    static void for_each_slot(std::string_view t, bool markdown, F&& f);
    void scan(std::string_view raw, int line, int column0, bool line_start);
    void scan_once(std::string_view raw, int line, int column0, bool line_start);
    bool marker_line(const Line& ln);
    bool label_standing_alone(const Line& ln);
    bool label_after_an_owner_standing(const Line& ln);
    bool misspelt_label_standing(const Line& ln);
    bool labels_together_leading(const Line& ln);
    bool label_in_emphasis_leading(const Line& ln);
    bool protectively_marked_standing(const Line& ln);
    bool handling_banner(const Line& ln);
    bool key_and_its_value(const Line& ln);
    bool label_after_a_naming_word(const Line& ln);
    bool marking_key_mid_line(const Line& ln);
    bool label_alone_in_a_field(const Line& ln);
    bool label_leading_a_slot(const Line& ln);
    bool label_after_dash_colon_or_arrow(const Line& ln);
    bool label_before_a_colon(const Line& ln);
    bool label_after_marked(const Line& ln);
    bool marker_mid_line(const Line& ln);
    bool label_in_capitals_anywhere(const Line& ln);
    bool label_glued_to_a_number(const Line& ln);
    bool label_glued_to_a_stamp_word(const Line& ln);
    bool label_after_a_padlock(const Line& ln);
    bool label_as_a_phrase(const Line& ln);
    // Where a label in quotes after "marked" is said of letters or parcels
    // a resident gets, in a sentence that goes on; npos when none is.
    std::size_t label_quoted_on_things(const Line& ln) const;
    bool label_in_the_run_of_a_sentence(const Line& ln);
    bool label_with_a_qualifier(const Line& ln);
    bool withheld_by_a_sentence(const Line& ln);
    void add_withheld_by_a_sentence(const Line& ln, std::size_t at);
    bool question_answered(const Line& ln);
    // A paper handled apart from the public in a clerk's working words
    // (census_paper_handling.cpp).
    bool paper_handled_apart(const Line& ln);
    // Who alone may read a text, said in other words: a label naming the
    // circle, a promise not to pass it on, a style key, deletion tags
    // (census_audience.cpp).
    bool kept_to_an_audience(const Line& ln);
    bool answers_the_question(const Line& ln, std::string_view key, std::string_view answer);
    static std::size_t skip_joiners(std::string_view t, std::size_t at, std::size_t e);
    static bool phrase_break(std::string_view raw, const ReadText& read, std::size_t i);
    template <typename InCode, typename Col>
    bool label_as_phrase(std::string_view raw, std::string_view t, std::size_t p, InCode in_code,
                         int line, Col col);

    // A whole text (census_text_reading.cpp).
    // A label written down the page, a letter to a line, a list item, a
    // heading or a table row ("R", "E", "S", ... "D"): a person reads the word
    // the letters spell, as in an acrostic. Blank lines between them do not
    // break it.
    struct LettersDown {
        std::string letters;
        int first_line = 0;
        int column = 1;
    };
    void scan_file_line(std::string_view raw, int line, int column0);
    void scan_across_break(std::string_view raw, std::string_view next, int line, int column0);
    static char lone_letter(std::string_view raw);
    void read_letters_down(LettersDown& down);
    void read_cells_together(std::string_view raw, int line, int column0);
    void read_field_row(std::string_view raw, int line, int column0);
    bool read_question_columns(std::string_view raw, bool header, int line, int column0);
    void read_key_and_value(std::string_view key, std::string_view value, int line, int column);
    void read_field_over_break(std::string_view raw, int line, int column0);
    void scan_text(std::string_view text, int line, int column0, bool one_place);
};

}  // namespace portal::census
