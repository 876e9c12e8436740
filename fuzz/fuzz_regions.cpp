// fuzz/fuzz_regions.cpp — `::: LABEL` ... `:::` regions (portal::apply_regions),
// under a policy that publishes OFFICIAL and withholds PROTECT.
//
// Each input is used twice:
//  1. as it is, as a page body: apply_regions and has_region_marker must not
//     crash or trip a sanitizer;
//  2. as choices that build a page from building blocks (markdown_gen.hpp),
//     with a canary word in every place that the documented rules withhold.
//     Property: when apply_regions says ok and reported no error, no canary is
//     in public_markdown ("withheld or refused, never misread"); except for
//     markers with look-alike characters, which the census refuses (below).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "fuzz_policy.hpp"
#include "markdown_gen.hpp"
#include "redact/markdown_regions.hpp"
#include "redact/marking_policy.hpp"

namespace {

using namespace portal;

using portal::fuzz::policy;

SourcePos locate(int line) {
    return SourcePos{"content/page.md", line, 1};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // 1. The bytes as a page body.
    const std::string raw(reinterpret_cast<const char*>(data), size);
    {
        Diagnostics diags;
        RegionResult r = apply_regions(raw, locate, policy(), diags);
        (void)has_region_marker(raw);
        (void)has_region_marker(r.public_markdown);
    }

    // 2. A page built from the bytes, canaries in every withheld place.
    fuzz::Choices in(data, size);
    fuzz::CanaryWords canaries;
    fuzz::Features features;
    fuzz::MarkdownGen gen(in, canaries, features);
    const std::string text = gen.text(false);
    Diagnostics diags;
    RegionResult r = apply_regions(text, locate, policy(), diags);
    if (!r.ok || diags.has_errors() || canaries.count() == 0) return 0;
    // Markers written with look-alike characters (U+00A0 before the colons,
    // full-width colons) are not apply_regions' to find: portal's design leaves
    // them to the marking census (core/marking_census.hpp), which refuses what
    // the structured parse did not read; fuzz_site checks that end to end.
    if (features.has("nbsp-marker") || features.has("fullwidth-marker")) return 0;
    const std::string pub = fuzz::lower(r.public_markdown);
    const std::size_t at = pub.find(fuzz::kCanaryStem);
    if (at != std::string::npos) {
        const std::size_t end = pub.find_first_not_of("abcdefghijklmnopqrstuvwxyz", at);
        fuzz::property_failed("apply_regions said ok, yet withheld word '" +
                                  pub.substr(at, end - at) +
                                  "' is in public_markdown (features: " + features.used() +
                                  ")\n--- public_markdown ---\n" + r.public_markdown,
                              text);
    }
    return 0;
}
