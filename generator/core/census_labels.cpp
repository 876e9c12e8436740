// CensusLabels (core/marking_census.hpp): the labels the census reads, and
// the sieves that let it pass over most words at a glance.
#include "core/marking_census.hpp"

#include <algorithm>
#include <cstring>
#include <span>

#include <utf8proc.h>

#include "core/census_forms.hpp"
#include "core/reading.hpp"

namespace portal {

// The protective markings of UK government and of the papers boards
// receive: a person reads "TOP SECRET" as marked whether or not this site's
// policy names it, and portal cannot tell what it would mark. Read as
// withheld, no parser matches them, so each is refused where it stands; and
// none may be listed as publishable (redact/marking_policy). ("IN
// CONFIDENCE" alone is not among them: "In confidence, the officer said
// ..." is a sentence.)
std::span<const std::string_view> well_known_markings() {
    static constexpr std::string_view kWellKnown[] = {
        "PROTECT", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET", "OFFICIAL-SENSITIVE",
        "OFFSENS", "OFF-SENS", "OFF-SEN", "COMMERCIAL IN CONFIDENCE", "MANAGEMENT IN CONFIDENCE",
        "STAFF IN CONFIDENCE", "STRICTLY CONFIDENTIAL", "PRIVILEGED", "PRIVILEGED AND CONFIDENTIAL",
        "SUBJECT TO LEGAL PRIVILEGE", "LEGAL PROFESSIONAL PRIVILEGE", "PRIVATE AND CONFIDENTIAL",
        "PERSONAL AND CONFIDENTIAL", "HIGHLY CONFIDENTIAL", "NOT FOR PUBLICATION",
        "EXEMPT INFORMATION", "EXEMPT ITEM", "EXEMPT REPORT", "EXEMPT APPENDIX", "EXEMPT",
        "EXEMPT FROM PUBLICATION", "EXEMPT FROM DISCLOSURE", "REASON FOR EXEMPTION", "SCHEDULE 12A",
        "PRESS AND PUBLIC EXCLUDED", "DO NOT PUBLISH", "NOT TO BE PUBLISHED",
        "NOT FOR PUBLIC RELEASE", "NOT FOR RELEASE", "NOT FOR CIRCULATION", "LEGALLY PRIVILEGED",
        "COMMERCIALLY SENSITIVE", "SENSITIVE", "NOT FOR DISCLOSURE", "NOT FOR DISTRIBUTION",
        "NOT FOR WIDER CIRCULATION", "NOT TO BE SHARED", "STRICT CONFIDENCE",
        "PRIVATE AND PERSONAL", "PERSONAL AND PRIVATE", "STRICTLY PRIVATE",
        // Abbreviated on envelopes and letterheads ("Priv & Conf").
        "PRIV AND CONF", "PRIVATE AND CONF", "PERSONAL AND CONF", "PRIV AND CONFIDENTIAL",
        "STRICTEST CONFIDENCE",
        // Clipped, and secrecy's idioms, as a cover note or an e-mail
        // writes them ("Comm. in conf.", "Hush-hush:", "Entre nous:").
        "COMM IN CONF", "COMMERCIAL IN CONF", "MGMT IN CONF", "UNPUBLISHABLE", "HUSH-HUSH",
        "ENTRE NOUS", "SUB ROSA",
        // Welsh, as a Welsh body's
        // papers are marked.
        "CYFYNGEDIG", "CYFRINACHOL", "CYFRINACH", "CYFRINACH IAWN", "SWYDDOGOL-SENSITIF",
        "SWYDDOGOL SENSITIF", "DIOGELU",
        // A Welsh word's first letter changes after another word ("yn
        // gyfrinachol", "â chyfrinachol", "fy nghyfrinach"): each form is
        // the label. "Exempt", "private" and "not for publication" too.
        "GYFYNGEDIG", "CHYFYNGEDIG", "NGHYFYNGEDIG", "GYFRINACHOL", "CHYFRINACHOL", "NGHYFRINACHOL",
        "GYFRINACH", "CHYFRINACH", "NGHYFRINACH", "DDIOGELU", "NIOGELU", "EITHRIEDIG",
        "GWYBODAETH EITHRIEDIG", "GWYBODAETH GYFRINACHOL", "PREIFAT", "BREIFAT", "PHREIFAT",
        "MHREIFAT", "NID I'W GYHOEDDI", "DDIM I'W GYHOEDDI", "NID AR GYFER CYHOEDDI",
        "PEIDIWCH Â CHYHOEDDI", "PEIDIWCH A CHYHOEDDI", "GWAHARDD Y WASG", "GWAHARDD Y CYHOEDD",
        // Welsh handling phrases: not to be shared, distributed or released;
        // do not share; for internal use only; not for the press or the
        // website; should not be published; not approved for publication.
        "NID I'W RANNU", "PEIDIWCH Â RHANNU", "PEIDIWCH A RHANNU", "NID I'W DDOSBARTHU",
        "NID I'W RYDDHAU", "DDEFNYDD MEWNOL YN UNIG", "DEFNYDD MEWNOL YN UNIG", "SENSITIF",
        "NID AR GYFER Y WASG", "NID AR GYFER Y WEFAN", "DDYLID CYHOEDDI",
        "HEB EI GYMERADWYO I'W GYHOEDDI",
        // Scottish Gaelic and Irish, as Scottish and Northern Irish bodies'
        // papers may be marked.
        "DÌOMHAIR", "DIOMHAIR", "CUINGEALAICHTE", "RÚNDA", "RUNDA", "SRIANTA", "FAOI SHRIAN",
        // French, as partners'
        // papers may be.
        "CONFIDENTIEL", "DIFFUSION RESTREINTE",
        // German, Dutch, Polish, Italian and Spanish, as partners' and
        // residents' papers may be.
        "VERTRAULICH", "STRENG VERTRAULICH", "VERTROUWELIJK", "POUFNE", "ZASTRZEŻONE", "RISERVATO",
        "CONFIDENCIAL", "GEHEIM", "STRENG GEHEIM", "TAJNE", "NIET OPENBAAR", "RESERVADO",
        "RESTRITO", "SIGILOSO", "RISERVATA", "VERTRAULICHE", "خفیہ",
        // More of partners' and residents' languages (red team 23, A02):
        // Baltic, Central European, Balkan, Nordic, Greek, Turkish,
        // Cyrillic, Arabic, South Asian and Chinese words for confidential
        // or secret, and the phrases for internal use only or not to be
        // published.
        "KONFIDENCIALU", "SLAPTAI", "NESKELBTI", "TIK TARNYBINIAM NAUDOJIMUI", "KONFIDENCIĀLI",
        "IEROBEŽOTAS PIEEJAMĪBAS INFORMĀCIJA", "KONFIDENTSIAALNE", "DŮVĚRNÉ", "DÔVERNÉ", "BIZALMAS",
        "ПОВЕРИТЕЛНО", "КОНФИДЕНЦИАЛЬНО", "СЕКРЕТНО", "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ", "GIZLI",
        "YAYINLANAMAZ", "SEKRETNA", "INFORMACJA NIEJAWNA", "UŻYTKU SŁUŻBOWEGO",
        "UŻYTKU WEWNĘTRZNEGO", "NIE DO PUBLIKACJI", "FORTROLIG", "SEKRETESS", "KONFIDENTIELLT",
        "KONFIDENSIELT", "LUOTTAMUKSELLINEN", "POVJERLJIVO", "ΕΜΠΙΣΤΕΥΤΙΚΟ", "ΑΠΟΡΡΗΤΟ",
        "NUR FÜR DEN DIENSTGEBRAUCH", "VS-NUR FÜR DEN DIENSTGEBRAUCH", "DIENSTGEHEIMNIS",
        "NICHT ZUR VERÖFFENTLICHUNG", "NUR INTERN", "NE PAS PUBLIER", "NE PAS DIFFUSER",
        "SEKRETESS ENLIGT OSL", "USAGE INTERNE", "USO INTERNO", "NÃO PUBLICAR", "PENTRU UZ INTERN",
        "سري", "গোপনীয়", "ਗੁਪਤ", "गोपनीय", "机密", "保密", "绝密", "内部资料", "请勿外传",
        // Other schemes' markings a partner's paper may carry: Microsoft's
        // sensitivity labels, the police's LOCSEN, the US government's.
        "INTERNAL", "CLASSIFIED", "LOCSEN", "FOUO", "NOFORN",
        // The Traffic Light Protocol partners share under ("TLP:RED"); a
        // court's limits ("Reporting restrictions apply", "sub judice"); a
        // copy that still holds what the public one leaves out.
        "TLP RED", "TLP AMBER", "TLP AMBER STRICT", "TLP GREEN", "REPORTING RESTRICTIONS",
        "SUB JUDICE", "UNREDACTED", "NOT IN THE PUBLIC DOMAIN", "NEED TO KNOW",
        "STRICTLY BETWEEN OURSELVES", "SUPPLIED IN CONFIDENCE", "PROVIDED IN CONFIDENCE",
        "CONTROLLED UNCLASSIFIED INFORMATION",
        // Committee and legal wording (red team 23): a report's reasons for
        // exemption; privilege between parties; price-sensitive news; a
        // police schedule of sensitive unused material and a covert source;
        // health records' confidentiality; secrecy's slang in a minute.
        "REASONS FOR EXEMPTION", "WITHOUT PREJUDICE", "PRICE SENSITIVE", "MARKET SENSITIVE", "MG6D",
        "SENSITIVE UNUSED MATERIAL", "CHIS", "CALDICOTT PROTECTED", "OFF-MINUTE", "ENCRYPT-ONLY",
        "NDA", "PII APPLICATION", "GWYBODAETH BERSONOL",
        // Still more of residents' languages (red team 24, A16): Japanese,
        // Korean, Vietnamese, Hebrew, Persian, Malay and Indonesian,
        // Filipino, Somali, Amharic, Latin, Italian, Spanish, Lithuanian.
        "秘密", "社外秘", "極秘", "部外秘", "機密", "대외비", "기밀", "비밀", "BẢO MẬT",
        "TUYỆT MẬT", "סודי", "חסוי", "محرمانه", "SULIT", "RAHSIA", "RAHASIA", "TERHAD",
        "KUMPIDENSYAL", "QARSOODI", "ምስጢራዊ", "SECRETUM", "NON PUBLICANDUM", "RISERVATISSIMO",
        "USO EXCLUSIVO INTERNO", "NEPUBLIKUOJAMA", "MẬT", "LIHIM", "SIRRI", "HOOS U DHIG",
        "DHUUMATAA", "NIHIL PUBLICANDUM", "RESERVATUM",
        // And more (red team 25, A11, A13, C09): not for publication in
        // Russian, Ukrainian, Romanian, Chinese, Arabic, Hungarian, Greek,
        // Bulgarian, Czech, Somali, Hindi; Polish for the board's eyes;
        // Nordic, Baltic, Slovene, Ukrainian, Tamil, Gujarati, Amharic and
        // Turkish words for secret or confidential; Canada's and the US
        // government's markings.
        "НЕ ДЛЯ ПУБЛИКАЦИИ", "НЕ ДЛЯ ОПРИЛЮДНЕННЯ", "NU SE PUBLICĂ", "NU SE PUBLICA", "请勿公开",
        "不得公开", "ليس للنشر", "NEM NYILVÁNOS", "ΌΧΙ ΓΙΑ ΔΗΜΟΣΊΕΥΣΗ", "ΟΧΙ ΓΙΑ ΔΗΜΟΣΙΕΥΣΗ",
        "НЕ ЗА ПУБЛИКУВАНЕ", "NEZVEŘEJŇOVAT", "HA LA DAABICIN", "प्रकाशन हेतु नहीं",
        "TYLKO DO WIADOMOŚCI ZARZĄDU", "TYLKO DO WIADOMOŚCI", "HEMLIGT", "BEGRÄNSAD", "SALAINEN",
        "HEMMELIG", "BEGRENSET", "TRÚNAÐARMÁL", "SALAJANE", "SLEPENI", "ZAUPNO", "КОНФІДЕНЦІЙНО",
        "ரகசியம்", "ગોપનીય", "ሚስጥራዊ", "HİZMETE ÖZEL", "HIZMETE ÖZEL", "SENSITIVE BUT UNCLASSIFIED",
        "SENSITIVE SECURITY INFORMATION"};
    return kWellKnown;
}

namespace {

// Each letter of text as its small letter, in every script.
std::string in_small_letters(std::string_view text) {
    std::string out;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
        if (n <= 0) {
            out += static_cast<char>(*p);
            ++p;
            --left;
            continue;
        }
        utf8proc_uint8_t bytes[4];
        const utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), bytes);
        out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(m));
        p += n;
        left -= n;
    }
    return out;
}

}  // namespace

