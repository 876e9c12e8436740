#include "validate/funding_checks.hpp"

#include <map>

#include "core/money.hpp"
#include "core/text.hpp"
#include "validate/data_checks.hpp"

namespace portal {

const std::vector<std::string>& funding_columns() {
    static const std::vector<std::string> cols = {"project", "fund",     "amount",
                                                  "section", "progress", "marking"};
    return cols;
}

namespace {

std::optional<Pence> money_at(const JsonDocument& doc, const Json& v, const std::string& ptr,
                              Diagnostics& diags) {
    auto r = parse_money(v.get<std::string>());
    if (!r.pence) diags.error(doc.pos(ptr), pointer_to_path(ptr) + ": " + r.error);
    return r.pence;
}

}  // namespace

void check_funding(const std::vector<JsonDocument>& data, const std::vector<CsvDocument>& csv,
                   Diagnostics& diags) {
    std::map<std::string, const JsonDocument*> years;
    for (const auto& d : data)
        if (data_kind(d.rel) == "funding") years[data_stem(d.rel)] = &d;
    std::map<std::string, const CsvDocument*> tables;
    for (const auto& c : csv) {
        if (data_kind(c.rel) != "funding") {
            diags.warning(SourcePos{c.path},
                          "CSV files are read only in data/funding; this one is ignored");
            continue;
        }
        tables[data_stem(c.rel)] = &c;
        if (!years.count(data_stem(c.rel)))
            diags.error(SourcePos{c.path, 1, 1},
                        "allocations without their funds: add data/funding/" + data_stem(c.rel) +
                            ".json naming the funds of the year");
    }

    for (const auto& [year, doc] : years) {
        Json v = strip_markings(doc->value);
        if (!v.is_object() || !v.contains("funds") || !v["funds"].is_array())
            continue;  // schema reported it
        auto table_it = tables.find(year);
        if (table_it == tables.end()) {
            diags.error(SourcePos{doc->path, 1, 1},
                        "no allocations for this year: add data/funding/" + year + ".csv");
            continue;
        }
        const CsvDocument& t = *table_it->second;

        struct Fund {
            std::optional<Pence> available, stated;
            std::string available_ptr, stated_ptr;
            Pence allocated = 0;
        };
        std::map<std::string, Fund> funds;
        std::string fund_names;
        for (std::size_t i = 0; i < v["funds"].size(); ++i) {
            const Json& f = v["funds"][i];
            if (!f.contains("name") || !f["name"].is_string()) continue;
            std::string base = "/funds/" + std::to_string(i);
            Fund fund;
            if (f.contains("available") && f["available"].is_string()) {
                fund.available_ptr = base + "/available";
                fund.available = money_at(*doc, f["available"], fund.available_ptr, diags);
            }
            if (f.contains("stated_total") && f["stated_total"].is_string()) {
                fund.stated_ptr = base + "/stated_total";
                fund.stated = money_at(*doc, f["stated_total"], fund.stated_ptr, diags);
            }
            std::string name = f["name"];
            if (funds.count(name))
                diags.error(doc->pos(base + "/name"), "fund \"" + name + "\" is listed twice");
            funds[name] = fund;
            fund_names += (fund_names.empty() ? "" : ", ") + name;
        }

        if (t.rows.empty()) {
            diags.error(SourcePos{t.path, 1, 1},
                        "empty file: the first line names the columns: "
                        "project,fund,amount,section,progress,marking");
            continue;
        }
        std::map<std::string, std::size_t> col;
        const auto& header = t.rows[0];
        for (std::size_t i = 0; i < header.size(); ++i) {
            std::string name = fold_label(header[i].text);
            bool known = false;
            for (const auto& c : funding_columns()) known = known || c == name;
            if (!known)
                diags.error(
                    t.pos(header[i]),
                    "unknown column '" + header[i].text +
                        "'; the columns are project, fund, amount, section, progress, marking");
            else if (col.count(name))
                diags.error(t.pos(header[i]), "column '" + header[i].text + "' appears twice");
            else
                col[name] = i;
        }
        bool complete = true;
        for (const char* need : {"project", "fund", "amount"})
            if (!col.count(need)) {
                diags.error(SourcePos{t.path, 1, 1},
                            std::string("the first line must name a '") + need + "' column");
                complete = false;
            }
        if (!complete) continue;

        for (std::size_t r = 1; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            if (row.size() > header.size()) {
                diags.error(t.pos(row[header.size()]),
                            "this row has " + std::to_string(row.size()) +
                                " cells but the first line names " + std::to_string(header.size()) +
                                " columns");
                continue;
            }
            auto cell = [&](const char* name) -> const CsvCell* {
                auto it = col.find(name);
                return it != col.end() && it->second < row.size() ? &row[it->second] : nullptr;
            };
            const CsvCell* amount = cell("amount");
            const CsvCell* fund = cell("fund");
            const CsvCell* project = cell("project");
            SourcePos row_pos{t.path, row.front().line, 1};
            if (!project || trim(project->text).empty())
                diags.error(project ? t.pos(*project) : row_pos,
                            "project: every allocation names its project");
            if (!amount) {
                diags.error(row_pos, "this row has no amount");
                continue;
            }
            auto money = parse_money(amount->text);
            if (!money.pence) {
                diags.error(t.pos(*amount), "amount: " + money.error);
                continue;
            }
            std::string fund_name = fund ? trim(fund->text) : "";
            auto f = funds.find(fund_name);
            if (f == funds.end()) {
                diags.error(fund ? t.pos(*fund) : row_pos,
                            "fund: \"" + fund_name + "\" is not a fund of " + year +
                                " (data/funding/" + year + ".json lists: " + fund_names + ")");
                continue;
            }
            f->second.allocated += *money.pence;
        }

        for (const auto& [name, fund] : funds) {
            if (fund.available && fund.allocated > *fund.available)
                diags.error(doc->pos(fund.available_ptr),
                            name + ": allocations add up to " + format_money(fund.allocated) +
                                ", more than the " + format_money(*fund.available) + " available");
            if (fund.stated && fund.allocated != *fund.stated)
                diags.error(doc->pos(fund.stated_ptr),
                            name + ": the stated total is " + format_money(*fund.stated) +
                                " but the rows of " + t.path + " add up to " +
                                format_money(fund.allocated));
        }
    }
}

}  // namespace portal
