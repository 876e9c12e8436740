#include "validate/schema_check.hpp"

#include "core/reading.hpp"
#include "core/text.hpp"
#include "validate/human_place.hpp"
#include "validate/suggestions.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace portal {

namespace {

// valijson context entries look like "<root>", "[priorities]", "[0]".
std::string context_to_pointer(const std::vector<std::string>& context) {
    std::string ptr;
    for (const auto& c : context) {
        if (c == "<root>") continue;
        std::string tok = c;
        if (tok.size() >= 2 && tok.front() == '[' && tok.back() == ']')
            tok = tok.substr(1, tok.size() - 2);
        ptr += "/" + pointer_token(tok);
    }
    return ptr;
}

const Json* resolve_ref(const Json& root, const Json* node) {
    for (int guard = 0; node && node->is_object() && node->contains("$ref") && guard < 16;
         ++guard) {
        std::string ref = (*node)["$ref"].get<std::string>();
        if (ref.rfind("#", 0) != 0) return node;
        try {
            node = &root.at(Json::json_pointer(ref.substr(1)));
        } catch (...) {
            return node;
        }
    }
    return node;
}

// The sub-schema that applies at an instance pointer, following properties,
// items, additionalProperties and local $refs (enough for our own schemas).
const Json* schema_at(const Json& root, const std::string& pointer) {
    const Json* node = resolve_ref(root, &root);
    Json::json_pointer p(pointer);
    std::vector<std::string> tokens;
    for (Json::json_pointer q = p; !q.empty(); q.pop_back()) tokens.push_back(q.back());
    std::reverse(tokens.begin(), tokens.end());
    for (const auto& tok : tokens) {
        if (!node || !node->is_object()) return nullptr;
        if (node->contains("properties") && (*node)["properties"].contains(tok))
            node = &(*node)["properties"][tok];
        else if (node->contains("items") && (*node)["items"].is_object())
            node = &(*node)["items"];
        else if (node->contains("additionalProperties") &&
                 (*node)["additionalProperties"].is_object())
            node = &(*node)["additionalProperties"];
        else
            return nullptr;
        node = resolve_ref(root, node);
    }
    return node;
}

// A value as an error message shows it: text in quotes (shortened), numbers and
// true/false as written.
std::string shown(const Json& v) {
    if (!v.is_string()) return v.dump();
    std::string s = v.get<std::string>();
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return "\"" + s + "\"";
}

// What was found, for "expected ..., found ...".
std::string found_text(const Json& v) {
    switch (v.type()) {
        case Json::value_t::null:
            return "null";
        case Json::value_t::boolean:
            return v.dump();
        case Json::value_t::string:
            return "text " + shown(v);
        case Json::value_t::array:
            return "a list";
        case Json::value_t::object:
            return "an object";
        default:
            return "a number (" + v.dump() + ")";
    }
}

std::string type_words(const std::string& t) {
    if (t == "string") return "text";
    if (t == "integer") return "a whole number";
    if (t == "number") return "a number";
    if (t == "null") return "null (a missing figure)";
    if (t == "array") return "a list";
    if (t == "object") return "an object";
    if (t == "boolean") return "true or false";
    return t;
}

// "a number or null (a missing figure)" for ["number", "null"].
std::string wanted_types(const Json& t) {
    if (t.is_string()) return type_words(t.get<std::string>());
    std::string out;
    for (std::size_t i = 0; i < t.size(); ++i)
        out += (i == 0              ? ""
                : i + 1 == t.size() ? " or "
                                    : ", ") +
               type_words(t[i].get<std::string>());
    return out;
}

std::string type_message(const Json& sub, const Json& value) {
    const Json& t = sub["type"];
    if (t == "integer" && value.is_number()) return "must be a whole number, found " + value.dump();
    return "expected " + wanted_types(t) + ", found " + found_text(value);
}

// "Amber/Red" -> "Amber", "Red": the parts of a split rating.
std::vector<std::string> rating_parts(const std::string& written) {
    std::vector<std::string> parts(1);
    for (const char c : written) {
        if (c == '/' || c == '&' || c == '+' || c == ',')
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

std::string one_of_message(const Json& value, const std::string& list,
                           const std::vector<std::string>& words) {
    std::string advice;
    if (value.is_string()) {
        const std::string written = value.get<std::string>();
        // "Amber/Red": two of the words at once, as a paper sometimes rates.
        std::size_t parts = 0, known = 0;
        for (const auto& part : rating_parts(written)) {
            ++parts;
            for (const auto& w : words)
                if (fold_label(part) == fold_label(w)) ++known;
        }
        if (parts >= 2 && known == parts)
            advice =
                "; a split rating is not one of them: choose the one word the page should "
                "count (the worse of the two, if unsure) and write the split, \"" +
                written + "\", in the progress text";
        else if (const std::string close = closest_word(written, words); !close.empty())
            advice = " (did you mean " + close + "?)";
    }
    return shown(value) + " is not one of " + list + advice;
}

std::string enum_message(const Json& sub, const Json& value) {
    std::string list;
    std::vector<std::string> words;
    for (const auto& e : sub["enum"]) {
        if (!list.empty()) list += ", ";
        list += e.is_string() ? e.get<std::string>() : e.dump();
        if (e.is_string()) words.push_back(e.get<std::string>());
    }
    return one_of_message(value, list, words);
}

// The schemas' descriptions of patterns are written to follow "is not": "a
// financial year written like 2010-11".
std::string pattern_message(const Json& sub, const Json& value) {
    std::string hint = sub.value("description", std::string());
    // A date in UK order gets its ISO form.
    const std::string iso = value.is_string() && hint.find("YYYY-MM-DD") != std::string::npos
                                ? did_you_mean_date(value.get<std::string>())
                                : "";
    return shown(value) + " is not " + (hint.empty() ? "in the expected form" : hint) + iso;
}

std::string count_message(std::uint64_t n, const char* one, const char* many) {
    return n == 1 ? std::string("must have at least one ") + one
                  : "must have at least " + std::to_string(n) + " " + many;
}

// The message valijson gives in its own words, as a last resort.
std::string plain(std::string d) {
    if (!d.empty() && d.back() == '.') d.pop_back();
    if (!d.empty()) d[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(d[0])));
    return d;
}

bool mentions(const std::string& description, const char* what) {
    return description.find(what) != std::string::npos;
}

const Json* value_at(const Json& instance, const std::string& pointer) {
    try {
        return &instance.at(Json::json_pointer(pointer));
    } catch (...) {
        return nullptr;
    }
}

// The key a "Missing required property 'x'." failure names.
std::string missing_key(const std::string& description) {
    const std::string marker = "Missing required property '";
    auto at = description.find(marker);
    if (at == std::string::npos) return "";
    auto end = description.find('\'', at + marker.size());
    return end == std::string::npos
               ? ""
               : description.substr(at + marker.size(), end - at - marker.size());
}

// One schema failure in words for a publishing officer, not a programmer.
std::string describe(const Json& schema_root, const Json& instance, const std::string& pointer,
                     const std::string& description) {
    const Json* value = value_at(instance, pointer);
    const Json* sub = schema_at(schema_root, pointer);
    if (mentions(description, "Missing required property"))
        return "'" + missing_key(description) + "' is missing; it is required here";
    if (!value || !sub || !sub->is_object()) return plain(description);
    if (sub->contains("enum") && mentions(description, "enum")) return enum_message(*sub, *value);
    if (sub->contains("type") && mentions(description, "type")) return type_message(*sub, *value);
    if (sub->contains("pattern") && mentions(description, "pattern"))
        return pattern_message(*sub, *value);
    if (value->is_number() && sub->contains("maximum") && mentions(description, "less than"))
        return value->dump() + " is more than the largest allowed, " + (*sub)["maximum"].dump();
    if (value->is_number() && sub->contains("minimum") && mentions(description, "greater than"))
        return value->dump() + " is less than the smallest allowed, " + (*sub)["minimum"].dump();
    if (value->is_string() && sub->contains("minLength") && mentions(description, "length"))
        return "must not be empty";
    if (value->is_array() && sub->contains("minItems") && mentions(description, "no fewer than"))
        return count_message((*sub)["minItems"].get<std::uint64_t>(), "item", "items");
    if (value->is_object() && sub->contains("minProperties") &&
        mentions(description, "no fewer than"))
        return count_message((*sub)["minProperties"].get<std::uint64_t>(), "entry", "entries");
    return plain(description);
}

// The known key a misspelt one was probably meant to be, or "".
std::string nearest_key(const std::string& key, const Json& known) {
    std::string best;
    std::size_t best_distance = std::string::npos;
    for (auto it = known.begin(); it != known.end(); ++it) {
        const std::size_t d = edit_distance(key, it.key());
        if (it.key() != "$schema" && d < best_distance) {
            best_distance = d;
            best = it.key();
        }
    }
    // A slip of a few letters is a typing mistake; anything further is a guess.
    return best_distance <= std::max<std::size_t>(2, key.size() / 3) ? best : "";
}

std::string unknown_key_message(const std::string& key, const Json& known) {
    const std::string nearest = nearest_key(key, known);
    if (!nearest.empty()) return "unknown key '" + key + "' (did you mean '" + nearest + "'?)";
    std::string all;
    for (auto it = known.begin(); it != known.end(); ++it)
        if (it.key() != "$schema") all += (all.empty() ? "" : ", ") + it.key();
    return "unknown key '" + key + "' (the keys allowed here are " + all + ")";
}

// valijson names only the first unknown key of an object, alphabetically;
// report every one, in the file's order, each at its own line. Returns the
// known keys they were probably meant to be.
std::set<std::string> report_unknown_keys(const JsonDocument& doc, const Json& schema_root,
                                          const Json& instance, const std::string& pointer,
                                          Diagnostics& diags) {
    std::set<std::string> meant;
    const Json* sub = schema_at(schema_root, pointer);
    const Json* object = value_at(instance, pointer);
    if (!sub || !object || !object->is_object()) return meant;
    const Json known = sub->value("properties", Json::object());
    const std::string where = place_of(doc, pointer);
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (known.contains(it.key())) continue;
        meant.insert(nearest_key(it.key(), known));
        diags.error(doc.pos(pointer + "/" + pointer_token(it.key())),
                    (where.empty() ? "" : where + ": ") + unknown_key_message(it.key(), known));
    }
    return meant;
}

// valijson's adapter reads nlohmann::json (keys sorted); portal's documents are
// ordered_json. Key order means nothing to a schema, so validation takes a copy.
using ValijsonJson = nlohmann::json;

struct CompiledSchema {
    Json json;
    ValijsonJson for_valijson;
    valijson::Schema schema;
};

const CompiledSchema& compiled(std::string_view schema_text) {
    // Parsing a schema costs more than validating a file: keep each one, keyed by text.
    // The cache is per thread so that parallel builds need no locking.
    thread_local std::map<std::string, std::unique_ptr<CompiledSchema>, std::less<>> cache;
    auto it = cache.find(schema_text);
    if (it == cache.end()) {
        auto c = std::make_unique<CompiledSchema>();
        c->json = Json::parse(schema_text);
        c->for_valijson = ValijsonJson::parse(schema_text);
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(c->for_valijson);
        parser.populateSchema(adapter, c->schema);
        it = cache.emplace(std::string(schema_text), std::move(c)).first;
    }
    return *it->second;
}

}  // namespace

