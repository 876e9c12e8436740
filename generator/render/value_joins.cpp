#include "render/value_joins.hpp"

#include <algorithm>
#include <cctype>

#include "core/html_references.hpp"
#include "core/inline_tags.hpp"
#include "core/label_pieces.hpp"
#include "core/marking_fields.hpp"
#include "core/reading.hpp"
#include "core/shown_attributes.hpp"

namespace portal {

namespace {

// How far each side is read: a label is a few words.
constexpr std::size_t kReach = 64;

// Is `at` inside a tag (an attribute's value: "title='{{page.title}}'")?
// Then the start of that tag; else npos.
std::size_t tag_around(std::string_view html, std::size_t at) {
    const std::size_t lt = html.rfind('<', at == 0 ? 0 : at - 1);
    if (lt == std::string_view::npos || at == 0) return std::string_view::npos;
    const std::size_t gt = html.rfind('>', at - 1);
    return gt != std::string_view::npos && gt > lt ? std::string_view::npos : lt;
}

// Does the attribute whose value holds `at` (in the tag starting at lt) show
// its text to a reader (a tooltip, an image's text, a page's description),
// rather than name an address, a class or an id?
bool shown_attribute(std::string_view html, std::size_t lt, std::size_t at) {
    const std::size_t eq = html.substr(0, at).rfind('=');
    if (eq == std::string_view::npos || eq < lt) return false;
    std::size_t from = eq;
    while (from > lt &&
           (std::isalnum(static_cast<unsigned char>(html[from - 1])) || html[from - 1] == '-'))
        --from;
    return is_a_shown_attribute(html.substr(from, eq - from));
}

// Text as a reader sees it: white space one space, except the breaks between
// blocks (add_block_break), which stay line breaks.
std::string shown(std::string text, bool breaks_kept = false) {
    for (char& c : text)
        if ((c == '\n' && !breaks_kept) || c == '\t' || c == '\r') c = ' ';
    return text.find('&') == std::string::npos ? text : html_references_decoded(text);
}

// Elements whose text a page never shows where they stand: the reading of
// the sides stops at them. (No copy: asked of every tag crossed.)
bool hides_its_text(std::string_view tag) {
    std::size_t n = 1;
    if (n < tag.size() && tag[n] == '/') ++n;
    std::size_t e = n;
    while (e < tag.size() && std::isalnum(static_cast<unsigned char>(tag[e]))) ++e;
    const std::string_view name = tag.substr(n, e - n);
    auto is = [&](std::string_view w) {
        if (name.size() != w.size()) return false;
        for (std::size_t k = 0; k < w.size(); ++k)
            if ((name[k] | 0x20) != w[k]) return false;
        return true;
    };
    return is("script") || is("style") || is("template") || is("noscript") || is("textarea") ||
           is("title") || is("head");
}

// A break between blocks (a paragraph's end, a cell's, a list item's) reads
// as a line break: a reader sees the next block's text on the next line, and
// reads a label on over it ("Not for" in one paragraph, "publication: names"
// in the next), as the census reads a label over a line's end.
void add_block_break(std::string& out) {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty() || out.back() != '\n') out += '\n';
}

// Text between tags, a character at a time: a line break in the html is a
// space, and a space after a block's break is nothing (a browser collapses
// the white space between blocks).
void add_text(std::string& out, char c) {
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == '\n') return;
    out += c;
}

// How the sides of an edge are read: within the line only (inline tags pass,
// any other ends the side), or on past the ends of blocks, as a reader reads
// on to the next line. Speed: a side is read past blocks only when it shows
// nothing within its line, and then past a few tags at most (a label split
// between blocks stands in neighbouring ones).
enum class Reach { line, blocks };
constexpr int kMostTagsCrossed = 4;
// Across blocks, only the words that may go on over the break: a label's
// last words on one line and its first on the next.
std::size_t reach_of(Reach reach) {
    return reach == Reach::line ? kReach : kReach / 2;
}

// What a tag met on the walk does to a side: an inline tag passes; any other
// ends the side within its line, or, reading across blocks, is a break (up to
// kMostTagsCrossed of them, and never into an element that hides its text).
// Whether the walk goes on.
bool passes_tag(std::string_view tag, Reach reach_kind, int& blocks, std::string& out) {
    if (is_inline_tag(tag)) return true;
    if (reach_kind == Reach::line || ++blocks > kMostTagsCrossed || hides_its_text(tag))
        return false;
    add_block_break(out);
    return true;
}

std::string visible_after(std::string_view html, std::size_t at, std::size_t in_tag,
                          Reach reach_kind) {
    std::string out;
    if (in_tag != std::string_view::npos) {
        // In an attribute's value: up to its closing quote or the tag's end.
        const std::size_t end = std::min(html.find_first_of("\"'>", at), html.size());
        return shown(std::string(html.substr(at, std::min(end - at, kReach))));
    }
    int blocks = 0;
    const std::size_t reach = reach_of(reach_kind);
    for (std::size_t i = at; i < html.size() && out.size() < reach;) {
        if (html[i] == '<') {
            if (html.compare(i, 4, "<!--") == 0) {
                const std::size_t end = html.find("-->", i + 4);
                if (end == std::string_view::npos) break;
                i = end + 3;
                continue;
            }
            const std::size_t gt = html.find('>', i);
            if (gt == std::string_view::npos) break;
            if (!passes_tag(html.substr(i, gt - i), reach_kind, blocks, out)) break;
            i = gt + 1;
            continue;
        }
        add_text(out, html[i++]);
    }
    return shown(std::move(out), true);
}

