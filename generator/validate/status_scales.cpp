#include "validate/status_scales.hpp"

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

}  // namespace portal
