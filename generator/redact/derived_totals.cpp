#include "redact/derived_totals.hpp"

#include <cmath>
#include <optional>

#include "load/json_document.hpp"

namespace portal {

namespace {

struct Figure {
    std::string pointer;
    double value = 0;
    bool withheld = false;
};

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
        if (std::fabs(f.value - rest) <= 1e-9 * std::max(1.0, std::fabs(f.value)))
            out.push_back(f.pointer);
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
        for (auto it = v.begin(); it != v.end(); ++it)
            visit(it.value(), pointer + "/" + pointer_token(it.key()));
    judge(list, out);
}

}  // namespace

std::vector<std::string> totals_giving_away(const Json& doc, const std::set<std::string>& withheld,
                                            bool statistics) {
    std::vector<std::string> out;
    if (withheld.empty()) return out;
    walk(doc, "", withheld, out);
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
    return out;
}

}  // namespace portal
