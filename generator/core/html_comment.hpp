// core/html_comment.hpp — where an HTML comment ends, as a browser ends it.
// Readers that take comments out (the census, the asset census) must end them
// where the page does, or text after a comment is read as inside it, and a
// label split by one ("PRO<!--x--!>TECT") is never joined.
#pragma once

#include <string_view>

namespace portal {

// For a comment opening at `open` ("<!--"), the index just past its end:
// "-->", "--!>" (an incorrectly closed comment still closes), or the abrupt
// "<!-->" and "<!--->". npos when it never closes (it then runs to the end).
inline std::size_t html_comment_end(std::string_view s, std::size_t open) {
    const std::size_t body = open + 4;
    if (s.compare(body, 1, ">") == 0) return body + 1;
    if (s.compare(body, 2, "->") == 0) return body + 2;
    for (std::size_t i = s.find("--", body); i != std::string_view::npos; i = s.find("--", i + 1)) {
        if (s.compare(i + 2, 1, ">") == 0) return i + 3;
        if (s.compare(i + 2, 2, "!>") == 0) return i + 4;
    }
    return std::string_view::npos;
}

}  // namespace portal
