#include "core/links.hpp"

#include <cctype>
#include <vector>

namespace portal {

std::optional<std::string> normalise_site_path(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= path.size()) {
        std::size_t slash = path.find('/', i);
        std::string part =
            path.substr(i, slash == std::string::npos ? std::string::npos : slash - i);
        if (part == "..") {
            if (parts.empty()) return std::nullopt;
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string::npos) break;
        i = slash + 1;
    }
    std::string out;
    for (std::size_t k = 0; k < parts.size(); ++k) out += (k ? "/" : "") + parts[k];
    bool dir = path.empty() || path.back() == '/' ||
               (path.size() >= 2 &&
                (path.substr(path.size() - 2) == "/." || path.substr(path.size() - 3) == "/.."));
    if (path == "." || path == "..") dir = true;
    if (dir && !out.empty()) out += '/';
    return out;
}

namespace {

bool starts_with_nocase(const std::string& s, const std::string& prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

// The part of `href` after the site's own address, as a site-root path ("/about/"),
// or nullopt when href is not on the site. Scheme and host compare without case,
// and http and https count as the same site.
std::optional<std::string> strip_site_address(const std::string& href,
                                              const std::string& base_url) {
    auto host_start = base_url.find("://");
    if (host_start == std::string::npos) return std::nullopt;
    const std::string rest = base_url.substr(host_start + 3);  // "host/path/"
    const std::string path =
        rest.find('/') == std::string::npos ? "/" : rest.substr(rest.find('/'));
    for (const char* scheme : {"https://", "http://", "//"}) {
        std::string site = std::string(scheme) + rest;
        std::string bare = site.substr(0, site.size() - (site.back() == '/' ? 1 : 0));
        if (starts_with_nocase(href, site)) return "/" + href.substr(site.size());
        if (href.size() == bare.size() && starts_with_nocase(href, bare)) return std::string("/");
    }
    // Host-relative, under the site's path ("/community-safety/about/").
    if (path.size() > 1 && href.rfind(path, 0) == 0) return "/" + href.substr(path.size());
    return std::nullopt;
}

}  // namespace

std::optional<InternalLink> resolve_internal_link(const std::string& page_url,
                                                  const std::string& page_rel,
                                                  const std::string& raw_href,
                                                  const std::string& base_url) {
    std::string href = raw_href;
    if (!base_url.empty())
        if (auto local = strip_site_address(raw_href, base_url)) href = *local;
    if (href.empty() || href[0] == '?') return std::nullopt;
    if (href[0] == '#') {
        InternalLink self;
        self.target = page_url;
        self.fragment = href.substr(1);
        self.same_page = true;
        return self;
    }
    if (href.rfind("//", 0) == 0) return std::nullopt;
    // A scheme: letters, digits, + - . followed by ':' before any '/'.
    auto colon = href.find(':');
    auto slash = href.find('/');
    if (colon != std::string::npos && (slash == std::string::npos || colon < slash) &&
        std::isalpha(static_cast<unsigned char>(href[0])))
        return std::nullopt;

    InternalLink link;
    std::string path = href;
    auto hash = path.find('#');
    if (hash != std::string::npos) {
        link.fragment = path.substr(hash + 1);
        path.erase(hash);
    }
    auto q = path.find('?');
    if (q != std::string::npos) path.erase(q);

    const bool absolute = !path.empty() && path[0] == '/';
    if (path.size() > 3 && path.compare(path.size() - 3, 3, ".md") == 0) {
        // Relative to the source file's folder in content/.
        std::string dir = page_rel.substr(0, page_rel.rfind('/') + 1);
        if (page_rel.find('/') == std::string::npos) dir.clear();
        auto norm = normalise_site_path(absolute ? path.substr(1) : dir + path);
        if (!norm) return InternalLink{"..", "", false};  // climbs out: reported by validate
        link.target = *norm;
        link.to_source = true;
        return link;
    }
    auto norm = normalise_site_path(absolute ? path.substr(1) : page_url + path);
    if (!norm) return InternalLink{"..", "", false};
    std::string t = *norm;
    // "x/index.html" and "x" name the page "x/".
    if (t == "index.html")
        t.clear();
    else if (t.size() > 11 && t.compare(t.size() - 11, 11, "/index.html") == 0)
        t.erase(t.size() - 10);
    link.target = t;
    return link;
}

std::string url_scheme(std::string_view url) {
    std::string s;
    for (const char c : url)
        if (c != '\t' && c != '\n' && c != '\r') s += c;
    std::size_t a = 0, b = s.size();
    while (a < b && static_cast<unsigned char>(s[a]) <= 0x20) ++a;
    while (b > a && static_cast<unsigned char>(s[b - 1]) <= 0x20) --b;
    s = s.substr(a, b - a);
    if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return {};
    std::string scheme;
    for (const char c : s) {
        if (c == ':') return scheme;
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
            return {};
        scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return {};
}

bool safe_link_address(std::string_view url) {
    const std::string scheme = url_scheme(url);
    return scheme.empty() || scheme == "https" || scheme == "http" || scheme == "mailto";
}

}  // namespace portal
