// portal_corpus — writes a synthetic site for the benchmark (bench/run), twice:
//
//   OUT/portal/  a portal site: site.json, content/ (N Markdown pages), data/
//                (plans, M quarterly reports, M statistics datasets), and the
//                repository's layouts/ and assets/ copied in;
//   OUT/hugo/    a Hugo site with the SAME Markdown files under content/, minimal
//                layouts doing roughly what portal's page layout does, and the
//                same assets under static/;
//   OUT/bodies/  the same pages without their front matter (for cmark-gfm alone).
//
// Everything is pseudo-random from a fixed seed (splitmix64, no <random>
// distributions, whose results differ between standard libraries), so two runs
// with the same arguments write byte-identical corpora on any machine.
//
// Usage: portal_corpus --pages N [--reports M] [--seed S] --repo REPO_ROOT --out DIR
//
// Standard library only.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "synthetic.hpp"

namespace fs = std::filesystem;

namespace {

using namespace portal_corpus;

void write_file(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream f(p, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) {
        std::cerr << "portal_corpus: cannot write " << p << "\n";
        std::exit(1);
    }
}

std::string json_str(const std::string& s) {
    std::string o = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') o += '\\';
        o += c;
    }
    return o + "\"";
}

// ---------------------------------------------------------------- data

struct Plan {
    std::string id;
    std::vector<std::vector<std::string>> milestones;  // per priority
};

constexpr int kPriorities = 3, kActions = 2, kMilestones = 3;

std::string plan_json(Rng& r, const Plan& p, std::size_t n) {
    std::string j = "{\n  \"id\": " + json_str(p.id) + ",\n  \"title\": \"Synthetic plan " +
                    std::to_string(n) + "\",\n  \"period\": {\"from\": \"" +
                    std::to_string(1980 + 5 * n) + "-04-01\", \"to\": \"" +
                    std::to_string(1985 + 5 * n) + "-03-31\"},\n  \"priorities\": [\n";
    for (int pr = 0; pr < kPriorities; ++pr) {
        j += "    {\"number\": " + std::to_string(pr + 1) +
             ", \"title\": " + json_str(r.pick(kTopics)) +
             ",\n     \"why\": " + json_str(sentence(r) + " " + sentence(r)) +
             ", \"what\": " + json_str(sentence(r)) +
             ",\n     \"approach\": " + json_str(sentence(r) + " " + sentence(r)) +
             ", \"measure\": " + json_str(sentence(r)) + ", \"lead_officer\": \"Officer " +
             std::to_string(pr + 1) + "\",\n     \"actions\": [\n";
        for (int a = 0; a < kActions; ++a) {
            std::string num = std::to_string(pr + 1) + "." + std::to_string(a + 1);
            j += "       {\"number\": \"" + num + "\", \"title\": " + json_str(sentence(r, 6, 12)) +
                 ", \"lead_agency\": [" + json_str(r.pick(kAgencies)) + "], \"partners\": [" +
                 json_str(r.pick(kAgencies)) + ", " + json_str(r.pick(kAgencies)) +
                 "],\n        \"milestones\": [\n";
            for (int m = 0; m < kMilestones; ++m) {
                std::string id = num + static_cast<char>('a' + m);
                j +=
                    "          {\"id\": \"" + id +
                    "\", \"title\": " + json_str(sentence(r, 6, 14)) +
                    ", \"measurement\": \"yes or no\", \"source\": " + json_str(r.pick(kAgencies)) +
                    "}" + (m + 1 < kMilestones ? ",\n" : "\n");
            }
            j += std::string("        ]}") + (a + 1 < kActions ? ",\n" : "\n");
        }
        j += std::string("     ]}") + (pr + 1 < kPriorities ? ",\n" : "\n");
    }
    return j + "  ]\n}\n";
}

// A string, withheld now and then with a value wrapper (redaction has JSON work).
std::string maybe_marked(Rng& r, const std::string& text, unsigned percent) {
    if (r.chance(percent)) return "{\"value\": " + json_str(text) + ", \"marking\": \"PROTECT\"}";
    return json_str(text);
}

