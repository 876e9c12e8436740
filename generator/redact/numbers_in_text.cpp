#include "redact/numbers_in_text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <string>

namespace portal {

namespace {

bool letter(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// The lower-case word of letters that starts at `at` of text, if a word ends
// there.
std::string word_at(std::string_view text, std::size_t at) {
    std::string word;
    while (at < text.size() && letter(text[at]))
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at++])));
    return word;
}

// A scale after a number ("6.2k", "4.8 thousand", "1.2m"), or 1; `end` is
// moved past it. (Only right after the digits for a letter alone: "4 m" may
// be metres.)
double scale_after(std::string_view text, std::size_t& end) {
    std::size_t at = end;
    const bool spaced = at < text.size() && text[at] == ' ';
    if (spaced) ++at;
    const std::string word = word_at(text, at);
    double scale = 1;
    if (word == "thousand") scale = 1e3;
    if (word == "million" || word == "mn") scale = 1e6;
    if (word == "billion" || word == "bn") scale = 1e9;
    if (!spaced && word == "k") scale = 1e3;
    if (!spaced && word == "m") scale = 1e6;
    if (scale > 1) end = at + word.size();
    return scale;
}

// Does a percentage sign or words follow `end` ("22.1%", "22 per cent")?
bool percent_after(std::string_view text, std::size_t end) {
    if (end < text.size() && text[end] == ' ') ++end;
    if (end < text.size() && text[end] == '%') return true;
    const std::string word = word_at(text, end);
    if (word == "percent") return true;
    return word == "per" && word_at(text, end + 4) == "cent";
}

// Does a word that rounds stand before `at` ("about 4,800", "nearly",
// "some", "over", "more than", "c.", "~", "≈")?
bool rounded_before(std::string_view text, std::size_t at) {
    while (at > 0 && text[at - 1] == ' ') --at;
    // (A currency sign between: "about £1,400".)
    if (at >= 2 && text.compare(at - 2, 2, "\xC2\xA3") == 0) at -= 2;
    if (at > 0 && text[at - 1] == '$') --at;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at > 0 && text[at - 1] == '~') return true;
    if (at >= 3 && text.compare(at - 3, 3, "\xE2\x89\x88") == 0) return true;  // ≈
    if (at >= 2 && text.compare(at - 2, 2, "c.") == 0 && (at == 2 || !letter(text[at - 3])))
        return true;
    std::size_t start = at;
    while (start > 0 && letter(text[start - 1])) --start;
    const std::string word = word_at(text, start);
    for (const char* w : {"about", "around", "approximately", "approx", "nearly", "almost",
                          "roughly", "some", "over", "under", "circa", "than", "estimated"})
        if (word == w) return true;
    return false;
}

