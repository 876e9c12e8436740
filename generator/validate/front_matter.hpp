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

struct FrontMatter {
    std::string title;
    std::string layout = "page";
    std::string date;  // YYYY-MM-DD or empty
    std::string summary;
    std::string plan;  // the plan this page introduces (plans/<id>/index.md)
    std::vector<PaperRef> papers;
    std::optional<MarkingField> marking;
    SourcePos title_pos;
    SourcePos layout_pos;
};

}  // namespace portal
