#include "render/chart.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numbers>
#include <optional>
#include <string_view>
#include <vector>

#include "core/money.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

// ---------------------------------------------------------------------------
// The chart's data, read once from the spec. A values array shorter than the
// categories, or a value that is not a number, is a missing figure: it shows
// as "not available" and is never drawn as 0.

struct Series {
    std::string name;
    std::string status;  // green | amber | red | not-reported, or empty
    // A status scale's own colour ("#rrggbb") and pattern (0-3), when the spec
    // gives them (model/view_helpers: status_chart); else chosen here.
    std::string colour;
    int pattern = 0;
    std::vector<std::optional<double>> values;  // one per category
    std::vector<bool> withheld;  // per category: the figure was withheld (values has none)
};

struct Chart {
    std::string id, type, title, unit;
    bool money = false;
    std::vector<std::string> categories;
    std::vector<Series> series;
};

std::string format_number(double v);

// Categories and series names are text; a number written there is shown as written.
std::string text_of(const Json& j) {
    if (j.is_string()) return j.get<std::string>();
    if (j.is_number()) return format_number(j.get<double>());
    return j.is_null() ? "" : j.dump();
}

Series read_series(const Json& s, std::size_t categories) {
    Series out;
    if (!s.is_object()) return out;
    if (s.contains("name")) out.name = text_of(s["name"]);
    if (s.contains("status") && s["status"].is_string()) out.status = s["status"];
    // Only a colour written #rrggbb reaches an attribute.
    if (s.contains("colour") && s["colour"].is_string()) {
        const std::string c = s["colour"];
        if (c.size() == 7 && c[0] == '#' &&
            c.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos)
            out.colour = c;
    }
    if (s.contains("pattern") && s["pattern"].is_number_integer()) {
        const int p = s["pattern"].get<int>();
        out.pattern = p >= 0 && p <= 3 ? p : 0;
    }
    const Json* values = s.contains("values") && s["values"].is_array() ? &s["values"] : nullptr;
    for (std::size_t c = 0; c < categories; ++c) {
        if (values && c < values->size() && (*values)[c].is_number())
            out.values.emplace_back((*values)[c].get<double>());
        else
            out.values.emplace_back(std::nullopt);
    }
    // "withheld": indexes of figures redaction removed; they read "Withheld", not
    // "not available", and are drawn as nothing.
    out.withheld.assign(categories, false);
    if (s.contains("withheld") && s["withheld"].is_array())
        for (const auto& i : s["withheld"])
            if (i.is_number_unsigned() && i.get<std::size_t>() < categories)
                out.withheld[i.get<std::size_t>()] = true;
    return out;
}

std::string string_or(const Json& spec, const char* key, const std::string& fallback) {
    return spec.contains(key) && spec[key].is_string() ? spec[key].get<std::string>() : fallback;
}

Chart read_chart(const Json& spec) {
    Chart c;
    c.type = string_or(spec, "type", "bar");
    c.id = string_or(spec, "id", "chart");
    c.title = string_or(spec, "title", "");
    // "format": "money" marks pounds; "money": true is the older spelling of the same.
    c.money = string_or(spec, "format", "") == "money" ||
              (spec.contains("money") && spec["money"] == true);
    // A money chart's figures each carry "£", so the caption needs no unit.
    c.unit = c.money ? "" : string_or(spec, "unit", "");
    if (spec.contains("categories") && spec["categories"].is_array())
        for (const auto& cat : spec["categories"]) c.categories.push_back(text_of(cat));
    if (spec.contains("series") && spec["series"].is_array())
        for (const auto& s : spec["series"])
            c.series.push_back(read_series(s, c.categories.size()));
    return c;
}

// ---------------------------------------------------------------------------
// Numbers as residents read them: as written in the data (the shortest form that
// reads back as the same number: 48.9, 0.125, -3, 109), digits grouped in
// thousands; money as format_money prints it: £60,545.90. The plain "-" of the
// data (not U+2212) keeps a figure copied from the table a number in a spreadsheet.

// "1234567" → "1,234,567".
std::string group_thousands(std::string_view digits) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

const char* const kMoneyMinus = "\xE2\x88\x92";  // U+2212, as format_money writes it

std::string format_number(double v) {
    // Fixed notation of any double, including the smallest, fits in 400 characters.
    char buf[400];
    auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::fixed);
    std::string_view s(buf, static_cast<std::size_t>(res.ptr - buf));
    const auto dot = s.find('.');
    std::string out = v < 0 ? "-" : "";
    out += group_thousands(s.substr(0, dot));
    if (dot != std::string_view::npos) out += s.substr(dot);
    return out;
}

std::string format_pounds(double pounds) {
    // Money came from integer pence, so rounding to the penny recovers it exactly.
    if (std::fabs(pounds) >= 1e13) return "\xC2\xA3" + format_number(pounds);
    return format_money(static_cast<Pence>(std::llround(pounds * 100)));
}

std::string format_value(double v, bool money) {
    return money ? format_pounds(v) : format_number(v);
}

std::string cell(const std::optional<double>& v, bool money) {
    return v ? format_value(*v, money) : "not available";
}

// Series s's figure for category k, as a table cell and a tooltip show it.
std::string cell(const Series& s, std::size_t k, bool money) {
    if (k < s.withheld.size() && s.withheld[k]) return "Withheld";
    return cell(s.values[k], money);
}

// ---------------------------------------------------------------------------
// Axis scales run from min(0, lowest) to max(0, highest) in "nice" steps of 1, 2,
// 2.5 or 5 times a power of ten, so bars grow from zero and ticks read 0, 5, 10.

struct Scale {
    double lo = 0, hi = 1, step = 1;
    int decimals = 0;  // of the step, so that ticks print without floating-point noise
};

int decimals_of(double step) {
    for (int d = 0; d < 12; ++d) {
        const double m = step * std::pow(10.0, d);
        if (std::fabs(m - std::round(m)) < 1e-9 * std::max(1.0, m)) return d;
    }
    return 12;
}

// About `intervals` steps from lo to hi (fewer when the figures are whole numbers).
Scale nice_scale(double lo, double hi, bool integers, int intervals = 5) {
    if (hi - lo <= 0) hi = lo + (integers ? 5 : 1);  // every figure 0: an axis still reads
    const double rough = (hi - lo) / intervals;
    const double mag = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * mag;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        const double candidate = m * mag;
        // Counts are never ticked at 2.5 or 0.5.
        if (integers && candidate != std::floor(candidate)) continue;
        if (candidate >= rough) {
            step = candidate;
            break;
        }
    }
    if (integers) step = std::max(step, 1.0);
    Scale s;
    s.step = step;
    s.lo = std::floor(lo / step + 1e-9) * step;
    s.hi = std::ceil(hi / step - 1e-9) * step;
    s.decimals = decimals_of(step);
    return s;
}

