// redact/data_text_redaction.hpp — the Markdown files a report or plan names
// for its long texts (load/data_texts.hpp), redacted as pages are: their `:::`
// regions applied with the file's own lines, their front-matter marking
// recognised at its own line, and each file's census held against a ledger of
// its own. Whatever the JSON redaction withholds around a file covers it whole.
#pragma once

#include <string>
#include <vector>

#include "core/canary.hpp"
#include "core/diagnostics.hpp"
#include "core/marking_ledger.hpp"
#include "load/json_document.hpp"
#include "redact/marking_policy.hpp"
#include "redact/public_site.hpp"

namespace portal {

struct WithheldFigures;  // redact/collateral_figures.hpp

class DataTextRedaction {
  public:
    explicit DataTextRedaction(const JsonDocument& doc);

    // The file standing at this pointer of the JSON file, if any.
    const DataText* at(const std::string& pointer) const { return doc_.text_at(pointer); }

    // A "marking" read at `marking_pointer`: true when it came from a file's
    // front matter (and was recognised in that file's ledger), false when it is
    // the JSON file's own.
    bool marking(const std::string& marking_pointer, bool withholds);

    // Something withheld at `pointer` (the whole JSON file when empty): every
    // file inside it is withheld whole, and its lines are where withheld
    // content stands (for quiet messages).
    void withheld(const std::string& pointer, std::vector<WithheldSpan>& spans);

    // Applies the regions of the file's text, which stands in `text`; false on
    // errors. Withheld regions are logged and become canaries.
    struct Sinks {
        const MarkingPolicy& policy;
        CanaryBuilder& canaries;
        std::vector<RedactionEntry>& log;
        std::vector<WithheldSpan>& spans;
        Diagnostics& diags;
        WithheldFigures* figures = nullptr;  // numbers of withheld text; none when null
    };
    bool apply_regions(std::string& text, const DataText& file, Sinks sinks, bool& lost);

    // Holds each file's census against what was recognised in it.
    bool reconcile(Diagnostics& diags) const;

  private:
    MarkingLedger& ledger_of(const DataText& file);

    const JsonDocument& doc_;
    std::vector<MarkingLedger> ledgers_;  // one per doc_.texts, in order
};

}  // namespace portal
