#include "validate/status_scales.hpp"

#include <cmath>
#include <cstdio>

namespace portal {

const ScaleStatus& not_reported_status() {
    static const ScaleStatus s{std::string(kNotReported), "Not reported", "#6f777b", 0, true};
    return s;
}

const ScaleStatus* StatusScale::find(std::string_view key) const {
    for (const auto& s : statuses)
        if (s.key == key) return &s;
    return !words_only() && key == kNotReported ? &not_reported_status() : nullptr;
}

int StatusScale::rank(std::string_view key) const {
    for (std::size_t i = 0; i < statuses.size(); ++i)
        if (statuses[i].key == key) return static_cast<int>(i);
    return -1;
}

std::vector<std::string> StatusScale::keys() const {
    std::vector<std::string> out;
    for (const auto& s : statuses) out.push_back(s.key);
    if (!words_only()) out.emplace_back(kNotReported);
    return out;
}

std::vector<StatusScale> builtin_scales() {
    // The colours are the charts' (render/chart.cpp): each 3:1 or more on white.
    return {
        {std::string(kDefaultScale),
         "red, amber or green",
         {{"green", "Green", "#00703c", 0, true},
          {"amber", "Amber", "#d86a00", 0, true},
          {"red", "Red", "#d4351c", 0, true}}},
        {"on-track",
         "on track or not on track",
         {{"on-track", "On track", "#00703c", 0, true},
          {"not-on-track", "Not on track", "#d4351c", 0, true}}},
        {"words", "progress in words, without a status", {}},
    };
}

const StatusScale* find_scale(const std::vector<StatusScale>& scales, std::string_view name) {
    for (const auto& s : scales)
        if (s.name == name) return &s;
    return nullptr;
}

std::string scale_names(const std::vector<StatusScale>& scales) {
    std::string out;
    for (const auto& s : scales) out += (out.empty() ? "" : ", ") + s.name;
    return out;
}

namespace {

// The contrast of a colour with white (WCAG 2.1's relative luminance).
double contrast_with_white(const std::string& hex) {
    auto channel = [&](std::size_t at) {
        const double c = std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return 1.05 / (l + 0.05);
}

}  // namespace

void read_status_scales(const JsonDocument& doc, std::vector<StatusScale>& scales,
                        Diagnostics& diags) {
    if (!doc.value.contains("status_scales")) return;
    const Json& declared = doc.value["status_scales"];
    static const char* const kPatterns[] = {"solid", "stripes", "dots", "cross-hatch"};
    for (std::size_t i = 0; i < declared.size(); ++i) {
        const std::string at = "/status_scales/" + std::to_string(i);
        const Json& sc = declared[i];
        StatusScale scale;
        scale.name = sc["name"].get<std::string>();
        if (find_scale(scales, scale.name)) {
            diags.error(doc.pos(at + "/name"), "status_scales: \"" + scale.name +
                                                   "\" is already a scale (the scales are " +
                                                   scale_names(scales) +
                                                   "); give this one another name");
            continue;
        }
        std::string words;
        for (std::size_t k = 0; k < sc["statuses"].size(); ++k) {
            const Json& st = sc["statuses"][k];
            const std::string sat = at + "/statuses/" + std::to_string(k);
            ScaleStatus status;
            status.key = st["key"].get<std::string>();
            status.word = st["label"].get<std::string>();
            status.colour = st["colour"].get<std::string>();
            const std::string pattern = st.value("pattern", "solid");
            for (int p = 0; p < 4; ++p)
                if (pattern == kPatterns[p]) status.pattern = p;
            if (status.key == kNotReported || scale.find(status.key))
                diags.error(doc.pos(sat + "/key"),
                            "status_scales: key \"" + status.key + "\" is " +
                                (status.key == kNotReported ? "one every scale has already"
                                                            : "already on scale " + scale.name) +
                                "; give each status its own key");
            if (const double ratio = contrast_with_white(status.colour); ratio < 3.0) {
                char shown[16];
                std::snprintf(shown, sizeof shown, "%.1f", ratio);
                diags.error(doc.pos(sat + "/colour"),
                            "status_scales: colour " + status.colour +
                                " stands out from white by " + shown +
                                ":1; a chart's parts need 3:1 or more (WCAG 1.4.11): choose a "
                                "darker colour");
            }
            words += (k == 0 ? "" : k + 1 == sc["statuses"].size() ? " or " : ", ") + status.word;
            scale.statuses.push_back(std::move(status));
        }
        scale.words = sc.value("words", words);
        scales.push_back(std::move(scale));
    }
}

}  // namespace portal
