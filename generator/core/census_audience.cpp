// Who alone may read a text, said in other words than a banner's (a rule
// of Scanner, core/census_scanner.hpp): a label leading the line that names
// the circle a text is for ("Tasking group use:", "Police and council
// officers – not partners:") or a proceeding whose papers the law keeps
// confidential ("MARAC information:"); a promise asked of the reader not to
// pass it on ("Pinky swear you won't share:"); a key saying that a style
// marks text ("Text in italics is in confidence.", "Key: bold = board
// only"); and text in HTML's deletion tags ("<del>...</del>"), which a page
// drops without a trace and so would publish as plain text. A person reads
// each as marked (red team 23, A).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/census_forms.hpp"
#include "core/census_scanner.hpp"

namespace portal::census {

namespace {

// Words that name a circle of readers kept from the public ("the tasking
// group", "police and council officers", "partners").
bool names_readers(std::string_view w) {
    return one_of(w,
                  {"group",        "groups",        "board",       "partners",     "partner",
                   "police",       "officers",      "officer",     "agency",       "agencies",
                   "staff",        "internal",      "official",    "professional", "professionals",
                   "practitioner", "practitioners", "panel",       "committee",    "members",
                   "member",       "team",          "tasking",     "management",   "managers",
                   "council",      "multiagency",   "partnership", "chair",        "chairs",
                   "officials",    "colleagues",    "eyes"});
}

// Who a public text is for, which "not" may put outside a circle ("– not
// partners:", "not the public").
bool names_an_audience(std::string_view w) {
    return one_of(w, {"partners", "public", "residents", "press", "media", "members", "others",
                      "externals", "everyone", "anyone", "general", "outsiders", "community"});
}

// A proceeding whose papers are confidential by its own protocol: a
// multi-agency risk assessment conference, public protection
// arrangements, a safeguarding hub, a child protection case conference.
// ("Conference details:" and "Strategy summary:" are a public page's.)
bool names_a_closed_proceeding(const std::vector<std::string_view>& words) {
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (one_of(words[k], {"marac", "mappa", "mash"})) return true;
        const std::string_view next = k + 1 < words.size() ? words[k + 1] : "";
        if ((one_of(words[k], {"case", "protection"}) && next == "conference") ||
            (words[k] == "strategy" && one_of(next, {"meeting", "discussion"})))
            return true;
    }
    return false;
}

// Where a label leading t, before a colon, names who alone may read what
// follows (above): "Tasking group use:", "Police and council officers – not
// partners:", "MARAC information:", "Case conference minutes:". npos if
// none. ("Land use:", "MARAC cases:" and "Not residents' fault:" are a
// report's words.)
std::size_t audience_label_at(std::string_view t, bool capital_start) {
    // (A dash sets the label off as a colon does: "MARAC information –".)
    std::size_t colon = t.find(':');
    for (const std::string_view dash : {" - ", " -- "})
        if (const std::size_t d = t.find(dash); colon == std::string_view::npos && d != t.npos)
            colon = d;
    if (!capital_start || colon == std::string_view::npos || colon > 80 ||
        t.substr(0, colon).find_first_of(".;!?") != std::string_view::npos)
        return std::string_view::npos;
    const std::string_view head = t.substr(0, colon);
    std::vector<std::string_view> words;
    for (ReadWord w = next_word(head, 0); !w.text.empty(); w = next_word(head, w.end))
        words.push_back(w.text);
    if (words.empty() || words.size() > 8) return std::string_view::npos;
    const std::string_view last = words.back();
    // "Tasking group use:", "Internal use:": a circle's use, where "use" is
    // a noun after one that names the circle in the singular ("Officers
    // use: radios" is a sentence's verb).
    if (last == "use" && words.size() >= 2 && words.size() <= 4 &&
        one_of(words[words.size() - 2],
               {"group", "board", "internal", "official", "panel", "committee", "team", "tasking",
                "management", "partnership", "agency", "chair", "multiagency"}))
        return 0;
    // "Officers – not partners:", "For officers, not the public:".
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        std::size_t n = k + 1;
        while (n + 1 < words.size() && one_of(words[n], {"for", "the", "to", "our", "any"})) ++n;
        if (words[k] == "not" && names_an_audience(words[n]) && n + 1 == words.size()) return 0;
    }
    // "MARAC information:", "Case conference minutes:".
    if (words.size() <= 4 && names_a_closed_proceeding({words.begin(), words.end() - 1}) &&
        one_of(last, {"information", "details", "detail", "case", "notes", "note", "minutes",
                      "minute", "discussion", "disclosure", "intelligence", "summary", "record"}))
        return 0;
    return std::string_view::npos;
}

