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
    if (used.insert(id).second) return id;
    // Repeats take "-2", "-3", ... in turn. The first free suffix is found by
    // doubling, then halving, over the run already taken: thousands of equal
    // headings on a page cost a few probes each, not a pass over all before.
    auto taken = [&](long k) { return used.count(id + "-" + std::to_string(k)) > 0; };
    long last_taken = 1, free = 2;  // 1 stands for the id itself
    while (taken(free)) last_taken = free, free *= 2;
    while (free - last_taken > 1) {
        const long mid = last_taken + (free - last_taken) / 2;
        (taken(mid) ? last_taken : free) = mid;
    }
    std::string unique = id + "-" + std::to_string(free);
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
