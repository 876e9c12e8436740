// Micro-benchmarks of portal's per-page hot paths (Google Benchmark), on the
// same synthetic pages as the corpus of bench/run (bench/corpus/synthetic.hpp):
//
//   BM_FrontMatter      split and parse a page's YAML front matter
//   BM_MarkdownToHtml   a page's Markdown to HTML (cmark-gfm + portal's link and heading pass)
//   BM_LayoutPage       kainjow Mustache: layouts/page.mustache with a typical view
//   BM_LayoutPageLayoutContext  the same, rendered as portal's Theme renders it:
//                       names looked up through portal::LayoutContext, text appended
//                       to one string (kainjow's render(data) goes through an
//                       ostringstream and splits dotted names with a stringstream)
//   BM_LayoutPageBase   what portal renders per page: a fresh view, then page and base
//                       through portal's Theme (partials written in once, names
//                       looked up by LayoutContext), nav and the asset lambda
//   BM_Redact           `::: PROTECT` regions of a page under the site's marking policy
//   BM_LeakAudit        the leak audit of a 30 KB HTML file against the canaries of
//                       1,250 withheld regions (as many as a 10,000-page corpus has)
//
// Each reports bytes/s over the input it processes. Run by bench/run at the end,
// or alone: build/release/bench/portal_micro_bench --benchmark_min_time=0.2

#include <benchmark/benchmark.h>
#include <kainjow/mustache.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "../corpus/synthetic.hpp"
#include "core/canary.hpp"
#include "core/diagnostics.hpp"
#include "core/text.hpp"
#include "load/markdown_document.hpp"
#include "redact/markdown_regions.hpp"
#include "redact/marking_policy.hpp"
#include "render/layout_context.hpp"
#include "render/page_html.hpp"
#include "render/theme.hpp"
#include "validate/site_config.hpp"
#include "write/leak_audit.hpp"

