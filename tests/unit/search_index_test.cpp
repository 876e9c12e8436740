// The search index's words (folded as search.js folds a query) and its files:
// named by content, so that an edit changes only the files it touches.
#include <gtest/gtest.h>

#include <set>

#include "render/search_index.hpp"
#include "render/search_words.hpp"

using portal::fold_search_word;
using portal::search_words;

namespace {

std::vector<std::string> words_of(const portal::PageWords& w) {
    std::vector<std::string> out;
    std::string word;
    for (char c : w.words) {
        if (c == '\0') {
            out.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return out;
}

std::set<std::string> paths(const portal::SearchFiles& f) {
    std::set<std::string> out;
    for (const auto& file : f.files) out.insert(file.path);
    return out;
}

portal::SearchPage page(const std::string& title, const std::string& text) {
    return portal::search_page(title, title + "/index.html", "page", {}, "", "", text);
}

}  // namespace

TEST(SearchWords, CaseAndAccentsFoldAsTheBrowserFoldsAQuery) {
    EXPECT_EQ(fold_search_word("Café"), "cafe");
    EXPECT_EQ(fold_search_word("BURGLARY"), "burglary");
    EXPECT_EQ(fold_search_word("Straße"), "strasse");
    EXPECT_EQ(fold_search_word("STRASSE"), "strasse");
    EXPECT_EQ(fold_search_word("İstanbul"), "istanbul");
    EXPECT_EQ(fold_search_word("ΟΔΟΣ"), "οδοσ");
    EXPECT_EQ(fold_search_word("οδος"), "οδοσ");
    EXPECT_EQ(fold_search_word("Żółć"), "zołc");  // ł has no decomposition, as in the browser
    EXPECT_EQ(fold_search_word("Москва"), "москва");
}

TEST(SearchWords, WordsAreLettersDigitsAndAccentsInAnyScript) {
    EXPECT_EQ(search_words("Anti-social behaviour, 2009–2012: £3,333.33 (Zoë's)"),
              (std::vector<std::string>{"anti", "social", "behaviour", "2009", "2012", "3", "333",
                                        "33", "zoe", "s"}));
    EXPECT_EQ(search_words("“quoted”\u00a0words…"), (std::vector<std::string>{"quoted", "words"}));
    EXPECT_TRUE(search_words(" -- … ").empty());
}

TEST(SearchWords, TitleWordsOutweighHeadingWordsWhichOutweighTheText) {
    const portal::PageWords w =
        portal::page_words("Burglary", "Vehicle crime",
                           "Burglary fell. Vehicle crime rose; crime crime crime crime crime");
    const std::vector<std::string> words = words_of(w);
    ASSERT_EQ(words, (std::vector<std::string>{"burglary", "crime", "fell", "rose", "vehicle"}));
    EXPECT_EQ(w.weights[0], 'A' + portal::kTitleWeight + 1);
    EXPECT_EQ(w.weights[1], 'A' + portal::kHeadingWeight + portal::kMostMentions);
    EXPECT_EQ(w.weights[2], 'B');
    EXPECT_GT(w.weights[0], w.weights[1]);
    // Places, as differences in base 36: "burglary" is word 0; "crime" words
    // 3, 5, 6, 7, 8, 9; "vehicle" word 2.
    EXPECT_EQ(w.places, std::string("0\0"
                                    "3.2.1.1.1.1\0"
                                    "1\0"
                                    "4\0"
                                    "2\0",
                                    20));
}

TEST(SearchIndex, FilesAreNamedByTheirContentAndAnEditChangesOnlyWhatItTouches) {
    std::vector<portal::SearchPage> pages;
    for (int i = 0; i < 300; ++i)  // two page tables
        pages.push_back(page("Page " + std::to_string(i),
                             "common words here and a rare word w" + std::to_string(i)));
    const portal::SearchFiles first = portal::search_files(pages);
    EXPECT_EQ(first.files.front().path, "search/index.js");
    EXPECT_EQ(portal::search_files(pages).files.size(), first.files.size());
    EXPECT_EQ(paths(portal::search_files(pages)), paths(first));  // the same bytes each time

    pages[7] = page("Page 7", "common words here and a new word w7 zebra");
    const portal::SearchFiles second = portal::search_files(pages, &first.chunk_starts);
    std::set<std::string> added, gone;
    for (const auto& p : paths(second))
        if (!paths(first).count(p)) added.insert(p);
    for (const auto& p : paths(first))
        if (!paths(second).count(p)) gone.insert(p);
    // Its page table, and the word chunk (and places) with "zebra" in it (one
    // chunk: the site is small): three files; and the page's own fragment.
    EXPECT_EQ(added.size(), 3u);
    EXPECT_EQ(gone.size(), 3u);
    int tables = 0, chunks = 0;
    for (const auto& p : added) {
        tables += p.rfind("search/t/", 0) == 0;
        chunks += p.rfind("search/w/", 0) == 0;
    }
    EXPECT_EQ(tables, 1);
    EXPECT_EQ(chunks, 1);
    EXPECT_NE(pages[7].fragment.path,
              page("Page 7", "common words here and a rare word w7").fragment.path);
    EXPECT_EQ(pages[8].fragment.path,
              page("Page 8", "common words here and a rare word w8").fragment.path);
}

TEST(SearchIndex, ChunksSplitBetweenWordsAndKeepTheirBoundariesWhenAsked) {
    std::vector<portal::SearchPage> pages;
    for (int i = 0; i < 2000; ++i)
        pages.push_back(
            page("P" + std::to_string(i), "alpha beta gamma delta u" + std::to_string(i)));
    const portal::SearchFiles index = portal::search_files(pages);
    ASSERT_GE(index.chunk_starts.size(), 2u);
    for (const auto& f : index.files) {
        if (f.path.rfind("search/w/", 0) == 0) {  // a chunk passes its size by one word at most
            EXPECT_LT(f.bytes.size(), portal::kChunkBytes + 12000) << f.path;
        }
    }
    pages.push_back(page("P new", "aardvark"));
    EXPECT_EQ(portal::search_files(pages, &index.chunk_starts).chunk_starts, index.chunk_starts);
}
