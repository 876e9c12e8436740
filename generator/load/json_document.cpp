#include "load/json_document.hpp"
#include "load/json_syntax.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/utf8.hpp"
#include "load/hidden_controls.hpp"
#include "load/text_limits.hpp"

namespace portal {

namespace {

// Walks text that nlohmann has already accepted and records the offset of every
// value under its JSON pointer. Only called on valid JSON, so it can be simple.
// A key written twice in one object: JSON parsers keep one of them silently,
// and a second "marking" could undo the first. Always an error.
struct DuplicateKey {
    std::string key;
    std::size_t first = 0;  // offsets of both key strings
    std::size_t again = 0;
};

class OffsetIndexer {
  public:
    OffsetIndexer(std::string_view text, std::unordered_map<std::string, std::size_t>& out,
                  std::vector<DuplicateKey>& duplicates)
        : t_(text), out_(out), duplicates_(duplicates) {}

    void run() {
        skip_ws();
        value("");
    }

  private:
    void skip_ws() {
        while (i_ < t_.size() && std::isspace(static_cast<unsigned char>(t_[i_]))) ++i_;
    }

    std::string string_literal() {
        // Returns the decoded key; only needs to be exact for keys, and nlohmann's
        // decoding is used for that to get escapes right.
        std::size_t start = i_;
        ++i_;
        bool escaped = false;
        while (i_ < t_.size() && t_[i_] != '"') {
            if (t_[i_] == '\\') {
                escaped = true;
                ++i_;
            }
            ++i_;
        }
        ++i_;
        if (!escaped) return std::string(t_.substr(start + 1, i_ - start - 2));
        return nlohmann::json::parse(t_.substr(start, i_ - start)).get<std::string>();
    }

    void value(const std::string& ptr) {
        out_[ptr] = i_;
        if (i_ >= t_.size()) return;
        char c = t_[i_];
        if (c == '{') {
            ++i_;
            skip_ws();
            if (t_[i_] == '}') {
                ++i_;
                return;
            }
            std::unordered_map<std::string, std::size_t> keys;  // key -> offset
            while (true) {
                skip_ws();
                const std::size_t key_at = i_;
                std::string key = string_literal();
                if (auto [seen, fresh] = keys.emplace(key, key_at); !fresh)
                    duplicates_.push_back({key, seen->second, key_at});
                skip_ws();
                ++i_;  // ':'
                skip_ws();
                value(ptr + "/" + pointer_token(key));
                skip_ws();
                if (t_[i_] == ',') {
                    ++i_;
                    continue;
                }
                ++i_;  // '}'
                return;
            }
        } else if (c == '[') {
            ++i_;
            skip_ws();
            if (t_[i_] == ']') {
                ++i_;
                return;
            }
            for (std::size_t n = 0;; ++n) {
                skip_ws();
                value(ptr + "/" + std::to_string(n));
                skip_ws();
                if (t_[i_] == ',') {
                    ++i_;
                    continue;
                }
                ++i_;  // ']'
                return;
            }
        } else if (c == '"') {
            string_literal();
        } else {
            while (i_ < t_.size() && !std::isspace(static_cast<unsigned char>(t_[i_])) &&
                   t_[i_] != ',' && t_[i_] != '}' && t_[i_] != ']')
                ++i_;
        }
    }

