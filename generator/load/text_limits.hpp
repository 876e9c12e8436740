// load/text_limits.hpp — the limits portal puts on what it reads, in one place,
// and the checks of the raw text that keep the parsers inside them. An input
// beyond a limit is an error that names the file (and the place in it), never
// a crash: the parsers and every later stage may then rely on the limits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portal {

// How deeply arrays and objects (JSON) or flow collections (YAML front matter)
// may nest. The readers after the parser walk nested values recursively (the
// offset index, schema checks, redaction, the model), and a file nested 20,000
// deep would overflow the stack. No board paper needs more than a handful of
// levels; 100 is far beyond any real file and far below any stack's limit.
inline constexpr std::size_t kMaxNestingDepth = 100;

// The largest text source portal reads: a page, a data file, a CSV table, a
// layout, site.json. The largest real one is well under 1 MiB; a file of
// 32 MiB is a mistake (a database export, a file saved in the wrong place),
// and every text is held several times over while it is parsed, checked and
// rendered, so an unbounded one could exhaust memory.
inline constexpr std::uintmax_t kMaxTextFileBytes = 32u * 1024 * 1024;

// How many cells a line of a Markdown table may have. cmark-gfm's table
// reader takes time with the square of a row's width (60,000 columns: a
// minute); a board paper's widest table has a dozen, and 200 columns cost
// milliseconds a row.
inline constexpr std::size_t kMaxTableColumns = 200;

// The largest asset (an image, a font, a PDF), copied into the site as it is.
// Larger than any text, but still bounded: each is held in memory and audited.
inline constexpr std::uintmax_t kMaxAssetBytes = 256u * 1024 * 1024;

// A place in a text where it goes beyond a limit, and what to say about it.
struct TextLimitProblem {
    std::size_t offset = 0;  // byte offset into the text that was checked
    std::string message;     // for "path:line:column: error: message"
};

// The syntax whose strings and comments hide brackets from the depth count.
enum class NestingSyntax {
    json,  // "..." strings with backslash escapes; no comments
    yaml,  // YAML flow collections: "..." and '...' scalars, '#' comments
};

// The first opening bracket ('[' or '{') that nests deeper than `max_depth`
// levels, with a message; brackets inside strings (and, for YAML, comments)
// do not count. Only counts: never fails on text the parser would refuse for
// other reasons, so call it before the parser, and call the parser only when
// it finds nothing. For YAML (front matter) it reads quoted scalars and
// comments as YAML does, but not plain or block scalars: a bracket there counts
// too, which no real front matter nests 100 deep.
std::optional<TextLimitProblem> check_nesting_depth(std::string_view text, NestingSyntax syntax,
                                                    std::size_t max_depth = kMaxNestingDepth);

// One pass over JSON text before it is parsed: nesting deeper than
// kMaxNestingDepth, and numbers beyond the range of a double (1e400, -1e400),
// which the parser would refuse without a place to point at. The first problem.
std::optional<TextLimitProblem> check_json_limits(std::string_view text);

// The first line of Markdown text whose block quotes and list items nest
// deeper than `max_depth` (each '>' and each list marker at the start of the
// line is a level, and so is every two columns of indentation before them).
// cmark walks every open container for each line it reads, so a list nested
// 50,000 deep with 20,000 lines after it took 89 s (red team round 4, C2); no
// real page nests more than a few levels. Run on every text that is Markdown
// (a page's body, a JSON string with a line break) before anything parses it.
// Also a line with more than kMaxTableColumns table cells.
std::optional<TextLimitProblem> check_markdown_nesting(std::string_view text,
                                                       std::size_t max_depth = kMaxNestingDepth);

// The first section tag ("{{#name}}" or "{{^name}}") of a layout or partial
// that opens more than `max_depth` sections at once, with a message; set
// delimiters ("{{=<% %>=}}") are followed. The renderer holds every open
// section's context, so memory grows with the square of the depth (16,000
// levels, 480 KB of layout, went past 4 GB and aborted: red team round 17);
// no theme nests more than a few.
std::optional<TextLimitProblem> check_section_nesting(std::string_view text,
                                                      std::size_t max_depth = kMaxNestingDepth);

// "this file is 40.2 MiB; ..." for a file of `bytes` over `limit`.
std::string too_large_message(std::uintmax_t bytes, std::uintmax_t limit, bool asset);

}  // namespace portal
