#include "core/generated_text.hpp"

namespace portal {

std::string quarter_label(const std::string& financial_year, int quarter) {
    return financial_year + " Q" + std::to_string(quarter);
}

std::string report_title(const std::string& financial_year, int quarter) {
    return "Performance report " + quarter_label(financial_year, quarter);
}

std::string priority_label(int number) {
    return "Priority " + std::to_string(number);
}

std::string priority_heading(int number, const std::string& title) {
    return priority_label(number) + ": " + title;
}

std::string funding_title(const std::string& financial_year) {
    return "Funding " + financial_year;
}

const std::vector<std::string>& fixed_phrases() {
    static const std::vector<std::string> phrases = {"Performance reports",
                                                     "Milestone history",
                                                     "Milestones by status and priority",
                                                     "Milestones by status in each quarter",
                                                     "Green",
                                                     "Amber",
                                                     "Red",
                                                     "Not reported",
                                                     "not available",
                                                     "not stated",
                                                     "Withheld",
                                                     "improved",
                                                     "worse",
                                                     "unchanged",
                                                     "new",
                                                     "not reported",
                                                     "Allocated by fund",
                                                     "Allocated by project",
                                                     "Funding allocations",
                                                     "Milestone statuses",
                                                     "Plans",
                                                     "Statistics",
                                                     "Board meetings",
                                                     "Funding",
                                                     "index html",
                                                     "Download this data",
                                                     "Information withheld",
                                                     "Key achievements",
                                                     "Concerns",
                                                     "Recommendations",
                                                     "Publicity",
                                                     "Allocations",
                                                     "Total",
                                                     "Available",
                                                     "Allocated",
                                                     "Remaining",
                                                     "Category",
                                                     "Fund withheld",
                                                     "not counting",
                                                     "no amount stated",
                                                     "Funds",
                                                     "Remaining",
                                                     "This report gives the progress of its",
                                                     "milestones in words, without a status",
                                                     "Progress in words",
                                                     "gave progress in words, without a status: "
                                                     "nothing to count",
                                                     "not compared",
                                                     "was judged",
                                                     "Statuses",
                                                     "Every report",
                                                     "computed",
                                                     "milestones by status",
                                                     "Change (computed)"};
    return phrases;
}

}  // namespace portal
