#include "model/funding_views.hpp"

#include <map>

#include "core/generated_text.hpp"
#include "core/money.hpp"

namespace portal {

namespace {

Pence money_or_zero(const std::string& s) {
    return parse_money(s).pence.value_or(0);
}

double pounds(Pence p) {
    return static_cast<double>(p) / 100.0;
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
        const Json& v = data->value;
        auto table_it = tables.find(year);
        if (table_it == tables.end()) continue;
        const PublicTable& t = *table_it->second;
        auto col = [&](const char* name) -> int {
            for (std::size_t i = 0; i < t.columns.size(); ++i)
                if (t.columns[i] == name) return static_cast<int>(i);
            return -1;
        };
        const int c_project = col("project"), c_fund = col("fund"), c_amount = col("amount"),
                  c_section = col("section"), c_progress = col("progress");
        auto text = [&](const std::vector<PublicCell>& row, int c) -> Json {
            if (c < 0 || static_cast<std::size_t>(c) >= row.size()) return "";
            if (row[static_cast<std::size_t>(c)].withheld) return Json{{"withheld", true}};
            return row[static_cast<std::size_t>(c)].text;
        };

        std::map<std::string, Pence> by_fund;
        std::vector<std::string> section_order;
        std::map<std::string, Json> sections;
        std::map<std::string, Pence> section_totals;
        Pence total = 0;
        Json project_names = Json::array(), project_values = Json::array();
        Json download_rows = Json::array();
        for (const auto& row : t.rows) {
            bool amount_public = c_amount >= 0 && !row[static_cast<std::size_t>(c_amount)].withheld;
            Pence amount =
                amount_public ? money_or_zero(row[static_cast<std::size_t>(c_amount)].text) : 0;
            std::string fund = c_fund >= 0 && !row[static_cast<std::size_t>(c_fund)].withheld
                                   ? row[static_cast<std::size_t>(c_fund)].text
                                   : "";
            std::string section = c_section >= 0 &&
                                          !row[static_cast<std::size_t>(c_section)].withheld &&
                                          !row[static_cast<std::size_t>(c_section)].text.empty()
                                      ? row[static_cast<std::size_t>(c_section)].text
                                      : "Allocations";
            if (!sections.count(section)) {
                section_order.push_back(section);
                sections[section] = Json::array();
            }
            if (amount_public) {
                by_fund[fund] += amount;
                section_totals[section] += amount;
                total += amount;
            }
            Json r;
            r["project"] = text(row, c_project);
            r["fund"] = text(row, c_fund);
            r["amount"] = amount_public ? Json(format_money(amount)) : Json{{"withheld", true}};
            r["progress"] = text(row, c_progress);
            sections[section].push_back(r);
            std::string project_label =
                r["project"].is_string() ? r["project"].get<std::string>() : "Withheld";
            if (amount_public) {
                project_names.push_back(project_label);
                project_values.push_back(pounds(amount));
            }
            Json d = Json::array();
            for (std::size_t i = 0; i < t.columns.size(); ++i)
                d.push_back(row[i].withheld ? "Withheld" : row[i].text);
            download_rows.push_back(d);
        }

        Json funds = Json::array();
        Json fund_names = Json::array(), fund_values = Json::array();
        Pence total_available = 0;
        bool all_available = true;
        for (const auto& f : v["funds"]) {
            std::string name = f["name"];
            Json fv;
            fv["name"] = name;
            fv["note"] = f.value("note", "");
            Pence allocated = by_fund.count(name) ? by_fund[name] : 0;
            fv["allocated"] = format_money(allocated);
            if (f.contains("available")) {
                Pence available = money_or_zero(f["available"]);
                total_available += available;
                fv["available"] = format_money(available);
                fv["remaining"] = format_money(available - allocated);
            } else {
                all_available = false;
                fv["available"] = "not stated";
                fv["remaining"] = "not stated";
            }
            funds.push_back(fv);
            fund_names.push_back(name);
            fund_values.push_back(pounds(allocated));
        }

        const std::string url = "funding/" + year + "/";
        PageModel* page = nullptr;
        for (auto& p : m.pages)
            if (p.url == url) page = &p;
        if (!page) {
            m.pages.push_back(
                PageModel{url + "index.html", url, "funding", "", "", "", 1, Json::object()});
            m.urls.insert(url);
            page = &m.pages.back();
        } else if (page->layout == "page") {
            page->layout = "funding";
        }
        Json& view = page->view;
        if (!view.contains("title") || view["title"] == "") view["title"] = funding_title(year);
        if (!view.contains("summary") || view["summary"] == "")
            view["summary"] =
                "What the partnership had in " + year + ", what it allocated and to what.";
        view["year"] = year;
        view["source_document"] = v.value("source_document", "");
        view["funds"] = funds;
        view["total_allocated"] = format_money(total);
        view["total_available"] = all_available ? format_money(total_available) : "not stated";
        view["total_remaining"] =
            all_available ? format_money(total_available - total) : "not stated";
        Json secs = Json::array();
        for (const auto& s : section_order)
            secs.push_back(
                {{"name", s}, {"rows", sections[s]}, {"total", format_money(section_totals[s])}});
        view["sections"] = secs;
        view["lost_content"] = t.lost_content || data->lost_content;
        if (t.lost_content || data->lost_content) view["notice"] = site.config.notice;
        view["chart"] = {
            {"id", "funding-" + year + "-by-fund"},
            {"title", "Allocated by fund, " + year},
            {"type", "bar"},
            {"unit", "£"},
            {"money", true},
            {"categories", fund_names},
            {"series", Json::array({{{"name", "Allocated"}, {"values", fund_values}}})}};
        view["project_chart"] = {
            {"id", "funding-" + year + "-by-project"},
            {"title", "Allocated by project, " + year},
            {"type", "bar"},
            {"unit", "£"},
            {"money", true},
            {"categories", project_names},
            {"series", Json::array({{{"name", "Allocated"}, {"values", project_values}}})}};
        const std::string dl = "data/funding/allocations-" + year;
        view["csv_target"] = dl + ".csv";
        view["json_target"] = dl + ".json";

        Json columns = Json::array();
        for (const auto& c : t.columns) columns.push_back(c);
        m.downloads.push_back({dl, "Funding allocations " + year,
                               "Every allocation of the partnership's funds in " + year +
                                   ": project, fund, amount, section and progress.",
                               year, v.value("source_document", ""), url, columns, download_rows,
                               nullptr});

        index_rows.push_back(
            {{"year", year},
             {"target", url},
             {"allocated", format_money(total)},
             {"available", all_available ? format_money(total_available) : "not stated"}});
    }
    if (!index_rows.empty()) {
        PageModel* idx = nullptr;
        for (auto& p : m.pages)
            if (p.url == "funding/") idx = &p;
        if (!idx) {
            m.pages.push_back(PageModel{"funding/index.html", "funding/", "funding-index", "", "",
                                        "", 1, Json::object()});
            m.urls.insert("funding/");
            idx = &m.pages.back();
        }
        if (!idx->view.contains("title") || idx->view["title"] == "")
            idx->view["title"] = "Funding";
        if (!idx->view.contains("summary") || idx->view["summary"] == "")
            idx->view["summary"] = "Where the partnership's money went, year by year.";
        Json rows = index_rows;
        std::reverse(rows.begin(), rows.end());
        idx->view["years"] = rows;
    }
}

}  // namespace portal
