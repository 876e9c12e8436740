#include "redact/derived_totals.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "load/json_document.hpp"
#include "redact/numbers_in_text.hpp"

namespace portal {

namespace {

struct Figure {
    std::string pointer;
    double value = 0;
    bool withheld = false;
    bool named_a_total = false;  // its label says so ("Total", "All areas")
};

// Does a figure's label say it is worked out from the others: a total
// ("Total", "Total (incl. 1 unknown)", "All districts", "Overall", "Grand
// total", "Sum", "Subtotal"), an average ("Average per district", "Mean"),
// a change ("Change 2009 to 2010", "% increase", "Difference", "Over target
// by"), an order statistic ("Highest ward") or a rate ("Rate per 1,000
// households")? Beside a
// withheld figure such a figure gives it away (the total minus the rest;
// the average times their number minus the rest; the other year plus the
// change), to within its rounding all the same.
bool names_a_total(std::string_view label) {
    std::string l;
    for (const char c : label.substr(0, 48))
        l += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    auto word_at = [&](std::size_t at, std::string_view w) {
        return l.compare(at, w.size(), w) == 0 &&
               (at + w.size() >= l.size() ||
                !std::isalpha(static_cast<unsigned char>(l[at + w.size()])));
    };
    for (const std::string_view total : {"all", "overall"})
        if (word_at(0, total)) return true;
    for (std::size_t at = 0; at < l.size(); ++at) {
        if (!std::isalpha(static_cast<unsigned char>(l[at])) ||
            (at > 0 && std::isalpha(static_cast<unsigned char>(l[at - 1]))))
            continue;
        for (const std::string_view w :
             {"total", "totals", "subtotal", "sum", "average", "mean", "avg", "median", "change",
              "difference", "increase", "decrease", "variance", "growth",
              // An order statistic ("Highest ward", "Most in any one village"):
              // it may be the withheld figure itself (red team 19, B03).
              "highest", "lowest", "most", "least", "fewest", "largest", "smallest", "maximum",
              "minimum", "max", "min", "peak",
              // A difference or a rate by another name ("Over target by", "Up or
              // down on last year", "Rate per 1,000 households", "Per cent up";
              // red team 19, B06, B07).
              "over", "under", "up", "down", "rise", "fall", "gap", "shortfall", "excess", "versus",
              "vs", "against", "compared", "rate", "per", "ratio", "proportion"})
            if (word_at(at, w)) return true;
    }
    return false;
}

// A figure: a number, or a wrapper {"value": number, "marking": ...}.
std::optional<double> figure_of(const Json& v) {
    if (v.is_number()) return v.get<double>();
    if (v.is_object() && v.contains("value") && v.contains("marking") && v["value"].is_number())
        return v["value"].get<double>();
    return std::nullopt;
}

bool is_withheld(const std::string& pointer, const std::set<std::string>& withheld) {
    // The figure itself, or anything that holds it.
    for (std::string p = pointer;; p.erase(p.rfind('/'))) {
        if (withheld.count(p) > 0) return true;
        if (p.empty()) return false;
    }
}

void judge(const std::vector<Figure>& list, std::vector<std::string>& out) {
    if (list.size() < 3) return;
    double sum = 0;
    bool any_withheld = false;
    for (const auto& f : list) {
        sum += f.value;
        any_withheld = any_withheld || f.withheld;
    }
    if (!any_withheld) return;
    for (const auto& f : list) {
        if (f.withheld) continue;
        const double rest = sum - f.value;
        const double mean = rest / static_cast<double>(list.size() - 1);
        auto equals = [&](double x) {
            return std::fabs(f.value - x) <= 1e-9 * std::max(1.0, std::fabs(f.value));
        };
        if (f.named_a_total || equals(rest) || equals(mean)) out.push_back(f.pointer);
    }
}

void walk(const Json& v, const std::string& pointer, const std::set<std::string>& withheld,
          std::vector<std::string>& out) {
    if (!v.is_array() && !v.is_object()) return;
    std::vector<Figure> list;
    auto visit = [&](const Json& member, const std::string& at) {
        if (const auto value = figure_of(member))
            list.push_back({at, *value, is_withheld(at, withheld)});
        else
            walk(member, at, withheld, out);
    };
    if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i) visit(v[i], pointer + "/" + std::to_string(i));
    else
        for (auto it = v.begin(); it != v.end(); ++it) {
            visit(it.value(), pointer + "/" + pointer_token(it.key()));
            if (!list.empty() && list.back().pointer == pointer + "/" + pointer_token(it.key()))
                list.back().named_a_total = names_a_total(it.key());
        }
    judge(list, out);
}

// A statistics file's series as figures by category: nothing where a
// category has no figure (null, text, or past the series' end).
std::vector<std::vector<std::optional<Figure>>> series_figures(
    const Json& doc, const std::set<std::string>& withheld) {
    std::vector<std::vector<std::optional<Figure>>> all;
    if (!doc.is_object() || !doc.contains("series") || !doc["series"].is_array()) return all;
    const Json& series = doc["series"];
    for (std::size_t i = 0; i < series.size(); ++i) {
        std::vector<std::optional<Figure>> figures;
        const Json& s = series[i];
        if (s.is_object() && s.contains("values") && s["values"].is_array())
            for (std::size_t j = 0; j < s["values"].size(); ++j) {
                const std::string at =
                    "/series/" + std::to_string(i) + "/values/" + std::to_string(j);
                if (const auto value = figure_of(s["values"][j]))
                    figures.push_back(Figure{at, *value, is_withheld(at, withheld)});
                else
                    figures.push_back(std::nullopt);
            }
        all.push_back(std::move(figures));
    }
    return all;
}

bool close(double a, double b, double tolerance) {
    return std::fabs(a - b) <= tolerance * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// A series that follows another series with a withheld figure gives that
// figure away where it is published at the same category: a running total
// of it (the figure is the difference of two running totals), or a series in
// proportion to it (a share in per cent, a rate per 1,000: the figure is the
// share times the total the other categories show), to within rounding.
void series_giving_away(const Json& doc, const std::set<std::string>& withheld,
                        std::vector<std::string>& out) {
    const auto all = series_figures(doc, withheld);
    for (std::size_t a = 0; a < all.size(); ++a) {
        const auto& source = all[a];
        if (std::none_of(source.begin(), source.end(),
                         [](const auto& f) { return f && f->withheld; }))
            continue;
        for (std::size_t b = 0; b < all.size(); ++b) {
            if (a == b) continue;
            const auto& other = all[b];
            const std::size_t n = std::min(source.size(), other.size());
            // A running total: other[j] = source[0] + ... + source[j] wherever
            // both are figures, at two categories or more.
            bool running = true;
            int agree = 0;
            double sum = 0;
            for (std::size_t j = 0; j < n && running; ++j) {
                if (!source[j]) {
                    running = false;
                    break;
                }
                sum += source[j]->value;
                if (other[j] && !other[j]->withheld) {
                    running = close(other[j]->value, sum, 1e-9);
                    ++agree;
                }
            }
            // In proportion: other[j] / source[j] the same, to within 2% (a
            // share rounded to a tenth of a per cent), at the categories
            // where both are published, two at least.
            bool proportional = true;
            int published_pairs = 0;
            double ratio = 0;
            for (std::size_t j = 0; j < n && proportional; ++j) {
                if (!source[j] || !other[j] || source[j]->withheld || other[j]->withheld ||
                    source[j]->value == 0)
                    continue;
                const double r = other[j]->value / source[j]->value;
                if (published_pairs++ == 0)
                    ratio = r;
                else
                    proportional = close(r, ratio, 0.02);
            }
            const bool follows = (running && agree >= 2) || (proportional && published_pairs >= 2);
            if (!follows) continue;
            for (std::size_t j = 0; j < n; ++j)
                if (source[j] && source[j]->withheld && other[j] && !other[j]->withheld)
                    out.push_back(other[j]->pointer);
            // A running total holds the withheld figure at every place after
            // it too: June's "year to date" less April's and June's own
            // figures is May's (red team 19, B04).
            if (running && agree >= 2) {
                bool after_withheld = false;
                for (std::size_t j = 0; j < n; ++j) {
                    after_withheld = after_withheld || (source[j] && source[j]->withheld);
                    if (after_withheld && other[j] && !other[j]->withheld)
                        out.push_back(other[j]->pointer);
                }
            }
        }
    }
}

// A series of shares of one whole in per cent (the file's unit says so),
// with a withheld share: the shares add up to 100, so the withheld one is 100
// less the rest (red team 19, B08). Its first published share is named.
void shares_of_a_whole(const Json& doc, const std::set<std::string>& withheld,
                       std::vector<std::string>& out) {
    std::string unit = doc.is_object() && doc.contains("unit") && doc["unit"].is_string()
                           ? doc["unit"].get<std::string>()
                           : std::string();
    for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (unit.find('%') == std::string::npos && unit.find("per cent") == std::string::npos &&
        unit.find("percent") == std::string::npos)
        return;
    for (const auto& series : series_figures(doc, withheld)) {
        double sum = 0;
        int count = 0;
        bool any_withheld = false;
        const std::string* first_public = nullptr;
        for (const auto& f : series) {
            if (!f) continue;
            sum += f->value;
            ++count;
            any_withheld = any_withheld || f->withheld;
            if (!f->withheld && !first_public) first_public = &f->pointer;
        }
        // Each share rounded to a tenth: the whole to within a twentieth each.
        if (any_withheld && first_public && count >= 2 &&
            std::fabs(sum - 100) <= 0.05 * count + 1e-9)
            out.push_back(*first_public);
    }
}

// A statistics file's figures named totals by their category ("Total") in a
// series with a withheld figure, or by their series ("All districts") among
// a category's figures with a withheld one.
void totals_named_in_statistics(const Json& doc, const std::set<std::string>& withheld,
                                std::vector<std::string>& out) {
    const auto all = series_figures(doc, withheld);
    const Json* categories =
        doc.contains("categories") && doc["categories"].is_array() ? &doc["categories"] : nullptr;
    auto category_is_total = [&](std::size_t j) {
        return categories && j < categories->size() && (*categories)[j].is_string() &&
               names_a_total((*categories)[j].get<std::string>());
    };
    auto series_is_total = [&](std::size_t i) {
        const Json& s = doc["series"][i];
        return s.is_object() && s.contains("name") && s["name"].is_string() &&
               names_a_total(s["name"].get<std::string>());
    };
    for (std::size_t i = 0; i < all.size(); ++i) {
        const bool any_withheld = std::any_of(all[i].begin(), all[i].end(),
                                              [](const auto& f) { return f && f->withheld; });
        for (std::size_t j = 0; j < all[i].size(); ++j) {
            const auto& f = all[i][j];
            if (!f || f->withheld) continue;
            bool across = false;  // a withheld figure of this category in another series
            for (std::size_t k = 0; k < all.size(); ++k)
                across =
                    across || (k != i && j < all[k].size() && all[k][j] && all[k][j]->withheld);
            if ((any_withheld && category_is_total(j)) || (across && series_is_total(i)))
                out.push_back(f->pointer);
        }
    }
}

// The sums of the lists of figures in `v` that hold a withheld one (an
// array's or an object's figures, two or more), and each withheld figure's
// share of its list's sum in per cent: a text that writes the total out
// gives the withheld figure away as a published total would (the total minus
// the published rest), and one that writes its share out ("22.1% of cases")
// gives it away with the published rest.
struct SumsWithWithheld {
    std::vector<double> sums;
    std::vector<double> shares;

    void add(double sum, const std::vector<double>& withheld_figures) {
        sums.push_back(sum);
        if (sum != 0)
            for (const double w : withheld_figures) shares.push_back(w / sum * 100);
    }
};

void sums_with_withheld(const Json& v, const std::string& pointer,
                        const std::set<std::string>& withheld, SumsWithWithheld& out) {
    if (!v.is_array() && !v.is_object()) return;
    double sum = 0;
    int figures = 0;
    std::vector<double> withheld_figures;
    auto visit = [&](const Json& member, const std::string& at) {
        if (const auto value = figure_of(member)) {
            sum += *value;
            ++figures;
            if (is_withheld(at, withheld)) withheld_figures.push_back(*value);
        } else {
            sums_with_withheld(member, at, withheld, out);
        }
    };
    if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i) visit(v[i], pointer + "/" + std::to_string(i));
    else
        for (auto it = v.begin(); it != v.end(); ++it)
            visit(it.value(), pointer + "/" + pointer_token(it.key()));
    if (figures >= 2 && !withheld_figures.empty()) out.add(sum, withheld_figures);
}

void strings_restating(const Json& v, const std::string& pointer,
                       const std::set<std::string>& withheld, const std::vector<double>& figures,
                       const std::vector<double>& shares, std::vector<std::string>& out) {
    if (is_withheld(pointer, withheld)) return;
    if (v.is_string()) {
        if (writes_out_one_of(v.get_ref<const std::string&>(), figures, shares))
            out.push_back(pointer);
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            strings_restating(v[i], pointer + "/" + std::to_string(i), withheld, figures, shares,
                              out);
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            strings_restating(it.value(), pointer + "/" + pointer_token(it.key()), withheld,
                              figures, shares, out);
    }
}

}  // namespace

