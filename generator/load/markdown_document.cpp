#include "load/markdown_document.hpp"

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace portal {

SourcePos MarkdownDocument::pos_of(const YAML::Node& node) const {
    if (!node.IsDefined() || node.Mark().is_null()) return SourcePos{path, front_line, 0};
    return SourcePos{path, front_line + node.Mark().line, node.Mark().column + 1};
}

bool parse_markdown_document(MarkdownDocument& doc, Diagnostics& diags) {
    if (auto bad = first_invalid_utf8(doc.text)) {
        diags.error(pos_at_offset(doc.path, doc.text, *bad),
                    "this file is not UTF-8 text (an editor saved it in another encoding); save "
                    "it as UTF-8");
        return false;
    }
    std::string_view text = doc.text;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    auto lines = split_lines(text);
    if (lines.empty() || trim(lines[0]) != "---") {
        doc.body = std::string(text);
        doc.body_line = 1;
        return true;
    }
    std::size_t close = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        std::string t = trim(lines[i]);
        if (t == "---" || t == "...") {
            close = i;
            break;
        }
    }
    if (close == 0) {
        diags.error(SourcePos{doc.path, 1, 1},
                    "front matter opened with '---' is never closed; add a line '---' after it");
        return false;
    }
    std::string yaml;
    for (std::size_t i = 1; i < close; ++i) yaml += lines[i] + "\n";
    std::string body;
    for (std::size_t i = close + 1; i < lines.size(); ++i) body += lines[i] + "\n";
    doc.front_line = 2;
    doc.body = std::move(body);
    doc.body_line = static_cast<int>(close) + 2;
    try {
        doc.front = YAML::Load(yaml);
    } catch (const YAML::ParserException& e) {
        diags.error(SourcePos{doc.path, doc.front_line + e.mark.line, e.mark.column + 1},
                    "invalid front matter (YAML): " + e.msg);
        return false;
    }
    if (doc.front.IsNull()) doc.front = YAML::Node(YAML::NodeType::Map);
    if (!doc.front.IsMap()) {
        diags.error(SourcePos{doc.path, doc.front_line, 1},
                    "front matter must be a list of 'key: value' lines");
        return false;
    }
    return true;
}

}  // namespace portal
