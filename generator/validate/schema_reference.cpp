#include "validate/schema_reference.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "core/json_value.hpp"
#include "validate/front_matter.hpp"
#include "validate/funding_checks.hpp"
#include "validate/schema_check.hpp"

namespace portal {

namespace {

struct KindInfo {
    const char* kind;
    const char* file;    // where such a file lives
    const char* schema;  // builtin_schema name, or nullptr
    const char* intro;
};

const std::vector<KindInfo>& kinds() {
    static const std::vector<KindInfo> all = {
        {"site", "site.json", "site",
         "The site's settings: its name and address, the marking policy, and the menu."},
        {"plan", "data/plans/<id>.json", "plan",
         "A plan: its priorities, their actions and milestones. Its page is plans/<id>/, and its "
         "milestones' history across reports is milestones/<id>/."},
        {"report", "data/reports/<year>-q<n>.json", "report",
         "A quarterly report on a plan: per priority, what the paper says, and each milestone's "
         "status and progress. Its page is reports/<year>-q<n>/."},
        {"statistics", "data/statistics/<name>.json", "statistics",
         "A table of figures drawn as a chart, with the table beside it. Its page is "
         "statistics/<name>/."},
        {"funding", "data/funding/<year>.json", "funding",
         "A financial year's funds; the allocations from them are in <year>.csv beside it. Its "
         "page is funding/<year>/."},
        {"page", "content/**/*.md (front matter)", nullptr,
         "A page of the site, written in Markdown; its front matter is the lines between --- at "
         "the top. content/about.md is published at about/."},
        {"funding-csv", "data/funding/<year>.csv", nullptr,
         "The allocations of a financial year, one row each, as saved from a spreadsheet (CSV "
         "UTF-8); the first line names the columns."},
    };
    return all;
}

const KindInfo* kind_info(const std::string& kind) {
    for (const auto& k : kinds())
        if (kind == k.kind) return &k;
    return nullptr;
}

Json parse_schema(const char* name) {
    return Json::parse(std::string(builtin_schema(name)));
}

// The schema a "$ref" ("#/definitions/x") names, or the node itself.
const Json& resolved(const Json& root, const Json& node) {
    if (!node.is_object() || !node.contains("$ref")) return node;
    const std::string ref = node["$ref"];
    const std::string prefix = "#/definitions/";
    if (ref.rfind(prefix, 0) != 0) return node;
    return root["definitions"][ref.substr(prefix.size())];
}

std::string type_words_of(const Json& s) {
    if (s.contains("enum")) {
        std::string out = "one of ";
        for (std::size_t i = 0; i < s["enum"].size(); ++i)
            out += (i ? ", " : "") + ("`" + s["enum"][i].get<std::string>() + "`");
        return out;
    }
    if (s.value("contentMediaType", "") == "text/markdown")
        return "Markdown text (may hold ::: regions), or {\"file\": \"NAME.md\"} naming a "
               "Markdown file beside the data";
    if (s.contains("pattern") && s.contains("description")) return s["description"];
    if (!s.contains("type")) return "";
    std::string words = schema_type_words(s["type"]);
    if (s.contains("minimum")) words += ", at least " + s["minimum"].dump();
    if (s.contains("maximum")) words += ", at most " + s["maximum"].dump();
    return words;
}

struct Row {
    std::string path, required, type, what, example;
};

std::string example_of(const Json& s) {
    if (!s.contains("examples") || !s["examples"].is_array() || s["examples"].empty()) return "";
    const Json& e = s["examples"][0];
    return e.is_string() ? e.get<std::string>() : e.dump();
}

void walk(const Json& root, const Json& object, const std::string& prefix, std::vector<Row>& rows) {
    const Json& node = resolved(root, object);
    if (!node.contains("properties")) return;
    const Json required = node.value("required", Json::array());
    for (auto it = node["properties"].begin(); it != node["properties"].end(); ++it) {
        const Json& s = resolved(root, it.value());
        Row row;
        row.path = prefix + it.key();
        row.required =
            std::find(required.begin(), required.end(), it.key()) != required.end() ? "yes" : "no";
        // A key's own words first (beside a "$ref", they say what this use of
        // the shared definition is); then the definition's. A pattern's
        // description says how the value is written ("a date written
        // YYYY-MM-DD"); its title, if any, says what it is.
        const Json& own = it.value();
        if (own.contains("$ref")) row.what = own.value("description", own.value("title", ""));
        if (row.what.empty())
            row.what = s.contains("pattern") ? s.value("title", "") : s.value("description", "");
        row.example = example_of(own);
        if (row.example.empty()) row.example = example_of(s);
        if (s.value("type", "") == "array" && s.contains("items")) {
            const Json& items = resolved(root, s["items"]);
            const std::string of = items.contains("properties") ? "objects" : type_words_of(items);
            row.type = "a list" + (of.empty() ? std::string() : " of " + of);
            if (row.example.empty()) row.example = example_of(items);
            rows.push_back(row);
            walk(root, items, row.path + "[].", rows);
            continue;
        }
        row.type = s.contains("properties") ? "an object" : type_words_of(s);
        rows.push_back(row);
        if (s.contains("properties")) walk(root, s, row.path + ".", rows);
        if (s.contains("additionalProperties") && s["additionalProperties"].is_object()) {
            const Json& free = resolved(root, s["additionalProperties"]);
            rows.push_back({row.path + ".<label>", "no", type_words_of(free),
                            free.value("description", "any label, each with its value"),
                            example_of(free)});
        }
    }
}

std::vector<Row> rows_of(const KindInfo& k) {
    std::vector<Row> rows;
    if (k.schema) {
        const Json root = parse_schema(k.schema);
        walk(root, root, "", rows);
        return rows;
    }
    const auto& keys = std::string(k.kind) == "page" ? front_matter_keys() : funding_column_docs();
    for (const auto& key : keys)
        rows.push_back({key.key, key.required ? "yes" : "no", key.type, key.what, key.example});
    return rows;
}

// A table cell: one line, with | escaped.
std::string cell(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string section(const KindInfo& k) {
    std::string out = "## " + std::string(k.kind) + ": `" + k.file + "`\n\n" + k.intro + "\n\n";
    out += "| key | required | type | what it is | example |\n|---|---|---|---|---|\n";
    for (const Row& r : rows_of(k))
        out += "| `" + cell(r.path) + "` | " + r.required + " | " + cell(r.type) + " | " +
               cell(r.what) + " | " + (r.example.empty() ? "" : "`" + cell(r.example) + "`") +
               " |\n";
    return out;
}

const char* kIntro =
    "# Data formats\n\n"
    "Every key of every kind of file portal reads: whether it is required, its type, what it "
    "is and an example. Made by `portal schema` from the JSON Schemas compiled into portal, so "
    "it says exactly what a build checks; do not edit it by hand (`portal schema > "
    "docs/data-formats.md` remakes it). `portal schema KIND` prints one kind.\n\n"
    "A key written `priorities[].milestones[].status` is the `status` of each milestone in the "
    "list `milestones` of each priority in `priorities`. Keys and status words are written in "
    "small letters; status words may be written in any case (`Green`, `Not reported`).\n\n"
    "**Markings** may stand anywhere in a data file, besides these keys: `\"marking\": "
    "\"RESTRICTED\"` in an object withholds the object, `{\"value\": ..., \"marking\": "
    "\"PROTECT\"}` in place of a value withholds that value, and `\"marking\"` at the top "
    "withholds the file (README.md, \"Withholding in data\").\n\n"
    "**Long texts in files**: any Markdown text of a report or plan (a narrative, a section, a "
    "plan's text) may instead name a Markdown file, `{\"file\": \"2011-12-q1/priority-1.md\"}`, "
    "its path from the JSON file's folder and inside `data/`. The file is written and marked "
    "like a page: `:::` regions, and front matter holding only `marking` if the whole text is "
    "withheld.\n\nThe editor schemas in `schemas/` allow markings and files; point a file at "
    "its schema with `\"$schema\"` and VS Code completes keys as "
    "you type.\n";

}  // namespace

const std::vector<std::string>& reference_kinds() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& k : kinds()) out.push_back(k.kind);
        return out;
    }();
    return names;
}

