// render/theme.hpp — the layouts, parsed once, with their partials written in.
// kainjow parses a partial's text every time it renders one ({{> header}} on
// every page of the site); inlining the partials when the theme is loaded makes
// each page a walk over templates parsed once. A Theme is not safe to render
// from two threads: each worker has its own.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/diagnostics.hpp"
#include "load/text_file.hpp"

namespace portal {

class Theme {
  public:
    Theme(const std::map<std::string, TextFile>& layouts,
          const std::map<std::string, TextFile>& partials);

    // Renders a layout; reports a render-time error (a lambda misuse, say) at
    // the layout, and a layout that grew too large (never parsed) at its tag.
    std::string render(const std::string& name, const kainjow::mustache::data& d,
                       const std::string& source, Diagnostics& diags) const;

  private:
    std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> layouts_;
    std::map<std::string, SourcePos> too_large_;  // layouts refused: where they grow past
};

// A template's text with every {{> name}} replaced by that partial's text (and
// theirs in turn, to a depth that no theme needs; deeper ones, like partials
// that do not exist, put in nothing). Validate has already reported any partial
// that does not exist. Nothing when the partials would add more than
// kMaxPartialGrowth (load/layout_growth): then `over_at`, when given, is the
// offset in `text` of the tag that takes it past. Load refuses such a layout
// already; this counts again, so that the renderer alone cannot be made to put
// a billion partials in either.
std::optional<std::string> inline_partials(const std::string& text,
                                           const std::map<std::string, TextFile>& partials,
                                           std::size_t* over_at = nullptr);

}  // namespace portal
