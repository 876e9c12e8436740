#include "render/layout_context.hpp"

namespace portal {

const LayoutContext::Data* LayoutContext::get(const std::string& name) const {
    if (name.size() == 1 && name[0] == '.') return items_.front();
    if (name.find('.') == std::string::npos) return get_partial(name);
    std::string piece;
    for (const Data* item : items_) {
        const Data* var = item;
        for (std::size_t start = 0; var;) {
            const std::size_t dot = name.find('.', start);
            piece.assign(name, start, dot == std::string::npos ? std::string::npos : dot - start);
            var = var->get(piece);
            if (dot == std::string::npos || dot + 1 == name.size()) break;
            start = dot + 1;
        }
        if (var) return var;
    }
    return nullptr;
}

const LayoutContext::Data* LayoutContext::get_partial(const std::string& name) const {
    for (const Data* item : items_)
        if (const Data* var = item->get(name)) return var;
    return nullptr;
}

std::string render_layout(kainjow::mustache::mustache& tpl, const LayoutContext::Data& data) {
    struct Appender {
        std::string text;
        Appender& operator<<(const std::string& s) {
            text += s;
            return *this;
        }
    } out;
    if (!tpl.is_valid()) return {};
    LayoutContext ctx(&data);
    tpl.render(ctx, out);
    return std::move(out.text);
}

}  // namespace portal