// Where t asks the reader, or has them promise, not to pass on the text it
// stands in: "Pinky swear you won't share:", "You must not repeat this",
// "Promise not to tell anyone:". npos if none. ("We will not share your
// details" promises a resident; "you must not share your PIN" is advice.)
std::size_t promised_silence_at(std::string_view t) {
    auto passes_on = [](std::string_view v) {
        return one_of(v, {"share", "tell", "repeat", "pass", "forward", "mention", "publish",
                          "post", "spread", "leak", "breathe", "circulate", "disclose"});
    };
    bool asked = false;  // "you" or a promise, earlier in the sentence
    std::size_t previous_end = 0;
    for (ReadWord w = next_word(t, 0); !w.text.empty(); w = next_word(t, w.end)) {
        if (t.substr(previous_end, w.at - previous_end).find_first_of(".;!?") !=
            std::string_view::npos)
            asked = false;
        previous_end = w.end;
        if (one_of(w.text, {"you", "swear", "promise", "promised", "promises"})) asked = true;
        if (!asked) continue;
        // The negation: "won't", "must not", "mustn't", "not to", "cannot".
        ReadWord v = next_word(t, w.end);
        const bool negation = w.text == "not" || w.text == "cannot" ||
                              (t.compare(w.end, 2, "'t") == 0 &&
                               one_of(w.text, {"won", "mustn", "shouldn", "can", "wouldn", "don"}));
        if (!negation) continue;
        if (v.text == "t") v = next_word(t, v.end);
        if (v.text == "to") v = next_word(t, v.end);
        if (!passes_on(v.text)) continue;
        const std::size_t stop = sentence_end(t, v.end);
        const bool colon = stop < t.size() && t[stop] == ':';
        const ReadWord object = next_word(t, v.end);
        const bool this_text =
            object.at >= stop || one_of(object.text, {"this", "these", "it", "any", "anything"});
        if (colon || (this_text && points_at_this_text(t, v.end))) return w.at;
    }
    return std::string_view::npos;
}

// Where a key in t says that a style marks text: a style's word and a
// marking's in one sentence about text ("Text in italics is in
// confidence.", "Key: bold = board only", "Items highlighted in yellow are
// exempt"). npos if none. ("Hotspots are highlighted in red on the map"
// names no text.)
std::size_t style_key_at(std::string_view t) {
    std::size_t from = 0;
    while (from < t.size()) {
        const std::size_t stop = t.find_first_of(".;!?", from);
        const std::size_t end = stop == std::string_view::npos ? t.size() : stop;
        bool style = false, marks = false,
             of_text = t.substr(from, end - from).find('=') != std::string_view::npos;
        std::string_view previous;
        for (ReadWord w = next_word(t, from); !w.text.empty() && w.end <= end;
             w = next_word(t, w.end)) {
            style =
                style || one_of(w.text, {"italic", "italics", "italicised", "italicized", "bold",
                                         "emboldened", "underlined", "underlining", "highlighted",
                                         "highlighting", "shaded", "shading", "greyed", "grayed",
                                         "strikethrough", "struck", "asterisked", "starred"});
            marks = marks ||
                    one_of(w.text, {"confidence", "confidential", "restricted", "private", "exempt",
                                    "sensitive", "secret", "withheld", "redact", "redacted",
                                    "protect", "protected", "unpublished"}) ||
                    (w.text == "only" && names_readers(previous));
            of_text = of_text || one_of(w.text, {"text", "key", "items", "paragraphs", "words",
                                                 "passages", "figures", "entries", "rows",
                                                 "sentences", "names", "lines", "sections"});
            previous = w.text;
        }
        if (style && marks && of_text) return from;
        from = end + 1;
    }
    return std::string_view::npos;
}