std::string report_json(Rng& r, const Plan& p, int year, int quarter) {
    const char* periods[] = {"April to June", "July to September", "October to December",
                             "January to March"};
    std::string fy =
        std::to_string(year) + "-" + pad(static_cast<std::size_t>((year + 1) % 100), 2);
    std::string j = "{\n  \"plan\": " + json_str(p.id) + ",\n  \"financial_year\": \"" + fy +
                    "\",\n  \"quarter\": " + std::to_string(quarter) + ",\n  \"period\": \"" +
                    periods[quarter - 1] + " " + std::to_string(quarter == 4 ? year + 1 : year) +
                    "\",\n  \"priorities\": [\n";
    for (int pr = 0; pr < kPriorities; ++pr) {
        auto texts = [&](int lo, int hi) {
            std::string a = "[";
            std::size_t n = r.between(static_cast<std::size_t>(lo), static_cast<std::size_t>(hi));
            for (std::size_t k = 0; k < n; ++k)
                a += (k ? ", " : "") + maybe_marked(r, sentence(r), 8);
            return a + "]";
        };
        j += "    {\"number\": " + std::to_string(pr + 1) + ", \"lead_officer\": \"Officer " +
             std::to_string(pr + 1) + "\",\n     \"achievements\": " + texts(1, 3) +
             ",\n     \"concerns\": " + texts(0, 2) +
             ",\n     \"recommendations\": " + texts(0, 2) +
             ",\n     \"publicity\": " + texts(0, 1) + ",\n     \"statistics\": [{\"title\": " +
             json_str(std::string(r.pick(kTopics)) + " cases") + ", \"period\": \"Q" +
             std::to_string(quarter) +
             "\", \"values\": {\"Individuals\": " + std::to_string(r.below(50)) +
             ", \"Areas\": " + std::to_string(r.below(10)) + ", \"Families\": " +
             (r.chance(10) ? std::string("null") : std::to_string(r.below(20))) +
             "}}],\n     \"narrative\": " + json_str(sentence(r) + " " + sentence(r)) +
             ",\n     \"milestones\": [\n";
        const auto& ms = p.milestones[static_cast<std::size_t>(pr)];
        for (std::size_t m = 0; m < ms.size(); ++m) {
            j += "       {\"id\": \"" + ms[m] + "\", \"status\": \"" + r.pick(kStatuses) +
                 "\", \"progress\": " + maybe_marked(r, sentence(r, 6, 16), 10) + "}" +
                 (m + 1 < ms.size() ? ",\n" : "\n");
        }
        j += std::string("     ]}") + (pr + 1 < kPriorities ? ",\n" : "\n");
    }
    return j + "  ]\n}\n";
}

std::string statistics_json(Rng& r, std::size_t n) {
    std::size_t cats = r.between(4, 8), series = r.between(1, 3);
    std::string j = "{\n  \"title\": " +
                    json_str(std::string(r.pick(kTopics)) + " figures, set " + std::to_string(n)) +
                    ",\n  \"source\": " + json_str(r.pick(kAgencies)) +
                    ",\n  \"unit\": \"cases\",\n  \"chart\": \"" + r.pick(kCharts) +
                    "\",\n  \"description\": " + json_str(sentence(r)) + ",\n  \"categories\": [";
    for (std::size_t c = 0; c < cats; ++c)
        j += (c ? ", " : "") + std::string("\"") + std::to_string(2000 + c / 4) + "-" +
             pad((2001 + c / 4) % 100, 2) + " Q" + std::to_string(c % 4 + 1) + "\"";
    j += "],\n  \"series\": [\n";
    for (std::size_t s = 0; s < series; ++s) {
        j += "    {\"name\": " + json_str(kAgencies[s]) + ", \"values\": [";
        for (std::size_t c = 0; c < cats; ++c)
            j += (c ? ", " : "") +
                 (r.chance(5) ? std::string("null") : std::to_string(r.below(300)));
        j += std::string("]}") + (s + 1 < series ? ",\n" : "\n");
    }
    return j + "  ]\n}\n";
}

// ---------------------------------------------------------------- site files

