// serve/preview_rules: the checks the preview server makes before it looks for
// a file. Each rule on its own; tests/integration/serve_hardening_test.cpp
// sends the same requests to a running `portal serve` over a raw socket.
#include "serve/preview_rules.hpp"

#include <gtest/gtest.h>

#include <string>

namespace portal {
namespace {

TEST(PreviewRules, OnlyThisMachinesNamesAtItsPortAreAnswered) {
    const struct {
        const char* host;
        int port;
        bool answered;
    } cases[] = {
        {"127.0.0.1:8000", 8000, true},
        {"localhost:8000", 8000, true},
        {"LocalHost:8000", 8000, true},
        {"[::1]:8000", 8000, true},
        {"127.0.0.1", 80, true},
        {"localhost", 80, true},
        // DNS rebinding: another name that resolves here sends its own name.
        {"attacker.example:8000", 8000, false},
        {"localhost.attacker.example:8000", 8000, false},
        {"127.0.0.1.nip.io:8000", 8000, false},
        {"127.0.0.1:8001", 8000, false},
        {"127.0.0.1", 8000, false},
        {"localhost:8000.", 8000, false},
        {"localhost.:8000", 8000, false},
        {"127.0.0.2:8000", 8000, false},
        {"0.0.0.0:8000", 8000, false},
        {"", 8000, false},
        {" localhost:8000", 8000, false},
        {"localhost:8000 ", 8000, false},
        {"user@localhost:8000", 8000, false},
    };
    for (const auto& c : cases)
        EXPECT_EQ(local_host(c.host, c.port), c.answered) << "'" << c.host << "' at " << c.port;
}

TEST(PreviewRules, APathWithAControlByteIsRefused) {
    EXPECT_FALSE(has_control_byte("/data/funding/allocations-2010-11.csv"));
    EXPECT_FALSE(has_control_byte("/plans/caf\xC3\xA9/"));  // UTF-8 is not a control byte
    for (char c : std::string("\x00\x01\t\n\r\x1b\x1f\x7f", 8)) {
        const std::string path = std::string("/index.html") + c + ".txt";
        EXPECT_TRUE(has_control_byte(path)) << "byte " << static_cast<int>(c);
    }
}

TEST(PreviewRules, TheTypeComesFromTheFileName) {
    EXPECT_STREQ(content_type_of("index.html"), "text/html; charset=utf-8");
    EXPECT_STREQ(content_type_of("allocations-2010-11.csv"), "text/csv; charset=utf-8");
    EXPECT_STREQ(content_type_of("index.js"), "text/javascript; charset=utf-8");
    EXPECT_STREQ(content_type_of("site.3f2a.css"), "text/css; charset=utf-8");
    EXPECT_STREQ(content_type_of("feed.xml"), "application/xml; charset=utf-8");
    EXPECT_STREQ(content_type_of("favicon.svg"), "image/svg+xml");
    EXPECT_STREQ(content_type_of("catalogue.json"), "application/json; charset=utf-8");
    EXPECT_STREQ(content_type_of("README"), "application/octet-stream");
    EXPECT_STREQ(content_type_of("page.html.bak"), "application/octet-stream");
}

}  // namespace
}  // namespace portal
