// render/theme.hpp — the layouts, parsed once, with their partials written in.
// kainjow parses a partial's text every time it renders one ({{> header}} on
// every page of the site); inlining the partials when the theme is loaded makes
// each page a walk over templates parsed once. A Theme is not safe to render
// from two threads: each worker has its own.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <string>

#include "core/diagnostics.hpp"
#include "load/text_file.hpp"

namespace portal {

class Theme {
  public:
    Theme(const std::map<std::string, TextFile>& layouts,
          const std::map<std::string, TextFile>& partials);

    // Renders a layout; reports a render-time error (a lambda misuse, say) at the layout.
    std::string render(const std::string& name, const kainjow::mustache::data& d,
                       const std::string& source, Diagnostics& diags) const;

  private:
    std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> layouts_;
};

// A template's text with every {{> name}} replaced by that partial's text (and
// theirs in turn, to a depth that no theme needs; deeper ones are left as tags,
// which kainjow renders as nothing). Validate has already reported any partial
// that does not exist.
std::string inline_partials(const std::string& text,
                            const std::map<std::string, TextFile>& partials, int depth = 0);

}  // namespace portal