std::string site_json() {
    return R"({
  "title": "Synthetic Community Safety Partnership",
  "base_url": "https://www.example.gov.uk/community-safety/",
  "language": "en-GB",
  "licence": {"name": "Open Government Licence v3.0",
              "url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"},
  "marking": {
    "publishable": ["NOT PROTECTIVELY MARKED", "OFFICIAL"],
    "withheld": ["PROTECT", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET", "OFFICIAL-SENSITIVE", "EXEMPT"],
    "notice": "Some information has been withheld from this page because it is protectively marked."
  },
  "nav": [
    {"title": "Plans", "url": "plans/"},
    {"title": "Performance", "url": "reports/"},
    {"title": "Statistics", "url": "statistics/"},
    {"title": "Open data", "url": "data/"},
    {"title": "Search", "url": "search/"}
  ]
}
)";
}

// Hugo: render Markdown with goldmark as portal does with cmark-gfm (GFM
// tables, strikethrough, autolinks; raw HTML not passed through; no smart
// punctuation), pretty URLs (page.md -> page/index.html, as portal), no
// taxonomies, no RSS, no section lists (portal makes none of those for pages);
// the home page and the sitemap stay (portal writes both).
std::string hugo_config() {
    return R"(baseURL = "https://www.example.gov.uk/community-safety/"
languageCode = "en-GB"
title = "Synthetic Community Safety Partnership"
disableKinds = ["taxonomy", "term", "RSS", "section"]
enableRobotsTXT = true

[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.extensions]
table = true
strikethrough = true
linkify = true
typographer = false
[markup.goldmark.parser]
autoHeadingID = true

[params]
licence_name = "Open Government Licence v3.0"
licence_url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

[[menu.main]]
name = "Plans"
url = "plans/"
weight = 1
[[menu.main]]
name = "Performance"
url = "reports/"
weight = 2
[[menu.main]]
name = "Statistics"
url = "statistics/"
weight = 3
[[menu.main]]
name = "Open data"
url = "data/"
weight = 4
[[menu.main]]
name = "Search"
url = "search/"
weight = 5
)";
}

// The equivalent of portal's base.mustache + partials/header + partials/footer.
const char* const kHugoBaseof = R"(<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
{{ with .Params.summary }}<meta name="description" content="{{ . }}">
{{ end }}<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{{ .Site.Title }}">
<meta property="og:title" content="{{ .Title }}">
{{ with .Params.summary }}<meta property="og:description" content="{{ . }}">
{{ end }}<meta property="og:url" content="{{ .Permalink }}">
<link rel="icon" href="{{ "images/favicon.svg" | relURL }}" type="image/svg+xml">
<link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="container">
<a class="site-title" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav aria-label="Main">
<ul class="site-nav">
{{ range .Site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>
{{ end }}</ul>
</nav>
</div>
</header>
<div class="container">
<main id="main" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
</div>
<footer class="site-footer">
<div class="container">
<p>All content is available under the <a href="{{ .Site.Params.licence_url }}" rel="license">{{ .Site.Params.licence_name }}</a>, except where otherwise stated.</p>
<p>Published by {{ .Site.Title }}.</p>
</div>
</footer>
</body>
</html>
)";

// The equivalent of portal's page.mustache.
const char* const kHugoSingle = R"({{ define "main" }}<article class="page">
<h1>{{ .Title }}</h1>
{{ if not .Date.IsZero }}<p class="meta">Published <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
{{ end }}{{ with .Params.summary }}<p class="lead">{{ . }}</p>
{{ end }}<div class="prose">
{{ .Content }}
</div>
</article>
{{ end }}
)";

