// validate/status_checks.hpp — each report's statuses against its status scale
// (validate/status_scales.hpp): which scale a report is on (its own
// status_scale, else its plan's, else red-amber-green), status words written
// as people write them settled to the scale's keys, and every status one its
// scale has. A words-only report gives progress and no status.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"
#include "validate/status_scales.hpp"

namespace portal {

// The name of the scale a report is on; `plan` is its plan's value, or nullptr.
std::string scale_name_of(const Json& report, const Json* plan);

// A report's status words written as people write them ("Green ", "AMBER",
// "Not reported", "On track") made the keys of its scale ("green",
// "not-reported", "on-track"): compared as marking labels are (core/reading:
// fold_label), against each status's key and its label. Words that are none
// of them are left for check_report_statuses to report.
void settle_status_words(std::vector<JsonDocument>& data, const std::vector<StatusScale>& scales);

// A status_scale that names no scale; false after reporting it.
bool check_scale_name(const JsonDocument& doc, const Json& value,
                      const std::vector<StatusScale>& scales, Diagnostics& diags);

// Every milestone's status against the scale (`report` with its markings
// stripped): a status on a scale with statuses, none (or not-reported) on words.
void check_report_statuses(const JsonDocument& doc, const Json& report, const StatusScale& scale,
                           Diagnostics& diags);

}  // namespace portal