std::vector<double> ticks_of(const Scale& s) {
    std::vector<double> out;
    const long long n = std::llround((s.hi - s.lo) / s.step);
    const double p = std::pow(10.0, s.decimals);
    for (long long i = 0; i <= n; ++i) {
        double t = std::round((s.lo + static_cast<double>(i) * s.step) * p) / p;
        out.push_back(t == 0 ? 0 : t);  // never "−0"
    }
    return out;
}

// Whole-pound ticks drop the pence: "£20,000", where a figure is "£23,500.00".
std::string format_tick(double t, const Scale& s, bool money) {
    if (!money) return format_number(t);
    if (s.decimals > 0) return format_pounds(t);
    return (t < 0 ? std::string(kMoneyMinus) : "") + "\xC2\xA3" +
           group_thousands(std::to_string(std::llabs(std::llround(t))));
}

// Position of v on a scale whose lo is drawn at p0 and hi at p1.
double place(const Scale& s, double v, double p0, double p1) {
    return p0 + (v - s.lo) / (s.hi - s.lo) * (p1 - p0);
}

// Lowest and highest figure (or stack), and whether every figure is a whole number.
struct Extent {
    double lo = 0, hi = 0;
    bool any = false, integers = true;
};

Extent extent_of(const Chart& c, bool stacked) {
    Extent e;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        double pos = 0, neg = 0;  // a stack's ends above and below zero
        for (const auto& s : c.series) {
            if (!s.values[k]) continue;
            const double v = *s.values[k];
            e.any = true;
            e.integers = e.integers && v == std::floor(v);
            if (stacked) (v > 0 ? pos : neg) += v;
            e.lo = std::min(e.lo, stacked ? neg : v);
            e.hi = std::max(e.hi, stacked ? pos : v);
        }
    }
    return e;
}

// ---------------------------------------------------------------------------
// Text. The generator has no font, so widths are estimated from DejaVu Sans, the
// widest common stand-in for Arial: estimates err on the side of room to spare.

constexpr double kFont = 14;   // px at the chart's natural size
constexpr double kLineH = 17;  // between lines of one label

// At 480 wide a chart shrinks to about two thirds on a 360px phone (text about
// 10px); at 400, to four fifths (text about 11px). Wider columns become rows.
constexpr double kMinWidth = 320;   // narrowest chart
constexpr double kMaxWidth = 480;   // widest column or line chart
constexpr double kRowsWidth = 400;  // horizontal bars and doughnuts

// Advance widths of ASCII 32..126 in DejaVu Sans, thousandths of an em.
constexpr std::array<short, 95> kAdvance = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};

double text_width(std::string_view s, double size = kFont) {
    double w = 0;
    for (unsigned char ch : s) {
        if (ch >= 32 && ch < 127)
            w += kAdvance[ch - 32];
        else if (ch >= 0xE3)
            w += 1000;  // the lead byte of a wide (CJK) character
        else if (ch >= 0xC0)
            w += 700;  // the lead byte of an accented letter or a symbol such as £ or −
        // UTF-8 continuation bytes add nothing: their character is counted once.
    }
    return w * size / 1000;
}

// Bytes in the UTF-8 character that starts with `lead`.
std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    return lead >= 0xC0 ? 2 : 1;
}

// As many whole characters as fit in width with "…" after them.
std::string ellipsize(std::string_view s, double width) {
    const std::string_view ellipsis = "\xE2\x80\xA6";
    const double room = width - text_width(ellipsis);
    double used = 0;
    std::size_t keep = 0;
    while (keep < s.size()) {
        const std::size_t len =
            std::min(utf8_length(static_cast<unsigned char>(s[keep])), s.size() - keep);
        used += text_width(s.substr(keep, len));
        if (used > room) break;
        keep += len;
    }
    while (keep > 0 && s[keep - 1] == ' ') --keep;
    return std::string(s.substr(0, keep)) + std::string(ellipsis);
}

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// A label wrapped at spaces into at most max_lines lines; `cut` when it had to be
// shortened, so that its full text goes into a <title>.
struct Wrapped {
    std::vector<std::string> lines;
    bool cut = false;
};

Wrapped wrap(std::string_view text, double width, std::size_t max_lines) {
    Wrapped w;
    std::string line;
    for (auto word : words_of(text)) {
        std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (line.empty() || text_width(candidate) <= width) {
            line = std::move(candidate);
        } else {
            w.lines.push_back(line);
            line = word;
        }
    }
    if (!line.empty()) w.lines.push_back(line);
    if (w.lines.size() > max_lines) {
        w.lines.resize(max_lines);
        w.lines.back() = ellipsize(w.lines.back(), width);
        w.cut = true;
    }
    for (auto& l : w.lines)
        if (text_width(l) > width) {  // one word longer than the line
            l = ellipsize(l, width);
            w.cut = true;
        }
    return w;
}

double widest_line(const Wrapped& w) {
    double m = 0;
    for (const auto& l : w.lines) m = std::max(m, text_width(l));
    return m;
}

// The narrowest width (plus a margin) at which a label fits on two lines.
double two_line_width(const std::string& s) {
    double longest_word = 0;
    for (auto word : words_of(s)) longest_word = std::max(longest_word, text_width(word));
    const double total = text_width(s);
    double w = std::max(longest_word, total / 2);
    // Past the widest chart, the exact width no longer matters.
    while (w < total && w < kMaxWidth && wrap(s, w, 1000).lines.size() > 2) w += 4;
    return std::min(w, total) + 10;
}

// ---------------------------------------------------------------------------
// SVG output. Coordinates carry one decimal; everything from data is escaped.

