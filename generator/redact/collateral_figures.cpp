#include "redact/collateral_figures.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "load/json_document.hpp"
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
        if (!c.figures.empty()) out.push_back(std::move(c));
    }
    return out;
}

// Each public page's title and summary (at line 1) and each line of its
// body (at its line of the file), and each text of site.json at its place
// (the accessibility statement, the nav: red team 24, B08), for the checks
// of figures written out.
void for_each_page_text(const PublicSite& site,
                        const std::function<void(const SourcePos&, std::string_view)>& f) {
    for (const PublicPage& p : site.pages) {
        f(SourcePos{p.path, 1, 1}, p.front.title);
        f(SourcePos{p.path, 1, 1}, p.front.summary);
        std::size_t start = 0;
        for (int line = 0; start <= p.markdown.size(); ++line) {
            std::size_t nl = p.markdown.find('\n', start);
            if (nl == std::string::npos) nl = p.markdown.size();
            f(SourcePos{p.path, p.body_line + line, 1},
              std::string_view(p.markdown).substr(start, nl - start));
            start = nl + 1;
        }
    }
    for (const PlacedText& t : site.config.texts) f(t.pos, t.text);
}

bool whole(double f) {
    return std::fabs(f - std::round(f)) < 0.005;
}

// Does the written number give back the withheld sum `f`? Digit for digit,
// and the figure distinctive: a thousand pounds or more, or with pence,
// either the figure's own ("£482.13") or the way it is written ("£159.00"
// for a withheld 159.00: red team 24, B05). A round sum under a thousand
// stands in too many ordinary sentences to stand for the figure.
bool gives_back_sum(const WrittenNumber& n, double f) {
    return n.as_written && std::fabs(n.value - f) < 0.005 &&
           (std::fabs(f) >= 1000 || !whole(f) || n.decimals == 2);
}

bool restates(std::string_view text, const std::vector<double>& figures) {
    for (const WrittenNumber& n : numbers_written(text))
        for (const double f : figures)
            if (gives_back_sum(n, f)) return true;
    return false;
}

// Does `text` write `f` out, digit for digit, however small?
bool writes_figure(std::string_view text, double f) {
    for (const WrittenNumber& n : numbers_written(text))
        if (n.as_written && std::fabs(n.value - f) < 0.005) return true;
    return false;
}

// Does a number of `v`, at any depth, give back one of `figures`, as a data
// figure (a statistic's value, a report's)? A JSON number does not say how
// it was written, so a round one under a thousand is not read.
bool holds_a_sum_of(const Json& v, const std::vector<double>& figures) {
    if (v.is_number()) {
        const double d = v.get<double>();
        return (std::fabs(d) >= 1000 || !whole(d)) &&
               std::any_of(figures.begin(), figures.end(),
                           [&](double f) { return std::fabs(d - f) < 0.005; });
    }
    if (v.is_array() || v.is_object())
        for (const Json& x : v)
            if (holds_a_sum_of(x, figures)) return true;
    return false;
}

// The JSON pointer of the first value of `v`, at any depth, that `hit`
// holds (a text or a figure; an object's key, which is content too: a
// statistic's label), so that a message can name its line; an object's
// member whose key `skip` names is left out.
std::optional<std::string> first_hit(const Json& v, const std::function<bool(const Json&)>& hit,
                                     const std::function<bool(const std::string&)>& skip,
                                     const std::string& at = "") {
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            if (!(skip && skip(it.key()))) {
                const std::string member = at + "/" + pointer_token(it.key());
                if (hit(Json(it.key()))) return member;
                if (auto p = first_hit(it.value(), hit, skip, member)) return p;
            }
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            if (auto p = first_hit(v[i], hit, skip, at + "/" + std::to_string(i))) return p;
    } else if (hit(v)) {
        return at;
    }
    return std::nullopt;
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

// A fund's figure fields and its note, which model/funding_views withholds
// with them when they give a withheld figure back.
bool is_figure_field(const std::string& key) {
    return key == "available" || key == "stated_total" || key == "stated_remaining" ||
           key == "note";
}

// The year of a funding table ("funding/2010-11.csv": "2010-11").
std::string table_year(const PublicTable& t) {
    std::string year = t.rel.substr(t.rel.rfind('/') + 1);
    return year.substr(0, year.rfind('.'));
}

// Is `d` a funding year's file whose fund figures and notes
// model/funding_views withholds (year_figures_lost)? Then they are not
// public text, and a check of public text skips them (is_figure_field): a
// fund's withheld "available" is not restated by its own stated remaining.
bool fund_figures_withheld(const PublicSite& site, const PublicData& d) {
    for (const PublicTable& t : site.tables)
        if (d.rel == "funding/" + table_year(t) + ".json" && year_figures_lost(t, d)) return true;
    return false;
}

// The members of `d` a check of public text skips (fund_figures_withheld).
std::function<bool(const std::string&)> withheld_members(const PublicSite& site,
                                                         const PublicData& d) {
    if (!fund_figures_withheld(site, d)) return nullptr;
    return is_figure_field;
}

}  // namespace

