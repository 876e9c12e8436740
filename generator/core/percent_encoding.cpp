// core/percent_encoding.cpp — see percent_encoding.hpp.
#include "core/percent_encoding.hpp"

#include <algorithm>

namespace portal {

namespace {

int hex_value(char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

}  // namespace

std::string percent_decoded(std::string_view s, PlusSign plus, ControlBytes controls) {
    std::string out;
    out.reserve(s.size());
    const bool plus_is_space = plus == PlusSign::space;
    std::size_t i = 0;
    while (i < s.size()) {
        // Copy up to the next '%' (or '+') at once: the leak audit runs this
        // over every published file.
        std::size_t next = std::min(s.find('%', i), s.size());
        if (plus_is_space) next = std::min(next, std::min(s.find('+', i), s.size()));
        out.append(s.data() + i, next - i);
        i = next;
        if (i == s.size()) break;
        if (s[i] == '+') {
            out += ' ';
            ++i;
            continue;
        }
        const int high = i + 2 < s.size() ? hex_value(s[i + 1]) : -1;
        const int low = high >= 0 ? hex_value(s[i + 2]) : -1;
        const int byte = high >= 0 && low >= 0 ? high * 16 + low : -1;
        const bool control = byte >= 0 && (byte < 0x20 || byte == 0x7F);
        if (byte < 0 || (control && controls == ControlBytes::kept_encoded)) {
            out += '%';
            ++i;
            continue;
        }
        out += static_cast<char>(byte);
        i += 3;
    }
    return out;
}

}  // namespace portal
