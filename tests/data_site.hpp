// tests/data_site.hpp — a small site with one of every kind of data (a plan,
// a quarterly report, statistics, a funding year with its allocations, a
// board meeting and a dated page), for tests of what is made from data.
#pragma once

#include "temp_site.hpp"

namespace portal::testing {

inline void write_site_with_data(TempSite& s) {
    s.write("content/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    s.write("content/meetings/2011-02-01.md",
            "---\ntitle: Board meeting, 1 February 2011\ndate: 2011-02-01\nlayout: "
            "meeting\nsummary: The agenda.\n"
            "papers:\n  - report: 2010-11-q3\n  - funding: 2010-11\n---\nAgenda.\n");
    s.write(
        "content/news.md",
        "---\ntitle: A dated page\ndate: 2010-05-01\nsummary: Something happened.\n---\nText.\n");
    s.write(
        "data/plans/p1.json",
        R"({"id": "p1", "title": "Plan One", "period": {"from": "2010-04-01", "to": "2013-03-31"},
      "priorities": [{"number": 1, "title": "Burglary", "actions": [{"number": "1.1", "title": "Act",
        "milestones": [{"id": "1.1a", "title": "Mile"}]}]}]})");
    s.write("data/reports/2010-11-q3.json",
            R"({"plan": "p1", "financial_year": "2010-11", "quarter": 3,
      "period": "October to December 2010", "priorities": [{"number": 1,
        "milestones": [{"id": "1.1a", "status": "amber", "progress": "Ongoing"}]}]})");
    s.write("data/statistics/idvas.json",
            R"({"title": "IDVAS caseload", "source": "Research Team", "unit": "cases",
      "categories": ["2009-10 Q1", "2009-10 Q2"], "series": [{"name": "South Cambs", "values": [46, null]}]})");
    s.write("data/funding/2010-11.json",
            R"({"financial_year": "2010-11", "funds": [{"name": "SSCF", "available": "100.00"}]})");
    s.write("data/funding/2010-11.csv",
            "project,fund,amount,section,progress,marking\nTesco TV,SSCF,\"60.00\",Plan,Done,\n");
}

}  // namespace portal::testing
