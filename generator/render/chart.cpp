#include "render/chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/money.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

// Colour-blind-safe palette with enough contrast against white; red/amber/green
// series use the status colours, and every status also carries its word.
const char* kPalette[] = {"#1d70b8", "#d4351c", "#00703c", "#6f72af",
                          "#b58840", "#28a197", "#912b88", "#505a5f"};

std::string colour_for(const Json& series, std::size_t i) {
    std::string status = series.value("status", "");
    if (status == "green") return "#00703c";
    if (status == "amber") return "#f47738";
    if (status == "red") return "#d4351c";
    if (status == "not-reported") return "#b1b4b6";
    return kPalette[i % 8];
}

std::string num(double v) {
    char buf[32];
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// Money charts carry pounds as numbers for Chart.js; their table prints exact
// pounds and pence (the values came from integer pence, so rounding recovers them).
std::string cell(const Json& v, bool money = false) {
    if (!v.is_number()) return "not available";
    if (money) return format_money(static_cast<Pence>(std::llround(v.get<double>() * 100)));
    return num(v.get<double>());
}

std::string svg_bars(const Json& spec, bool stacked) {
    const Json& cats = spec["categories"];
    const Json& series = spec["series"];
    const double W = 640, H = 320, left = 48, right = 12, top = 12, bottom = 64;
    double max = 0;
    for (std::size_t c = 0; c < cats.size(); ++c) {
        double stack = 0;
        for (const auto& s : series) {
            const Json& v = s["values"][c];
            if (!v.is_number()) continue;
            if (stacked)
                stack += v.get<double>();
            else
                max = std::max(max, v.get<double>());
        }
        max = std::max(max, stack);
    }
    if (max <= 0) max = 1;
    const double plot_w = W - left - right, plot_h = H - top - bottom;
    const double group = plot_w / static_cast<double>(std::max<std::size_t>(1, cats.size()));
    std::string out;
    // Axis and gridlines at quarters of the maximum.
    for (int g = 0; g <= 4; ++g) {
        double y = top + plot_h - plot_h * g / 4.0;
        out += "<line x1=\"" + fmt(left) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(W - right) +
               "\" y2=\"" + fmt(y) + "\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>";
        out += "<text x=\"" + fmt(left - 6) + "\" y=\"" + fmt(y + 4) + "\" text-anchor=\"end\">" +
               num(std::round(max * g / 4.0 * 100) / 100) + "</text>";
    }
    const std::size_t ns = series.size();
    for (std::size_t c = 0; c < cats.size(); ++c) {
        double x0 = left + group * static_cast<double>(c);
        double stack = 0;
        for (std::size_t s = 0; s < ns; ++s) {
            const Json& v = series[s]["values"][c];
            if (!v.is_number()) continue;
            double h = plot_h * v.get<double>() / max;
            double bw = stacked ? group * 0.6 : group * 0.8 / static_cast<double>(ns);
            double x = stacked ? x0 + group * 0.2 : x0 + group * 0.1 + bw * static_cast<double>(s);
            double y = top + plot_h - h - (stacked ? plot_h * stack / max : 0);
            if (stacked) stack += v.get<double>();
            out += "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" +
                   fmt(std::max(1.0, bw - 2)) + "\" height=\"" + fmt(h) + "\" fill=\"" +
                   colour_for(series[s], s) + "\"><title>" +
                   html_escape(cats[c].get<std::string>() + ", " +
                               series[s]["name"].get<std::string>() + ": " + cell(v)) +
                   "</title></rect>";
        }
        out += "<text x=\"" + fmt(x0 + group / 2) + "\" y=\"" + fmt(H - bottom + 18) +
               "\" text-anchor=\"middle\">" + html_escape(cats[c].get<std::string>()) + "</text>";
    }
    return out;
}

std::string svg_line(const Json& spec) {
    const Json& cats = spec["categories"];
    const Json& series = spec["series"];
    const double W = 640, H = 320, left = 48, right = 12, top = 12, bottom = 64;
    double max = 0;
    for (const auto& s : series)
        for (const auto& v : s["values"])
            if (v.is_number()) max = std::max(max, v.get<double>());
    if (max <= 0) max = 1;
    const double plot_w = W - left - right, plot_h = H - top - bottom;
    const double step = cats.size() > 1 ? plot_w / static_cast<double>(cats.size() - 1) : 0;
    std::string out;
    for (int g = 0; g <= 4; ++g) {
        double y = top + plot_h - plot_h * g / 4.0;
        out += "<line x1=\"" + fmt(left) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(W - right) +
               "\" y2=\"" + fmt(y) + "\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>";
        out += "<text x=\"" + fmt(left - 6) + "\" y=\"" + fmt(y + 4) + "\" text-anchor=\"end\">" +
               num(std::round(max * g / 4.0 * 100) / 100) + "</text>";
    }
    for (std::size_t s = 0; s < series.size(); ++s) {
        std::string pts;
        for (std::size_t c = 0; c < cats.size(); ++c) {
            const Json& v = series[s]["values"][c];
            double x = left + step * static_cast<double>(c) + (cats.size() == 1 ? plot_w / 2 : 0);
            if (!v.is_number()) {
                if (!pts.empty())
                    out += "<polyline fill=\"none\" stroke-width=\"3\" stroke=\"" +
                           colour_for(series[s], s) + "\" points=\"" + pts + "\"/>";
                pts.clear();  // a missing figure breaks the line; it is never drawn as 0
                continue;
            }
            double y = top + plot_h - plot_h * v.get<double>() / max;
            pts += fmt(x) + "," + fmt(y) + " ";
            out += "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"4\" fill=\"" +
                   colour_for(series[s], s) + "\"><title>" +
                   html_escape(cats[c].get<std::string>() + ", " +
                               series[s]["name"].get<std::string>() + ": " + cell(v)) +
                   "</title></circle>";
        }
        if (!pts.empty())
            out += "<polyline fill=\"none\" stroke-width=\"3\" stroke=\"" +
                   colour_for(series[s], s) + "\" points=\"" + pts + "\"/>";
    }
    for (std::size_t c = 0; c < cats.size(); ++c) {
        double x = left + step * static_cast<double>(c) + (cats.size() == 1 ? plot_w / 2 : 0);
        out += "<text x=\"" + fmt(x) + "\" y=\"" + fmt(H - bottom + 18) +
               "\" text-anchor=\"middle\">" + html_escape(cats[c].get<std::string>()) + "</text>";
    }
    return out;
}

std::string svg_doughnut(const Json& spec) {
    // A doughnut shows the first series across the categories.
    const Json& cats = spec["categories"];
    const Json& values = spec["series"][0]["values"];
    double total = 0;
    for (const auto& v : values)
        if (v.is_number() && v.get<double>() > 0) total += v.get<double>();
    std::string out;
    const double cx = 160, cy = 160, r = 120, inner = 64;
    double angle = -M_PI / 2;
    for (std::size_t c = 0; c < cats.size() && total > 0; ++c) {
        const Json& v = values[c];
        if (!v.is_number() || v.get<double>() <= 0) continue;
        double sweep = 2 * M_PI * v.get<double>() / total;
        if (sweep >= 2 * M_PI - 1e-9) sweep = 2 * M_PI - 1e-6;
        double a2 = angle + sweep;
        int large = sweep > M_PI ? 1 : 0;
        auto pt = [&](double rad, double a) {
            return fmt(cx + rad * std::cos(a)) + " " + fmt(cy + rad * std::sin(a));
        };
        out += "<path d=\"M " + pt(r, angle) + " A " + fmt(r) + " " + fmt(r) + " 0 " +
               std::to_string(large) + " 1 " + pt(r, a2) + " L " + pt(inner, a2) + " A " +
               fmt(inner) + " " + fmt(inner) + " 0 " + std::to_string(large) + " 0 " +
               pt(inner, angle) + " Z\" fill=\"" + kPalette[c % 8] + "\"><title>" +
               html_escape(cats[c].get<std::string>() + ": " + cell(v)) + "</title></path>";
        angle = a2;
    }
    // Legend: the words beside the colours, so nothing depends on colour alone.
    for (std::size_t c = 0; c < cats.size(); ++c) {
        double y = 40 + 24 * static_cast<double>(c);
        out += "<rect x=\"340\" y=\"" + fmt(y - 12) + "\" width=\"14\" height=\"14\" fill=\"" +
               kPalette[c % 8] + "\"/>";
        out += "<text x=\"360\" y=\"" + fmt(y) + "\">" +
               html_escape(cats[c].get<std::string>() + ": " + cell(values[c])) + "</text>";
    }
    return out;
}

std::string legend(const Json& spec, double y) {
    std::string out;
    double x = 48;
    for (std::size_t s = 0; s < spec["series"].size(); ++s) {
        const Json& series = spec["series"][s];
        std::string name = series["name"];
        out += "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y - 11) +
               "\" width=\"12\" height=\"12\" fill=\"" + colour_for(series, s) + "\"/>";
        out +=
            "<text x=\"" + fmt(x + 16) + "\" y=\"" + fmt(y) + "\">" + html_escape(name) + "</text>";
        x += 28 + 7.5 * static_cast<double>(name.size());
    }
    return out;
}

}  // namespace