// The value of a number word ("eleven", "forty", "hundred"), and what it
// is: a unit to add, a hundred to multiply by, a scale that ends a group.
enum class NumberWord { none, add, hundred, scale };
NumberWord number_word(const std::string& w, double& value) {
    static constexpr std::string_view kUnits[] = {
        "zero",     "one",     "two",     "three",     "four",     "five",    "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                                 "sixty",  "seventy", "eighty", "ninety"};
    for (std::size_t i = 0; i < std::size(kUnits); ++i)
        if (w == kUnits[i]) return value = static_cast<double>(i), NumberWord::add;
    for (std::size_t i = 0; i < std::size(kTens); ++i)
        if (w == kTens[i]) return value = static_cast<double>(20 + 10 * i), NumberWord::add;
    if (w == "hundred") return value = 100, NumberWord::hundred;
    if (w == "thousand") return value = 1e3, NumberWord::scale;
    if (w == "million") return value = 1e6, NumberWord::scale;
    return NumberWord::none;
}

// Numbers written in words ("one hundred and eleven", "thirty-one", "four
// hundred pound", "twelve thousand three hundred"): read as a person reads
// them, exactly, as digits are (red team 19, B09: a withheld 111 written
// "one hundred and eleven" was published).
void numbers_in_words(std::string_view text, std::vector<WrittenNumber>& out) {
    for (std::size_t i = 0; i < text.size();) {
        if (!letter(text[i]) || (i > 0 && letter(text[i - 1]))) {
            ++i;
            continue;
        }
        double total = 0, group = 0, v = 0;
        bool any = false;
        std::size_t at = i, end = i;
        for (;;) {
            const std::string w = word_at(text, at);
            if (w.empty()) break;
            const NumberWord kind = number_word(w, v);
            if (kind == NumberWord::none && !(any && w == "and") &&
                !(!any && w == "a" && number_word(word_at(text, at + 2), v) != NumberWord::none &&
                  number_word(word_at(text, at + 2), v) != NumberWord::add)) {
                break;
            }
            if (kind == NumberWord::add) group += v;
            if (kind == NumberWord::hundred) group = (group == 0 ? 1 : group) * v;
            if (kind == NumberWord::scale) total += (group == 0 ? 1 : group) * v, group = 0;
            if (kind != NumberWord::none) any = true, end = at + w.size();
            at += w.size();
            // On past one space or hyphen to the next word.
            if (at < text.size() && (text[at] == ' ' || text[at] == '-') && at + 1 < text.size() &&
                letter(text[at + 1]))
                ++at;
            else
                break;
        }
        if (any) {
            WrittenNumber n;
            n.value = total + group;
            out.push_back(n);
        }
        i = std::max(end, i + 1);
    }
}

}  // namespace

std::vector<WrittenNumber> numbers_written(std::string_view text) {
    std::vector<WrittenNumber> out;
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
        return letter(c) || c == '/' || c == '_' ||
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
        int decimals = 0;
        if (e < text.size() && text[e] == '.' && digit(e + 1)) {
            dots = group_at(e + 1);
            grouped_by_dots = number + std::string(text.substr(e + 1, 3));
            number += text[e++];
            while (digit(e)) {
                number += text[e++];
                ++decimals;
            }
        }
        const double scale = scale_after(text, e);
        if (e < text.size() && joins(e)) {
            i = e;
            continue;
        }
        WrittenNumber n;
        n.value = std::strtod(number.c_str(), nullptr) * scale;
        n.as_written = scale == 1;
        n.percent = percent_after(text, e);
        // Its significant digits, and the unit of the last: "4,800" has two
        // and rounds to hundreds, "6.2k" two and hundreds, "22.1" three and
        // tenths.
        std::string digits;
        for (const char c : number)
            if (c != '.') digits += c;
        digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
        int zeros = 0;
        if (decimals == 0)
            while (!digits.empty() && digits.back() == '0') digits.pop_back(), ++zeros;
        const double unit = std::pow(10.0, decimals > 0 ? -decimals : zeros) * scale;
        if (digits.size() >= 2 && !dots) {
            if (scale > 1 || rounded_before(text, i)) n.within = unit;
            if (n.percent) n.share_within = n.within > 0 ? n.within : unit / 2;
        }
        out.push_back(n);
        if (dots) {
            WrittenNumber grouped;
            grouped.value = std::strtod(grouped_by_dots.c_str(), nullptr) * scale;
            grouped.as_written = scale == 1;
            out.push_back(grouped);
        }
        i = e;
    }
    numbers_in_words(text, out);
    return out;
}

std::vector<double> numbers_in_text(std::string_view text) {
    std::vector<double> out;
    for (const WrittenNumber& n : numbers_written(text))
        if (n.as_written) out.push_back(n.value);
    return out;
}

bool writes_out_one_of(std::string_view text, const std::vector<double>& figures,
                       const std::vector<double>& shares) {
    if (figures.empty() && shares.empty()) return false;
    for (const WrittenNumber& n : numbers_written(text)) {
        for (const double f : figures)
            if (std::fabs(n.value - f) <= std::max(n.within, 1e-9 * std::max(1.0, std::fabs(f))))
                return true;
        if (n.percent && n.share_within > 0)
            for (const double s : shares)
                if (std::fabs(n.value - s) <= n.share_within * (1 + 1e-9)) return true;
    }
    return false;
}

}  // namespace portal
