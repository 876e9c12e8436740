#include "redact/markdown_regions.hpp"

#include <cmark-gfm.h>

#include <map>
#include <set>

#include "core/markdown.hpp"
#include "core/region_marker.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

// What a line of a literal block is: a ':::' line in a fenced code block is an
// example shown as code; in an indented code block or raw HTML it is a region
// typed wrongly, and refused.
enum class Literal { fenced_code, indented_code, raw_html };

// Lines (1-based) of code and raw HTML blocks.
std::map<int, Literal> literal_lines(cmark_node* root) {
    std::map<int, Literal> lines;
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto t = cmark_node_get_type(n);
        if (t != CMARK_NODE_CODE_BLOCK && t != CMARK_NODE_HTML_BLOCK) continue;
        int fence_length = 0, fence_offset = 0;
        char fence_char = 0;
        const Literal kind = t == CMARK_NODE_HTML_BLOCK ? Literal::raw_html
                             : cmark_node_get_fenced(n, &fence_length, &fence_offset, &fence_char)
                                 ? Literal::fenced_code
                                 : Literal::indented_code;
        for (int l = cmark_node_get_start_line(n); l <= cmark_node_get_end_line(n); ++l)
            lines[l] = kind;
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
bool looks_like_marker(const std::string& line) {
    std::size_t i = line.find_first_not_of(" \t");
    return i != std::string::npos && line.compare(i, 3, ":::") == 0;
}

bool is_table_row(const std::string& line) {
    std::size_t i = line.find_first_not_of(" \t");
    return i != std::string::npos && line[i] == '|';
}

// Markers inside paragraphs (a region opened inside a list item or a quote)
// cannot be regions: the line scan does not see them. Refuse them rather than
// publish the marked text after them.
bool refuse_markers_in_blocks(const std::string& public_markdown, const LineLocator& locate,
                              Diagnostics& diags) {
    bool ok = true;
    MarkdownTree pub = parse_markdown(public_markdown);
    std::set<int> reported;
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
        diags.error(locate(line),
                    "a marking region marker (':::') must stand alone at the start of a "
                    "line, outside lists and quotes");
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
    MarkdownTree tree = parse_markdown(body);
    const std::map<int, Literal> literal = literal_lines(tree.get());
    std::vector<std::string> lines = split_lines(body);

    struct Open {
        int line;  // line of the text
        std::string label;
        bool withhold;
    };
    std::vector<Open> stack;
    std::vector<bool> drop(lines.size(), false);

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int bl = static_cast<int>(i) + 1;
        std::string label;
        auto lit = literal.find(bl);
        if (lit != literal.end() && lit->second == Literal::indented_code &&
            looks_like_marker(lines[i])) {
            diags.error(locate(bl),
                        "this marking region marker is indented by four spaces or a tab, so "
                        "Markdown would show it, and the text after it, as code; start the "
                        "line with ':::' (to show a marker as an example, put it in a ``` "
                        "fenced block)");
            result.ok = false;
        } else if (lit != literal.end() && lit->second == Literal::raw_html &&
                   looks_like_marker(lines[i])) {
            diags.error(locate(bl),
                        "this marking region marker follows raw HTML without a blank line, so "
                        "Markdown reads it as part of the HTML, not as a region; put a blank "
                        "line before it");
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
            bool parent_withholds = !stack.empty() && stack.back().withhold;
            // An unknown label withholds too: if the build went on by mistake,
            // nothing under it would be published.
            stack.push_back(
                {bl, label, parent_withholds || !verdict || *verdict == Verdict::withhold});
        } else {
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
        diags.error(locate(open.line),
                    "marking region '::: " + open.label +
                        "' is never closed; add a line ':::' where the marked text ends");
        result.ok = false;
    }
    // Dropped lines become blank lines, so that line numbers stay those of the
    // file and paragraphs either side stay apart; inside a table (a table row
    // before and after) they go altogether, or the table would end there.
    std::string prev_kept;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!drop[i]) {
            result.public_markdown += lines[i] + "\n";
            prev_kept = lines[i];
            continue;
        }
        std::size_t next = i;
        while (next < lines.size() && drop[next]) ++next;
        const bool in_table =
            is_table_row(prev_kept) && next < lines.size() && is_table_row(lines[next]);
        if (!in_table) result.public_markdown += "\n";
    }
    if (!refuse_markers_in_blocks(result.public_markdown, locate, diags)) result.ok = false;
    return result;
}

}  // namespace portal
