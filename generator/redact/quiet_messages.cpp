#include "redact/quiet_messages.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "core/percent_encoding.hpp"
#include "core/reading.hpp"
#include "validate/page_links.hpp"

namespace portal {

namespace {

bool opens_quote(const std::string& m, std::size_t i) {
    return i == 0 || std::string_view(" ([{=:,").find(m[i - 1]) != std::string_view::npos;
}

bool closes_quote(const std::string& m, std::size_t j) {
    return j + 1 >= m.size() ||
           std::string_view(" ,.;:)]}!?").find(m[j + 1]) != std::string_view::npos;
}

}  // namespace

std::string without_quotations(const std::string& m) {
    std::string out;
    for (std::size_t i = 0; i < m.size(); ++i) {
        const char q = m[i];
        if ((q != '\'' && q != '"') || !opens_quote(m, i)) {
            out += q;
            continue;
        }
        std::size_t j = i + 1;
        while (j < m.size() && !(m[j] == q && closes_quote(m, j))) ++j;
        if (j >= m.size()) {  // no closing quote: everything after it may be quoted text
            out += q;
            out += "…";
            return out;
        }
        out += q;
        out += "…";
        out += q;
        i = j;
    }
    return out;
}

namespace {

// Everything from a message's first quotation mark to its last of the same
// kind as "…": a withheld value may hold quotes and apostrophes of its own,
// which no pairing of marks can be sure of, so inside withheld text every
// quotation goes, with whatever stands between them. Curly quotes too.
std::string without_anything_quoted(std::string m, const std::vector<std::string>& safe) {
    // A safe quotation ('PROTECT', ':::') stands aside, as a character no
    // message holds otherwise, while the rest go; then it comes back.
    std::vector<std::string> kept;
    for (const auto& word : safe)
        for (const char* q : {"'", "\""}) {
            const std::string quoted = q + word + q;
            for (auto at = m.find(quoted); at != std::string::npos; at = m.find(quoted, at + 1)) {
                m.replace(at, quoted.size(), "\x01" + std::to_string(kept.size()) + "\x02");
                kept.push_back(quoted);
            }
        }
    // (An apostrophe inside a word, "file's", opens and closes nothing.)
    auto in_word = [&](std::size_t at, std::size_t size) {
        return at > 0 && at + size < m.size() &&
               std::isalpha(static_cast<unsigned char>(m[at - 1])) &&
               std::isalpha(static_cast<unsigned char>(m[at + size]));
    };
    auto find_mark = [&](std::string_view q, bool from_end) {
        for (std::size_t at = from_end ? m.rfind(q) : m.find(q); at != std::string::npos;
             at = from_end ? (at == 0 ? std::string::npos : m.rfind(q, at - 1))
                           : m.find(q, at + q.size()))
            if (!in_word(at, q.size()) || q == "\"") return at;
        return std::string::npos;
    };
    for (const std::string_view q : {"\"", "'", "“", "”", "‘", "’"}) {
        const auto first = find_mark(q, false);
        if (first == std::string::npos) continue;
        const std::string_view close = q == "“" ? "”" : q == "‘" ? "’" : q;
        auto last = find_mark(close, true);
        if (last == std::string::npos || last < first + q.size()) last = m.size();
        const std::size_t end = std::min(m.size(), last + close.size());
        m.replace(first, end - first, std::string(q) + "…" + std::string(close));
    }
    // Back in place; one swallowed by a quotation stays hidden.
    for (auto at = m.find('\x01'); at != std::string::npos; at = m.find('\x01', at)) {
        const auto end = m.find('\x02', at);
        const std::size_t i =
            end == std::string::npos
                ? kept.size()
                : static_cast<std::size_t>(std::stoul(m.substr(at + 1, end - at - 1)));
        m.replace(at, (end == std::string::npos ? m.size() : end + 1) - at,
                  i < kept.size() ? kept[i] : std::string("…"));
    }
    return m;
}

}  // namespace

std::string kind_of_problem(const std::string& message,
                            const std::vector<std::string>& safe_quotes) {
    // Asides in parentheses first (they often repeat what was looked for),
    // then every quotation.
    std::string out;
    int depth = 0;
    for (const char c : message) {
        if (c == '(') {
            if (depth++ == 0)
                while (!out.empty() && out.back() == ' ') out.pop_back();
            continue;
        }
        if (c == ')') {
            if (depth > 0) --depth;
            continue;
        }
        if (depth == 0) out += c;
    }
    return without_anything_quoted(out, safe_quotes);
}

namespace {

bool reads_marked(std::string_view text, const CensusLabels& labels) {
    // A label (or a word made from one, "PROTECTED") or marker syntax (":::")
    // named on purpose, by a message about a marking: no one's words.
    const std::string folded = fold_label(text);
    if (folded.empty() || folded == "protectively marked") return false;
    for (const std::size_t cut : {0, 1, 2})
        if (folded.size() > cut + 2 && labels.find(folded.substr(0, folded.size() - cut)))
            return false;
    for (const auto& s : take_census(text, CensusFormat::text, labels))
        if (s.reading != Reading::publish) return true;
    // A name: a word with a '/' ("papers/smith-Restricted.md"), or, quoted
    // on its own, one with a name's joins ("quokka-family-Restricted", a
    // partial's or a paper's name).
    if (text.find('/') != std::string_view::npos && !name_census(text, labels).empty()) return true;
    for (std::size_t from = 0; from < text.size();) {
        const std::size_t end = std::min(text.find(' ', from), text.size());
        const std::string_view word = text.substr(from, end - from);
        if (word.find_first_of("/-_.") != std::string_view::npos &&
            !name_census(word, labels).empty())
            return true;
        from = end + 1;
    }
    return false;
}

}  // namespace

void quiet_marked_quotes(Diagnostics& diags, const CensusLabels& labels) {
    diags.rewrite_messages([&](const SourcePos&, std::string& message) {
        std::string out;
        for (std::size_t i = 0; i < message.size();) {
            const char c = message[i];
            // A quotation: from a quote mark that opens one (not an
            // apostrophe inside a word) to the same mark closing it.
            const bool opens =
                (c == '\'' || c == '"') &&
                (i == 0 || !std::isalnum(static_cast<unsigned char>(message[i - 1])));
            if (opens) {
                const std::size_t close = message.find(c, i + 1);
                if (close != std::string::npos && close - i <= 400) {
                    const std::string_view quoted =
                        std::string_view(message).substr(i + 1, close - i - 1);
                    out += c;
                    out += reads_marked(quoted, labels) ? "…" : std::string(quoted);
                    out += c;
                    i = close + 1;
                    continue;
                }
            }
            // A name: a word with a '/' in it, up to a space or a bracket.
            if (!std::isspace(static_cast<unsigned char>(c)) && c != '(' &&
                (i == 0 || std::isspace(static_cast<unsigned char>(message[i - 1])) ||
                 message[i - 1] == '(')) {
                std::size_t end = i;
                while (end < message.size() &&
                       !std::isspace(static_cast<unsigned char>(message[end])) &&
                       message[end] != ')')
                    ++end;
                const std::string_view word = std::string_view(message).substr(i, end - i);
                if (word.find('/') != std::string_view::npos && reads_marked(word, labels)) {
                    const std::size_t slash = word.rfind('/', word.size() - 2);
                    out += std::string(
                               word.substr(0, slash == std::string_view::npos ? 0 : slash + 1)) +
                           "…";
                    i = end;
                    continue;
                }
                out.append(word);
                i = end;
                continue;
            }
            out += c;
            ++i;
        }
        message = std::move(out);
    });
}

std::string with_every_quote_quieted(std::string_view message, const CensusLabels& labels) {
    // The words in brackets that say which item a value belongs to, before
    // the problem ("priorities[0].number (priority 1 - Smith family
    // “...”): expected ..."), are the item's own values too.
    std::string unbracketed;
    if (const std::size_t colon = message.find(": "); colon != std::string_view::npos) {
        const std::size_t open = message.substr(0, colon).find(" (");
        if (open != std::string_view::npos && colon > 0 && message[colon - 1] == ')') {
            unbracketed = std::string(message.substr(0, open)) + std::string(message.substr(colon));
            message = unbracketed;
        }
    }
    std::string out;
    for (std::size_t i = 0; i < message.size();) {
        // (Curly quotes too: a title is quoted in them.)
        if (message.compare(i, 3, "\u201C") == 0) {
            const std::size_t close = message.find("\u201D", i + 3);
            if (close != std::string_view::npos) {
                out += "\u201C…\u201D";
                i = close + 3;
                continue;
            }
        }
        const char c = message[i];
        const bool opens = (c == '\'' || c == '"') &&
                           (i == 0 || !std::isalnum(static_cast<unsigned char>(message[i - 1])));
        const std::size_t close = opens ? message.find(c, i + 1) : std::string_view::npos;
        if (close == std::string_view::npos) {
            out += c;
            ++i;
            continue;
        }
        // (A label a message names on purpose, or a slip of one, is no
        // one's words; nothing but marks, "''" or "'---'", quotes no one; a
        // key's name, one word of small letters, is portal's or the form's:
        // 'date', 'protective_marking'.)
        const std::string_view quoted = message.substr(i + 1, close - i - 1);
        const bool a_key_name =
            !quoted.empty() && quoted.size() <= 32 &&
            quoted.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string_view::npos;
        const std::string folded = fold_label(quoted);
        bool label_like = true;
        const bool well_known = is_a_well_known_marking(quoted);
        for (std::size_t s = 0; !a_key_name && !well_known && label_like && s < folded.size();) {
            const std::size_t e = std::min(folded.find(' ', s), folded.size());
            const std::string_view w = std::string_view(folded).substr(s, e - s);
            label_like = labels.find(w) || labels.is_a_word_of_a_withheld_label_inflected(w) ||
                         labels.misspelt_withheld(w) || w == "not" || w == "protectively" ||
                         w == "marked" || w == "marking" || w == "markings";
            s = e + 1;
        }
        out += c;
        out += a_key_name || label_like ? std::string(quoted) : "…";
        out += c;
        i = close + 1;
    }
    return out;
}

namespace {

// Edit distance with adjacent letters swapped counting one (optimal string
// alignment), or more than `most` once it is sure to be.
std::size_t edits_between(std::string_view a, std::string_view b, std::size_t most) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > most) return most + 1;
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                                d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

// A withheld file's name as a reference would spell it: its stem (its
// folder's, for an index file), lower case.
std::string referred_name(const std::string& path) {
    std::string p = path;
    std::size_t slash = p.rfind('/');
    std::string name = p.substr(slash == std::string::npos ? 0 : slash + 1);
    if ((name.starts_with("index.") || name.starts_with("_index.")) && slash != std::string::npos &&
        slash > 0) {
        const std::size_t up = p.rfind('/', slash - 1);
        name = p.substr(up == std::string::npos ? 0 : up + 1,
                        slash - (up == std::string::npos ? 0 : up + 1));
    }
    if (const std::size_t dot = name.rfind('.'); dot != std::string::npos && dot > 0)
        name.resize(dot);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

}  // namespace

void hide_names_nearly_withheld(Diagnostics& diags, const std::vector<std::string>& withheld,
                                const std::vector<std::string>& public_files) {
    if (withheld.empty()) return;
    std::set<std::string> public_names;
    for (const std::string& path : public_files) public_names.insert(referred_name(path));
    std::vector<std::string> names;
    for (const std::string& path : withheld) {
        std::string n = referred_name(path);
        if (n.size() >= 6 && public_names.count(n) == 0) names.push_back(std::move(n));
    }
    if (names.empty()) return;
    auto slug_char = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
               static_cast<unsigned char>(c) >= 0x80;
    };
    diags.rewrite_messages([&](SourcePos&, std::string& message) {
        std::string out;
        for (std::size_t i = 0; i < message.size();) {
            if (!slug_char(message[i])) {
                out += message[i++];
                continue;
            }
            std::size_t e = i;
            while (e < message.size() && slug_char(message[e])) ++e;
            std::string word = message.substr(i, e - i);
            for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            // A name as a reference writes it: with '-', '_' or a figure, or
            // standing in a path or a quotation.
            const bool in_reference =
                word.find_first_of("-_0123456789") != std::string::npos ||
                (i > 0 &&
                 std::string_view("/'\"").find(message[i - 1]) != std::string_view::npos) ||
                (e < message.size() &&
                 std::string_view("/.'\"").find(message[e]) != std::string_view::npos);
            bool hidden = false;
            if (word.size() >= 6 && in_reference && public_names.count(word) == 0)
                for (const std::string& n : names) {
                    const std::size_t most = std::max<std::size_t>(1, n.size() / 5);
                    if (edits_between(word, n, most) <= most) {
                        hidden = true;
                        break;
                    }
                }
            out += hidden ? std::string("\u2026") : message.substr(i, e - i);
            i = e;
        }
        message = std::move(out);
    });
}

