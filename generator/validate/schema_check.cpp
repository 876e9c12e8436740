#include "validate/schema_check.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

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
        std::string esc;
        for (char ch : tok) {
            if (ch == '~')
                esc += "~0";
            else if (ch == '/')
                esc += "~1";
            else
                esc += ch;
        }
        ptr += "/" + esc;
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

std::string type_name(const Json& v) {
    switch (v.type()) {
        case Json::value_t::null:
            return "null";
        case Json::value_t::boolean:
            return "true/false";
        case Json::value_t::string:
            return "text";
        case Json::value_t::array:
            return "a list";
        case Json::value_t::object:
            return "an object";
        default:
            return "a number";
    }
}

std::string describe(const Json& schema_root, const Json& instance, const std::string& pointer,
                     const std::string& description) {
    const Json* value = nullptr;
    try {
        value = &instance.at(Json::json_pointer(pointer));
    } catch (...) {
    }
    const Json* sub = schema_at(schema_root, pointer);
    if (value && sub && sub->contains("enum") && description.find("enum") != std::string::npos) {
        std::string list;
        for (const auto& e : (*sub)["enum"]) {
            if (!list.empty()) list += ", ";
            list += e.is_string() ? e.get<std::string>() : e.dump();
        }
        return value->dump() + " is not one of " + list;
    }
    if (value && sub && sub->contains("type") && description.find("type") != std::string::npos) {
        const Json& t = (*sub)["type"];
        std::string want = t.is_string() ? t.get<std::string>() : t.dump();
        if (want == "string")
            want = "text";
        else if (want == "integer")
            want = "a whole number";
        else if (want == "number")
            want = "a number";
        else if (want == "array")
            want = "a list";
        else if (want == "object")
            want = "an object";
        return "expected " + want + ", found " + type_name(*value);
    }
    if (value && sub && sub->contains("pattern") &&
        description.find("pattern") != std::string::npos) {
        std::string hint = sub->value("description", std::string());
        return value->dump() + " is not in the expected form" +
               (hint.empty() ? "" : " (" + hint + ")");
    }
    if (value && value->is_number() && sub &&
        description.find("less than or equal") != std::string::npos && sub->contains("maximum"))
        return value->dump() + " is more than the largest allowed, " + (*sub)["maximum"].dump();
    if (value && value->is_number() && sub &&
        description.find("greater than or equal") != std::string::npos && sub->contains("minimum"))
        return value->dump() + " is less than the smallest allowed, " + (*sub)["minimum"].dump();
    if (value && value->is_string() && sub && sub->contains("minLength") &&
        description.find("length") != std::string::npos)
        return "must not be empty";
    auto quote = description.find('\'');
    if (description.find("Missing required property") != std::string::npos &&
        quote != std::string::npos) {
        return "missing required key " + description.substr(quote);
    }
    if (description.find("could not be validated using 'properties'") != std::string::npos) {
        auto colon = description.rfind(": ");
        return "unknown key" +
               (colon == std::string::npos ? std::string() : " " + description.substr(colon + 2));
    }
    std::string d = description;
    if (!d.empty() && d.back() == '.') d.pop_back();
    if (!d.empty()) d[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(d[0])));
    return d;
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

    // valijson reports a failure at every level of nesting; keep the deepest ones.
    std::vector<std::pair<std::string, std::string>> errors;
    for (const auto& e : results) errors.emplace_back(context_to_pointer(e.context), e.description);
    std::vector<std::pair<std::string, std::string>> leaves;
    for (const auto& [ptr, desc] : errors) {
        bool has_deeper = std::any_of(errors.begin(), errors.end(), [&](const auto& other) {
            return other.first.size() > ptr.size() && other.first.rfind(ptr + "/", 0) == 0;
        });
        bool generic = desc.find("Failed to validate") != std::string::npos;
        if (has_deeper || (generic && errors.size() > 1)) continue;
        if (std::find(leaves.begin(), leaves.end(), std::make_pair(ptr, desc)) == leaves.end())
            leaves.emplace_back(ptr, desc);
    }
    if (leaves.empty()) leaves.emplace_back(errors.front());
    for (const auto& [ptr, desc] : leaves) {
        std::string where = pointer_to_path(ptr);
        diags.error(doc.pos(ptr),
                    (where.empty() ? "" : where + ": ") + describe(cs.json, instance, ptr, desc));
    }
    return false;
}

}  // namespace portal
