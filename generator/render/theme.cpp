#include "render/theme.hpp"

#include <regex>

#include "core/text.hpp"
#include "load/layout_growth.hpp"
#include "render/layout_context.hpp"

namespace portal {

namespace mustache = kainjow::mustache;

namespace {

// Puts the partials in `text` into `out` (see inline_partials), adding the
// length of each one's text to `used`: false as soon as that is past
// kMaxPartialGrowth, with `over_at` (when given) the tag in `text` that took it
// past.
bool put_partials_in(const std::string& text, const std::map<std::string, TextFile>& partials,
                     int depth, std::size_t& used, std::string& out, std::size_t* over_at) {
    static const std::regex partial_tag(R"(\{\{>\s*([^}\s]+)\s*\}\})");
    if (text.find("{{>") == std::string::npos) {
        out += text;
        return true;
    }
    std::size_t pos = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), partial_tag);
         it != std::sregex_iterator(); ++it) {
        const auto at = static_cast<std::size_t>(it->position());
        out.append(text, pos, at - pos);
        auto partial = partials.find((*it)[1]);
        if (partial != partials.end() && depth < kPartialDepth) {
            used += partial->second.text.size();
            if (used > kMaxPartialGrowth ||
                !put_partials_in(partial->second.text, partials, depth + 1, used, out, nullptr)) {
                if (over_at) *over_at = at;
                return false;
            }
        }
        pos = at + static_cast<std::size_t>(it->length());
    }
    out.append(text, pos, std::string::npos);
    return true;
}

}  // namespace

std::optional<std::string> inline_partials(const std::string& text,
                                           const std::map<std::string, TextFile>& partials,
                                           std::size_t* over_at) {
    std::string out;
    std::size_t used = 0;
    if (!put_partials_in(text, partials, 0, used, out, over_at)) return std::nullopt;
    return out;
}

Theme::Theme(const std::map<std::string, TextFile>& layouts,
             const std::map<std::string, TextFile>& partials) {
    for (const auto& [name, f] : layouts) {
        std::size_t over_at = 0;
        const auto text = inline_partials(f.text, partials, &over_at);
        if (!text) {
            too_large_.emplace(name, pos_at_offset(f.path, f.text, over_at));
            continue;
        }
        auto t = std::make_unique<mustache::mustache>(*text);
        t->set_custom_escape([](const std::string& s) { return html_escape(s); });
        layouts_.emplace(name, std::move(t));
    }
}

std::string Theme::render(const std::string& name, const mustache::data& d,
                          const std::string& source, Diagnostics& diags) const {
    if (const auto big = too_large_.find(name); big != too_large_.end()) {
        diags.error(big->second, grows_too_large_message(false));
        return {};
    }
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
