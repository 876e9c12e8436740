#include "core/money.hpp"

#include <cctype>

#include "core/text.hpp"

namespace portal {

MoneyParse parse_money(std::string_view raw) {
    std::string s = trim(raw);
    const std::string pound = "\xC2\xA3";
    if (s.rfind(pound, 0) == 0) s = trim(s.substr(pound.size()));
    if (s.empty()) return {std::nullopt, "no amount given"};
    if (s[0] == '-' || s[0] == '(')
        return {std::nullopt, "amounts cannot be negative; write what was allocated"};
    auto dot = s.find('.');
    std::string whole = s.substr(0, dot);
    std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1);
    const std::string expected = "write pounds and pence like 16,600.00, £1,560 or 159";
    if (whole.empty()) return {std::nullopt, "no pounds before the decimal point; " + expected};
    // Thousands separators, if any, must group digits in threes: 1,000 not 1,00.
    std::string digits;
    if (whole.find(',') != std::string::npos) {
        std::size_t first = whole.find(',');
        if (first == 0 || first > 3) return {std::nullopt, "misplaced comma; " + expected};
        for (std::size_t i = first; i < whole.size(); i += 4) {
            if (whole[i] != ',' || i + 4 > whole.size())
                return {std::nullopt, "commas must separate groups of three digits; " + expected};
        }
    }
    for (char c : whole) {
        if (c == ',') continue;
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return {std::nullopt, "'" + std::string(raw) + "' is not an amount; " + expected};
        digits += c;
    }
    if (dot != std::string::npos) {
        if (frac.empty() || frac.size() > 2)
            return {std::nullopt, "pence have one or two digits after the point; " + expected};
        for (char c : frac)
            if (!std::isdigit(static_cast<unsigned char>(c)))
                return {std::nullopt, "'" + std::string(raw) + "' is not an amount; " + expected};
    }
    std::size_t nonzero = digits.find_first_not_of('0');
    // Ten digits of pounds (under £10 billion, far beyond any partnership's
    // budget), so that the pence of every row a file can hold (a 32 MB file,
    // a few million rows) add up without overflowing 64 bits.
    if (nonzero != std::string::npos && digits.size() - nonzero > 10)
        return {std::nullopt, "amount too large: portal counts amounts up to £9,999,999,999.99"};
    Pence pounds = 0;
    for (char c : digits) pounds = pounds * 10 + (c - '0');
    Pence pence = 0;
    if (!frac.empty()) pence = (frac[0] - '0') * 10 + (frac.size() > 1 ? frac[1] - '0' : 0);
    return {pounds * 100 + pence, {}};
}

std::string format_money(Pence pence) {
    bool negative = pence < 0;
    // Work in unsigned so that the most negative value cannot overflow.
    std::uint64_t v =
        negative ? 0 - static_cast<std::uint64_t>(pence) : static_cast<std::uint64_t>(pence);
    std::string pounds = std::to_string(v / 100);
    std::string grouped;
    int n = 0;
    for (auto it = pounds.rbegin(); it != pounds.rend(); ++it) {
        if (n && n % 3 == 0) grouped.insert(grouped.begin(), ',');
        grouped.insert(grouped.begin(), *it);
        ++n;
    }
    unsigned p = static_cast<unsigned>(v % 100);
    std::string out = (negative ? "\xE2\x88\x92" : "") + std::string("\xC2\xA3") + grouped + "." +
                      static_cast<char>('0' + p / 10) + static_cast<char>('0' + p % 10);
    return out;
}

}  // namespace portal