// Where a sentence of t records that this text is not to be published, in
// any words of refusal, decision or wish, said of the text itself ("It was
// agreed not to publish this.", "The victim does not want this made
// public:", "Won't be published:", "We shouldn't really publish this:",
// "Must be withheld.", "Kept back from the public pages:", "The board
// agreed to keep this confidential."). npos if none. ("We will not share
// your details", "We do not publish this information without consent" are
// a promise to residents about other things.)
std::size_t publication_refused_at(std::string_view t) {
    std::vector<ReadWord> words;
    for (ReadWord w = next_word(t, 0); !w.text.empty(); w = next_word(t, w.end)) words.push_back(w);
    auto negation = [&](std::size_t k) {
        const std::string_view w = words[k].text;
        return one_of(w, {"not", "never", "cannot"}) ||
               (w == "t" && words[k].at > 0 && t[words[k].at - 1] == '\'');
    };
    auto publishes = [](std::string_view w) {
        return one_of(
            w, {"publish", "published", "publishing", "release", "released", "share", "shared",
                "circulate", "circulated", "disclose", "disclosed", "distribute", "distributed",
                "appear", "public", "website", "online", "minuted"});
    };
    // A clause's start: the text's, or after a mark that ends one.
    auto clause_start = [&](std::size_t k) {
        std::size_t s = k;
        while (s > 0 &&
               t.substr(words[s - 1].end, words[s].at - words[s - 1].end).find_first_of(".;:!?") ==
                   std::string_view::npos)
            --s;
        return s;
    };
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k].text;
        // (Speed: the clause is looked back over only at a word that may
        // turn it; most words of a line read in full are none of these.)
        if (!publishes(w) && !one_of(w, {"withheld", "kept", "held", "keep"})) continue;
        const std::size_t from = clause_start(k);
        const std::size_t stop = sentence_end(t, words[k].end);
        const bool colon = stop < t.size() && t[stop] == ':';
        // What follows the verb is this text ("publish this", "make this
        // public", "keep the following"): the word itself, not a mark after
        // the verb ("must not be published, put a line ...").
        // ("this" alone, before a part's name or a verb: "this paragraph",
        // "this would"; "this statement", "this information" name other
        // things.)
        auto this_text_at = [&](std::size_t j) {
            if (j >= words.size() || words[j].at > stop) return false;
            const bool last = j + 1 >= words.size() || words[j + 1].at > stop;
            const std::string_view n = last ? "" : words[j + 1].text;
            if (one_of(words[j].text, {"this", "these", "it"}))
                return last || part_named_for_a_sentence(n) ||
                       one_of(n,
                              {"would",  "will",  "should",   "must",   "is",           "was",
                               "not",    "can",   "cannot",   "won",    "shouldn",      "isn",
                               "mustn",  "wasn",  "may",      "made",   "be",           "being",
                               "to",     "on",    "online",   "public", "confidential", "private",
                               "secret", "quiet", "internal", "bit",    "out",          "off"});
            return words[j].text == "following" || (words[j].text == "the" && n == "following");
        };
        const bool object = this_text_at(k + 1);
        // Or the subject of the denial is this text ("this would not be
        // made public", "asked that this not appear"), just before it.
        auto subject_before = [&](std::size_t neg) {
            for (std::size_t s = neg > from + 3 ? neg - 3 : from; s < neg; ++s)
                if (one_of(words[s].text, {"this", "it"}) && this_text_at(s)) return true;
            return false;
        };
        // Or no subject at all: a stamp's words ("Never to be published:").
        const bool no_subject =
            from == k || one_of(words[from].text, {"never", "not", "won", "must", "should", "to",
                                                   "be", "kept", "held", "will"});
        // ("Never share your password:" is advice about the reader's own.)
        const bool theirs = k + 1 < words.size() &&
                            one_of(words[k + 1].text, {"your", "their", "his", "her", "our", "my",
                                                       "personal", "passwords", "password"});
        // (Where it goes, after a verb of going there: "going on the
        // website", "made public"; not "the website complies".)
        bool going = !one_of(w, {"website", "online", "public"});
        for (std::size_t b = k; b > from && k - b <= 4 && !going; --b)
            going = one_of(words[b - 1].text, {"go", "going", "goes", "put", "putting", "appear",
                                               "be", "made", "make", "posted", "uploaded"});
        if (publishes(w) && going && !theirs) {
            bool denied = false, subject = false;
            // ("made public" and "make this public": the object between.)
            const bool object_before =
                (k > from && this_text_at(k - 1)) ||
                (k > from + 1 && this_text_at(k - 2) &&
                 one_of(words[k - 1].text, {"made", "be", "being", "kept", "go", "going"}));
            for (std::size_t b = k; b > from && k - b < 7 && !denied; --b)
                if (negation(b - 1)) {
                    denied = true;
                    subject = subject_before(b - 1);
                }
            if (denied && (object || object_before || subject || (no_subject && colon) ||
                           (no_subject && k + 1 < words.size() && words[k + 1].at > stop)))
                return words[from].at;
        }
        // "Must be withheld.", "Kept back from the public pages:".
        if ((w == "withheld" && k > from && words[k - 1].text == "be" && no_subject) ||
            (one_of(w, {"kept", "held"}) && k + 1 < words.size() && words[k + 1].text == "back" &&
             no_subject && (colon || object)))
            return words[from].at;
        // "agreed to keep this confidential", "all to keep the following
        // confidential".
        if (w == "keep" && k + 2 < words.size() && this_text_at(k + 1)) {
            for (std::size_t j = k + 1; j < words.size() && j <= k + 3 && words[j].at < stop; ++j)
                if (one_of(words[j].text,
                           {"confidential", "private", "secret", "quiet", "internal"}))
                    return words[from].at;
        }
    }
    return std::string_view::npos;
}

