#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "render/chart.hpp"

using namespace portal;

namespace {

// The drawn chart: from "<svg" to "</svg>".
std::string svg_of(const std::string& html) {
    auto start = html.find("<svg");
    return html.substr(start, html.find("</svg>") - start + 6);
}

// The table: from "<table" to "</table>".
std::string table_of(const std::string& html) {
    auto start = html.find("<table");
    return html.substr(start, html.find("</table>") - start + 8);
}

Json config_of(const std::string& html) {
    auto start = html.find("class=\"chart-config\">") + 21;
    return Json::parse(html.substr(start, html.find("</script>", start) - start));
}

// Every value of attribute `name` in the markup, as numbers.
std::vector<double> attrs(const std::string& markup, const std::string& name) {
    std::vector<double> out;
    std::regex re(" " + name + "=\"(-?[0-9.]+)\"");
    for (std::sregex_iterator it(markup.begin(), markup.end(), re), end; it != end; ++it)
        out.push_back(std::stod((*it)[1]));
    return out;
}

// The viewBox's width and height.
std::pair<double, double> view_box(const std::string& svg) {
    std::smatch m;
    std::regex re("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
    EXPECT_TRUE(std::regex_search(svg, m, re)) << svg;
    return {std::stod(m[1]), std::stod(m[2])};
}

// Text of the SVG's <text> elements (and their lines), without tooltips.
std::vector<std::string> svg_texts(const std::string& svg) {
    std::vector<std::string> out;
    std::regex re("<text[^>]*>(?:<title>[^<]*</title>)?([^<]*)");
    for (std::sregex_iterator it(svg.begin(), svg.end(), re), end; it != end; ++it)
        out.push_back((*it)[1]);
    std::regex span("<tspan[^>]*>([^<]*)</tspan>");
    for (std::sregex_iterator it(svg.begin(), svg.end(), span), end; it != end; ++it)
        out.push_back((*it)[1]);
    return out;
}

// Each <text> element's lines joined with spaces, and each <title>.
std::vector<std::string> whole_texts(const std::string& svg) {
    std::vector<std::string> out;
    std::regex element("<text[^>]*>(.*?)</text>|<title[^>]*>([^<]*)</title>");
    std::regex tags("<title>[^<]*</title>|<[^>]+>");
    for (std::sregex_iterator it(svg.begin(), svg.end(), element), end; it != end; ++it) {
        if ((*it)[2].matched) {
            out.push_back((*it)[2]);
            continue;
        }
        std::string inner = (*it)[1];
        inner = std::regex_replace(inner, std::regex("</tspan><tspan[^>]*>"), " ");
        out.push_back(std::regex_replace(inner, tags, ""));
    }
    return out;
}

// Whether the name can be read whole: on the chart (perhaps over several lines,
// perhaps with its figures) or in a tooltip.
bool readable_whole(const std::string& svg, const std::string& name) {
    for (const auto& t : whole_texts(svg))
        if (t.find(name) != std::string::npos) return true;
    return false;
}

bool has_text(const std::string& svg, const std::string& text) {
    for (const auto& t : svg_texts(svg))
        if (t == text) return true;
    return false;
}

Json dataset(const std::string& type, const std::string& categories, const std::string& series) {
    return Json::parse(R"({"id":"d","title":"Test","type":")" + type +
                       R"(","unit":"cases","categories":)" + categories + R"(,"series":)" + series +
                       "}");
}

const char* const kTypes[] = {"bar", "stacked-bar", "line", "doughnut"};

// WCAG 2.1 contrast ratio of a #rrggbb colour against white.
double contrast_with_white(const std::string& hex) {
    double lum = 0;
    const double weights[] = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; ++i) {
        const double c = std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
        lum += weights[i] * (c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
    }
    return 1.05 / (lum + 0.05);
}

}  // namespace

static Json spec(const std::string& type) {
    return Json::parse(R"({"id":"c1","title":"IDVAS caseload","type":")" + type +
                       R"(","unit":"cases",
      "categories":["Q1","Q2","Q3","Q4"],
      "series":[{"name":"South Cambs","values":[46,45,31,null]},{"name":"County","values":[366,313,237,null]}]})");
}

