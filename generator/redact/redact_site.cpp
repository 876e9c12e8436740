// redact/redact_site.cpp — the one pass that turns the board's documents into
// the public ones.
#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include "core/generated_text.hpp"
#include "core/markdown.hpp"
#include "core/marking_ledger.hpp"
#include "core/money.hpp"
#include "core/parallel.hpp"
#include "core/site_addresses.hpp"
#include "redact/canary_text.hpp"
#include "redact/collateral_figures.hpp"
#include "redact/csv_redaction.hpp"
#include "redact/data_redaction.hpp"
#include "redact/json_redaction.hpp"
#include "redact/markdown_regions.hpp"
#include "redact/marking_policy.hpp"
#include "redact/named_addresses.hpp"
#include "redact/page_redaction.hpp"
#include "redact/public_site.hpp"
#include "redact/withheld_attachments.hpp"
#include "validate/data_checks.hpp"
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
    // Nav titles are public words; nav URLs are not added: one may name a withheld
    // page, whose address must stay a canary.
    for (const auto& n : c.nav) canaries.add_public(n.title);
    // Status scales: the built-in ones' words and the site's own (portal
    // shows them on every report, whatever a withheld text says).
    for (const auto& scale : c.status_scales) {
        canaries.add_public(scale.name);
        canaries.add_public(scale.words);
        for (const auto& st : scale.statuses) canaries.add_public(st.word);
    }
    for (const auto& l : c.publishable) canaries.add_public(l.text);
    for (const auto& l : c.withheld) canaries.add_public(l.text);
}

// Each page redacted on every core.
std::vector<PageRedaction> redact_each_page(const ValidatedSite& site,
                                            const MarkingPolicy& policy) {
    std::vector<PageRedaction> redacted(site.pages.size());
    parallel_for(site.pages.size(),
                 [&](std::size_t i) { redacted[i] = redact_page(site.pages[i], policy); });
    return redacted;
}

// The addresses of the pages data withheld whole would have made: a page
// written for that address (an introduction to a plan, a statistics page's
// text) is withheld with its data, as whatever refers to something withheld
// is (red team 19, B13: it was published, and with it the data's name in its
// address, the sitemap, the A to Z and the search index).
std::set<std::string> addresses_of_withheld_data(const ValidatedSite& site, const PublicSite& out) {
    std::set<std::string> published, withheld;
    for (const auto& d : out.data) published.insert(d.rel);
    for (const auto& doc : site.data) {
        if (published.count(doc.rel)) continue;
        const std::string kind = data_kind(doc.rel), stem = data_stem(doc.rel);
        withheld.insert(data_page_url(kind, stem));
        if (kind == "plans") withheld.insert(milestones_url(stem));
    }
    return withheld;
}

// Whether a page's address is one withheld whole, or lies under one (its
// folder's name is the withheld page's or data's: "quokka-briefing/annex-a/"
// under a withheld "quokka-briefing/"; red team 21, C01).
bool at_or_under(const std::string& url, const std::set<std::string>& withheld) {
    if (withheld.count(url)) return true;
    for (std::size_t slash = url.find('/'); slash != std::string::npos && slash + 1 < url.size();
         slash = url.find('/', slash + 1))
        if (withheld.count(url.substr(0, slash + 1))) return true;
    return false;
}

