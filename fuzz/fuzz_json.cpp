// fuzz/fuzz_json.cpp — the JSON loader (portal::parse_json_document): nlohmann's
// parse, then portal's own walk that records every value's offset under its
// JSON pointer and finds keys written twice.
//
// No crash, no sanitizer report, no exception; and when the file is accepted,
// every recorded pointer has a position inside the file and a readable path.
// When it is refused (load/json_syntax), the error stands inside the file, and
// the line it shows has no word of the file's: only JSON's punctuation and
// spacing, "…", and true, false and null.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "load/json_document.hpp"

namespace {

// The line an error shows (after " N | "), with "…", true, false and null
// taken out, must hold JSON's punctuation and spacing only.
void check_words_hidden(const std::string& message, const std::string& text) {
    const auto newline = message.find('\n');
    if (newline == std::string::npos) return;
    std::string shown = message.substr(newline + 1, message.find('\n', newline + 1) - newline - 1);
    const auto bar = shown.find(" | ");
    if (bar == std::string::npos) return;
    shown = shown.substr(bar + 3);
    for (const std::string word : {"…", "true", "false", "null"})
        for (auto at = shown.find(word); at != std::string::npos; at = shown.find(word))
            shown.erase(at, word.size());
    if (shown.find_first_not_of("{}[],:\" ") != std::string::npos)
        portal::fuzz::property_failed("a word of the file shown in an error: " + message, text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace portal;
    JsonDocument doc;
    doc.path = "data/statistics/x.json";
    doc.rel = "statistics/x.json";
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    if (!parse_json_document(doc, diags)) {
        for (const auto& d : diags.all()) {
            if (d.pos.line < 1 || d.pos.column < 0)
                fuzz::property_failed("an error with no place: " + d.str(), doc.text);
            check_words_hidden(d.message, doc.text);
        }
        return 0;
    }
    for (const auto& [pointer, offset] : doc.offsets) {
        if (offset > doc.text.size())
            fuzz::property_failed("pointer '" + pointer + "' at offset " + std::to_string(offset) +
                                      ", past the end of the file",
                                  doc.text);
        const SourcePos pos = doc.pos(pointer);
        if (pos.line < 1) fuzz::property_failed("pointer '" + pointer + "' has no line", doc.text);
        (void)pointer_to_path(pointer);
    }
    if (doc.value.is_object())
        for (const auto& item : doc.value.items()) (void)pointer_token(item.key());
    (void)doc.value.dump();
    return 0;
}