// A label leading t before a colon or a spaced dash, of up to six words,
// that restricts what follows (red team 24, A05-A10, A13, A23): a word that
// says so by itself ("Unreleasable:", "Nonpublic:", "Discreetly:",
// "Withholding this:", "Destroy after reading:"), or a limit on how it may
// go ("Do not reproduce:", "Not signed off:", "Only release if asked:",
// "Narrow circulation:", "No comment to media:", "Hold:", "For your eyes:").
// npos if none. ("Press release: 12 May", "Closed cases: 45", "Confidence in
// the police: 75%" are a report's labels.)
std::size_t restricting_label_at(std::string_view t, bool capital_start) {
    if (!capital_start) return std::string_view::npos;
    std::size_t end = t.find(':');
    for (const std::string_view dash : {" - ", " -- "})
        if (const std::size_t d = t.find(dash); d != std::string_view::npos && d < end) end = d;
    if (end == std::string_view::npos || end > 60 ||
        t.substr(0, end).find_first_of(".;!?()") != std::string_view::npos)
        return std::string_view::npos;
    std::vector<std::string_view> words;
    for (ReadWord w = next_word(t, 0); !w.text.empty() && w.at < end; w = next_word(t, w.end))
        words.push_back(w.text);
    if (words.empty() || words.size() > 6) return std::string_view::npos;
    // "Hold:", "On hold:", "Held back:" ("Hold on:" is no stamp).
    const std::string_view first = words.front(), last = words.back();
    if ((words.size() == 1 && one_of(first, {"hold", "held"})) ||
        (words.size() == 2 &&
         ((first == "on" && last == "hold") || (first == "held" && last == "back"))))
        return 0;
    bool limits = false, goes = false;
    // (A service that keeps a caller's confidence, not a stamp: "Confidential
    // reporting line:", "Confidential helpline:"; red team 25's over-block.)
    if (one_of(last, {"line", "helpline", "number", "service", "advice", "email", "phone",
                      "telephone", "text", "support", "counselling", "hotline"}))
        return std::string_view::npos;
    for (const std::string_view w : words) {
        // (Advice to a resident: "Lock your doors:"; but "For your eyes:".)
        if (one_of(w, {"your", "valuables"}) &&
            std::find(words.begin(), words.end(), "eyes") == words.end())
            return std::string_view::npos;
        if (one_of(w, {"confidential", "confidentially", "secret",        "secretly",
                       "secrecy",      "discreet",       "discreetly",    "privately",
                       "unreleasable", "unreleased",     "unpublished",   "unpublishable",
                       "nonpublic",    "undisclosed",    "undisclosable", "unapproved",
                       "uncleared",    "unshareable",    "mnpi",          "withheld",
                       "withholding",  "embargoed",      "shred",         "destroy",
                       "eyes",         "confdl",         "sensit"}))
            return 0;
        limits = limits || one_of(w, {"not",        "no",       "non",     "never",      "only",
                                      "just",       "limited",  "narrow",  "controlled", "closed",
                                      "informally", "quietly",  "without", "pending",    "awaiting",
                                      "intended",   "internal", "int",     "small",      "delete"});
        goes =
            goes ||
            one_of(w, {"publish",      "published",   "publishing", "publication", "public",
                       "publicly",     "release",     "released",   "disclose",    "disclosed",
                       "disclosure",   "circulation", "circulate",  "circulated",  "distribution",
                       "distribute",   "share",       "sharing",    "shared",      "reproduce",
                       "reproduction", "repeat",      "repeating",  "forward",     "copy",
                       "copies",       "email",       "emailed",    "comment",     "media",
                       "press",        "minutes",     "minute",     "minuted",     "record",
                       "noting",       "noted",       "recipients", "approved",    "signed",
                       "sign",         "cleared",     "clearance",  "you",         "read",
                       "reading"});
    }
    // ("Only" limits and says who: "For you only:", "Int. only:"; not the
    // public's, "Residents only: free property marking".)
    const bool only_for =
        words.back() == "only" && words.size() >= 2 &&
        !one_of(
            words[words.size() - 2],
            {"residents",    "resident",   "public",     "everyone", "anyone",     "adults",
             "children",     "women",      "men",        "victims",  "businesses", "parents",
             "carers",       "tenants",    "households", "visitors", "pupils",     "students",
             "owners",       "homeowners", "people",     "cyclists", "drivers",    "pedestrians",
             "members",      "volunteers", "tickets",    "cash",     "card",       "appointment",
             "appointments", "weekdays",   "weekends",   "today"});
    return (limits && goes) || only_for ? 0 : std::string_view::npos;
}

}  // namespace

