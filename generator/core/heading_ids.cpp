#include "core/heading_ids.hpp"

#include <cmark-gfm.h>

#include <regex>

#include "core/markdown.hpp"
#include "core/text.hpp"

namespace portal {

std::vector<std::pair<std::string, std::string>> assign_heading_ids(cmark_node* root,
                                                                    std::set<std::string>& used) {
    std::vector<std::pair<std::string, std::string>> out;
    cmark_iter* it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_HEADING) continue;
        std::string text = trim(plain_text(n));
        std::string id = take_heading_id(text, used);
        out.emplace_back(std::move(id), std::move(text));
    }
    cmark_iter_free(it);
    return out;
}

std::string take_heading_id(const std::string& text, std::set<std::string>& used) {
    std::string id = slugify(text);
    if (id.empty()) id = "section";
    std::string unique = id;
    for (int k = 2; used.count(unique); ++k) unique = id + "-" + std::to_string(k);
    used.insert(unique);
    return unique;
}

std::set<std::string> literal_ids_in(const std::vector<const std::string*>& templates) {
    static const std::regex literal_id(R"re(\bid="([^"{}]+)")re");
    std::set<std::string> ids;
    for (const std::string* t : templates)
        for (auto it = std::sregex_iterator(t->begin(), t->end(), literal_id);
             it != std::sregex_iterator(); ++it)
            ids.insert((*it)[1]);
    return ids;
}

}  // namespace portal