std::string data_reference() {
    std::string out = kIntro;
    for (const auto& k : kinds()) out += "\n" + section(k);
    return out;
}

std::optional<std::string> data_reference(const std::string& kind) {
    const KindInfo* k = kind_info(kind);
    if (!k) return std::nullopt;
    return section(*k);
}

std::vector<std::string> schema_key_paths(const std::string& kind) {
    std::vector<std::string> paths;
    if (const KindInfo* k = kind_info(kind))
        for (const Row& r : rows_of(*k)) paths.push_back(r.path);
    return paths;
}

const std::vector<std::string>& schema_key_names() {
    // The compiled schemas do not change: read once, as reference_kinds is.
    static const std::vector<std::string> keys = [] {
        std::set<std::string> names;
        for (const auto& kind : reference_kinds())
            for (const std::string& path : schema_key_paths(kind)) {
                const std::size_t dot = path.rfind('.');
                std::string last = dot == std::string::npos ? path : path.substr(dot + 1);
                if (last.size() > 2 && last.compare(last.size() - 2, 2, "[]") == 0)
                    last.resize(last.size() - 2);
                if (!last.empty() && last[0] != '$' && last[0] != '<') names.insert(last);
            }
        return std::vector<std::string>(names.begin(), names.end());
    }();
    return keys;
}

