// Errors never repeat withheld text (redact/quiet_messages.hpp): a build's
// messages reach terminals and CI logs, which more people read than the
// board's files. Each case plants a canary in withheld content and makes a
// mistake there; the build must fail, say where, and never print the canary.
#include <gtest/gtest.h>

#include "temp_site.hpp"

using namespace portal::testing;

namespace {

struct Case {
    const char* name;
    std::string file;
    std::string text;
    std::string where;  // "path:line" the error must name
};

}  // namespace

TEST(QuietErrors, MistakesInsideWithheldContentNameThePlaceNotTheWords) {
    const Case cases[] = {
        {"an unknown label with the text after it", "content/a.md",
         "---\ntitle: A\n---\nIntro.\n\n::: PROTECTED Mrs Quokkasecret's address is 12 High "
         "Street\nMore.\n:::\n",
         ":6:1: error:"},
        {"a broken link inside a region", "content/b.md",
         "---\ntitle: B\n---\nIntro.\n\n::: PROTECT\n[her file](../quokkasecret-case/)\n:::\n",
         ":7:1: error:"},
        {"a wrong figure inside a withheld series", "data/statistics/s.json",
         "{\"title\": \"S\", \"source\": \"x\", \"chart\": \"bar\", \"categories\": [\"a\"],\n"
         " \"series\": [{\"name\": \"n\", \"values\": [1]},\n"
         "  {\"name\": \"m\", \"marking\": \"PROTECT\", \"values\": [\"Quokkasecret family\"]}]}\n",
         ":3:"},
        {"a wrong date on a withheld page", "content/c.md",
         "---\ntitle: C\nmarking: PROTECT\ndate: Quokkasecret hearing\n---\nBody.\n", ":4:"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        TempSite s;
        s.write(c.file, c.text);
        auto r = s.build();
        EXPECT_FALSE(r.ok);
        EXPECT_NE(s.messages().find(s.path(c.file) + c.where), std::string::npos) << s.messages();
        EXPECT_EQ(s.messages().find("uokkasecret"), std::string::npos) << s.messages();
        EXPECT_EQ(s.messages().find("High Street"), std::string::npos) << s.messages();
    }
}
