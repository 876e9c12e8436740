#include "core/marking_ledger.hpp"

#include <algorithm>
#include <map>

namespace portal {

namespace {

std::string quoted_label(const MarkingSighting& s) {
    if (s.label.empty()) return "";
    return " '" + s.label + "'" +
           (s.reading == Reading::withhold  ? " (withheld)"
            : s.reading == Reading::publish ? " (publishable)"
                                            : "");
}

// What to write instead, by where the sighting stands.
std::string advice(const MarkingSighting& s, LedgerFile where) {
    if (where == LedgerFile::asset)
        return "assets/ is copied to the site as it is, so nothing in it can be withheld: take "
               "withheld material out of assets/ (and if this is not a marking, reword it)";
    if (where == LedgerFile::layout)
        return "a layout is part of every page, so nothing in it can be withheld: take the "
               "marking out of the layout";
    if (where == LedgerFile::site_json)
        return "site.json is published as the site's settings; a marking may stand only in "
               "its \"marking\" policy";
    switch (s.kind) {
        case SightingKind::marker:
            return std::string(
                       "write a region's markers each on a line of their own, starting "
                       "with ':::' typed with plain colons and spaces, outside lists, "
                       "quotes, headings and tables (and outside code blocks)") +
                   (where == LedgerFile::data
                        ? "; in a JSON string a new line is written \\n, as in \"The group "
                          "met.\\n\\n::: PROTECT\\nThe case of ...\\n:::\\n\\nReferrals rose.\""
                        : "");
        case SightingKind::key:
            return where == LedgerFile::table
                       ? "portal reads a row's marking only from a column headed 'marking'"
                   : where == LedgerFile::data
                       ? "portal reads a marking only from a key written exactly \"marking\""
                       : "portal reads a page's marking only from its front matter, written "
                         "'marking: LABEL' between the '---' lines at the top of the file";
        case SightingKind::name:
            return "a file's name shows in the site's addresses, the sitemap and the search "
                   "index: rename the file or folder (or, to withhold the file, mark it "
                   "whole)";
        case SightingKind::label:
            return where == LedgerFile::table
                       ? "a row's marking belongs in its 'marking' column, written 'LABEL' or "
                         "'LABEL: column, column'"
                       : "to withhold, mark it as the README says (front matter 'marking:', a "
                         "'::: LABEL' region, or \"marking\" in data); if it is not a marking, "
                         "reword the line so that the label does not stand on its own";
    }
    return "";
}

}  // namespace

MarkingLedger::Cover MarkingLedger::cover() const {
    Cover c{covered_, {}};
    std::stable_sort(c.spans.begin(), c.spans.end(),
                     [](const Span& a, const Span& b) { return a.first < b.first; });
    int reach = 0;
    for (const Span& s : c.spans) c.reach.push_back(reach = std::max(reach, s.last));
    return c;
}

bool MarkingLedger::covered(const Cover& cover, int line, int column, bool marker) {
    // Only spans that start at or before the line can hold it; going back from
    // the last of them, none before a span whose reach ends above the line can.
    std::size_t i = static_cast<std::size_t>(
        std::upper_bound(cover.spans.begin(), cover.spans.end(), line,
                         [](int l, const Span& s) { return l < s.first; }) -
        cover.spans.begin());
    while (i > 0 && cover.reach[i - 1] >= line) {
        const Span& c = cover.spans[--i];
        if (marker && !c.excuses_markers) continue;
        const bool after_start =
            line > c.first ||
            (line == c.first && (c.first_column == 0 || column >= c.first_column));
        const bool before_end =
            line < c.last ||
            (line == c.last && (c.last_column == 0 || (column > 0 && column <= c.last_column)));
        if (after_start && before_end) return true;
    }
    return false;
}

bool MarkingLedger::reconcile(const std::vector<MarkingSighting>& census, const std::string& path,
                              LedgerFile where, Diagnostics& diags) const {
    if (census.empty()) return true;
    const Cover spans = cover();
    std::map<int, std::pair<int, int>> free;  // line -> (withholding, other) recognitions
    for (const auto& s : seen_) {
        if (s.column > 0 && covered(spans, s.line, s.column)) continue;  // only for its span
        auto& [w, o] = free[s.line];
        (s.withholds ? w : o) += 1;
    }
    // Sightings that read as withheld take withholding recognitions first.
    std::vector<const MarkingSighting*> order;
    for (const auto& s : census) order.push_back(&s);
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        return (a->reading == Reading::withhold) > (b->reading == Reading::withhold);
    });
    std::vector<std::pair<const MarkingSighting*, std::string>> problems;
    for (const MarkingSighting* s : order) {
        if (covered(spans, s->line, s->column, s->kind == SightingKind::marker)) continue;
        auto it = free.find(s->line);
        int* w = it == free.end() ? nullptr : &it->second.first;
        int* o = it == free.end() ? nullptr : &it->second.second;
        if (w && *w > 0) {
            --*w;
            continue;
        }
        if (s->reading != Reading::withhold && o && *o > 0) {
            --*o;
            continue;
        }
        std::string why;
        if (s->reading == Reading::withhold && o && *o > 0)
            why = "this reads as the marking label" + quoted_label(*s) +
                  ", but portal read the marking here as publishable; write the label exactly "
                  "as site.json lists it. Nothing is published while this stands";
        else
            why = std::string("this reads as a ") + sighting_noun(s->kind) + quoted_label(*s) +
                  ", but portal does not read a marking here" +
                  (s->odd.empty() ? "" : " (" + s->odd + ")") +
                  ", so it would publish what it marks. Nothing is published while this "
                  "stands: " +
                  advice(*s, where);
        problems.push_back({s, std::move(why)});
    }
    std::sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) {
        return std::pair(a.first->line, a.first->column) <
               std::pair(b.first->line, b.first->column);
    });
    for (auto& [s, why] : problems) {
        // A name that reads as marked is shown only as far as its label.
        std::string at = path;
        if (s->kind == SightingKind::name && at.size() >= s->name_found.size() &&
            at.compare(at.size() - s->name_found.size(), s->name_found.size(), s->name_found) == 0)
            at = at.substr(0, at.size() - s->name_found.size()) + s->name_shown;
        diags.error(SourcePos{at, s->line, s->column}, why);
    }
    return problems.empty();
}

}  // namespace portal
