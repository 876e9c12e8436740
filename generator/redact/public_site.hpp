// redact/public_site.hpp — the documents residents may see. Only redact_site()
// constructs a PublicSite; every later stage takes one and nothing rawer.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/canary.hpp"
#include "core/json_value.hpp"
#include "core/marking_ledger.hpp"
#include "load/text_file.hpp"
#include "validate/front_matter.hpp"
#include "validate/site_config.hpp"

namespace portal {

class ValidatedSite;
struct PageSource;
struct PageRedaction;
struct JsonDocument;
struct DataRedaction;
struct CsvDocument;
struct CsvWithheld;
class MarkingPolicy;
class MarkingLedger;
struct PublicData;
struct PublicTable;

// Only redact makes public documents. Each public type's constructor takes a
// RedactKey, and only redact's functions below can make one: a later stage can
// read or copy what redact made, never make public text of its own. This is
// where the compiler holds "only redact's output reaches render".
class RedactKey {
    RedactKey() = default;
    friend PageRedaction redact_page(const PageSource& page, const MarkingPolicy& policy);
    friend std::optional<PublicData> redact_data_document(const JsonDocument& doc,
                                                          DataRedaction& ctx);
    friend std::optional<PublicTable> redact_csv(
        const CsvDocument& doc, const MarkingPolicy& policy,
        const std::set<std::string>* public_funds,
        const std::function<void(const CsvWithheld&)>& on_withheld, Diagnostics& diags,
        MarkingLedger* ledger);
};

struct PublicPage {
    explicit PublicPage(RedactKey) {}
    PageFields front;      // the front matter without its marking
    std::string path;      // source file, for messages
    std::string rel;       // relative to content/
    std::string url;       // "about/"
    std::string output;    // "about/index.html"
    std::string markdown;  // the body with withheld regions removed (line numbers kept)
    int body_line = 1;
    bool lost_content = false;  // shows the policy's notice
};

struct PublicData {
    explicit PublicData(RedactKey) {}
    std::string path;  // source file, for messages
    std::string rel;   // relative to data/, e.g. "reports/2009-10-q3.json"
    Json value;        // markings applied and removed
    bool lost_content = false;
    // JSON pointers (into `value`) of places that lost their content: an element
    // of a positional array (a statistic's categories or values) is withheld as
    // null, so that the figures after it stay under their own headings; a field
    // the schema declares (a milestone's progress) is absent. Pages show
    // "Withheld" there. Locations only, never content: free-form keys (a
    // statistic's value labels) are never listed.
    std::set<std::string> withheld;
};

struct PublicCell {
    PublicCell(RedactKey, std::string text, bool withheld)
        : text(std::move(text)), withheld(withheld) {}
    std::string text;       // empty when withheld
    bool withheld = false;  // shown as "Withheld"
};

// A CSV table after its marking column was applied and removed.
struct PublicTable {
    explicit PublicTable(RedactKey) {}
    std::string path;                  // source file, for messages
    std::string rel;                   // relative to data/, e.g. "funding/2010-11.csv"
    std::vector<std::string> columns;  // folded names, without "marking"
    std::vector<std::vector<PublicCell>> rows;
    std::vector<int> row_lines;  // the line each row starts at, for messages
    bool lost_content = false;
    // Whole rows were withheld (their amounts are missing from every public
    // total): figures the paper states for the year, such as a fund's total, would
    // then give the withheld sum away.
    bool lost_rows = false;

    // Whether any amount of the year is missing from its public rows: a row
    // withheld, or an amount or fund cell withheld (each fund's figures then
    // give the missing amount away: model/funding_views, collateral_figures).
    bool amounts_lost() const;
};

// Whether a funding year's figures are tied to something withheld: an
// amount missing from its public rows (PublicTable::amounts_lost), or one of
// a fund's own figures withheld ("available", "stated_total",
// "stated_remaining" behind a marking). Beside the public allocations any
// one of a fund's figures gives another back (available − allocated =
// remaining), so each fund's figures and notes are withheld alike
// (model/funding_views, redact/collateral_figures; red team 20, B01).
bool year_figures_lost(const PublicTable& table, const PublicData& funding);

// Whether the fund at `index` of a funding year's public data had its
// amount available withheld (shown "Withheld", not "not stated").
bool fund_available_withheld(const PublicData& funding, std::size_t index);

struct RedactionEntry {
    SourcePos pos;
    std::string what;   // "page", "region", "object priorities[0].achievements[2]", ...
    std::string label;  // the label as written
};

class PublicSite {
  public:
    SiteConfig config;
    std::vector<PublicPage> pages;
    std::vector<PublicData> data;
    std::vector<PublicTable> tables;
    std::map<std::string, TextFile> layouts;
    std::map<std::string, TextFile> partials;
    std::vector<TextFile> assets;
    std::vector<RedactionEntry> log;
    // Where withheld content stands, for messages (redact/quiet_messages.hpp).
    std::vector<WithheldSpan> withheld_spans;
    CanarySet canaries;

  private:
    PublicSite() = default;
    friend PublicSite redact_site(ValidatedSite&& site, Diagnostics& diags);
};

PublicSite redact_site(ValidatedSite&& site, Diagnostics& diags);

}  // namespace portal
