// Markdown parsed on several threads at once comes out as it does on one:
// cmark-gfm's table of inline characters is shared by every parser in the
// process (core/markdown.cpp), and a build parses pages on every core.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "core/markdown.hpp"

namespace portal {
namespace {

TEST(MarkdownThreads, ExtensionsWorkOnEveryThreadAtOnce) {
    // Long enough that parses overlap; each has a strikethrough, an autolink
    // and a table, the constructs whose characters the extensions register.
    std::string text;
    for (int i = 0; i < 40; ++i)
        text += "Paragraph " + std::to_string(i) +
                " with ~~struck words~~ and a link www.example.org/page and more text.\n\n";
    text += "| a | b |\n|---|---|\n| ~~x~~ | y |\n";
    const std::string expected = render_html(parse_markdown(text).get());
    ASSERT_NE(expected.find("<del>struck words</del>"), std::string::npos);
    ASSERT_NE(expected.find("<a href=\"http://www.example.org/page\">"), std::string::npos);

    std::atomic<int> different{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int round = 0; round < 150; ++round)
                if (render_html(parse_markdown(text).get()) != expected) ++different;
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(different.load(), 0) << "parses that lost a strikethrough, autolink or table";
}

TEST(MarkdownThreads, FinishingTakesNoTurnsWithDebiansLibrary) {
    // The test above passes either way (with a lock, finishing takes turns);
    // this one says the fast way is the one in use: the shared library's calls
    // reach portal's definition of the inline-table function.
    EXPECT_TRUE(markdown_finishes_in_parallel());
}

}  // namespace
}  // namespace portal
