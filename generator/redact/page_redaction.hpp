// redact/page_redaction.hpp — one content page through the marking policy: its
// own marking (front matter), then its regions, each recognised marking held
// against the page's census. redact_site runs it on every page (on every core,
// merged in page order); `portal serve` runs it on an edited page, so that a
// live edit goes through redaction as a build does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/canary.hpp"
#include "core/diagnostics.hpp"
#include "core/marking_ledger.hpp"
#include "redact/markdown_regions.hpp"
#include "redact/marking_policy.hpp"
#include "redact/public_site.hpp"
#include "validate/validated_site.hpp"

namespace portal {

// What a page gives the canary builder, in the order it gives it.
struct CanaryText {
    enum class Kind {
        withheld,         // CanaryBuilder::add_withheld
        withheld_blocks,  // withhold_blocks (redact/canary_text.hpp)
        public_text,      // CanaryBuilder::add_public
    };
    Kind kind;
    std::string text;
    std::string location;  // of withheld text, for the audit's report
};

struct PageRedaction {
    // The public page; nothing when the page is withheld whole, or when its
    // marking or regions were refused (then `diags` says why).
    std::optional<PublicPage> page;
    std::vector<RedactionEntry> log;           // what was withheld, by place
    std::vector<WithheldSpan> withheld_spans;  // where, for quiet_messages
    std::vector<CanaryText> canaries;
    Diagnostics diags;
};

PageRedaction redact_page(const PageSource& page, const MarkingPolicy& policy);

// What the regions of a Markdown body say, taken down for a file whose body
// starts at file line `body_line`: each marker recognised in its ledger, and
// each withheld region covered there, with where it stands (quiet messages),
// its log entry and its canaries. Pages and the Markdown files data names
// (data_text_redaction) share it.
void take_down_regions(const RegionResult& regions, const std::string& path, int body_line,
                       MarkingLedger& ledger, std::vector<WithheldSpan>& spans,
                       std::vector<RedactionEntry>& log, std::vector<CanaryText>& canaries);

// Gives the builder what redact_page found, in its order.
void add_canaries(CanaryBuilder& builder, const std::vector<CanaryText>& texts);

}  // namespace portal
