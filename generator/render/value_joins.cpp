#include "render/value_joins.hpp"

#include <algorithm>
#include <cctype>

#include "core/html_references.hpp"
#include "core/inline_tags.hpp"
#include "core/label_pieces.hpp"
#include "core/reading.hpp"

namespace portal {

namespace {

// How far each side is read: a label is a few words.
constexpr std::size_t kReach = 64;

// Is `at` inside a tag (an attribute's value: "title='{{page.title}}'")?
// Then the start of that tag; else npos.
std::size_t tag_around(std::string_view html, std::size_t at) {
    const std::size_t lt = html.rfind('<', at == 0 ? 0 : at - 1);
    if (lt == std::string_view::npos || at == 0) return std::string_view::npos;
    const std::size_t gt = html.rfind('>', at - 1);
    return gt != std::string_view::npos && gt > lt ? std::string_view::npos : lt;
}

// Does the attribute whose value holds `at` (in the tag starting at lt) show
// its text to a reader (a tooltip, an image's text, a page's description),
// rather than name an address, a class or an id?
bool shown_attribute(std::string_view html, std::size_t lt, std::size_t at) {
    const std::size_t eq = html.substr(0, at).rfind('=');
    if (eq == std::string_view::npos || eq < lt) return false;
    std::size_t from = eq;
    while (from > lt &&
           (std::isalnum(static_cast<unsigned char>(html[from - 1])) || html[from - 1] == '-'))
        --from;
    std::string name(html.substr(from, eq - from));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string_view shown_name :
         {"title", "alt", "aria-label", "aria-description", "content", "placeholder", "value",
          "label", "summary", "download"})
        if (name == shown_name) return true;
    return false;
}

std::string shown(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    return text.find('&') == std::string::npos ? text : html_references_decoded(text);
}

std::string visible_after(std::string_view html, std::size_t at, std::size_t in_tag) {
    std::string out;
    if (in_tag != std::string_view::npos) {
        // In an attribute's value: up to its closing quote or the tag's end.
        const std::size_t end = std::min(html.find_first_of("\"'>", at), html.size());
        return shown(std::string(html.substr(at, std::min(end - at, kReach))));
    }
    for (std::size_t i = at; i < html.size() && out.size() < kReach;) {
        if (html[i] == '<') {
            if (html.compare(i, 4, "<!--") == 0) {
                const std::size_t end = html.find("-->", i + 4);
                if (end == std::string_view::npos) break;
                i = end + 3;
                continue;
            }
            const std::size_t gt = html.find('>', i);
            if (gt == std::string_view::npos || !is_inline_tag(html.substr(i, gt - i))) break;
            i = gt + 1;
            continue;
        }
        out += html[i++];
    }
    return shown(std::move(out));
}

std::string visible_before(std::string_view html, std::size_t at, std::size_t lt) {
    std::string out;  // backwards
    if (lt != std::string_view::npos) {
        std::size_t from = html.substr(0, at).find_last_of("\"'=");
        from = from == std::string_view::npos || from < lt ? lt + 1 : from + 1;
        from = std::max(from, at > kReach ? at - kReach : 0);
        return shown(std::string(html.substr(from, at - from)));
    }
    for (std::size_t i = at; i > 0 && out.size() < kReach;) {
        if (html[i - 1] == '>') {
            if (i >= 3 && html.compare(i - 3, 3, "-->") == 0) {
                const std::size_t open = html.rfind("<!--", i - 3);
                if (open == std::string_view::npos) break;
                i = open;
                continue;
            }
            const std::size_t lt = html.rfind('<', i - 1);
            if (lt == std::string_view::npos || !is_inline_tag(html.substr(lt, i - lt))) break;
            i = lt;
            continue;
        }
        out += html[--i];
    }
    std::reverse(out.begin(), out.end());
    return shown(std::move(out));
}

// The withheld or unknown markings the census reads in `text`.
std::size_t markings_in(std::string_view text, const CensusLabels& labels,
                        const MarkingSighting** first = nullptr,
                        std::vector<MarkingSighting>* keep = nullptr) {
    std::vector<MarkingSighting> found = take_census(text, CensusFormat::text, labels);
    std::size_t n = 0;
    for (const auto& s : found)
        if (s.reading == Reading::withhold || s.reading == Reading::unknown) ++n;
    if (keep) {
        *keep = std::move(found);
        if (first)
            for (const auto& s : *keep)
                if (s.reading == Reading::withhold || s.reading == Reading::unknown) {
                    *first = &s;
                    break;
                }
    }
    return n;
}

// The first word of `text` (read, lower case), or the last.
std::string edge_word(const std::string& text, bool first) {
    const std::string read =
        read_as_person(first ? text.substr(0, 48)
                             : text.substr(text.size() - std::min<std::size_t>(text.size(), 48)));
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    std::size_t a = 0, b = read.size();
    if (first) {
        while (a < read.size() && !letter(read[a])) ++a;
        b = a;
        while (b < read.size() && letter(read[b])) ++b;
    } else {
        while (b > 0 && !letter(read[b - 1])) --b;
        a = b;
        while (a > 0 && letter(read[a - 1])) --a;
    }
    return read.substr(a, b - a);
}

}  // namespace

