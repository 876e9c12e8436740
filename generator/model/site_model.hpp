// model/site_model.hpp — what render needs: view models for every page and the
// theme, with the audit's canaries passed through untouched.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/canary.hpp"
#include "core/json_value.hpp"
#include "load/text_file.hpp"
#include "redact/public_site.hpp"
#include "validate/site_config.hpp"

namespace portal {

struct SiteModel;
struct PageModel;
struct PublicPage;
class PublicSite;

// Only model makes the models of pages and of the site: their constructors take
// a ModelKey, which only these model functions can make. Render and write read
// and copy them, and tests get them from the real stages
// (tests/public_fixtures.hpp).
class ModelKey {
    ModelKey() = default;
    friend PageModel page_model(PublicPage&& page, const SiteConfig& config);
    friend PageModel& page_at(SiteModel& m, const std::string& url, const std::string& output,
                              const std::string& layout);
    friend SiteModel build_model(PublicSite&& site, Diagnostics& diags);
};

struct PageModel {
    explicit PageModel(ModelKey) {}
    std::string output;    // "about/index.html"
    std::string url;       // "about/"
    std::string layout;    // "page"
    std::string source;    // source file for messages ("" for generated pages)
    std::string rel;       // content/-relative source path ("" for generated pages), for .md links
    std::string markdown;  // body to render into {{{content}}} (may be empty)
    int body_line = 1;
    Json view;                  // everything else the layout shows, under "page"
    bool lost_content = false;  // a content page that lost part of its Markdown to redaction
    // What search's filters and the A-Z list know the page as: "report", "plan",
    // "milestone", "dataset", "funding", "meeting" or "page"; and the financial
    // years ("2010-11") it is about, if any.
    std::string kind = "page";
    std::vector<std::string> years;
    bool searched = true;  // in the search index (not the search page, nor the A-Z list)
};

// A dataset published as open data: a table as CSV (RFC 4180) at `path`.csv and
// as JSON at `path`.json (the rows as objects, or `json` when given), listed in
// the open-data catalogue.
struct Download {
    std::string path;  // "data/funding/allocations-2010-11"
    std::string title;
    std::string description;
    std::string period;    // for people: "October to December 2010"
    std::string coverage;  // the dates it covers, ISO 8601: "2010-10-01/2010-12-31" ("" unknown)
    std::string source;
    std::string page_url;  // the page that shows this data
    Json columns;          // ["project", "fund", ...]
    Json rows;             // arrays of strings/numbers; withheld cells as "Withheld"
    Json json;             // optional: the JSON form, when not simply the rows
};

// A publication for the feed: reports, meetings, plans, funding years, dated pages.
struct Publication {
    std::string title;
    std::string url;
    std::string date;  // YYYY-MM-DD
    std::string summary;
    std::string kind;  // "report", "meeting", "plan", "funding", "page"
};

// A JSON file model makes whole, in a standard's own shape (a 360Giving
// package), written as it is.
struct DataFile {
    std::string path;  // "data/funding/360giving-2010-11.json"
    Json value;
};

struct SiteModel {
    explicit SiteModel(ModelKey) {}
    SiteConfig config;
    std::vector<PageModel> pages;
    std::vector<Download> downloads;
    std::vector<DataFile> data_files;
    std::vector<Publication> publications;           // newest first
    std::map<std::string, std::string> source_urls;  // content rel -> page url
    std::set<std::string> urls;                      // every page url published
    // While the model is built: output path -> index in `pages` (page_at keeps
    // it); emptied once the pages are sorted.
    std::unordered_map<std::string, std::size_t> page_slots;
    std::map<std::string, TextFile> layouts;
    std::map<std::string, TextFile> partials;
    std::vector<TextFile> assets;
    std::vector<RedactionEntry> log;
    CanarySet canaries;
};

SiteModel build_model(PublicSite&& site, Diagnostics& diags);

// A content page's model as build_model first makes it: its text (moved out of
// `page`; the rest of it is left as it was), title, summary, date and the
// policy's notice when it lost content. build_model may then add to it (a page
// at an address portal makes from data gets that data). For `portal serve`.
PageModel page_model(PublicPage&& page, const SiteConfig& config);

}  // namespace portal
