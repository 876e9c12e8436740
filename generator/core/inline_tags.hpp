// core/inline_tags.hpp — which HTML tags run inside a line of text. Inline
// elements (em, a, span...) can split a sentence, so their tags vanish and the
// words join up again; any other tag ends a run of words, so that the end of one
// paragraph or cell and the start of the next never read as one sentence. The
// leak audit and the search index's page text both read HTML this way: one rule,
// so that text the index joins is text the audit reads joined.
#pragma once

#include <string_view>

namespace portal {

// `tag` is the text from '<' to before '>' ("<em", "</td", "<a href=...").
bool is_inline_tag(std::string_view tag);

}  // namespace portal