void hide_marked_names(Diagnostics& diags,
                       const std::vector<std::pair<std::string, std::string>>& names) {
    if (names.empty()) return;
    diags.rewrite_messages([&](SourcePos& pos, std::string& message) {
        static const std::string kEllipsis = "\u2026";
        for (const auto& [path, shown] : names) {
            if (pos.file == path) pos.file = shown;
            // A name cut short where a character is not shown ("…_famil…",
            // validate's check_file_name): the rest of it may be the label.
            // (Only ever shortened: a name already shown as far as its
            // folder, "content/…", is not another's "content/meetings/…".)
            if (pos.file.size() > kEllipsis.size() && pos.file.ends_with(kEllipsis) &&
                shown.size() < pos.file.size() &&
                path.starts_with(pos.file.substr(0, pos.file.size() - kEllipsis.size())))
                pos.file = shown;
            for (auto at = message.find(path); at != std::string::npos;
                 at = message.find(path, at + shown.size()))
                message.replace(at, path.size(), shown);
            // Its name in other words: a partner file that shares its stem
            // ("add data/funding/2011-12-operation-x.json" for the withheld
            // ".csv"), or its path from the site's folder ("two reports for
            // 2010-11 Q3: data/reports/2010-11-q3-x.json and ..."; red team
            // 21, C02). (A stem with no letter, a funding year's "2010-11",
            // names no one.)
            const std::size_t slash = path.rfind('/') + 1;  // (npos + 1 is 0)
            const std::size_t dot = path.rfind('.');
            const std::string stem = path.substr(
                slash, dot == std::string::npos || dot < slash ? std::string::npos : dot - slash);
            // (As a path writes it, after a '/' or before an ending: the
            // stem "site" of "assets/site.webmanifest" is no name in "copied
            // to the site".)
            auto in_a_path = [&](std::size_t at) {
                const std::size_t end = at + stem.size();
                const bool starts =
                    at == 0 || !std::isalnum(static_cast<unsigned char>(message[at - 1]));
                const bool ends = end >= message.size() ||
                                  !std::isalnum(static_cast<unsigned char>(message[end]));
                return starts && ends &&
                       ((at > 0 && message[at - 1] == '/') ||
                        (end + 1 < message.size() && message[end] == '.' &&
                         std::isalpha(static_cast<unsigned char>(message[end + 1]))));
            };
            if (stem.size() >= 4 && std::any_of(stem.begin(), stem.end(), [](char c) {
                    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                }))
                for (auto at = message.find(stem); at != std::string::npos;
                     at = message.find(stem, at + 1))
                    if (in_a_path(at)) message.replace(at, stem.size(), kEllipsis);
        }
    });
}