std::string visible_before(std::string_view html, std::size_t at, std::size_t lt,
                           Reach reach_kind) {
    std::string out;  // backwards
    if (lt != std::string_view::npos) {
        std::size_t from = html.substr(0, at).find_last_of("\"'=");
        from = from == std::string_view::npos || from < lt ? lt + 1 : from + 1;
        from = std::max(from, at > kReach ? at - kReach : 0);
        return shown(std::string(html.substr(from, at - from)));
    }
    int blocks = 0;
    const std::size_t reach = reach_of(reach_kind);
    for (std::size_t i = at; i > 0 && out.size() < reach;) {
        if (html[i - 1] == '>') {
            if (i >= 3 && html.compare(i - 3, 3, "-->") == 0) {
                const std::size_t open = html.rfind("<!--", i - 3);
                if (open == std::string_view::npos) break;
                i = open;
                continue;
            }
            const std::size_t lt = html.rfind('<', i - 1);
            if (lt == std::string_view::npos) break;
            if (!passes_tag(html.substr(lt, i - lt), reach_kind, blocks, out)) break;
            i = lt;
            continue;
        }
        add_text(out, html[--i]);
    }
    std::reverse(out.begin(), out.end());
    return shown(std::move(out), true);
}

// The withheld or unknown markings the census reads in `text`: how many, and
// the label of the first (empty when it names none).
struct Markings {
    std::size_t count = 0;
    std::string first_label;
};
Markings markings_in(std::string_view text, const CensusLabels& labels) {
    Markings m;
    for (const auto& s : take_census(text, CensusFormat::text, labels)) {
        if (s.reading != Reading::withhold && s.reading != Reading::unknown) continue;
        if (m.count++ == 0) m.first_label = s.label;
    }
    return m;
}

// The first word of `text` (read, lower case), or the last.
std::string edge_word(const std::string& text, bool first) {
    // Speed: plain ASCII letters at the edge read as themselves, in lower case.
    {
        auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
        auto plain = [](char c) { return c > 0 && c != '&'; };
        std::size_t a = 0, b = text.size();
        bool is_plain = true;
        if (first) {
            while (a < text.size() && !letter(text[a]) && (is_plain = plain(text[a]))) ++a;
            b = a;
            while (is_plain && b < text.size() && letter(text[b])) ++b;
            is_plain = is_plain && (b == text.size() || plain(text[b]));
        } else {
            while (b > 0 && !letter(text[b - 1]) && (is_plain = plain(text[b - 1]))) --b;
            a = b;
            while (is_plain && a > 0 && letter(text[a - 1])) --a;
            is_plain = is_plain && (a == 0 || plain(text[a - 1]));
        }
        if (is_plain) {
            std::string word(text.substr(a, b - a));
            for (char& c : word) c = static_cast<char>(c | 0x20);
            return word;
        }
    }
    const std::string read =
        read_as_person(first ? text.substr(0, 48)
                             : text.substr(text.size() - std::min<std::size_t>(text.size(), 48)));
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    std::size_t a = 0, b = read.size();
    if (first) {
        while (a < read.size() && !letter(read[a])) ++a;
        b = a;
        while (b < read.size() && letter(read[b])) ++b;
    } else {
        while (b > 0 && !letter(read[b - 1])) --b;
        a = b;
        while (a > 0 && letter(read[a - 1])) --a;
    }
    return read.substr(a, b - a);
}

// Might `word`, at a value's edge, go on over the end of its block into a
// label: a word of a withheld label (inflected too), or a piece that begins
// a label (piece_begins: "PROTEC" | ...) or ends one (... | "TED")?
bool may_go_on(const std::string& word, bool piece_begins, const CensusLabels& labels) {
    return !word.empty() &&
           (labels.is_a_word_of_a_withheld_label_inflected(word) || word == "protectively" ||
            word == "marked" ||
            (word.size() >= 2 && (piece_begins ? labels.a_label_written_as_one_begins_with(word)
                                               : labels.a_label_ends_with(word))));
}

// Might the last line of `before` be a marking field in a box of its own
// ("Protective marking" in a table's header cell, a "dt", a label), whose
// value the census reads on the next line (read_field_over_break)? Short,
// and holding a word of such a field.
bool may_be_a_field_on_its_own(const std::string& before) {
    std::size_t from = before.find_last_of('\n', before.size() >= 2 ? before.size() - 2 : 0);
    from = from == std::string::npos ? 0 : from + 1;
    return before.size() - from <= 64 &&
           census::holds_a_field_word(std::string_view(before).substr(from));
}

}  // namespace

