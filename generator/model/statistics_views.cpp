#include "model/statistics_views.hpp"
#include "model/render_requests.hpp"

#include "core/site_addresses.hpp"

#include "model/view_helpers.hpp"

namespace portal {

namespace {

std::string category_pointer(std::size_t c) {
    return "/categories/" + std::to_string(c);
}

std::string value_pointer(std::size_t s, std::size_t c) {
    return "/series/" + std::to_string(s) + "/values/" + std::to_string(c);
}

// The label of a category as pages and downloads show it.
std::string category_label(const PublicData& d, std::size_t c) {
    const Json& label = d.value["categories"][c];
    if (withheld_at(d, category_pointer(c)) || !label.is_string()) return "Withheld";
    return label.get<std::string>();
}

Json category_labels(const PublicData& d) {
    Json out = Json::array();
    for (std::size_t c = 0; c < d.value["categories"].size(); ++c)
        out.push_back(category_label(d, c));
    return out;
}

// A figure for open data: the number, null for a figure the source does not
// give, "Withheld" for one redaction took out.
Json figure(const PublicData& d, std::size_t s, std::size_t c) {
    if (withheld_at(d, value_pointer(s, c))) return "Withheld";
    const Json& values = d.value["series"][s]["values"];
    return c < values.size() ? values[c] : Json(nullptr);
}

// One value per category whatever happened to the series (the chart indexes
// values by category): a withheld figure is null, its index listed in "withheld".
Json chart_series(const PublicData& d) {
    Json out = Json::array();
    const Json& series = d.value["series"];
    const std::size_t n = d.value["categories"].size();
    for (std::size_t s = 0; s < series.size(); ++s) {
        const Json& given = series[s]["values"];
        Json values = Json::array();
        Json withheld = Json::array();
        for (std::size_t c = 0; c < n; ++c) {
            values.push_back(c < given.size() && given[c].is_number() ? given[c] : Json(nullptr));
            if (withheld_at(d, value_pointer(s, c))) withheld.push_back(c);
        }
        Json one = {{"name", series[s]["name"]}, {"values", values}};
        if (!withheld.empty()) one["withheld"] = withheld;
        out.push_back(one);
    }
    return out;
}

Json download_rows(const PublicData& d) {
    Json rows = Json::array();
    for (std::size_t c = 0; c < d.value["categories"].size(); ++c) {
        Json row = Json::array({category_label(d, c)});
        for (std::size_t s = 0; s < d.value["series"].size(); ++s) row.push_back(figure(d, s, c));
        rows.push_back(row);
    }
    return rows;
}

// The published document, with "Withheld" where a label or figure kept its place.
Json download_json(const PublicData& d) {
    Json json = d.value;
    json["categories"] = category_labels(d);
    for (std::size_t s = 0; s < json["series"].size(); ++s)
        for (std::size_t c = 0; c < json["series"][s]["values"].size(); ++c)
            json["series"][s]["values"][c] = figure(d, s, c);
    return json;
}

bool has_withheld(const PublicData& d) {
    for (const auto& p : d.withheld)
        if (p.rfind("/categories/", 0) == 0 || p.rfind("/series/", 0) == 0) return true;
    return false;
}

void add_dataset_page(const StatisticsData& st, const SiteConfig& config, SiteModel& m) {
    const PublicData& d = *st.data;
    const Json& v = d.value;
    m.downloads.push_back(dataset_download(st.name, d));
    PageModel& page = data_page(m, statistics_url(st.name), "dataset");
    page.kind = "dataset";
    set_default(page.view, "title", v["title"]);
    set_default(page.view, "summary", v.value("description", ""));
    page.view["source"] = v.value("source", "");
    page.view["unit"] = v.value("unit", "");
    page.view["source_document"] = v.value("source_document", "");
    page.view["description"] = v.value("description", "");
    page.view["chart_html"] = chart_figure(dataset_chart(st.name, d));
    page.view["has_withheld"] = has_withheld(d);
    page.view["csv_href"] = href_to("data/statistics/" + st.name + ".csv");
    page.view["json_href"] = href_to("data/statistics/" + st.name + ".json");
    if (d.lost_content || has_withheld(d)) page.view["notice"] = config.notice;
}

}  // namespace

Json dataset_chart(const std::string& name, const PublicData& d) {
    const Json& v = d.value;
    Json chart;
    chart["id"] = "dataset-" + name;
    chart["title"] = v["title"];
    chart["type"] = v.value("chart", "bar");
    chart["unit"] = v.value("unit", "");
    chart["categories"] = category_labels(d);
    chart["series"] = chart_series(d);
    return chart;
}

Download dataset_download(const std::string& name, const PublicData& d) {
    const Json& v = d.value;
    Download dl;
    dl.path = "data/statistics/" + name;
    dl.title = v["title"];
    dl.description = v.value("description", "");
    dl.source = v.value("source", "");
    dl.page_url = statistics_url(name);
    dl.columns = Json::array({"category"});
    for (const auto& s : v["series"]) dl.columns.push_back(s["name"]);
    dl.rows = download_rows(d);
    dl.json = download_json(d);
    const Json labels = category_labels(d);
    if (!labels.empty())
        dl.period = labels.size() == 1 ? labels.front().get<std::string>()
                                       : labels.front().get<std::string>() + " to " +
                                             labels.back().get<std::string>();
    return dl;
}

void add_statistics_pages(const DataSet& set, const SiteConfig& config, SiteModel& m) {
    Json items = Json::array();
    for (const auto& st : set.statistics) {
        add_dataset_page(st, config, m);
        items.push_back({{"title", st.data->value["title"]},
                         {"href", href_to(statistics_url(st.name))},
                         {"summary", st.data->value.value("source", "")}});
    }
    if (set.statistics.empty()) return;
    PageModel& idx = data_page(m, "statistics/", "list");
    set_default(idx.view, "title", "Statistics");
    set_default(idx.view, "summary",
                "The figures the partnership's reports and plans quote, as charts and tables.");
    idx.view["items"] = items;
}

}  // namespace portal
