#include "redact/collateral_figures.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "redact/derived_totals.hpp"
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

// Each public page's title and summary (at line 1) and each line of its
// body (at its line of the file), for the checks of figures written out.
void for_each_page_text(const PublicSite& site,
                        const std::function<void(const PublicPage&, int, std::string_view)>& f) {
    for (const PublicPage& p : site.pages) {
        f(p, 1, p.front.title);
        f(p, 1, p.front.summary);
        std::size_t start = 0;
        for (int line = 0; start <= p.markdown.size(); ++line) {
            std::size_t nl = p.markdown.find('\n', start);
            if (nl == std::string::npos) nl = p.markdown.size();
            f(p, p.body_line + line, std::string_view(p.markdown).substr(start, nl - start));
            start = nl + 1;
        }
    }
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

namespace {

// Each text of v, at any depth, but the funding figures' own fields and a
// fund's note, which model/funding_views withholds with them when they give
// a withheld figure back.
void for_each_text_but_figures(const Json& v, const std::function<void(const std::string&)>& f) {
    if (v.is_string()) {
        f(v.get<std::string>());
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            if (it.key() != "available" && it.key() != "stated_total" &&
                it.key() != "stated_remaining" && it.key() != "note")
                for_each_text_but_figures(it.value(), f);
    } else if (v.is_array()) {
        for (const Json& x : v) for_each_text_but_figures(x, f);
    }
}

}  // namespace

void refuse_restated_collateral(const PublicSite& site, const WithheldFigures& withheld,
                                Diagnostics& diags) {
    const std::vector<Collateral> all = collateral_figures(site, withheld);
    for (const Collateral& c : all) {
        for_each_page_text(site, [&](const PublicPage& p, int line, std::string_view text) {
            if (restates(text, c.figures)) diags.error(SourcePos{p.path, line, 1}, message(c));
        });
        for (const PublicData& d : site.data) {
            bool found = false;
            // (The figures' own file: its other texts, a fund's name or a
            // source document's, are shown beside them; red team 23, B05.)
            for_each_text_but_figures(
                d.value, [&](const std::string& t) { found = found || restates(t, c.figures); });
            if (found) diags.error(SourcePos{d.path}, message(c));
        }
        // A funding table's words (a section, a row's progress), not its
        // amounts, which are the year's own.
        for (const PublicTable& t : site.tables)
            for (const auto& row : t.rows)
                for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
                    if (t.columns[i] != "amount" && restates(row[i].text, c.figures)) {
                        diags.error(SourcePos{t.path}, message(c));
                        break;
                    }
    }
}

namespace {

// Lower case, with '-', '–' and '/' alike ("2009/10", "2009-10", "2009–10").
std::string compared(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\u2013") == 0) {
            out += '/';
            i += 2;
            continue;
        }
        const char c = text[i];
        out += c == '-' ? '/' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// Does `text` hold `category` as words of its own?
bool holds_category(const std::string& text, const std::string& category) {
    // (A quarter is short and still a category of its own: "Q3" in "2010-11
    // Q3", a report's period beside a dataset's category; red team 23, B01.)
    const bool quarter =
        category.size() == 2 && category[0] == 'q' && category[1] >= '1' && category[1] <= '4';
    if (category.size() < 3 && !quarter) return false;
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t at = text.find(category); at != std::string::npos;
         at = text.find(category, at + 1))
        if ((at == 0 || !word(text[at - 1])) &&
            (at + category.size() >= text.size() || !word(text[at + category.size()])))
            return true;
    return false;
}

// Does a table's figure of `v` (at any depth) stand under the labels of a
// withheld one, with its value: two labels shared, one of them either's own
// ("South Cambridgeshire" 1207 in a report's table for 2009/10, withheld in
// the farm crime statistics at 2009/10 for South Cambridgeshire)?
// (`compared_labels[i]`: withheld.labelled[i]'s labels as `compared` reads
// them, made once.)
bool figure_under_its_labels(const Json& v, const WithheldFigures& withheld,
                             const std::vector<std::vector<std::string>>& compared_labels) {
    bool found = false;
    for_each_labelled_figure(v, [&](double value, const std::vector<std::string>& labels) {
        if (found || labels.empty()) return;
        std::vector<std::string> mine;
        for (const auto& l : labels) mine.push_back(compared(l));
        for (std::size_t i = 0; i < withheld.labelled.size(); ++i) {
            const auto& f = withheld.labelled[i];
            if (std::fabs(value - f.value) >= 0.005 || f.labels.empty()) continue;
            const std::vector<std::string>& theirs = compared_labels[i];
            // (The same words, or one inside the other: a category written
            // "Families moved under ASB injunctions, Q3".)
            auto among = [](const std::string& l, const std::vector<std::string>& list) {
                return !l.empty() && std::any_of(list.begin(), list.end(), [&](const auto& x) {
                    return x == l || holds_category(x, l) || holds_category(l, x);
                });
            };
            int shared = 0, shared_back = 0;
            for (const auto& l : mine) shared += among(l, theirs) ? 1 : 0;
            for (const auto& l : theirs) shared_back += among(l, mine) ? 1 : 0;
            shared = std::max(shared, shared_back);
            if (shared >= 2 && (among(mine[0], theirs) || among(theirs[0], mine))) found = true;
        }
    });
    return found;
}

const char* const kStatisticMessage =
    "this text writes out a statistics figure that is withheld, beside the category it stands "
    "at, so it would publish what the marking withholds: take the figure out here, or withhold "
    "this text too";

}  // namespace

