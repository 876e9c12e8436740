// tests/public_fixtures.hpp — public documents and models for tests of the
// stages after redact, made the only way they can be: the board's text parsed by
// load and redacted by redact (and modelled by model), under the policy of
// temp_site.hpp's site.json. A test writes the markings it wants withheld, as an
// officer would.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/canary.hpp"
#include "core/diagnostics.hpp"
#include "load/json_document.hpp"
#include "load/site_sources.hpp"
#include "model/site_model.hpp"
#include "redact/data_redaction.hpp"
#include "redact/marking_policy.hpp"
#include "redact/public_site.hpp"
#include "temp_site.hpp"
#include "validate/site_config.hpp"
#include "validate/validated_site.hpp"

namespace portal::testing {

inline SiteConfig test_policy() {
    SiteConfig c;
    for (const char* l : {"NOT PROTECTIVELY MARKED", "OFFICIAL"}) c.publishable.push_back({l, {}});
    for (const char* l : {"PROTECT", "RESTRICTED", "OFFICIAL-SENSITIVE"})
        c.withheld.push_back({l, {}});
    return c;
}

// Data files (path relative to data/, JSON text) redacted as a build redacts
// them: plans first, so that reports follow what their plans withhold. Files
// withheld whole are left out; any error fails the test that called it.
inline std::vector<PublicData> public_data(
    const std::vector<std::pair<std::string, std::string>>& files) {
    Diagnostics diags;
    const SiteConfig config = test_policy();
    const MarkingPolicy policy(config, diags);
    CanaryBuilder canaries;
    std::vector<RedactionEntry> log;
    std::vector<WithheldSpan> spans;
    std::vector<JsonDocument> docs;
    for (const auto& [rel, text] : files) {
        JsonDocument doc;
        doc.path = "data/" + rel;
        doc.rel = rel;
        doc.text = text;
        if (parse_json_document(doc, diags)) docs.push_back(std::move(doc));
    }
    std::map<std::string, PublicPlanParts> plans, board_plans;
    auto stem = [](const std::string& rel) {
        const std::string name = rel.substr(rel.rfind('/') + 1);
        return name.substr(0, name.rfind('.'));
    };
    for (const auto& d : docs)
        if (d.rel.rfind("plans/", 0) == 0) board_plans[stem(d.rel)] = public_parts_of(d.value);
    DataRedaction ctx{policy, canaries, log, diags, plans, spans, board_plans};
    std::vector<PublicData> out;
    for (int plans_first = 1; plans_first >= 0; --plans_first)
        for (const auto& d : docs) {
            if ((d.rel.rfind("plans/", 0) == 0) != (plans_first == 1)) continue;
            auto pub = redact_data_document(d, ctx);
            if (!pub) continue;
            if (plans_first) plans[stem(d.rel)] = public_parts_of(pub->value);
            out.push_back(std::move(*pub));
        }
    for (const auto& d : diags.all()) ADD_FAILURE() << d.str();
    return out;
}

// The model of the site in `s`, made by the stages a build runs: load_site,
// validate_site, redact_site, build_model. Any error fails the test that
// called it.
inline SiteModel model_of_site(const TempSite& s) {
    Diagnostics diags;
    SiteModel m = build_model(
        redact_site(validate_site(load_site(s.root().string(), diags), diags), diags), diags);
    for (const auto& d : diags.all())
        if (d.severity == Severity::error) ADD_FAILURE() << d.str();
    return m;
}

}  // namespace portal::testing
