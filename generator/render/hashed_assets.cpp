#include "render/hashed_assets.hpp"

#include "core/hash.hpp"

namespace portal {

HashedAssets hash_assets(const std::vector<TextFile>& assets) {
    HashedAssets out;
    for (const auto& a : assets) {
        std::string rel = a.rel;
        std::string h = hex64(fnv1a(a.text)).substr(0, 10);
        auto slash = rel.rfind('/');
        auto dot = rel.rfind('.');
        std::string hashed =
            (dot == std::string::npos || (slash != std::string::npos && dot < slash))
                ? rel + "." + h
                : rel.substr(0, dot) + "." + h + rel.substr(dot);
        out.names["assets/" + rel] = "assets/" + hashed;
        out.files.push_back({"assets/" + hashed, a.text});
    }
    return out;
}

}  // namespace portal