// The pages' logs, canaries and public pages, taken in page order, so the
// result does not depend on the thread count; each page's log goes before
// the data's, as the pages are read first. A page at or under the address
// of data or a page withheld whole is withheld whole with it.
void take_pages(std::vector<PageRedaction>& redacted, const std::set<std::string>& withheld_data,
                PublicSite& out, CanaryBuilder& canaries, WithheldFigures& figures,
                Diagnostics& diags) {
    using Kind = CanaryText::Kind;
    std::vector<RedactionEntry> log;
    out.pages.reserve(redacted.size());
    for (auto& r : redacted) {
        diags.merge(std::move(r.diags));
        if (r.page && at_or_under(r.page->url, withheld_data)) {
            const std::string loc =
                "a page at the address of data withheld whole (its name is withheld too: "
                "`portal check --list-withheld` names it)";
            for (auto& c : r.canaries)
                if (c.kind == Kind::public_text) c = {Kind::withheld, c.text, loc};
            r.canaries.push_back({Kind::withheld_blocks, r.page->markdown, loc});
            r.log.push_back({SourcePos{r.page->path, 1, 1}, "page (its data is withheld)", ""});
            r.withheld_spans.push_back({r.page->path, 1, kWholeFile});
            r.page.reset();
        }
        for (auto& e : r.log) log.push_back(std::move(e));
        for (auto& w : r.withheld_spans) out.withheld_spans.push_back(std::move(w));
        add_canaries(canaries, r.canaries);
        for (const auto& c : r.canaries)
            if (c.kind != Kind::public_text) note_figures_in_withheld_text(c.text, figures);
        if (r.page) out.pages.push_back(std::move(*r.page));
    }
    out.log.insert(out.log.begin(), std::make_move_iterator(log.begin()),
                   std::make_move_iterator(log.end()));
}

// Plans first: a report's entries for what its plan withholds go with them.
void redact_data(ValidatedSite& site, const MarkingPolicy& policy, PublicSite& out,
                 CanaryBuilder& canaries, WithheldFigures& figures, Diagnostics& diags) {
    std::vector<const JsonDocument*> order;
    for (const auto& doc : site.data) order.push_back(&doc);
    std::stable_partition(order.begin(), order.end(),
                          [](const JsonDocument* d) { return data_kind(d->rel) == "plans"; });
    std::map<std::string, PublicPlanParts> plans;
    std::map<std::string, PublicPlanParts> board_plans;
    for (const auto& doc : site.data)
        if (data_kind(doc.rel) == "plans")
            board_plans[data_stem(doc.rel)] = public_parts_of(doc.value);
    DataRedaction ctx{policy, canaries,           out.log,     diags,
                      plans,  out.withheld_spans, board_plans, &figures};
    for (const JsonDocument* doc : order) {
        auto pub = redact_data_document(*doc, ctx);
        if (!pub) continue;
        if (data_kind(doc->rel) == "plans")
            plans[data_stem(doc->rel)] = public_parts_of(pub->value);
        out.data.push_back(std::move(*pub));
    }
    // Back to the order of the files, which later stages rely on.
    std::sort(out.data.begin(), out.data.end(),
              [](const PublicData& a, const PublicData& b) { return a.rel < b.rel; });
    for (const auto& d : out.data)
        for_each_text(d.value, [&](const std::string& t) {
            canaries.add_public(without_link_destinations(t));
        });
}

// The figures of the board's funding papers that redact withheld behind a
// marking (a fund's available, stated total or stated remaining, or a fund
// withheld whole), by year, for collateral_figures.
void withheld_fund_figures(const ValidatedSite& site, const PublicSite& out,
                           WithheldFigures& withheld) {
    auto money_of = [](const Json& v) -> std::optional<double> {
        const Json& text = v.is_object() && v.contains("value") ? v["value"] : v;
        if (!text.is_string()) return std::nullopt;
        if (const auto pence = parse_money(text.get<std::string>()).pence)
            return static_cast<double>(*pence) / 100;
        return std::nullopt;
    };
    auto name_of = [](const Json& fund) {
        const Json& n =
            fund.contains("name") && fund["name"].is_object() && fund["name"].contains("value")
                ? fund["name"]["value"]
                : fund.value("name", Json());
        return n.is_string() ? n.get<std::string>() : std::string();
    };
    for (const auto& doc : site.data) {
        if (doc.rel.rfind("funding/", 0) != 0 || !doc.value.is_object() ||
            !doc.value.contains("funds") || !doc.value["funds"].is_array())
            continue;
        const auto pub = std::find_if(out.data.begin(), out.data.end(),
                                      [&](const PublicData& d) { return d.rel == doc.rel; });
        if (pub == out.data.end() || !pub->value.contains("funds")) continue;  // the year's whole
        auto& figures = withheld.by_year[doc.rel.substr(8, doc.rel.size() - 8 - 5)];
        for (const Json& fund : doc.value["funds"]) {
            if (!fund.is_object()) continue;
            std::optional<std::size_t> at;
            for (std::size_t j = 0; j < pub->value["funds"].size(); ++j)
                if (name_of(pub->value["funds"][j]) == name_of(fund)) at = j;
            for (const char* key : {"available", "stated_total", "stated_remaining"}) {
                if (!fund.contains(key)) continue;
                const bool gone =
                    !at || pub->withheld.count("/funds/" + std::to_string(*at) + "/" + key) > 0;
                if (const auto f = money_of(fund[key]); f && gone) figures.push_back(*f);
            }
        }
    }
}

