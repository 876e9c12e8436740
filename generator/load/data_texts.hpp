// load/data_texts.hpp — long text in Markdown files beside the data. A
// Markdown field of a report or plan (a narrative, a section, a plan's text)
// may name a file instead of holding its text in a JSON string:
//
//     "narrative": {"file": "2011-12-q1/priority-1.md"}
//
// The path is relative to the JSON file's folder and stays inside data/. The
// file is written and marked like a page: `:::` regions, and optionally front
// matter holding only `marking`. Its text takes the place of the object in the
// document's value, so validate, redact and everything after read it as if it
// were typed in the JSON string; the document keeps the file (JsonDocument::
// texts), so that redact matches its markings against its own census and
// every message points at its own lines.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"
#include "load/markdown_document.hpp"

namespace portal {

// Puts each file named by a report or plan into its document. `texts` are the
// data/**/*.md files that were read; `listed` every such file found, read or
// not (one that could not be read has its error already, and is not named as
// missing). A file no document names is published nowhere: a warning says so.
// Each file named inside a marking that `withholds` (on its own object or one
// around it) is added to `withheld_whole` as messages show its path, read or
// not: the marking withholds the whole file, so its name is not printed.
void join_data_texts(std::vector<JsonDocument>& data, std::vector<MarkdownDocument> texts,
                     const std::vector<std::string>& listed,
                     const std::function<bool(const Json&)>& withholds,
                     std::vector<std::string>& withheld_whole, Diagnostics& diags);

}  // namespace portal
