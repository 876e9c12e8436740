#include "model/funding_views.hpp"
#include "model/render_requests.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/generated_text.hpp"
#include "core/money.hpp"
#include "core/site_addresses.hpp"
#include "core/text.hpp"
#include "model/giving_views.hpp"
#include "model/view_helpers.hpp"

namespace portal {

namespace {

// The funds table's row and the by-fund chart's category for allocations
// whose `fund` cell is withheld.
const char* const kFundWithheld = "Fund withheld";
const char* const kWithheld = "Withheld";
const char* const kNotStated = "not stated";

std::optional<Pence> money(const std::string& s) {
    return parse_money(s).pence;
}

double pounds(Pence p) {
    return static_cast<double>(p) / 100.0;
}

Json pence_or_null(std::optional<Pence> p) {
    return p ? Json(*p) : Json(nullptr);
}

// "A", "A and B", "A, B and C".
std::string name_list(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

// A public allocations table's columns by name; -1 when the file has none.
struct Columns {
    int project = -1, fund = -1, amount = -1, section = -1, progress = -1;
};

Columns find_columns(const PublicTable& t) {
    auto col = [&](const char* name) -> int {
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            if (t.columns[i] == name) return static_cast<int>(i);
        return -1;
    };
    return {col("project"), col("fund"), col("amount"), col("section"), col("progress")};
}

const PublicCell* cell_at(const std::vector<PublicCell>& row, int c) {
    return c >= 0 && static_cast<std::size_t>(c) < row.size() ? &row[static_cast<std::size_t>(c)]
                                                              : nullptr;
}

// For the layouts: the text, or {"withheld": true}.
Json cell_view(const std::vector<PublicCell>& row, int c) {
    const PublicCell* p = cell_at(row, c);
    if (!p) return "";
    if (p->withheld) return Json{{"withheld", true}};
    return p->text;
}

// Everything the year's page and downloads add up from the public rows. A row
// with a withheld amount counts nowhere; a row with a withheld fund counts in
// every total but no fund's: its money is held under "Fund withheld".
struct Tally {
    std::map<std::string, Pence> by_fund;
    Pence fund_withheld = 0;
    bool any_fund_withheld = false;
    Pence total = 0;
    std::vector<std::string> section_order;
    std::map<std::string, Json> section_rows;
    std::map<std::string, Pence> section_totals;
    // Which funds each section's rows are of, and which sections each fund's
    // rows are in: a section that is exactly one fund's rows has that fund's
    // stated total as its own.
    std::map<std::string, std::set<std::string>> section_funds, fund_sections;
    Json project_names = Json::array(), project_values = Json::array();
    Json download_rows = Json::array();
};

std::string section_of(const std::vector<PublicCell>& row, const Columns& c) {
    const PublicCell* s = cell_at(row, c.section);
    return s && !s->withheld && !s->text.empty() ? s->text : "Allocations";
}

// The row as the allocations download gives it: every column as written (or
// "Withheld"), then the amount in pence as a number for spreadsheets.
Json download_row(const PublicTable& t, const std::vector<PublicCell>& row,
                  std::optional<Pence> amount, bool amount_public) {
    Json d = Json::array();
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        d.push_back(row[i].withheld ? kWithheld : row[i].text);
    d.push_back(amount_public ? pence_or_null(amount) : Json(kWithheld));
    return d;
}

void add_row(const PublicTable& t, const Columns& c, const std::vector<PublicCell>& row,
             Tally& tally) {
    const PublicCell* amount_cell = cell_at(row, c.amount);
    const bool amount_public = amount_cell && !amount_cell->withheld;
    const std::optional<Pence> amount = amount_public ? money(amount_cell->text) : std::nullopt;
    const PublicCell* fund = cell_at(row, c.fund);
    const std::string section = section_of(row, c);
    if (!tally.section_rows.count(section)) {
        tally.section_order.push_back(section);
        tally.section_rows[section] = Json::array();
    }
    if (amount) {
        // A withheld fund is a fund of its own here, never a stated one.
        const std::string fund_name = fund && fund->withheld ? std::string(kFundWithheld)
                                      : fund                 ? trim(fund->text)
                                                             : "";
        if (fund && fund->withheld) {
            tally.fund_withheld += *amount;
            tally.any_fund_withheld = true;
        } else {
            // As validate matched it: "SSCF Revenue " is SSCF Revenue.
            tally.by_fund[fund_name] += *amount;
        }
        tally.section_funds[section].insert(fund_name);
        tally.fund_sections[fund_name].insert(section);
        tally.section_totals[section] += *amount;
        tally.total += *amount;
    }
    Json r;
    r["project"] = cell_view(row, c.project);
    r["fund"] = cell_view(row, c.fund);
    r["amount"] = amount ? Json(format_money(*amount)) : Json{{"withheld", true}};
    r["progress"] = cell_view(row, c.progress);
    tally.section_rows[section].push_back(r);
    if (amount) {
        tally.project_names.push_back(r["project"].is_string() ? r["project"] : Json(kWithheld));
        tally.project_values.push_back(pounds(*amount));
    }
    tally.download_rows.push_back(download_row(t, row, amount, amount_public));
}

Tally tally_rows(const PublicTable& t) {
    Tally tally;
    const Columns c = find_columns(t);
    for (const auto& row : t.rows) add_row(t, c, row, tally);
    return tally;
}

// The funds table, its chart and its download, with the overall figures.
struct FundsView {
    Json rows = Json::array();
    Json chart_names = Json::array(), chart_values = Json::array();
    Json download_rows = Json::array();
    // The Total row: over the funds that state what they had available, so that
    // available − allocated = remaining holds in it.
    std::string total_label = "Total";
    std::string total_available = kNotStated, total_allocated, total_remaining = kNotStated;
    // When some funds state no amount: every allocation, theirs included, on a
    // row of its own ("" otherwise).
    std::string all_label, all_allocated;
    std::string remaining_note;           // why "Remaining" says "Withheld", when it does
    std::set<std::string> stated_totals;  // funds whose allocated figure is the paper's
};

struct FundFigures {
    std::string name;
    std::optional<Pence> available;
    Pence allocated = 0;  // of the public rows that show this fund
    // Whether the paper states the fund's total and remaining (validate checked
    // that the rows agree): such a figure is the paper's own, not computed.
    bool total_stated = false, remaining_stated = false;
    bool available_withheld = false;  // behind a marking (redact/fund_available_withheld)
};

// Why a fund's remaining is withheld whenever the year lost any amount (a
// withheld row, amount or fund: PublicTable::amounts_lost): each fund's allocated figure
// then leaves those amounts out, so "available − allocated" is the money left
// plus the money withheld. For a fund that spent everything it is exactly the
// withheld amount (red team round 4, L1: a withheld row's £9,437.21 stood as
// the fund's "Remaining"); for a row whose fund is withheld, the true remaining
// would let anyone subtract their way to the fund that paid. Which fund lost
// the amount is not public either (a withheld row is gone). So every fund's
// remaining is withheld alike, and so is the total's: withholding only the
// affected ones would point at them.
//
// The amount available goes too (red team round 5, L6): next to the public
// allocated figure it gives "remaining + withheld", and the remaining is often
// known anyway (the paper's own note says "Funds remaining: 0.00", or the fund
// is known to be spent), which leaves the withheld amount exactly.
Json available_view(const FundFigures& f, bool amounts_withheld) {
    if (f.available_withheld) return kWithheld;
    if (!f.available) return kNotStated;
    if (amounts_withheld) return kWithheld;
    return format_money(*f.available);
}

// A fund's note goes with them: it is the paper's own words about the fund,
// and often restates what it had and what remains ("reduced to £60,545.90 ...
// Funds remaining: 0.00"), which would give the withheld amounts back (red
// team round 6, L8).
std::string note_view(const Json& fund, bool amounts_withheld) {
    const std::string note = fund.value("note", "");
    return amounts_withheld && !note.empty() ? kWithheld : note;
}

Json remaining_view(const FundFigures& f, bool amounts_withheld) {
    if (f.available_withheld) return kWithheld;
    if (!f.available) return kNotStated;
    if (amounts_withheld) return kWithheld;
    return format_money(*f.available - f.allocated);
}

Json remaining_pence(const FundFigures& f, bool amounts_withheld) {
    if (f.available_withheld) return kWithheld;
    if (!f.available) return nullptr;
    if (amounts_withheld) return kWithheld;
    return *f.available - f.allocated;
}

// A stated total is what the paper printed: all the fund's rows, withheld ones
// too. Next to the public allocated figure it would give away the sum of
// whatever was withheld from that fund: whole rows, amounts, or rows whose fund
// is withheld. So when the year lost any amount or any amount's fund, the
// stated totals are withheld for every fund alike (withholding only the
// affected ones would point at them); when it lost none, they equal the public
// figures and are published.
Json stated_view(const Json& fund, const std::string& key, bool amounts_withheld) {
    if (!fund.contains(key) || !fund[key].is_string()) return nullptr;
    if (amounts_withheld) return kWithheld;
    return fund[key];
}

// A stated figure as written and in pence (both "Withheld", or null, alike).
std::pair<Json, Json> stated_figure(const Json& fund, const std::string& key,
                                    bool amounts_withheld) {
    const Json stated = stated_view(fund, key, amounts_withheld);
    Json pence = stated;
    if (stated.is_string() && stated != kWithheld)
        pence = pence_or_null(money(stated.get<std::string>()));
    return {stated, pence};
}

Json fund_download_row(const Json& f, const FundFigures& fig, bool amounts_withheld) {
    const auto [stated, stated_pence] = stated_figure(f, "stated_total", amounts_withheld);
    const auto [left, left_pence] = stated_figure(f, "stated_remaining", amounts_withheld);
    const bool available_shown = fig.available && !amounts_withheld;
    return Json::array({fig.name,
                        available_shown                           ? f["available"]
                        : fig.available || fig.available_withheld ? Json(kWithheld)
                                                                  : Json(nullptr),
                        available_shown                           ? pence_or_null(fig.available)
                        : fig.available || fig.available_withheld ? Json(kWithheld)
                                                                  : Json(nullptr),
                        fig.allocated, remaining_pence(fig, amounts_withheld), stated, stated_pence,
                        left, left_pence,
                        f.contains("note") ? Json(note_view(f, amounts_withheld)) : Json(nullptr)});
}

const std::vector<std::string>& fund_download_columns() {
    static const std::vector<std::string> cols = {"fund",
                                                  "available",
                                                  "available_pence",
                                                  "allocated_pence",
                                                  "remaining_pence",
                                                  "stated_total",
                                                  "stated_total_pence",
                                                  "stated_remaining",
                                                  "stated_remaining_pence",
                                                  "note"};
    return cols;
}

void add_fund_withheld_row(const Tally& tally, FundsView& out) {
    out.rows.push_back({{"name", kFundWithheld},
                        {"note",
                         "Allocations whose fund is withheld. Each fund's remaining is withheld "
                         "with them: it would show which fund paid."},
                        {"available", kWithheld},
                        {"allocated", format_money(tally.fund_withheld)},
                        {"allocated_computed", true},
                        {"remaining", kWithheld}});
    out.chart_names.push_back(kFundWithheld);
    out.chart_values.push_back(pounds(tally.fund_withheld));
    out.download_rows.push_back(
        Json::array({kWithheld, nullptr, nullptr, tally.fund_withheld, nullptr, nullptr, nullptr,
                     nullptr, nullptr, nullptr}));
}

// The Total row. Where some funds state no available amount (the 2010-11
// paper gives none for the SSCF grants), the Total row is over the funds that
// do, and says so (the paper's "Funds remaining" is exactly that), and every
// allocation, theirs included, is on a row of its own: a total whose available,
// allocated and remaining were over different funds would not add up.
void set_totals(const std::vector<FundFigures>& funds, const Tally& tally, bool amounts_withheld,
                FundsView& out) {
    Pence available = 0, allocated_of_stated = 0;
    std::vector<std::string> unstated;
    for (const auto& f : funds) {
        if (!f.available && !f.available_withheld) {
            unstated.push_back(f.name);
            continue;
        }
        if (f.available) available += *f.available;  // (the totals are withheld with it)
        allocated_of_stated += f.allocated;
    }
    out.total_allocated = format_money(tally.total);
    if (unstated.size() == funds.size()) return;  // nothing stated: "not stated"
    if (unstated.empty()) {
        out.total_available = amounts_withheld ? kWithheld : format_money(available);
        out.total_remaining = amounts_withheld ? kWithheld : format_money(available - tally.total);
        return;
    }
    const std::string list = name_list(unstated);
    out.total_label = "Total, not counting " + list + " (no amount available stated)";
    out.total_available = amounts_withheld ? kWithheld : format_money(available);
    // Which group of funds paid for rows whose fund is withheld is as secret as
    // which fund did (a group may hold a single fund).
    out.total_allocated = tally.any_fund_withheld ? kWithheld : format_money(allocated_of_stated);
    out.total_remaining =
        amounts_withheld ? kWithheld : format_money(available - allocated_of_stated);
    out.all_label = "All allocations, " + list + " included";
    out.all_allocated = format_money(tally.total);
}

FundsView funds_view(const PublicData& data, const Tally& tally, bool amounts_withheld) {
    FundsView out;
    std::vector<FundFigures> figures;
    for (std::size_t i = 0; i < data.value["funds"].size(); ++i) {
        const Json& f = data.value["funds"][i];
        FundFigures fig;
        fig.name = f["name"];
        fig.available_withheld = fund_available_withheld(data, i);
        if (f.contains("available") && f["available"].is_string())
            fig.available = money(f["available"]);
        auto it = tally.by_fund.find(fig.name);
        fig.allocated = it == tally.by_fund.end() ? 0 : it->second;
        fig.total_stated = f.contains("stated_total") && f["stated_total"].is_string();
        fig.remaining_stated = f.contains("stated_remaining") && f["stated_remaining"].is_string();
        if (fig.total_stated && !amounts_withheld) out.stated_totals.insert(fig.name);
        // With amounts withheld the allocated figure is of the public rows
        // only, not the paper's, and the remaining is withheld.
        out.rows.push_back({{"name", fig.name},
                            {"note", note_view(f, amounts_withheld)},
                            {"available", available_view(fig, amounts_withheld)},
                            {"allocated", format_money(fig.allocated)},
                            {"allocated_computed", amounts_withheld || !fig.total_stated},
                            {"remaining", remaining_view(fig, amounts_withheld)},
                            {"remaining_computed", fig.available.has_value() && !amounts_withheld &&
                                                       !fig.remaining_stated}});
        out.chart_names.push_back(fig.name);
        out.chart_values.push_back(pounds(fig.allocated));
        out.download_rows.push_back(fund_download_row(f, fig, amounts_withheld));
        figures.push_back(fig);
    }
    if (tally.any_fund_withheld) add_fund_withheld_row(tally, out);
    set_totals(figures, tally, amounts_withheld, out);
    if (amounts_withheld)
        out.remaining_note =
            "What each fund had, what remains and the notes on the funds are withheld: some "
            "allocations' amounts (or funds) are withheld, and the money left over would show "
            "how much they were.";
    return out;
}

// Charts of money: values in pounds; "format": "money" has the chart component
// draw them with £ and thousands separators.
Json money_chart(const std::string& id, const std::string& title, const Json& names,
                 const Json& values) {
    return {{"id", id},
            {"title", title},
            {"type", "bar"},
            {"format", "money"},
            {"categories", names},
            {"series", Json::array({{{"name", "Allocated"}, {"values", values}}})}};
}

// A section's total is the paper's own when the section is exactly the rows
// of one fund whose total the paper states; otherwise this site added it up.
bool section_total_stated(const Tally& tally, const FundsView& funds, const std::string& section) {
    auto in = tally.section_funds.find(section);
    if (in == tally.section_funds.end() || in->second.size() != 1) return false;
    const std::string& fund = *in->second.begin();
    return funds.stated_totals.count(fund) && tally.fund_sections.at(fund).size() == 1;
}

Json sections_view(const Tally& tally, const FundsView& funds) {
    Json secs = Json::array();
    for (const auto& s : tally.section_order)
        secs.push_back(
            {{"name", s},
             {"rows", tally.section_rows.at(s)},
             {"total",
              format_money(tally.section_totals.count(s) ? tally.section_totals.at(s) : 0)},
             {"total_computed", !section_total_stated(tally, funds, s)}});
    return secs;
}

void add_downloads(const std::string& year, const Json& v, const PublicTable& t, const Tally& tally,
                   const FundsView& funds, const std::string& url, SiteModel& m) {
    const std::string source = v.value("source_document", "");
    // The columns as the file names them ("grant id" was "grant_id").
    Json columns = Json::array();
    for (std::string c : t.columns) {
        std::replace(c.begin(), c.end(), ' ', '_');
        columns.push_back(c);
    }
    columns.push_back("amount_pence");
    m.downloads.push_back({"data/funding/allocations-" + year, "Funding allocations " + year,
                           "Every allocation of the partnership's funds in " + year +
                               ": project, fund, amount (as written, and in pence), section and "
                               "progress.",
                           year, quarter_interval(year, 0), source, url, columns,
                           tally.download_rows, nullptr});
    m.downloads.push_back(
        {"data/funding/funds-" + year, "Funds " + year,
         "The partnership's funds in " + year +
             ": what each had available, allocated and remaining (in pence), the total and "
             "the remaining the paper stated, and notes. Allocated is the sum of the fund's "
             "public allocations and remaining is available less allocated, both computed by "
             "this site; the stated columns are the paper's own.",
         year, quarter_interval(year, 0), source, url, fund_download_columns(), funds.download_rows,
         nullptr});
}

// The year's page; returns its row for the funding index.
Json add_year(const std::string& year, const PublicData& data, const PublicTable& t,
              const PublicSite& site, SiteModel& m) {
    const Json& v = data.value;
    const Tally tally = tally_rows(t);
    const FundsView funds = funds_view(data, tally, year_figures_lost(t, data));
    const std::string url = funding_url(year);
    PageModel& page = data_page(m, url, "funding");
    page.kind = "funding";
    if (is_financial_year(year)) page.years = {year};
    Json& view = page.view;
    set_default(view, "title", funding_title(year));
    set_default(view, "summary",
                "What the partnership had in " + year + ", what it allocated and to what.");
    view["year"] = year;
    view["source_document"] = v.value("source_document", "");
    view["funds"] = funds.rows;
    view["total_label"] = funds.total_label;
    view["total_allocated"] = funds.total_allocated;
    view["total_available"] = funds.total_available;
    view["total_remaining"] = funds.total_remaining;
    view["all_label"] = funds.all_label;
    view["all_allocated"] = funds.all_allocated;
    view["remaining_note"] = funds.remaining_note;
    view["sections"] = sections_view(tally, funds);
    view["lost_content"] = t.lost_content || data.lost_content;
    if (t.lost_content || data.lost_content) view["notice"] = site.config.notice;
    view["chart_html"] =
        chart_figure(money_chart("funding-" + year + "-by-fund", "Allocated by fund, " + year,
                                 funds.chart_names, funds.chart_values));
    view["project_chart_html"] =
        chart_figure(money_chart("funding-" + year + "-by-project", "Allocated by project, " + year,
                                 tally.project_names, tally.project_values));
    view["csv_href"] = href_to("data/funding/allocations-" + year + ".csv");
    view["json_href"] = href_to("data/funding/allocations-" + year + ".json");
    view["funds_csv_href"] = href_to("data/funding/funds-" + year + ".csv");
    view["funds_json_href"] = href_to("data/funding/funds-" + year + ".json");
    add_downloads(year, v, t, tally, funds, url, m);
    // The year's grants in the 360Giving Data Standard, and how many rows
    // they are of the year's.
    GivingPackage giving = giving_package(year, t, site.config);
    if (!giving.package.is_null()) {
        const std::string path = "data/funding/360giving-" + year + ".json";
        view["giving"] = {{"href", href_to(path)},
                          {"grants", giving.grants},
                          {"rows", giving.rows},
                          {"all", giving.grants == giving.rows}};
        m.data_files.push_back({path, std::move(giving.package)});
    }
    // The index's row: the year's Total row, and what it leaves out.
    return {{"year", year},
            {"href", href_to(url)},
            {"allocated", funds.total_allocated},
            {"available", funds.total_available},
            {"remaining", funds.total_remaining},
            {"funds_counted",
             funds.all_allocated.empty()
                 ? ""
                 : funds.total_label + "; " + funds.all_label + ": " + funds.all_allocated}};
}

void add_index(Json years, SiteModel& m) {
    Json& view = data_page(m, "funding/", "funding-index").view;
    set_default(view, "title", "Funding");
    set_default(view, "summary", "Where the partnership's money went, year by year.");
    std::reverse(years.begin(), years.end());  // newest first
    view["years"] = years;
}

}  // namespace

void add_funding_pages(const PublicSite& site, SiteModel& m) {
    std::map<std::string, const PublicData*> years;
    for (const auto& d : site.data)
        if (d.rel.rfind("funding/", 0) == 0) years[d.rel.substr(8, d.rel.size() - 13)] = &d;
    std::map<std::string, const PublicTable*> tables;
    for (const auto& t : site.tables)
        if (t.rel.rfind("funding/", 0) == 0) tables[t.rel.substr(8, t.rel.size() - 12)] = &t;

    Json index_rows = Json::array();
    for (const auto& [year, data] : years) {
        auto table = tables.find(year);
        if (table == tables.end()) continue;
        index_rows.push_back(add_year(year, *data, *table->second, site, m));
    }
    if (!index_rows.empty()) add_index(std::move(index_rows), m);
}

}  // namespace portal