    std::string_view t_;
    std::unordered_map<std::string, std::size_t>& out_;
    std::vector<DuplicateKey>& duplicates_;
    std::size_t i_ = 0;
};

}  // namespace

SourcePos JsonDocument::pos(const std::string& pointer) const {
    std::string p = pointer;
    while (true) {
        auto it = offsets.find(p);
        if (it != offsets.end()) return pos_at_offset(path, text, it->second);
        if (p.empty()) return SourcePos{path, 1, 1};
        p.erase(p.rfind('/'));
    }
}

bool parse_json_document(JsonDocument& doc, Diagnostics& diags) {
    if (auto bad = first_invalid_utf8(doc.text)) {
        diags.error(pos_at_offset(doc.path, doc.text, *bad),
                    "this file is not UTF-8 text (an editor saved it in another encoding); save "
                    "it as UTF-8");
        return false;
    }
    std::string_view body = doc.text;
    std::size_t skip = 0;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") skip = 3;  // spreadsheets and Notepad write a BOM
    if (auto control = first_hidden_control(body, EscapeSyntax::json)) {
        diags.error(pos_at_offset(doc.path, doc.text, control->offset), control->message);
        return false;
    }
    // Depth and number range first, in one pass over the raw text: past them the
    // parser throws without a place to point at, and the recursive readers after
    // it (OffsetIndexer below among them) would overflow the stack.
    if (auto problem = check_json_limits(body.substr(skip))) {
        diags.error(pos_at_offset(doc.path, doc.text, problem->offset + skip), problem->message);
        return false;
    }
    std::vector<DuplicateKey> duplicates;
    try {
        doc.value = Json::parse(body.substr(skip));
        OffsetIndexer(std::string_view(doc.text).substr(skip), doc.offsets, duplicates).run();
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const std::string_view json = std::string_view(doc.text).substr(skip);
        const JsonSyntaxError why =
            explain_json_syntax(json, e.byte > 0 ? e.byte - 1 : 0, e.what());
        // The line itself, its words hidden.
        diags.error(pos_at_offset(doc.path, doc.text, why.at + skip),
                    why.message + caret_excerpt(json, why.at));
        return false;
    } catch (const nlohmann::json::exception& e) {
        // Any other refusal of the parser (the limits above should leave none):
        // still the file's error, never an internal error of portal.
        diags.error(SourcePos{doc.path, 1, 1},
                    explain_json_syntax(doc.text, doc.text.size(), e.what()).message);
        return false;
    }
    for (auto& [k, v] : doc.offsets) v += skip;
    for (const auto& d : duplicates) {
        SourcePos first = pos_at_offset(doc.path, doc.text, d.first + skip);
        diags.error(pos_at_offset(doc.path, doc.text, d.again + skip),
                    // Not the key itself: the object may be one a marking
                    // withholds (which is not known yet), and a statistic's
                    // keys are names of people and places.
                    "a key is written twice in this object (first on line " +
                        std::to_string(first.line) +
                        "); a key may appear once, or which one counts is anyone's guess");
    }
    if (!duplicates.empty()) return false;
    // A string with a line break may be Markdown (a narrative, a section): the
    // same limit on its nesting as a page's (load/text_limits.hpp).
    bool ok = true;
    std::vector<std::pair<const Json*, std::string>> todo{{&doc.value, ""}};
    while (!todo.empty() && ok) {
        auto [v, pointer] = todo.back();
        todo.pop_back();
        if (v->is_object()) {
            for (const auto& [key, child] : v->items())
                todo.push_back({&child, pointer + "/" + pointer_token(key)});
        } else if (v->is_array()) {
            for (std::size_t i = 0; i < v->size(); ++i)
                todo.push_back({&(*v)[i], pointer + "/" + std::to_string(i)});
        } else if (v->is_string() &&
                   v->get_ref<const std::string&>().find('\n') != std::string::npos) {
            if (auto deep = check_markdown_nesting(v->get_ref<const std::string&>())) {
                diags.error(doc.pos(pointer), deep->message);
                ok = false;
            }
        }
    }
    return ok;
}

const DataText* JsonDocument::text_at(const std::string& pointer) const {
    for (const auto& t : texts)
        if (t.pointer == pointer) return &t;
    return nullptr;
}

std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::vector<std::string> pointer_tokens(const std::string& pointer) {
    std::vector<std::string> tokens;
    std::size_t i = 0;
    while (i < pointer.size()) {
        const std::size_t next = pointer.find('/', i + 1);
        const std::string tok =
            pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
        std::string un;
        for (std::size_t k = 0; k < tok.size(); ++k) {
            if (tok[k] == '~' && k + 1 < tok.size()) {
                un += tok[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                un += tok[k];
            }
        }
        tokens.push_back(std::move(un));
        if (next == std::string::npos) break;
        i = next;
    }
    return tokens;
}

std::string pointer_to_path(const std::string& pointer) {
    std::string out;
    for (const std::string& un : pointer_tokens(pointer)) {
        const bool index = !un.empty() && un.find_first_not_of("0123456789") == std::string::npos;
        if (index)
            out += "[" + un + "]";
        else
            out += (out.empty() ? "" : ".") + un;
    }
    return out;
}

}  // namespace portal
