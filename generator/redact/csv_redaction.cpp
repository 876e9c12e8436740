#include "redact/csv_redaction.hpp"

#include "core/text.hpp"

namespace portal {

std::optional<PublicTable> redact_csv(const CsvDocument& doc, const MarkingPolicy& policy,
                                      const std::set<std::string>* public_funds,
                                      const std::function<void(const CsvWithheld&)>& on_withheld,
                                      Diagnostics& diags) {
    if (doc.rows.empty()) return std::nullopt;
    PublicTable t;
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
    bool ok = true;
    for (std::size_t r = 1; r < doc.rows.size(); ++r) {
        const auto& row = doc.rows[r];
        const std::string row_name = "row " + std::to_string(r + 1);
        SourcePos row_pos{doc.path, row.front().line, 1};
        std::vector<std::string> all_texts;
        for (std::size_t i = 0; i < row.size(); ++i)
            if (!marking_col || i != *marking_col) all_texts.push_back(row[i].text);

        std::set<std::size_t> hidden_cells;
        if (marking_col && *marking_col < row.size() && !trim(row[*marking_col].text).empty()) {
            const CsvCell& m = row[*marking_col];
            std::string text = trim(m.text);
            auto colon = text.find(':');
            std::string label = trim(text.substr(0, colon));
            auto verdict = policy.judge(label, doc.pos(m), diags);
            if (!verdict) {
                ok = false;
                continue;  // fail closed
            }
            if (*verdict == Verdict::withhold) {
                if (colon == std::string::npos) {
                    on_withheld({row_pos, row_name, label, all_texts});
                    t.lost_content = true;
                    continue;
                }
                std::string list = text.substr(colon + 1);
                std::size_t start = 0;
                while (start <= list.size()) {
                    std::size_t comma = list.find(',', start);
                    std::string col = fold_label(list.substr(
                        start, comma == std::string::npos ? std::string::npos : comma - start));
                    std::size_t idx = names.size();
                    for (std::size_t i = 0; i < names.size(); ++i)
                        if (names[i] == col && col != "marking") idx = i;
                    if (idx == names.size()) {
                        diags.error(doc.pos(m),
                                    "marking names a column '" + col +
                                        "' that this file does not have; write e.g. \"" + label +
                                        ": project, progress\"");
                        ok = false;
                    } else {
                        hidden_cells.insert(idx);
                    }
                    if (comma == std::string::npos) break;
                    start = comma + 1;
                }
                if (hidden_cells.empty()) {
                    diags.error(doc.pos(m), "marking '" + text + "' names no columns after ':'");
                    ok = false;
                }
                std::vector<std::string> texts;
                std::string cols;
                for (auto i : hidden_cells) {
                    if (i < row.size()) texts.push_back(row[i].text);
                    cols += (cols.empty() ? "" : ", ") + names[i];
                }
                on_withheld({row_pos, "cells " + cols + " of " + row_name, label, texts});
                t.lost_content = true;
            }
        }
        if (public_funds && fund_col && *fund_col < row.size() && !hidden_cells.count(*fund_col) &&
            !public_funds->count(trim(row[*fund_col].text))) {
            // The fund itself is withheld: so is what it paid for.
            on_withheld({row_pos, row_name + " (its fund is withheld)", "", all_texts});
            t.lost_content = true;
            continue;
        }
        std::vector<PublicCell> cells;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (marking_col && i == *marking_col) continue;
            if (hidden_cells.count(i))
                cells.push_back({"", true});
            else
                cells.push_back({i < row.size() ? row[i].text : "", false});
        }
        t.rows.push_back(std::move(cells));
    }
    if (!ok) return std::nullopt;
    return t;
}

}  // namespace portal