// Where raw first keeps text out of a reader's sight, or npos: HTML's
// deletion tags ("<del>", "<s>", "<strike>", in any case), a <template>,
// the hidden attribute or a style that hides ("display:none",
// "visibility:hidden", "font-size:0", white text), or another tool's
// comment ("%% ... %%" in Obsidian, "{# ... #}" in Jinja, "{{/* ... */}}" in
// Hugo). Portal drops raw HTML's tags and knows no such comment, so the text
// would be published as plain text (red team 23 A, 24 A21).
std::size_t out_of_sight_at(std::string_view raw) {
    for (std::size_t i = raw.find('<'); i != std::string_view::npos; i = raw.find('<', i + 1)) {
        std::size_t e = i + 1;
        while (e < raw.size() && std::isalpha(static_cast<unsigned char>(raw[e]))) ++e;
        std::string name;
        for (std::size_t k = i + 1; k < e && name.size() < 10; ++k)
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(raw[k])));
        if (e < raw.size() && (raw[e] == '>' || raw[e] == ' ') &&
            one_of(name, {"del", "s", "strike", "template"}))
            return i;
        // The hidden attribute standing alone ("<span hidden>"; not
        // "aria-hidden", which hides a picture's copy from a screen reader).
        const std::size_t close = raw.find('>', e);
        if (name.empty() || close == std::string_view::npos) continue;
        const std::string_view tag = raw.substr(e, close - e);
        for (std::size_t h = tag.find("hidden"); h != std::string_view::npos;
             h = tag.find("hidden", h + 1))
            if (h > 0 && (tag[h - 1] == ' ' || tag[h - 1] == '\t') &&
                (h + 6 == tag.size() ||
                 std::string_view(" =/\t").find(tag[h + 6]) != std::string_view::npos))
                return i;
        // A style that hides, folded ("display: none").
        std::string style;
        for (const char c : tag)
            if (c != ' ' && c != '"' && c != '\'')
                style += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const char* hides :
             {"display:none", "visibility:hidden", "font-size:0;", "font-size:0px", "opacity:0;",
              "color:#fff;", "color:white", "color:#ffffff", "color=white", "color=#fff"})
            if (style.find(hides) != std::string::npos) return i;
        if (style.ends_with("font-size:0") || style.ends_with("opacity:0") ||
            style.ends_with("color:#fff"))
            return i;
    }
    // (Jinja's "{# " with its space: Mustache's "{{#section}}" and a
    // heading's "{#id}" are no comments.)
    for (const auto& [open, close] : {std::pair{"%%", "%%"}, std::pair{"{# ", "#}"},
                                      std::pair{"{{/*", "*/}}"}, std::pair{"@*", "*@"}})
        if (const std::size_t at = raw.find(open);
            at != std::string_view::npos && raw.find(close, at + 2) != std::string_view::npos)
            return at;
    // Another tool's tag, comment or shortcode, which portal does not run
    // and so would publish as written, with the text it was meant to hide
    // or to show only to some ("{% comment %}", "{% if false %}", "{%
    // private %}" in Liquid and Jinja; "{{< private >}}", "{{% internal %}}"
    // in Hugo; "{{!-- --}}" in Handlebars; "<%-- --%>" in JSP; "{>> <<}" and
    // "{-- --}" in CriticMarkup; "{::comment}" in kramdown; "\iffalse" and
    // "\begin{comment}" in LaTeX; an Obsidian comment left open: red team
    // 25, A10 and C04). Read by the syntax, whatever its words: the ways to
    // name what such a tag hides are many.
    for (const char* open : {"{%", "{{<", "{{%", "{{!", "<%--", "<%#", "{>>", "{--",
                             "{::", "\\iffalse", "\\begin{comment}"})
        if (const std::size_t at = raw.find(open); at != std::string_view::npos) return at;
    if (const std::size_t at = raw.find_first_not_of(" \t");
        at != std::string_view::npos &&
        (raw.compare(at, 2, "%%") == 0 || raw.substr(at).starts_with("////")))
        return at;
    // A reStructuredText comment (".. the informant is ..."); a redaction
    // bar left around the text it was to black out ("█Smith█").
    if (raw.starts_with(".. ") && raw.size() > 3 &&
        std::isalpha(static_cast<unsigned char>(raw[3])))
        return 0;
    if (const std::size_t bar = raw.find("\u2588"); bar != std::string_view::npos) return bar;
    return std::string_view::npos;
}

