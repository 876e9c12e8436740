// render/site_files: one page's search index entry is a JavaScript object of
// JSON strings, so every character the text can hold must come out escaped
// where JSON needs it, and '<' always, so the index can never close its script.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/search_index.hpp"

using portal::search_entry_js;
using portal::SearchEntry;

TEST(SearchEntry, TitleAndUrlAreJsonStrings) {
    const std::string js = search_entry_js(
        SearchEntry{"Say \"no\" to C:\\temp </script>", "a/index.html", "s", "", "text"});
    EXPECT_EQ(js.substr(0, js.find(",\"s\":")),
              R"({"t":"Say \"no\" to C:\\temp \u003c/script>","u":"a/index.html")");
}

TEST(SearchEntry, ControlCharactersAreEscapedWhereverTheyFall) {
    // Escapes at the start, the end and side by side, between runs of plain text.
    const std::string title = std::string("\x01start\nmid\t\r\x1f") + "end\x7f£\"";
    const std::string js = search_entry_js(SearchEntry{title, "u", "s", "", ""});
    EXPECT_EQ(js.substr(0, js.find(",\"u\":")),
              "{\"t\":\"\\u0001start\\nmid\\t\\r\\u001fend\x7f£\\\"\"");
}

TEST(SearchEntry, SnippetAndWordListsAreEscapedToo) {
    const std::string js =
        search_entry_js(SearchEntry{"T", "u", "", "", "one <b> two \"quoted\" one"});
    EXPECT_NE(js.find(R"("s":"one \u003cb> two \"quoted\" one")"), std::string::npos) << js;
    // Words once each, lower case, separated by the word boundary (escaped).
    EXPECT_NE(js.find(R"("w":"one\u001ftwo\u001fquoted")"), std::string::npos) << js;
    EXPECT_EQ(js.find('<'), std::string::npos);
}

TEST(SearchEntry, TheIndexAsPartsIsTheIndexJoined) {
    // A build writes the index from parts; `portal serve` joins it after an
    // edit. Both must be the same bytes.
    for (std::size_t n : {0, 1, 2, 5}) {
        std::vector<std::string> entries;
        for (std::size_t i = 0; i < n; ++i)
            entries.push_back(portal::search_entry_js(
                SearchEntry{"Page " + std::to_string(i), "p/index.html", "s", "", "text"}));
        const std::string joined = portal::search_index_js(entries, {});
        std::string from_parts;
        for (const auto& part : portal::search_index_parts(entries)) from_parts += part;
        EXPECT_EQ(from_parts, joined) << n << " entries";
    }
    EXPECT_EQ(portal::search_index_js({}, {}), "window.PORTAL_SEARCH = [\n];\n");
}
