#include "redact/markdown_regions.hpp"

#include <cmark-gfm.h>

#include <map>
#include <set>

#include "core/markdown.hpp"
#include "core/reading.hpp"
#include "core/region_marker.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

// What a line of a literal block is: a ':::' line in a fenced code block is an
// example shown as code, as long as it withholds nothing; in an indented code
// block, raw HTML or a fence that is never closed it is a region typed
// wrongly, and refused.
enum class Literal { fenced_code, unclosed_fence, indented_code, raw_html };

struct LiteralLine {
    Literal kind;
    int block_start;  // the line that opened its block
};

// Does line (a fenced block's last) close a fence of `length` `fence` characters?
// Container prefixes (quote bars, indentation) are looked past.
bool closes_fence(std::string_view line, char fence, int length) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '>' || line[i] == '\t')) ++i;
    std::size_t n = 0;
    while (i < line.size() && line[i] == fence) ++i, ++n;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    return n >= static_cast<std::size_t>(length) && i == line.size();
}

// Lines (1-based) of code and raw HTML blocks.
std::map<int, LiteralLine> literal_lines(cmark_node* root, const std::vector<std::string>& text) {
    std::map<int, LiteralLine> lines;
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto t = cmark_node_get_type(n);
        if (t != CMARK_NODE_CODE_BLOCK && t != CMARK_NODE_HTML_BLOCK) continue;
        int fence_length = 0, fence_offset = 0;
        char fence_char = 0;
        const int first = cmark_node_get_start_line(n);
        const int last = cmark_node_get_end_line(n);
        Literal kind = t == CMARK_NODE_HTML_BLOCK ? Literal::raw_html
                       : cmark_node_get_fenced(n, &fence_length, &fence_offset, &fence_char)
                           ? Literal::fenced_code
                           : Literal::indented_code;
        // A fence left open runs to the end of its container: four backticks
        // closed with three, or never closed, turn everything after into code.
        if (kind == Literal::fenced_code &&
            (last <= first || last > static_cast<int>(text.size()) ||
             !closes_fence(text[static_cast<std::size_t>(last - 1)], fence_char, fence_length)))
            kind = Literal::unclosed_fence;
        for (int l = first; l <= last; ++l) lines[l] = {kind, first};
    }
    cmark_iter_free(it);
    return lines;
}

// A marker: up to three spaces, ":::", then an optional label. Returns false if
// the line is not a marker.
bool parse_marker(const std::string& line, std::string& label) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    if (line.compare(i, 3, ":::") != 0) return false;
    std::size_t j = i + 3;
    while (j < line.size() && line[j] == ':') ++j;  // ":::: X" is a marker too
    label = trim(line.substr(j));
    return true;
}

// A marker whatever its indentation (tabs and spaces before the colons).
constexpr const char* kNotAlone =
    "a marking region marker (':::') must stand alone at the start of a line, outside "
    "lists, quotes, headings and tables";

// What may stand before a marker that a person still reads as one: spaces, and
// the marks that open a quote, a list item, a heading or a table cell.
constexpr const char* kContainerPrefix = " \t>-*+#|0123456789.)";

bool looks_like_marker(const std::string& line, const char* prefix = " \t") {
    std::size_t i = line.find_first_not_of(prefix);
    return i != std::string::npos && line.compare(i, 3, ":::") == 0;
}

