// validate/front_matter.hpp — a page's front matter as typed fields.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/source_pos.hpp"

namespace portal {

// A key of a file that has no JSON Schema (front matter, the funding CSV's
// columns), as the data reference shows it: the one table validate checks the
// key against and the reference is made from (validate/schema_reference).
struct DocumentedKey {
    const char* key;
    bool required;
    const char* type;     // "text", "a date", ...
    const char* what;     // what it is, in plain words
    const char* example;  // as it is written in the file
};

// The front matter keys a page may have, in the order the reference lists them.
const std::vector<DocumentedKey>& front_matter_keys();

// A `marking` as written: it may be a string (a label) or, wrongly, something else;
// redact judges it, so validate keeps what it found.
struct MarkingField {
    bool is_string = true;
    std::string text;
    SourcePos pos;
};

struct PaperRef {
    std::string kind;  // report | funding | plan | page
    std::string id;
    SourcePos pos;
};

// What a page's front matter says that may be published: all of it but its
// marking. A public page (redact/public_site.hpp) holds only these.
struct PageFields {
    std::string title;
    std::string layout = "page";
    std::string date;  // YYYY-MM-DD or empty
    std::string summary;
    std::string plan;  // the plan this page introduces (plans/<id>/index.md)
    std::vector<PaperRef> papers;
    SourcePos title_pos;
    SourcePos layout_pos;
};

// The front matter as written: the fields, and the page's own marking, which
// redact judges and does not pass on.
struct FrontMatter : PageFields {
    std::optional<MarkingField> marking;
};

}  // namespace portal