std::string with_value_edges(std::string_view value) {
    if (value.empty()) return {};
    std::string out;
    out.reserve(value.size() + 2);
    out += kValueEdge;
    out += value;
    out += kValueEdge;
    return out;
}

std::vector<std::size_t> take_value_edges(std::string& html) {
    std::vector<std::size_t> edges;
    std::size_t write = html.find(kValueEdge);
    if (write == std::string::npos) return edges;
    for (std::size_t read = write; read < html.size();) {
        // At an edge: note it, and move the text up to the next one down.
        if (edges.empty() || edges.back() != write) edges.push_back(write);
        ++read;
        const std::size_t next = std::min(html.find(kValueEdge, read), html.size());
        std::copy(html.begin() + static_cast<std::ptrdiff_t>(read),
                  html.begin() + static_cast<std::ptrdiff_t>(next),
                  html.begin() + static_cast<std::ptrdiff_t>(write));  // (down: safe)
        write += next - read;
        read = next;
    }
    html.resize(write);
    return edges;
}

void check_value_joins(const std::string& html, const std::vector<std::size_t>& edges,
                       const CensusLabels& labels, const SourcePos& page, const std::string& layout,
                       Diagnostics& diags) {
    for (const std::size_t at : edges) {
        // In a tag, only an attribute a reader is shown counts (most values
        // in tags are addresses).
        const std::size_t in_tag = tag_around(html, at);
        if (in_tag != std::string_view::npos && !shown_attribute(html, in_tag, at)) continue;
        const std::string before = visible_before(html, at, in_tag);
        if (before.find_first_not_of(' ') == std::string::npos) continue;
        const std::string after = visible_after(html, at, in_tag);
        if (after.find_first_not_of(' ') == std::string::npos) continue;
        std::string label;
        if (const CensusLabel* l = label_joined_across(before, after, labels)) {
            label = l->text;
        } else {
            // Speed: the census reads the two sides together only where a
            // label may begin after the edge or end before it.
            const std::string first = edge_word(after, true), last = edge_word(before, false);
            if (!(labels.starts_a_label(first) || labels.ends_a_label(last) ||
                  first == "protectively" || last == "marked"))
                continue;
            const MarkingSighting* s = nullptr;
            std::vector<MarkingSighting> kept;
            if (markings_in(before + after, labels, &s, &kept) <=
                markings_in(before, labels) + markings_in(after, labels))
                continue;
            if (s && !s->label.empty()) label = s->label;
        }
        diags.error(page, "the layout '" + layout +
                              "' puts text side by side (a value against another value, a "
                              "section's text or the layout's own words) that reads together as " +
                              (label.empty() ? std::string("a marking") : "'" + label + "'") +
                              ", though no part of it does alone. Nothing is published while "
                              "this stands: change the layout or the values so that they stand "
                              "apart");
        return;
    }
}

}  // namespace portal
