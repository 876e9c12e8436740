#include "core/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <dlfcn.h>

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace portal {

namespace {

// cmark-gfm (0.29, as Debian ships it) keeps the characters that start an inline
// construct in one table for the whole process. cmark_parser_finish calls
// cmark_manage_extensions_special_characters to add the extensions' characters
// ('~' for strikethrough, ':' and 'w' for autolinks) when it starts parsing
// inlines, and again to take them out when it ends. Two parsers finishing at
// once on two threads then race: one takes '~' out while the other is still
// reading, and that page's ~~text~~ or autolink comes out as plain text,
// differently from build to build (github/cmark-gfm#176).
//
// Every parser portal makes attaches the same four extensions, so the table
// portal needs is always the same one. portal defines that function itself
// (below); the library calls it through its procedure linkage table, so the
// dynamic linker binds the library's calls to portal's definition, which does
// nothing. The table is filled once, before any parse, by the library's own
// definition, and is only read from then on: finishing parses needs no turns.
//
// Where the library's calls do not reach portal's definition (a library linked
// statically, or built with -Bsymbolic), the first parse notices, and finishing
// takes turns under a lock instead: slower, never wrong.
struct InlineTable {
    std::once_flag filled;
    std::atomic<bool> calls_reach_portal{false};
    bool finishes_in_parallel = false;  // written once under `filled`
    std::mutex finish_lock;
};

// The library's table is process-wide; so is what portal knows about it.
InlineTable& inline_table() {
    static InlineTable table;
    return table;
}

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;
constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter"};

cmark_parser* new_parser() {
    cmark_parser* parser = cmark_parser_new(kOptions);
    for (const char* name : kExtensions) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    return parser;
}

using ManageSpecialCharacters = void (*)(cmark_parser*, int);

// Registers the extensions (not thread-safe in the library), fills the table
// once with the library's own function, and finds out whether the library's
// calls reach portal's definition.
void prepare_library(InlineTable& table) {
    cmark_gfm_core_extensions_ensure_registered();
    auto library_manage = reinterpret_cast<ManageSpecialCharacters>(
        dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
    if (!library_manage) return;  // no library definition after portal's: keep the lock
    cmark_parser* parser = new_parser();
    library_manage(parser, 1);
    cmark_parser_feed(parser, "~~probe~~\n", 10);
    cmark_node* doc = cmark_parser_finish(parser);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    table.finishes_in_parallel = table.calls_reach_portal.load();
}

}  // namespace

bool markdown_finishes_in_parallel() {
    InlineTable& table = inline_table();
    std::call_once(table.filled, [&] { prepare_library(table); });
    return table.finishes_in_parallel;
}

void NodeDeleter::operator()(cmark_node* n) const {
    if (n) cmark_node_free(n);
}

MarkdownTree parse_markdown(std::string_view text) {
    const bool parallel = markdown_finishes_in_parallel();
    cmark_parser* parser = new_parser();
    cmark_parser_feed(parser, text.data(), text.size());
    cmark_node* doc = nullptr;
    if (parallel) {
        doc = cmark_parser_finish(parser);
    } else {
        std::lock_guard<std::mutex> lock(inline_table().finish_lock);
        doc = cmark_parser_finish(parser);
    }
    cmark_parser_free(parser);
    return MarkdownTree(doc);
}

std::string render_html(cmark_node* root) {
    cmark_llist* exts = nullptr;
    cmark_mem* mem = cmark_get_default_mem_allocator();
    for (const char* name : kExtensions) {
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

// portal's definition of the library function that edits the inline table (see
// InlineTable above). cmark_parser_finish calls it to add and to remove the
// extensions' characters; the table already holds them, so it only notes that
// the call arrived here.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser*, int) {
    portal::inline_table().calls_reach_portal.store(true);
}
