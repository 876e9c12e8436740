#include "core/label_pieces.hpp"

#include <vector>

#include "core/reading.hpp"

namespace portal {

namespace {

bool piece_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$' || c == '@';
}

// How far a join looks on each side: a label is a few words.
constexpr std::size_t kReach = 64;

// The words of `read` (read_as_person's text), split at anything that is no
// piece_char.
std::vector<std::string> words_of(std::string_view read) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < read.size();) {
        while (i < read.size() && !piece_char(read[i])) ++i;
        std::size_t e = i;
        while (e < read.size() && piece_char(read[e])) ++e;
        if (e > i) words.emplace_back(read.substr(i, e - i));
        i = e;
    }
    return words;
}

// Speed: most texts joined are plain ASCII at the join, where the word the
// pieces spell is known from their bytes; it is worth reading further only
// when it is (or is inflected from) a word of some withheld label. False
// when the bytes need a full reading (any byte that is not plain ASCII).
bool plainly_no_label_word(std::string_view before, std::string_view after,
                           const CensusLabels& labels) {
    auto plain = [](char c) { return c >= 0x20 && c < 0x7F; };
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; };
    std::string joined;
    std::size_t b = before.size();
    while (b > 0 && piece_char(lower(before[b - 1]))) --b;
    if (b > 0 && !plain(before[b - 1])) return false;
    std::size_t a = 0;
    while (a < after.size() && piece_char(lower(after[a]))) ++a;
    if (a < after.size() && !plain(after[a])) return false;
    if (b == before.size() || a == 0) return true;
    for (char c : before.substr(b)) joined += lower(c);
    for (char c : after.substr(0, a)) joined += lower(c);
    return !labels.is_a_word_of_a_withheld_label_inflected(joined);
}

}  // namespace

std::string letters_at_edge(std::string_view text, bool at_start) {
    const std::string read =
        read_as_person(at_start ? text.substr(0, kReach)
                                : text.substr(text.size() - std::min(text.size(), kReach)));
    std::size_t from = 0, to = read.size();
    if (at_start) {
        while (from < read.size() && read[from] == ' ') ++from;
        to = from;
        while (to < read.size() && piece_char(read[to])) ++to;
    } else {
        while (to > 0 && read[to - 1] == ' ') --to;
        from = to;
        while (from > 0 && piece_char(read[from - 1])) --from;
    }
    return read.substr(from, to - from);
}

const CensusLabel* withheld_label_word(std::string_view word, const CensusLabels& labels) {
    for (const std::size_t cut : {0, 1, 2}) {
        if (word.size() <= cut + 2) break;
        if (cut > 0 && !word.ends_with(cut == 1 ? "s" : "ed") && !(cut == 1 && word.ends_with("d")))
            continue;
        if (const CensusLabel* l = labels.find(word.substr(0, word.size() - cut));
            l && l->reading == Reading::withhold)
            return l;
    }
    return nullptr;
}

const CensusLabel* label_joined_across(std::string_view before, std::string_view after,
                                       const CensusLabels& labels) {
    // Past the spaces and a hyphen at the join ("RESTRIC-" | "TED").
    while (!before.empty() && (before.back() == ' ' || before.back() == '\t'))
        before.remove_suffix(1);
    if (!before.empty() && before.back() == '-') before.remove_suffix(1);
    while (!after.empty() && (after.front() == ' ' || after.front() == '\t'))
        after.remove_prefix(1);
    if (before.empty() || after.empty()) return nullptr;
    if (plainly_no_label_word(before, after, labels)) return nullptr;
    const std::string read_before =
        read_as_person(before.substr(before.size() - std::min(before.size(), kReach)));
    const std::string read_after = read_as_person(after.substr(0, kReach));
    if (read_before.empty() || read_after.empty() || !piece_char(read_before.back()) ||
        !piece_char(read_after.front()))
        return nullptr;
    std::vector<std::string> words_before = words_of(read_before);
    std::vector<std::string> words_after = words_of(read_after);
    const std::string head = words_before.back(), tail = words_after.front();
    if (withheld_label_word(head, labels) || withheld_label_word(tail, labels)) return nullptr;
    // The joined word, with up to three words on each side of it.
    std::vector<std::string> words(
        words_before.end() -
            static_cast<std::ptrdiff_t>(std::min<std::size_t>(words_before.size(), 4)),
        words_before.end() - 1);
    const std::size_t joined_at = words.size();
    words.push_back(head + tail);
    for (std::size_t k = 1; k < words_after.size() && k <= 3; ++k) words.push_back(words_after[k]);
    if (const CensusLabel* l = withheld_label_word(words[joined_at], labels)) return l;
    for (std::size_t from = 0; from <= joined_at; ++from) {
        std::string run;
        for (std::size_t to = from; to < words.size(); ++to) {
            run += (to > from ? " " : "") + words[to];
            if (to < joined_at) continue;
            if (const CensusLabel* l = labels.find(run); l && l->reading == Reading::withhold)
                return l;
        }
    }
    return nullptr;
}

}  // namespace portal
