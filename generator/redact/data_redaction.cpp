#include "redact/data_redaction.hpp"

#include <functional>

#include "core/marking_ledger.hpp"
#include "redact/canary_text.hpp"
#include "redact/data_text_redaction.hpp"
#include "redact/derived_totals.hpp"
#include "redact/json_redaction.hpp"
#include "redact/markdown_regions.hpp"
#include "validate/data_checks.hpp"
#include "validate/schema_check.hpp"

namespace portal {

namespace {

// The path of a pointer as the redaction log and audit messages show it. Keys
// the schema does not declare are data (a statistic's value labels): they are
// written as their place among their siblings ("values[#2]"), never by name.
std::string safe_path(const JsonDocument& doc, std::string_view schema,
                      const std::string& pointer) {
    std::string out;
    std::string so_far;
    const Json* node = &doc.value;
    std::size_t i = 0;
    while (i < pointer.size()) {
        std::size_t next = pointer.find('/', i + 1);
        std::string token =
            pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
        std::string key;
        for (std::size_t k = 0; k < token.size(); ++k) {
            if (token[k] == '~' && k + 1 < token.size()) {
                key += token[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                key += token[k];
            }
        }
        if (node && node->is_array()) {
            out += "[" + key + "]";
            std::size_t index = std::stoul(key);
            node = index < node->size() ? &(*node)[index] : nullptr;
        } else if (node && node->is_object()) {
            if (key == "value" || schema_declares_property(schema, so_far, key)) {
                out += (out.empty() ? "" : ".") + key;
            } else {
                std::size_t index = 0;
                for (auto it = node->begin(); it != node->end() && it.key() != key; ++it) ++index;
                out += "[#" + std::to_string(index + 1) + "]";
            }
            node = node->contains(key) ? &(*node)[key] : nullptr;
        } else {
            out += (out.empty() ? "" : ".") + key;
            node = nullptr;
        }
        so_far += "/" + token;
        if (next == std::string::npos) break;
        i = next;
    }
    return out;
}

// A report's entries go with the plan's parts they speak of.
std::optional<std::string> report_reference(const Json& v, const std::string& pointer,
                                            const PublicPlanParts* plan) {
    if (!plan) return std::string("withheld with its plan");
    // /priorities/N and /priorities/N/milestones/M
    const bool priority =
        pointer.rfind("/priorities/", 0) == 0 && pointer.find('/', 12) == std::string::npos;
    if (priority && v.contains("number") && v["number"].is_number_integer() &&
        !plan->priorities.count(v["number"].get<int>()))
        return std::string("withheld with its priority in the plan");
    const bool milestone =
        pointer.find("/milestones/") != std::string::npos &&
        pointer.find('/', pointer.find("/milestones/") + 12) == std::string::npos;
    if (milestone && v.contains("id") && v["id"].is_string() &&
        !plan->milestones.count(v["id"].get<std::string>()))
        return std::string("withheld with its milestone in the plan");
    return std::nullopt;
}

// Where the value at pointer ends (line and byte column of its last character),
// given where it starts: the census need not match markings inside a withheld
// value, and what is recognised inside it accounts for nothing outside it,
// even on the same line.
std::pair<int, int> end_of_value(const JsonDocument& doc, const std::string& pointer,
                                 const SourcePos& start) {
    auto at = doc.offsets.find(pointer);
    if (at == doc.offsets.end()) return {start.line, 0};
    const std::string_view t = doc.text;
    std::size_t i = at->second;
    int depth = 0;
    int line = start.line;
    std::size_t line_start = i - static_cast<std::size_t>(std::max(start.column - 1, 0));
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '\n') ++line, line_start = i + 1;
        if (c == '"') {
            for (++i; i < t.size() && t[i] != '"'; ++i)
                if (t[i] == '\\') ++i;
            if (depth == 0) break;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth <= 0) break;
        } else if (depth == 0 && (c == ',' || c == '\n' || c == '}' || c == ']')) {
            if (i > at->second) --i;  // the last character of a number or literal
            break;
        }
    }
    if (i >= t.size()) return {line, 0};
    return {line, static_cast<int>(i - line_start) + 1};
}

// The texts of a withheld value, for canaries: its strings and numbers, and its
// keys where they are content (a statistic's labels), not the names the schema
// gives its fields ("categories", "series"), which every page of their kind,
// and the theme's scripts, spell out.
void withheld_texts(const Json& v, const std::string& pointer, std::string_view schema,
                    const std::function<void(const std::string&)>& f) {
    if (v.is_string()) {
        f(v.get<std::string>());
    } else if (v.is_number()) {
        f(v.dump());
    } else if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!schema_declares_property(schema, pointer, it.key())) f(it.key());
            withheld_texts(it.value(), pointer + "/" + pointer_token(it.key()), schema, f);
        }
    } else if (v.is_array()) {
        for (std::size_t i = 0; i < v.size(); ++i)
            withheld_texts(v[i], pointer + "/" + std::to_string(i), schema, f);
    }
}

}  // namespace

