// redact/marking_policy.hpp — what a label means under site.json's policy.
// A label in neither list is an error: the build fails closed.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

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

    // A label as a message may quote it: itself when every word of it is a
    // word of the policy's own labels ("PROTECT RESTRICTED"), else nothing: any
    // other word may be text meant to be withheld ("PROTECT Mrs Smith").
    std::optional<std::string> quotable(const std::string& label) const;

    // The verdict on a label, or nullopt when the policy does not know it, with
    // nothing reported.
    std::optional<Verdict> verdict_of(const std::string& label) const;

  private:
    // The policy's label closest in spelling to `label` (for "did you mean").
    std::string closest(const std::string& label) const;

    std::set<std::string> publishable_;
    std::set<std::string> withheld_;
    std::string known_;            // for messages
    std::set<std::string> words_;  // every word of every label, folded
    std::vector<std::string> labels_as_written_;
};

}  // namespace portal
