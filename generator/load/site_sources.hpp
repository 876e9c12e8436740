// load/site_sources.hpp — everything read from a site folder, unjudged.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/csv_document.hpp"
#include "load/json_document.hpp"
#include "load/markdown_document.hpp"
#include "load/text_file.hpp"

namespace portal {

struct SiteSources {
    std::string site_dir;    // as given on the command line
    JsonDocument site_json;  // site.json
    bool site_json_ok = false;
    std::vector<MarkdownDocument> pages;       // content/**/*.md, sorted by rel
    std::vector<JsonDocument> data;            // data/**/*.json, sorted by rel
    std::vector<CsvDocument> csv;              // data/**/*.csv
    std::map<std::string, TextFile> layouts;   // "page" -> layouts/page.mustache
    std::map<std::string, TextFile> partials;  // "header" -> layouts/partials/header.mustache
    std::vector<TextFile> assets;              // assets/**, bytes in text
    // Every file listed whose name reads as marked (name_census): its path as
    // messages would show it, and as far as they may, whether or not it could
    // be read (a file refused as it loads is named in its message too). Every
    // message of the build shows the second (redact/quiet_messages:
    // hide_marked_names).
    std::vector<std::pair<std::string, std::string>> marked_files;
    // Every file whose own text gives it a withheld marking (a marking key or
    // field with a withheld label; in JSON, at its top level), as messages
    // show its path, whether or not it loaded: a file refused before redact
    // withholds it is named as one withheld whole is (pipeline).
    // And every file a marking outside it withholds whole: a text that a
    // report or plan names inside a marking that withholds or that portal
    // cannot read ({"file": ..., "marking": "RESTRICTED"}), loaded or not.
    std::vector<std::string> read_as_withheld_whole;
    // Every file whose own text holds a marking that reads as withheld or
    // that portal cannot read or place (reads_as_marked: a banner in its
    // title, on its last line, a marking written in a form portal refuses),
    // loaded or not. Such a file is refused unless redact places every
    // marking in it; until it does (a file redact publishes), messages name
    // it only as far as its folder (pipeline), failing closed.
    std::vector<std::string> read_as_marked;
    // Every file too large to be read (text_limits): portal cannot tell
    // whether its text marks it, so messages never name it beyond its folder.
    std::vector<std::string> too_large_to_read;
};

// The marking policy's labels as site.json lists them, read leniently (validate
// judges site.json itself): the census needs them before anything is parsed.
CensusLabels policy_labels(const JsonDocument& site_json);

// One page of content/ from its text, read as load_site reads every page: line
// ends made "\n", its census taken, its front matter split from its body.
// `path` names it in messages; `rel` is relative to content/. For `portal
// serve`, which remakes an edited page through the same stages as a build.
std::optional<MarkdownDocument> load_page(std::string path, std::string rel, std::string text,
                                          const CensusLabels& labels, Diagnostics& diags);

// Does a file's census hold a marking that portal may not place: a label
// that reads as withheld or that portal cannot read, a marking written in a
// form portal does not take, a publishable label where no marking stands, a
// marking key whose label cannot be read? Anywhere in a page or a text (its
// title or summary, a footer on its last line), but inside a region a
// `:::` line withholds; in a data file's top-level fields (below them it
// marks what it stands in); never in a table (its marking column marks its
// rows). Its name may then say what the marking withholds, and the file is
// refused unless redact places every marking in it: messages name it only
// as far as its folder until redact publishes it (pipeline), and `portal
// new report` lists no such plan. (The census of the file's name does not
// count: marked_files.)
bool reads_as_marked(std::string_view text, CensusFormat format,
                     const std::vector<MarkingSighting>& census);

// Reads the site at `site_dir`. Problems become diagnostics; what could be read is returned.
SiteSources load_site(const std::string& site_dir, Diagnostics& diags);

}  // namespace portal
