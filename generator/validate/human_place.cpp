#include "validate/human_place.hpp"

#include <algorithm>
#include <vector>

#include "core/marking_fields.hpp"
#include "core/reading.hpp"
#include "validate/schema_check.hpp"

namespace portal {

namespace {

bool is_index(const std::string& token) {
    return !token.empty() && token.size() < 9 &&
           token.find_first_not_of("0123456789") == std::string::npos;
}

// A value wrapper ({"value": ..., "marking": ...}) or an object with a marking.
// An object with a marking under any key a person reads as one: "marking",
// or "Marking", "protective_marking", "Security Classification" (which the
// census refuses; red team 21, B01: a message about the key quoted the
// object's title).
bool carries_marking(const Json& node) {
    if (!node.is_object()) return false;
    if (node.contains("marking")) return true;
    for (auto it = node.begin(); it != node.end(); ++it)
        if (census::is_a_marking_field(read_as_person(it.key()))) return true;
    return false;
}

std::string text_of(const Json& node, const char* key) {
    if (!node.is_object() || !node.contains(key)) return "";
    const Json& v = node[key];
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return "";
}

// A title short enough to name a thing by, from a plain string only.
std::string title_of(const Json& node) {
    if (!node.is_object() || !node.contains("title") || !node["title"].is_string()) return "";
    const std::string t = node["title"].get<std::string>();
    if (t.empty() || t.size() > 60 || t.find('\n') != std::string::npos) return "";
    return t;
}

bool on_a_marked_line(const JsonDocument& doc, const std::string& pointer) {
    if (doc.census.empty() || !doc.offsets.count(pointer)) return false;
    const int line = doc.pos(pointer).line;
    return std::any_of(doc.census.begin(), doc.census.end(),
                       [&](const MarkingSighting& s) { return s.line == line; });
}

}  // namespace

namespace {

// The schema of a document, by where it stands ("reports/x.json" -> report).
std::string_view schema_of(const JsonDocument& doc) {
    const std::string kind = doc.rel.substr(0, doc.rel.find('/'));
    if (kind == "plans") return builtin_schema("plan");
    if (kind == "reports") return builtin_schema("report");
    if (kind == "statistics") return builtin_schema("statistics");
    if (kind == "funding") return builtin_schema("funding");
    return builtin_schema("site");
}

// The JSON path as pointer_to_path writes it, except for a key the schema does
// not declare (a statistic's labels): such a key is content, and may be
// withheld; it is written “quoted”, or "…" under a marking.
std::string path_of(const JsonDocument& doc, const std::string& pointer) {
    std::string path, at;
    const Json* node = &doc.value;
    bool marked = false;
    const std::string_view schema = schema_of(doc);
    for (const std::string& token : pointer_tokens(pointer)) {
        if (node) {
            marked = marked || carries_marking(*node);
            if (node->is_object() && node->contains("value") && carries_marking(*node))
                node = &(*node)["value"];
        }
        const bool index = node && node->is_array() && is_index(token);
        if (index) {
            path += "[" + token + "]";
        } else {
            // A key the schema does not declare is content: quoted, so that a
            // message about withheld text hides it with its other quotations
            // (redact/quiet_messages; the withholding may come from another
            // file), and hidden outright under a marking here.
            const bool free_key = !schema_declares_property(schema, at, token);
            path += (path.empty() ? "" : ".") + (!free_key ? token
                                                 : marked  ? std::string("…")
                                                           : "“" + token + "”");
        }
        const Json* next = nullptr;
        if (node && index && std::stoul(token) < node->size()) next = &(*node)[std::stoul(token)];
        if (node && !index && node->is_object() && node->contains(token)) next = &(*node)[token];
        node = next;
        at += "/" + (index ? token : pointer_token(token));
    }
    return path;
}

}  // namespace

std::string place_of(const JsonDocument& doc, const std::string& pointer) {
    const std::string path = path_of(doc, pointer);
    std::vector<std::string> names;
    const Json* node = &doc.value;
    bool marked = false;
    std::string container;  // the key of the list `node` is an item of
    std::string at;         // the pointer so far
    for (const std::string& token : pointer_tokens(pointer)) {
        marked = marked || carries_marking(*node);
        if (node->is_object() && node->contains("value") && carries_marking(*node))
            node = &(*node)["value"];
        if (node->is_object() && node->contains(token)) {
            node = &(*node)[token];
            container = token;
            at += "/" + pointer_token(token);
            continue;
        }
        if (!node->is_array() || !is_index(token) || std::stoul(token) >= node->size()) break;
        const std::size_t i = std::stoul(token);
        node = &(*node)[i];
        const Json& item = node->is_object() && node->contains("value") && carries_marking(*node)
                               ? (*node)["value"]
                               : *node;
        marked = marked || carries_marking(*node) || carries_marking(item);
        at += "/" + token;
        // Nor a title that reads as marked (the census saw a marking on its line:
        // the build refuses it, and no other message may repeat it).
        const std::string title =
            marked || on_a_marked_line(doc, at + "/title") ? "" : title_of(item);
        const std::string quoted = title.empty() ? "" : " “" + title + "”";
        if (container == "priorities") {
            const std::string number = text_of(item, "number");
            names.push_back("priority " + (number.empty() ? std::to_string(i + 1) : number) +
                            quoted);
        } else if (container == "milestones") {
            // A marked milestone's id is its own words (it may be withheld).
            const std::string id = marked ? "" : text_of(item, "id");
            if (!id.empty()) names.push_back("milestone " + id);
        } else if (container == "actions") {
            const std::string number = marked ? "" : text_of(item, "number");
            if (!number.empty()) names.push_back("action " + number);
        } else if (container == "sections") {
            names.push_back("section " + std::to_string(i + 1) + quoted);
        } else if (container == "statistics") {
            names.push_back("statistic " + std::to_string(i + 1) + quoted);
        }
    }
    if (names.empty()) return path;
    std::string human;
    for (const auto& n : names) human += (human.empty() ? "" : ", ") + n;
    return path + " (" + human + ")";
}

}  // namespace portal
