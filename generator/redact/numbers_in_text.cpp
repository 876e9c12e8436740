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

namespace {

// Does `s` hold the UTF-8 bytes `what` at `at`?
bool bytes_at(std::string_view s, std::size_t at, std::string_view what) {
    return at <= s.size() && s.substr(at, what.size()) == what;
}

// A fullwidth digit (U+FF10 to U+FF19) at `at`: its value, or -1.
int fullwidth_digit(std::string_view s, std::size_t at) {
    if (at + 2 < s.size() && bytes_at(s, at, "\xEF\xBC") &&
        static_cast<unsigned char>(s[at + 2]) >= 0x90 &&
        static_cast<unsigned char>(s[at + 2]) <= 0x99)
        return static_cast<unsigned char>(s[at + 2]) - 0x90;
    return -1;
}

// Is there a digit, plain or fullwidth, at `at`?
bool digit_read_at(std::string_view s, std::size_t at) {
    return (at < s.size() && s[at] >= '0' && s[at] <= '9') || fullwidth_digit(s, at) >= 0;
}

}  // namespace

std::string figures_as_read(std::string_view text) {
    // The spaces a person reads as a plain one between groups of digits:
    // no-break, figure, punctuation, thin, hair and narrow no-break (red
    // team 24, B03: "4\u2009817").
    static constexpr std::string_view kSpaces[] = {"\xC2\xA0",     "\xE2\x80\x87", "\xE2\x80\x88",
                                                   "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\xAF"};
    // (Speed: every form above begins with a byte over 0x7F, and most texts
    // have none; an ASCII byte is copied with one look.)
    if (std::none_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            out += text[i++];
            continue;
        }
        if (const int d = fullwidth_digit(text, i); d >= 0) {
            out += static_cast<char>('0' + d);
            i += 3;
        } else if (bytes_at(text, i, "\xEF\xBC\x8C") || bytes_at(text, i, "\xEF\xBC\x8E")) {
            out += text[i + 2] == '\x8C' ? ',' : '.';  // fullwidth comma, full stop
            i += 3;
        } else if (bytes_at(text, i, "\xEF\xBF\xA1")) {
            out += "\xC2\xA3";  // fullwidth pound sign
            i += 3;
        } else if (bytes_at(text, i, "\xC2\xB7") && !out.empty() && out.back() >= '0' &&
                   out.back() <= '9' && digit_read_at(text, i + 2)) {
            out += '.';  // the raised decimal point of British print: "£10,140·30"
            i += 2;
        } else if (const auto* sp =
                       std::find_if(std::begin(kSpaces), std::end(kSpaces),
                                    [&](std::string_view x) { return bytes_at(text, i, x); });
                   sp != std::end(kSpaces)) {
            out += ' ';
            i += sp->size();
        } else {
            out += text[i++];
        }
    }
    return out;
}

