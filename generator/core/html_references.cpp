#include "core/html_references.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <utility>

#include "core/utf8.hpp"

namespace portal {

namespace {

// Sorted by name, as the generator writes it.
constexpr std::pair<std::string_view, std::string_view> kReferences[] = {
#include "core/html_references_table.inc"
};

}  // namespace

std::optional<std::string_view> named_character_reference(std::string_view name) {
    const auto* at = std::lower_bound(std::begin(kReferences), std::end(kReferences), name,
                                      [](const std::pair<std::string_view, std::string_view>& e,
                                         std::string_view n) { return e.first < n; });
    if (at == std::end(kReferences) || at->first != name) return std::nullopt;
    return at->second;
}

std::string html_references_decoded(std::string_view name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const std::size_t semi = name[i] == '&' ? name.find(';', i) : std::string_view::npos;
        if (semi != std::string_view::npos && semi - i <= 32) {
            const std::string_view ref = name.substr(i + 1, semi - i - 1);
            std::uint32_t code = 0;
            bool number = ref.size() >= 2 && ref[0] == '#';
            const bool hex = number && (ref[1] == 'x' || ref[1] == 'X');
            for (std::size_t k = hex ? 2 : 1; number && k < ref.size(); ++k) {
                const int d = std::isxdigit(static_cast<unsigned char>(ref[k]))
                                  ? (std::isdigit(static_cast<unsigned char>(ref[k]))
                                         ? ref[k] - '0'
                                         : (ref[k] | 0x20) - 'a' + 10)
                                  : 99;
                if (d >= (hex ? 16 : 10) || code > 0x10FFFF) number = false;
                code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
            }
            if (number && ref.size() > (hex ? 2u : 1u) && code <= 0x10FFFF) {
                append_utf8(out, code);
                i = semi;
                continue;
            }
            if (const auto named = named_character_reference(ref)) {
                out += *named;
                i = semi;
                continue;
            }
        }
        out += name[i];
    }
    return out;
}

}  // namespace portal
