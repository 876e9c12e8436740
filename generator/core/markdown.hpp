// core/markdown.hpp — cmark-gfm behind RAII, with the extensions portal uses
// (table, strikethrough, autolink, tagfilter) and raw HTML never passed through.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct cmark_node;

namespace portal {

struct NodeDeleter {
    void operator()(cmark_node* n) const;
};
using MarkdownTree = std::unique_ptr<cmark_node, NodeDeleter>;

// Parses Markdown into a tree. Source positions in the tree are 1-based lines of `text`.
MarkdownTree parse_markdown(std::string_view text);

// HTML of a tree (raw HTML is replaced by a comment, as cmark does without UNSAFE).
std::string render_html(cmark_node* root);

// Whether parses on several threads finish at once (true where the library's
// calls reach portal's definition of the inline-table function, as with
// Debian's shared libcmark-gfm), or take turns (core/markdown.cpp says why).
bool markdown_finishes_in_parallel();

// Plain text of a node and its children (for headings, ids, search).
std::string plain_text(cmark_node* node);

}  // namespace portal