// Home page: its own text and the 20 latest pages.
const char* const kHugoList = R"({{ define "main" }}<article class="page">
<h1>{{ .Title }}</h1>
<div class="prose">
{{ .Content }}
</div>
<h2>Latest</h2>
<ul>
{{ range first 20 .Site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</article>
{{ end }}
)";

void copy_tree(const fs::path& from, const fs::path& to) {
    fs::create_directories(to);
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

[[noreturn]] void usage() {
    std::cerr
        << "usage: portal_corpus --pages N [--reports M] [--seed S] --repo REPO_ROOT --out DIR\n"
           "  writes DIR/portal (a portal site) and DIR/hugo (the same pages as a Hugo site)\n";
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t pages = 0, reports = 200;
    std::uint64_t seed = 20110201;
    fs::path repo, out;
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage();
            return argv[++i];
        };
        if (a == "--pages")
            pages = std::stoul(value());
        else if (a == "--reports")
            reports = std::stoul(value());
        else if (a == "--seed")
            seed = std::stoull(value());
        else if (a == "--repo")
            repo = value();
        else if (a == "--out")
            out = value();
        else
            usage();
    }
    if (pages == 0 || repo.empty() || out.empty()) usage();
    if (!fs::exists(repo / "layouts") || !fs::exists(repo / "assets")) {
        std::cerr << "portal_corpus: " << repo << " has no layouts/ and assets/ to copy\n";
        return 1;
    }

    const fs::path P = out / "portal", H = out / "hugo", C = out / "bodies";
    fs::remove_all(out);

    // Pages, written to both sites.
    Rng rng(seed);
    std::size_t bytes = 0, protect = 0;
    for (std::size_t i = 0; i < pages; ++i) {
        Page pg = make_page(rng, i, pages);
        write_file(P / "content" / pg.rel, pg.text);
        write_file(H / "content" / pg.rel, pg.text);
        write_file(C / pg.rel, pg.text.substr(pg.body_offset));
        bytes += pg.text.size();
        protect += pg.protect;
    }
    write_file(P / "content" / "index.md", home_page(pages));
    write_file(H / "content" / "_index.md", home_page(pages));

    // Data: a plan for every 20 reports, M reports (4 a year from 1980-81), M datasets.
    Rng drng(seed ^ 0x5DEECE66DULL);
    const std::size_t nplans = reports == 0 ? 0 : std::max<std::size_t>(1, reports / 20);
    std::vector<Plan> plans;
    for (std::size_t n = 0; n < nplans; ++n) {
        Plan p{"plan-" + pad(n + 1, 3), {}};
        for (int pr = 0; pr < kPriorities; ++pr) {
            std::vector<std::string> ms;
            for (int a = 0; a < kActions; ++a)
                for (int m = 0; m < kMilestones; ++m)
                    ms.push_back(std::to_string(pr + 1) + "." + std::to_string(a + 1) +
                                 static_cast<char>('a' + m));
            p.milestones.push_back(ms);
        }
        write_file(P / "data" / "plans" / (p.id + ".json"), plan_json(drng, p, n));
        plans.push_back(std::move(p));
    }
    for (std::size_t n = 0; n < reports; ++n) {
        int year = 1980 + static_cast<int>(n / 4), quarter = static_cast<int>(n % 4) + 1;
        const Plan& p = plans[n * nplans / reports];
        std::string fy =
            std::to_string(year) + "-" + pad(static_cast<std::size_t>((year + 1) % 100), 2);
        write_file(P / "data" / "reports" / (fy + "-q" + std::to_string(quarter) + ".json"),
                   report_json(drng, p, year, quarter));
        write_file(P / "data" / "statistics" / ("dataset-" + pad(n + 1, 4) + ".json"),
                   statistics_json(drng, n + 1));
    }

    write_file(P / "site.json", site_json());
    copy_tree(repo / "layouts", P / "layouts");
    copy_tree(repo / "assets", P / "assets");

    write_file(H / "config.toml", hugo_config());
    write_file(H / "layouts" / "_default" / "baseof.html", kHugoBaseof);
    write_file(H / "layouts" / "_default" / "single.html", kHugoSingle);
    write_file(H / "layouts" / "_default" / "list.html", kHugoList);
    copy_tree(repo / "assets", H / "static");

    std::cout << "portal_corpus: " << pages << " pages (" << bytes / 1024 << " KiB of Markdown, "
              << protect << " with a PROTECT region), " << nplans << " plans, " << reports
              << " reports, " << reports << " datasets in " << out.string() << "\n";
    return 0;
}