// The words a page's markup gives that a page does not show, but that tell
// its writer's meaning: an HTML comment's ("<!-- begin private -->"), a tag's
// name ("<private>", "<board-only>"), a class given in braces ("{.private}",
// "{: .board-only}"), a code fence's info string ("```board-only"). Each is
// read as a line of its own (red team 25, A10): a comment's "board only"
// marks the text after it as a line saying it would.
std::vector<std::string> words_of_markup(std::string_view raw) {
    std::vector<std::string> out;
    // (In capitals, as a stamp over the text is written: "board only" in a
    // comment reads as "BOARD ONLY".)
    auto words = [](std::string_view s) {
        std::string w(s);
        for (char& c : w)
            c = c == '-' || c == '_' || c == '.' || c == '/'
                    ? ' '
                    : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return w;
    };
    for (std::size_t i = raw.find("<!--"); i != std::string_view::npos;
         i = raw.find("<!--", i + 4)) {
        const std::size_t close = raw.find("-->", i + 4);
        std::string inner(raw.substr(
            i + 4, close == std::string_view::npos ? std::string_view::npos : close - i - 4));
        // ("begin private", "/board only", "end private": the comment
        // opens or closes what it names.)
        std::size_t f = inner.find_first_not_of(" /");
        inner = f == std::string::npos ? std::string() : inner.substr(f);
        for (const char* opener : {"begin ", "start ", "end ", "open ", "close "})
            if (inner.starts_with(opener)) inner = inner.substr(std::string_view(opener).size());
        out.push_back(words(inner));
    }
    for (std::size_t i = raw.find('<'); i != std::string_view::npos; i = raw.find('<', i + 1)) {
        std::size_t s = i + 1;
        if (s < raw.size() && raw[s] == '/') ++s;
        std::size_t e = s;
        while (e < raw.size() &&
               (std::isalnum(static_cast<unsigned char>(raw[e])) || raw[e] == '-' || raw[e] == '_'))
            ++e;
        if (e > s + 1 && e < raw.size() && (raw[e] == '>' || raw[e] == ' '))
            out.push_back(words(raw.substr(s, e - s)));
    }
    for (std::size_t i = raw.find('{'); i != std::string_view::npos; i = raw.find('{', i + 1)) {
        const std::size_t close = raw.find('}', i);
        if (close == std::string_view::npos) break;
        const std::string_view block = raw.substr(i + 1, close - i - 1);
        for (std::size_t d = block.find('.'); d != std::string_view::npos;
             d = block.find('.', d + 1))
            if (d == 0 || block[d - 1] == ' ' || block[d - 1] == ':') {
                const std::size_t end = std::min(block.find(' ', d), block.size());
                out.push_back(words(block.substr(d + 1, end - d - 1)));
            }
    }
    // An admonition's title in MkDocs or Material ('!!! warning "Private"').
    if (raw.starts_with("!!!") || raw.starts_with("???")) {
        const std::size_t q = raw.find('"');
        if (q != std::string_view::npos)
            out.push_back(words(raw.substr(q + 1, raw.find('"', q + 1) - q - 1)));
    }
    const std::size_t f = raw.find_first_not_of(" \t>");
    if (f != std::string_view::npos &&
        (raw.compare(f, 3, "```") == 0 || raw.compare(f, 3, "~~~") == 0)) {
        const std::size_t info = raw.find_first_not_of("`~ ", f);
        if (info != std::string_view::npos) out.push_back(words(raw.substr(info)));
    }
    return out;
}

