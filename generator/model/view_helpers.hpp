// model/view_helpers.hpp — small pieces shared by the data-driven views (reports,
// plans, milestone histories, statistics): statuses and counts on a status
// scale, the chart of them, dates for people, the page slot a view fills, and
// whether redaction withheld a value in place.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/milestone_history.hpp"
#include "model/site_model.hpp"
#include "validate/site_config.hpp"
#include "validate/status_scales.hpp"

namespace portal {

// A status the paper gives but that is withheld: "Withheld", never "Not
// reported" (the paper did report it).
Json withheld_status_view();

// A status as pages show it on its scale (validate/status_scales.hpp):
// {key, word, css, swatch}. css is the theme's class (status-green,
// status-on-track, ...), or status-own for a site's own scale, whose colour
// comes as the swatch (an SVG fill: a style attribute would break the pages'
// Content-Security-Policy). A status the scale lacks shows as not reported.
Json status_view(const std::string& status, const StatusScale& scale);
// The scale a report is on (its status_scale, else its plan's, else
// red-amber-green), from the site's scales.
const StatusScale& report_scale(const Json& report, const Json& plan, const SiteConfig& config);
// A quarter on the words scale: progress in words, no status.
Json words_view();
// A milestone's status in a quarter, on that quarter's scale; not reported
// when no quarter mentions it (nullptr).
Json quarter_status_view(const MilestoneQuarter* q);
// The milestones counted by status, as the layouts show them (labelled
// computed: no paper states such counts): {statuses: for each status of the
// scale, best first, then not-reported, {key, word, css, swatch, count};
// total: the milestones counted}. No statuses for the words scale.
Json counts_view(const std::map<std::string, int>& counts, const StatusScale& scale);

// A stacked bar of milestone counts by status, one bar per category, each
// status in its scale's colour and pattern.
Json status_chart(const std::string& id, const std::string& title,
                  const std::vector<std::string>& categories,
                  const std::vector<std::map<std::string, int>>& counts, const StatusScale& scale);

// The anchor of a milestone on its plan's history page ("1.1a" -> "m-1-1a").
std::string milestone_anchor(const std::string& milestone_id);

// "2011-04-01" -> "1 April 2011"; anything that is not a date is returned as is.
std::string human_date(const std::string& iso);
// The financial year (April to March) a date falls in: "2010-11" for 2011-02-01.
std::string financial_year_of(const std::string& iso);
// Every financial year from the one `from` falls in to the one `to` falls in.
std::vector<std::string> financial_years(const std::string& from, const std::string& to);

// The dates a financial quarter runs (quarter 1-4; 0 for the whole year), as
// an ISO 8601 interval: ("2010-11", 3) -> "2010-10-01/2010-12-31"; and the
// interval from the start of one quarter to the end of another. "" for a year
// that is not "YYYY-YY".
std::string quarter_interval(const std::string& financial_year, int quarter);
std::string quarters_interval(const std::string& from_year, int from_quarter,
                              const std::string& to_year, int to_quarter);

// {"iso": "2011-04-01", "text": "1 April 2011"} for <time datetime="...">text</time>.
Json date_view(const std::string& iso);

// "a, b, c" from a JSON list of strings (or "" when absent).
std::string joined(const Json& list);

// The page written to `output`, made (at `url`, with `layout`) if the model has
// none yet, or the content page already there (which then supplies its title,
// summary and introduction, and takes `layout` if it had the default "page").
// The reference is valid until the next page is added.
PageModel& page_at(SiteModel& m, const std::string& url, const std::string& output,
                   const std::string& layout);
// page_at for a data address ("plans/x/"), written to url + "index.html"; the
// address is published.
PageModel& data_page(SiteModel& m, const std::string& url, const std::string& layout);

// Sets view[key] unless a content page already gave it.
void set_default(Json& view, const char* key, const std::string& value);

// True when redaction withheld the value at `pointer` but kept its place (a
// positional item set to null) or its object (a property taken out).
bool withheld_at(const PublicData& data, const std::string& pointer);

// "reports/2010-11-q3.json" -> "reports" and "2010-11-q3".
std::string kind_of(const std::string& rel);
std::string stem_of(const std::string& rel);

}  // namespace portal
