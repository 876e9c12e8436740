#include "redact/marking_policy.hpp"

#include "core/text.hpp"

namespace portal {

MarkingPolicy::MarkingPolicy(const SiteConfig& config, Diagnostics& diags) {
    for (const auto& l : config.publishable) publishable_.insert(fold_label(l.text));
    for (const auto& l : config.withheld) {
        std::string f = fold_label(l.text);
        if (publishable_.count(f))
            diags.error(l.pos, "marking label '" + l.text +
                                   "' is listed as both publishable and withheld; keep it in one "
                                   "list only");
        withheld_.insert(f);
    }
    for (const auto& l : config.publishable) known_ += (known_.empty() ? "" : ", ") + l.text;
    for (const auto& l : config.withheld) known_ += (known_.empty() ? "" : ", ") + l.text;
}

std::optional<Verdict> MarkingPolicy::judge(const std::string& label, const SourcePos& pos,
                                            Diagnostics& diags) const {
    std::string f = fold_label(label);
    if (withheld_.count(f)) return Verdict::withhold;
    if (publishable_.count(f)) return Verdict::publish;
    diags.error(pos, "unknown marking label '" + label + "'; site.json's marking policy knows: " +
                         known_ + " (nothing is published while a label is unknown)");
    return std::nullopt;
}

}  // namespace portal