namespace {

namespace mustache = kainjow::mustache;
using portal_corpus::Rng;

constexpr std::size_t kCorpusPages = 10000;

std::string read_text(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

std::string layout(const std::string& name) {
    return read_text(std::string(PORTAL_SOURCE_DIR) + "/layouts/" + name);
}

// Page i of the 10,000-page corpus, exactly as portal_corpus writes it.
const portal_corpus::Page& corpus_page(std::size_t i) {
    static std::map<std::size_t, portal_corpus::Page> pages;
    auto it = pages.find(i);
    if (it != pages.end()) return it->second;
    // The generator is sequential: replay it up to page i.
    Rng r(20110201);
    portal_corpus::Page pg;
    for (std::size_t k = 0; k <= i; ++k) pg = portal_corpus::make_page(r, k, kCorpusPages);
    return pages.emplace(i, std::move(pg)).first->second;
}

constexpr std::size_t kPlainPage = 12;    // no region
constexpr std::size_t kProtectPage = 11;  // i % 8 == 3: has a PROTECT region

portal::MarkdownDocument parsed(std::size_t i) {
    const auto& pg = corpus_page(i);
    portal::MarkdownDocument doc;
    doc.path = "content/" + pg.rel;
    doc.rel = pg.rel;
    doc.text = pg.text;
    portal::Diagnostics diags;
    portal::parse_markdown_document(doc, diags);
    return doc;
}

// Every page url of the corpus, as the render stage sees them.
struct Urls {
    std::set<std::string> urls;
    std::map<std::string, std::string> source_urls;
    std::map<std::string, std::string> assets;
    Urls() {
        urls.insert("");
        source_urls["index.md"] = "";
        for (std::size_t i = 0; i < kCorpusPages; ++i) {
            std::string url =
                portal_corpus::section_of(i) + "/" + portal_corpus::page_name(i) + "/";
            urls.insert(url);
            std::string rel = url;
            rel.back() = '.';  // "s000/page-00012/" -> "s000/page-00012.md"
            rel += "md";
            source_urls[rel] = url;
        }
        assets["assets/css/site.css"] = "assets/css/site.0123456789ab.css";
        assets["assets/images/favicon.svg"] = "assets/images/favicon.0123456789ab.svg";
    }
};
const Urls& urls() {
    static Urls u;
    return u;
}

portal::LinkContext context_for(std::size_t i) {
    const auto& u = urls();
    std::string rel = corpus_page(i).rel;
    portal::LinkContext ctx;
    ctx.page_url = rel.substr(0, rel.size() - 3) + "/";
    ctx.page_rel = rel;
    ctx.urls = &u.urls;
    ctx.source_urls = &u.source_urls;
    ctx.assets = &u.assets;
    return ctx;
}

portal::SiteConfig site_config() {
    portal::SiteConfig c;
    c.title = "Synthetic Community Safety Partnership";
    c.base_url = "https://www.example.gov.uk/community-safety/";
    for (const char* l : {"NOT PROTECTIVELY MARKED", "OFFICIAL"})
        c.publishable.push_back({l, {"site.json", 1, 1}});
    for (const char* l : {"PROTECT", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET",
                          "OFFICIAL-SENSITIVE", "EXEMPT"})
        c.withheld.push_back({l, {"site.json", 1, 1}});
    return c;
}

// ------------------------------------------------------------------ front matter

void BM_FrontMatter(benchmark::State& state) {
    const auto& pg = corpus_page(kPlainPage);
    for (auto _ : state) {
        portal::MarkdownDocument doc;
        doc.path = "content/" + pg.rel;
        doc.rel = pg.rel;
        doc.text = pg.text;
        portal::Diagnostics diags;
        bool ok = portal::parse_markdown_document(doc, diags);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(doc.body.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * pg.text.size()));
}
BENCHMARK(BM_FrontMatter);

// ------------------------------------------------------------------ Markdown

void BM_MarkdownToHtml(benchmark::State& state) {
    const auto doc = parsed(kPlainPage);
    const auto ctx = context_for(kPlainPage);
    for (auto _ : state) {
        portal::PageHtml html = portal::markdown_to_page_html(doc.body, ctx);
        benchmark::DoNotOptimize(html.html.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.body.size()));
}
BENCHMARK(BM_MarkdownToHtml);

// ------------------------------------------------------------------ layouts

std::string escape(const std::string& s) {
    return portal::html_escape(s);
}

mustache::data page_view(const std::string& content) {
    mustache::data page{mustache::data::type::object};
    page.set("title", "Burglary of homes review 00012");
    page.set("date", "2009-06-14");
    page.set("summary",
             "The partnership reviewed the burglary task group's work over the quarter and agreed "
             "next steps.");
    mustache::data site{mustache::data::type::object};
    site.set("title", "Synthetic Community Safety Partnership");
    site.set("language", "en-GB");
    site.set("licence_name", "Open Government Licence v3.0");
    site.set("licence_url",
             "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    mustache::data nav{mustache::data::type::list};
    for (const char* t : {"Plans", "Performance", "Statistics", "Open data", "Search"}) {
        mustache::data item{mustache::data::type::object};
        item.set("title", t);
        item.set("href", std::string("../../") + t + "/index.html");
        item.set("current", false);
        nav.push_back(item);
    }
    mustache::data d{mustache::data::type::object};
    d.set("page", page);
    d.set("site", site);
    d.set("nav", nav);
    d.set("has_nav", true);
    d.set("home_href", "../../index.html");
    d.set("canonical", "https://www.example.gov.uk/community-safety/s000/page-00012/");
    d.set("feed_href", "../../feed.xml");
    d.set("content", content);
    return d;
}

void BM_LayoutPage(benchmark::State& state) {
    const auto doc = parsed(kPlainPage);
    const std::string content =
        portal::markdown_to_page_html(doc.body, context_for(kPlainPage)).html;
    mustache::mustache tpl(layout("page.mustache"));  // parsed once, as portal does
    tpl.set_custom_escape(escape);
    mustache::data d = page_view(content);
    std::size_t out = 0;
    for (auto _ : state) {
        std::string html = tpl.render(d);
        out = html.size();
        benchmark::DoNotOptimize(html.data());
    }
    if (!tpl.error_message().empty()) state.SkipWithError(tpl.error_message().c_str());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * out));
}
BENCHMARK(BM_LayoutPage);

void BM_LayoutPageLayoutContext(benchmark::State& state) {
    const auto doc = parsed(kPlainPage);
    const std::string content =
        portal::markdown_to_page_html(doc.body, context_for(kPlainPage)).html;
    mustache::mustache tpl(layout("page.mustache"));
    tpl.set_custom_escape(escape);
    mustache::data d = page_view(content);
    std::size_t out = 0;
    for (auto _ : state) {
        std::string html = portal::render_layout(tpl, d);
        out = html.size();
        benchmark::DoNotOptimize(html.data());
    }
    if (!tpl.error_message().empty()) state.SkipWithError(tpl.error_message().c_str());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * out));
}
BENCHMARK(BM_LayoutPageLayoutContext);