bool is_a_well_known_marking(std::string_view label) {
    const std::string folded = fold_label(label);
    for (const std::string_view known : well_known_markings())
        if (fold_label(known) == folded) return true;
    return false;
}

CensusLabels::CensusLabels(const std::vector<std::string>& publishable,
                           const std::vector<std::string>& withheld) {
    for (const auto& l : publishable) labels_.push_back({fold_label(l), Reading::publish, l});
    for (const auto& l : withheld) labels_.push_back({fold_label(l), Reading::withhold, l});
    labels_.erase(std::remove_if(labels_.begin(), labels_.end(),
                                 [](const CensusLabel& l) { return l.folded.empty(); }),
                  labels_.end());
    // The protective markings of UK government and of the papers boards
    // receive are read as markings even where site.json lists them in neither
    // list (well_known_markings).
    for (const std::string_view known : well_known_markings()) {
        const std::string folded = fold_label(known);
        if (std::none_of(labels_.begin(), labels_.end(),
                         [&](const CensusLabel& l) { return l.folded == folded; }))
            labels_.push_back({folded, Reading::withhold, std::string(known)});
    }
    // In small letters too: a look-alike reading of a capital of another
    // script may differ from its small letter's ("ΕΜΠΙΣΤΕΥΤΙΚΌ" and
    // "Εμπιστευτικό" read apart), and a label is written either way.
    for (std::size_t i = 0, n = labels_.size(); i < n; ++i) {
        CensusLabel small = labels_[i];
        small.folded = fold_label(in_small_letters(labels_[i].text));
        if (small.folded != labels_[i].folded && !small.folded.empty())
            labels_.push_back(std::move(small));
    }
    // "Private & Confidential": '&' is no word, so the label reads without
    // its "and" as well.
    for (std::size_t i = 0, n = labels_.size(); i < n; ++i)
        if (const std::size_t at = labels_[i].folded.find(" and "); at != std::string::npos) {
            CensusLabel without_and = labels_[i];
            without_and.folded.erase(at, 4);
            labels_.push_back(std::move(without_and));
        }
    // A label of several words written as one ("TopSecret", "TOPSECRET",
    // "OfficialSensitive") reads as the label: a person sees the words in it.
    const std::size_t written = labels_.size();
    for (std::size_t i = 0; i < written; ++i)
        if (labels_[i].folded.find(' ') != std::string::npos) {
            CensusLabel joined = labels_[i];
            std::erase(joined.folded, ' ');
            labels_.push_back(std::move(joined));
        }
    for (const auto& l : labels_) {
        if (l.folded.find(' ') == std::string::npos) written_as_one_.push_back(glanced(l.folded));
        std::string first = l.folded.substr(0, l.folded.find(' '));
        if (first_glance_.insert(glanced(first)).second) first_words_.push_back(std::move(first));
        // Withheld labels only: the census reads "label:" in a sentence only
        // for them.
        std::string last = l.folded.substr(l.folded.rfind(' ') + 1);
        if (l.reading == Reading::withhold) {
            const std::size_t space = l.folded.rfind(' ');
            if (space == std::string::npos) {
                last_alone_glance_.insert(glanced(last));
            } else {
                const std::size_t before = l.folded.rfind(' ', space - 1);
                const std::size_t from = before == std::string::npos ? 0 : before + 1;
                last_two_glance_.insert(glanced(l.folded.substr(from)));
                last_of_several_sieve_.add(last);
            }
        }
        if (l.reading == Reading::withhold && last_glance_.insert(glanced(last)).second)
            last_words_.push_back(std::move(last));
        if (l.reading == Reading::withhold)
            for (std::size_t from = 0, previous = 0; from < l.folded.size();) {
                const std::size_t end = std::min(l.folded.find(' ', from), l.folded.size());
                withheld_word_glance_.insert(glanced(l.folded.substr(from, end - from)));
                if (from > 0)
                    withheld_pairs_glance_.insert(
                        glanced(l.folded.substr(previous, end - previous)));
                previous = from;
                from = end + 1;
            }
    }
    std::sort(written_as_one_.begin(), written_as_one_.end());
    written_as_one_.erase(std::unique(written_as_one_.begin(), written_as_one_.end()),
                          written_as_one_.end());
    // Longest first; a label in both lists reads as withheld (the policy
    // refuses that anyway).
    std::stable_sort(labels_.begin(), labels_.end(),
                     [](const CensusLabel& a, const CensusLabel& b) {
                         if (a.folded.size() != b.folded.size())
                             return a.folded.size() > b.folded.size();
                         return a.reading == Reading::withhold && b.reading != Reading::withhold;
                     });
    // The first of the labels a glance reads alike is the one found, as the
    // order above makes it.
    for (std::size_t i = 0; i < labels_.size(); ++i) {
        by_glance_.emplace(glanced(labels_[i].folded), i);
        label_sieve_.add(labels_[i].folded);
    }
    for (const auto& w : first_words_) first_sieve_.add(w);
    for (const auto& w : last_words_) last_sieve_.add(w);
    for (std::size_t i = 0; i < labels_.size(); ++i)
        if (const CensusLabel& l = labels_[i]; l.reading == Reading::withhold &&
                                               l.folded.size() >= 6 &&
                                               l.folded.find(' ') == std::string::npos) {
            slip_labels_.push_back(i);
            for (const std::size_t n : {l.folded.size() - 1, l.folded.size(), l.folded.size() + 1})
                slip_sieve_.add(std::string(n, l.folded[0]));
        }
}

