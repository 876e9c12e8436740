// new_site/status_scale.hpp — which statuses a report allows, and the word
// the report stores for each: the one place `portal returns` asks.
#pragma once

#include <string>
#include <string_view>

#include "core/json_value.hpp"

namespace portal {

struct StatusReading {
    std::string word;  // the report's word for it ("green", "not-reported"); "" when not allowed
    std::string
        allowed;  // the statuses allowed, for a message: "green, amber, red or not reported"
};

// Reads a status as an officer wrote it in a return ("Green", " AMBER",
// "Not reported") against `report`'s scale. Today every report has the same
// scale, the report schema's four statuses, compared in any case and spacing
// as validate/data_checks's settle_status_words compares them (fold_label).
// When reports declare their own scales, this function is the one to read
// them from `report`; nothing else in `portal returns` knows the statuses.
StatusReading read_status(const Json& report, std::string_view written);

}  // namespace portal
