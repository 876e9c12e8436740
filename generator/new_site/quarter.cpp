#include "new_site/quarter.hpp"

namespace portal {

std::optional<Quarter> read_quarter(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || (text[8] | 0x20) != 'q' ||
        text[9] < '1' || text[9] > '4')
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6})
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    const std::string year(text.substr(0, 7));
    const int first = std::stoi(year.substr(0, 4)), second = std::stoi(year.substr(5, 2));
    if ((first + 1) % 100 != second) return std::nullopt;
    return Quarter{year, text[9] - '0'};
}

std::string not_a_quarter(std::string_view text) {
    return "'" + std::string(text) +
           "' is not a quarter: write the financial year and the quarter, like 2011-12-q1 (April "
           "to June 2011)";
}

}  // namespace portal
