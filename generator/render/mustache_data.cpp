#include "render/mustache_data.hpp"

#include "render/value_joins.hpp"

namespace portal {

mustache::data to_mustache(const Json& v) {
    switch (v.type()) {
        case Json::value_t::object: {
            mustache::data d{mustache::data::type::object};
            for (auto it = v.begin(); it != v.end(); ++it) d.set(it.key(), to_mustache(it.value()));
            return d;
        }
        case Json::value_t::array: {
            mustache::data d{mustache::data::type::list};
            for (const auto& item : v) d.push_back(to_mustache(item));
            return d;
        }
        case Json::value_t::string:
            return text_data(v.get_ref<const std::string&>());
        case Json::value_t::boolean:
            return mustache::data{v.get<bool>()};
        case Json::value_t::null:
            return mustache::data{false};
        default:
            return mustache::data{v.dump()};
    }
}

mustache::data text_data(const std::string& s) {
    // An empty string is "nothing here", so that {{#summary}} sections hide.
    if (s.empty()) return mustache::data{false};
    // Between edges, so that the made page says where each value stands
    // (render/value_joins).
    return mustache::data{with_value_edges(s)};
}

}  // namespace portal
