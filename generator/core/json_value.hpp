// core/json_value.hpp — the JSON value every stage passes around. Its own header so
// that a stage can speak of JSON without load's document (positions, census).
#pragma once

#include <nlohmann/json.hpp>

namespace portal {

// Objects keep their keys in the order the file gives them: a statistic's
// values ("Individuals", "Areas", "Families") or months must be shown in the
// order the paper printed, not alphabetically.
using Json = nlohmann::ordered_json;

}  // namespace portal
