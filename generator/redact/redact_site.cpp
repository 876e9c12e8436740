// redact/redact_site.cpp — the one pass that turns the board's documents into
// the public ones.
#include "redact/csv_redaction.hpp"
#include "redact/json_redaction.hpp"
#include "redact/markdown_regions.hpp"
#include "redact/marking_policy.hpp"
#include "redact/public_site.hpp"

#include <map>
#include <set>
#include "validate/validated_site.hpp"

namespace portal {

namespace {

void add_config_text(const SiteConfig& c, CanaryBuilder& canaries) {
    canaries.add_public(c.title);
    canaries.add_public(c.base_url);
    canaries.add_public(c.licence_name);
    canaries.add_public(c.licence_url);
    canaries.add_public(c.notice);
    canaries.add_public(c.language);
    for (const auto& n : c.nav) {
        canaries.add_public(n.title);
        canaries.add_public(n.url);
    }
    for (const auto& l : c.publishable) canaries.add_public(l.text);
    for (const auto& l : c.withheld) canaries.add_public(l.text);
}

}  // namespace

PublicSite redact_site(ValidatedSite&& site, Diagnostics& diags) {
    PublicSite out;
    const MarkingPolicy policy(site.config, diags);
    CanaryBuilder canaries;
    add_config_text(site.config, canaries);

    for (auto& p : site.pages) {
        const auto& doc = p.doc;
        if (p.front.marking) {
            const MarkingField& m = *p.front.marking;
            if (!m.is_string) {
                diags.error(m.pos, "'marking' must be a label written as text, like PROTECT");
                continue;
            }
            auto verdict = policy.judge(m.text, m.pos, diags);
            if (!verdict) continue;  // error reported; nothing from this page goes on
            if (*verdict == Verdict::withhold) {
                const std::string loc = SourcePos{doc.path, 1, 1}.str() + " (page)";
                out.log.push_back({SourcePos{doc.path, 1, 1}, "page", m.text});
                canaries.add_withheld(p.front.title, loc);
                canaries.add_withheld(p.front.summary, loc);
                canaries.add_withheld(doc.body, loc);
                // The address of a withheld page can itself say what it is about.
                canaries.add_withheld(p.url, loc);
                continue;
            }
        }
        RegionResult regions = apply_regions(doc.body, doc.body_line, doc.path, policy, diags);
        for (const auto& r : regions.withheld) {
            SourcePos pos{doc.path, r.first_line, 1};
            out.log.push_back({pos, "region (lines " + std::to_string(r.first_line) + "-" +
                                        std::to_string(r.last_line) + ")",
                               r.label});
            canaries.add_withheld(r.text, pos.str() + " (marked region)");
        }
        if (!regions.ok) continue;
        PublicPage pub;
        pub.front = p.front;
        pub.front.marking.reset();
        pub.path = doc.path;
        pub.rel = doc.rel;
        pub.url = p.url;
        pub.output = p.output;
        pub.markdown = std::move(regions.public_markdown);
        pub.body_line = doc.body_line;
        pub.lost_content = !regions.withheld.empty();
        canaries.add_public(pub.front.title);
        canaries.add_public(pub.front.summary);
        canaries.add_public(pub.markdown);
        canaries.add_public(pub.url);
        out.pages.push_back(std::move(pub));
    }

    for (auto& doc : site.data) {
        auto on_withheld = [&](const JsonWithheld& w) {
            SourcePos pos = doc.pos(w.pointer);
            std::string path = pointer_to_path(w.pointer);
            out.log.push_back({pos, path.empty() ? "file" : path, w.label});
            const std::string loc = pos.str() + (path.empty() ? " (file)" : " (" + path + ")");
            for_each_text(*w.value, [&](const std::string& t) { canaries.add_withheld(t, loc); });
        };
        JsonRedaction r = redact_json(doc, policy, on_withheld, diags);
        if (!r.ok || r.whole_file) continue;
        for_each_text(r.value, [&](const std::string& t) { canaries.add_public(t); });
        out.data.push_back({doc.path, doc.rel, std::move(r.value), r.lost_content});
    }

    // Funding tables, after the year's funds: a withheld fund takes its rows with it.
    std::map<std::string, std::set<std::string>> public_funds;  // year -> fund names
    for (const auto& d : out.data) {
        if (d.rel.rfind("funding/", 0) != 0 || !d.value.contains("funds")) continue;
        std::string year = d.rel.substr(8, d.rel.size() - 8 - 5);
        auto& names = public_funds[year];
        for (const auto& f : d.value["funds"])
            if (f.contains("name") && f["name"].is_string()) names.insert(f["name"].get<std::string>());
    }
    for (const auto& doc : site.csv) {
        std::string year = doc.rel.substr(doc.rel.rfind('/') + 1);
        year = year.substr(0, year.rfind('.'));
        auto funds = public_funds.find(year);
        auto on_withheld = [&](const CsvWithheld& w) {
            out.log.push_back({w.pos, w.what, w.label.empty() ? "with its fund" : w.label});
            for (const auto& t : w.texts) canaries.add_withheld(t, w.pos.str() + " (" + w.what + ")");
        };
        if (funds == public_funds.end()) {
            // The whole funding year is withheld (or never existed): every row goes.
            for (std::size_t r = 1; r < doc.rows.size(); ++r) {
                std::vector<std::string> texts;
                for (const auto& c : doc.rows[r]) texts.push_back(c.text);
                on_withheld({SourcePos{doc.path, doc.rows[r].front().line, 1}, "row " + std::to_string(r + 1) + " (its year is withheld)", "", texts});
            }
            continue;
        }
        auto table = redact_csv(doc, policy, &funds->second, on_withheld, diags);
        if (!table) continue;
        for (const auto& row : table->rows)
            for (const auto& c : row) canaries.add_public(c.text);
        out.tables.push_back(std::move(*table));
    }

    // The theme is public by definition: its words are never canaries.
    for (const auto& [name, f] : site.layouts) canaries.add_public(f.text);
    for (const auto& [name, f] : site.partials) canaries.add_public(f.text);
    for (const auto& a : site.assets) canaries.add_public(a.text);

    out.config = std::move(site.config);
    out.layouts = std::move(site.layouts);
    out.partials = std::move(site.partials);
    out.assets = std::move(site.assets);
    out.canaries = canaries.build();
    return out;
}

}  // namespace portal
