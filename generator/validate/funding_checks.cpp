#include "validate/funding_checks.hpp"

#include <map>

#include "core/money.hpp"
#include "core/reading.hpp"
#include "core/text.hpp"
#include "validate/data_checks.hpp"
#include "validate/human_place.hpp"

namespace portal {

const std::vector<DocumentedKey>& funding_column_docs() {
    static const std::vector<DocumentedKey> columns = {
        {"project", true, "text", "What the money was allocated to, as the paper names it.",
         "CDRP ASB Case Officer"},
        {"fund", true, "text",
         "The fund the allocation comes from: one of the funds in <year>.json.", "SSCF Revenue"},
        {"amount", true, "pounds and pence, like 16,600.00 or £1,560",
         "The amount allocated; whole pence, written as the paper does.", "16,600.00"},
        {"section", false, "text", "The part of the paper the row comes from.", "Funding plan"},
        {"progress", false, "text", "What the paper says about how the allocation was used.",
         "Post has been part-time from March 2010."},
        // What the 360Giving Data Standard asks of a grant to an organisation
        // (render publishes data/funding/360giving-<year>.json from the rows
        // that give them all).
        {"grant_id", false, "text",
         "For a grant: its identifier in your records; the 360Giving file adds the prefix "
         "site.json's 360giving.prefix gives.",
         "2010-11-007"},
        {"recipient_name", false, "text", "For a grant: the organisation that received it.",
         "Cambridgeshire Citizens Advice"},
        {"recipient_id", false, "text",
         "For a grant: the recipient's organisation identifier (org-id.guide: a charity or "
         "company number with its register's prefix).",
         "GB-CHC-1158567"},
        {"award_date", false, "a date written YYYY-MM-DD",
         "For a grant: the date it was awarded (the board meeting that decided it).", "2010-06-01"},
        {"description", false, "text",
         "For a grant: what it pays for, in a sentence; the project's name if left empty.",
         "Debt advice sessions in village halls"},
        {"marking", false, "a label, or a label: column, column",
         "The row's protective marking: empty or a publishable label to publish it, a withheld "
         "label to withhold the row and its amount, or LABEL: project, progress to withhold "
         "those cells only.",
         "PROTECT: project"},
    };
    return columns;
}

const std::vector<std::string>& funding_columns() {
    static const std::vector<std::string> cols = [] {
        std::vector<std::string> names;
        for (const auto& c : funding_column_docs()) names.push_back(c.key);
        return names;
    }();
    return cols;
}

namespace {

const std::string kColumnList = [] {
    std::string list;
    for (const auto& c : funding_columns()) list += (list.empty() ? "" : ", ") + c;
    return list;
}();

// `name` folded (fold_label: "grant_id" is "grant id").
bool is_funding_column(const std::string& name) {
    for (const auto& c : funding_columns())
        if (fold_label(c) == name) return true;
    return false;
}

}  // namespace

FundingHeader read_funding_header(const CsvDocument& t) {
    FundingHeader h;
    auto problem = [&](SourcePos pos, std::string message) {
        h.problems.push_back({Severity::error, std::move(pos), std::move(message)});
    };
    if (t.rows.empty()) {
        problem(SourcePos{t.path, 1, 1},
                "empty file: the first line names the columns: "
                "project,fund,amount,section,progress,marking");
        return h;
    }
    const auto& header = t.rows[0];
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = fold_label(header[i].text);
        if (!is_funding_column(name))
            problem(t.pos(header[i]),
                    "unknown column '" + header[i].text + "'; the columns are " + kColumnList);
        else if (h.columns.count(name))
            problem(t.pos(header[i]), "column '" + header[i].text + "' appears twice");
        else
            h.columns[name] = i;
    }
    for (const auto& column : funding_column_docs()) {
        const std::string need = column.key;
        if (column.required && !h.columns.count(need))
            problem(SourcePos{t.path, 1, 1}, std::string("the first line must name ") +
                                                 (need[0] == 'a' ? "an '" : "a '") + need +
                                                 "' column (the columns are " + kColumnList + ")");
    }
    return h;
}