std::vector<std::string> texts_restating_withheld(const Json& doc,
                                                  const std::set<std::string>& withheld) {
    std::vector<std::string> out;
    std::vector<double> figures;
    for (const std::string& pointer : withheld) {
        if (pointer.empty()) return out;  // the whole file is withheld
        // (The pointers are redact's own, made with pointer_token: well formed.)
        const Json::json_pointer at(pointer);
        if (!doc.contains(at)) continue;
        // A withheld figure of two digits or more: a single digit is in too
        // many ordinary words of a text ("Priority 2", "3 districts") to
        // stand for the figure.
        if (const auto f = figure_of(doc.at(at)); f && std::fabs(*f) >= 10) figures.push_back(*f);
    }
    // And the totals of lists that hold a withheld figure: a series, a
    // category across the series of a statistics file, any list of figures.
    SumsWithWithheld totals;
    sums_with_withheld(doc, "", withheld, totals);
    const auto all = series_figures(doc, withheld);
    std::size_t most = 0;
    for (const auto& series : all) most = std::max(most, series.size());
    for (std::size_t j = 0; j < most; ++j) {
        double sum = 0;
        int count = 0;
        std::vector<double> withheld_figures;
        for (const auto& series : all)
            if (j < series.size() && series[j]) {
                sum += series[j]->value;
                ++count;
                if (series[j]->withheld) withheld_figures.push_back(series[j]->value);
            }
        if (count >= 2 && !withheld_figures.empty()) totals.add(sum, withheld_figures);
    }
    for (const double t : totals.sums)
        if (std::fabs(t) >= 10) figures.push_back(t);
    if (!figures.empty() || !totals.shares.empty())
        strings_restating(doc, "", withheld, figures, totals.shares, out);
    return out;
}

