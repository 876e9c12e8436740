// render/chart.hpp — one chart: a <figure> with a caption,
// a static SVG drawn here (visible without JavaScript and in print), the same
// figures as an accessible table, and the Chart.js configuration as
// <script type="application/json"> for assets/js/charts.js to bring to life.
#pragma once

#include <string>

#include "core/json_value.hpp"

namespace portal {

// spec: {id, title, type: bar|stacked-bar|line|doughnut, unit, format?, categories[],
//        series[{name, values[], status?}]}
// "format": "money" means the values are pounds (JSON numbers such as 60545.9):
// every figure prints as £60,545.90 ("money": true is accepted as the same).
// Otherwise figures print as written in the data, thousands grouped (12,345;
// 48.9; 0.125); a value that is not a number is "not available", never 0.
// Many categories, or long names, are drawn as horizontal bars; a doughnut of
// several series has one ring per series. Same spec, same bytes.
std::string render_chart(const Json& spec);

// JSON for embedding inside <script type="application/json">: '<', '>' and '&'
// are written as \u escapes so "</script>" in a title cannot end the element.
std::string json_for_script(const Json& v);

}  // namespace portal
