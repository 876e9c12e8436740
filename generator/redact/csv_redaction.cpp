#include "redact/csv_redaction.hpp"

#include <array>
#include <cmath>
#include <set>

#include "core/reading.hpp"
#include "core/text.hpp"
#include "redact/numbers_in_text.hpp"
#include "validate/funding_checks.hpp"

namespace portal {

namespace {

constexpr std::string_view kCellsOf = "cells ";

// What a row's `marking` cell says. ok is false when an error was reported:
// such a row never goes on (fail closed).
struct RowMarking {
    bool ok = true;
    bool whole_row = false;
    std::string label;
    std::set<std::size_t> hidden;  // positions of withheld cells
};

// Columns that name the same thing: withholding one withholds the others,
// since each tells who it is (a charity's or a company's number, its
// org-id, names the recipient as surely as the name does; red team 19, B12).
void withhold_what_names_the_same(const std::vector<std::string>& names,
                                  std::set<std::size_t>& hidden) {
    static constexpr std::array<std::array<std::string_view, 2>, 1> kSameThing{
        {{"recipient_name", "recipient_id"}}};
    // (names are folded as read_cell_list folds a marking's list.)
    const auto named = [&](std::size_t i, std::string_view n) { return names[i] == fold_label(n); };
    for (const auto& same : kSameThing) {
        bool one_hidden = false;
        for (const std::size_t i : hidden)
            for (const std::string_view n : same) one_hidden = one_hidden || named(i, n);
        if (!one_hidden) continue;
        for (std::size_t i = 0; i < names.size(); ++i)
            for (const std::string_view n : same)
                if (named(i, n)) hidden.insert(i);
    }
}

// "project, progress" -> the positions of those columns.
void read_cell_list(const CsvDocument& doc, const CsvCell& m, const std::string& list,
                    const std::vector<std::string>& names, RowMarking& out, Diagnostics& diags) {
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = list.find(',', start);
        const std::string col = fold_label(
            list.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        std::size_t idx = names.size();
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == col && col != "marking") idx = i;
        if (idx == names.size()) {
            // Not quoted: words after the label may be why the row is withheld
            // ("PROTECT: progress, names the victim"; red team round 4, M1).
            std::string columns;
            for (const auto& n : names)
                if (n != "marking") columns += (columns.empty() ? "" : ", ") + n;
            diags.error(doc.pos(m),
                        "marking names a column that this file does not have (not quoted here, "
                        "in case it holds text that should be withheld); its columns are " +
                            columns + "; write e.g. \"" + out.label + ": project, progress\"");
            out.ok = false;
        } else {
            out.hidden.insert(idx);
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    if (out.hidden.empty() && out.ok) {
        diags.error(doc.pos(m), "marking '" + trim(m.text) + "' names no columns after ':'");
        out.ok = false;
    }
    withhold_what_names_the_same(names, out.hidden);
}

RowMarking read_marking(const CsvDocument& doc, const CsvCell& m,
                        const std::vector<std::string>& names, const MarkingPolicy& policy,
                        Diagnostics& diags) {
    RowMarking out;
    const std::string text = trim(m.text);
    if (text.empty()) return out;
    // The whole cell as one label first: "OFFICIAL: SENSITIVE" reads as
    // OFFICIAL-SENSITIVE, as it does in front matter and JSON, not as the label
    // OFFICIAL with a list of cells.
    if (const auto whole = policy.verdict_of(text)) {
        out.label = text;
        out.whole_row = *whole == Verdict::withhold;
        return out;
    }
    const auto colon = text.find(':');
    out.label = trim(text.substr(0, colon));
    const auto verdict = policy.judge(out.label, doc.pos(m), diags);
    if (!verdict) {
        out.ok = false;
        return out;
    }
    if (*verdict == Verdict::publish) {
        // "OFFICIAL: SENSITIVE" is not the label OFFICIAL with a list of cells: a
        // publishable label withholds no cells, so anything after it is a mistake.
        if (colon != std::string::npos) {
            diags.error(doc.pos(m),
                        "this marking has text after the publishable label '" + out.label +
                            "'; write the label alone, or a withheld label with the columns "
                            "to withhold (\"PROTECT: project, progress\"), exactly as "
                            "site.json lists it");
            out.ok = false;
        }
        return out;
    }
    if (colon == std::string::npos)
        out.whole_row = true;
    else
        read_cell_list(doc, m, text.substr(colon + 1), names, out, diags);
    return out;
}

}  // namespace

std::optional<PublicTable> redact_csv(const CsvDocument& doc, const MarkingPolicy& policy,
                                      const std::set<std::string>* public_funds,
                                      const std::function<void(const CsvWithheld&)>& on_withheld,
                                      Diagnostics& diags, MarkingLedger* ledger) {
    MarkingLedger unused;
    MarkingLedger& seen = ledger ? *ledger : unused;
    // A file that could not be read, or whose first line is wrong, publishes
    // nothing: its cells cannot be trusted to be under the right columns, the
    // marking column least of all. Both were reported by load and validate.
    if (doc.failed || !read_funding_header(doc).ok()) return std::nullopt;
    const RedactKey key;
    PublicTable t{key};
    t.path = doc.path;
    t.rel = doc.rel;
    std::vector<std::string> names;
    std::optional<std::size_t> marking_col, fund_col;
    for (std::size_t i = 0; i < doc.rows[0].size(); ++i) {
        std::string name = fold_label(doc.rows[0][i].text);
        names.push_back(name);
        if (name == "marking")
            marking_col = i;
        else
            t.columns.push_back(name);
        if (name == "fund") fund_col = i;
    }
    if (marking_col) seen.recognise(doc.rows[0][*marking_col].line, false);
    std::optional<std::size_t> amount_col;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == "amount") amount_col = i;
    // The amounts of withheld rows and cells: a published cell that writes
    // one out ("Match-funds the £1,377.00 ...") tells what was withheld.
    std::vector<double> withheld_amounts;
    std::vector<std::pair<std::size_t, std::size_t>> published_cells;  // (row, column)
    // (Returned too, for on_withheld: redact/collateral_figures refuses
    // them written out anywhere else.)
    auto note_withheld_amount = [&](const std::vector<CsvCell>& row) {
        std::vector<double> noted;
        if (!amount_col) return noted;
        for (const double a : numbers_in_text(row[*amount_col].text))
            if (std::fabs(a) >= 10) noted.push_back(a);
        withheld_amounts.insert(withheld_amounts.end(), noted.begin(), noted.end());
        return noted;
    };
    bool ok = true;
    for (std::size_t r = 1; r < doc.rows.size(); ++r) {
        const auto& row = doc.rows[r];
        // A row short of cells or with too many was reported by validate; its
        // cells may stand under the wrong columns (a marking read as progress).
        if (row.size() != names.size()) return std::nullopt;
        const std::string row_name = "row " + std::to_string(r + 1);
        const SourcePos row_pos{doc.path, row.front().line, 1};
        std::vector<std::string> all_texts;
        for (std::size_t i = 0; i < row.size(); ++i)
            if (!marking_col || i != *marking_col) all_texts.push_back(row[i].text);

        const RowMarking mark =
            marking_col ? read_marking(doc, row[*marking_col], names, policy, diags) : RowMarking{};
        if (marking_col && !trim(row[*marking_col].text).empty())
            seen.recognise(row[*marking_col].line,
                           !mark.ok || mark.whole_row || !mark.hidden.empty());
        const auto withhold_row = [&] { seen.cover(row.front().line, row.back().line); };
        if (!mark.ok) {
            ok = false;
            continue;  // fail closed
        }
        if (mark.whole_row) {
            withhold_row();
            on_withheld({row_pos, row_name, mark.label, all_texts, row.back().line, "", false,
                         note_withheld_amount(row)});
            t.lost_content = true;
            t.lost_rows = true;
            continue;
        }
        // The row's real fund decides, whether or not its fund cell is withheld:
        // hiding the cell must not bring back a row whose fund is withheld.
        if (public_funds && fund_col && !public_funds->count(trim(row[*fund_col].text))) {
            withhold_row();
            on_withheld({row_pos, row_name + " (its fund is withheld)", "", all_texts,
                         row.back().line, trim(row[*fund_col].text), !mark.hidden.empty(),
                         note_withheld_amount(row)});
            t.lost_content = true;
            t.lost_rows = true;
            continue;
        }
        if (!mark.hidden.empty()) {
            std::vector<double> amounts;
            if (amount_col && mark.hidden.count(*amount_col)) amounts = note_withheld_amount(row);
            std::vector<std::string> texts;
            std::string cols;
            for (auto i : mark.hidden) {
                texts.push_back(row[i].text);
                cols += (cols.empty() ? "" : ", ") + names[i];
            }
            on_withheld({row_pos, std::string(kCellsOf) + cols + " of " + row_name, mark.label,
                         texts, row.back().line, "", false, std::move(amounts)});
            t.lost_content = true;
        }
        std::vector<PublicCell> cells;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (marking_col && i == *marking_col) continue;
            if (mark.hidden.count(i)) {
                cells.emplace_back(key, "", true);
            } else {
                cells.emplace_back(key, row[i].text, false);
                published_cells.emplace_back(r, i);
            }
        }
        t.rows.push_back(std::move(cells));
        t.row_lines.push_back(row.front().line);
    }
    if (!ok) return std::nullopt;
    // A published cell other than an amount that writes a withheld amount out.
    for (const auto& [r, i] : published_cells) {
        if (i == amount_col || !writes_out_one_of(doc.rows[r][i].text, withheld_amounts)) continue;
        diags.error(SourcePos{doc.path, doc.rows[r][i].line, 1},
                    names[i] + " of row " + std::to_string(r + 1) +
                        ": this cell writes out the amount of a withheld row or cell, so it "
                        "would publish what the marking withholds; take the amount out of "
                        "the cell, or withhold the cell too");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return t;
}

namespace {

bool is_fund_figure_pointer(const std::string& pointer) {
    if (pointer.rfind("/funds/", 0) != 0) return false;
    const std::size_t slash = pointer.find('/', 7);
    if (slash == std::string::npos) return false;
    const std::string key = pointer.substr(slash + 1);
    return key == "available" || key == "stated_total" || key == "stated_remaining";
}

}  // namespace

bool year_figures_lost(const PublicTable& table, const PublicData& funding) {
    if (table.amounts_lost()) return true;
    for (const std::string& pointer : funding.withheld)
        if (is_fund_figure_pointer(pointer)) return true;
    return false;
}

bool fund_available_withheld(const PublicData& funding, std::size_t index) {
    return funding.withheld.count("/funds/" + std::to_string(index) + "/available") > 0;
}

bool PublicTable::amounts_lost() const {
    if (lost_rows) return true;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c] != "amount" && columns[c] != "fund") continue;
        for (const auto& row : rows)
            if (c < row.size() && row[c].withheld) return true;
    }
    return false;
}

}  // namespace portal