namespace {

// Does a currency stand right before `at` ("£", "$", "€", "GBP", "EUR",
// "USD", not part of a longer word)? Its letters are not a reference's
// ("GBP10,140.30" is money, "Q2" and "A14" are not figures).
bool currency_before(std::string_view t, std::size_t at) {
    if (at >= 2 && bytes_at(t, at - 2, "\xC2\xA3")) return true;
    if (at >= 3 && bytes_at(t, at - 3, "\xE2\x82\xAC")) return true;
    if (at >= 1 && t[at - 1] == '$') return true;
    if (at < 3 || (at > 3 && letter(t[at - 4]))) return false;
    std::string code;
    for (std::size_t k = at - 3; k < at; ++k)
        code += static_cast<char>(std::tolower(static_cast<unsigned char>(t[k])));
    return code == "gbp" || code == "eur" || code == "usd";
}

// An ordinal's letters ("4719th", "2nd"): a place in an order, not a figure.
bool ordinal_after(std::string_view t, std::size_t at) {
    const std::string w = word_at(t, at);
    return w == "st" || w == "nd" || w == "rd" || w == "th";
}

// Pence written after the pounds, as a person reads them: "£10,140-30",
// "£10,140/30" (after a currency and a group, so not a range of years or a
// date), "10,140 pounds 30", "£10,140 and 30p". The pence, and `end` moved
// past them; or -1.
double pence_after(std::string_view t, std::size_t& end, bool money, bool grouped) {
    auto digit = [&](std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
    auto two_digits = [&](std::size_t i) {
        return digit(i) && digit(i + 1) && !digit(i + 2) &&
               !(i + 3 < t.size() && (t[i + 2] == ',' || t[i + 2] == '.') && digit(i + 3));
    };
    auto value = [&](std::size_t i) { return (t[i] - '0') * 10 + (t[i + 1] - '0'); };
    if (money && grouped && end < t.size() && (t[end] == '-' || t[end] == '/') &&
        two_digits(end + 1)) {
        const double p = value(end + 1);
        end += 3;
        return p;
    }
    for (const std::string_view between :
         {std::string_view(" pounds "), std::string_view(" and ")}) {
        const std::size_t at = end + between.size();
        if (!bytes_at(t, end, between) || !two_digits(at)) continue;
        const bool pence_sign = at + 2 < t.size() && t[at + 2] == 'p';
        if (between == " and " && !(money && pence_sign)) continue;
        const double p = value(at);
        end = at + 2 + (pence_sign ? 1 : 0);
        return p;
    }
    return -1;
}

// A figure in pence ("1014030 pence", "30p") is also read in pounds.
bool in_pence_after(std::string_view t, std::size_t end) {
    if (end < t.size() && t[end] == 'p' && word_at(t, end) == "p") return true;
    if (end < t.size() && t[end] == ' ') ++end;
    return word_at(t, end) == "pence";
}

}  // namespace

std::vector<WrittenNumber> numbers_written(std::string_view original) {
    std::vector<WrittenNumber> out;
    const std::string read = figures_as_read(original);
    const std::string_view text = read;
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    // Exactly three digits from i, then no digit.
    auto group_at = [&](std::size_t i) {
        return digit(i) && digit(i + 1) && digit(i + 2) && !digit(i + 3);
    };
    // A character before digits that makes them part of something else: a
    // letter (not a currency's), '/' or '_', and '.' or '-' between digits (a
    // version, a date, a year's range).
    auto joined_before = [&](std::size_t i) {
        const char c = text[i];
        return (letter(c) && !currency_before(text, i + 1)) || c == '/' || c == '_' ||
               ((c == '.' || c == '-') && i > 0 && digit(i - 1));
    };
    // After digits, the same, but a unit or a rate stuck to a figure leaves
    // it a figure, as a person reads it ("48213hrs", "£10,140.30pa",
    // "4937/yr", "£10,140.30/£11,000"; red team 24, B02): only an ordinal,
    // '_', and '/', '.' or '-' before a digit (a date, a version, a range)
    // join.
    auto joined_after = [&](std::size_t i) {
        const char c = text[i];
        return (letter(c) && ordinal_after(text, i)) || c == '_' ||
               ((c == '/' || c == '.' || c == '-') && digit(i + 1));
    };
    for (std::size_t i = 0; i < text.size();) {
        if (!digit(i) || (i > 0 && (digit(i - 1) || joined_before(i - 1)))) {
            ++i;
            continue;
        }
        const bool money = currency_before(text, i);
        std::string number, grouped_by_dots;
        std::size_t e = i;
        bool dots = false, grouped = false;
        for (;;) {
            while (digit(e)) number += text[e++];
            if (e < text.size() && (text[e] == ',' || text[e] == ' ') && group_at(e + 1)) {
                ++e;
                grouped = true;
                continue;
            }
            break;
        }
        // "4.817": a decimal part, or (as much of Europe writes) a group.
        int decimals = 0;
        if (e < text.size() && text[e] == '.' && digit(e + 1)) {
            dots = !grouped && group_at(e + 1);
            grouped_by_dots = number + std::string(text.substr(e + 1, 3));
            number += text[e++];
            while (digit(e)) {
                number += text[e++];
                ++decimals;
            }
        }
        // "10.140,30": the European decimal comma after a group set off by
        // a dot (red team 24, B03).
        if (dots && e < text.size() && text[e] == ',' && digit(e + 1) &&
            !(digit(e + 2) && digit(e + 3))) {
            std::size_t k = e + 1;
            std::string cents;
            while (digit(k)) cents += text[k++];
            number = grouped_by_dots + "." + cents;
            decimals = static_cast<int>(cents.size());
            dots = false;
            grouped = true;
            e = k;
        }
        std::size_t after_integer = e;
        const double pence = decimals == 0 ? pence_after(text, after_integer, money, grouped) : -1;
        const double scale = scale_after(text, e);
        if (pence < 0 && e < text.size() && joined_after(e)) {
            i = e;
            continue;
        }
        WrittenNumber n;
        n.value = std::strtod(number.c_str(), nullptr) * scale;
        n.as_written = scale == 1;
        n.percent = percent_after(text, e);
        n.decimals = decimals;
        n.grouped = grouped;
        n.money = money;
        // A figure of its own, not one group of a telephone number ("01223
        // 456789") or a piece of a reference or a time ("#4719", "10:30").
        const char before = i > 0 ? text[i - 1] : ' ';
        const char after = e < text.size() ? text[e] : ' ';
        n.stands_alone = text[i] != '0' &&
                         std::string_view("./:-_#").find(before) == std::string_view::npos &&
                         !(before == ' ' && i >= 2 && digit(i - 2)) &&
                         !(after == ' ' && digit(e + 1)) && !(after == ':' && digit(e + 1));
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
            WrittenNumber grouped_reading = n;
            grouped_reading.value = std::strtod(grouped_by_dots.c_str(), nullptr) * scale;
            grouped_reading.decimals = 0;
            grouped_reading.grouped = true;
            grouped_reading.within = grouped_reading.share_within = 0;
            out.push_back(grouped_reading);
        }
        if (pence >= 0) {
            // The pounds and pence as one sum, beside the pounds alone.
            WrittenNumber with_pence = n;
            with_pence.value = n.value + pence / 100;
            with_pence.decimals = 2;
            with_pence.money = true;
            with_pence.within = with_pence.share_within = 0;
            out.push_back(with_pence);
            e = std::max(e, after_integer);
        } else if (scale == 1 && decimals == 0 && !money && in_pence_after(text, e)) {
            WrittenNumber pounds = n;
            pounds.value = n.value / 100;
            pounds.decimals = 2;
            pounds.money = true;
            pounds.within = pounds.share_within = 0;
            out.push_back(pounds);
        }
        i = e;
    }
    numbers_in_words(text, out);
    return out;
}

std::vector<double> figures_standing_alone(std::string_view text) {
    std::vector<double> out;
    for (const WrittenNumber& n : numbers_written(text)) {
        if (!n.as_written || !n.stands_alone) continue;
        const bool year =
            !n.grouped && !n.money && n.decimals == 0 && n.value >= 1900 && n.value <= 2100;
        // (Pence make a sum distinctive: "£482.13", and "482.13" in the
        // hundreds; not "3.75 officers".)
        const bool with_pence = n.decimals == 2 && (n.money || n.value >= 100);
        if ((n.value >= 1000 && !year) || with_pence) out.push_back(n.value);
    }
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