void CensusLabels::Sieve::add(std::string_view key) {
    if (key.empty()) return;
    if (key.size() >= 64) {
        long_keys = true;
        return;
    }
    pairs.set(key.size() * 256 + static_cast<unsigned char>(at_a_glance(key[0])));
}

bool CensusLabels::Sieve::may_hold(std::string_view word) const {
    if (word.empty()) return false;
    if (word.size() >= 64) return long_keys;
    return pairs.test(word.size() * 256 + static_cast<unsigned char>(at_a_glance(word[0])));
}

std::string CensusLabels::glanced(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = at_a_glance(c);
    return out;
}

bool CensusLabels::a_label_begins_with(std::string_view part) const {
    return std::any_of(first_words_.begin(), first_words_.end(),
                       [&](const std::string& w) { return w.compare(0, part.size(), part) == 0; });
}

bool CensusLabels::a_label_written_as_one_begins_with(std::string_view part) const {
    // (Speed: asked of every word of a line read in full; the labels are
    // kept glanced and sorted, so the one that may begin so is found by a
    // binary search.)
    const std::string glanced_part = glanced(part);
    const auto it = std::lower_bound(written_as_one_.begin(), written_as_one_.end(), glanced_part);
    return it != written_as_one_.end() && it->starts_with(glanced_part);
}

