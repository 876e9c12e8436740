// new_site/return_markings.hpp — whether a lead officer's return carries a
// marking. `portal returns` writes a return's progress into the report as
// plain text (a return has no marking column), so a row or a file a person
// reads as marked would be published unmarked: such a return is refused.
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostics.hpp"
#include "new_site/marking_labels.hpp"

namespace portal {

// True when the return at `file` (in `folder`, the quarter's returns), with
// text `text`, carries no marking but a publishable one; otherwise an error
// at each marking, naming a marked file only as far as its folder.
bool return_is_unmarked(const std::filesystem::path& file, const std::filesystem::path& folder,
                        std::string text, const PublishableLabels& labels, Diagnostics& diags);

}  // namespace portal
