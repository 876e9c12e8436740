// model/milestone_history.hpp — every public milestone's status in each quarter
// that reported it, and the change from one status to the next. Built while
// the report pages are made (oldest report first); read by the plan pages
// (latest status) and the milestone history pages.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "validate/status_scales.hpp"

namespace portal {

struct MilestoneQuarter {
    std::string report_id;       // "2009-10-q3"
    std::string quarter;         // "2009-10 Q3"
    std::string financial_year;  // "2009-10"
    int quarter_number = 0;      // 3
    int sequence = 0;            // ReportData::sequence()
    std::string status;          // a key of its scale, or not-reported; "" on the words scale
    const StatusScale* scale = nullptr;  // the report's (SiteConfig::status_scales)
    std::string progress;                // as published; "" when the report gives none
    bool progress_withheld = false;
    bool status_withheld =
        false;           // the paper's status is withheld: shown as "Withheld", counted nowhere
    std::string change;  // change_since() at the time
};

// The change of `status` (reported in the quarter numbered `sequence`, on
// `scale`) against the last earlier quarter that gave a status: "improved",
// "worse", "unchanged" (up or down the scale's order); with the quarter named
// when it is not the one just before ("worse than 2009-10 Q1"); "new" when no
// earlier quarter gave a status; "not reported" when this one gives none; ""
// on the words scale. Statuses on two different scales are not compared: "not
// compared: 2009-10 Q1 was judged on track or not on track".
std::string change_since(const std::vector<MilestoneQuarter>& earlier, const std::string& status,
                         int sequence, const StatusScale& scale);

class MilestoneHistory {
  public:
    void add(const std::string& plan, const std::string& id, MilestoneQuarter quarter);

    // The quarters that reported the milestone, oldest first (empty when none did).
    const std::vector<MilestoneQuarter>& of(const std::string& plan, const std::string& id) const;

    // The latest quarter that gave a status, else the latest that reported the
    // milestone at all (in words, or not reported); nullptr when no report
    // mentions it.
    const MilestoneQuarter* latest(const std::string& plan, const std::string& id) const;

  private:
    std::map<std::string, std::map<std::string, std::vector<MilestoneQuarter>>> quarters_;
};

}  // namespace portal
