// redact/marking_policy.hpp — what a label means under site.json's policy.
// A label in neither list is an error: the build fails closed.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "core/diagnostics.hpp"
#include "validate/site_config.hpp"

namespace portal {

enum class Verdict { publish, withhold };

class MarkingPolicy {
  public:
    // Reports labels that stand in both lists.
    MarkingPolicy(const SiteConfig& config, Diagnostics& diags);

    // The verdict on a label written at pos, or nullopt (with an error) when the
    // policy does not know it.
    std::optional<Verdict> judge(const std::string& label, const SourcePos& pos,
                                 Diagnostics& diags) const;

    // A label as a message may quote it: itself when it looks like a label (a
    // few words on one line), else nothing (it may be text meant to be withheld).
    static std::optional<std::string> quotable(const std::string& label);

    // The verdict on a label, or nullopt when the policy does not know it, with
    // nothing reported.
    std::optional<Verdict> verdict_of(const std::string& label) const;

  private:
    std::set<std::string> publishable_;
    std::set<std::string> withheld_;
    std::string known_;  // for messages
};

}  // namespace portal