void refuse_restated_statistics(const PublicSite& site, const WithheldFigures& withheld,
                                Diagnostics& diags) {
    if (withheld.labelled.empty()) return;
    std::vector<std::vector<std::string>> compared_labels;
    for (const auto& f : withheld.labelled) {
        compared_labels.emplace_back();
        for (const auto& l : f.labels) compared_labels.back().push_back(compared(l));
    }
    auto gives_back = [&](std::string_view text, const std::string& rel) {
        const std::string seen = compared(text);
        for (std::size_t i = 0; i < withheld.labelled.size(); ++i) {
            const auto& f = withheld.labelled[i];
            // (A figure under 10 stands in too many sentences: only another
            // table under its labels gives it back.)
            if (f.rel != rel && !f.labels.empty() && std::fabs(f.value) >= 10 &&
                holds_category(seen, compared_labels[i][0]) && restates(text, {f.value}))
                return true;
        }
        return false;
    };
    for_each_page_text(site, [&](const PublicPage& p, int line, std::string_view text) {
        if (gives_back(text, "")) diags.error(SourcePos{p.path, line, 1}, kStatisticMessage);
    });
    for (const PublicData& d : site.data) {
        bool found = false;
        for_each_text(d.value,
                      [&](const std::string& t) { found = found || gives_back(t, d.rel); });
        // Or a table's figure, in any file, at the same category ("Farm
        // crime" 120 at 2009/10 in a second table of the report).
        found = found || figure_under_its_labels(d.value, withheld, compared_labels);
        if (found) diags.error(SourcePos{d.path}, kStatisticMessage);
    }
}

}  // namespace portal

namespace portal {

namespace {

bool digit(char c) {
    return c >= '0' && c <= '9';
}

// The numbers of `text` that stand for a figure of their own, as
// note_figures_in_withheld_text says: digits, with groups of three set
// apart by commas, standing alone.
std::vector<double> standing_figures(std::string_view t) {
    std::vector<double> out;
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!digit(t[i]) || (i > 0 && (alnum(t[i - 1]) || digit(t[i - 1])))) continue;
        std::size_t e = i;
        while (e < t.size() && digit(t[e])) ++e;
        bool grouped = false;
        while (e + 3 < t.size() && t[e] == ',' && digit(t[e + 1]) && digit(t[e + 2]) &&
               digit(t[e + 3]) && (e + 4 >= t.size() || !digit(t[e + 4]))) {
            e += 4;
            grouped = true;
        }
        const std::size_t start = i;
        i = e;
        // A piece of something else: a decimal, a date, a time, a
        // reference, a word ("4719.5", "10/2010", "10:30", "A-4719", "4719th").
        const char before = start > 0 ? t[start - 1] : ' ';
        const char after = e < t.size() ? t[e] : ' ';
        if (std::string_view("./:-_#").find(before) != std::string_view::npos && start > 0)
            continue;
        if (alnum(after) || ((after == '.' || after == '/' || after == ':' || after == '-') &&
                             e + 1 < t.size() && alnum(t[e + 1])))
            continue;
        if (t[start] == '0') continue;
        // A telephone number's groups ("01223 456789", "0300 123 4567").
        if ((start >= 2 && before == ' ' && digit(t[start - 2])) ||
            (e + 1 < t.size() && after == ' ' && digit(t[e + 1])))
            continue;
        std::string digits;
        for (std::size_t k = start; k < e; ++k)
            if (digit(t[k])) digits += t[k];
        if (digits.size() > 15) continue;
        const double v = std::stod(digits);
        if (v < 1000 || (!grouped && v >= 1900 && v <= 2100)) continue;
        out.push_back(v);
    }
    return out;
}

bool holds_one_of(std::string_view text, const std::vector<double>& figures) {
    for (const double v : standing_figures(text))
        if (std::binary_search(figures.begin(), figures.end(), v)) return true;
    return false;
}

// Does a figure of `v`, at any depth, equal one of `figures`?
bool holds_a_number_of(const Json& v, const std::vector<double>& figures) {
    if (v.is_number()) {
        const double d = v.get<double>();
        return d >= 1000 && std::fabs(d - std::round(d)) < 1e-9 &&
               std::binary_search(figures.begin(), figures.end(), d);
    }
    if (v.is_array() || v.is_object())
        for (const Json& x : v)
            if (holds_a_number_of(x, figures)) return true;
    return false;
}

const char* const kTextFigureMessage =
    "this text writes out a number that stands in withheld text (a ::: region, a value or an "
    "object behind a marking, or a file withheld whole), so it would tell what the marking "
    "withholds: take the number out here, or withhold this text too";

}  // namespace

void note_figures_in_withheld_text(std::string_view text, WithheldFigures& figures) {
    for (const double v : standing_figures(text)) figures.in_text.push_back(v);
}

void refuse_restated_text_figures(const PublicSite& site, const WithheldFigures& withheld,
                                  Diagnostics& diags) {
    if (withheld.in_text.empty()) return;
    std::vector<double> figures = withheld.in_text;
    std::sort(figures.begin(), figures.end());
    figures.erase(std::unique(figures.begin(), figures.end()), figures.end());
    for_each_page_text(site, [&](const PublicPage& p, int line, std::string_view text) {
        if (holds_one_of(text, figures))
            diags.error(SourcePos{p.path, line, 1}, kTextFigureMessage);
    });
    for (const PublicData& d : site.data) {
        bool found = holds_a_number_of(d.value, figures);
        for_each_text(d.value,
                      [&](const std::string& t) { found = found || holds_one_of(t, figures); });
        if (found) diags.error(SourcePos{d.path}, kTextFigureMessage);
    }
}

}  // namespace portal