// Funding tables, after the year's funds: a withheld fund takes its rows with it.
void redact_tables(ValidatedSite& site, const MarkingPolicy& policy, PublicSite& out,
                   CanaryBuilder& canaries, WithheldFigures& withheld, Diagnostics& diags) {
    std::map<std::string, std::set<std::string>> public_funds;  // year -> fund names
    std::map<std::string, std::set<std::string>> board_funds;   // the same, before redaction
    for (const auto& d : site.data) {
        if (d.rel.rfind("funding/", 0) != 0 || !d.value.contains("funds") ||
            !d.value["funds"].is_array())
            continue;
        for (const auto& f : d.value["funds"])
            if (f.is_object() && f.contains("name") && f["name"].is_string())
                board_funds[d.rel.substr(8, d.rel.size() - 8 - 5)].insert(
                    f["name"].get<std::string>());
    }
    for (const auto& d : out.data) {
        if (d.rel.rfind("funding/", 0) != 0 || !d.value.contains("funds")) continue;
        std::string year = d.rel.substr(8, d.rel.size() - 8 - 5);
        auto& names = public_funds[year];
        for (const auto& f : d.value["funds"])
            if (f.contains("name") && f["name"].is_string())
                names.insert(f["name"].get<std::string>());
    }
    for (const auto& doc : site.csv) {
        std::string year = doc.rel.substr(doc.rel.rfind('/') + 1);
        year = year.substr(0, year.rfind('.'));
        auto funds = public_funds.find(year);
        auto on_withheld = [&](const CsvWithheld& w) {
            out.log.push_back({w.pos, w.what, w.label.empty() ? "with its fund" : w.label});
            withheld.by_year[year].insert(withheld.by_year[year].end(), w.amounts.begin(),
                                          w.amounts.end());
            // A row whose fund the year does not have at all is an error (validate
            // said so), not a withheld row: its message may name the fund, unless
            // the row has a marking of its own (it may withhold that very cell).
            if (!w.fund.empty() && !w.marked && !board_funds[year].count(w.fund)) return;
            out.withheld_spans.push_back({doc.path, w.pos.line, w.last_line});
            for (const auto& t : w.texts)
                canaries.add_withheld(t, w.pos.str() + " (" + w.what + ")");
        };
        if (funds == public_funds.end()) {
            // The whole funding year is withheld (or never existed): every row goes.
            out.withheld_spans.push_back({doc.path, 1, kWholeFile});
            for (std::size_t r = 1; r < doc.rows.size(); ++r) {
                std::vector<std::string> texts;
                for (const auto& c : doc.rows[r]) texts.push_back(c.text);
                on_withheld({SourcePos{doc.path, doc.rows[r].front().line, 1},
                             "row " + std::to_string(r + 1) + " (its year is withheld)",
                             "",
                             texts,
                             doc.rows[r].back().line,
                             "",
                             false,
                             {}});
            }
            continue;
        }
        MarkingLedger ledger;
        auto table = redact_csv(doc, policy, &funds->second, on_withheld, diags, &ledger);
        // A table that failed was reported, and publishes nothing: the census
        // speaks only of what would otherwise be published.
        if (!table) continue;
        if (!ledger.reconcile(doc.census, doc.path, LedgerFile::table, diags)) {
            // Messages quoting a table with a marking its parse did not read
            // are quieted (page_redaction says why).
            out.withheld_spans.push_back({doc.path, 1, kWholeFile, /*refused=*/true});
            continue;
        }
        for (const auto& row : table->rows)
            for (const auto& c : row) canaries.add_public(c.text);
        out.tables.push_back(std::move(*table));
    }
}

