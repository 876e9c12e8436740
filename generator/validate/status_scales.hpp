// validate/status_scales.hpp — how a plan or report judges progress: its
// status scale. Three are built in: red-amber-green (the default, so files
// written before scales existed keep working), on-track (on track / not on
// track, as some papers rate) and words (progress in words, no status at all).
// A site may declare scales of its own in site.json ("status_scales": labels,
// order, colours and patterns). Every scale with statuses also allows
// not-reported. Counts, charts, trends and "change since last quarter" compare
// statuses only within one scale: a two-state scale read as three colours
// would show a change that never happened.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "load/json_document.hpp"

namespace portal {

struct ScaleStatus {
    std::string key;       // "green", "on-track", "not-reported", a site's own
    std::string word;      // as pages show it: "Green", "On track"
    std::string colour;    // chart fill and badge swatch, "#rrggbb" (3:1 or more on white)
    int pattern = 0;       // in charts: 0 solid, 1 stripes, 2 dots, 3 cross-hatch
    bool builtin = false;  // styled by the theme's CSS (status-KEY), not by a swatch
};

struct StatusScale {
    std::string name;                   // "red-amber-green", "on-track", "words", a site's own
    std::string words;                  // how a sentence names it: "red, amber or green"
    std::vector<ScaleStatus> statuses;  // best first; empty: progress in words only

    bool words_only() const { return statuses.empty(); }
    // The status with this key on the scale, not-reported included; nullptr if none.
    const ScaleStatus* find(std::string_view key) const;
    // Position on the scale, best first (0); -1 for not-reported or unknown.
    int rank(std::string_view key) const;
    // The keys a milestone may have: the statuses, then not-reported.
    std::vector<std::string> keys() const;
};

inline constexpr std::string_view kDefaultScale = "red-amber-green";
inline constexpr std::string_view kNotReported = "not-reported";

const ScaleStatus& not_reported_status();
// red-amber-green, on-track and words.
std::vector<StatusScale> builtin_scales();
// nullptr when no scale has that name.
const StatusScale* find_scale(const std::vector<StatusScale>& scales, std::string_view name);
// "red-amber-green, on-track, words" (for messages).
std::string scale_names(const std::vector<StatusScale>& scales);

// Adds site.json's own scales (`doc`, after its schema check) to `scales`:
// names and keys that cannot be mistaken for another, colours a chart can
// show on white (3:1, WCAG 1.4.11); each problem an error at its place.
void read_status_scales(const JsonDocument& doc, std::vector<StatusScale>& scales,
                        Diagnostics& diags);

}  // namespace portal
