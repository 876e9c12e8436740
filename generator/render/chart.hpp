// render/chart.hpp — one chart as DESIGN.md draws it: a <figure> with a caption,
// a static SVG drawn here (visible without JavaScript and in print), the same
// figures as an accessible table, and the Chart.js configuration as
// <script type="application/json"> for assets/js/charts.js to bring to life.
#pragma once

#include <string>

#include "load/json_document.hpp"

namespace portal {

// spec: {id, title, type: bar|stacked-bar|line|doughnut, unit, categories[],
//        series[{name, values[], status?}]}
std::string render_chart(const Json& spec);

// JSON for embedding inside <script type="application/json">: '<', '>' and '&'
// are written as \u escapes so "</script>" in a title cannot end the element.
std::string json_for_script(const Json& v);

}  // namespace portal
