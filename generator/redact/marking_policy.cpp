#include "redact/marking_policy.hpp"

#include "core/reading.hpp"
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

std::optional<std::string> MarkingPolicy::quotable(const std::string& label) {
    int words = 0;
    bool in_word = false;
    for (unsigned char c : label) {
        if (c < 0x20 || c == 0x7F || c >= 0x80) return std::nullopt;  // breaks, look-alikes
        const bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    if (words > 3 || label.size() > 32) return std::nullopt;
    return label;
}

std::optional<Verdict> MarkingPolicy::verdict_of(const std::string& label) const {
    std::string f = fold_label(label);
    if (withheld_.count(f)) return Verdict::withhold;
    if (publishable_.count(f)) return Verdict::publish;
    return std::nullopt;
}

namespace {

// An unknown label is quoted only when it looks like one: a few words on one
// line. Anything longer may be the text the marking was meant to withhold
// ("::: PROTECT Mrs Smith's address"), and errors never repeat that.
std::string described(const std::string& label) {
    if (auto q = MarkingPolicy::quotable(label)) return "unknown marking label '" + *q + "'";
    return "an unknown marking label (not quoted here, in case it is text that should be "
           "withheld)";
}

}  // namespace

std::optional<Verdict> MarkingPolicy::judge(const std::string& label, const SourcePos& pos,
                                            Diagnostics& diags) const {
    if (auto v = verdict_of(label)) return v;
    diags.error(pos, described(label) + "; site.json's marking policy knows: " + known_ +
                         " (nothing is published while a label is unknown)");
    return std::nullopt;
}

}  // namespace portal
