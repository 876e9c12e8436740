#include "model/view_helpers.hpp"

#include "core/text.hpp"
#include "validate/status_checks.hpp"

namespace portal {

Json status_view(const std::string& status, const StatusScale& scale) {
    const ScaleStatus* s = scale.find(status);
    if (!s) s = &not_reported_status();
    return {{"key", s->key},
            {"word", s->word},
            {"css", s->builtin ? "status-" + s->key : std::string("status-own")},
            {"swatch", s->builtin ? std::string() : s->colour}};
}

const StatusScale& report_scale(const Json& report, const Json& plan, const SiteConfig& config) {
    if (const StatusScale* s = find_scale(config.status_scales, scale_name_of(report, &plan)))
        return *s;
    return *find_scale(config.status_scales, kDefaultScale);  // validate knew every name
}

Json words_view() {
    return {
        {"key", "words"}, {"word", "Progress in words"}, {"css", "status-words"}, {"swatch", ""}};
}

Json withheld_status_view() {
    return {{"key", "withheld"}, {"word", "Withheld"}, {"css", "status-withheld"}, {"swatch", ""}};
}

Json quarter_status_view(const MilestoneQuarter* q) {
    if (q && q->scale && q->scale->words_only()) return words_view();
    if (q && q->status_withheld) return withheld_status_view();
    if (q && q->scale) return status_view(q->status, *q->scale);
    const ScaleStatus& s = not_reported_status();
    return {{"key", s.key}, {"word", s.word}, {"css", "status-" + s.key}, {"swatch", ""}};
}

Json counts_view(const std::map<std::string, int>& c, const StatusScale& scale) {
    Json statuses = Json::array();
    int total = 0;
    for (const auto& key : scale.keys()) {
        Json v = status_view(key, scale);
        auto it = c.find(key);
        v["count"] = it == c.end() ? 0 : it->second;
        total += v["count"].get<int>();
        statuses.push_back(std::move(v));
    }
    return {{"statuses", std::move(statuses)}, {"total", total}};
}

Json status_chart(const std::string& id, const std::string& title,
                  const std::vector<std::string>& categories,
                  const std::vector<std::map<std::string, int>>& counts, const StatusScale& scale) {
    Json chart;
    chart["id"] = id;
    chart["title"] = title;
    chart["type"] = "stacked-bar";
    chart["unit"] = "milestones";
    chart["categories"] = categories;
    chart["series"] = Json::array();
    for (const auto& key : scale.keys()) {
        const ScaleStatus& s = *scale.find(key);
        Json values = Json::array();
        for (const auto& c : counts) {
            auto it = c.find(key);
            values.push_back(it == c.end() ? 0 : it->second);
        }
        chart["series"].push_back({{"name", s.word},
                                   {"status", s.key},
                                   {"colour", s.colour},
                                   {"pattern", s.pattern},
                                   {"values", values}});
    }
    return chart;
}

std::string milestone_anchor(const std::string& milestone_id) {
    return "m-" + slugify(milestone_id);
}

std::string human_date(const std::string& iso) {
    static const char* months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
    if (!is_iso_date(iso)) return iso;
    const int month = std::stoi(iso.substr(5, 2));
    const int day = std::stoi(iso.substr(8, 2));
    return std::to_string(day) + " " + months[month - 1] + " " + iso.substr(0, 4);
}

Json date_view(const std::string& iso) {
    if (iso.empty()) return nullptr;
    return {{"iso", iso}, {"text", human_date(iso)}};
}

std::string joined(const Json& list) {
    std::string out;
    if (!list.is_array()) return out;
    for (const auto& item : list)
        if (item.is_string()) out += (out.empty() ? "" : ", ") + item.get<std::string>();
    return out;
}

std::string financial_year_of(const std::string& iso) {
    if (!is_iso_date(iso)) return "";
    int year = std::stoi(iso.substr(0, 4));
    if (std::stoi(iso.substr(5, 2)) < 4) --year;
    const std::string next = std::to_string((year + 1) % 100);
    return std::to_string(year) + "-" + (next.size() < 2 ? "0" : "") + next;
}

namespace {

// The first (or last) day of a financial quarter; quarter 0 is the whole year.
// "" for a year that is not "YYYY-YY".
std::string quarter_day(const std::string& financial_year, int quarter, bool last) {
    if (financial_year.size() != 7 || financial_year[4] != '-' ||
        financial_year.find_first_not_of("0123456789", 5) != std::string::npos ||
        financial_year.substr(0, 4).find_first_not_of("0123456789") != std::string::npos ||
        quarter < 0 || quarter > 4)
        return "";
    // Quarter 1 is April to June; quarter 4 (January to March) is in the next
    // calendar year.
    static const char* const kFirst[] = {"04-01", "07-01", "10-01", "01-01"};
    static const char* const kLast[] = {"06-30", "09-30", "12-31", "03-31"};
    const int q = quarter == 0 ? (last ? 4 : 1) : quarter;
    const int year = std::stoi(financial_year.substr(0, 4)) + (q == 4 ? 1 : 0);
    return std::to_string(year) + "-" + (last ? kLast : kFirst)[q - 1];
}

}  // namespace

std::string quarter_interval(const std::string& financial_year, int quarter) {
    return quarters_interval(financial_year, quarter, financial_year, quarter);
}

std::string quarters_interval(const std::string& from_year, int from_quarter,
                              const std::string& to_year, int to_quarter) {
    const std::string first = quarter_day(from_year, from_quarter, false);
    const std::string last = quarter_day(to_year, to_quarter, true);
    return first.empty() || last.empty() ? "" : first + "/" + last;
}

std::vector<std::string> financial_years(const std::string& from, const std::string& to) {
    std::vector<std::string> out;
    const std::string first = financial_year_of(from), last = financial_year_of(to);
    if (first.empty() || last.empty()) return out;
    for (int y = std::stoi(first.substr(0, 4));
         y <= std::stoi(last.substr(0, 4)) && out.size() < 50; ++y)
        out.push_back(financial_year_of(std::to_string(y) + "-04-01"));
    return out;
}

PageModel& page_at(SiteModel& m, const std::string& url, const std::string& output,
                   const std::string& layout) {
    auto [slot, added] = m.page_slots.emplace(output, m.pages.size());
    if (!added) {
        PageModel& p = m.pages[slot->second];
        if (p.layout == "page") p.layout = layout;
        return p;
    }
    PageModel p{ModelKey()};
    p.url = url;
    p.output = output;
    p.layout = layout;
    p.view = Json::object();
    m.pages.push_back(std::move(p));
    return m.pages.back();
}

PageModel& data_page(SiteModel& m, const std::string& url, const std::string& layout) {
    m.urls.insert(url);
    return page_at(m, url, url + "index.html", layout);
}

void set_default(Json& view, const char* key, const std::string& value) {
    if (!view.contains(key) || !view[key].is_string() || view[key] == "") view[key] = value;
}

bool withheld_at(const PublicData& data, const std::string& pointer) {
    return data.withheld.count(pointer) > 0;
}

std::string kind_of(const std::string& rel) {
    auto slash = rel.find('/');
    return slash == std::string::npos ? "" : rel.substr(0, slash);
}

std::string stem_of(const std::string& rel) {
    std::string name = rel.substr(rel.rfind('/') + 1);
    return name.substr(0, name.rfind('.'));
}

}  // namespace portal