std::string num(double v) {
    v = std::round(v * 10) / 10;
    if (v == 0) v = 0;
    char buf[48];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
    std::string s(buf, res.ptr);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string title_el(const std::string& text) {
    return "<title>" + html_escape(text) + "</title>";
}

// A label of one or more lines with its baseline at y; a shortened label keeps its
// whole text as a tooltip.
std::string text_el(double x, double y, std::string_view anchor, const Wrapped& w,
                    const std::string& full, std::string_view attrs = "") {
    if (w.lines.empty()) return "";
    std::string out = "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"";
    if (!anchor.empty()) out += " text-anchor=\"" + std::string(anchor) + "\"";
    out += std::string(attrs) + ">";
    if (w.cut) out += title_el(full);
    if (w.lines.size() == 1) return out + html_escape(w.lines[0]) + "</text>";
    for (std::size_t i = 0; i < w.lines.size(); ++i)
        out += "<tspan x=\"" + num(x) + "\"" + (i ? " dy=\"" + num(kLineH) + "\"" : "") + ">" +
               html_escape(w.lines[i]) + "</tspan>";
    return out + "</text>";
}

std::string plain_text(double x, double y, std::string_view anchor, const std::string& s,
                       std::string_view attrs = "") {
    return text_el(x, y, anchor, Wrapped{{s}, false}, s, attrs);
}

std::string line_el(double x1, double y1, double x2, double y2, std::string_view colour) {
    return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" +
           num(y2) + "\" stroke=\"" + std::string(colour) + "\" stroke-width=\"1\"/>";
}

const char* const kGrid = "#b1b4b6";
const char* const kAxis = "#0b0c0c";
const char* const kSecondaryText = " fill=\"#505a5f\"";  // 7:1 on white

// ---------------------------------------------------------------------------
// Colour and pattern. Every colour has at least 3:1 contrast with white (WCAG
// 1.4.11); status series use the status colours (amber and "not reported" are
// darker than the badges' so that they reach 3:1). Series and slices are told
// apart by colour and by a pattern (solid, stripes, dots, cross-hatch) — and on
// lines by marker shape — so nothing depends on colour alone; together they stay
// distinct for 32 series or slices.

constexpr std::array<const char*, 8> kPalette = {"#1d70b8", "#d4351c", "#00703c", "#6f72af",
                                                 "#b58840", "#28a197", "#912b88", "#505a5f"};

struct Style {
    std::string colour;
    int pattern = 0;  // 0 solid, 1 stripes, 2 dots, 3 cross-hatch; on lines, the marker
};

std::string status_colour(std::string_view status) {
    if (status == "green") return "#00703c";
    if (status == "amber") return "#d86a00";
    if (status == "red") return "#d4351c";
    if (status == "not-reported") return "#6f777b";
    return "";
}

// Style of the i-th of n series (or slices). A lone series needs no pattern.
Style style_of(std::size_t i, std::size_t n, std::string_view status = "") {
    Style s;
    s.colour = status_colour(status);
    if (s.colour.empty()) s.colour = kPalette[i % kPalette.size()];
    // Colour cycles every 8, the pattern shifts each cycle: (colour, pattern) pairs
    // repeat only after 32.
    s.pattern = n > 1 ? static_cast<int>((i + i / kPalette.size()) % 4) : 0;
    return s;
}

// Fills for one chart: a colour, or a pattern defined once in the chart's <defs>.
// Pattern ids start with the chart's id, so several charts can share a page.
class Paints {
  public:
    explicit Paints(std::string prefix) : prefix_(std::move(prefix)) {}

    std::string fill(const Style& s) {
        if (s.pattern == 0) return s.colour;
        auto it = std::find_if(used_.begin(), used_.end(), [&](const Style& u) {
            return u.colour == s.colour && u.pattern == s.pattern;
        });
        if (it == used_.end()) it = used_.insert(used_.end(), s);
        return "url(#" + id(static_cast<std::size_t>(it - used_.begin())) + ")";
    }

    // fill="..." plus, for a pattern, an outline in the colour so the shape's edge
    // keeps its contrast.
    std::string attrs(const Style& s) {
        std::string out = " fill=\"" + fill(s) + "\"";
        if (s.pattern != 0) out += " stroke=\"" + s.colour + "\" stroke-width=\"1\"";
        return out;
    }

    std::string defs() const {
        if (used_.empty()) return "";
        std::string out = "<defs>";
        for (std::size_t i = 0; i < used_.size(); ++i) out += pattern_def(id(i), used_[i]);
        return out + "</defs>";
    }

  private:
    std::string id(std::size_t i) const { return prefix_ + "-p" + std::to_string(i); }

    static std::string pattern_def(const std::string& id, const Style& s) {
        std::string out = "<pattern id=\"" + id +
                          "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"" +
                          (s.pattern == 2 ? "" : " patternTransform=\"rotate(45)\"") +
                          "><rect width=\"6\" height=\"6\" fill=\"" + s.colour + "\"/>";
        if (s.pattern == 1) out += "<rect width=\"2\" height=\"6\" fill=\"#fff\"/>";
        if (s.pattern == 2) out += "<circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"#fff\"/>";
        if (s.pattern == 3)
            out +=
                "<rect width=\"1.5\" height=\"6\" fill=\"#fff\"/><rect width=\"6\" "
                "height=\"1.5\" fill=\"#fff\"/>";
        return out + "</pattern>";
    }

    std::string prefix_;
    std::vector<Style> used_;
};

Style series_style(const Chart& c, std::size_t s) {
    if (!c.series[s].colour.empty()) return {c.series[s].colour, c.series[s].pattern};
    return style_of(s, c.series.size(), c.series[s].status);
}

// A line chart's point: circle, square, triangle or diamond by series.
std::string marker(double x, double y, const Style& s, const std::string& tooltip) {
    const std::string fill = " fill=\"" + s.colour + "\">" + title_el(tooltip);
    switch (s.pattern) {
        case 1:
            return "<rect x=\"" + num(x - 4) + "\" y=\"" + num(y - 4) +
                   "\" width=\"8\" height=\"8\"" + fill + "</rect>";
        case 2:
            return "<path d=\"M" + num(x) + " " + num(y - 5.5) + "L" + num(x + 5) + " " +
                   num(y + 3.5) + "L" + num(x - 5) + " " + num(y + 3.5) + "Z\"" + fill + "</path>";
        case 3:
            return "<path d=\"M" + num(x) + " " + num(y - 5.5) + "L" + num(x + 5.5) + " " + num(y) +
                   "L" + num(x) + " " + num(y + 5.5) + "L" + num(x - 5.5) + " " + num(y) + "Z\"" +
                   fill + "</path>";
        default:
            return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4.5\"" + fill +
                   "</circle>";
    }
}

// ---------------------------------------------------------------------------
// Drawings. Each returns its natural size: the SVG is drawn at that size and only
// ever shrinks to fit (CSS max-width), so text is never scaled up and, because
// charts are drawn no wider than they need, stays readable on a 360px phone.

struct Drawing {
    double width = 0, height = 0;
    std::string body;
};

constexpr double kPlotH = 220;  // height of a column chart's plot
constexpr std::size_t kMaxColumns = 12;

std::string tip(const Chart& c, std::size_t k, std::size_t s) {
    return c.categories[k] + ", " + c.series[s].name + ": " + cell(c.series[s], k, c.money);
}

// A legend above the chart (read before it), wrapped into rows; returns its height.
double series_legend(const Chart& c, Paints& paints, double width, bool lines, std::string& out) {
    if (c.series.size() < 2) return 0;  // a lone series is named by the table's heading
    double x = 0, y = 0;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
        const Style st = series_style(c, s);
        const Wrapped name = wrap(c.series[s].name, width - 20, 1);
        const double w = 20 + widest_line(name);
        if (x > 0 && x + w > width) {  // next row
            x = 0;
            y += 22;
        }
        if (lines) {
            out += "<line x1=\"" + num(x) + "\" y1=\"" + num(y + 9) + "\" x2=\"" + num(x + 22) +
                   "\" y2=\"" + num(y + 9) + "\" stroke=\"" + st.colour + "\" stroke-width=\"3\"/>";
            out += marker(x + 11, y + 9, st, c.series[s].name);
        } else {
            out += "<rect x=\"" + num(x) + "\" y=\"" + num(y + 2) +
                   "\" width=\"14\" height=\"14\"" + paints.attrs(st) + "/>";
        }
        out += text_el(x + (lines ? 28 : 20), y + 14, "", name, c.series[s].name);
        x += w + (lines ? 8 : 0) + 14;
    }
    return y + 22 + 10;
}

