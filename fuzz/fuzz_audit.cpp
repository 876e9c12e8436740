// fuzz/fuzz_audit.cpp — the leak audit's decoders (portal::decode_for_audit) and
// scan (portal::audit_file, of a file whole and as parts).
//
// Each input is used twice:
//  1. as the bytes of an output file: decoding and scanning must not crash or
//     trip a sanitizer, whole or split into parts;
//  2. as choices that write a withheld five-word phrase into a file the way a
//     visitor would still read it — in HTML text with entities, case changes
//     and inline tags between the words; in an attribute; percent-encoded in a
//     URL; with JSON \u escapes in a JSON string; in SVG text; in the file's
//     name — between text made from the bytes (with <, >, &, %, + and the
//     backslash blanked, so that it cannot swallow the phrase into a tag or an
//     escape).
//     Property: the audit finds the phrase, in the file whole and in the file
//     written as parts split between the blocks.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/canary.hpp"
#include "fuzz_input.hpp"
#include "write/leak_audit.hpp"

namespace {

using namespace portal;
using fuzz::Choices;

constexpr const char* kPhrase = "velvet harbour lantern orchid meadow";
constexpr const char* kWhere = "content/board.md:3:1 (region)";

const CanarySet& canaries() {
    static const CanarySet set = [] {
        CanaryBuilder b;
        b.add_withheld(kPhrase, kWhere);
        b.add_public("The partnership met in the village hall.");
        return b.build();
    }();
    return set;
}

enum class Context { html_text, attribute, url, json, svg, name };

std::string hex2(unsigned c, bool upper) {
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    return {digits[(c >> 4) & 15], digits[c & 15]};
}

// One letter of the phrase as a visitor's browser or a JSON reader would still read it.
std::string letter(Choices& in, char c, Context where) {
    const char up = static_cast<char>(c - 'a' + 'A');
    const auto u = static_cast<unsigned>(c);
    switch (where) {
        case Context::html_text:
        case Context::attribute:
        case Context::svg:
            switch (in.pick(5)) {
                case 1:
                    return std::string(1, up);
                case 2:
                    return "&#" + std::to_string(u) + ";";
                case 3:
                    return "&#x" + hex2(u, false) + ";";
                case 4:
                    return "&#X" + hex2(static_cast<unsigned>(up), true) + ";";
                default:
                    return std::string(1, c);
            }
        case Context::url:
        case Context::name:
            switch (in.pick(4)) {
                case 1:
                    return std::string(1, up);
                case 2:
                    return "%" + hex2(u, in.coin());
                default:
                    return std::string(1, c);
            }
        case Context::json:
            switch (in.pick(4)) {
                case 1:
                    return std::string(1, up);
                case 2:
                    return "\\u00" + hex2(u, in.coin());
                default:
                    return std::string(1, c);
            }
    }
    return std::string(1, c);
}

// The space between two words of the phrase.
std::string space(Choices& in, Context where) {
    switch (where) {
        case Context::html_text: {
            static const char* const k[] = {" ",      "\n",     "  ",
                                            "&nbsp;", "&#160;", "&#32;",
                                            " <em>",  "</em> ", "<a href=\"../x/\"> ",
                                            " </a>",  "\t",     "<strong> </strong>"};
            return in.one_of(k);
        }
        case Context::attribute: {
            static const char* const k[] = {" ", "&#32;", "&nbsp;", "&#xA0;"};
            return in.one_of(k);
        }
        case Context::svg: {
            static const char* const k[] = {" ", "</tspan> <tspan x=\"0\">", "\n", "&#160;"};
            return in.one_of(k);
        }
        case Context::url: {
            static const char* const k[] = {"+", "%20", "-", "/"};
            return in.one_of(k);
        }
        case Context::name: {
            static const char* const k[] = {"-", "_", "/", "%20"};
            return in.one_of(k);
        }
        case Context::json: {
            static const char* const k[] = {" ",
                                            "\\n",
                                            "\\t",
                                            "\\u0020",
                                            "\\u00a0",
                                            "\\u00A0",
                                            "\\r\\n",
                                            "\\u003cem\\u003e ",
                                            " \\u003c/em\\u003e"};
            return in.one_of(k);
        }
    }
    return " ";
}

std::string encode_phrase(Choices& in, Context where) {
    std::string out;
    for (const char* p = kPhrase; *p; ++p)
        out += *p == ' ' ? space(in, where) : letter(in, *p, where);
    return out;
}

// Text from the bytes that cannot open a tag or an escape.
std::string filler(Choices& in) {
    std::string s;
    const std::size_t n = in.pick(40);
    for (std::size_t i = 0; i < n && !in.empty(); ++i) {
        char c = static_cast<char>(in.byte());
        if (c == '<' || c == '>' || c == '&' || c == '%' || c == '+' || c == '\\') c = ' ';
        s += c;
    }
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // 1. The bytes as an output file.
    const std::string_view raw(reinterpret_cast<const char*>(data), size);
    (void)decode_for_audit(raw);
    (void)audit_file("page/index.html", std::string(raw), canaries());

    // 2. The withheld phrase, encoded, between harmless text.
    Choices in(data, size);
    const auto where = static_cast<Context>(in.pick(6));
    const std::string phrase = encode_phrase(in, where);
    std::string path = "reports/index.html";
    std::vector<std::string> parts = {"<!DOCTYPE html><main><p>" + filler(in) + "</p>\n", "",
                                      "<p>" + filler(in) + "</p></main>\n"};
    switch (where) {
        case Context::html_text:
            parts[1] = "<p>" + phrase + "</p>\n";
            break;
        case Context::attribute:
            parts[1] = "<img alt=\"" + phrase + "\" src=\"x.png\">\n";
            break;
        case Context::url:
            parts[1] = "<a href=\"../search/?q=" + phrase + "\">search</a>\n";
            break;
        case Context::svg:
            parts[1] = "<svg><text x=\"0\"><tspan x=\"0\">" + phrase + "</tspan></text></svg>\n";
            break;
        case Context::json:
            path = "data/report.json";
            parts = {"{\"a\":\"" + filler(in) + "\",\n", "\"t\":\"" + phrase + "\",\n",
                     "\"b\":\"" + filler(in) + "\"}\n"};
            break;
        case Context::name:
            path = "reports/" + phrase + "/index.html";
            parts[1] = "<p>A report.</p>\n";
            break;
    }
    const std::string file = parts[0] + parts[1] + parts[2];
    if (audit_file(path, file, canaries()).empty())
        fuzz::property_failed("the audit missed the withheld phrase in " + path, file);
    return 0;
}
