#include "render/theme.hpp"

#include <regex>

#include "core/text.hpp"
#include "render/layout_context.hpp"

namespace portal {

namespace mustache = kainjow::mustache;

std::string inline_partials(const std::string& text,
                            const std::map<std::string, TextFile>& partials, int depth) {
    static const std::regex partial_tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
    if (text.find("{{>") == std::string::npos) return text;
    std::string out;
    std::size_t pos = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), partial_tag);
         it != std::sregex_iterator(); ++it) {
        const auto at = static_cast<std::size_t>(it->position());
        out.append(text, pos, at - pos);
        auto partial = partials.find((*it)[1]);
        if (partial != partials.end() && depth < kPartialDepth)
            out += inline_partials(partial->second.text, partials, depth + 1);
        pos = at + static_cast<std::size_t>(it->length());
    }
    out.append(text, pos, std::string::npos);
    return out;
}

Theme::Theme(const std::map<std::string, TextFile>& layouts,
             const std::map<std::string, TextFile>& partials) {
    for (const auto& [name, f] : layouts) {
        auto t = std::make_unique<mustache::mustache>(inline_partials(f.text, partials));
        t->set_custom_escape([](const std::string& s) { return html_escape(s); });
        layouts_.emplace(name, std::move(t));
    }
}

std::string Theme::render(const std::string& name, const mustache::data& d,
                          const std::string& source, Diagnostics& diags) const {
    auto it = layouts_.find(name);
    if (it == layouts_.end()) {
        diags.error(SourcePos{source}, "layout '" + name + "' does not exist");
        return {};
    }
    std::string out = render_layout(*it->second, d);
    if (!it->second->error_message().empty())
        diags.error(SourcePos{"layouts/" + name + ".mustache"},
                    "template: " + it->second->error_message());
    // A page's HTML stays in memory until the site is written: without the
    // room its growth left (up to as much again), as kainjow's str() gave it.
    out.shrink_to_fit();
    return out;
}

}  // namespace portal
