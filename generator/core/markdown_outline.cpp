#include "core/markdown_outline.hpp"

#include <cmark-gfm.h>

#include "core/markdown.hpp"
#include "core/text.hpp"

namespace portal {

MarkdownOutline markdown_outline(cmark_node* root, std::vector<cmark_node*>* heading_nodes,
                                 std::vector<cmark_node*>* link_nodes) {
    MarkdownOutline out;
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it);
        const auto type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HEADING) {
            out.headings.push_back(trim(plain_text(n)));
            if (heading_nodes) heading_nodes->push_back(n);
        } else if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            const char* url = cmark_node_get_url(n);
            out.links.push_back(
                {url ? url : "", cmark_node_get_start_line(n), cmark_node_get_start_column(n)});
            if (link_nodes) link_nodes->push_back(n);
        }
    }
    cmark_iter_free(it);
    return out;
}

}  // namespace portal