void BM_LayoutPageBase(benchmark::State& state) {
    // portal's own Theme, loaded from the repository's layouts as a build loads
    // them (partials written into the layouts once), rendered as PageRenderer
    // renders a page: its layout, then base with the result as "body".
    const auto doc = parsed(kPlainPage);
    const std::string content =
        portal::markdown_to_page_html(doc.body, context_for(kPlainPage)).html;
    std::map<std::string, portal::TextFile> layouts, partials;
    for (const char* name : {"page", "base"})
        layouts.emplace(name,
                        portal::TextFile{name, name, layout(std::string(name) + ".mustache")});
    for (const char* name : {"header", "footer"})
        partials.emplace(
            name,
            portal::TextFile{name, name, layout(std::string("partials/") + name + ".mustache")});
    const portal::Theme theme(layouts, partials);
    portal::Diagnostics diags;
    std::size_t out = 0;
    for (auto _ : state) {
        mustache::data d = page_view(content);  // a fresh view per page, as portal builds one
        d.set("asset", mustache::lambda{[](const std::string& logical) {
                  return "../../assets/" + portal::trim(logical);
              }});
        std::string inner = theme.render("page", d, "bench", diags);
        d.set("body", inner);
        std::string html = theme.render("base", d, "bench", diags);
        out = html.size();
        benchmark::DoNotOptimize(html.data());
    }
    if (diags.has_errors()) state.SkipWithError("the theme reported an error");
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * out));
}
BENCHMARK(BM_LayoutPageBase);

// ------------------------------------------------------------------ redaction

void BM_Redact(benchmark::State& state) {
    const auto doc = parsed(kProtectPage);
    const portal::SiteConfig config = site_config();
    portal::Diagnostics policy_diags;
    const portal::MarkingPolicy policy(config, policy_diags);
    std::size_t withheld = 0;
    for (auto _ : state) {
        portal::Diagnostics diags;
        portal::RegionResult r = portal::apply_regions(
            doc.body,
            [&](int line) {
                return portal::SourcePos{doc.path, doc.body_line + line - 1, 1};
            },
            policy, diags);
        withheld = r.withheld.size();
        benchmark::DoNotOptimize(r.public_markdown.data());
    }
    if (withheld == 0) state.SkipWithError("the page has no withheld region");
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.body.size()));
}
BENCHMARK(BM_Redact);

// ------------------------------------------------------------------ leak audit

struct AuditInput {
    std::string html;
    portal::CanarySet canaries;
};

const AuditInput& audit_input() {
    static const AuditInput input = [] {
        AuditInput in;
        // Canaries as a 10,000-page corpus has them: one PROTECT region in every
        // eighth page (1,250), judged against the public text of 1,000 pages.
        portal::CanaryBuilder builder;
        const portal::SiteConfig config = site_config();
        portal::Diagnostics diags;
        const portal::MarkingPolicy policy(config, diags);
        Rng r(20110201);
        for (std::size_t i = 0; i < kCorpusPages; ++i) {
            portal_corpus::Page pg = portal_corpus::make_page(r, i, kCorpusPages);
            if (!pg.protect && i >= 1000) continue;
            portal::MarkdownDocument doc;
            doc.path = "content/" + pg.rel;
            doc.rel = pg.rel;
            doc.text = pg.text;
            portal::parse_markdown_document(doc, diags);
            portal::RegionResult res = portal::apply_regions(
                doc.body,
                [&](int line) {
                    return portal::SourcePos{doc.path, doc.body_line + line - 1, 1};
                },
                policy, diags);
            for (const auto& w : res.withheld)
                builder.add_withheld(w.text, doc.path + ":" + std::to_string(w.first_line));
            if (i < 1000) builder.add_public(res.public_markdown);
        }
        in.canaries = builder.build();
        // A 30 KB page: the site's chrome around the HTML of several public pages.
        in.html =
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Synthetic &ndash; page</title>\n</head>\n<body>\n<main id=\"main\">\n";
        for (std::size_t i = 0; in.html.size() < 30 * 1024; ++i) {
            if (i % 8 == 3) continue;
            const auto doc = parsed(i);
            in.html += portal::markdown_to_page_html(doc.body, context_for(i)).html;
        }
        in.html += "</main>\n</body>\n</html>\n";
        return in;
    }();
    return input;
}

void BM_LeakAudit(benchmark::State& state) {
    const AuditInput& in = audit_input();
    std::size_t hits = 0;
    for (auto _ : state) {
        auto h = portal::audit_file("s000/page-00012/index.html", in.html, in.canaries);
        hits = h.size();
        benchmark::DoNotOptimize(h.data());
    }
    if (hits) state.SkipWithError("the audit found a leak in public text");
    state.counters["canaries"] = static_cast<double>(in.canaries.size());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * in.html.size()));
}
BENCHMARK(BM_LeakAudit);

}  // namespace

BENCHMARK_MAIN();
