#include "validate/suggestions.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/text.hpp"

namespace portal {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// 1 to 12 for a month's name or its first three letters ("jul", "July").
int month_from_name(std::string_view word) {
    static const std::array<const char*, 12> names = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    const std::string w = lower(word);
    if (w.size() < 3) return 0;
    for (std::size_t m = 0; m < names.size(); ++m) {
        const std::string name = names[m];
        if (w == name || (w.size() <= name.size() && name.compare(0, w.size(), w) == 0) ||
            (w == "sept" && m == 8))
            return static_cast<int>(m) + 1;
    }
    return 0;
}

std::string two(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

std::optional<std::string> checked(int year, int month, int day) {
    if (year < 100) year += 2000;  // "25/07/11": the years portal's papers are in
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return {};
    const std::string iso = std::to_string(year) + "-" + two(month) + "-" + two(day);
    if (!is_iso_date(iso)) return {};
    return iso;
}

}  // namespace

std::optional<std::string> iso_date_suggestion(std::string_view written) {
    const std::string s = trim(written);
    // The parts: runs of digits and of letters; anything else separates them.
    std::vector<std::string> parts;
    std::string run;
    auto flush = [&] {
        if (!run.empty()) parts.push_back(run);
        run.clear();
    };
    for (const char c : s) {
        const bool digit = std::isdigit(static_cast<unsigned char>(c));
        const bool letter = std::isalpha(static_cast<unsigned char>(c));
        if (!digit && !letter) {
            flush();
            continue;
        }
        if (!run.empty() && (std::isdigit(static_cast<unsigned char>(run.back())) != 0) != digit)
            flush();
        run += c;
    }
    flush();
    // "25th": the ordinal's letters go with the day.
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const std::string l = lower(parts[i]);
        if ((l == "st" || l == "nd" || l == "rd" || l == "th") &&
            std::isdigit(static_cast<unsigned char>(parts[i - 1][0]))) {
            parts.erase(parts.begin() + static_cast<long>(i));
            break;
        }
    }
    if (parts.size() != 3) return {};
    auto number = [](const std::string& p) {
        return !p.empty() && p.size() <= 4 && std::isdigit(static_cast<unsigned char>(p[0]))
                   ? std::stoi(p)
                   : -1;
    };
    const int a = number(parts[0]), c = number(parts[2]);
    const int month_name = month_from_name(parts[1]);
    if (a < 0 || c < 0) return {};
    if (month_name) return checked(c, month_name, a);
    const int b = number(parts[1]);
    if (b < 0) return {};
    if (parts[0].size() == 4) return checked(a, b, c);                          // 2011/07/25
    if (parts[2].size() == 4 || parts[2].size() == 2) return checked(c, b, a);  // day first
    return {};
}

std::string did_you_mean_date(std::string_view written) {
    const auto iso = iso_date_suggestion(written);
    return iso && *iso != written ? " (did you mean " + *iso + "?)" : "";
}

std::string closest_word(std::string_view word, const std::vector<std::string>& options) {
    std::string best;
    std::size_t best_distance = 0;
    bool tied = false;
    for (const auto& o : options) {
        const std::size_t d = edit_distance(word, o);
        if (best.empty() || d < best_distance) {
            best = o;
            best_distance = d;
            tied = false;
        } else if (d == best_distance) {
            tied = true;
        }
    }
    // A slip of one or two keys, or a third of a long word; and only one such
    // word ("1.1z" is as close to 1.1a as to 1.1b: no guess).
    const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
    return !tied && best_distance <= allowed && best_distance < word.size() ? best : "";
}

std::string short_list(const std::vector<std::string>& items, std::size_t most) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < most; ++i) out += (i ? ", " : "") + items[i];
    if (items.size() > most) out += ", ... and " + std::to_string(items.size() - most) + " more";
    return out;
}

}  // namespace portal
