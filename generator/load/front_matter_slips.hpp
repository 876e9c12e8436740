// load/front_matter_slips.hpp — front matter as people type it, read the way
// YAML reads it. Two things: a YAML parser's message said in plain words with
// the mend ("illegal map value" is a colon in a value that wants quotes), and
// the slips YAML accepts without a word but reads otherwise than the person
// who typed them: a quote never closed swallows the lines after it into the
// value (a `marking:` line among them), and ` #` starts a comment that drops
// the rest of a value. Messages never quote the line: it may be withheld text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portal {

struct FrontMatterSlip {
    int line = 0;    // 0-based line of the front matter (its first line after '---')
    int column = 0;  // 1-based
    bool error = true;
    std::string message;
};

// The slips on the front matter's lines (the text between the '---' lines).
std::vector<FrontMatterSlip> front_matter_slips(std::string_view yaml);

// yaml-cpp's message for an error on `line` (its text, without the line end)
// at `column` (1-based), in plain words with what to type instead.
std::string yaml_error_in_words(const std::string& yaml_message, std::string_view line, int column);

}  // namespace portal