void for_each_labelled_figure(
    const Json& v, const std::function<void(double, const std::vector<std::string>&)>& on_figure) {
    if (v.is_array()) {
        for (const Json& e : v) for_each_labelled_figure(e, on_figure);
        return;
    }
    if (!v.is_object()) return;
    auto text = [&](const char* key) {
        return v.contains(key) && v[key].is_string() ? v[key].get<std::string>() : std::string();
    };
    if (v.contains("categories") && v["categories"].is_array() && v.contains("series") &&
        v["series"].is_array()) {
        const Json& categories = v["categories"];
        for (const Json& series : v["series"]) {
            if (!series.is_object() || !series.contains("values") || !series["values"].is_array())
                continue;
            const std::string name = series.contains("name") && series["name"].is_string()
                                         ? series["name"].get<std::string>()
                                         : "";
            const Json& values = series["values"];
            for (std::size_t j = 0; j < values.size() && j < categories.size(); ++j)
                // (The dataset's title too, which may name the period a
                // report gives: "ASB Task Group referrals, 2010-11 Q3".)
                if (const auto f = figure_of(values[j]); f && categories[j].is_string())
                    on_figure(*f, {categories[j].get<std::string>(), name, text("title")});
        }
    }
    // A report's table: {"title": ..., "period": ..., "values": {"Families": 9173}}.
    if (v.contains("values") && v["values"].is_object())
        for (auto it = v["values"].begin(); it != v["values"].end(); ++it)
            if (const auto f = figure_of(it.value()))
                on_figure(*f, {it.key(), text("period"), text("title")});
    for (auto it = v.begin(); it != v.end(); ++it) for_each_labelled_figure(*it, on_figure);
}

