// core/source_pos.hpp — where a value came from: file, line, column (1-based).
// Every loaded value keeps one so that any later error can point at it.
#pragma once

#include <string>

namespace portal {

struct SourcePos {
    std::string file;  // path as the user should see it (relative to where portal runs)
    int line = 0;      // 1-based; 0 = the whole file
    int column = 0;    // 1-based; 0 = the whole line

    // "file:line:column", dropping the parts that are unknown.
    std::string str() const;
};

// Line and column (1-based, column counted in bytes) of a byte offset in text.
SourcePos pos_at_offset(const std::string& file, std::string_view text, std::size_t offset);

}  // namespace portal
