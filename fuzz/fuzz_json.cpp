// fuzz/fuzz_json.cpp — the JSON loader (portal::parse_json_document): nlohmann's
// parse, then portal's own walk that records every value's offset under its
// JSON pointer and finds keys written twice.
//
// No crash, no sanitizer report, no exception; and when the file is accepted,
// every recorded pointer has a position inside the file and a readable path.
// When it is refused (load/json_syntax), the error stands inside the file, and
// in a file with markings the line it shows has no word of the file's but
// plain keys ("progress":), numbers, true, false and null.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "load/json_document.hpp"

namespace {

// What a plain key is written with (load/json_syntax shows such keys).
constexpr const char* kKeyChars =
    "_-$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

// A word of the excerpt's line (letters) is shown only as a plain key, that is
// in quotes and followed by a colon, or as true, false or null.
void check_words_hidden(const std::string& message, const std::string& text) {
    const auto newline = message.find('\n');
    if (newline == std::string::npos) return;
    const std::string shown =
        message.substr(newline + 1, message.find('\n', newline + 1) - newline);
    for (std::size_t i = 0; i < shown.size();) {
        if (!std::isalpha(static_cast<unsigned char>(shown[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < shown.size() && std::isalnum(static_cast<unsigned char>(shown[j]))) ++j;
        const std::string word = shown.substr(i, j - i);
        const std::size_t after = shown.find_first_not_of(kKeyChars, j);
        const std::size_t before = shown.find_last_not_of(kKeyChars, i);
        // Its colon may be past the window a long line is cut to ("…" at the end).
        const std::size_t next =
            after == std::string::npos ? after : shown.find_first_not_of(" \t", after + 1);
        const bool key = before != std::string::npos && shown[before] == '"' &&
                         after != std::string::npos && shown[after] == '"' &&
                         (next == std::string::npos || shown[next] == ':' ||
                          shown.compare(next, std::string("…").size(), "…") == 0);
        // A run of letters just after a digit is a number's exponent (1e5).
        const bool number = i > 0 && std::isdigit(static_cast<unsigned char>(shown[i - 1]));
        const bool literal = word == "true" || word == "false" || word == "null";
        if (!key && !literal && !number)
            portal::fuzz::property_failed(
                "a word of a file with markings shown in an error: '" + word + "' in: " + message,
                text);
        i = after == std::string::npos ? shown.size() : after;
    }
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
        for (const auto& d : diags.all())
            if (d.pos.line < 1 || d.pos.column < 0)
                fuzz::property_failed("an error with no place: " + d.str(), doc.text);
        // The same file as one with markings in it.
        JsonDocument marked;
        marked.path = doc.path;
        marked.rel = doc.rel;
        marked.text = doc.text;
        marked.census.push_back(MarkingSighting{});
        Diagnostics again;
        if (!parse_json_document(marked, again))
            for (const auto& d : again.all()) check_words_hidden(d.message, doc.text);
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