namespace {

std::optional<Pence> money_at(const JsonDocument& doc, const Json& v, const std::string& ptr,
                              Diagnostics& diags) {
    auto r = parse_money(v.get<std::string>());
    if (!r.pence) diags.error(doc.pos(ptr), place_of(doc, ptr) + ": " + r.error);
    return r.pence;
}

struct Fund {
    std::optional<Pence> available, stated, stated_remaining;
    std::string available_ptr, stated_ptr, stated_remaining_ptr;
    Pence allocated = 0;
    // Rows whose amount may be withheld (amount_may_be_withheld): a sum that
    // counts them would give those amounts away (the public rows are on the site
    // to subtract), so no message prints such a sum.
    int marked_rows = 0;
};

struct Funds {
    std::map<std::string, Fund> by_name;
    std::string names;  // "SSCF Revenue, Pooled Fund", for messages
};

// The schema's pattern only says "NNNN-NN"; a year must also be one year long
// (2010-11, 1999-00), or pages and feeds would carry a year that never was.
void check_financial_year(const JsonDocument& doc, const Json& v, Diagnostics& diags) {
    if (!v.contains("financial_year") || !v["financial_year"].is_string()) return;  // schema
    const std::string fy = v["financial_year"];
    if (!is_financial_year(fy))
        diags.error(doc.pos("/financial_year"),
                    "financial_year: \"" + fy +
                        "\" is not a financial year: write the year it starts and the last two "
                        "digits of the next, like 2010-11");
}

Funds read_funds(const JsonDocument& doc, const Json& list, Diagnostics& diags) {
    Funds funds;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& f = list[i];
        if (!f.contains("name") || !f["name"].is_string()) continue;
        const std::string base = "/funds/" + std::to_string(i);
        Fund fund;
        if (f.contains("available") && f["available"].is_string()) {
            fund.available_ptr = base + "/available";
            fund.available = money_at(doc, f["available"], fund.available_ptr, diags);
        }
        if (f.contains("stated_total") && f["stated_total"].is_string()) {
            fund.stated_ptr = base + "/stated_total";
            fund.stated = money_at(doc, f["stated_total"], fund.stated_ptr, diags);
        }
        if (f.contains("stated_remaining") && f["stated_remaining"].is_string()) {
            fund.stated_remaining_ptr = base + "/stated_remaining";
            fund.stated_remaining =
                money_at(doc, f["stated_remaining"], fund.stated_remaining_ptr, diags);
            // What is left is only ever of what was there.
            if (fund.available_ptr.empty())
                diags.error(doc.pos(fund.stated_remaining_ptr),
                            "stated_remaining: what remains in a fund is what it had less what "
                            "it allocated; give the fund's \"available\" amount too");
        }
        const std::string name = f["name"];
        if (funds.by_name.count(name))
            diags.error(doc.pos(base + "/name"), "fund \"" + name + "\" is listed twice");
        funds.by_name[name] = fund;
        funds.names += (funds.names.empty() ? "" : ", ") + name;
    }
    return funds;
}

// Whether a row's marking may withhold its amount, judged without the policy
// (redact applies it later), so erring towards yes: any marking but one that
// names only other columns after its colon ("PROTECT: project, progress").
// "OFFICIAL" alone counts (validate cannot tell a publishable label), and so
// does "OFFICIAL: SENSITIVE" (read whole, it is a withheld label).
bool amount_may_be_withheld(const std::string& marking) {
    const std::string text = trim(marking);
    if (text.empty()) return false;
    const auto colon = text.find(':');
    if (colon == std::string::npos) return true;
    std::size_t start = colon + 1;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string col = fold_label(
            text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (col == "amount" || col == "marking" || !is_funding_column(col)) return true;
        if (comma == std::string::npos) return false;
        start = comma + 1;
    }
}