TEST(Chart, FigureHoldsCaptionSvgTableAndConfig) {
    for (const char* type : {"bar", "stacked-bar", "line", "doughnut"}) {
        std::string html = render_chart(spec(type));
        EXPECT_NE(html.find("<figure class=\"chart\" id=\"c1\" data-chart-type=\"" +
                            std::string(type) + "\">"),
                  std::string::npos)
            << type;
        EXPECT_NE(html.find("<figcaption>IDVAS caseload (cases)</figcaption>"), std::string::npos);
        EXPECT_NE(html.find("<svg class=\"chart-svg\""), std::string::npos);
        EXPECT_NE(html.find("<caption>IDVAS caseload (cases)</caption>"), std::string::npos);
        EXPECT_NE(html.find("<th scope=\"col\" class=\"num\">South Cambs</th>"), std::string::npos);
        EXPECT_NE(
            html.find(
                "<th scope=\"row\">Q3</th><td class=\"num\">31</td><td class=\"num\">237</td>"),
            std::string::npos)
            << type;
        // A missing figure is "not available", never 0.
        EXPECT_NE(html.find("<th scope=\"row\">Q4</th><td class=\"num\">not available</td>"),
                  std::string::npos);
        EXPECT_NE(html.find("<script type=\"application/json\" class=\"chart-config\">"),
                  std::string::npos);
    }
}

TEST(Chart, ConfigCarriesTheSameFiguresAsTheTable) {
    std::string html = render_chart(spec("bar"));
    auto start = html.find("class=\"chart-config\">") + 21;
    auto end = html.find("</script>", start);
    Json config = Json::parse(html.substr(start, end - start));
    EXPECT_EQ(config["type"], "bar");
    EXPECT_EQ(config["categories"], spec("bar")["categories"]);
    EXPECT_EQ(config["series"][0]["values"], spec("bar")["series"][0]["values"]);
    EXPECT_TRUE(config["series"][1]["values"][3].is_null());
}

TEST(Chart, StackedBarsStackAndLinesBreakAtMissingFigures) {
    std::string stacked = render_chart(spec("stacked-bar"));
    std::string grouped = render_chart(spec("bar"));
    // Stacked: y axis runs past the sum (46 + 366 = 412) to the next round 100;
    // grouped: past the largest (366).
    EXPECT_NE(stacked.find(">500</text>"), std::string::npos);
    EXPECT_EQ(grouped.find(">500</text>"), std::string::npos);
    EXPECT_NE(grouped.find(">400</text>"), std::string::npos);
    std::string line = render_chart(spec("line"));
    EXPECT_NE(line.find("<polyline"), std::string::npos);
    EXPECT_EQ(line.find("Q4, South Cambs: 0"), std::string::npos);
}

TEST(Chart, HostileTextCannotBreakOutOfScriptOrMarkup) {
    Json s = spec("bar");
    s["title"] = "</script><script>alert(1)</script> & <b>";
    s["categories"][0] = "<img src=x onerror=alert(1)>";
    s["series"][0]["name"] = "\"><svg onload=alert(1)>";
    std::string html = render_chart(s);
    EXPECT_EQ(html.find("</script><script>"), std::string::npos);
    EXPECT_EQ(html.find("<img src=x"), std::string::npos);
    EXPECT_EQ(html.find("<svg onload"), std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    // Exactly one </script>: the end of the configuration element.
    EXPECT_EQ(html.find("</script>"), html.rfind("</script>"));
    auto start = html.find("class=\"chart-config\">") + 21;
    Json config = Json::parse(html.substr(start, html.find("</script>", start) - start));
    EXPECT_EQ(config["title"], s["title"]);  // the text itself survives, escaped
}

TEST(Chart, MoneyChartsPrintPoundsAndPence) {
    Json s = Json::parse(R"({"id":"f","title":"By fund","type":"bar","money":true,"unit":"£",
      "categories":["SSCF Revenue"],"series":[{"name":"Allocated","values":[60545.9]}]})");
    std::string html = render_chart(s);
    EXPECT_NE(html.find("£60,545.90"), std::string::npos);
}

