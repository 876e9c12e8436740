// load/json_syntax: the usual slips in a hand-written JSON file, each told in
// plain words at the place the mend goes, with the line and a caret under it,
// the line's words hidden (a file that does not parse cannot say which of its
// words are withheld). Through
// parse_json_document, as load reads a data file. The build's side (one error,
// nothing derived from the file that did not parse) is in
// tests/integration/errors_test.cpp.
#include "load/json_syntax.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"

namespace portal {
namespace {

struct Said {
    int line = 0, column = 0;
    std::string message;  // the whole message, excerpt included
};

Said parse(const std::string& text) {
    JsonDocument doc;
    doc.path = "data/reports/x.json";
    doc.rel = "reports/x.json";
    doc.text = text;
    Diagnostics diags;
    EXPECT_FALSE(parse_json_document(doc, diags)) << text;
    if (diags.all().size() != 1) {
        ADD_FAILURE() << "expected one error for " << text;
        return {};
    }
    const Diagnostic& d = diags.all().front();
    return {d.pos.line, d.pos.column, d.message};
}

std::string first_line(const std::string& s) {
    return s.substr(0, s.find('\n'));
}

struct Case {
    const char* name;
    const char* text;
    int line, column;   // where the mend goes
    const char* words;  // in the message's first line
};

TEST(JsonSyntax, EachUsualSlipIsNamedWhereTheMendGoes) {
    const Case cases[] = {
        {"comma missing between entries", "{\n  \"a\": 1\n  \"b\": 2\n}", 2, 9,
         "a comma is missing after the value on line 2"},
        {"comma missing between objects in a list", "[\n {\"a\": 1}\n {\"b\": 2}\n]", 2, 10,
         "a comma is missing after the value on line 2 (between two items of a list)"},
        {"comma missing on one line", "[1 2]", 1, 3, "a comma is missing here"},
        {"comma after the last entry", "{\"a\": 1,\n}", 1, 8,
         "the comma at the end of the object (line 1) is one too many"},
        {"comma after the last item", "[1,\n]", 1, 3,
         "the comma at the end of the list (line 1) is one too many"},
        {"two commas", "{\"a\": 1,, \"b\": 2}", 1, 8, "two commas in a row"},
        {"quote inside text", "{\"a\": \"at \"Melbourn\" group\"}", 1, 11,
         "a \" inside text ends it early (line 1): write it as \\\""},
        {"key without quotes", "{a: 1}", 1, 2, "a key must be written in double quotes"},
        {"single quotes", "{'a': 1}", 1, 2, "not single quotes"},
        {"text without quotes", "{\"a\": green}", 1, 7, "text must be written in double quotes"},
        {"True in capitals", "{\"a\": True}", 1, 7, "true, false and null are written in small"},
        {"thousands comma", "{\"a\": 1,000}", 1, 8, "without a thousands comma"},
        {"line break in text", "{\"a\": \"one\ntwo\"}", 1, 11, "a line break inside text"},
        {"tab in text", "{\"a\": \"one\ttwo\"}", 1, 11, "a tab inside text"},
        {"text never closed", "{\"a\": \"one}", 1, 7,
         "the text that starts here (line 1) is never"},
        {"backslash", "{\"a\": \"C:\\data\"}", 1, 11, "write \\\\ for a backslash itself"},
        {"bracket never closed", "{\n  \"a\": [1, 2]\n", 2, 14,
         "the { on line 1 is still open (a } is missing)"},
        {"list closed with a brace", "{\"a\": [1, 2}", 1, 12,
         "a list opened with [ on line 1 is closed with }"},
        {"colon missing", "{\"a\" 1}", 1, 5, "a colon is missing after the key on line 1"},
        {"more after the end", "{\"a\": 1}}", 1, 9, "there is more after the end"},
        {"empty file", "", 1, 1, "the file is empty"},
        {"number with a leading point", "{\"a\": .5}", 1, 7, "a number starts with a digit"},
    };
    for (const Case& c : cases) {
        const Said said = parse(c.text);
        EXPECT_EQ(said.line, c.line) << c.name << ": " << said.message;
        EXPECT_EQ(said.column, c.column) << c.name << ": " << said.message;
        EXPECT_NE(first_line(said.message).find(c.words), std::string::npos)
            << c.name << ": " << said.message;
        EXPECT_EQ(first_line(said.message).find("syntax error"), std::string::npos)
            << c.name << " keeps the parser's words: " << said.message;
    }
}

TEST(JsonSyntax, ShowsTheLineWithACaretUnderTheMend) {
    const Said said = parse("{\n  \"status\": \"green\"\n  \"progress\": \"Started\"\n}");
    EXPECT_EQ(said.message,
              "invalid JSON: a comma is missing after the value on line 2 (between two entries): "
              "put one at the end of that line\n"
              " 2 |   \"…\": \"…\"\n"
              "   |           ^");
}

TEST(JsonSyntax, TheLineShowsNoWordOfTheFile) {
    // Which words of a file that does not parse are withheld cannot be known
    // (a marking in it, or one in another file), and keys and numbers may be
    // content too: only JSON's punctuation, and true, false and null, show.
    const Said said = parse("{\n  \"progress\": \"Mrs Smith \"the victim\" moved\"\n}");
    EXPECT_NE(said.message.find("\n 2 |   \"…\": \"…\"… …\"…\"\n"), std::string::npos)
        << said.message;
    const Said bare = parse("{\n  \"a\": Mrs Smith\n}");
    EXPECT_EQ(bare.message.find("Smith"), std::string::npos) << bare.message;
    const Said figures = parse("{\n  \"Victims\": 987654 \"paid\": true\n}");
    EXPECT_NE(figures.message.find("\n 2 |   \"…\": … \"…\": true\n"), std::string::npos)
        << figures.message;
    // Control characters are words too: nothing of the file reaches the terminal.
    const Said control = parse("{\n  \"a\": 1 \x1b[2K\"b\": 2\n}");
    EXPECT_EQ(control.message.find('\x1b'), std::string::npos) << control.message;
}

TEST(JsonSyntax, ALongLineIsShownAsAWindowAroundTheCaret) {
    std::string items;
    for (int i = 0; i < 100; ++i) items += "\"a\", ";
    const Said said = parse("[" + items + "\"b\" \"c\"]");
    const std::string shown = said.message.substr(said.message.find('\n') + 1);
    EXPECT_LT(shown.size(), 260u) << shown;
    EXPECT_EQ(shown.find(" | …"), shown.find(" | ")) << "cut at the start: " << shown;
    // The caret still stands under the place: just after "b".
    const auto bar = shown.find(" | ");
    const std::string text_line = shown.substr(bar + 3, shown.find('\n') - bar - 3);
    const std::string caret_line = shown.substr(shown.rfind(" | ") + 3);
    const std::size_t caret = caret_line.size() - 1;  // in characters
    std::size_t byte = 0;
    for (std::size_t chars = 0; chars < caret; ++chars) do
            ++byte;
        while (byte < text_line.size() &&
               (static_cast<unsigned char>(text_line[byte]) & 0xC0) == 0x80);
    ASSERT_LT(byte, text_line.size()) << shown;
    EXPECT_EQ(text_line.substr(byte - 1, 2), "\" ") << shown;
}

}  // namespace
}  // namespace portal
