#include "core/inline_tags.hpp"

#include <cstdint>

namespace portal {

namespace {

// Every tag of every output file passes here, so names are compared as
// integers: the name's letters, lower-cased, packed into 64 bits (no inline
// tag's name is longer than 8 letters; a longer name is not one of them).
constexpr std::uint64_t packed_name(std::string_view name) {
    std::uint64_t v = 0;
    for (char c : name) v = (v << 8) | static_cast<unsigned char>(c);
    return v;
}
constexpr std::uint64_t kInlineTags[] = {
    packed_name("a"), packed_name("abbr"), packed_name("b"), packed_name("bdi"), packed_name("bdo"),
    packed_name("cite"), packed_name("code"), packed_name("data"), packed_name("del"),
    packed_name("dfn"), packed_name("em"), packed_name("i"), packed_name("ins"), packed_name("kbd"),
    packed_name("mark"), packed_name("q"), packed_name("s"), packed_name("samp"),
    packed_name("small"), packed_name("span"), packed_name("strong"), packed_name("sub"),
    packed_name("sup"), packed_name("time"), packed_name("u"), packed_name("var"),
    packed_name("wbr"),
    // SVG text runs: a long label is often drawn as several lines
    packed_name("text"), packed_name("tspan"), packed_name("textpath")};

}  // namespace

bool is_inline_tag(std::string_view tag) {
    std::size_t i = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
    std::uint64_t name = 0;
    for (std::size_t n = 0; i < tag.size(); ++i, ++n) {
        char c = tag[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) break;
        if (n == 8) return false;  // longer than any inline tag
        name = (name << 8) | static_cast<unsigned char>(c);
    }
    if (name == 0) return false;
    for (std::uint64_t t : kInlineTags)
        if (name == t) return true;
    return false;
}

}  // namespace portal
