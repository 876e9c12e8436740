// new_site/status_scale.hpp — which statuses a report allows, and the word
// the report stores for each: the one place `portal returns` asks. The scale
// is the report's own status_scale, else its plan's, else red-amber-green
// (validate/status_scales.hpp), from the built-in scales and site.json's.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_value.hpp"
#include "validate/status_scales.hpp"

namespace portal {

struct StatusReading {
    std::string word;  // the report's word for it ("green", "not-reported"); "" when not allowed
    std::string
        allowed;  // the statuses allowed, for a message: "green, amber, red or not reported"
};

// The built-in scales and those of site.json in `site` (none of its own when
// it cannot be read; `portal check` says what is wrong with it).
std::vector<StatusScale> site_status_scales(const std::filesystem::path& site);

// Reads a status as an officer wrote it in a return ("Green", " AMBER",
// "Not reported", "On track") on `scale`, its keys and labels compared in any
// case and spacing as the build compares them (fold_label). On the words
// scale no status is allowed.
StatusReading read_status(const StatusScale& scale, std::string_view written);

}  // namespace portal