void quiet_messages(Diagnostics& diags, const std::vector<WithheldSpan>& spans,
                    const CanarySet* canaries, const std::vector<std::string>& safe_quotes) {
    std::map<std::string, std::vector<const WithheldSpan*>> by_file;
    for (const auto& s : spans) by_file[s.file].push_back(&s);
    auto inside = [&](const SourcePos& pos, const std::string& message) {
        auto it = by_file.find(pos.file);
        if (it == by_file.end()) return false;
        const bool quotes_text = is_link_message(message);
        return std::any_of(it->second.begin(), it->second.end(), [&](const WithheldSpan* s) {
            if (s->refused && !quotes_text) return false;
            return (pos.line == 0 && s->first_line <= 1 && s->last_line == kWholeFile) ||
                   (pos.line >= s->first_line && pos.line <= s->last_line);
        });
    };
    // Read as written and with %XX escapes decoded: a link written
    // "zebra%2Dquokka.md" names the withheld page "zebra-quokka" all the same.
    auto repeats = [&](const std::string& m) {
        return canaries && !canaries->empty() &&
               (!canaries->find_in(m).empty() || !canaries->find_in(percent_decoded(m)).empty());
    };
    diags.rewrite_messages([&](const SourcePos& pos, std::string& message) {
        if (inside(pos, message))
            message = kind_of_problem(message, safe_quotes);
        else if (repeats(message))
            message = without_quotations(message);
        else
            return;
        if (repeats(message))
            message =
                "there is a problem here; its message is not shown because it would repeat "
                "text that is withheld. Most often it is a link to a withheld page, or words "
                "that also stand in withheld text: look at this place in the file";
    });
}

}  // namespace portal