TEST(Chart, NegativeFiguresAreDrawnFromAZeroLine) {
    const Json neg =
        dataset("bar", R"(["A","B","C"])",
                R"([{"name":"S1","values":[5,-3,2]},{"name":"S2","values":[-1,4,null]}])");
    for (const char* type : {"bar", "stacked-bar", "line"}) {
        Json s = neg;
        s["type"] = type;
        const std::string svg = svg_of(render_chart(s));
        // No negative sizes: a negative bar grows down from zero.
        for (double h : attrs(svg, "height")) EXPECT_GE(h, 0) << type << "\n" << svg;
        for (double w : attrs(svg, "width")) EXPECT_GE(w, 0) << type;
        // The axis runs from below the lowest figure (−3, or −4 stacked) to above the
        // highest, through 0, and everything drawn stays inside the drawing.
        EXPECT_TRUE(has_text(svg, "-4")) << type << "\n" << svg;
        EXPECT_TRUE(has_text(svg, "0")) << type;
        const auto [w, h] = view_box(svg);
        for (double y : attrs(svg, "y")) EXPECT_LE(y, h) << type;
        for (double y : attrs(svg, "cy")) {
            EXPECT_GE(y, 0) << type;
            EXPECT_LE(y, h) << type;
        }
        // The zero line, in the text colour.
        EXPECT_NE(svg.find("stroke=\"#0b0c0c\""), std::string::npos) << type;
        (void)w;
    }
    // The negative bar's tooltip and the table keep the minus sign, as written.
    const std::string html = render_chart(neg);
    EXPECT_NE(html.find("<title>B, S1: -3</title>"), std::string::npos) << html;
    EXPECT_NE(table_of(html).find("<td class=\"num\">-3</td>"), std::string::npos);
}

TEST(Chart, ManyCategoriesBecomeRowsWithEveryNameReadable) {
    std::string cats = "[", values = "[";
    for (int i = 0; i < 30; ++i) {
        cats += (i ? "," : "") + std::string("\"Category ") + (i < 10 ? "0" : "") +
                std::to_string(i) + "\"";
        values += (i ? "," : "") + std::to_string(i);
    }
    const Json s = dataset("bar", cats + "]", R"([{"name":"S1","values":)" + values + "]}]");
    const std::string html = render_chart(s);
    const std::string svg = svg_of(html);
    EXPECT_TRUE(config_of(html)["horizontal"].get<bool>());
    // Every name is written whole, each on its own row: no two at the same height.
    std::regex re("<text x=\"[0-9.]+\" y=\"([0-9.]+)\"[^>]*>Category ");
    std::set<std::string> rows;
    int names = 0;
    for (std::sregex_iterator it(svg.begin(), svg.end(), re), end; it != end; ++it, ++names)
        rows.insert((*it)[1]);
    EXPECT_EQ(names, 30) << svg;
    EXPECT_EQ(rows.size(), 30u);
    // The drawing grows to hold them.
    const auto [w, h] = view_box(svg);
    EXPECT_LE(w, 640);
    for (double y : attrs(svg, "y")) EXPECT_LE(y, h);
}

TEST(Chart, ADoughnutOfManySlicesListsEverySliceAndNeverReliesOnColourAlone) {
    std::string cats = "[", values = "[";
    for (int i = 0; i < 30; ++i) {
        cats += (i ? "," : "") + std::string("\"Slice ") + std::to_string(i) + "\"";
        values += (i ? "," : "") + std::to_string(i + 1);
    }
    const std::string html = render_chart(
        dataset("doughnut", cats + "]", R"([{"name":"S1","values":)" + values + "]}]"));
    const std::string svg = svg_of(html);
    const auto [w, h] = view_box(svg);
    for (int i = 0; i < 30; ++i)
        EXPECT_TRUE(has_text(svg, "Slice " + std::to_string(i) + ": " + std::to_string(i + 1)))
            << i << "\n"
            << svg;
    for (double y : attrs(svg, "y")) EXPECT_LE(y, h);
    for (double x : attrs(svg, "x")) EXPECT_LT(x, w);
    // Eight colours, but no two slices look alike: colour and pattern together differ.
    std::regex slice("<path d=\"[^\"]+\" fill=\"([^\"]+)\"");
    std::set<std::string> fills;
    int slices = 0;
    for (std::sregex_iterator it(svg.begin(), svg.end(), slice), end; it != end; ++it, ++slices)
        fills.insert((*it)[1]);
    EXPECT_EQ(slices, 30);
    EXPECT_EQ(fills.size(), 30u);
    // Chart.js gets the same colours and patterns.
    const Json cfg = config_of(html);
    ASSERT_EQ(cfg["slices"].size(), 30u);
    EXPECT_NE(cfg["slices"][8]["pattern"], cfg["slices"][0]["pattern"]);
    EXPECT_EQ(cfg["slices"][8]["colour"], cfg["slices"][0]["colour"]);
}