bool CensusLabels::a_label_ends_with(std::string_view part) const {
    return std::any_of(last_words_.begin(), last_words_.end(), [&](const std::string& w) {
        return w.size() > part.size() && w.compare(w.size() - part.size(), part.size(), part) == 0;
    });
}

namespace {
// The word at a glance, in `buffer` when it fits (no allocation for the
// words of a line), as a view.
std::string_view glanced_into(std::string_view word, char (&buffer)[64], std::string& spill) {
    char* out = buffer;
    if (word.size() > sizeof buffer) {
        spill.resize(word.size());
        out = spill.data();
    }
    for (std::size_t i = 0; i < word.size(); ++i) out[i] = at_a_glance(word[i]);
    return {out, word.size()};
}
}  // namespace

bool CensusLabels::ends_a_label(std::string_view word) const {
    if (!last_sieve_.may_hold(word)) return false;
    char buffer[64];
    std::string spill;
    return last_glance_.find(glanced_into(word, buffer, spill)) != last_glance_.end();
}

bool CensusLabels::ends_a_label_after(std::string_view before, std::string_view word) const {
    if (!ends_a_label(word)) return false;
    if (last_alone_glance_.count(glanced(word)) > 0) return true;
    return last_two_glance_.count(glanced(std::string(before) + " " + std::string(word))) > 0;
}

