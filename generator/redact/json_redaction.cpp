#include "redact/json_redaction.hpp"

namespace portal {

namespace {

bool is_value_wrapper(const Json& v) {
    return v.is_object() && v.size() == 2 && v.contains("value") && v.contains("marking");
}

class Redactor {
  public:
    Redactor(const JsonDocument& doc, const MarkingPolicy& policy, const JsonRedactionHooks& hooks,
             Diagnostics& diags)
        : doc_(doc), policy_(policy), hooks_(hooks), diags_(diags) {}

    bool ok = true;
    bool lost = false;
    std::set<std::string> withheld_in_place;

    // Returns false when v is withheld and must be dropped by the caller. `src` is
    // the pointer in the file (for messages and the log), `pub` the pointer in the
    // public value (indexes shift when items before are dropped).
    bool visit(Json& v, const std::string& src, const std::string& pub) {
        if (v.is_object()) {
            if (v.contains("marking")) {
                const Json& m = v["marking"];
                const std::string mptr = src + "/marking";
                auto seen = [&](bool withholds) {
                    if (hooks_.on_marking) hooks_.on_marking(mptr, withholds);
                };
                if (!m.is_string()) {
                    seen(true);
                    diags_.error(doc_.pos(mptr), where(mptr) +
                                                     "a marking must be a label written "
                                                     "as text, like \"PROTECT\"");
                    ok = false;
                    return false;  // fail closed: drop it even if the build went on
                }
                std::string label = m.get<std::string>();
                auto verdict = policy_.judge(label, doc_.pos(mptr), diags_);
                seen(!verdict || *verdict == Verdict::withhold);
                if (!verdict) {
                    ok = false;
                    return false;
                }
                if (*verdict == Verdict::withhold) {
                    lost = true;
                    const Json* shown = is_value_wrapper(v) ? &v["value"] : &v;
                    if (hooks_.on_withheld) hooks_.on_withheld({src, label, shown});
                    return false;
                }
                if (is_value_wrapper(v)) {
                    Json inner = std::move(v["value"]);
                    v = std::move(inner);
                    return visit(v, src, pub);
                }
                v.erase("marking");
            }
            if (hooks_.withheld_by_reference)
                if (auto why = hooks_.withheld_by_reference(v, src)) {
                    lost = true;
                    if (hooks_.on_withheld) hooks_.on_withheld({src, *why, &v, true});
                    return false;
                }
            for (auto it = v.begin(); it != v.end();) {
                const std::string token = "/" + pointer_token(it.key());
                if (visit(it.value(), src + token, pub + token)) {
                    ++it;
                    continue;
                }
                if (hooks_.is_field && hooks_.is_field(src, it.key()))
                    withheld_in_place.insert(pub + token);
                it = v.erase(it);
            }
        } else if (v.is_array()) {
            // Indexes in `src` are those of the file, so messages and the log match
            // what the officer sees there.
            const bool positional = hooks_.is_positional && hooks_.is_positional(src);
            Json kept = Json::array();
            for (std::size_t i = 0; i < v.size(); ++i) {
                const std::string pub_item = pub + "/" + std::to_string(kept.size());
                if (visit(v[i], src + "/" + std::to_string(i), pub_item)) {
                    kept.push_back(std::move(v[i]));
                } else if (positional) {
                    // The figures after it must stay under their own headings.
                    withheld_in_place.insert(pub_item);
                    kept.push_back(nullptr);
                }
            }
            v = std::move(kept);
        } else if (v.is_string() && hooks_.on_string) {
            if (!hooks_.on_string(v.get_ref<std::string&>(), src)) ok = false;
        }
        return true;
    }

  private:
    static std::string where(const std::string& ptr) {
        std::string p = pointer_to_path(ptr);
        return p.empty() ? "" : p + ": ";
    }

    const JsonDocument& doc_;
    const MarkingPolicy& policy_;
    const JsonRedactionHooks& hooks_;
    Diagnostics& diags_;
};

}  // namespace

JsonRedaction redact_json(const JsonDocument& doc, const MarkingPolicy& policy,
                          const JsonRedactionHooks& hooks, Diagnostics& diags) {
    JsonRedaction r;
    r.value = doc.value;
    Redactor red(doc, policy, hooks, diags);
    bool keep = red.visit(r.value, "", "");
    r.ok = red.ok;
    r.lost_content = red.lost;
    r.withheld_in_place = std::move(red.withheld_in_place);
    if (!keep) {
        r.whole_file = true;
        r.value = nullptr;
        r.withheld_in_place.clear();
    }
    return r;
}

void for_each_text(const Json& v, const std::function<void(const std::string&)>& f) {
    if (v.is_string())
        f(v.get<std::string>());
    else if (v.is_number())
        f(v.dump());
    else if (v.is_object())
        for (auto it = v.begin(); it != v.end(); ++it) {
            f(it.key());  // keys are content too: statistics labels are keys
            for_each_text(it.value(), f);
        }
    else if (v.is_array())
        for (const auto& item : v) for_each_text(item, f);
}

}  // namespace portal
