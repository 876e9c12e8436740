#include "load/markdown_document.hpp"

#include "core/text.hpp"
#include "core/utf8.hpp"
#include "load/front_matter_slips.hpp"
#include "load/hidden_controls.hpp"
#include "load/text_limits.hpp"

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
    if (auto control = first_hidden_control(doc.text, EscapeSyntax::none)) {
        diags.error(pos_at_offset(doc.path, doc.text, control->offset), control->message);
        return false;
    }
    std::string_view text = doc.text;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    // The first line, and each next one, without its line end ("\n" or "\r\n").
    std::size_t at = 0;
    auto next_line = [&](std::string_view& line) {
        if (at >= text.size()) return false;
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        line = text.substr(at, end - at);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        at = end + 1;
        return true;
    };
    // A delimiter is '---' (or '...' to close) at the very start of its line:
    // an indented '---' is text of the front matter (a line of a block scalar
    // such as 'summary: |'), and must not end it early and turn the keys after
    // it, a 'marking' among them, into published body text.
    auto delimiter = [](std::string_view l, bool closing) {
        while (!l.empty() && (l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
        return l == "---" || (closing && l == "...");
    };
    std::string_view line;
    if (!next_line(line) || !delimiter(line, false)) {
        if (auto deep = check_markdown_nesting(text)) {
            diags.error(pos_at_offset(doc.path, text, deep->offset), deep->message);
            return false;
        }
        doc.body = std::string(text);
        doc.body_line = 1;
        doc.text = std::string();  // the body is all later stages read
        return true;
    }
    const std::size_t yaml_start = at;
    std::size_t yaml_end = 0;
    int lines = 1;
    bool closed = false;
    while (next_line(line)) {
        ++lines;
        if (delimiter(line, true)) {
            closed = true;
            break;
        }
        yaml_end = at;
    }
    if (!closed) {
        diags.error(SourcePos{doc.path, 1, 1},
                    "front matter opened with '---' is never closed; add a line '---' after it");
        return false;
    }
    std::string yaml(text.substr(yaml_start, yaml_end > yaml_start ? yaml_end - yaml_start : 0));
    doc.front_line = 2;
    doc.body = std::string(text.substr(std::min(at, text.size())));
    doc.body_line = lines + 1;
    // The controls written as they are the whole text's check found above;
    // here, those a double-quoted scalar writes as an escape (each begins
    // with a backslash: most front matter has none, and is not read again).
    if (auto control = yaml.find('\\') == std::string::npos
                           ? std::nullopt
                           : first_hidden_control(yaml, EscapeSyntax::yaml)) {
        diags.error(pos_at_offset(doc.path, text, yaml_start + control->offset), control->message);
        doc.text = std::string();
        return false;
    }
    // yaml-cpp recurses into nested flow collections: a limit, not a crash.
    if (auto deep = check_nesting_depth(yaml, NestingSyntax::yaml)) {
        diags.error(pos_at_offset(doc.path, text, yaml_start + deep->offset), deep->message);
        doc.text = std::string();
        return false;
    }
    // cmark slows with the square of its nesting: a limit, not a hang.
    if (auto deep = check_markdown_nesting(doc.body)) {
        diags.error(pos_at_offset(doc.path, text, (text.size() - doc.body.size()) + deep->offset),
                    deep->message);
        doc.text = std::string();
        return false;
    }
    doc.text = std::string();
    bool slipped = false;
    for (const auto& slip : front_matter_slips(yaml)) {
        const SourcePos at{doc.path, doc.front_line + slip.line, slip.column};
        if (slip.error) {
            diags.error(at, "front matter: " + slip.message);
            slipped = true;
        } else {
            diags.warning(at, "front matter: " + slip.message);
        }
    }
    if (slipped) return false;
    try {
        doc.front = YAML::Load(yaml);
    } catch (const YAML::ParserException& e) {
        std::string_view line = yaml;
        for (int n = 0; n < e.mark.line && line.find('\n') != std::string_view::npos; ++n)
            line.remove_prefix(line.find('\n') + 1);
        line = line.substr(0, line.find('\n'));
        diags.error(SourcePos{doc.path, doc.front_line + e.mark.line, e.mark.column + 1},
                    yaml_error_in_words(e.msg, line, e.mark.column + 1));
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
