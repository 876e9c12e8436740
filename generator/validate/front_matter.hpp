// validate/front_matter.hpp — a page's front matter as typed fields.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/source_pos.hpp"

namespace portal {

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
