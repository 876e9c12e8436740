// core/markdown_outline.hpp — what the link checks judge of a Markdown text:
// where its links lead, with their positions, and the text of its headings.
// Validate takes it from its own parse of a page; render takes it from the
// parse it makes anyway, so that a page whose public text is its full text is
// parsed once per build, not twice. Both use this one function, on trees of the
// same text, so the two outlines are the same by construction.
#pragma once

#include <string>
#include <vector>

struct cmark_node;

namespace portal {

struct LinkAt {
    std::string href;  // the destination as written (a link's or an image's)
    int line = 0;      // in the parsed text, 1-based
    int column = 0;
};

struct MarkdownOutline {
    std::vector<LinkAt> links;          // in document order
    std::vector<std::string> headings;  // each heading's text, trimmed, in document order
};

// The outline of an unmodified tree (call it before any node is changed).
// `heading_nodes` and `link_nodes`, when given, receive the nodes the outline
// was read from, in the same order (render then changes them).
MarkdownOutline markdown_outline(cmark_node* root,
                                 std::vector<cmark_node*>* heading_nodes = nullptr,
                                 std::vector<cmark_node*>* link_nodes = nullptr);

}  // namespace portal