// A sentence in the middle of the plot when there is nothing to see there.
std::string plot_note(const Chart& c, double cx, double cy) {
    for (const auto& s : c.series)
        for (const auto& v : s.values)
            if (v && *v != 0) return "";
    return plain_text(cx, cy, "middle", "Every figure is 0", kSecondaryText);
}

// --- columns (bar, stacked-bar) and lines: categories along the bottom ------

struct Columns {
    Scale scale;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0, slot = 0, width = 0, height = 0;
    std::vector<Wrapped> labels;  // one per category; empty when thinned out
    double y(double v) const { return place(scale, v, y1, y0); }
    double centre(std::size_t k) const { return x0 + slot * (static_cast<double>(k) + 0.5); }
};

double widest_tick(const Scale& s, bool money) {
    double w = 0;
    for (double t : ticks_of(s)) w = std::max(w, text_width(format_tick(t, s, money)));
    return w;
}

double axis_width(const Scale& s, bool money) {
    return std::max(24.0, widest_tick(s, money) + 12);
}

double widest_label(const Chart& c, bool one_line) {
    double need = 0;
    for (const auto& cat : c.categories)
        need = std::max(need, one_line ? text_width(cat) + 12 : two_line_width(cat));
    return need;
}

// Width one category needs for its bars (or a line's points).
double bars_need(const Chart& c, bool stacked, bool line) {
    if (line) return 24;
    return stacked || c.series.size() == 1 ? 44 : 12 * static_cast<double>(c.series.size()) + 12;
}

// Width a lone series' figures need, written above its columns or points.
double values_need(const Chart& c) {
    double need = 0;
    if (c.series.size() != 1) return need;
    for (const auto& v : c.series[0].values)
        if (v) need = std::max(need, text_width(format_value(*v, c.money)) + 8);
    return need;
}

bool fits(const Chart& c, const Scale& s, double need) {
    return axis_width(s, c.money) + 8 + static_cast<double>(c.categories.size()) * need <=
           kMaxWidth;
}

// Width per category: the bars and labels wrapped onto two lines; then, while the
// chart still fits, room for the figures above the bars and for one-line labels.
double column_need(const Chart& c, const Scale& s, bool stacked, bool line) {
    double need = std::max(bars_need(c, stacked, line), widest_label(c, false));
    for (double more : {values_need(c), widest_label(c, true)})
        if (fits(c, s, std::max(need, more))) need = std::max(need, more);
    return need;
}

// Lays out a column chart: the left margin fits the widest tick label, the chart
// is as wide as its categories need (within limits), and labels wrap onto two
// lines — on a line chart with too many categories, only every k-th is shown.
Columns layout_columns(const Chart& c, const Scale& s, double top, double need, bool thin) {
    Columns f;
    f.scale = s;
    const double n = static_cast<double>(c.categories.size());
    f.x0 = axis_width(s, c.money);
    f.width = std::clamp(f.x0 + 8 + n * need, kMinWidth, kMaxWidth);
    f.x1 = f.width - 8;
    f.slot = (f.x1 - f.x0) / n;
    const std::size_t every =
        thin ? std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(need / f.slot))) : 1;
    std::size_t lines = 1;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        f.labels.push_back(k % every == 0
                               ? wrap(c.categories[k], f.slot * static_cast<double>(every) - 8, 3)
                               : Wrapped{});
        lines = std::max(lines, f.labels.back().lines.size());
    }
    f.y0 = top;
    f.y1 = top + kPlotH;
    f.height = f.y1 + 24 + kLineH * static_cast<double>(lines - 1) + 8;
    return f;
}

std::string value_axis(const Columns& f, bool money) {
    std::string out;
    for (double t : ticks_of(f.scale)) {
        const double y = f.y(t);
        if (t != 0) out += line_el(f.x0, y, f.x1, y, kGrid);
        out += plain_text(f.x0 - 8, y + 5, "end", format_tick(t, f.scale, money), kSecondaryText);
    }
    return out;
}

std::string category_labels(const Chart& c, const Columns& f, double y) {
    std::string out;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        // Keep a wide label (a thinned line chart's) inside the drawing.
        const double half = widest_line(f.labels[k]) / 2;
        const double x = std::clamp(f.centre(k), half + 2, std::max(half + 2, f.width - half - 2));
        out += text_el(x, y, "middle", f.labels[k], c.categories[k]);
    }
    return out;
}

// The values [from, to] a figure's bar spans: from zero or, in a stack, from the
// end of the bars before it on its side of zero (positives up, negatives down).
struct Span {
    double from = 0, to = 0;
};