TEST(Chart, LongNamesWrapOrAreShortenedWithTheirWholeTextKept) {
    const std::string name =
        "An extremely long category label that goes on and on about a village name";
    const std::string series = "A very long series name indeed for the legend";
    std::string cats = "[", ser = "[";
    for (int i = 0; i < 5; ++i) {
        cats += (i ? "," : "") + std::string("\"") + name + " " + std::to_string(i) + "\"";
        ser += (i ? "," : "") + std::string(R"({"name":")") + series + " " + std::to_string(i) +
               R"(","values":[1,2,3,4,5]})";
    }
    for (const char* type : kTypes) {
        const std::string svg = svg_of(render_chart(dataset(type, cats + "]", ser + "]")));
        const auto [w, h] = view_box(svg);
        EXPECT_LE(w, 640) << type;
        // No line of text is longer than the drawing is wide (at most ~8px a character).
        for (const auto& t : svg_texts(svg)) EXPECT_LE(t.size() * 7.0, w) << type << ": " << t;
        // A name not written whole on the chart is whole in a tooltip.
        for (int i = 0; i < 5; ++i) {
            EXPECT_TRUE(readable_whole(svg, name + " " + std::to_string(i))) << type << ": " << i;
            EXPECT_TRUE(readable_whole(svg, series + " " + std::to_string(i))) << type << ": " << i;
        }
    }
}

TEST(Chart, ADoughnutOfZerosSaysThereIsNothingToDraw) {
    const std::string html = render_chart(
        dataset("doughnut", R"(["A","B","C"])", R"([{"name":"S1","values":[0,0,0]}])"));
    EXPECT_NE(svg_of(html).find("No figures to draw"), std::string::npos) << html;
    // The table still shows the zeros.
    EXPECT_NE(table_of(html).find("<th scope=\"row\">B</th><td class=\"num\">0</td>"),
              std::string::npos);
    // And bars of zeros say so too.
    const std::string bars =
        render_chart(dataset("bar", R"(["A","B"])", R"([{"name":"S1","values":[0,0]}])"));
    EXPECT_TRUE(has_text(svg_of(bars), "Every figure is 0")) << bars;
}

TEST(Chart, NumbersPrintAsWrittenWithThousandsSeparated) {
    const std::string html =
        render_chart(dataset("bar", R"(["A","B","C","D","E"])",
                             R"([{"name":"S1","values":[48.9,21.4,0.125,12345,1234567.5]}])"));
    const std::string table = table_of(html);
    for (const char* figure : {">48.9<", ">21.4<", ">0.125<", ">12,345<", ">1,234,567.5<"})
        EXPECT_NE(table.find(figure), std::string::npos) << figure << "\n" << table;
    for (const char* wrong : {"48.90", "21.40", "0.12<", "12345", "1234567"}) {
        EXPECT_EQ(table.find(wrong), std::string::npos) << wrong;
        EXPECT_EQ(svg_of(html).find(wrong), std::string::npos) << wrong;
    }
    EXPECT_NE(svg_of(html).find("<title>A, S1: 48.9</title>"), std::string::npos);
    // Missing figures stay "not available".
    const std::string missing =
        render_chart(dataset("bar", R"(["A","B"])", R"([{"name":"S1","values":[1.5,null]}])"));
    EXPECT_NE(table_of(missing).find(">not available<"), std::string::npos);
}

TEST(Chart, AxisTicksAreRoundNumbers) {
    const std::string svg = svg_of(
        render_chart(dataset("bar", R"(["A","B"])", R"([{"name":"S1","values":[3.1,7.4]}])")));
    for (const char* tick : {"0", "2", "4", "6", "8"})
        EXPECT_TRUE(has_text(svg, tick)) << tick << "\n" << svg;
    EXPECT_FALSE(has_text(svg, "3.7"));
    EXPECT_FALSE(has_text(svg, "1.85"));
    // Counts are never ticked in halves.
    const std::string counts =
        svg_of(render_chart(dataset("bar", R"(["A","B"])", R"([{"name":"S1","values":[1,2]}])")));
    EXPECT_FALSE(has_text(counts, "0.5")) << counts;
    EXPECT_FALSE(has_text(counts, "1.5"));
}

