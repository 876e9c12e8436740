// model/render_requests.hpp — what a view asks render to make, stored under the
// very key the layout reads ({{{narrative_html}}}, {{plan_href}}, {{csv_size}},
// {{{chart_html}}}), so that a search for a layout's name finds where it is
// made. Only render can make these (HTML from Markdown, with the page's heading
// ids and links; an address relative to the page; a generated file's size; a
// chart's figure); render replaces each request in place (expand_view in
// render/page_renderer.cpp). A request for nothing (no text, no target) becomes
// null: "nothing here" to the layout.
#pragma once

#include <string>
#include <utility>

#include "core/json_value.hpp"

namespace portal {

// The key that marks a request, and its kinds.
inline constexpr const char* kRenderRequest = "$render";
inline constexpr const char* kRenderMarkdown = "markdown";  // "markdown": text -> HTML
inline constexpr const char* kRenderHref = "href";          // "target": site-root-relative address
inline constexpr const char* kRenderSize = "size";          // "file": a generated file's path
inline constexpr const char* kRenderChart = "chart";        // "spec": render/chart.hpp's spec

// HTML of Markdown text.
inline Json html_from_markdown(std::string markdown) {
    return {{kRenderRequest, kRenderMarkdown}, {"markdown", std::move(markdown)}};
}
// A link to a site-root-relative address ("plans/2011-14/", "data/x.csv"),
// relative to the page that shows it; null stays null.
inline Json href_to(Json target) {
    if (target.is_null()) return target;
    return {{kRenderRequest, kRenderHref}, {"target", std::move(target)}};
}
// The size of a file portal writes ("data/reports/x.csv"), as "12.3 KB".
inline Json size_of_file(std::string file) {
    return {{kRenderRequest, kRenderSize}, {"file", std::move(file)}};
}
// The figure of a chart (render/chart.hpp).
inline Json chart_figure(Json spec) {
    return {{kRenderRequest, kRenderChart}, {"spec", std::move(spec)}};
}

}  // namespace portal