Span bar_span(double v, bool stacked, double& pos, double& neg) {
    if (!stacked) return {std::min(v, 0.0), std::max(v, 0.0)};
    double& base = v < 0 ? neg : pos;
    const double start = base;
    base += v;
    return {std::min(start, base), std::max(start, base)};
}

// Shrinks a stack's segment at both ends, so that segments stay apart.
void inset(double& start, double& length, bool stacked) {
    if (stacked && length > 1) {
        start += 0.5;
        length -= 1;
    }
}

// One bar spanning `span`, of width w centred at x.
std::string column_rect(const Columns& f, double x, double w, Span span, const Style& st,
                        Paints& paints, const std::string& tip_text, bool stacked) {
    if (span.from == span.to) return "";  // a 0 has no bar (an outline would show as a line)
    double top = f.y(span.to), h = f.y(span.from) - top;
    inset(top, h, stacked);
    return "<rect x=\"" + num(x - w / 2) + "\" y=\"" + num(top) + "\" width=\"" + num(w) +
           "\" height=\"" + num(h) + "\"" + paints.attrs(st) + ">" + title_el(tip_text) + "</rect>";
}

// A lone series' figures written above its columns or points (below negative
// ones), gap away, when every one fits its category: hovering is not possible on
// paper or a phone.
std::string column_values(const Chart& c, const Columns& f, double gap) {
    if (c.series.size() != 1) return "";
    std::string out;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        const auto& v = c.series[0].values[k];
        if (!v) continue;
        const std::string s = format_value(*v, c.money);
        if (text_width(s) > f.slot - 4) return "";
        out += plain_text(f.centre(k), *v < 0 ? f.y(*v) + gap + 10 : f.y(*v) - gap, "middle", s);
    }
    return out;
}

// "not available" where a category has no figure at all, so an empty place does
// not read as 0.
std::string missing_notes(const Chart& c, const Columns& f) {
    const Wrapped words = wrap("not available", f.slot - 4, 2);
    if (words.cut) return "";
    const double y = f.y(0) - 6 - kLineH * static_cast<double>(words.lines.size() - 1);
    std::string out;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        const bool none = std::none_of(c.series.begin(), c.series.end(),
                                       [k](const Series& s) { return s.values[k].has_value(); });
        if (none) out += text_el(f.centre(k), y, "middle", words, "not available", kSecondaryText);
    }
    return out;
}

Drawing draw_columns(const Chart& c, const Scale& scale, bool stacked, double need) {
    Paints paints(html_escape(c.id));
    Drawing d;
    std::string legend;
    const double width = layout_columns(c, scale, 0, need, false).width;
    const double legend_h = series_legend(c, paints, width, false, legend);
    const bool values = c.series.size() == 1;
    // Room for figures above the columns, and under negative ones.
    const double below = values && scale.lo < 0 ? 18 : 0;
    Columns f = layout_columns(c, scale, legend_h + (values ? 22 : 10), need, false);
    f.height += below;
    const double ns = static_cast<double>(c.series.size());
    const double group = std::min(f.slot * 0.8, stacked || ns == 1 ? 72 : 24 * ns);
    std::string bars;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        double pos = 0, neg = 0;
        for (std::size_t s = 0; s < c.series.size(); ++s) {
            const auto& v = c.series[s].values[k];
            if (!v) continue;
            // Side by side, or one column per category when stacked or alone.
            const double w = stacked ? group : group / ns;
            const double x = stacked ? f.centre(k)
                                     : f.centre(k) - group / 2 + w * (static_cast<double>(s) + 0.5);
            bars += column_rect(f, x, stacked ? w : std::max(1.0, w - 2),
                                bar_span(*v, stacked, pos, neg), series_style(c, s), paints,
                                tip(c, k, s), stacked);
        }
    }
    d.width = f.width;
    d.height = f.height;
    d.body = paints.defs() + legend + value_axis(f, c.money) + bars +
             line_el(f.x0, f.y(0), f.x1, f.y(0), kAxis) + column_values(c, f, 6) +
             missing_notes(c, f) + category_labels(c, f, f.y1 + 20 + below) +
             plot_note(c, (f.x0 + f.x1) / 2, (f.y0 + f.y1) / 2);
    return d;
}

// --- horizontal bars: one row per category, its label above its bars -------
// Used when categories are many or their names long: names then read across the
// full width instead of being squeezed under columns.

struct Rows {
    Scale scale;
    double x0 = 0, x1 = 0;
    double x(double v) const { return place(scale, v, x0, x1); }
};

// start: where the bars' area begins (after labels written to the left).
// Each bar carries its figure at its end, except a stack's segments.
bool rows_labelled(const Chart& c, bool stacked) {
    return !stacked || c.series.size() == 1;
}

Rows layout_rows(const Chart& c, const Scale& s, bool stacked, double start) {
    double pos_w = 0, neg_w = 0;  // room for the figure at the end of each bar
    for (const auto& ser : c.series)
        for (const auto& v : ser.values) {
            if (!v || !rows_labelled(c, stacked)) continue;
            double& room = *v < 0 ? neg_w : pos_w;
            room = std::max(room, text_width(format_value(*v, c.money)));
        }
    const auto ticks = ticks_of(s);
    const double first = text_width(format_tick(ticks.front(), s, c.money)) / 2;
    const double last = text_width(format_tick(ticks.back(), s, c.money)) / 2;
    Rows r;
    r.scale = s;
    r.x0 = start + std::max({4.0, first + 2, neg_w > 0 ? neg_w + 8 : 0.0});
    r.x1 = kRowsWidth - std::max({4.0, last + 2, pos_w > 0 ? pos_w + 8 : 0.0});
    return r;
}

std::string row_rect(const Rows& r, double y, double h, Span span, const Style& st, Paints& paints,
                     const std::string& tip_text, bool stacked) {
    if (span.from == span.to) return "";  // a 0 has no bar (an outline would show as a line)
    double left = r.x(span.from), w = r.x(span.to) - left;
    inset(left, w, stacked);
    return "<rect x=\"" + num(left) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" +
           num(h) + "\"" + paints.attrs(st) + ">" + title_el(tip_text) + "</rect>";
}

std::string row_value(const Chart& c, const Rows& r, double v, double y) {
    const std::string s = format_value(v, c.money);
    return v < 0 ? plain_text(r.x(v) - 6, y, "end", s) : plain_text(r.x(v) + 6, y, "", s);
}

