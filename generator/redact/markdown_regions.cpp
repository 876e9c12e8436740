#include "redact/markdown_regions.hpp"

#include <cmark-gfm.h>

#include <set>

#include "core/markdown.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

// Lines (1-based, of the body) that belong to code or raw HTML blocks.
std::set<int> literal_lines(cmark_node* root) {
    std::set<int> lines;
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        auto t = cmark_node_get_type(n);
        if (t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_HTML_BLOCK) {
            for (int l = cmark_node_get_start_line(n); l <= cmark_node_get_end_line(n); ++l)
                lines.insert(l);
        }
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

}  // namespace

RegionResult apply_regions(const std::string& body, int body_line, const std::string& path,
                           const MarkingPolicy& policy, Diagnostics& diags) {
    RegionResult result;
    // Most pages have no region at all: without ":::" anywhere there is nothing
    // to find, and no need to parse the page here.
    if (body.find(":::") == std::string::npos) {
        result.public_markdown = body;
        return result;
    }
    MarkdownTree tree = parse_markdown(body);
    const std::set<int> literal = literal_lines(tree.get());
    std::vector<std::string> lines = split_lines(body);

    struct Open {
        int line;  // body line
        std::string label;
        bool withhold;
    };
    std::vector<Open> stack;
    std::vector<bool> drop(lines.size(), false);
    std::vector<int> withheld_starts;

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int bl = static_cast<int>(i) + 1;
        std::string label;
        if (literal.count(bl) || !parse_marker(lines[i], label)) {
            if (!stack.empty() && stack.back().withhold) drop[i] = true;
            continue;
        }
        const SourcePos pos{path, body_line + bl - 1, 1};
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
                r.first_line = body_line + open.line - 1;
                r.last_line = body_line + bl - 1;
                r.label = open.label;
                for (int k = open.line; k < bl - 1; ++k)
                    r.text += lines[static_cast<std::size_t>(k)] + "\n";
                result.withheld.push_back(std::move(r));
            }
        }
    }
    for (const auto& open : stack) {
        diags.error(SourcePos{path, body_line + open.line - 1, 1},
                    "marking region '::: " + open.label +
                        "' is never closed; add a line ':::' where the marked text ends");
        result.ok = false;
    }
    for (std::size_t i = 0; i < lines.size(); ++i)
        result.public_markdown += (drop[i] ? std::string() : lines[i]) + "\n";

    // A marker the line scan could not see (inside a list item or a quote) would
    // otherwise be published as text with the marked content after it: refuse it.
    MarkdownTree pub = parse_markdown(result.public_markdown);
    cmark_iter* it = cmark_iter_new(pub.get());
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_TEXT) continue;
        cmark_node* prev = cmark_node_previous(n);
        bool line_start = !prev || cmark_node_get_type(prev) == CMARK_NODE_SOFTBREAK ||
                          cmark_node_get_type(prev) == CMARK_NODE_LINEBREAK;
        const char* lit = cmark_node_get_literal(n);
        if (line_start && lit && std::string_view(lit).substr(0, 3) == ":::") {
            cmark_node* block = cmark_node_parent(n);
            int line = block ? cmark_node_get_start_line(block) : 1;
            diags.error(SourcePos{path, body_line + line - 1, 1},
                        "a marking region marker (':::') must stand alone at the start of a "
                        "line, outside lists and quotes");
            result.ok = false;
        }
    }
    cmark_iter_free(it);
    return result;
}

}  // namespace portal
