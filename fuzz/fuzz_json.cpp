// fuzz/fuzz_json.cpp — the JSON loader (portal::parse_json_document): nlohmann's
// parse, then portal's own walk that records every value's offset under its
// JSON pointer and finds keys written twice.
//
// No crash, no sanitizer report, no exception; and when the file is accepted,
// every recorded pointer has a position inside the file and a readable path.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "load/json_document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace portal;
    JsonDocument doc;
    doc.path = "data/statistics/x.json";
    doc.rel = "statistics/x.json";
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    if (!parse_json_document(doc, diags)) return 0;
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
