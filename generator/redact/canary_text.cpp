#include "redact/canary_text.hpp"

#include "core/text.hpp"

namespace portal {

namespace {

bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Does this line start a block of its own (a list item, heading, quote, table
// row, fence), or stand between blocks (blank)? Paragraph lines do not.
bool starts_block(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i == line.size()) return true;
    const char c = line[i];
    if (c == '#' || c == '>' || c == '|' || c == '`' || c == '~') return true;
    const bool space_after = i + 1 >= line.size() || line[i + 1] == ' ';
    if ((c == '-' || c == '*' || c == '+') && space_after) return true;
    std::size_t j = i;
    while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
    return j > i && j < line.size() && (line[j] == '.' || line[j] == ')');
}

}  // namespace

void withhold_blocks(CanaryBuilder& canaries, std::string_view markdown,
                     const std::string& location) {
    // Runs of words stop where blocks meet, as the audit reads a page (a word
    // boundary between block elements): public text that puts two public
    // blocks side by side (a list in a search result's snippet) must not read
    // as the withheld text that listed the same two items.
    const std::vector<std::string> lines = split_lines(markdown);
    std::string runs;
    runs.reserve(markdown.size());
    for (const auto& line : lines) {
        if (!runs.empty()) runs += starts_block(line) ? kWordBoundary : '\n';
        runs += line;
    }
    canaries.add_withheld(runs, location);
    for (const auto& line : lines) {
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
    // (Speed: most texts hold no bare address, and are copied a run at a
    // time to the next ']' or '<' only.)
    const bool bare =
        md.find("://") != std::string_view::npos || md.find("www.") != std::string_view::npos;
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
        // A raw HTML tag, comment or declaration: "<a href=...>", "</a>".
        if (md[i] == '<' && i + 1 < md.size() &&
            (ascii_letter(md[i + 1]) || md[i + 1] == '/' || md[i + 1] == '!' || md[i + 1] == '?')) {
            std::size_t close = md.find('>', i);
            if (close != std::string_view::npos) {
                out += ' ';
                i = close + 1;
                continue;
            }
        }
        // A bare address, to the next space: "https://..." (its scheme is
        // already copied, and taken back) or "www....".
        const bool scheme = bare && md[i] == ':' && md.substr(i, 3) == "://";
        const bool www = bare && md[i] == '.' && out.size() >= 3 && out.ends_with("www") &&
                         (out.size() == 3 || !ascii_letter(out[out.size() - 4]));
        if (scheme || www) {
            while (!out.empty() && (ascii_letter(out.back()) || out.back() == '+')) out.pop_back();
            while (i < md.size() && md[i] != ' ' && md[i] != '\n' && md[i] != '\t') ++i;
            out += ' ';
            continue;
        }
        // Up to the next character that can start one of these: copied at
        // once. (A plain loop: find_first_of calls memchr per character.)
        std::size_t end = i + 1;
        while (end < md.size() && md[end] != ']' && md[end] != '<' &&
               (!bare || (md[end] != ':' && md[end] != '.')))
            ++end;
        out.append(md.data() + i, end - i);
        i = end;
    }
    return out;
}

}  // namespace portal
