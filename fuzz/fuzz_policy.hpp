// fuzz/fuzz_policy.hpp — the marking policy the reader targets use: OFFICIAL
// publishable, PROTECT withheld (as a small site.json would say).
#pragma once

#include "core/diagnostics.hpp"
#include "redact/marking_policy.hpp"
#include "validate/site_config.hpp"

namespace portal::fuzz {

inline const MarkingPolicy& policy() {
    static const MarkingPolicy p = [] {
        SiteConfig config;
        config.publishable.push_back({"OFFICIAL", SourcePos{"site.json", 1, 1}});
        config.withheld.push_back({"PROTECT", SourcePos{"site.json", 2, 1}});
        Diagnostics diags;
        return MarkingPolicy(config, diags);
    }();
    return p;
}

}  // namespace portal::fuzz
