// fuzz/fuzz_front_matter.cpp — splitting a content file into YAML front matter
// and Markdown body (portal::parse_markdown_document).
//
// Each input is used twice:
//  1. as it is, as a content file: no crash, no sanitizer report, and every
//     node's position can be asked for;
//  2. as choices that build a file whose front matter is valid YAML between
//     `---` lines (block scalars `|` and `>` with indented `---` and `...`
//     lines, quoted multi-line strings, comments, CRLF, a BOM) and ends with a
//     `marking:`. Property: when portal accepts the file and finds front matter,
//     it has every key that YAML itself reads in the block that was written,
//     `marking` included (a `---` inside a YAML scalar must not end the front
//     matter early and publish the page as unmarked).
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "load/markdown_document.hpp"

namespace {

using namespace portal;
using fuzz::Choices;

std::string word(Choices& in) {
    static const char* const kWords[] = {"river",   "patrol", "budget",
                                         "meeting", "parish", "report"};
    return in.one_of(kWords);
}

// A YAML block for front matter, made from the choices, and the file around it.
struct Built {
    std::string yaml;  // what a person wrote between the `---` lines
    std::string file;
};

Built build(Choices& in, fuzz::Features& features) {
    const std::string eol = in.coin() ? "\r\n" : "\n";
    Built b;
    auto line = [&](const std::string& s) { b.yaml += s + eol; };
    line("title: " + word(in) + " " + word(in));
    const bool marking_first = in.one_in(4);
    static const char* const kLabels[] = {"RESTRICTED", "PROTECT",        "OFFICIAL",
                                          "'PROTECT'",  "\"RESTRICTED\"", "protect"};
    const std::string marking = std::string("marking: ") + in.one_of(kLabels);
    if (marking_first) line(marking);
    const std::size_t keys = in.pick(4);
    for (std::size_t k = 0; k < keys; ++k) {
        const std::string key = k == 0 ? "summary" : "note" + std::to_string(k);
        switch (in.pick(6)) {
            case 0:
                line(key + ": " + word(in) + " " + word(in));
                break;
            case 1:
            case 2: {  // a block scalar, its lines indented
                static const char* const kStyles[] = {"|", ">", "|-", ">+", "|2"};
                line(key + ": " + in.one_of(kStyles));
                const std::string ind = in.coin() ? "  " : "    ";
                const std::size_t lines = 1 + in.pick(4);
                line(ind + word(in));  // the first line sets the indentation
                for (std::size_t i = 1; i < lines; ++i) {
                    switch (in.pick(5)) {
                        case 0:
                            features.use("yaml-dashes");
                            line(ind + (in.coin() ? "---" : "..."));
                            break;
                        case 1:
                            line("");
                            break;
                        case 2:
                            line(ind + "  " + word(in) + ": " + word(in));
                            break;
                        default:
                            line(ind + word(in));
                            break;
                    }
                }
                break;
            }
            case 3: {  // a quoted string over several lines
                features.use("yaml-dashes");
                line(key + ": \"" + word(in));
                line("  ---");
                line("  " + word(in) + "\"");
                break;
            }
            case 4:
                line("# " + (in.coin() ? std::string("---") : word(in)));
                break;
            default:
                line(key + ": '" + word(in) + ": " + word(in) + "'");
                break;
        }
    }
    if (in.coin()) line("date: 2011-02-01");
    if (!marking_first) line(marking);
    b.file = (in.one_in(4) ? "\xEF\xBB\xBF" : "") + std::string("---") + eol + b.yaml +
             (in.one_in(4) ? "..." : "---") + eol + word(in) + " " + word(in) + eol;
    return b;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // 1. The bytes as a content file.
    {
        MarkdownDocument doc;
        doc.path = "content/page.md";
        doc.rel = "page.md";
        doc.text.assign(reinterpret_cast<const char*>(data), size);
        Diagnostics diags;
        if (parse_markdown_document(doc, diags) && doc.front.IsMap()) {
            for (const auto& kv : doc.front) {
                (void)doc.pos_of(kv.first);
                (void)doc.pos_of(kv.second);
            }
        }
    }

    // 2. Valid front matter built from the bytes.
    fuzz::Choices in(data, size);
    fuzz::Features features;
    const Built b = build(in, features);
    MarkdownDocument doc;
    doc.path = "content/page.md";
    doc.rel = "page.md";
    doc.text = b.file;
    Diagnostics diags;
    if (!parse_markdown_document(doc, diags) || diags.has_errors() || !doc.front.IsMap()) return 0;
    // The oracle: YAML's own reading of the block as written. (Only the oracle
    // is guarded: a block that yaml-cpp refuses proves nothing either way.)
    YAML::Node meant;
    try {
        meant = YAML::Load(b.yaml);
    } catch (const YAML::Exception&) {
        return 0;
    }
    if (!meant.IsMap()) return 0;
    const YAML::Node& front = doc.front;  // const: looking a key up never adds it
    for (const auto& kv : meant) {
        const std::string key = kv.first.as<std::string>();
        if (!front[key].IsDefined())
            fuzz::property_failed("front matter lost key '" + key +
                                      "' (features: " + features.used() +
                                      "); the body portal kept begins: " + doc.body.substr(0, 200),
                                  b.file);
    }
    return 0;
}