// The bars of one category, from y.
void category_bars(const Chart& c, const Rows& r, std::size_t k, bool stacked, double y,
                   Paints& paints, std::string& out) {
    const bool grouped = !stacked && c.series.size() > 1;
    const double h = grouped ? 16 : 22;
    double pos = 0, neg = 0, dy = 0;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
        const auto& v = c.series[s].values[k];
        if (grouped) dy = static_cast<double>(s) * (h + 3);
        if (!v) {
            if (rows_labelled(c, stacked))
                out += plain_text(r.x(0) + 6, y + dy + h - 5, "", "not available", kSecondaryText);
            continue;
        }
        out += row_rect(r, y + dy, h, bar_span(*v, stacked, pos, neg), series_style(c, s), paints,
                        tip(c, k, s), stacked);
        if (rows_labelled(c, stacked)) out += row_value(c, r, *v, y + dy + h - 5);
    }
}

// Height of one category's bars: one bar, or one per series.
double block_height(const Chart& c, bool stacked) {
    const bool grouped = !stacked && c.series.size() > 1;
    return grouped ? static_cast<double>(c.series.size()) * 19 - 3 : 22;
}

// Bold text is about a tenth wider than the estimate.
constexpr double kBold = 1.12;
const char* const kBoldAttr = " font-weight=\"bold\"";

// Short names go to the left of their bars, so that many rows stay compact;
// long ones above, across the full width.
double left_labels_width(const Chart& c) {
    double w = 0;
    for (const auto& cat : c.categories) w = std::max(w, text_width(cat) * kBold);
    return w <= kRowsWidth * 0.4 ? w + 10 : 0;
}

// A scale whose tick labels, written across the page, have room between them.
Scale rows_scale(const Chart& c, const Extent& e, bool stacked, double label_w) {
    Scale s;
    for (int intervals = 5; intervals >= 2; --intervals) {
        s = nice_scale(e.lo, e.hi, e.integers, intervals);
        const Rows r = layout_rows(c, s, stacked, label_w);
        const double spacing = (r.x1 - r.x0) * s.step / (s.hi - s.lo);
        if (spacing >= widest_tick(s, c.money) + 16) break;
    }
    return s;
}

Drawing draw_rows(const Chart& c, const Extent& e, bool stacked) {
    Paints paints(html_escape(c.id));
    std::string legend, bars;
    double y = series_legend(c, paints, kRowsWidth, false, legend);
    const double label_w = left_labels_width(c), block = block_height(c, stacked);
    const Scale scale = rows_scale(c, e, stacked, label_w);
    const Rows r = layout_rows(c, scale, stacked, label_w);
    const double top = y;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        if (label_w > 0) {
            bars += plain_text(0, y + block / 2 + 5, "", c.categories[k], kBoldAttr);
        } else {
            const Wrapped label = wrap(c.categories[k], (kRowsWidth - 4) / kBold, 2);
            bars += text_el(0, y + kFont, "", label, c.categories[k], kBoldAttr);
            y += kLineH * static_cast<double>(label.lines.size()) + 5;
        }
        category_bars(c, r, k, stacked, y, paints, bars);
        y += block + (label_w > 0 ? 10 : 14);
    }
    std::string axis;
    for (double t : ticks_of(scale)) {
        if (t != 0) axis += line_el(r.x(t), top, r.x(t), y, kGrid);
        axis +=
            plain_text(r.x(t), y + 18, "middle", format_tick(t, scale, c.money), kSecondaryText);
    }
    Drawing d;
    d.width = kRowsWidth;
    d.height = y + 26;
    d.body = paints.defs() + legend + axis + bars + line_el(r.x(0), top, r.x(0), y, kAxis) +
             plot_note(c, (r.x0 + r.x1) / 2, (top + y) / 2);
    return d;
}

// --- lines ------------------------------------------------------------------

std::string polyline(const std::string& points, const std::string& colour) {
    return "<polyline fill=\"none\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke=\"" +
           colour + "\" points=\"" + points + "\"/>";
}

Drawing draw_line(const Chart& c, const Scale& scale) {
    Paints paints(html_escape(c.id));
    std::string legend, lines, markers;
    // Many points: labels get at most 120px each, and layout_columns shows only
    // every k-th when even that does not fit. A few points each keep their label.
    const bool thin = c.categories.size() > kMaxColumns;
    const double need = thin ? std::min(column_need(c, scale, false, true), 120.0)
                             : column_need(c, scale, false, true);
    const double width = layout_columns(c, scale, 0, need, thin).width;
    const double legend_h = series_legend(c, paints, width, true, legend);
    const bool values = c.series.size() == 1;
    const double below = values && scale.lo < 0 ? 18 : 0;
    Columns f = layout_columns(c, scale, legend_h + (values ? 22 : 10), need, thin);
    f.height += below;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
        const Style st = series_style(c, s);
        std::string pts;
        for (std::size_t k = 0; k < c.categories.size(); ++k) {
            const auto& v = c.series[s].values[k];
            if (!v) {  // a missing figure breaks the line; it is never drawn as 0
                if (!pts.empty()) lines += polyline(pts, st.colour);
                pts.clear();
                continue;
            }
            pts += (pts.empty() ? "" : " ") + num(f.centre(k)) + "," + num(f.y(*v));
            markers += marker(f.centre(k), f.y(*v), st, tip(c, k, s));
        }
        if (!pts.empty()) lines += polyline(pts, st.colour);
    }
    Drawing d;
    d.width = f.width;
    d.height = f.height;
    d.body = legend + value_axis(f, c.money) + line_el(f.x0, f.y(0), f.x1, f.y(0), kAxis) + lines +
             markers + column_values(c, f, 10) + missing_notes(c, f) +
             category_labels(c, f, f.y1 + 20 + below) +
             plot_note(c, (f.x0 + f.x1) / 2, (f.y0 + f.y1) / 2);
    return d;
}

// --- doughnut -----------------------------------------------------------------
// Several series are drawn as one ring per series, the first outermost, and a
// note under the chart says which ring is which: it keeps every figure in view
// (drawing only the first series would hide the rest) and matches what Chart.js
// draws for several datasets. The legend lists every slice with its figures, so
// the chart can be read without telling colours apart.

constexpr double kRing = 90;  // outer radius
constexpr double kHole = 45;  // radius of the hole

std::string polar(double cx, double cy, double r, double a) {
    return num(cx + r * std::cos(a)) + " " + num(cy + r * std::sin(a));
}