std::string schema_name_for(const std::string& rel) {
    const std::string kind = data_kind(rel);
    return kind == "plans"        ? "plan"
           : kind == "reports"    ? "report"
           : kind == "statistics" ? "statistics"
           : kind == "funding"    ? "funding"
                                  : "";
}

PublicPlanParts public_parts_of(const Json& plan) {
    PublicPlanParts parts;
    if (!plan.contains("priorities") || !plan["priorities"].is_array()) return parts;
    for (const auto& pr : plan["priorities"]) {
        if (pr.contains("number") && pr["number"].is_number_integer())
            parts.priorities.insert(pr["number"].get<int>());
        if (!pr.contains("actions") || !pr["actions"].is_array()) continue;
        for (const auto& ac : pr["actions"]) {
            if (!ac.contains("milestones") || !ac["milestones"].is_array()) continue;
            for (const auto& ms : ac["milestones"])
                if (ms.contains("id") && ms["id"].is_string())
                    parts.milestones.insert(ms["id"].get<std::string>());
        }
    }
    return parts;
}

std::optional<PublicData> redact_data_document(const JsonDocument& doc, DataRedaction& ctx) {
    const std::string_view schema = builtin_schema(schema_name_for(doc.rel));
    bool required_withheld = false;
    bool text_lost = false;  // a Markdown field lost a region

    // A report's entry for a plan, priority or milestone that the board's plans
    // do not have at all is an error (validate said so), not withheld content:
    // its messages may quote it.
    const PublicPlanParts* board_plan = nullptr;
    if (data_kind(doc.rel) == "reports" && doc.value.contains("plan") &&
        doc.value["plan"].is_string()) {
        auto it = ctx.board_plans.find(doc.value["plan"].get<std::string>());
        if (it != ctx.board_plans.end()) board_plan = &it->second;
    }
    auto an_error_not_withheld = [&](const JsonWithheld& w) {
        return w.by_reference && report_reference(*w.value, w.pointer, board_plan).has_value();
    };
    MarkingLedger ledger;
    DataTextRedaction texts(doc);  // the Markdown files its fields name
    JsonRedactionHooks hooks;
    hooks.on_marking = [&](const std::string& pointer, bool withholds) {
        if (texts.marking(pointer, withholds)) return;
        const SourcePos at = doc.pos(pointer);
        ledger.recognise(at.line, withholds, at.column);
    };
    std::set<std::string> withheld_pointers;  // for totals_giving_away
    hooks.on_withheld = [&](const JsonWithheld& w) {
        withheld_pointers.insert(w.pointer);
        texts.withheld(w.pointer, ctx.spans);
        SourcePos pos = doc.pos(w.pointer);
        if (w.pointer.empty()) {
            ledger.cover(1, kWholeFile);
        } else {
            const auto [last, last_column] = end_of_value(doc, w.pointer, pos);
            ledger.cover(pos.line, last, pos.column, last_column);
        }
        const int last_line =
            w.pointer.empty() ? kWholeFile : end_of_value(doc, w.pointer, pos).first;
        if (!an_error_not_withheld(w)) ctx.spans.push_back({doc.path, pos.line, last_line});
        std::string path = safe_path(doc, schema, w.pointer);
        // A required field cannot go on its own: the public document would be
        // malformed. Fail closed and say what to withhold instead.
        if (!w.pointer.empty()) {
            std::string parent = w.pointer.substr(0, w.pointer.rfind('/'));
            std::string key = w.pointer.substr(w.pointer.rfind('/') + 1);
            bool index = key.find_first_not_of("0123456789") == std::string::npos;
            if (!index && schema_requires(schema, parent, key)) {
                ctx.diags.error(
                    pos, path + ": '" + key +
                             "' is required, so it cannot be withheld on its own; "
                             "withhold the object that holds it (add \"marking\" to that object)");
                required_withheld = true;
            }
        }
        ctx.log.push_back({pos, path.empty() ? "file" : path, w.label});
        const std::string loc = pos.str() + (path.empty() ? " (file)" : " (" + path + ")");
        withheld_texts(*w.value, w.pointer, schema, [&](const std::string& t) {
            withhold_blocks(ctx.canaries, t, loc);
            // (A figure withheld alone is the statistics checks' to follow,
            // with its labels: alone, restated, it says nothing of itself.)
            if (ctx.figures && !w.value->is_number())
                note_figures_in_withheld_text(t, *ctx.figures);
        });
    };
    hooks.is_positional = [&](const std::string& pointer) {
        return schema_is_positional(schema, pointer);
    };
    hooks.is_field = [&](const std::string& pointer, const std::string& key) {
        return schema_declares_property(schema, pointer, key);
    };
    hooks.on_string = [&](std::string& text, const std::string& pointer) {
        if (const DataText* file = texts.at(pointer))
            return texts.apply_regions(
                text, *file, {ctx.policy, ctx.canaries, ctx.log, ctx.spans, ctx.diags, ctx.figures},
                text_lost);
        if (!has_region_marker(text)) return true;
        const SourcePos at = doc.pos(pointer);
        const std::string path = safe_path(doc, schema, pointer);
        if (!schema_is_markdown(schema, pointer)) {
            ledger.recognise(at.line, true);
            ctx.diags.error(at, path +
                                    ": ':::' regions work only in Markdown text (a page, or a "
                                    "narrative); to withhold this value write it as "
                                    "{\"value\": ..., \"marking\": \"PROTECT\"}");
            return false;
        }
        // Lines of a JSON string have no line in the file: every message points at
        // the string, and says which line of the text it means.
        RegionResult regions = apply_regions(
            text, [&](int) { return at; }, ctx.policy, ctx.diags);
        for (const auto& [line, withholds] : regions.markers) ledger.recognise(at.line, withholds);
        for (const auto& r : regions.withheld) {
            const std::string what = path + " region (lines " + std::to_string(r.first_line) + "-" +
                                     std::to_string(r.last_line) + " of the text)";
            ctx.log.push_back({at, what, r.label});
            withhold_blocks(ctx.canaries, r.text, at.str() + " (" + what + ")");
            if (ctx.figures) note_figures_in_withheld_text(r.text, *ctx.figures);
        }
        if (!regions.ok) return false;
        if (!regions.withheld.empty()) {
            text = std::move(regions.public_markdown);
            text_lost = true;
        }
        return true;
    };
    const std::string kind = data_kind(doc.rel);
    if (kind == "reports") {
        const PublicPlanParts* plan = nullptr;
        if (doc.value.contains("plan") && doc.value["plan"].is_string()) {
            auto it = ctx.plans.find(doc.value["plan"].get<std::string>());
            if (it != ctx.plans.end()) plan = &it->second;
        }
        hooks.withheld_by_reference = [plan](const Json& v, const std::string& pointer) {
            return report_reference(v, pointer, plan);
        };
    }
    JsonRedaction r = redact_json(doc, ctx.policy, hooks, ctx.diags);
    // A marking refused in the file or its texts leaves unknown where withheld
    // text ends: messages quoting them are quieted (page_redaction says why).
    auto quiet_all = [&] {
        ctx.spans.push_back({doc.path, 1, kWholeFile, /*refused=*/true});
        for (const DataText& t : doc.texts)
            ctx.spans.push_back({t.doc.path, 1, kWholeFile, /*refused=*/true});
    };
    if (!r.ok) quiet_all();
    if (!r.ok || r.whole_file || required_withheld) return std::nullopt;
    bool total_gives_away = false;
    for (const std::string& pointer :
         totals_giving_away(doc.value, withheld_pointers, kind == "statistics")) {
        ctx.diags.error(doc.pos(pointer),
                        safe_path(doc, schema, pointer) +
                            ": this figure gives the withheld figure away: it is the sum of "
                            "figures beside it, one or more of them withheld (this figure minus "
                            "the published rest), is named as a total, an average, a change, a "
                            "rate or the highest or lowest beside them, or is a running total "
                            "or a share of a series with a withheld figure at or before its "
                            "place, or a share of a whole in per cent; withhold it too (write "
                            "it as {\"value\": ..., \"marking\": \"PROTECT\"}) or leave it "
                            "out");
        total_gives_away = true;
    }
    for (const std::string& pointer : texts_restating_withheld(doc.value, withheld_pointers)) {
        ctx.diags.error(doc.pos(pointer),
                        safe_path(doc, schema, pointer) +
                            ": this text writes out a figure that the file withholds (or its "
                            "total, rounded or not, or its share as a percentage), so it "
                            "would publish what the marking withholds; take the figure out of "
                            "the text, or withhold the text too");
        total_gives_away = true;
    }
    if (total_gives_away) return std::nullopt;
    if (ctx.figures)
        for (auto& [value, labels] : withheld_figures_with_labels(doc.value, withheld_pointers))
            ctx.figures->labelled.push_back({value, std::move(labels), doc.rel});
    const bool texts_agree = texts.reconcile(ctx.diags);
    if (!ledger.reconcile(doc.census, doc.path, LedgerFile::data, ctx.diags) || !texts_agree) {
        quiet_all();
        return std::nullopt;
    }
    PublicData pub{RedactKey()};
    pub.path = doc.path;
    pub.rel = doc.rel;
    pub.value = std::move(r.value);
    // "$schema" points an editor at the schema beside the site's files; it is
    // not part of the board's document, and would be a broken path published.
    if (pub.value.is_object()) pub.value.erase("$schema");
    pub.lost_content = r.lost_content || text_lost;
    pub.withheld = std::move(r.withheld_in_place);
    return pub;
}

}  // namespace portal
