#include "core/html_references.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

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

}  // namespace portal