void refuse_restated_collateral(const PublicSite& site, const WithheldFigures& withheld,
                                const DataPlace& place, Diagnostics& diags) {
    const std::vector<Collateral> all = collateral_figures(site, withheld);
    for (const Collateral& c : all) {
        for_each_page_text(site, [&](const SourcePos& at, std::string_view text) {
            if (restates(text, c.figures)) diags.error(at, message(c));
        });
        for (const PublicData& d : site.data) {
            // (The figures' own file: its other texts, a fund's name or a
            // source document's, are shown beside them, but not its figure
            // fields and note, withheld with them (red team 23, B05).
            // Another year's funds may not restate them, nor may a data
            // figure, a statistic's value or a report's: red team 24, B01.)
            const bool own_year = d.rel == c.funding_rel;
            const auto where = first_hit(
                d.value,
                [&](const Json& x) {
                    return x.is_string() ? restates(x.get<std::string>(), c.figures)
                                         : holds_a_sum_of(x, c.figures);
                },
                [&](const std::string& key) { return own_year && is_figure_field(key); });
            if (where) diags.error(place(d, *where), message(c));
        }
        // A funding table's words (a section, a row's progress), and another
        // year's amounts (B01), not the year's own amounts.
        for (const PublicTable& t : site.tables) {
            const bool own_year = table_year(t) == c.year;
            for (std::size_t r = 0; r < t.rows.size(); ++r)
                for (std::size_t i = 0; i < t.rows[r].size() && i < t.columns.size(); ++i)
                    if ((!own_year || t.columns[i] != "amount") &&
                        restates(t.rows[r][i].text, c.figures)) {
                        diags.error(SourcePos{t.path, t.row_lines[r], 1}, message(c));
                        break;
                    }
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
                                const DataPlace& place, Diagnostics& diags) {
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
                holds_category(seen, compared_labels[i][0]) && writes_figure(text, f.value))
                return true;
        }
        return false;
    };
    for_each_page_text(site, [&](const SourcePos& at, std::string_view text) {
        if (gives_back(text, "")) diags.error(at, kStatisticMessage);
    });
    // A funding row, read as a sentence: its project naming the category
    // and its amount or progress the figure ("Histon CCTV, SSCF Revenue,
    // 7,391.00"; red team 24, B06 and B07).
    for (const PublicTable& t : site.tables)
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            std::string sentence;
            for (const PublicCell& cell : t.rows[r]) sentence += cell.text + ", ";
            if (gives_back(sentence, t.rel))
                diags.error(SourcePos{t.path, t.row_lines[r], 1}, kStatisticMessage);
        }
    for (const PublicData& d : site.data) {
        const auto where = first_hit(
            d.value,
            [&](const Json& x) { return x.is_string() && gives_back(x.get<std::string>(), d.rel); },
            withheld_members(site, d));
        if (where) {
            diags.error(place(d, *where), kStatisticMessage);
        } else if (figure_under_its_labels(d.value, withheld, compared_labels)) {
            // Or a table's figure, in any file, at the same category ("Farm
            // crime" 120 at 2009/10 in a second table of the report).
            diags.error(SourcePos{d.path}, kStatisticMessage);
        }
    }
}

}  // namespace portal

namespace portal {

namespace {

// Does `text` write out one of `figures` (sorted), as a figure of its own
// (figures_standing_alone: the one reader that noted them)?
bool holds_one_of(std::string_view text, const std::vector<double>& figures) {
    for (const double v : figures_standing_alone(text)) {
        const auto it = std::lower_bound(figures.begin(), figures.end(), v - 0.005);
        if (it != figures.end() && std::fabs(*it - v) < 0.005) return true;
    }
    return false;
}

// Does a figure of `v`, at any depth, equal one of `figures` (sorted)? A
// whole one of a thousand or more, or one with pence ("482.13" as a
// statistic, from "£482.13" in a withheld region: red team 24, B05).
bool holds_a_number_of(const Json& v, const std::vector<double>& figures) {
    if (v.is_number()) {
        const double d = v.get<double>();
        if (d < 1000 && whole(d)) return false;
        const auto it = std::lower_bound(figures.begin(), figures.end(), d - 0.005);
        return it != figures.end() && std::fabs(*it - d) < 0.005;
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
    for (const double v : figures_standing_alone(text)) figures.in_text.push_back(v);
}

void refuse_restated_text_figures(const PublicSite& site, const WithheldFigures& withheld,
                                  const DataPlace& place, Diagnostics& diags) {
    if (withheld.in_text.empty()) return;
    std::vector<double> figures = withheld.in_text;
    std::sort(figures.begin(), figures.end());
    figures.erase(std::unique(figures.begin(), figures.end()), figures.end());
    for_each_page_text(site, [&](const SourcePos& at, std::string_view text) {
        if (holds_one_of(text, figures)) diags.error(at, kTextFigureMessage);
    });
    // A funding table's cells: a project, a progress, an amount (red team
    // 24, B07).
    for (const PublicTable& t : site.tables)
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            if (std::any_of(t.rows[r].begin(), t.rows[r].end(),
                            [&](const PublicCell& c) { return holds_one_of(c.text, figures); }))
                diags.error(SourcePos{t.path, t.row_lines[r], 1}, kTextFigureMessage);
    for (const PublicData& d : site.data) {
        const auto where = first_hit(
            d.value,
            [&](const Json& x) {
                return x.is_string() ? holds_one_of(x.get<std::string>(), figures)
                                     : holds_a_number_of(x, figures);
            },
            withheld_members(site, d));
        if (where) diags.error(place(d, *where), kTextFigureMessage);
    }
}

}  // namespace portal
