// core/marking_ledger.hpp — what the structured parse of one file recognised
// as markings, held against that file's census (core/marking_census.hpp). Every
// sighting of the census must be accounted for by a marking recognised at the
// same line, or lie in something withheld whole; anything else is a marking
// the parsers misread, and an error. Filled by redact (and by validate for
// site.json), which are the stages that recognise markings.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/marking_census.hpp"

namespace portal {

// Lines of a file whose content is withheld (first..last, 1-based; a whole
// file is 1..kWholeFile). Locations only.
struct WithheldSpan {
    std::string file;
    int first_line = 1;
    int last_line = 1;
};
constexpr int kWholeFile = 0x7FFFFFFF;

// Where the file stands, for what the messages advise.
enum class LedgerFile { page, data, table, site_json, layout, asset };

class MarkingLedger {
  public:
    // A marking recognised at `line` (and `column`, where known). `withholds`:
    // what follows it is not published, because its label withholds, or because
    // it was refused with an error of its own.
    void recognise(int line, bool withholds, int column = 0) {
        seen_.push_back({line, column, withholds});
    }
    // Text withheld whole: nothing there is published, so nothing there needs
    // matching, and a marking recognised there accounts for nothing outside.
    // From first_line:first_column to last_line:last_column, where a column of
    // 0 means the start (first) or the end (last) of its line. Columns count as
    // the census's do for the file (bytes in JSON).
    void cover(int first_line, int last_line, int first_column = 0, int last_column = 0) {
        covered_.push_back({first_line, first_column, last_line, last_column});
    }

    // Reports each sighting nothing accounts for, at path:line:column. Never
    // quotes the file's text: only the policy's own label names.
    bool reconcile(const std::vector<MarkingSighting>& census, const std::string& path,
                   LedgerFile where, Diagnostics& diags) const;

  private:
    struct Seen {
        int line;
        int column;
        bool withholds;
    };
    struct Span {
        int first, first_column, last, last_column;
    };
    bool covered(int line, int column) const;
    std::vector<Seen> seen_;
    std::vector<Span> covered_;
};

}  // namespace portal
