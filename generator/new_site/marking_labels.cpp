#include "new_site/marking_labels.hpp"

#include "core/files.hpp"
#include "core/reading.hpp"

namespace portal {

PublishableLabels PublishableLabels::of_site(const std::filesystem::path& site) {
    PublishableLabels labels;
    const auto text = read_file(site / "site.json");
    if (!text) return labels;
    const Json config = Json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (!config.is_object() || !config.contains("marking") || !config["marking"].is_object())
        return labels;
    const Json& withheld = config["marking"].value("withheld", Json::array());
    if (withheld.is_array())
        for (const auto& label : withheld)
            if (label.is_string()) labels.withheld_.push_back(label.get<std::string>());
    const Json& listed = config["marking"].value("publishable", Json::array());
    if (!listed.is_array()) return labels;
    for (const auto& label : listed)
        if (label.is_string()) {
            labels.publishable_.insert(fold_label(label.get<std::string>()));
            labels.publishable_as_written_.push_back(label.get<std::string>());
        }
    return labels;
}

bool PublishableLabels::withholds(const Json& object) const {
    if (!object.is_object() || !object.contains("marking")) return false;
    const Json& marking = object["marking"];
    return !marking.is_string() || !publishable_.count(fold_label(marking.get<std::string>()));
}

std::optional<std::string> PublishableLabels::public_text(const Json& value) const {
    if (value.is_string()) return value.get<std::string>();
    const bool wrapper = value.is_object() && value.size() == 2 && value.contains("value") &&
                         value.contains("marking");
    if (wrapper && !withholds(value) && value["value"].is_string())
        return value["value"].get<std::string>();
    return std::nullopt;
}

}  // namespace portal