bool CensusLabels::is_a_withheld_label_of_one_word(std::string_view word) const {
    if (!last_sieve_.may_hold(word)) return false;
    char buffer[64];
    std::string spill;
    return last_alone_glance_.find(glanced_into(word, buffer, spill)) != last_alone_glance_.end();
}

bool CensusLabels::ends_a_label_of_several_words(std::string_view before,
                                                 std::string_view word) const {
    return ends_a_label(word) &&
           last_two_glance_.count(glanced(std::string(before) + " " + std::string(word))) > 0;
}

bool CensusLabels::starts_a_label(std::string_view word) const {
    if (!first_sieve_.may_hold(word)) return false;
    char buffer[64];
    std::string spill;
    return first_glance_.find(glanced_into(word, buffer, spill)) != first_glance_.end();
}

const CensusLabel* CensusLabels::withheld_with_word_part(std::string_view part,
                                                         bool at_start) const {
    if (part.size() < 2) return nullptr;
    for (const auto& l : labels_) {
        if (l.reading != Reading::withhold) continue;
        for (std::size_t from = 0; from <= l.folded.size();) {
            const std::size_t end = std::min(l.folded.find(' ', from), l.folded.size());
            const std::string_view word = std::string_view(l.folded).substr(from, end - from);
            if (word.size() > part.size() &&
                (at_start ? word.substr(0, part.size()) == part
                          : word.substr(word.size() - part.size()) == part))
                return &l;
            from = end + 1;
        }
    }
    return nullptr;
}

