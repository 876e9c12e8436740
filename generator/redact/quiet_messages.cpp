#include "redact/quiet_messages.hpp"

#include <algorithm>
#include <map>

namespace portal {

namespace {

bool opens_quote(const std::string& m, std::size_t i) {
    return i == 0 || std::string_view(" ([{=:,").find(m[i - 1]) != std::string_view::npos;
}

bool closes_quote(const std::string& m, std::size_t j) {
    return j + 1 >= m.size() ||
           std::string_view(" ,.;:)]}!?").find(m[j + 1]) != std::string_view::npos;
}

}  // namespace

std::string without_quotations(const std::string& m) {
    std::string out;
    for (std::size_t i = 0; i < m.size(); ++i) {
        const char q = m[i];
        if ((q != '\'' && q != '"') || !opens_quote(m, i)) {
            out += q;
            continue;
        }
        std::size_t j = i + 1;
        while (j < m.size() && !(m[j] == q && closes_quote(m, j))) ++j;
        if (j >= m.size()) {  // no closing quote: everything after it may be quoted text
            out += q;
            out += "…";
            return out;
        }
        out += q;
        out += "…";
        out += q;
        i = j;
    }
    return out;
}

std::string kind_of_problem(const std::string& message) {
    const std::string quiet = without_quotations(message);
    std::string out;
    int depth = 0;
    for (const char c : quiet) {
        if (c == '(') {
            if (depth++ == 0)
                while (!out.empty() && out.back() == ' ') out.pop_back();
            continue;
        }
        if (c == ')' && depth > 0) {
            --depth;
            continue;
        }
        if (depth == 0) out += c;
    }
    return out;
}

void hide_marked_names(Diagnostics& diags,
                       const std::vector<std::pair<std::string, std::string>>& names) {
    if (names.empty()) return;
    diags.rewrite_messages([&](SourcePos& pos, std::string& message) {
        for (const auto& [path, shown] : names) {
            if (pos.file == path) pos.file = shown;
            for (auto at = message.find(path); at != std::string::npos;
                 at = message.find(path, at + shown.size()))
                message.replace(at, path.size(), shown);
        }
    });
}

void quiet_messages(Diagnostics& diags, const std::vector<WithheldSpan>& spans,
                    const CanarySet* canaries) {
    std::map<std::string, std::vector<const WithheldSpan*>> by_file;
    for (const auto& s : spans) by_file[s.file].push_back(&s);
    auto inside = [&](const SourcePos& pos) {
        auto it = by_file.find(pos.file);
        if (it == by_file.end()) return false;
        return std::any_of(it->second.begin(), it->second.end(), [&](const WithheldSpan* s) {
            return (pos.line == 0 && s->first_line <= 1 && s->last_line == kWholeFile) ||
                   (pos.line >= s->first_line && pos.line <= s->last_line);
        });
    };
    auto repeats = [&](const std::string& m) {
        return canaries && !canaries->empty() && !canaries->find_in(m).empty();
    };
    diags.rewrite_messages([&](const SourcePos& pos, std::string& message) {
        if (inside(pos))
            message = kind_of_problem(message);
        else if (repeats(message))
            message = without_quotations(message);
        else
            return;
        if (repeats(message))
            message =
                "there is a problem here; its message is not shown because it would repeat "
                "text that is withheld (run 'portal check' and look at this place in the file)";
    });
}

}  // namespace portal