std::string json_for_script(const Json& v) {
    std::string s = v.dump();
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else
            out += c;
    }
    return out;
}

std::string render_chart(const Json& spec) {
    const std::string type = spec.value("type", "bar");
    const std::string id = spec.value("id", "chart");
    const std::string title = spec.value("title", "");
    const std::string unit = spec.value("money", false) ? "" : spec.value("unit", "");
    const Json& cats = spec["categories"];
    const Json& series = spec["series"];
    const bool money = spec.value("money", false);

    std::string svg_body;
    double height = 320;
    if (type == "doughnut") {
        svg_body = svg_doughnut(spec);
    } else {
        svg_body = type == "line" ? svg_line(spec) : svg_bars(spec, type == "stacked-bar");
        svg_body += legend(spec, 300);
    }
    std::string html = "<figure class=\"chart\" id=\"" + html_escape(id) + "\" data-chart-type=\"" +
                       html_escape(type) + "\">\n";
    html += "<figcaption>" + html_escape(title) +
            (unit.empty() ? "" : " (" + html_escape(unit) + ")") + "</figcaption>\n";
    html += "<div class=\"chart-visual\"><svg class=\"chart-svg\" viewBox=\"0 0 640 " +
            fmt(height) + "\" role=\"img\" aria-labelledby=\"" + html_escape(id) +
            "-svg-title\"><title id=\"" + html_escape(id) + "-svg-title\">" + html_escape(title) +
            ": chart; the figures are in the table that follows</title>" + svg_body +
            "</svg></div>\n";

    // The same figures as a table: categories down, series across.
    html += "<section class=\"table-scroll\" tabindex=\"0\" aria-label=\"" + html_escape(title) +
            " (table)\">";
    html += "<table class=\"chart-table\"><caption>" + html_escape(title) +
            (unit.empty() ? "" : " (" + html_escape(unit) + ")") +
            "</caption>\n<thead><tr><th scope=\"col\">Category</th>";
    for (const auto& s : series)
        html += "<th scope=\"col\" class=\"num\">" + html_escape(s["name"].get<std::string>()) +
                "</th>";
    html += "</tr></thead>\n<tbody>\n";
    for (std::size_t c = 0; c < cats.size(); ++c) {
        html += "<tr><th scope=\"row\">" + html_escape(cats[c].get<std::string>()) + "</th>";
        for (const auto& s : series)
            html += "<td class=\"num\">" + cell(s["values"][c], money) + "</td>";
        html += "</tr>\n";
    }
    html += "</tbody></table></section>\n";

    Json config;
    config["type"] = type;
    config["title"] = title;
    config["unit"] = unit;
    config["categories"] = cats;
    config["series"] = Json::array();
    for (std::size_t s = 0; s < series.size(); ++s)
        config["series"].push_back({{"name", series[s]["name"]},
                                    {"values", series[s]["values"]},
                                    {"colour", colour_for(series[s], s)}});
    html += "<script type=\"application/json\" class=\"chart-config\">" + json_for_script(config) +
            "</script>\n";
    html += "</figure>\n";
    return html;
}

}  // namespace portal
