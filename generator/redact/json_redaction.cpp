#include "redact/json_redaction.hpp"

namespace portal {

namespace {

bool is_value_wrapper(const Json& v) {
    return v.is_object() && v.size() == 2 && v.contains("value") && v.contains("marking");
}

class Redactor {
  public:
    Redactor(const JsonDocument& doc, const MarkingPolicy& policy,
             const std::function<void(const JsonWithheld&)>& on_withheld, Diagnostics& diags)
        : doc_(doc), policy_(policy), on_withheld_(on_withheld), diags_(diags) {}

    bool ok = true;
    bool lost = false;

    // Returns false when v is withheld and must be dropped by the caller.
    bool visit(Json& v, const std::string& ptr) {
        if (v.is_object()) {
            if (v.contains("marking")) {
                const Json& m = v["marking"];
                const std::string mptr = ptr + "/marking";
                if (!m.is_string()) {
                    diags_.error(doc_.pos(mptr), where(mptr) +
                                                     "a marking must be a label written "
                                                     "as text, like \"PROTECT\"");
                    ok = false;
                    return false;  // fail closed: drop it even if the build went on
                }
                std::string label = m.get<std::string>();
                auto verdict = policy_.judge(label, doc_.pos(mptr), diags_);
                if (!verdict) {
                    ok = false;
                    return false;
                }
                if (*verdict == Verdict::withhold) {
                    lost = true;
                    const Json* shown = is_value_wrapper(v) ? &v["value"] : &v;
                    on_withheld_({ptr, label, shown});
                    return false;
                }
                if (is_value_wrapper(v)) {
                    Json inner = std::move(v["value"]);
                    v = std::move(inner);
                    return visit(v, ptr);
                }
                v.erase("marking");
            }
            for (auto it = v.begin(); it != v.end();) {
                std::string child = ptr + "/" + escape(it.key());
                if (!visit(it.value(), child))
                    it = v.erase(it);
                else
                    ++it;
            }
        } else if (v.is_array()) {
            // Indexes in pointers are those of the source document, so messages and
            // the log match what the officer sees in the file.
            Json kept = Json::array();
            for (std::size_t i = 0; i < v.size(); ++i)
                if (visit(v[i], ptr + "/" + std::to_string(i))) kept.push_back(std::move(v[i]));
            v = std::move(kept);
        }
        return true;
    }

  private:
    static std::string escape(const std::string& key) {
        std::string out;
        for (char c : key) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out += c;
        }
        return out;
    }
    static std::string where(const std::string& ptr) {
        std::string p = pointer_to_path(ptr);
        return p.empty() ? "" : p + ": ";
    }

    const JsonDocument& doc_;
    const MarkingPolicy& policy_;
    const std::function<void(const JsonWithheld&)>& on_withheld_;
    Diagnostics& diags_;
};

}  // namespace

JsonRedaction redact_json(const JsonDocument& doc, const MarkingPolicy& policy,
                          const std::function<void(const JsonWithheld&)>& on_withheld,
                          Diagnostics& diags) {
    JsonRedaction r;
    r.value = doc.value;
    Redactor red(doc, policy, on_withheld, diags);
    bool keep = red.visit(r.value, "");
    r.ok = red.ok;
    r.lost_content = red.lost;
    if (!keep) {
        r.whole_file = true;
        r.value = nullptr;
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