// A row short of cells would put what is there under the wrong columns (a
// marking read as progress, the row published); a long one has a stray comma.
bool check_row_length(const CsvDocument& t, const std::vector<CsvCell>& row, Diagnostics& diags) {
    const std::size_t want = t.rows[0].size();
    const std::string counts = "this row has " + std::to_string(row.size()) +
                               " cells but the first line names " + std::to_string(want) +
                               " columns";
    if (row.size() > want) {
        // "22,500.00" typed without quotes splits into "22" and "500.00": a
        // spreadsheet quotes it, a hand does not.
        std::string hint;
        for (std::size_t c = 0; c + 1 < row.size() && hint.empty(); ++c) {
            const std::string& a = row[c].text;
            const std::string& b = row[c + 1].text;
            const bool digits = !a.empty() && a.size() <= 4 &&
                                a.find_first_not_of("£0123456789") == std::string::npos;
            const bool thousands =
                b.size() >= 3 && b.find_first_not_of("0123456789.", 0) >= 3 &&
                b.substr(0, 3).find_first_not_of("0123456789") == std::string::npos &&
                b.find_first_not_of("0123456789.") == std::string::npos;
            if (digits && thousands)
                hint =
                    "; an amount with a comma in it must be in quotes, like \"22,500.00\" "
                    "(or written without the comma, 22500.00)";
        }
        diags.error(t.pos(row[want]), counts + hint);
        return false;
    }
    if (row.size() < want) {
        diags.error(SourcePos{t.path, row.front().line, 1},
                    counts +
                        ": an empty cell still needs its comma, so check for a missing comma "
                        "or a cell run into the next");
        return false;
    }
    return true;
}

// Checks one allocation and adds its amount to its fund; false if the row
// could not be counted.
bool check_row(const CsvDocument& t, const FundingHeader& h, const std::vector<CsvCell>& row,
               const std::string& year, Funds& funds, Diagnostics& diags) {
    if (!check_row_length(t, row, diags)) return false;
    const CsvCell& project = row[h.columns.at("project")];
    const CsvCell& fund = row[h.columns.at("fund")];
    const CsvCell& amount = row[h.columns.at("amount")];
    const auto marking = h.columns.find("marking");
    const bool marked =
        marking != h.columns.end() && amount_may_be_withheld(row[marking->second].text);
    if (trim(project.text).empty())
        diags.error(t.pos(project), "project: every allocation names its project");
    auto money = parse_money(amount.text);
    if (!money.pence) {
        diags.error(t.pos(amount), "amount: " + money.error);
        return false;
    }
    const std::string fund_name = trim(fund.text);
    auto f = funds.by_name.find(fund_name);
    if (f == funds.by_name.end()) {
        diags.error(t.pos(fund), "fund: \"" + fund_name + "\" is not a fund of " + year +
                                     " (data/funding/" + year + ".json lists: " + funds.names +
                                     ")");
        return false;
    }
    f->second.allocated += *money.pence;
    if (marked) ++f->second.marked_rows;
    if (const auto date = h.columns.find("award date"); date != h.columns.end()) {
        const CsvCell& cell = row[date->second];
        const std::string text = trim(cell.text);
        if (!text.empty() && !is_iso_date(text))
            diags.error(t.pos(cell),
                        "award_date: write the date as YYYY-MM-DD (year, month, day), like "
                        "2010-06-01");
    }
    return true;
}

