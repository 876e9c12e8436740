#include "model/milestone_history.hpp"

namespace portal {

namespace {

// A quarter that said "not reported", or gave progress in words only, says
// nothing about the status, so the comparison reaches back past it to the last
// quarter that gave one.
bool gives_status(const MilestoneQuarter& q) {
    return !q.status.empty() && q.status != kNotReported;
}

const MilestoneQuarter* last_with_status(const std::vector<MilestoneQuarter>& earlier) {
    for (auto it = earlier.rbegin(); it != earlier.rend(); ++it)
        if (gives_status(*it)) return &*it;
    return nullptr;
}

}  // namespace

std::string change_since(const std::vector<MilestoneQuarter>& earlier, const std::string& status,
                         int sequence, const StatusScale& scale) {
    if (scale.words_only()) return "";
    if (status == kNotReported) return "not reported";
    const MilestoneQuarter* before = last_with_status(earlier);
    if (!before) return "new";
    if (before->scale != &scale)
        return "not compared: " + before->quarter + " was judged " +
               (before->scale ? before->scale->words : std::string("on another scale"));
    // Best first on the scale: a smaller rank is better.
    const int d = scale.rank(before->status) - scale.rank(status);
    // The page's heading says "since the previous quarter"; when the comparison
    // is with an older one, the cell says which.
    if (before->sequence == sequence - 1) return d > 0 ? "improved" : d < 0 ? "worse" : "unchanged";
    return d > 0   ? "improved since " + before->quarter
           : d < 0 ? "worse than " + before->quarter
                   : "unchanged since " + before->quarter;
}

void MilestoneHistory::add(const std::string& plan, const std::string& id,
                           MilestoneQuarter quarter) {
    quarters_[plan][id].push_back(std::move(quarter));
}

const std::vector<MilestoneQuarter>& MilestoneHistory::of(const std::string& plan,
                                                          const std::string& id) const {
    static const std::vector<MilestoneQuarter> none;
    auto p = quarters_.find(plan);
    if (p == quarters_.end()) return none;
    auto m = p->second.find(id);
    return m == p->second.end() ? none : m->second;
}

const MilestoneQuarter* MilestoneHistory::latest(const std::string& plan,
                                                 const std::string& id) const {
    const auto& all = of(plan, id);
    if (all.empty()) return nullptr;
    const MilestoneQuarter* with_status = last_with_status(all);
    return with_status ? with_status : &all.back();
}

}  // namespace portal
