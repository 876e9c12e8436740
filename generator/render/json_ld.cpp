#include "render/json_ld.hpp"

namespace portal {

namespace {

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Google Dataset Search wants a description of 50 to 5,000 characters. A short
// one is followed by what the dataset is and who publishes it (true of every
// dataset); a long one is cut at a word.
std::string dataset_description(const Download& d, const SiteConfig& config) {
    std::string text = d.description.empty() ? d.title + "." : d.description;
    if (code_points(text) < 50) {
        text += " " + d.title;
        if (!d.period.empty()) text += ", " + d.period;
        text += ": open data published by " + config.publisher_name + ".";
    }
    constexpr std::size_t kMaxBytes = 5000;  // bytes: never more characters than that
    if (text.size() > kMaxBytes) {
        std::size_t cut = text.rfind(' ', kMaxBytes - 4);
        if (cut == std::string::npos) cut = kMaxBytes - 4;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut) + " ...";
    }
    return text;
}

Json organisation(const SiteConfig& config) {
    Json o = {{"@type", "Organization"}, {"name", config.publisher_name}};
    if (!config.publisher_url.empty()) o["url"] = config.publisher_url;
    return o;
}

Json dataset(const Download& d, const SiteConfig& config) {
    const std::string& base = config.base_url;
    Json ds = {{"@type", "Dataset"},
               {"@id", base + d.path},
               {"name", d.title},
               {"description", dataset_description(d, config)},
               {"url", base + d.page_url},
               {"isAccessibleForFree", true},
               {"creator", organisation(config)},
               {"publisher", organisation(config)}};
    if (!config.licence_url.empty()) ds["license"] = config.licence_url;
    if (const std::string credit = config.attribution(); !credit.empty()) ds["creditText"] = credit;
    if (!d.coverage.empty()) ds["temporalCoverage"] = d.coverage;
    if (!config.spatial_coverage.empty())
        ds["spatialCoverage"] = {{"@type", "Place"}, {"name", config.spatial_coverage}};
    if (!d.source.empty()) ds["isBasedOn"] = d.source;
    Json variables = Json::array();
    for (const auto& column : d.columns) variables.push_back(column);
    ds["variableMeasured"] = variables;
    ds["distribution"] = Json::array();
    for (const auto& [ext, type] :
         {std::pair<const char*, const char*>{".csv", "text/csv"}, {".json", "application/json"}})
        ds["distribution"].push_back({{"@type", "DataDownload"},
                                      {"encodingFormat", type},
                                      {"contentUrl", base + d.path + ext}});
    return ds;
}

// JSON that may stand inside <script>: JSON has '<' only inside strings, where
// \u003c means the same.
std::string script_safe(const Json& v) {
    const std::string text = v.dump();
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '<')
            out += "\\u003c";
        else
            out += c;
    }
    return out;
}

}  // namespace

std::string datasets_json_ld(const std::vector<const Download*>& shown, const SiteConfig& config) {
    if (shown.empty()) return "";
    if (shown.size() == 1) {
        Json one = dataset(*shown.front(), config);
        one["@context"] = "https://schema.org";
        return script_safe(one);
    }
    Json graph = Json::array();
    for (const Download* d : shown) graph.push_back(dataset(*d, config));
    return script_safe({{"@context", "https://schema.org"}, {"@graph", graph}});
}

std::string catalog_json_ld(const std::vector<Download>& downloads, const SiteConfig& config) {
    if (downloads.empty()) return "";
    Json catalog = {{"@context", "https://schema.org"},
                    {"@type", "DataCatalog"},
                    {"@id", config.base_url + "data/"},
                    {"name", config.title + ": open data"},
                    {"description", "Every dataset " + config.publisher_name +
                                        " publishes on this site, as CSV and JSON files: "
                                        "plans, performance reports, funding and statistics."},
                    {"url", config.base_url + "data/"},
                    {"publisher", organisation(config)}};
    if (!config.licence_url.empty()) catalog["license"] = config.licence_url;
    if (const std::string credit = config.attribution(); !credit.empty())
        catalog["creditText"] = credit;
    if (!config.spatial_coverage.empty())
        catalog["spatialCoverage"] = {{"@type", "Place"}, {"name", config.spatial_coverage}};
    catalog["dataset"] = Json::array();
    for (const auto& d : downloads) catalog["dataset"].push_back(dataset(d, config));
    return script_safe(catalog);
}

}  // namespace portal
