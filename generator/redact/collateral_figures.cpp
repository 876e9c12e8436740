#include "redact/collateral_figures.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "redact/json_redaction.hpp"
#include "redact/numbers_in_text.hpp"

namespace portal {

namespace {

struct Collateral {
    std::string year;         // "2010-11"
    std::string funding_rel;  // "funding/2010-11.json", which holds the figures
    std::vector<double> figures;
};

// The figures a reader must not find written out, in pounds, by year: when
// the year's figures are tied to something withheld (year_figures_lost),
// each fund's available, stated total and stated remaining, and the funds'
// available together; and every figure redact withheld that year.
std::vector<Collateral> collateral_figures(const PublicSite& site,
                                           const WithheldFigures& withheld) {
    std::vector<Collateral> out;
    for (const PublicTable& t : site.tables) {
        std::string year = t.rel.substr(t.rel.rfind('/') + 1);
        year = year.substr(0, year.rfind('.'));
        Collateral c{year, "funding/" + year + ".json", {}};
        for (const PublicData& d : site.data) {
            if (d.rel != c.funding_rel || !d.value.contains("funds") ||
                !d.value["funds"].is_array() || !year_figures_lost(t, d))
                continue;
            double all_available = 0;
            for (const Json& fund : d.value["funds"])
                for (const char* key : {"available", "stated_total", "stated_remaining"})
                    if (fund.is_object() && fund.contains(key) && fund[key].is_string())
                        if (const auto pence = parse_money(fund[key].get<std::string>()).pence) {
                            c.figures.push_back(static_cast<double>(*pence) / 100);
                            if (std::string_view(key) == "available")
                                all_available += static_cast<double>(*pence) / 100;
                        }
            if (all_available > 0) c.figures.push_back(all_available);
        }
        if (const auto it = withheld.by_year.find(year); it != withheld.by_year.end())
            c.figures.insert(c.figures.end(), it->second.begin(), it->second.end());
        // Only figures that stand for themselves: a thousand pounds or more,
        // or with pence.
        std::erase_if(c.figures,
                      [](double f) { return f < 1000 && std::fabs(f - std::round(f)) < 0.005; });
        if (!c.figures.empty()) out.push_back(std::move(c));
    }
    return out;
}

bool restates(std::string_view text, const std::vector<double>& figures) {
    for (const WrittenNumber& n : numbers_written(text)) {
        if (!n.as_written) continue;
        for (const double f : figures)
            if (std::fabs(n.value - f) < 0.005) return true;
    }
    return false;
}

std::string message(const Collateral& c) {
    return "this text writes out a figure of the funding year " + c.year +
           " that is withheld (a row's amount, or a fund's figure), or that gives a withheld one "
           "back beside the public allocations (a fund's available, stated total or stated "
           "remaining, when an amount that year is withheld): take the figure out here, or "
           "publish what it stands for";
}

}  // namespace

void refuse_restated_collateral(const PublicSite& site, const WithheldFigures& withheld,
                                Diagnostics& diags) {
    const std::vector<Collateral> all = collateral_figures(site, withheld);
    for (const Collateral& c : all) {
        for (const PublicPage& p : site.pages) {
            if (restates(p.front.title, c.figures) || restates(p.front.summary, c.figures))
                diags.error(SourcePos{p.path, 1, 1}, message(c));
            std::size_t start = 0;
            for (int line = 0; start <= p.markdown.size(); ++line) {
                std::size_t nl = p.markdown.find('\n', start);
                if (nl == std::string::npos) nl = p.markdown.size();
                if (restates(std::string_view(p.markdown).substr(start, nl - start), c.figures))
                    diags.error(SourcePos{p.path, p.body_line + line, 1}, message(c));
                start = nl + 1;
            }
        }
        for (const PublicData& d : site.data) {
            if (d.rel == c.funding_rel) continue;  // the figures' own file, which render hides
            bool found = false;
            for_each_text(d.value,
                          [&](const std::string& t) { found = found || restates(t, c.figures); });
            if (found) diags.error(SourcePos{d.path}, message(c));
        }
    }
}

}  // namespace portal