// Why a marker line inside a code or HTML block is refused, or "" when it is an
// example that may be shown as code: in a fence that is closed, with no label
// or a publishable one. A withheld or unknown label in code is refused even in
// a closed fence: a fence opened by mistake earlier in the page is closed by
// the next fence, and would publish the region between as code.
std::string literal_marker_problem(const std::string& line, const LiteralLine& lit,
                                   const MarkingPolicy& policy, const LineLocator& locate) {
    // The block's first line as the file numbers it (a page's body starts
    // below its front matter), as the message's own position does; a text in
    // a JSON string stands at one place, so its own line is named.
    const bool one_place = locate(1).line == locate(2).line;
    const std::string opened_at = one_place ? std::to_string(lit.block_start) + " of the text"
                                            : std::to_string(locate(lit.block_start).line);
    switch (lit.kind) {
        case Literal::indented_code:
            return "this marking region marker is indented by four spaces or a tab, so "
                   "Markdown would show it, and the text after it, as code; start the line "
                   "with ':::'";
        case Literal::raw_html:
            return "this marking region marker follows raw HTML without a blank line, so "
                   "Markdown reads it as part of the HTML, not as a region; put a blank line "
                   "before it";
        case Literal::unclosed_fence:
            return "this marking region marker is inside a code block opened on line " + opened_at +
                   " that is never closed (a fence closes with a line of at least as many "
                   "` or ~ as opened it), so Markdown would publish the marker, and the text "
                   "after it, as code; close the code block where it ends";
        case Literal::fenced_code:
            break;
    }
    std::string label;
    const std::size_t at = line.find(":::");
    std::size_t j = at + 3;
    while (j < line.size() && line[j] == ':') ++j;
    label = trim(line.substr(j));
    if (label.empty() || policy.verdict_of(label) == Verdict::publish) return "";
    return "this marking region marker is inside a code block (opened on line " + opened_at +
           "), which Markdown publishes as it is, so the text it marks would be published; if "
           "the code block was meant to end before it, close it there (to show the syntax as "
           "an example, write it with a publishable label, or in `backticks` within a "
           "sentence)";
}

bool is_table_row(const std::string& line) {
    std::size_t i = line.find_first_not_of(" \t");
    return i != std::string::npos && line[i] == '|';
}

// Markers inside paragraphs (a region opened inside a list item or a quote)
// cannot be regions: the line scan does not see them. Refuse them rather than
// publish the marked text after them.
// `reported`: lines already refused as not alone by the line scan.
bool refuse_markers_in_blocks(const std::string& public_markdown, const LineLocator& locate,
                              std::vector<std::pair<int, bool>>& markers, std::set<int> reported,
                              Diagnostics& diags) {
    bool ok = true;
    MarkdownTree pub = parse_markdown(public_markdown);
    cmark_iter* it = cmark_iter_new(pub.get());
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_TEXT) continue;
        cmark_node* prev = cmark_node_previous(n);
        bool line_start = !prev || cmark_node_get_type(prev) == CMARK_NODE_SOFTBREAK ||
                          cmark_node_get_type(prev) == CMARK_NODE_LINEBREAK;
        const char* lit = cmark_node_get_literal(n);
        if (!line_start || !lit || std::string_view(lit).substr(0, 3) != ":::") continue;
        // The text node's own line: its block's first line, plus the line breaks before it.
        cmark_node* block = cmark_node_parent(n);
        int line = block ? cmark_node_get_start_line(block) : 1;
        for (cmark_node* p = cmark_node_previous(n); p; p = cmark_node_previous(p))
            if (cmark_node_get_type(p) == CMARK_NODE_SOFTBREAK ||
                cmark_node_get_type(p) == CMARK_NODE_LINEBREAK)
                ++line;
        if (!reported.insert(line).second) continue;
        markers.push_back({line, true});
        diags.error(locate(line), kNotAlone);
        ok = false;
    }
    cmark_iter_free(it);
    return ok;
}

}  // namespace

bool has_region_marker(const std::string& text) {
    if (!may_hold_region(text)) return false;
    for (const auto& line : split_lines(text))
        if (looks_like_marker(line)) return true;
    return false;
}

