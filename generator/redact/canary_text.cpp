#include "redact/canary_text.hpp"

#include "core/text.hpp"

namespace portal {

void withhold_blocks(CanaryBuilder& canaries, std::string_view markdown,
                     const std::string& location) {
    canaries.add_withheld(markdown, location);
    for (const auto& line : split_lines(markdown)) {
        if (line.find('|') == std::string::npos) {
            canaries.add_withheld(line, location);
            continue;
        }
        std::size_t start = 0;
        while (start <= line.size()) {
            std::size_t bar = line.find('|', start);
            canaries.add_withheld(
                std::string_view(line).substr(
                    start, bar == std::string::npos ? std::string::npos : bar - start),
                location);
            if (bar == std::string::npos) break;
            start = bar + 1;
        }
    }
}

std::string without_link_destinations(std::string_view md) {
    std::string out;
    out.reserve(md.size());
    std::size_t i = 0;
    while (i < md.size()) {
        // Inline link or image: "](destination)".
        if (md[i] == ']' && i + 1 < md.size() && md[i + 1] == '(') {
            std::size_t close = md.find(')', i + 2);
            if (close != std::string_view::npos &&
                md.substr(i + 2, close - i - 2).find('\n') == std::string_view::npos) {
                out += "] ";
                i = close + 1;
                continue;
            }
        }
        // Reference definition: "[label]: destination" at the start of a line.
        if (md[i] == ']' && i + 1 < md.size() && md[i + 1] == ':') {
            std::size_t line_start = md.rfind('\n', i);
            line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
            std::size_t first = md.find_first_not_of(" ", line_start);
            if (first != std::string_view::npos && md[first] == '[') {
                std::size_t end = md.find('\n', i);
                out += "]\n";
                i = end == std::string_view::npos ? md.size() : end + 1;
                continue;
            }
        }
        // Autolink: "<http://...>" or "<https://...>".
        if (md[i] == '<' &&
            (md.substr(i + 1, 7) == "http://" || md.substr(i + 1, 8) == "https://")) {
            std::size_t close = md.find('>', i);
            if (close != std::string_view::npos) {
                out += ' ';
                i = close + 1;
                continue;
            }
        }
        // Up to the next character that can start one of the three: copied at
        // once. (A plain loop: find_first_of calls memchr on "]<" per character.)
        std::size_t end = i + 1;
        while (end < md.size() && md[end] != ']' && md[end] != '<') ++end;
        out.append(md.data() + i, end - i);
        i = end;
    }
    return out;
}

}  // namespace portal
