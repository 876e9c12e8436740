// validate/schema_reference: the data reference and the editor schemas are the
// compiled schemas, every key of them, and what is committed is what portal
// prints (docs/data-formats.md, schemas/*.schema.json; `make docs` remakes
// them). The editor schemas accept the example site's own files, markings and
// all, and still refuse a key that is not there.
#include "validate/schema_reference.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "core/json_value.hpp"
#include "load/json_document.hpp"
#include "validate/schema_check.hpp"

namespace portal {
namespace {

namespace fs = std::filesystem;

const char* kJsonKinds[] = {"site", "plan", "report", "statistics", "funding"};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Every property name anywhere in a schema, found without the reference's walk.
void property_names(const Json& node, std::set<std::string>& names) {
    if (node.is_object()) {
        if (node.contains("properties") && node["properties"].is_object())
            for (auto it = node["properties"].begin(); it != node["properties"].end(); ++it)
                names.insert(it.key());
        for (const auto& [k, v] : node.items()) property_names(v, names);
    } else if (node.is_array()) {
        for (const auto& v : node) property_names(v, names);
    }
}

TEST(SchemaReference, EveryKeyOfEverySchemaIsInTheReference) {
    for (const char* kind : kJsonKinds) {
        std::set<std::string> names;
        property_names(Json::parse(std::string(builtin_schema(kind))), names);
        const std::vector<std::string> paths = schema_key_paths(kind);
        const std::string section = *data_reference(kind);
        for (const auto& name : names) {
            bool found = false;
            for (const auto& p : paths) {
                const auto dot = p.rfind('.');
                const std::string last = dot == std::string::npos ? p : p.substr(dot + 1);
                found = found || last == name;
            }
            EXPECT_TRUE(found) << kind << ": key '" << name << "' is not in the reference";
        }
        for (const auto& p : paths)
            EXPECT_NE(section.find("| `" + p + "` |"), std::string::npos) << kind << ": " << p;
    }
}

TEST(SchemaReference, EveryKeySaysWhatItIs) {
    for (const auto& kind : reference_kinds()) {
        const std::string section = *data_reference(kind);
        std::istringstream lines(section);
        std::string line;
        while (std::getline(lines, line)) {
            if (line.rfind("| `", 0) != 0) continue;
            // | key | required | type | what it is | example |
            std::vector<std::string> cells;
            std::size_t at = 1;
            while (at < line.size()) {
                std::size_t next = line.find(" |", at);
                while (next != std::string::npos && line[next - 1] == '\\')
                    next = line.find(" |", next + 1);
                if (next == std::string::npos) break;
                cells.push_back(line.substr(at, next - at));
                at = next + 2;
            }
            ASSERT_GE(cells.size(), 4u) << line;
            EXPECT_GT(cells[3].size(), 3u) << kind << ": no description: " << line;
        }
    }
}

TEST(SchemaReference, TheCommittedFilesAreWhatPortalPrints) {
    const fs::path root = PORTAL_SOURCE_DIR;
    EXPECT_EQ(read(root / "docs/data-formats.md"), data_reference())
        << "docs/data-formats.md is not the schemas' reference: run `make docs`";
    for (const char* kind : kJsonKinds)
        EXPECT_EQ(read(root / "schemas" / (std::string(kind) + ".schema.json")),
                  *editor_schema(kind))
            << "schemas/" << kind << ".schema.json is not the editor schema: run `make docs`";
}

TEST(SchemaReference, AnUnknownKindHasNoReference) {
    EXPECT_FALSE(data_reference("reprot"));
    EXPECT_FALSE(editor_schema("page"));  // front matter has no JSON Schema
}

// Each example data file, markings and all, against its editor schema.
TEST(SchemaReference, EditorSchemasAcceptTheExampleFilesAndRefuseStrangers) {
    const fs::path root = PORTAL_SOURCE_DIR;
    int files = 0;
    const std::pair<const char*, const char*> kinds[] = {{"plan", "plans"},
                                                         {"report", "reports"},
                                                         {"statistics", "statistics"},
                                                         {"funding", "funding"}};
    for (const auto& [kind, folder] : kinds) {
        const std::string schema = *editor_schema(kind);
        for (const auto& e : fs::directory_iterator(root / "data" / folder)) {
            if (e.path().extension() != ".json") continue;
            JsonDocument doc;
            doc.path = e.path().string();
            doc.text = read(e.path());
            doc.value = Json::parse(doc.text);
            Diagnostics diags;
            EXPECT_TRUE(check_against_schema(doc, doc.value, schema, diags))
                << doc.path << ":\n"
                << (diags.all().empty() ? "" : diags.all().front().str());
            ++files;
            // A key the schema does not have is still refused.
            Json strange = doc.value;
            strange["no_such_key"] = 1;
            Diagnostics refused;
            EXPECT_FALSE(check_against_schema(doc, strange, schema, refused)) << doc.path;
        }
    }
    EXPECT_GE(files, 8);
}

}  // namespace
}  // namespace portal
