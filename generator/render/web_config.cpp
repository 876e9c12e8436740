#include "render/web_config.hpp"

#include <utility>

#include "render/site_files.hpp"

namespace portal {

namespace {

// The path of base_url ("https://host/community-safety/" -> "/community-safety/"):
// IIS finds the 404 page by its address from the host's root.
std::string site_path(const std::string& base_url) {
    const std::size_t scheme = base_url.find("://");
    const std::size_t path = base_url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    return path == std::string::npos ? "/" : base_url.substr(path);
}

}  // namespace

std::string iis_web_config(const SiteConfig& config) {
    // Each type is removed first: adding one that the server's own settings
    // already declare is an error in IIS.
    static const std::pair<const char*, const char*> kTypes[] = {
        {".json", "application/json; charset=utf-8"},
        {".csv", "text/csv; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".xml", "application/xml; charset=utf-8"},
        {".webmanifest", "application/manifest+json"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
    };
    std::string out =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<!-- Written by portal for Microsoft IIS (site.json: hosting.iis_web_config). -->\n"
        "<configuration>\n"
        "  <system.webServer>\n"
        "    <staticContent>\n";
    for (const auto& [ext, type] : kTypes)
        out += std::string("      <remove fileExtension=\"") + ext +
               "\" />\n      <mimeMap fileExtension=\"" + ext + "\" mimeType=\"" + type + "\" />\n";
    out +=
        "    </staticContent>\n"
        "    <defaultDocument enabled=\"true\">\n"
        "      <files>\n"
        "        <clear />\n"
        "        <add value=\"index.html\" />\n"
        "      </files>\n"
        "    </defaultDocument>\n"
        "    <httpErrors errorMode=\"Custom\" existingResponse=\"Replace\">\n"
        "      <remove statusCode=\"404\" subStatusCode=\"-1\" />\n"
        "      <error statusCode=\"404\" path=\"" +
        xml_escape(site_path(config.base_url) + "404.html") +
        "\" responseMode=\"ExecuteURL\" />\n"
        "    </httpErrors>\n"
        "    <httpProtocol>\n"
        "      <customHeaders>\n"
        "        <add name=\"Content-Security-Policy\" value=\"default-src 'self'; script-src "
        "'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'\" />\n"
        "        <add name=\"X-Content-Type-Options\" value=\"nosniff\" />\n"
        "        <add name=\"Referrer-Policy\" value=\"strict-origin-when-cross-origin\" />\n"
        "      </customHeaders>\n"
        "    </httpProtocol>\n"
        "  </system.webServer>\n"
        "</configuration>\n";
    return out;
}

}  // namespace portal
