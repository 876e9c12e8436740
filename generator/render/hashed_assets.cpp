#include "render/hashed_assets.hpp"

#include "core/hash.hpp"
#include "core/links.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

constexpr std::size_t kHashDigits = 10;

std::string hashed_name(const std::string& rel, const std::string& bytes) {
    std::string h = hex64(fnv1a(bytes)).substr(0, kHashDigits);
    auto slash = rel.rfind('/');
    auto dot = rel.rfind('.');
    return (dot == std::string::npos || (slash != std::string::npos && dot < slash))
               ? rel + "." + h
               : rel.substr(0, dot) + "." + h + rel.substr(dot);
}

bool ends_with(const std::string& s, const char* suffix) {
    const std::string x(suffix);
    return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

// `url(...)` in a stylesheet names another asset by its plain name; it must name
// the hashed one, or the browser asks for a file that is not published. The
// address stays relative to the stylesheet's folder.
std::string rewrite_css_urls(const std::string& css, const std::string& css_rel,
                             const std::map<std::string, std::string>& names) {
    const std::string dir = css_rel.substr(0, css_rel.rfind('/') + 1);  // "css/"
    std::string out;
    std::size_t pos = 0;
    while (true) {
        std::size_t at = css.find("url(", pos);
        if (at == std::string::npos) break;
        std::size_t close = css.find(')', at);
        if (close == std::string::npos) break;
        std::string inner = trim(css.substr(at + 4, close - at - 4));
        std::string quote;
        if (!inner.empty() && (inner.front() == '"' || inner.front() == '\'')) {
            quote = inner.substr(0, 1);
            inner = inner.substr(1, inner.size() >= 2 ? inner.size() - 2 : 0);
        }
        std::string suffix;  // "#id" or "?v" kept as written
        if (auto cut = inner.find_first_of("?#"); cut != std::string::npos) {
            suffix = inner.substr(cut);
            inner.erase(cut);
        }
        out.append(css, pos, at - pos);
        auto target =
            inner.find(':') == std::string::npos ? normalise_site_path(dir + inner) : std::nullopt;
        auto hashed = target ? names.find("assets/" + *target) : names.end();
        if (hashed == names.end()) {
            out.append(css, at, close + 1 - at);
        } else {
            // From "assets/<dir>" to the hashed file, e.g. "../images/x.<h>.svg".
            std::string from = "assets/" + dir;
            std::string rel = hashed->second;
            std::size_t common = 0;
            for (std::size_t i = 0; i < from.size() && i < rel.size() && from[i] == rel[i]; ++i)
                if (from[i] == '/') common = i + 1;
            std::string up;
            for (std::size_t i = common; i < from.size(); ++i)
                if (from[i] == '/') up += "../";
            out += "url(" + quote + up + rel.substr(common) + suffix + quote + ")";
        }
        pos = close + 1;
    }
    out.append(css, pos, std::string::npos);
    return out;
}

}  // namespace

bool is_hashed_asset(const std::string& path) {
    if (path.rfind("assets/", 0) != 0) return false;
    const std::string name = path.substr(path.rfind('/') + 1);
    std::size_t end = name.rfind('.');
    std::size_t dot =
        end == std::string::npos || end == 0 ? std::string::npos : name.rfind('.', end - 1);
    if (dot == std::string::npos) {  // no extension: "name.<hash>"
        dot = end;
        end = name.size();
    }
    if (dot == std::string::npos || end - dot - 1 != kHashDigits) return false;
    return name.find_first_not_of("0123456789abcdef", dot + 1) >= end;
}

HashedAssets hash_assets(const std::vector<TextFile>& assets) {
    HashedAssets out;
    // Stylesheets last: their bytes (and so their hash) change when the names of
    // the files they refer to are written in.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& a : assets) {
            if (ends_with(a.rel, ".css") != (pass == 1)) continue;
            std::string bytes = pass == 1 ? rewrite_css_urls(a.text, a.rel, out.names) : a.text;
            std::string hashed = hashed_name(a.rel, bytes);
            out.names["assets/" + a.rel] = "assets/" + hashed;
            out.files.push_back({"assets/" + hashed, std::move(bytes)});
        }
    }
    return out;
}

}  // namespace portal
