// load/script_joins.hpp — pieces of a label that a script joins at run time
// to a value portal cannot read. "PRO" + stamp, x + "TECT", `${a}TECT` and
// "PRO".concat(x) show a word only when the script runs, from a variable whose
// value may be anywhere: a piece of a withheld label's word standing at such a
// join is refused, as the word would be. (Strings joined to strings are read
// whole by the asset census itself.)
#pragma once

#include <string_view>
#include <vector>

#include "core/marking_census.hpp"

namespace portal {

// The sightings in a script's text (JavaScript), one per piece at a join.
std::vector<MarkingSighting> script_join_census(std::string_view js, const CensusLabels& labels);

}  // namespace portal
