#include "core/shown_attributes.hpp"

#include <cctype>

namespace portal {

bool is_a_shown_attribute(std::string_view name) {
    for (const std::string_view shown :
         {"title", "alt", "aria-label", "aria-description", "content", "placeholder", "value",
          "label", "summary", "download"}) {
        if (name.size() != shown.size()) continue;
        bool same = true;
        for (std::size_t k = 0; k < shown.size() && same; ++k)
            same = std::tolower(static_cast<unsigned char>(name[k])) == shown[k];
        if (same) return true;
    }
    return false;
}

std::string shown_attribute_text(std::string_view tag) {
    std::string out;
    if (tag.size() < 2 || tag[1] == '/') return out;
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t i = 1;
    while (i < tag.size() && !space(tag[i]) && tag[i] != '>') ++i;  // the element's name
    while (i < tag.size()) {
        while (i < tag.size() && (space(tag[i]) || tag[i] == '/')) ++i;
        const std::size_t name_from = i;
        while (i < tag.size() && !space(tag[i]) && tag[i] != '=' && tag[i] != '>') ++i;
        const std::string_view name = tag.substr(name_from, i - name_from);
        if (name.empty()) break;
        while (i < tag.size() && space(tag[i])) ++i;
        if (i >= tag.size() || tag[i] != '=') continue;
        ++i;
        while (i < tag.size() && space(tag[i])) ++i;
        std::size_t from = i, to = i;
        if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
            const char quote = tag[i];
            from = i + 1;
            to = tag.find(quote, from);
            if (to == std::string_view::npos) to = tag.size();
            i = to + 1;
        } else {
            while (i < tag.size() && !space(tag[i]) && tag[i] != '>') ++i;
            to = i;
        }
        if (is_a_shown_attribute(name)) {
            out += tag.substr(from, to - from);
            out += ' ';
        }
    }
    return out;
}

}  // namespace portal
