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

std::optional<InternalLink> resolve_internal_link(const std::string& page_url,
                                                  const std::string& page_rel,
                                                  const std::string& href) {
    if (href.empty() || href[0] == '#' || href[0] == '?') return std::nullopt;
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

}  // namespace portal
