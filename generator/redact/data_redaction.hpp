// redact/data_redaction.hpp — one JSON data file to its public form: markings
// applied, `:::` regions applied to its Markdown fields, and what refers to
// something withheld elsewhere (a report's entry for a withheld milestone of its
// plan) withheld with it. Everything withheld is logged and becomes canaries.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/canary.hpp"
#include "load/json_document.hpp"
#include "redact/collateral_figures.hpp"
#include "redact/marking_policy.hpp"
#include "redact/public_site.hpp"

namespace portal {

// What of a plan is public: reports may speak only of these.
struct PublicPlanParts {
    std::set<int> priorities;
    std::set<std::string> milestones;
};
PublicPlanParts public_parts_of(const Json& public_plan);

struct DataRedaction {
    const MarkingPolicy& policy;
    CanaryBuilder& canaries;
    std::vector<RedactionEntry>& log;
    Diagnostics& diags;
    // Public plans by id, for the reports that refer to them (plans go first).
    const std::map<std::string, PublicPlanParts>& plans;
    std::vector<WithheldSpan>& spans;  // where withheld content stands (for messages)
    // Every plan's parts before redaction: a report entry for a milestone that no
    // plan has is an error, not withheld content.
    const std::map<std::string, PublicPlanParts>& board_plans;
    // Withheld statistics figures with their categories, gathered for the
    // check of every other text (redact/collateral_figures); none when null.
    WithheldFigures* figures = nullptr;
};

// The public form of doc, or nothing when the whole file is withheld or has
// errors (reported).
std::optional<PublicData> redact_data_document(const JsonDocument& doc, DataRedaction& ctx);

// The kind of a data file ("plans", "reports", ...) and its built-in schema's name.
std::string schema_name_for(const std::string& rel);

}  // namespace portal
