// validate/data_checks.hpp — data files against their built-in schemas (chosen
// by folder: data/plans, data/reports, data/statistics, data/funding), then what
// a schema cannot say: file names that match the ids inside, real calendar
// dates, one report per quarter, reports that agree with their plan (its
// priorities, and each milestone once under the priority it belongs to),
// milestone ids that make distinct web addresses, series as long as their
// categories, statuses on the report's scale (validate/status_checks).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"
#include "validate/status_scales.hpp"

namespace portal {

// The document with marking syntax taken out (value wrappers replaced by their
// value, "marking" keys dropped), so the schemas describe content only. Nothing
// is withheld here: validation sees the board's full documents.
Json strip_markings(const Json& v);

// Validates every data document; returns the site paths the data will publish
// ("plans/2011-14/", "reports/2010-11-q3/", ...) for link checking. A file that
// has errors still counts as there, so that what refers to it is not reported too.
// Each report checked against its plan gets "not_in_this_report": the plan's
// milestones, of the priorities it covers, that it does not mention.
std::set<std::string> check_data(std::vector<JsonDocument>& data,
                                 const std::vector<StatusScale>& scales, Diagnostics& diags);

// "reports/2010-11-q3.json" -> "reports"; "plans/x.json" -> "plans".
std::string data_kind(const std::string& rel);
std::string data_stem(const std::string& rel);

// True for "reports/2010-11-q3.json", false for "reports/draft/2010-11-q3.json":
// data files go directly in their kind's folder (a subfolder's file would be
// published under the same address as its namesake).
bool directly_in_kind_folder(const std::string& rel);

}  // namespace portal