// Where t leads with a label citing an exemption by its number and its
// ground ("s.31 law enforcement:", "Section 30 – investigations:", "Para 1
// (individuals):", "Commercial information (para 3):": red team 25, A02),
// as a cover sheet gives the reason a paper is not public. A number alone
// ("Section 17:") is a public heading; a ground alone, a topic.
std::size_t exemption_cited_at(std::string_view t) {
    // (To a colon, past a dash between the number and the ground: "Section
    // 30 - investigations:"; or to a dash.)
    std::size_t end = t.find(':');
    for (const std::string_view dash : {" - ", " -- "})
        if (const std::size_t d = t.find(dash); end == std::string_view::npos && d != t.npos)
            end = d;
    if (end == std::string_view::npos || end > 60) return std::string_view::npos;
    std::vector<std::string_view> words;
    for (ReadWord w = next_word(t, 0); !w.text.empty() && w.at < end; w = next_word(t, w.end))
        words.push_back(w.text);
    if (words.size() < 2 || words.size() > 7) return std::string_view::npos;
    bool cited = false, ground = false;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string_view w = words[k];
        const bool numbered = k + 1 < words.size() && !words[k + 1].empty() &&
                              words[k + 1][0] >= '0' && words[k + 1][0] <= '9';
        cited = cited || (numbered && one_of(w, {"s", "section", "sec", "para", "paragraph",
                                                 "category", "reg", "regulation", "sch"}));
        const std::string_view next = k + 1 < words.size() ? words[k + 1] : std::string_view();
        ground = ground ||
                 one_of(w, {"enforcement", "investigations", "investigation", "individuals",
                            "individual", "identity", "exempt", "exemption", "prejudice",
                            "privilege", "confidence", "confidential", "sensitive"}) ||
                 (one_of(w, {"personal", "commercial"}) &&
                  one_of(next, {"data", "information", "interests", "details"}));
    }
    return cited && ground ? 0 : std::string_view::npos;
}