// Words portal writes by itself from public data are public too.
void add_generated_text(const PublicSite& out, CanaryBuilder& canaries) {
    for (const auto& phrase : fixed_phrases()) canaries.add_public(phrase);
    for (const auto& d : out.data) {
        const Json& v = d.value;
        if (v.contains("financial_year") && v["financial_year"].is_string()) {
            std::string fy = v["financial_year"];
            canaries.add_public(funding_title(fy));
            if (v.contains("quarter") && v["quarter"].is_number_integer())
                canaries.add_public(report_title(fy, v["quarter"].get<int>()));
        }
        if (v.contains("priorities") && v["priorities"].is_array())
            for (const auto& p : v["priorities"]) {
                if (!p.is_object() || !p.contains("number") || !p["number"].is_number_integer())
                    continue;
                const int n = p["number"].get<int>();
                canaries.add_public(priority_label(n));
                if (p.contains("title") && p["title"].is_string())
                    canaries.add_public(priority_heading(n, p["title"].get<std::string>()));
            }
    }
}

}  // namespace

PublicSite redact_site(ValidatedSite&& site, Diagnostics& diags) {
    PublicSite out;
    const MarkingPolicy policy(site.config, diags);
    CanaryBuilder canaries;
    add_config_text(site.config, canaries);
    std::vector<PageRedaction> pages = redact_each_page(site, policy);
    WithheldFigures withheld;
    redact_data(site, policy, out, canaries, withheld, diags);
    withheld_fund_figures(site, out, withheld);
    redact_tables(site, policy, out, canaries, withheld, diags);
    std::set<std::string> withheld_addresses = addresses_of_withheld_data(site, out);
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (!pages[i].page && !pages[i].diags.has_errors() && !site.pages[i].url.empty())
            withheld_addresses.insert(site.pages[i].url);
    take_pages(pages, withheld_addresses, out, canaries, withheld, diags);
    add_generated_text(out, canaries);
    // (site.json's texts are public text too: the checks read them there.)
    out.config = std::move(site.config);
    // A data file's value by pointer, read where its document was loaded.
    const DataPlace place = [&site](const PublicData& d, const std::string& pointer) {
        for (const JsonDocument& doc : site.data)
            if (doc.path == d.path) return doc.pos(pointer);
        return SourcePos{d.path};
    };
    refuse_restated_collateral(out, withheld, place, diags);
    refuse_restated_statistics(out, withheld, place, diags);
    refuse_restated_text_figures(out, withheld, place, diags);
    refuse_named_withheld_addresses(out, withheld_addresses, site.layouts, site.partials, diags);
    refuse_attachments_of_withheld_text(site, out, diags);

    // The theme is public by definition: its words are never canaries. Not so
    // the files of assets/, which are copied as they are: counted as public,
    // their text would switch the audit off for every word of it.
    for (const auto& [name, f] : site.layouts) canaries.add_public(f.text);
    for (const auto& [name, f] : site.partials) canaries.add_public(f.text);
    // A marking has no place in a file copied as it is, nor in a layout.
    const MarkingLedger nothing_recognised;
    for (const auto* files : {&site.layouts, &site.partials})
        for (const auto& [name, f] : *files)
            nothing_recognised.reconcile(f.census, f.path, LedgerFile::layout, diags);
    for (const auto& a : site.assets) {
        nothing_recognised.reconcile(a.census, a.path, LedgerFile::asset, diags);
        if (!a.from_site) canaries.add_public(a.text);
    }

    out.layouts = std::move(site.layouts);
    out.partials = std::move(site.partials);
    out.assets = std::move(site.assets);
    // The board's texts are all redacted: freed before the canaries are built,
    // so that the board's and the public texts are not all held at the peak.
    site.pages = {};
    site.data = {};
    site.csv = {};
    // Each public page's body (without its link addresses, which are not text
    // a reader sees) is made in the workers as it is scanned, not held.
    out.canaries = canaries.build(out.pages.size(), [&out](std::size_t i) {
        return without_link_destinations(out.pages[i].markdown);
    });
    return out;
}

}  // namespace portal
