// new_site/plan_returns.hpp — the returns a plan asks for this quarter: one
// per priority, a row for each of its milestones in the plan's order, leaving
// out what the plan withholds (new_site/marking_labels.hpp).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/json_value.hpp"
#include "new_site/marking_labels.hpp"
#include "new_site/return_csv.hpp"

namespace portal {

struct PriorityReturn {
    long long priority = 0;
    std::string lead_officer;  // "" when the plan names none, or withholds the name
    std::vector<ReturnRow> rows;
};

// Every priority of `plan` (as data/plans/<id>.json holds it) with a number,
// in order. A milestone marked withheld, or inside a marked action or
// priority, has no row; nor does one without an id. A priority may be left
// with no rows (it has no milestones, or all are withheld).
std::vector<PriorityReturn> plan_returns(const Json& plan, const PublishableLabels& labels);

// Every milestone of `plan` with an id, in order, and whether the plan
// withholds it (as plan_returns judges: then it has no row).
std::vector<std::pair<std::string, bool>> plan_milestones(const Json& plan,
                                                          const PublishableLabels& labels);

}  // namespace portal