std::vector<std::pair<double, std::vector<std::string>>> withheld_figures_with_labels(
    const Json& doc, const std::set<std::string>& withheld) {
    std::vector<std::pair<double, std::vector<std::string>>> out;
    auto text = [](const Json& v, const char* key) {
        return v.is_object() && v.contains(key) && v[key].is_string() ? v[key].get<std::string>()
                                                                      : std::string();
    };
    for (const std::string& pointer : withheld) {
        // A withheld ".../values/<key>" figure, labelled as
        // for_each_labelled_figure labels it.
        const std::size_t values = pointer.rfind("/values/");
        if (values == std::string::npos) continue;
        const Json::json_pointer figure_at(pointer), values_at(pointer.substr(0, values + 7));
        if (!doc.contains(figure_at) || !doc.contains(values_at)) continue;
        // (Small figures too: restated in prose they stand in too many
        // sentences to be checked (collateral_figures skips them there),
        // but under the same labels in another table they are the figure.)
        const auto f = figure_of(doc.at(figure_at));
        if (!f) continue;
        std::string key = pointer.substr(values + 8);
        for (std::size_t t = key.find("~1"); t != std::string::npos; t = key.find("~1", t))
            key.replace(t, 2, "/");
        for (std::size_t t = key.find("~0"); t != std::string::npos; t = key.find("~0", t + 1))
            key.replace(t, 2, "~");
        if (doc.at(values_at).is_object()) {
            // A report's table.
            const Json& table = doc.at(Json::json_pointer(pointer.substr(0, values)));
            out.push_back({*f, {key, text(table, "period"), text(table, "title")}});
            continue;
        }
        // A series' value: its category, and the series' name.
        const std::size_t series = pointer.rfind("/series/", values);
        if (series == std::string::npos || key.empty() ||
            key.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const Json::json_pointer table_at(pointer.substr(0, series)),
            series_at(pointer.substr(0, values));
        if (!doc.contains(table_at) || !doc.contains(series_at)) continue;
        const Json& table = doc.at(table_at);
        const std::size_t j = std::stoul(key);
        if (table.is_object() && table.contains("categories") && table["categories"].is_array() &&
            j < table["categories"].size() && table["categories"][j].is_string())
            out.push_back({*f,
                           {table["categories"][j].get<std::string>(),
                            text(doc.at(series_at), "name"), text(table, "title")}});
    }
    return out;
}

std::vector<std::string> totals_giving_away(const Json& doc, const std::set<std::string>& withheld,
                                            bool statistics) {
    std::vector<std::string> out;
    if (withheld.empty()) return out;
    walk(doc, "", withheld, out);
    if (statistics) {
        series_giving_away(doc, withheld, out);
        totals_named_in_statistics(doc, withheld, out);
        shares_of_a_whole(doc, withheld, out);
    }
    // A category's figures across the series ("Total" as a series of its own).
    if (statistics && doc.is_object() && doc.contains("series") && doc["series"].is_array()) {
        const Json& series = doc["series"];
        std::size_t most = 0;
        for (const auto& s : series)
            if (s.is_object() && s.contains("values") && s["values"].is_array())
                most = std::max(most, s["values"].size());
        for (std::size_t j = 0; j < most; ++j) {
            std::vector<Figure> list;
            for (std::size_t i = 0; i < series.size(); ++i) {
                const Json& s = series[i];
                if (!s.is_object() || !s.contains("values") || !s["values"].is_array() ||
                    j >= s["values"].size())
                    continue;
                const std::string at =
                    "/series/" + std::to_string(i) + "/values/" + std::to_string(j);
                if (const auto value = figure_of(s["values"][j]))
                    list.push_back({at, *value, is_withheld(at, withheld)});
            }
            judge(list, out);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace portal
