// load/site_sources.hpp — everything read from a site folder, unjudged.
#pragma once

#include <map>
#include <optional>
#include <string>
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
    std::vector<std::string> read_as_withheld_whole;
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

// Reads the site at `site_dir`. Problems become diagnostics; what could be read is returned.
SiteSources load_site(const std::string& site_dir, Diagnostics& diags);

}  // namespace portal
