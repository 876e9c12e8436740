#include "new_site/return_markings.hpp"

#include "core/files.hpp"
#include "core/marking_census.hpp"
#include "core/reading.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace portal {

namespace {

constexpr const char* kWhy =
    ": `portal returns` writes a return's rows into the report as plain text, so what a marking "
    "marks would be published; take the marked row out of the return and mark the milestone in "
    "the report (\"marking\") instead";

}  // namespace

bool return_is_unmarked(const std::filesystem::path& file, const std::filesystem::path& folder,
                        std::string text, const PublishableLabels& labels, Diagnostics& diags) {
    const CensusLabels census_labels = labels.census_labels();
    const std::string name = file.filename().string();
    bool unmarked = true;
    for (const MarkingSighting& s : name_census(name, census_labels)) {
        if (s.reading == Reading::publish) continue;
        diags.error(SourcePos{display_path(folder) + "/…"},
                    "this return's name reads as marked (a " + std::string(sighting_noun(s.kind)) +
                        "), so its name is not printed: `portal returns` writes a return's rows "
                        "into the report as plain text, so what a marking marks would be "
                        "published; name the return for its priority, and mark the milestone in "
                        "the report (\"marking\") instead");
        return false;
    }
    normalise_line_ends(text);
    if (first_invalid_utf8(text)) return true;  // the CSV reader refuses it, by place
    for (const MarkingSighting& s : take_census(text, CensusFormat::csv, census_labels)) {
        if (s.reading == Reading::publish) continue;
        diags.error(SourcePos{display_path(file), s.line, s.column},
                    "this cell reads as a marking (a " + std::string(sighting_noun(s.kind)) +
                        (s.label.empty() ? std::string() : " '" + s.label + "'") + ")" + kWhy);
        unmarked = false;
    }
    return unmarked;
}

}  // namespace portal
