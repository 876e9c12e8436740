// redact/withheld_attachments.hpp — a file of assets/ that only withheld text
// links to. assets/ is copied as it is, so such a file (a victim's
// statement linked inside a ::: region, a photograph on a page withheld
// whole) would be published on its own, though a person reads it as part of
// what the marking withholds, as a paper's appendix goes with its item (red
// team 25, C05). Refused, not dropped: the writer decides where it belongs.
#pragma once

#include "core/diagnostics.hpp"
#include "redact/public_site.hpp"
#include "validate/validated_site.hpp"

namespace portal {

// `board`: the site as the board wrote it; `pub`: what redact left public.
void refuse_attachments_of_withheld_text(const ValidatedSite& board, const PublicSite& pub,
                                         Diagnostics& diags);

}  // namespace portal