// A ring segment from angle a0 to a1, drawn as two arcs each way so that even a
// whole ring (a single slice of 100%) is one well-defined path.
std::string ring_segment(double cx, double cy, double r_out, double r_in, double a0, double a1) {
    const double mid = (a0 + a1) / 2;
    const std::string ro = num(r_out) + " " + num(r_out) + " 0 0 ";
    const std::string ri = num(r_in) + " " + num(r_in) + " 0 0 ";
    return "M" + polar(cx, cy, r_out, a0) + "A" + ro + "1 " + polar(cx, cy, r_out, mid) + "A" + ro +
           "1 " + polar(cx, cy, r_out, a1) + "L" + polar(cx, cy, r_in, a1) + "A" + ri + "0 " +
           polar(cx, cy, r_in, mid) + "A" + ri + "0 " + polar(cx, cy, r_in, a0) + "Z";
}

double positive_total(const Series& s) {
    double t = 0;
    for (const auto& v : s.values)
        if (v && *v > 0) t += *v;
    return t;
}

std::string ring(const Chart& c, std::size_t s, double cx, double cy, double r_out, double r_in,
                 Paints& paints) {
    const double total = positive_total(c.series[s]);
    std::string out;
    double angle = -std::numbers::pi / 2;  // from twelve o'clock, clockwise, in legend order
    for (std::size_t k = 0; k < c.categories.size() && total > 0; ++k) {
        const auto& v = c.series[s].values[k];
        if (!v || *v <= 0) continue;
        const double sweep = 2 * std::numbers::pi * *v / total;
        out += "<path d=\"" + ring_segment(cx, cy, r_out, r_in, angle, angle + sweep) +
               "\" fill=\"" + paints.fill(style_of(k, c.categories.size())) +
               "\" stroke=\"#fff\" stroke-width=\"1.5\">" +
               title_el(c.categories[k] + (c.series.size() > 1 ? ", " + c.series[s].name : "") +
                        ": " + cell(c.series[s], k, c.money)) +
               "</path>";
        angle += sweep;
    }
    return out;
}

// A slice's figures: "14", or with several rings "2009-10: 4; 2010-11: 6".
std::string slice_figures(const Chart& c, std::size_t k) {
    if (c.series.size() == 1) return cell(c.series[0], k, c.money);
    std::string out;
    for (std::size_t s = 0; s < c.series.size(); ++s)
        out += (s ? "; " : "") + c.series[s].name + ": " + cell(c.series[s], k, c.money);
    return out;
}

// A slice's legend entry: its name, shortened to two lines if need be (whole in
// the tooltip), then its figures — after the name when they fit, else on their
// own lines. The figures are what the legend is for.
Wrapped slice_entry(const Chart& c, std::size_t k, double width) {
    Wrapped w = wrap(c.categories[k] + ":", width, 2);
    const std::string figures = slice_figures(c, k);
    const std::string joined = w.lines.empty() ? figures : w.lines.back() + " " + figures;
    if (c.series.size() == 1 && !w.cut && text_width(joined) <= width) {
        if (w.lines.empty()) w.lines.emplace_back();
        w.lines.back() = joined;
        return w;
    }
    if (c.series.size() == 1) {
        w.lines.push_back(figures);
        return w;
    }
    // One line per ring; a long series name is shortened, never its figure.
    for (const auto& s : c.series) {
        const std::string figure = ": " + cell(s, k, c.money);
        const double room = width - text_width(figure);
        const bool fits = text_width(s.name) <= room;
        w.lines.push_back((fits ? s.name : ellipsize(s.name, room)) + figure);
        w.cut = w.cut || !fits;
    }
    return w;
}

// Two columns (down the first, then the second) when every entry of a long
// legend fits on one line of half the width; otherwise one.
bool two_columns(const Chart& c, double width) {
    if (c.categories.size() <= 8) return false;
    for (std::size_t k = 0; k < c.categories.size(); ++k)
        if (slice_entry(c, k, width / 2 - 30).lines.size() > 1) return false;
    return true;
}

// Legend of the slices from (x, y), width wide; returns the y under it.
double slice_legend(const Chart& c, double x, double y, double width, Paints& paints,
                    std::string& out) {
    const bool two = two_columns(c, width);
    const std::size_t per_column = two ? (c.categories.size() + 1) / 2 : c.categories.size();
    const double top = y;
    double bottom = y;
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        if (k == per_column) {  // the second column
            x += width / 2;
            y = top;
        }
        const Wrapped w = slice_entry(c, k, (two ? width / 2 : width) - 22);
        const std::string entry = c.categories[k] + ": " + slice_figures(c, k);
        out += "<rect x=\"" + num(x) + "\" y=\"" + num(y + 3) + "\" width=\"14\" height=\"14\"" +
               paints.attrs(style_of(k, c.categories.size())) + "/>";
        out += text_el(x + 22, y + 15, "", w, entry);
        y += kLineH * static_cast<double>(w.lines.size()) + 6;
        bottom = std::max(bottom, y);
    }
    return bottom;
}

// What the rings cannot show, in words under the chart.
std::vector<std::string> doughnut_notes(const Chart& c) {
    std::vector<std::string> notes;
    if (c.series.size() == 2)
        notes.push_back("Outer ring: " + c.series[0].name + ". Inner ring: " + c.series[1].name +
                        ".");
    if (c.series.size() > 2) {
        std::string names;
        for (const auto& s : c.series) names += (names.empty() ? "" : ", ") + s.name;
        notes.push_back("Rings from the outside in: " + names + ".");
    }
    bool negative = false;
    for (const auto& s : c.series) {
        for (const auto& v : s.values) negative = negative || (v && *v < 0);
        if (c.series.size() > 1 && positive_total(s) <= 0)
            notes.push_back(s.name + ": no figures to draw.");
    }
    if (negative)
        notes.push_back("Negative figures cannot be drawn as slices; the table has them.");
    return notes;
}

