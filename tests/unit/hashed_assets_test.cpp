#include <gtest/gtest.h>

#include "render/hashed_assets.hpp"

using namespace portal;

namespace {

std::string file_named(const HashedAssets& h, const std::string& prefix) {
    for (const auto& f : h.files)
        if (f.path.rfind(prefix, 0) == 0) return f.bytes;
    return "<none>";
}

}  // namespace

TEST(HashedAssets, NamesCarryAHashOfTheBytes) {
    HashedAssets a = hash_assets({{"p", "js/app.js", "one"}});
    HashedAssets b = hash_assets({{"p", "js/app.js", "two"}});
    const std::string name = a.names.at("assets/js/app.js");
    EXPECT_EQ(name.rfind("assets/js/app.", 0), 0u);
    EXPECT_EQ(name.substr(name.size() - 3), ".js");
    EXPECT_NE(name, b.names.at("assets/js/app.js"));
}

TEST(HashedAssets, StylesheetUrlsNameTheHashedFiles) {
    HashedAssets h = hash_assets({
        {"p", "css/site.css",
         "a{background:url(../images/dot.svg)}\nb{background:url('../images/dot.svg#x')}\n"
         "c{background:url(\"https://example.org/x.png\")}\nd{src:url(missing.woff)}"},
        {"p", "images/dot.svg", "<svg/>"},
    });
    const std::string svg = h.names.at("assets/images/dot.svg");  // assets/images/dot.<h>.svg
    const std::string css = file_named(h, "assets/css/site.");
    const std::string rel = "../" + svg.substr(std::string("assets/").size());
    EXPECT_NE(css.find("url(" + rel + ")"), std::string::npos) << css;
    EXPECT_NE(css.find("url('" + rel + "#x')"), std::string::npos) << css;
    EXPECT_NE(css.find("url(\"https://example.org/x.png\")"), std::string::npos) << css;
    EXPECT_NE(css.find("url(missing.woff)"), std::string::npos) << css;
    // The stylesheet's own name hashes what it holds after the rewrite.
    HashedAssets other = hash_assets({{"p", "css/site.css", "a{background:url(../images/dot.svg)}"},
                                      {"p", "images/dot.svg", "<svg version='2'/>"}});
    EXPECT_NE(h.names.at("assets/css/site.css"), other.names.at("assets/css/site.css"));
}
