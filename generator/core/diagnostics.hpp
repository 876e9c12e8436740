// core/diagnostics.hpp — errors and warnings as values. Stages add to a
// Diagnostics and carry on where they can, so that one build reports all of its
// problems at once; the driver decides, between stages, whether to go on.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_pos.hpp"

namespace portal {

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity;
    SourcePos pos;
    std::string message;

    // "path:line:column: error: message", control characters written as
    // \xHH (printable): a file's name or text must not act on the terminal.
    std::string str() const;
};

// `text` with its control characters (but line breaks) written as \xHH, for
// a terminal: an escape sequence from a file name or a file's text could
// otherwise erase or rewrite what portal prints.
std::string printable(std::string_view text);

class Diagnostics {
  public:
    void error(SourcePos pos, std::string message);
    void warning(SourcePos pos, std::string message);

    bool has_errors() const { return errors_ > 0; }
    int error_count() const { return errors_; }
    int warning_count() const { return warnings_; }
    const std::vector<Diagnostic>& all() const { return items_; }

    // Every diagnostic, in the order files and positions appear.
    void print(std::ostream& out) const;

    // Adds other's diagnostics after these (work done in parallel keeps its
    // diagnostics per item, and merges them in item order).
    void merge(Diagnostics&& other);

    // Lets f rewrite each message and its place (never its severity).
    template <typename F>
    void rewrite_messages(F&& f) {
        for (auto& d : items_) f(d.pos, d.message);
    }

  private:
    std::vector<Diagnostic> items_;
    int errors_ = 0;
    int warnings_ = 0;
};

}  // namespace portal
