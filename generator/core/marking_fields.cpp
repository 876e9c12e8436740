#include "core/marking_fields.hpp"

#include <string>

#include "core/census_forms.hpp"

namespace portal::census {

bool reads_as_marking_key(std::string_view read_key) {
    std::string letters;
    for (char c : read_key)
        if (c >= 'a' && c <= 'z') letters += c;
    return letters.find("marking") != std::string::npos ||
           letters.find("classification") != std::string::npos;
}

bool is_the_marking_key(std::string_view read_key) {
    std::string letters;
    for (char c : read_key) {
        if (c == ' ') return false;
        if (c >= 'a' && c <= 'z') letters += c;
    }
    return letters == "marking" || letters == "markings";
}

bool is_a_marking_field(std::string_view read_key) {
    std::string words, letters;
    bool gap = false;
    for (char c : read_key) {
        if (c >= 'a' && c <= 'z') {
            if (gap && !words.empty()) words += ' ';
            words += c;
            letters += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    static constexpr std::string_view kFields[] = {
        "marking", "markings", "protective marking", "protective markings", "security marking",
        "security classification", "government security classification", "gpms", "gpms marking",
        "gpms classification", "classification", "sensitivity", "sensitivity label",
        "handling caveat", "impact level", "business impact level", "data sensitivity",
        "information sensitivity", "tlp",
        // A protective marking's descriptor
        // ("Descriptor: PERSONAL").
        "descriptor", "security descriptor", "marking descriptor",
        // How it is to be handled ("Handling instructions: no copying").
        "handling instructions", "handling instruction", "handling conditions"};
    for (const std::string_view field : kFields)
        if (words == field || letters == field) return true;
    // Clipped: "Prot. marking", "Sec. classification", "Prot marking".
    for (const std::string_view last : {" marking", " markings", " classification"})
        if (words.ends_with(last) &&
            (words.starts_with("prot") || words.starts_with("sec") || words.starts_with("gov")))
            return true;
    // ("protective_marking", "Security-Classification": one word broken up.)
    for (const std::string_view field : kFields) {
        std::string joined(field);
        std::erase(joined, ' ');
        if (letters == joined && read_key.find(' ') == std::string_view::npos) return true;
    }
    return false;
}

bool is_a_status_field(std::string_view read_key) {
    std::string words;
    bool gap = false;
    for (char c : read_key) {
        if (c >= 'a' && c <= 'z') {
            if (gap && !words.empty()) words += ' ';
            words += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    for (const std::string_view field :
         {"status", "document status", "paper status", "report status", "publication status",
          "release status", "circulation", "distribution", "access", "audience", "release",
          "publication", "availability", "visibility", "sharing", "disclosure", "dissemination",
          "handling", "onward disclosure"})
        if (words == field) return true;
    return false;
}

bool holds_a_field_word(std::string_view text) {
    auto at = [&](std::size_t i, std::size_t back, std::string_view w) {
        if (i < back || i - back + w.size() > text.size()) return false;
        for (std::size_t k = 0; k < w.size(); ++k)
            if (lower(text[i - back + k]) != w[k]) return false;
        return true;
    };
    for (std::size_t i = 0; i < text.size(); ++i) switch (text[i] | 0x20) {
            case 'k':
                if (at(i, 3, "mark")) return true;
                break;
            case 'f':
                if (at(i, 6, "classif")) return true;
                break;
            case 'v':
                if (at(i, 7, "sensitiv") || at(i, 2, "caveat")) return true;
                break;
            case 'p':
                if (at(i, 1, "gpms") || at(i, 2, "tlp") || at(i, 2, "impact level")) return true;
                break;
            case 'd':
                if (at(i, 0, "descriptor")) return true;
                break;
            case 'h':
                if (at(i, 0, "handling instr") || at(i, 0, "handling cond")) return true;
                break;
            default:
                break;
        }
    return false;
}

std::size_t words_from(std::string_view t, std::size_t from, std::size_t most) {
    std::size_t n = 0;
    bool in_word = false;
    for (std::size_t i = from; i < t.size() && n <= most; ++i) {
        const bool w = (t[i] >= 'a' && t[i] <= 'z') || (t[i] >= '0' && t[i] <= '9') ||
                       static_cast<unsigned char>(t[i]) >= 0x80;
        if (w && !in_word) ++n;
        in_word = w;
    }
    return n;
}

}  // namespace portal::census
