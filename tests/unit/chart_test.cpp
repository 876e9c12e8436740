#include <gtest/gtest.h>

#include "render/chart.hpp"

using namespace portal;

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
    // Stacked: y axis runs to the sum (46 + 366 = 412); grouped: to the largest (366).
    EXPECT_NE(stacked.find(">412</text>"), std::string::npos);
    EXPECT_NE(grouped.find(">366</text>"), std::string::npos);
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
