#include "core/source_pos.hpp"

namespace portal {

std::string SourcePos::str() const {
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    return out;
}

SourcePos pos_at_offset(const std::string& file, std::string_view text, std::size_t offset) {
    if (offset > text.size()) offset = text.size();
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    return SourcePos{file, line, static_cast<int>(offset - line_start) + 1};
}

}  // namespace portal
