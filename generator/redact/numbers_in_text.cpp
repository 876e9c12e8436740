#include "redact/numbers_in_text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace portal {

std::vector<double> numbers_in_text(std::string_view text) {
    std::vector<double> out;
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    // Exactly three digits from i, then no digit.
    auto group_at = [&](std::size_t i) {
        return digit(i) && digit(i + 1) && digit(i + 2) && !digit(i + 3);
    };
    // A character that makes digits beside it part of something else: a
    // letter, '/' or '_', and '.' or '-' between digits (a version, a date,
    // a year's range).
    auto joins = [&](std::size_t i) {
        const char c = text[i];
        return std::isalpha(static_cast<unsigned char>(c)) || c == '/' || c == '_' ||
               ((c == '.' || c == '-') && i > 0 && digit(i - 1) && digit(i + 1));
    };
    for (std::size_t i = 0; i < text.size();) {
        if (!digit(i) || (i > 0 && (digit(i - 1) || joins(i - 1)))) {
            ++i;
            continue;
        }
        std::string number, grouped_by_dots;
        std::size_t e = i;
        bool dots = false;
        for (;;) {
            while (digit(e)) number += text[e++];
            if (e < text.size() && (text[e] == ',' || text[e] == ' ') && group_at(e + 1)) {
                ++e;
                continue;
            }
            // A narrow or no-break space between groups ("4 817").
            if (text.compare(e, 3, "\xE2\x80\xAF") == 0 && group_at(e + 3)) {
                e += 3;
                continue;
            }
            if (text.compare(e, 2, "\xC2\xA0") == 0 && group_at(e + 2)) {
                e += 2;
                continue;
            }
            break;
        }
        // "4.817": a decimal part, or (as much of Europe writes) a group.
        if (e < text.size() && text[e] == '.' && digit(e + 1)) {
            dots = group_at(e + 1);
            grouped_by_dots = number + std::string(text.substr(e + 1, 3));
            number += text[e++];
            while (digit(e)) number += text[e++];
        }
        if (e >= text.size() || !joins(e)) {
            out.push_back(std::strtod(number.c_str(), nullptr));
            if (dots) out.push_back(std::strtod(grouped_by_dots.c_str(), nullptr));
        }
        i = e;
    }
    return out;
}

bool writes_out_one_of(std::string_view text, const std::vector<double>& figures) {
    if (figures.empty()) return false;
    for (const double n : numbers_in_text(text))
        for (const double f : figures)
            if (std::fabs(n - f) <= 1e-9 * std::max(1.0, std::fabs(f))) return true;
    return false;
}

}  // namespace portal