const CensusLabel* CensusLabels::misspelt_withheld(std::string_view word) const {
    if (word.size() < 6 || word.size() > 40 || !slip_sieve_.may_hold(word)) return nullptr;
    // One edit apart: the same but for one letter changed, dropped or added,
    // or two neighbours swapped (optimal string alignment distance 1).
    auto one_swap = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        std::size_t i = 0;
        while (i < a.size() && at_a_glance(a[i]) == at_a_glance(b[i])) ++i;
        return i + 1 < a.size() && at_a_glance(a[i]) == at_a_glance(b[i + 1]) &&
               at_a_glance(a[i + 1]) == at_a_glance(b[i]) &&
               same_label_at_a_glance(a.substr(i + 2), b.substr(i + 2));
    };
    auto one_slip = [&one_swap](std::string_view a, std::string_view b) {
        if (a.size() > b.size()) std::swap(a, b);
        if (b.size() - a.size() > 1) return false;
        std::size_t i = 0;
        while (i < a.size() && at_a_glance(a[i]) == at_a_glance(b[i])) ++i;
        if (i == a.size()) return b.size() == a.size() + 1;
        auto same = [](std::string_view x, std::string_view y) {
            return same_label_at_a_glance(x, y);
        };
        if (a.size() == b.size()) return same(a.substr(i + 1), b.substr(i + 1)) || one_swap(a, b);
        return same(a.substr(i), b.substr(i + 1));
    };
    for (const std::size_t i : slip_labels_) {
        const CensusLabel* l = &labels_[i];
        if ((l->folded.size() > word.size() ? l->folded.size() - word.size()
                                            : word.size() - l->folded.size()) > 1 ||
            at_a_glance(l->folded[0]) != at_a_glance(word[0]))
            continue;
        // A label of six or seven letters, only with two neighbours swapped
        // ("Protcet", "Secert", "Exmept": red team 25, A12): a letter
        // changed, dropped or added makes other words of that length
        // ("protest", "secrets").
        if (l->folded.size() < 8 && !one_swap(l->folded, word)) continue;
        if (!same_label_at_a_glance(l->folded, word) && one_slip(l->folded, word)) return l;
    }
    return nullptr;
}

bool CensusLabels::is_a_word_of_a_withheld_label(std::string_view word) const {
    return withheld_word_glance_.count(glanced(word)) > 0;
}

const CensusLabel* CensusLabels::find(std::string_view folded) const {
    if (!label_sieve_.may_hold(folded)) return nullptr;
    char buffer[64];
    std::string spill;
    const auto at = by_glance_.find(glanced_into(folded, buffer, spill));
    return at == by_glance_.end() ? nullptr : &labels_[at->second];
}

bool CensusLabels::is_a_word_of_a_withheld_label_inflected(std::string_view word) const {
    for (const std::string_view ending : {"", "s", "d", "ed", "es", "ly"})
        if (word.size() > ending.size() + 2 && word.ends_with(ending) &&
            is_a_word_of_a_withheld_label(word.substr(0, word.size() - ending.size())))
            return true;
    return false;
}

bool CensusLabels::follow_in_a_withheld_label(std::string_view before,
                                              std::string_view word) const {
    if (before.empty() || word.empty()) return false;
    std::string pair;
    pair.reserve(before.size() + word.size() + 1);
    pair.append(before).append(1, ' ').append(word);
    return withheld_pairs_glance_.count(glanced(pair)) > 0;
}

}  // namespace portal
