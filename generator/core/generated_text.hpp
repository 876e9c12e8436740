// core/generated_text.hpp — words the generator writes by itself: page titles it
// makes up ("Performance report 2010-11 Q3"), labels ("Priority 2"), status
// words. They are public by nature, so redact adds them to the public side of
// the canaries; otherwise a withheld value that happens to read "2010-11 Q3"
// would make the audit refuse a safe build. Model uses the same functions, so
// the two cannot drift apart.
#pragma once

#include <string>
#include <vector>

namespace portal {

std::string quarter_label(const std::string& financial_year, int quarter);  // "2010-11 Q3"
std::string report_title(const std::string& financial_year,
                         int quarter);   // "Performance report 2010-11 Q3"
std::string priority_label(int number);  // "Priority 2"
// "Priority 2: Reducing burglary", as the default theme heads a priority: a
// withheld text that restates a public heading must not read as a leak.
std::string priority_heading(int number, const std::string& title);
std::string funding_title(const std::string& financial_year);  // "Funding 2010-11"

// Fixed phrases of the generator's own pages (headings, captions, status words).
const std::vector<std::string>& fixed_phrases();

}  // namespace portal
