#include "new_site/status_scale.hpp"

#include "core/files.hpp"
#include "core/reading.hpp"
#include "load/json_document.hpp"

namespace portal {

std::vector<StatusScale> site_status_scales(const std::filesystem::path& site) {
    std::vector<StatusScale> scales = builtin_scales();
    JsonDocument doc;
    doc.path = (site / "site.json").string();
    const auto bytes = read_file(site / "site.json");
    if (!bytes) return scales;
    doc.text = *bytes;
    Diagnostics quiet;  // the build reports site.json's problems
    if (!parse_json_document(doc, quiet) || !doc.value.is_object() ||
        !doc.value.contains("status_scales") || !doc.value["status_scales"].is_array())
        return scales;
    // Only entries of the shape the schema asks for are read.
    Json kept = Json::array();
    for (const auto& sc : doc.value["status_scales"]) {
        bool ok = sc.is_object() && sc.contains("name") && sc["name"].is_string() &&
                  sc.contains("statuses") && sc["statuses"].is_array();
        if (ok)
            for (const auto& st : sc["statuses"])
                ok = ok && st.is_object() && st.contains("key") && st["key"].is_string() &&
                     st.contains("label") && st["label"].is_string() && st.contains("colour") &&
                     st["colour"].is_string() && st["colour"].get<std::string>().size() == 7 &&
                     st["colour"].get<std::string>()[0] == '#' &&
                     st["colour"].get<std::string>().find_first_not_of("0123456789abcdefABCDEF",
                                                                       1) == std::string::npos &&
                     (!st.contains("pattern") || st["pattern"].is_string());
        if (ok && (!sc.contains("words") || sc["words"].is_string())) kept.push_back(sc);
    }
    doc.value["status_scales"] = kept;
    read_status_scales(doc, scales, quiet);
    return scales;
}

StatusReading read_status(const StatusScale& scale, std::string_view written) {
    StatusReading r;
    if (scale.words_only()) {
        r.allowed = "nothing (this report gives progress in words, without a status)";
        return r;
    }
    const std::vector<std::string> keys = scale.keys();
    for (std::size_t i = 0; i < keys.size(); ++i)
        r.allowed += (i == 0                 ? ""
                      : i + 1 == keys.size() ? " or "
                                             : ", ") +
                     scale.find(keys[i])->word;
    const std::string folded = fold_label(written);
    for (const auto& key : keys) {
        const ScaleStatus& s = *scale.find(key);
        if (folded == fold_label(s.key) || folded == fold_label(s.word)) r.word = s.key;
    }
    return r;
}

}  // namespace portal
