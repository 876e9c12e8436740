// fuzz/fuzz_money.cpp — amounts as officers write them (portal::parse_money) and
// as portal prints them (portal::format_money).
//
// No crash, no sanitizer report (signed overflow included); an accepted amount
// is never negative and is under a trillion pounds; and what portal prints
// reads back as the same amount.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/money.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace portal;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const MoneyParse m = parse_money(text);
    if (!m.pence) {
        if (m.error.empty()) fuzz::property_failed("an amount refused without a reason", text);
        return 0;
    }
    const Pence p = *m.pence;
    if (p < 0 || p >= Pence{100} * 10000000000)
        fuzz::property_failed("accepted as " + std::to_string(p) + " pence", text);
    const std::string printed = format_money(p);
    const MoneyParse again = parse_money(printed);
    if (!again.pence || *again.pence != p)
        fuzz::property_failed("printed as '" + printed + "', which reads back as " +
                                  (again.pence ? std::to_string(*again.pence) : again.error),
                              text);
    (void)format_money(-p);
    return 0;
}
