// core/diagnostics.hpp — errors and warnings as values. Stages add to a
// Diagnostics and carry on where they can, so that one build reports all of its
// problems at once; the driver decides, between stages, whether to go on.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "core/source_pos.hpp"

namespace portal {

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity;
    SourcePos pos;
    std::string message;

    // "path:line:column: error: message"
    std::string str() const;
};

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
