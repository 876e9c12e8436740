// Red team 25's classes that are not a line of a page (census_test holds
// those): what a publishable label may be, front matter keys portal does not
// know, names that hold a paper back, files of assets/ that only withheld
// text links to, a data file's key and value or a spreadsheet's column that
// holds a record back, and messages about a file that reads as marked. Each
// builds a site and proves a named error, with no canary printed, or no
// canary in any output file.
#include <gtest/gtest.h>

#include <string>

#include "leak_check.hpp"
#include "temp_site.hpp"

using namespace portal::testing;

namespace {

const char* kPage = "content/notes.md";

std::string site_json_with_publishable(const std::string& label) {
    std::string json = kSiteJson;
    const std::string from = R"("OFFICIAL"],)";
    json.replace(json.find(from), from.size(), "\"OFFICIAL\", \"" + label + "\"],");
    return json;
}

}  // namespace

// C01: a publishable label must say that its text may be published; one that
// reads as withholding ("BOARD ONLY", "PART 2") would publish every paper
// marked with it.
TEST(RedTeam25, APublishableLabelMustSayItsTextMayBePublished) {
    for (const char* label : {"WITHHOLD", "BOARD ONLY", "PART 2", "RESTRICTD", "NOT PUBLIC",
                              "OFFICIAL-BOARD", "IN CONFIDENCE"}) {
        TempSite s;
        s.write("site.json", site_json_with_publishable(label));
        s.write(kPage, std::string("---\ntitle: Notes\n---\n::: ") + label +
                           "\nQuokkacanary family.\n:::\n");
        EXPECT_FALSE(s.build().ok) << label;
        EXPECT_CONTAINS(s.messages(), "is not made of words that say its text may be published");
        EXPECT_LACKS(s.messages(), "uokkacanary");
    }
    for (const char* label : {"PUBLIC", "UNCLASSIFIED", "TLP:CLEAR", "OFFICIAL - PUBLIC"}) {
        TempSite s;
        s.write("site.json", site_json_with_publishable(label));
        s.write(kPage,
                std::string("---\ntitle: Notes\n---\n::: ") + label + "\nOpen words.\n:::\n");
        EXPECT_TRUE(s.build().ok) << label << s.messages();
    }
}

// A03, C03: a front matter key portal does not know may say who may see the
// page; only keys that describe a page are let through with a warning.
TEST(RedTeam25, AnUnknownFrontMatterKeyThatMaySayWhoMaySeeIsRefused) {
    for (const char* key : {"audience: board", "password: Sawston2011", "roles: [board]",
                            "circulation: partners", "acl: board"}) {
        TempSite s;
        s.write(kPage, std::string("---\ntitle: Notes\n") + key + "\n---\nQuokkacanary.\n");
        EXPECT_FALSE(s.build().ok) << key;
        EXPECT_CONTAINS(s.messages(), "cannot tell whether it says who may see the page");
    }
    for (const char* key : {"author: J Smith", "tags: [crime]", "weight: 3"}) {
        TempSite s;
        s.write(kPage, std::string("---\ntitle: Notes\n") + key + "\n---\nOpen words.\n");
        EXPECT_TRUE(s.build().ok) << key << s.messages();
        EXPECT_CONTAINS(s.messages(), "warning: unknown front matter key");
    }
}

// A name made of words that hold a paper back ("private/", "part-2/", a
// second extension "draft") is refused; a name with words of its own builds.
TEST(RedTeam25, ANameThatHoldsAPaperBackIsRefused) {
    for (const char* rel : {"content/private/a.md", "content/_private/a.md", "content/sealed/a.md",
                            "content/part-2/a.md", "content/minutes.draft.md",
                            "content/report_FULL_VERSION.md", "content/drafts/a.md"}) {
        TempSite s;
        s.write(rel, "---\ntitle: Notes\n---\nQuokkacanary.\n");
        EXPECT_FALSE(s.build().ok) << rel;
        EXPECT_CONTAINS(s.messages(), "says the paper is held back");
    }
    for (const char* rel : {"content/private-hire-taxis.md", "content/closed-cases.md",
                            "content/draft-plan-consultation.md"}) {
        TempSite s;
        s.write(rel, "---\ntitle: Notes\n---\nOpen words.\n");
        EXPECT_TRUE(s.build().ok) << rel << s.messages();
    }
}

// C05: a file of assets/ linked only from withheld text would be published on
// its own; linked from public text too, it is published.
TEST(RedTeam25, AnAssetLinkedOnlyFromWithheldTextIsRefused) {
    TempSite s;
    s.write("assets/docs/quokkastatement.txt", "Statement of the family.\n");
    s.write(kPage,
            "---\ntitle: Notes\n---\nOpen words.\n\n::: PROTECT\n"
            "[Statement](../assets/docs/quokkastatement.txt)\n:::\n");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "is linked only from withheld text");
    EXPECT_LACKS(s.messages(), "quokkastatement");

    s.write("content/about.md",
            "---\ntitle: About\n---\n[Statement](../assets/docs/quokkastatement.txt)\n");
    EXPECT_TRUE(s.build().ok) << s.messages();
}

// C06: a spreadsheet's column or a data file's key that holds its record
// back ("Publish?" answered No, "for_website" N, "publish": false,
// "audience": "board members") marks the record, in assets/ as anywhere.
TEST(RedTeam25, AKeyOrColumnThatHoldsARecordBackIsRefused) {
    const std::pair<const char*, const char*> files[] = {
        {"assets/docs/cases.csv", "case,ward,Publish?\nQuokkacanary family,Sawston,No\n"},
        {"assets/docs/cases.csv", "case,ward,for_website\nQuokkacanary family,Sawston,N\n"},
        {"assets/docs/cases.csv", "case,Suppress\nQuokkacanary family,Y\n"},
        {"assets/docs/cases.json", R"({"case": "Quokkacanary family", "publish": false})"},
        {"assets/docs/cases.json", R"({"case": "Quokkacanary family", "visibility": "private"})"},
        {"assets/docs/cases.json", R"({"case": "Quokkacanary", "audience": "board members"})"},
    };
    for (const auto& [rel, text] : files) {
        TempSite s;
        s.write(rel, text);
        EXPECT_FALSE(s.build().ok) << text;
        EXPECT_LACKS(s.messages(), "uokkacanary");
    }
    TempSite open;
    open.write("assets/docs/cases.csv", "case,ward,Publish?\nBurglary series,Cambourne,Yes\n");
    EXPECT_TRUE(open.build().ok) << open.messages();
}

// C07: a message about a file that reads as marked quotes none of its values
// (a status, a priority's title), only the labels it names.
TEST(RedTeam25, AMessageAboutAMarkedFileQuotesNoneOfItsValues) {
    TempSite s;
    s.write("data/statistics/tally.json",
            R"j({"title": "RESTRICTED - tally", "source": "Police", "chart": "bar",
               "categories": ["a"], "series": [{"name": "n", "values": ["12 (Quokkacanary estate)"]}]})j");
    EXPECT_FALSE(s.build().ok);
    EXPECT_CONTAINS(s.messages(), "so its name is not printed");
    EXPECT_LACKS(s.messages(), "uokkacanary");
}