std::string with_value_edges(std::string_view value) {
    if (value.empty()) return {};
    std::string out;
    out.reserve(value.size() + 2);
    out += kValueEdge;
    out += value;
    out += kValueEdge;
    return out;
}

std::vector<std::size_t> take_value_edges(std::string& html) {
    std::vector<std::size_t> edges;
    std::size_t write = html.find(kValueEdge);
    if (write == std::string::npos) return edges;
    for (std::size_t read = write; read < html.size();) {
        // At an edge: note it, and move the text up to the next one down.
        if (edges.empty() || edges.back() != write) edges.push_back(write);
        ++read;
        const std::size_t next = std::min(html.find(kValueEdge, read), html.size());
        std::copy(html.begin() + static_cast<std::ptrdiff_t>(read),
                  html.begin() + static_cast<std::ptrdiff_t>(next),
                  html.begin() + static_cast<std::ptrdiff_t>(write));  // (down: safe)
        write += next - read;
        read = next;
    }
    html.resize(write);
    return edges;
}

void check_value_joins(const std::string& html, const std::vector<std::size_t>& edges,
                       const CensusLabels& labels, const SourcePos& page, const std::string& layout,
                       Diagnostics& diags) {
    for (const std::size_t at : edges) {
        // In a tag, only an attribute a reader is shown counts (most values
        // in tags are addresses).
        const std::size_t in_tag = tag_around(html, at);
        if (in_tag != std::string_view::npos && !shown_attribute(html, in_tag, at)) continue;
        auto blank = [](const std::string& side) {
            return side.find_first_not_of(" \n") == std::string::npos;
        };
        // A side that shows nothing within its line is read on past the end
        // of its block, when the other side's word at the edge may go on
        // into a label over the break (speed: most do not).
        std::string before = visible_before(html, at, in_tag, Reach::line);
        std::string after = visible_after(html, at, in_tag, Reach::line);
        bool crossed = blank(before) != blank(after);
        // The words at the edge: the first after it, the last before it
        // (each read once; "" until needed).
        std::string first, last;
        if (blank(before) && blank(after)) {
            // Blocks on both sides (a value of blocks, such as the page's
            // body, between the layout's blocks: "<p>Not for</p>" |
            // "<p>publication: ...</p>"): each side is read on past its
            // block when the word after the edge may go on from a label's
            // start over the break.
            after = visible_after(html, at, in_tag, Reach::blocks);
            first = edge_word(after, true);
            if (!may_go_on(first, /*piece_begins=*/false, labels)) continue;
            before = visible_before(html, at, in_tag, Reach::blocks);
            crossed = true;
        } else if (blank(before)) {
            first = edge_word(after, true);
            if (!may_go_on(first, /*piece_begins=*/false, labels)) continue;
            before = visible_before(html, at, in_tag, Reach::blocks);
        } else if (blank(after)) {
            last = edge_word(before, false);
            if (!may_go_on(last, /*piece_begins=*/true, labels) &&
                !may_be_a_field_on_its_own(before))
                continue;
            after = visible_after(html, at, in_tag, Reach::blocks);
        }
        if (blank(before) || blank(after)) continue;
        std::string label;
        // A word spelt across the edge, also where a block ends at it ("PROTEC"
        // ending a paragraph, "TED: names" the next): a word broken over lines.
        auto without_breaks_at = [](std::string text, bool at_end) {
            if (at_end)
                while (!text.empty() && text.back() == '\n') text.pop_back();
            else
                text.erase(0, text.find_first_not_of('\n'));
            return text;
        };
        if (const CensusLabel* l = label_joined_across(without_breaks_at(before, true),
                                                       without_breaks_at(after, false), labels)) {
            label = l->text;
        } else {
            // Speed: the census reads the two sides together only where a
            // label may begin after the edge, end before it, or go on over it
            // ("Not for" | "publication"); across the end of a block, only
            // where it goes on over it (a label that begins or ends a line
            // of its own the census reads on that line).
            if (first.empty()) first = edge_word(after, true);
            if (last.empty()) last = edge_word(before, false);
            const bool goes_on = labels.follow_in_a_withheld_label(last, first) ||
                                 (last == "protectively" && first == "marked") ||
                                 (crossed && may_be_a_field_on_its_own(before));
            if (crossed ? !goes_on
                        : !(goes_on || labels.starts_a_label(first) || labels.ends_a_label(last) ||
                            first == "protectively" || last == "marked"))
                continue;
            const Markings together = markings_in(before + after, labels);
            if (together.count == 0 || together.count <= markings_in(before, labels).count +
                                                             markings_in(after, labels).count)
                continue;
            label = together.first_label;
        }
        diags.error(page, "the layout '" + layout +
                              "' puts text side by side (a value against another value, a "
                              "section's text or the layout's own words) that reads together as " +
                              (label.empty() ? std::string("a marking") : "'" + label + "'") +
                              ", though no part of it does alone. Nothing is published while "
                              "this stands: change the layout or the values so that they stand "
                              "apart");
        return;
    }
}

}  // namespace portal
