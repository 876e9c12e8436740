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
    // Not withheld, but a file with a marking redact refused: where its
    // withheld text ends is unknown, so messages that quote the file's own
    // text (a link's address) are quieted in all of it; redact's own
    // messages, which quote none, are left whole.
    bool refused = false;
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
        covered_.push_back({first_line, first_column, last_line, last_column, true});
    }
    // A region withheld by its markers (`::: PROTECT` ... `:::`, lines
    // first..last). Labels and keys in it need no matching, but every marker the
    // census reads in it must be one the parse recognised: which `:::` closes
    // the region depends on every marker inside it, so one the parse did not
    // read (a look-alike, one inside a quote or a list) would end the region
    // where a person would not, and publish the rest.
    void cover_region(int first_line, int last_line) {
        covered_.push_back({first_line, 0, last_line, 0, false});
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
        bool excuses_markers;
    };
    // The covered spans sorted by first line, and for each the furthest last
    // line of it and the spans before it: a sighting is looked up by a binary
    // search, not against every span (a page of 160,000 withheld regions took
    // minutes: red team round 4, C1).
    struct Cover {
        std::vector<Span> spans;
        std::vector<int> reach;
    };
    Cover cover() const;
    // Whether a sighting at line:column lies in a covered span (that excuses a
    // marker, when `marker`).
    static bool covered(const Cover& cover, int line, int column, bool marker = false);
    std::vector<Seen> seen_;
    std::vector<Span> covered_;
};

}  // namespace portal
