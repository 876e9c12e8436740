#include "load/layout_growth.hpp"

#include <algorithm>
#include <cctype>

namespace portal {

std::vector<PartialTag> partial_tags(std::string_view text) {
    std::vector<PartialTag> tags;
    for (std::size_t i = text.find("{{"); i != std::string_view::npos; i = text.find("{{", i)) {
        std::size_t k = i + 2;
        while (k < text.size() && text[k] == ' ') ++k;
        const std::size_t close = text.find("}}", k);
        if (k >= text.size() || text[k] != '>' || close == std::string_view::npos) {
            ++i;  // "{{{> a}}": the tag starts at the next brace
            continue;
        }
        std::string census_name(text.substr(k + 1, close - k - 1));
        std::erase(census_name, ' ');
        std::string spaceless = census_name;
        std::erase_if(spaceless,
                      [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
        PartialTag tag{i, {census_name}};
        if (spaceless != census_name) tag.names.push_back(std::move(spaceless));
        tags.push_back(std::move(tag));
        i = close + 2;
    }
    return tags;
}

namespace {

// Adds to `used` the text of every partial `text` puts in, and theirs in
// turn, to kPartialDepth: false as soon as it is past kMaxPartialGrowth, with
// `over_at` (when given) the offset of the tag in `text` that took it past.
bool stays_within(std::string_view text, int depth, const FindPartial& partial, std::size_t& used,
                  std::size_t* over_at) {
    if (depth >= kPartialDepth) return true;
    for (const auto& tag : partial_tags(text))
        for (const auto& name : tag.names) {
            const TextFile* inside = partial(name);
            if (!inside) continue;
            used += inside->text.size();
            if (used > kMaxPartialGrowth ||
                !stays_within(inside->text, depth + 1, partial, used, nullptr)) {
                if (over_at) *over_at = tag.offset;
                return false;
            }
        }
    return true;
}

}  // namespace

std::optional<std::size_t> grows_too_large_at(std::string_view text, const FindPartial& partial) {
    std::size_t used = 0, over_at = 0;
    if (stays_within(text, 0, partial, used, &over_at)) return std::nullopt;
    return over_at;
}

std::string grows_too_large_message(bool is_partial) {
    return std::string("this ") + (is_partial ? "partial" : "layout") +
           " grows too large when its partials are put in: they would add more than " +
           std::to_string(kMaxPartialGrowth / (1024 * 1024)) +
           " MB of template text, counting each partial every time it is put in (a partial "
           "that puts another in several times, which puts another in several times, "
           "multiplies), so portal will not read or render it. Put partials in fewer "
           "times, or nest them less deeply";
}

const TextFile* PartialBudget::operator()(const std::string& name) {
    if (exceeded_) return nullptr;
    const TextFile* found = partial_(name);
    if (!found) return nullptr;
    used_ += found->text.size();
    if (used_ > kMaxPartialGrowth) {
        exceeded_ = true;
        return nullptr;
    }
    return found;
}

}  // namespace portal
