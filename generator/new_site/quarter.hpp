// new_site/quarter.hpp — a quarter as the commands name it ("2011-12-q1"):
// `portal new report` and `portal returns` read it the same way, and both
// turn it into file names, so it is checked before any path is made of it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace portal {

struct Quarter {
    std::string year;  // the financial year, "2011-12"
    int number = 0;    // 1 (April to June) to 4 (January to March)

    // "2011-12-q1", however it was written ("2011-12-Q1"): the files' names.
    std::string name() const { return year + "-q" + std::to_string(number); }
};

// "2011-12-q1" -> {"2011-12", 1}; nothing when it is not a quarter of a
// financial year (April to March).
std::optional<Quarter> read_quarter(std::string_view text);

// What to say when read_quarter refused `text`.
std::string not_a_quarter(std::string_view text);

}  // namespace portal