// all_counted: every row's amount reached its fund. If not, a stated total
// cannot be compared (the difference would only echo the row errors), but an
// over-allocation stands: the rows counted already exceed what was available.
void check_totals(const JsonDocument& doc, const CsvDocument& t, const Funds& funds,
                  bool all_counted, Diagnostics& diags) {
    for (const auto& [name, fund] : funds.by_name) {
        // The sum, or, when rows whose amount may be withheld are counted in it,
        // only how many of them:
        // the sum less the public rows would be the withheld amounts.
        const bool hide = fund.marked_rows > 0;
        const std::string why =
            hide ? " (" + std::to_string(fund.marked_rows) +
                       (fund.marked_rows == 1 ? " row's amount" : " rows' amounts") +
                       " may be withheld, so the sum is not shown)"
                 : "";
        if (fund.available && fund.allocated > *fund.available)
            diags.error(
                doc.pos(fund.available_ptr),
                name + ": the allocations add up to " +
                    (hide ? "more than the " + format_money(*fund.available) + " available" + why
                          : format_money(fund.allocated) + ", more than the " +
                                format_money(*fund.available) + " available"));
        if (all_counted && fund.stated && fund.allocated != *fund.stated)
            diags.error(doc.pos(fund.stated_ptr),
                        name + ": the stated total is " + format_money(*fund.stated) +
                            " but the rows of " + t.path + " add up to " +
                            (hide ? "a different sum" + why : format_money(fund.allocated)));
        if (all_counted && fund.available && fund.stated_remaining &&
            *fund.available - fund.allocated != *fund.stated_remaining)
            // With rows whose amount may be withheld, no figure at all: any two
            // of available, stated remaining and the sum give the third.
            diags.error(doc.pos(fund.stated_remaining_ptr),
                        hide ? name +
                                   ": the stated remaining is not what is available less the "
                                   "rows of " +
                                   t.path + why
                             : name + ": the stated remaining is " +
                                   format_money(*fund.stated_remaining) + " but " +
                                   format_money(*fund.available) + " available less the " +
                                   format_money(fund.allocated) + " of the rows of " + t.path +
                                   " leaves " + format_money(*fund.available - fund.allocated));
    }
}

void check_year(const std::string& year, const JsonDocument& doc, const CsvDocument* table,
                Diagnostics& diags) {
    const Json v = strip_markings(doc.value);
    check_financial_year(doc, v, diags);
    if (!v.is_object() || !v.contains("funds") || !v["funds"].is_array())
        return;  // schema reported it
    if (v["funds"].empty()) {
        diags.error(doc.pos("/funds"),
                    "funds: the list is empty; name each fund of the year, like "
                    "{\"name\": \"SSCF Revenue\", \"available\": \"60,545.90\"}");
        return;
    }
    Funds funds = read_funds(doc, v["funds"], diags);
    if (!table) {
        diags.error(SourcePos{doc.path, 1, 1},
                    "no allocations for this year: add data/funding/" + year + ".csv");
        return;
    }
    // A file that could not be read was reported when it was loaded.
    if (table->failed) return;
    const FundingHeader header = read_funding_header(*table);
    for (const auto& p : header.problems) diags.error(p.pos, p.message);
    // With the columns wrong, every row would repeat the same mistake.
    if (!header.ok()) return;
    bool all_counted = true;
    for (std::size_t r = 1; r < table->rows.size(); ++r)
        all_counted = check_row(*table, header, table->rows[r], year, funds, diags) && all_counted;
    check_totals(doc, *table, funds, all_counted, diags);
}

}  // namespace

void check_funding(const std::vector<JsonDocument>& data, const std::vector<CsvDocument>& csv,
                   Diagnostics& diags) {
    std::map<std::string, const JsonDocument*> years;
    // Files in sub-folders of data/funding/ are refused by check_data (the JSON)
    // and here (the CSV); they are not checked further, which would only repeat it.
    for (const auto& d : data)
        if (data_kind(d.rel) == "funding" && directly_in_kind_folder(d.rel))
            years[data_stem(d.rel)] = &d;
    std::map<std::string, const CsvDocument*> tables;
    for (const auto& c : csv) {
        if (data_kind(c.rel) != "funding") {
            diags.warning(SourcePos{c.path},
                          "CSV files are read only in data/funding; this one is ignored");
            continue;
        }
        if (!directly_in_kind_folder(c.rel)) {
            diags.error(SourcePos{c.path},
                        "data files go directly in data/funding/, not in a folder inside it: "
                        "move this file to data/funding/, or out of data/ altogether "
                        "(everything in data/ is published)");
            continue;
        }
        tables[data_stem(c.rel)] = &c;
        if (!years.count(data_stem(c.rel)))
            diags.error(SourcePos{c.path, 1, 1},
                        "allocations without their funds: add data/funding/" + data_stem(c.rel) +
                            ".json naming the funds of the year");
    }
    for (const auto& [year, doc] : years) {
        auto t = tables.find(year);
        check_year(year, *doc, t == tables.end() ? nullptr : t->second, diags);
    }
}

}  // namespace portal