bool schema_requires(std::string_view schema, const std::string& parent_pointer,
                     const std::string& key) {
    if (schema.empty()) return false;
    const Json& root = compiled(schema).json;
    const Json* sub = schema_at(root, parent_pointer);
    if (!sub || !sub->contains("required")) return false;
    for (const auto& r : (*sub)["required"])
        if (r == key) return true;
    return false;
}

bool schema_is_markdown(std::string_view schema, const std::string& pointer) {
    if (schema.empty()) return false;
    const Json& root = compiled(schema).json;
    const Json* sub = schema_at(root, pointer);
    return sub && sub->is_object() && sub->value("contentMediaType", "") == "text/markdown";
}

bool schema_is_positional(std::string_view schema, const std::string& pointer) {
    if (schema.empty()) return false;
    const Json* sub = schema_at(compiled(schema).json, pointer);
    return sub && sub->is_object() && sub->value("x-portal-positional", false);
}

bool schema_declares_property(std::string_view schema, const std::string& parent_pointer,
                              const std::string& key) {
    if (schema.empty()) return false;
    const Json* sub = schema_at(compiled(schema).json, parent_pointer);
    return sub && sub->is_object() && sub->contains("properties") &&
           (*sub)["properties"].contains(key);
}

bool check_against_schema(const JsonDocument& doc, const Json& instance,
                          std::string_view schema_text, Diagnostics& diags) {
    const CompiledSchema& cs = compiled(schema_text);

    valijson::Validator validator;
    valijson::ValidationResults results;
    const ValijsonJson copy(instance);
    valijson::adapters::NlohmannJsonAdapter target(copy);
    if (validator.validate(cs.schema, target, &results)) return true;

    // valijson also reports every enclosing level of a failure ("Failed to validate
    // item #2 in array"); keep the failures themselves. An object's own failure (an
    // unknown or missing key) stays even when something inside it failed too.
    std::vector<std::pair<std::string, std::string>> errors;
    for (const auto& e : results) errors.emplace_back(context_to_pointer(e.context), e.description);
    std::vector<std::pair<std::string, std::string>> leaves;
    for (const auto& [ptr, desc] : errors) {
        bool generic = desc.rfind("Failed to validate", 0) == 0;
        if (generic && errors.size() > 1) continue;
        if (std::find(leaves.begin(), leaves.end(), std::make_pair(ptr, desc)) == leaves.end())
            leaves.emplace_back(ptr, desc);
    }
    if (leaves.empty()) leaves.emplace_back(errors.front());
    // Unknown keys first: a misspelt key explains the "missing" one it was meant to be.
    std::map<std::string, std::set<std::string>> meant;  // object pointer -> keys
    for (const auto& [ptr, desc] : leaves)
        if (desc.find("could not be validated using 'properties'") != std::string::npos)
            meant[ptr] = report_unknown_keys(doc, cs.json, instance, ptr, diags);
    for (const auto& [ptr, desc] : leaves) {
        if (desc.find("could not be validated using 'properties'") != std::string::npos) continue;
        if (meant.count(ptr) && meant[ptr].count(missing_key(desc))) continue;
        std::string where = place_of(doc, ptr);
        diags.error(doc.pos(ptr),
                    (where.empty() ? "" : where + ": ") + describe(cs.json, instance, ptr, desc));
    }
    return false;
}

std::string schema_type_words(const Json& type) {
    return wanted_types(type);
}

std::string not_one_of_message(const Json& value, const std::vector<std::string>& words) {
    std::string list;
    for (const auto& w : words) list += (list.empty() ? "" : ", ") + w;
    return one_of_message(value, list, words);
}

}  // namespace portal