TEST(Chart, MoneyIsPrintedAsPoundsAndPenceEverywhere) {
    const Json s = Json::parse(R"({"id":"f","title":"By fund","type":"bar","format":"money",
      "unit":"£","categories":["SSCF Revenue","Pooled Fund"],
      "series":[{"name":"Allocated","values":[60545.9,9500]}]})");
    const std::string html = render_chart(s);
    const std::string svg = svg_of(html);
    EXPECT_NE(table_of(html).find("<td class=\"num\">£60,545.90</td>"), std::string::npos) << html;
    EXPECT_NE(table_of(html).find("<td class=\"num\">£9,500.00</td>"), std::string::npos);
    EXPECT_NE(svg.find("<title>SSCF Revenue, Allocated: £60,545.90</title>"), std::string::npos)
        << svg;
    // Ticks in whole pounds, and wide enough a margin for them.
    EXPECT_TRUE(has_text(svg, "£60,000")) << svg;
    EXPECT_TRUE(has_text(svg, "£0"));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(svg, m, std::regex("<text x=\"([0-9.]+)\"[^>]*>£60,000<")));
    EXPECT_GE(std::stod(m[1]), 50);  // right-aligned at x: "£60,000" is ~50px wide
    EXPECT_EQ(config_of(html)["format"], "money");
    EXPECT_NE(html.find("<figcaption>By fund</figcaption>"), std::string::npos);
}

TEST(Chart, ADoughnutOfSeveralSeriesDrawsARingForEach) {
    const std::string html = render_chart(
        dataset("doughnut", R"(["Individuals","Areas"])",
                R"([{"name":"2009-10","values":[4,1]},{"name":"2010-11","values":[6,2]}])"));
    const std::string svg = svg_of(html);
    EXPECT_NE(svg.find("<title>Individuals, 2009-10: 4</title>"), std::string::npos) << svg;
    EXPECT_NE(svg.find("<title>Areas, 2010-11: 2</title>"), std::string::npos) << svg;
    EXPECT_TRUE(has_text(svg, "Outer ring: 2009-10. Inner ring: 2010-11.")) << svg;
    EXPECT_TRUE(has_text(svg, "2010-11: 6"));
    EXPECT_NE(config_of(html)["note"].get<std::string>().find("Outer ring"), std::string::npos);
}

TEST(Chart, TheSvgIsNamedDeterministicAndSizedToItsContent) {
    const std::string a = render_chart(spec("bar"));
    EXPECT_EQ(a, render_chart(spec("bar")));
    const std::string svg = svg_of(a);
    EXPECT_NE(svg.find("role=\"img\" aria-labelledby=\"c1-svg-title\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"c1-svg-title\">IDVAS caseload: bar chart;"), std::string::npos);
    // Drawn at its natural size, never wider than a phone can shrink legibly.
    const auto [w, h] = view_box(svg);
    EXPECT_NE(svg.find("width=\"" + std::to_string(static_cast<int>(w)) + "\""), std::string::npos);
    EXPECT_LE(w, 480);
    (void)h;
}

TEST(Chart, MalformedSeriesAreMissingFiguresNotCrashes) {
    // Fewer values than categories, and a value that is not a number.
    const std::string html =
        render_chart(dataset("line", R"(["A","B","C"])", R"([{"name":"S1","values":[1,"x"]}])"));
    EXPECT_NE(table_of(html).find("<th scope=\"row\">C</th><td class=\"num\">not available</td>"),
              std::string::npos);
    EXPECT_NE(table_of(html).find("<th scope=\"row\">B</th><td class=\"num\">not available</td>"),
              std::string::npos);
}

TEST(Chart, EveryColourDrawnStandsOutFromTheBackground) {
    // Status series (a report's chart) and more series than the palette has colours.
    Json rag = dataset("stacked-bar", R"(["Priority 1","Priority 2"])",
                       R"([{"name":"Green","status":"green","values":[3,4]},
                           {"name":"Amber","status":"amber","values":[1,2]},
                           {"name":"Red","status":"red","values":[1,0]},
                           {"name":"Not reported","status":"not-reported","values":[2,1]}])");
    std::string many = "[";
    for (int i = 0; i < 10; ++i)
        many += (i ? "," : "") + std::string(R"({"name":"S)") + std::to_string(i) +
                R"(","values":[1,2]})";
    for (const Json& s : {rag, dataset("bar", R"(["A","B"])", many + "]"),
                          dataset("line", R"(["A","B"])", many + "]")}) {
        const std::string svg = svg_of(render_chart(s));
        std::regex colour("<(?:rect|path|circle|polyline)[^>]* (?:fill|stroke)=\"(#[0-9a-f]{6})\"");
        int seen = 0;
        for (std::sregex_iterator it(svg.begin(), svg.end(), colour), end; it != end; ++it, ++seen)
            EXPECT_GE(contrast_with_white((*it)[1]), 3.0) << (*it)[1];
        EXPECT_GT(seen, 0);
    }
}
