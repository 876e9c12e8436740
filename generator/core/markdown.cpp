#include "core/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <mutex>

namespace portal {

namespace {

void ensure_extensions_registered() {
    // cmark-gfm keeps its extension registry in the library; registering is
    // idempotent in effect but not thread-safe, so do it once.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

// cmark-gfm (0.29, as Debian ships it) keeps the characters that start an inline
// construct in one table for the whole process; cmark_parser_finish adds the
// extensions' characters ('~' for strikethrough, ':' and 'w' for autolinks) to
// it when it starts parsing inlines and takes them out when it ends. Two
// parsers finishing at once on two threads then race: one takes '~' out while
// the other is still reading, and that page's ~~text~~ or autolink comes out
// as plain text, differently from build to build (github/cmark-gfm#176). Block
// parsing (cmark_parser_feed) and rendering touch no such table and stay
// parallel; finishing takes turns. The lock guards the library's table, which
// portal cannot reach: the one piece of shared state here, for that reason.
std::mutex& inline_parse_lock() {
    static std::mutex lock;
    return lock;
}

}  // namespace

void NodeDeleter::operator()(cmark_node* n) const {
    if (n) cmark_node_free(n);
}

MarkdownTree parse_markdown(std::string_view text) {
    ensure_extensions_registered();
    cmark_parser* parser = cmark_parser_new(kOptions);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    cmark_parser_feed(parser, text.data(), text.size());
    cmark_node* doc = nullptr;
    {
        std::lock_guard<std::mutex> lock(inline_parse_lock());
        doc = cmark_parser_finish(parser);
    }
    cmark_parser_free(parser);
    return MarkdownTree(doc);
}

std::string render_html(cmark_node* root) {
    cmark_llist* exts = nullptr;
    cmark_mem* mem = cmark_get_default_mem_allocator();
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            exts = cmark_llist_append(mem, exts, ext);
    }
    char* html = cmark_render_html(root, kOptions, exts);
    cmark_llist_free(mem, exts);
    std::string out(html);
    std::free(html);
    return out;
}

std::string plain_text(cmark_node* node) {
    std::string out;
    cmark_iter* it = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_EXIT) {
            // Blocks end with a space, so words of two paragraphs never run together.
            if ((cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
                out += ' ';
            continue;
        }
        if (ev != CMARK_EVENT_ENTER) continue;
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                out += cmark_node_get_literal(n);
                break;
            case CMARK_NODE_CODE_BLOCK:
                out += cmark_node_get_literal(n);
                out += ' ';
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                out += ' ';
                break;
            default:
                break;
        }
    }
    cmark_iter_free(it);
    return out;
}

}  // namespace portal
