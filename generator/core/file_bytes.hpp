// core/file_bytes.hpp — an output file's bytes, held whole or as parts that
// are written one after another and never joined.
//
// Why parts (the one place this speed technique lives): the search index is a
// fifth of a large site's bytes, one part per page's entry. Held as parts it
// is never joined in memory: render makes the parts, write hashes, audits and
// writes them piece by piece (one writev), and serve audits only the parts
// an edit changed. Whatever reads an output file's bytes reads pieces(),
// which is one piece for a file held whole, so no reader asks which it is.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace portal {

class FileBytes {
  public:
    FileBytes() = default;
    // Implicit: almost every file is made as one string.
    FileBytes(std::string whole) : whole_(std::move(whole)) {}
    FileBytes(const char* whole) : whole_(whole) {}

    static FileBytes in_parts(std::vector<std::string> parts) {
        FileBytes b;
        b.parts_ = std::move(parts);
        return b;
    }

    // The file as pieces to read in order; one piece when held whole.
    std::span<const std::string> pieces() const {
        if (parts_.empty()) return {&whole_, 1};
        return parts_;
    }

    std::size_t size() const {
        std::size_t n = 0;
        for (const auto& piece : pieces()) n += piece.size();
        return n;
    }

    // The bytes as one string, a copy: for tests and small files only.
    std::string joined() const {
        std::string out;
        out.reserve(size());
        for (const auto& piece : pieces()) out += piece;
        return out;
    }

  private:
    std::string whole_;
    std::vector<std::string> parts_;  // when not empty, the file; whole_ is empty
};

}  // namespace portal