bool Scanner::kept_to_an_audience(const Line& ln) {
    std::size_t at = std::string_view::npos;
    const char* why = nullptr;
    // (In Markdown, where portal drops raw HTML's tags and so shows the
    // text; a layout's own "hidden" button is shown by its script.)
    if (const std::size_t d = markdown ? out_of_sight_at(ln.raw) : std::string_view::npos;
        d != std::string_view::npos) {
        add(ln.line, ln.column0 + static_cast<int>(d), SightingKind::label, Reading::unknown, "",
            "it is text the paper keeps out of sight (struck through with <del>, <s> or "
            "<strike>, hidden by a style, the hidden attribute or a <template>, or in another "
            "tool's comment: %% %%, {# #}, {{/* */}}), which a page would publish as plain "
            "text; delete the text, or mark it");
        return true;
    }
    // (A fresh census of the words: this line's reading is under way.)
    auto markup_words_mark = [&](const std::string& words) {
        for (const std::string& line : {words, words + ":"})
            for (const MarkingSighting& s : take_census(line, CensusFormat::text, labels))
                if (s.reading == Reading::withhold || s.reading == Reading::unknown) return true;
        return false;
    };
    if (markdown)
        for (const std::string& words : words_of_markup(ln.raw))
            if (!words.empty() && markup_words_mark(words)) {
                add(ln.line, ln.column0, SightingKind::label, Reading::unknown, "",
                    "its markup names a marking or who may read the text (an HTML comment, a "
                    "tag's name, a class, a code fence's language), which a page does not show "
                    "but its writer meant; mark the text with ::: instead");
                return true;
            }
    struct SentenceReading {
        std::size_t (*find)(std::string_view, bool capital_start);
        const char* why;
    };
    static constexpr SentenceReading kReadings[] = {
        {audience_label_at,
         "it is a label before a colon naming who alone may read what follows (a group's use, "
         "not partners, a MARAC's information), as a marking does"},
        {[](std::string_view t, bool) { return promised_silence_at(t); },
         "it asks the reader not to pass on what follows, as a marking does"},
        {[](std::string_view t, bool) { return publication_refused_at(t); },
         "it records that what follows is not to be published (a decision, a wish or a "
         "refusal said of this text), as a marking does"},
        {restricting_label_at,
         "it is a label before a colon or a dash that restricts what follows (not to be "
         "published, released, reproduced or passed on, held back, for few eyes), as a marking "
         "is written"},
        {[](std::string_view t, bool) { return style_key_at(t); },
         "it is a key saying that a style (italics, bold, highlighting) marks text as "
         "confidential; mark that text with ::: instead"},
        {[](std::string_view t, bool) { return exemption_cited_at(t); },
         "it is a label citing an exemption by its number and its ground (s.31 law "
         "enforcement, para 1 individuals), as a cover sheet gives why a paper is not public"},
    };
    const bool capital_start = capital_at(ln, ln.p);
    for (const SentenceReading& r : kReadings) {
        const std::size_t found = r.find(ln.t.substr(ln.p), capital_start);
        if (found != std::string_view::npos && !ln.in_code(ln.p + found)) {
            at = ln.p + found;
            why = r.why;
            break;
        }
    }
    if (at == std::string_view::npos) return false;
    add(ln.line, ln.col(at), SightingKind::label, Reading::unknown, "",
        std::string(why) + ", with no label that site.json lists");
    return true;
}

}  // namespace portal::census
