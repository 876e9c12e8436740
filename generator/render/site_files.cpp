#include "render/site_files.hpp"

#include <set>

#include "core/text.hpp"

namespace portal {

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                // XML 1.0 allows tab, line feed and carriage return only, below space.
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
                out += static_cast<char>(c);
        }
    }
    return out;
}

namespace {

std::string atom_date(const std::string& date) {
    return date + "T00:00:00Z";
}

}  // namespace

std::string atom_feed(const SiteModel& m) {
    const std::string& base = m.config.base_url;
    // The feed changes when its newest entry does; a feed with no entries keeps
    // a fixed date so that builds stay reproducible.
    std::string updated = m.publications.empty() ? "1970-01-01" : m.publications.front().date;
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
           xml_escape(m.config.language) + "\">\n";
    out += "  <title>" + xml_escape(m.config.title) + "</title>\n";
    out += "  <subtitle>Plans, performance reports, funding and board meetings</subtitle>\n";
    out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
           xml_escape(base + "feed.xml") + "\"/>\n";
    out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(base) + "\"/>\n";
    out += "  <id>" + xml_escape(base) + "</id>\n";
    out += "  <updated>" + atom_date(updated) + "</updated>\n";
    out += "  <author><name>" + xml_escape(m.config.title) + "</name></author>\n";
    if (!m.config.licence_name.empty())
        out += "  <rights>" + xml_escape(m.config.licence_name) + "</rights>\n";
    for (const auto& p : m.publications) {
        const std::string url = base + p.url;
        out += "  <entry>\n";
        out += "    <title>" + xml_escape(p.title) + "</title>\n";
        out +=
            "    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(url) + "\"/>\n";
        out += "    <id>" + xml_escape(url) + "</id>\n";
        out += "    <updated>" + atom_date(p.date) + "</updated>\n";
        out += "    <category term=\"" + xml_escape(p.kind) + "\"/>\n";
        if (!p.summary.empty()) out += "    <summary>" + xml_escape(p.summary) + "</summary>\n";
        out += "  </entry>\n";
    }
    out += "</feed>\n";
    return out;
}

std::string sitemap_xml(const SiteModel& m) {
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    std::set<std::string> seen;
    for (const auto& p : m.pages) {
        if (p.output != p.url + "index.html" || !seen.insert(p.url).second)
            continue;  // not 404.html
        out += "  <url><loc>" + xml_escape(m.config.base_url + p.url) + "</loc></url>\n";
    }
    out += "</urlset>\n";
    return out;
}

std::string robots_txt(const SiteModel& m) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + m.config.base_url + "sitemap.xml\n";
}

std::string catalogue_json(const SiteModel& m, const std::map<std::string, std::size_t>& sizes) {
    Json cat;
    cat["title"] = m.config.title + ": open data";
    cat["homepage"] = m.config.base_url + "data/";
    cat["licence"] = {{"name", m.config.licence_name}, {"url", m.config.licence_url}};
    if (const std::string credit = m.config.attribution(); !credit.empty())
        cat["attribution"] = credit;
    cat["datasets"] = Json::array();
    for (const auto& d : m.downloads) {
        Json ds;
        ds["title"] = d.title;
        ds["description"] = d.description;
        ds["period"] = d.period;
        ds["source"] = d.source;
        ds["page"] = m.config.base_url + d.page_url;
        ds["distributions"] = Json::array();
        for (const auto& [ext, type] : {std::pair<const char*, const char*>{".csv", "text/csv"},
                                        {".json", "application/json"}}) {
            auto size = sizes.find(d.path + ext);
            ds["distributions"].push_back({{"format", ext + 1},
                                           {"media_type", type},
                                           {"url", m.config.base_url + d.path + ext},
                                           {"bytes", size == sizes.end() ? 0 : size->second}});
        }
        cat["datasets"].push_back(ds);
    }
    return cat.dump(1) + "\n";
}

}  // namespace portal
