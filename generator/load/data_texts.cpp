#include "load/data_texts.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <variant>

namespace portal {

namespace {

namespace fs = std::filesystem;

bool names_a_file(const Json& v) {
    if (!v.is_object() || !v.contains("file")) return false;
    for (auto it = v.begin(); it != v.end(); ++it)
        if (it.key() != "file" && it.key() != "marking") return false;
    return true;
}

// Reports and plans have Markdown fields; other kinds of data have none.
bool may_name_texts(const std::string& rel) {
    return rel.rfind("reports/", 0) == 0 || rel.rfind("plans/", 0) == 0;
}

// The file's path relative to data/, or a message saying why the name cannot be one.
std::variant<std::string, std::string> resolve(const std::string& doc_rel, const Json& name) {
    using Result = std::variant<std::string, std::string>;
    auto problem = [](std::string why) { return Result(std::in_place_index<1>, std::move(why)); };
    if (!name.is_string() || name.get<std::string>().empty())
        return problem("'file' must be the name of a Markdown file, like \"priority-1.md\"");
    const std::string written = name.get<std::string>();
    const fs::path p(written);
    if (p.is_absolute() || written.find('\\') != std::string::npos)
        return problem(
            "'file' names a file from this file's folder, with '/' between folders, "
            "like \"2011-12-q1/priority-1.md\"");
    if (p.extension() != ".md") return problem("'file' must name a Markdown file, ending in '.md'");
    const fs::path joined = (fs::path(doc_rel).parent_path() / p).lexically_normal();
    const std::string rel = joined.generic_string();
    if (rel.empty() || rel.rfind("..", 0) == 0)
        return problem("'file' must name a file inside data/");
    return Result(std::in_place_index<0>, rel);
}

// The front matter of a text named by data holds only its marking: the title
// and everything else about it stand in the JSON file.
std::optional<std::string> front_marking(const MarkdownDocument& t, Diagnostics& diags, bool& ok) {
    if (!t.front.IsDefined() || t.front.IsNull() || !t.front.IsMap()) return std::nullopt;
    std::optional<std::string> label;
    for (const auto& kv : t.front) {
        const std::string key = kv.first.Scalar();
        if (key != "marking") {
            diags.error(t.pos_of(kv.first),
                        "only 'marking' may stand in the front matter of a text that a report "
                        "or plan names; its title and dates stand in the JSON file");
            ok = false;
        } else if (!kv.second.IsScalar()) {
            diags.error(t.pos_of(kv.second),
                        "'marking' must be a label written as text, like "
                        "PROTECT");
            ok = false;
        } else {
            label = kv.second.Scalar();
        }
    }
    return label;
}

// Whether a marking that `counts` stands on the object at `ptr` or on one
// around it: then the file it names may be what the marking withholds, and a
// message names its place, not the file (a file's name may say what it is
// about).
bool marked_around(const Json& root, const std::string& ptr,
                   const std::function<bool(const Json&)>& counts) {
    auto marked = [&](const Json* v) {
        return v && v->is_object() && v->contains("marking") && counts((*v)["marking"]);
    };
    const Json* v = &root;
    if (marked(v)) return true;
    for (std::size_t at = 1; at <= ptr.size() && v;) {
        const std::size_t next = std::min(ptr.find('/', at), ptr.size());
        const std::string token = Json::json_pointer("/" + ptr.substr(at, next - at)).back();
        if (v->is_object() && v->contains(token))
            v = &(*v)[token];
        else if (v->is_array() && !token.empty() &&
                 token.find_first_not_of("0123456789") == std::string::npos &&
                 std::stoul(token) < v->size())
            v = &(*v)[std::stoul(token)];
        else
            v = nullptr;
        if (marked(v)) return true;
        at = next + 1;
    }
    return false;
}

// The file's real path (a symbolic link followed), so that one file named by
// two links is named twice; the path as given when it cannot be resolved.
std::string real_path(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path real = std::filesystem::canonical(path, ec);
    return ec ? path : real.string();
}

}  // namespace

void join_data_texts(std::vector<JsonDocument>& data, std::vector<MarkdownDocument> texts,
                     const std::vector<std::string>& listed,
                     const std::function<bool(const Json&)>& withholds,
                     std::vector<std::string>& withheld_whole, Diagnostics& diags) {
    const std::function<bool(const Json&)> any_marking = [](const Json&) { return true; };
    std::map<std::string, MarkdownDocument*> by_rel;
    for (auto& t : texts) by_rel[t.rel] = &t;
    const std::set<std::string> found(listed.begin(), listed.end());
    std::map<std::string, SourcePos> named;  // real path -> where it was first named

    for (auto& doc : data) {
        if (!may_name_texts(doc.rel)) continue;
        const std::string data_dir = doc.path.substr(0, doc.path.size() - doc.rel.size());
        // Pointers first, then the values replaced: replacing while walking
        // would walk into the texts.
        std::vector<std::string> pointers;
        std::function<void(const Json&, const std::string&)> walk = [&](const Json& v,
                                                                        const std::string& ptr) {
            if (names_a_file(v)) {
                pointers.push_back(ptr);
            } else if (v.is_object()) {
                for (auto it = v.begin(); it != v.end(); ++it)
                    walk(it.value(), ptr + "/" + pointer_token(it.key()));
            } else if (v.is_array()) {
                for (std::size_t i = 0; i < v.size(); ++i)
                    walk(v[i], ptr + "/" + std::to_string(i));
            }
        };
        walk(doc.value, "");
        for (const std::string& ptr : pointers) {
            Json& slot = doc.value.at(Json::json_pointer(ptr));
            const SourcePos at = doc.pos(ptr + "/file");
            const Json json_marking = slot.contains("marking") ? slot["marking"] : Json();
            // Inside a marking, messages name no file.
            const bool quiet = marked_around(doc.value, ptr, any_marking);
            // Withheld from outside, by the marking that names it: its own
            // messages (not UTF-8, nested too deep) hide its name as those
            // of a file that marks itself do (red team 24, C03).
            const bool withheld = marked_around(doc.value, ptr, withholds);
            auto resolved = resolve(doc.rel, slot["file"]);
            slot = "";  // what stands there when the file cannot be joined (the build fails)
            if (resolved.index() == 1) {
                diags.error(at, std::get<1>(resolved));
                continue;
            }
            const std::string rel = std::get<0>(resolved);
            if (withheld) withheld_whole.push_back(data_dir + rel);
            const std::string shown = quiet ? "the file named here" : data_dir + rel;
            const std::string real = real_path(data_dir + rel);
            auto it = by_rel.find(rel);
            if (it == by_rel.end() || !it->second || named.count(real)) {
                if (!found.count(rel))
                    diags.error(at, (quiet ? "the file named here does not exist"
                                           : "there is no file " + data_dir + rel) +
                                        ": write the text there, or type it here in place of "
                                        "{\"file\": ...}");
                else if (named.count(real))
                    diags.error(at, shown + " is named already, at " + named.at(real).str() +
                                        ": a file holds the text of one field; copy it to a "
                                        "second file");
                continue;
            }
            MarkdownDocument& text = *it->second;
            bool ok = true;
            std::optional<std::string> marking = front_marking(text, diags, ok);
            if (marking && !json_marking.is_null()) {
                diags.error(at, "the text is marked twice, here and in the front matter of " +
                                    (quiet ? shown : text.path) + "; keep one marking");
                ok = false;
            }
            named.emplace(real, at);
            it->second = nullptr;
            if (!ok) continue;
            if (marking || !json_marking.is_null())
                slot = Json{{"value", text.body},
                            {"marking", marking ? Json(*marking) : json_marking}};
            else
                slot = text.body;
            doc.texts.push_back({ptr, std::move(text)});
        }
    }
    // After an error (a JSON file that did not parse) a file may be unnamed
    // only because its namer could not be read: one mistake, one message.
    if (diags.has_errors()) return;
    for (const auto& [rel, text] : by_rel) {
        // One that carries a marking is not named in a message: its name may
        // say what it marks (red team round 6, M2). It is published nowhere.
        if (!text || !text->census.empty()) continue;
        const std::size_t slash = rel.find('/');
        const std::string kind = rel.substr(0, slash);
        std::string how;
        if (may_name_texts(rel))
            how = "to use it as a narrative of a file in data/" + kind + "/, write {\"file\": \"" +
                  rel.substr(slash + 1) + "\"} in place of the narrative's text";
        else
            how =
                "only reports and plans (data/reports/, data/plans/) name Markdown files; "
                "move it beside the report or plan it belongs to";
        diags.warning(SourcePos{text->path, 1, 1},
                      "no report or plan names this file, so it is published nowhere; " + how);
    }
}

}  // namespace portal