Drawing draw_doughnut(const Chart& c) {
    Paints paints(html_escape(c.id));
    Drawing d;
    d.width = kRowsWidth;
    // A few slices of one ring: legend beside the ring; otherwise under it, using
    // the full width.
    const bool beside = c.categories.size() <= 8 && c.series.size() == 1;
    const double cx = beside ? kRing + 4 : kRowsWidth / 2, cy = kRing + 4;
    const double band = (kRing - kHole) / static_cast<double>(c.series.size());
    for (std::size_t s = 0; s < c.series.size(); ++s) {
        const double r_out = kRing - band * static_cast<double>(s);
        d.body += ring(c, s, cx, cy, r_out, r_out - band + (c.series.size() > 1 ? 2 : 0), paints);
    }
    const double lx = beside ? 2 * kRing + 28 : 0;
    double y = slice_legend(c, lx, beside ? 4 : 2 * kRing + 20, kRowsWidth - lx, paints, d.body);
    y = std::max(y, 2 * kRing + 8) + 8;
    for (const auto& note : doughnut_notes(c)) {
        const Wrapped w = wrap(note, kRowsWidth, 6);
        d.body += text_el(0, y + kFont, "", w, note);
        y += kLineH * static_cast<double>(w.lines.size()) + 4;
    }
    d.height = y + 4;
    d.body = paints.defs() + d.body;
    return d;
}

// --- choosing a drawing ---------------------------------------------------------

Drawing draw_message(const std::string& message) {
    Drawing d;
    d.width = kMinWidth;
    d.height = 60;
    d.body = "<rect x=\"0.5\" y=\"0.5\" width=\"359\" height=\"59\" fill=\"none\" stroke=\"" +
             std::string(kGrid) + "\"/>" + plain_text(180, 35, "middle", message);
    return d;
}

bool any_positive(const Chart& c) {
    for (const auto& s : c.series)
        if (positive_total(s) > 0) return true;
    return false;
}

// Columns while they fit (few categories with short names), otherwise rows.
bool columns_fit(const Chart& c, const Scale& scale, bool stacked) {
    return c.categories.size() <= kMaxColumns &&
           fits(c, scale, std::max(bars_need(c, stacked, false), widest_label(c, false)));
}

Drawing draw(const Chart& c, bool& horizontal) {
    horizontal = false;
    const bool stacked = c.type == "stacked-bar";
    const Extent e = extent_of(c, stacked);
    if (c.categories.empty() || c.series.empty() || !e.any)
        return draw_message("No figures to draw: none is available");
    if (c.type == "doughnut")
        return any_positive(c) ? draw_doughnut(c)
                               : draw_message("No figures to draw: every figure is 0");
    const Scale scale = nice_scale(e.lo, e.hi, e.integers);
    if (c.type == "line") return draw_line(c, scale);
    if (columns_fit(c, scale, stacked))
        return draw_columns(c, scale, stacked, column_need(c, scale, stacked, false));
    horizontal = true;
    return draw_rows(c, e, stacked);
}

std::string kind_words(const std::string& type) {
    if (type == "stacked-bar") return "stacked bar chart";
    if (type == "line") return "line chart";
    if (type == "doughnut") return "doughnut chart";
    return "bar chart";
}

std::string svg(const Chart& c, const Drawing& d) {
    const std::string id = html_escape(c.id);
    const std::string w = num(std::ceil(d.width)), h = num(std::ceil(d.height));
    return "<svg class=\"chart-svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w +
           " " + h + "\" role=\"img\" aria-labelledby=\"" + id +
           "-svg-title\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"" + num(kFont) +
           "\" fill=\"#0b0c0c\"><title id=\"" + id + "-svg-title\">" + html_escape(c.title) + ": " +
           kind_words(c.type) + "; the figures are in the table that follows</title>" + d.body +
           "</svg>";
}

// ---------------------------------------------------------------------------
// The table and the configuration for Chart.js.

std::string caption_text(const Chart& c) {
    return html_escape(c.title) + (c.unit.empty() ? "" : " (" + html_escape(c.unit) + ")");
}

std::string table(const Chart& c) {
    std::string html = "<section class=\"table-scroll\" tabindex=\"0\" aria-label=\"" +
                       html_escape(c.title) + " (table)\">";
    html += "<table class=\"chart-table\"><caption>" + caption_text(c) +
            "</caption>\n<thead><tr><th scope=\"col\">Category</th>";
    for (const auto& s : c.series)
        html += "<th scope=\"col\" class=\"num\">" + html_escape(s.name) + "</th>";
    html += "</tr></thead>\n<tbody>\n";
    for (std::size_t k = 0; k < c.categories.size(); ++k) {
        html += "<tr><th scope=\"row\">" + html_escape(c.categories[k]) + "</th>";
        for (const auto& s : c.series)
            html += "<td class=\"num\">" + html_escape(cell(s, k, c.money)) + "</td>";
        html += "</tr>\n";
    }
    return html + "</tbody></table></section>\n";
}

Json values_of(const Json& series) {
    return series.is_object() && series.contains("values") ? series["values"] : Json::array();
}

// The figures exactly as the spec holds them, with the drawing's choices (colours,
// patterns, horizontal bars, notes) so that the canvas and the SVG agree.
Json config(const Json& spec, const Chart& c, bool horizontal) {
    Json cfg;
    cfg["type"] = c.type;
    cfg["title"] = c.title;
    cfg["unit"] = c.unit;
    cfg["format"] = c.money ? "money" : "number";
    cfg["horizontal"] = horizontal;
    cfg["categories"] = spec.contains("categories") ? spec["categories"] : Json::array();
    cfg["series"] = Json::array();
    for (std::size_t s = 0; s < c.series.size(); ++s) {
        const Style st = series_style(c, s);
        cfg["series"].push_back({{"name", c.series[s].name},
                                 {"values", values_of(spec["series"][s])},
                                 {"colour", st.colour},
                                 {"pattern", st.pattern}});
    }
    if (c.type == "doughnut") {
        cfg["slices"] = Json::array();
        for (std::size_t k = 0; k < c.categories.size(); ++k) {
            const Style st = style_of(k, c.categories.size());
            cfg["slices"].push_back({{"colour", st.colour}, {"pattern", st.pattern}});
        }
        std::string notes;
        for (const auto& n : doughnut_notes(c)) notes += (notes.empty() ? "" : " ") + n;
        cfg["note"] = notes;
    }
    return cfg;
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
    const Chart c = read_chart(spec);
    bool horizontal = false;
    const Drawing d = draw(c, horizontal);
    std::string html = "<figure class=\"chart\" id=\"" + html_escape(c.id) +
                       "\" data-chart-type=\"" + html_escape(c.type) + "\">\n";
    html += "<figcaption>" + caption_text(c) + "</figcaption>\n";
    html += "<div class=\"chart-visual\">" + svg(c, d) + "</div>\n";
    html += table(c);
    html += "<script type=\"application/json\" class=\"chart-config\">" +
            json_for_script(config(spec, c, horizontal)) + "</script>\n";
    return html + "</figure>\n";
}

}  // namespace portal
