// core/money.hpp — money as integer pence, never floating point. Parses amounts
// as officers write them in board papers and spreadsheets, prints them as
// £16,600.00.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace portal {

using Pence = std::int64_t;

struct MoneyParse {
    std::optional<Pence> pence;
    std::string error;  // why it was refused, for messages
};

// Accepts "16,600.00", "£1,560", "159", "4,500.5", "£ 12.30"; refuses "12.345",
// "1,00", "abc", "-5", "", and amounts of a trillion pounds or more.
MoneyParse parse_money(std::string_view text);

// "£16,600.00"; negative amounts (a fund over-allocated) as "−£12.00".
std::string format_money(Pence pence);

}  // namespace portal
