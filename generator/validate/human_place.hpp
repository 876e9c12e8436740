// validate/human_place.hpp — a place in a data file named as the people who
// write it name it: beside the JSON path counted from zero
// ("priorities[1].milestones[0]"), "priority 2 “Reducing re-offending”,
// milestone 2.1a", from the numbers, ids and titles the file gives.
#pragma once

#include <string>

#include "load/json_document.hpp"

namespace portal {

// "priorities[1].milestones[0].status (priority 2 “Two”, milestone 2.1a)" for
// the pointer "/priorities/1/milestones/0/status"; just the path when there is
// nothing to name. Pointers are into the document with its markings taken out
// (validate's view), and walked through the raw document: a title is shown
// only when nothing on the way to it carries a marking, since build messages
// never repeat withheld text.
std::string place_of(const JsonDocument& doc, const std::string& pointer);

}  // namespace portal