RegionResult apply_regions(const std::string& body, const LineLocator& locate,
                           const MarkingPolicy& policy, Diagnostics& diags) {
    RegionResult result;
    // Most pages have no region at all: without ":::" anywhere there is nothing
    // to find, and no need to parse the page here.
    if (!may_hold_region(body)) {
        result.public_markdown = body;
        return result;
    }
    // Line ends as every reader counts them (a JSON string may hold "\r").
    std::string normalised;
    const std::string& text = normalise_line_ends(normalised = body) ? normalised : body;
    MarkdownTree tree = parse_markdown(text);
    std::vector<std::string> lines = split_lines(text);
    const std::map<int, LiteralLine> literal = literal_lines(tree.get(), lines);

    struct Open {
        int line;  // line of the text
        std::string label;
        bool withhold;
    };
    std::vector<Open> stack;
    std::vector<bool> drop(lines.size(), false);
    std::set<int> not_alone;  // lines refused for a marker inside a container

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int bl = static_cast<int>(i) + 1;
        std::string label;
        auto lit = literal.find(bl);
        // In code and raw HTML every line is published as written, so a marker
        // after a quote's bar, a bullet or a heading mark is one a reader sees
        // there too (fuzz finding R5: "> ::: PROTECT" in a fence never closed).
        if (lit != literal.end() && looks_like_marker(lines[i], kContainerPrefix)) {
            const std::string refused =
                literal_marker_problem(lines[i], lit->second, policy, locate);
            result.markers.push_back({bl, !refused.empty()});
            if (!refused.empty()) {
                diags.error(locate(bl), refused);
                result.ok = false;
            }
        }
        if (lit == literal.end() && !parse_marker(lines[i], label) &&
            !looks_like_marker(lines[i]) && looks_like_marker(lines[i], kContainerPrefix)) {
            // After a quote's bar, a list's bullet or number, a heading's # or a
            // table's bar: a person reads a marker, Markdown a line of that
            // container, and portal no region (so no closing one either).
            result.markers.push_back({bl, true});
            not_alone.insert(bl);
            diags.error(locate(bl), kNotAlone);
            result.ok = false;
        }
        if (lit == literal.end() && !parse_marker(lines[i], label) && looks_like_marker(lines[i])) {
            // Indented four or more, yet not code (a paragraph's continuation, a
            // list item's): Markdown shows it as text, and what follows with it.
            result.markers.push_back({bl, true});
            diags.error(locate(bl),
                        "this marking region marker is indented by four spaces or more, so "
                        "Markdown reads it as part of the text before it, not as a region; start "
                        "the line with ':::'");
            result.ok = false;
        }
        if (lit != literal.end() || !parse_marker(lines[i], label)) {
            if (!stack.empty() && stack.back().withhold) drop[i] = true;
            continue;
        }
        const SourcePos pos = locate(bl);
        drop[i] = true;  // marker lines never reach the page
        if (!label.empty()) {
            auto verdict = policy.judge(label, pos, diags);
            if (!verdict) result.ok = false;
            result.markers.push_back({bl, !verdict || *verdict == Verdict::withhold});
            bool parent_withholds = !stack.empty() && stack.back().withhold;
            // An unknown label withholds too: if the build went on by mistake,
            // nothing under it would be published.
            stack.push_back(
                {bl, label, parent_withholds || !verdict || *verdict == Verdict::withhold});
        } else {
            result.markers.push_back({bl, stack.empty()});
            if (stack.empty()) {
                diags.error(pos,
                            "':::' closes a marking region, but no region is open here "
                            "(a region opens with a line like '::: PROTECT')");
                result.ok = false;
                continue;
            }
            Open open = stack.back();
            stack.pop_back();
            bool parent_withholds = !stack.empty() && stack.back().withhold;
            if (open.withhold && !parent_withholds) {
                WithheldRegion r;
                r.first_line = open.line;
                r.last_line = bl;
                r.pos = locate(open.line);
                r.label = open.label;
                for (int k = open.line; k < bl - 1; ++k)
                    r.text += lines[static_cast<std::size_t>(k)] + "\n";
                result.withheld.push_back(std::move(r));
            }
        }
    }
    for (const auto& open : stack) {
        const auto label = policy.quotable(open.label);
        diags.error(
            locate(open.line),
            (label ? "marking region '::: " + *label + "'" : std::string("this marking region")) +
                " is never closed; add a line ':::' where the marked text ends");
        result.ok = false;
    }
    // Dropped lines become blank lines, so that line numbers stay those of the
    // file and paragraphs either side stay apart; inside a table (a table row
    // before and after) they go altogether, or the table would end there.
    std::string prev_kept;
    std::size_t next = 0;  // the first kept line after a run of dropped ones (found once a run)
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!drop[i]) {
            result.public_markdown += lines[i] + "\n";
            prev_kept = lines[i];
            continue;
        }
        if (next <= i) {
            next = i;
            while (next < lines.size() && drop[next]) ++next;
        }
        const bool in_table =
            is_table_row(prev_kept) && next < lines.size() && is_table_row(lines[next]);
        if (!in_table) result.public_markdown += "\n";
    }
    if (!refuse_markers_in_blocks(result.public_markdown, locate, result.markers, not_alone, diags))
        result.ok = false;
    return result;
}

}  // namespace portal