std::optional<std::string> editor_schema(const std::string& kind) {
    const KindInfo* k = kind_info(kind);
    if (!k || !k->schema) return std::nullopt;
    Json root = parse_schema(k->schema);
    if (kind == "site") return root.dump(2) + "\n";  // site.json holds the policy, not markings
    const Json marking = {{"type", "string"},
                          {"description",
                           "A protective marking label from site.json: a withheld label "
                           "withholds this, a publishable one publishes it."}};
    // Children first, then the node: every object may carry a marking, every
    // value may be written {"value": ..., "marking": ...}.
    std::function<void(Json&, bool)> allow = [&](Json& node, bool is_value) {
        if (!node.is_object()) return;
        if (node.contains("properties")) {
            for (auto& [key, sub] : node["properties"].items()) allow(sub, key != "$schema");
            node["properties"]["marking"] = marking;
        }
        if (node.contains("items") && node["items"].is_object()) allow(node["items"], true);
        if (node.contains("additionalProperties") && node["additionalProperties"].is_object())
            allow(node["additionalProperties"], true);
        if (!is_value) return;
        Json wrapper = {{"type", "object"},
                        {"required", {"value", "marking"}},
                        {"additionalProperties", false},
                        {"properties", {{"value", node}, {"marking", marking}}}};
        Json either = {{"anyOf", {node, wrapper}}};
        // Editors show the description of the value as it stands, not its alternatives'.
        if (node.contains("description")) either["description"] = node["description"];
        node = std::move(either);
    };
    // A Markdown text may name a file instead (load/data_texts.hpp).
    if (root.contains("definitions") && root["definitions"].contains("markdown")) {
        Json& md = root["definitions"]["markdown"];
        Json file = {{"type", "object"},
                     {"required", {"file"}},
                     {"additionalProperties", false},
                     {"properties",
                      {{"file",
                        {{"type", "string"},
                         {"pattern", "\\.md$"},
                         {"description",
                          "A Markdown file beside the data, its path from this "
                          "file's folder."}}},
                       {"marking", marking}}}};
        Json either = {{"anyOf", {md, file}}, {"description", md["description"]}};
        md = std::move(either);
    }
    allow(root, false);
    if (root.contains("definitions"))
        for (auto& [name, def] : root["definitions"].items()) allow(def, false);
    root["$id"] = "https://portal.invalid/schemas/editor/" + kind + ".schema.json";
    return root.dump(2) + "\n";
}

}  // namespace portal
