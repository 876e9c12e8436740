// fuzz/markdown_gen.hpp — Markdown made from fuzz bytes, out of the building
// blocks that matter to marking regions: plain lines with list, quote and
// indentation prefixes, headings, tables, raw HTML, fenced code blocks of ` and
// ~ of several lengths (balanced, closed by a shorter fence, never closed),
// `::: LABEL` ... `:::` regions (nested, with spacing and case variants, and in
// the shapes issue 17 lists: in a container, indented, after U+00A0, with
// full-width colons), and LF, CRLF or lone CR line ends.
//
// Every word the documented rules withhold is a canary: "canary" and a unique
// suffix. Nothing else ever contains "canary", so a target can say that a text
// leaked if "canary" occurs in what portal published. A canary goes only where
// the input as a person reads it withholds the text:
//  - inside a `::: PROTECT` region (at any depth, also inside a publishable
//    region nested in it, a fence inside it, a list or quote line inside it);
//  - everywhere in a text that is withheld as a whole (a withheld page).
// Text in a fenced code block outside any withheld region is code, public by the
// rules (a `:::` line in a fence is an example), so it never holds a canary.
// Fences open with at most one space of indentation, so that a fence never
// belongs to a list item on the line before it, and raw HTML blocks that a blank
// line ends are always followed by one; otherwise a person and CommonMark could
// honestly disagree about where code ends.
#pragma once

#include <algorithm>
#include <string>

#include "fuzz_input.hpp"

namespace portal::fuzz {

inline constexpr const char* kCanaryStem = "canary";

// Unique canary words: canarya, canaryb, ... canaryba, ...
class CanaryWords {
  public:
    std::string next() {
        std::string w = kCanaryStem;
        unsigned n = count_++;
        do {
            w += static_cast<char>('a' + n % 26);
            n /= 26;
        } while (n);
        return w;
    }
    unsigned count() const { return count_; }

  private:
    unsigned count_ = 0;
};

// Words for a line of text: public words, or, when withheld, canaries (with a
// public word now and then, which may stand in withheld text too).
inline std::string words(Choices& in, CanaryWords& canaries, bool withheld) {
    static const char* const kWords[] = {"river",  "patrol", "budget",  "meeting", "parish",
                                         "report", "bridge", "harvest", "school",  "lantern"};
    static const char* const kJoins[] = {" ", " ", ", ", " - ", "  ", ": ", " *", "* ", " `"};
    std::string s;
    const std::size_t n = 1 + in.pick(3);
    for (std::size_t i = 0; i < n; ++i) {
        if (i) s += in.one_of(kJoins);
        s += withheld && (i == 0 || in.coin()) ? canaries.next() : std::string(in.one_of(kWords));
    }
    return s;
}

class MarkdownGen {
  public:
    MarkdownGen(Choices& in, CanaryWords& canaries, Features& features)
        : in_(in), canaries_(canaries), features_(features) {}

    // A Markdown text; with `withheld`, all of it is withheld (a withheld page).
    std::string text(bool withheld) {
        out_.clear();
        open_char_ = 0;
        open_len_ = 0;
        eol_style_ = in_.pick(8);  // 0-3 LF, 4-5 CRLF, 6 lone CR, 7 mixed
        if (eol_style_ == 6 && !use("lone-cr")) eol_style_ = 0;
        blocks(0, withheld, 1 + in_.pick(7));
        // The last line may end without a line end.
        if (in_.coin()) {
            while (!out_.empty() && (out_.back() == '\n' || out_.back() == '\r')) out_.pop_back();
        }
        return out_;
    }

  private:
    // Uses a feature of issue 17's list if the run allows it.
    bool use(const char* feature) {
        if (!features_.allowed(feature)) return false;
        features_.use(feature);
        return true;
    }

    std::string eol() {
        switch (eol_style_) {
            case 4:
            case 5:
                return "\r\n";
            case 6:
                return "\r";
            case 7: {  // mixed
                const std::size_t k = in_.pick(4);
                if (k == 3 && use("lone-cr")) return "\r";
                return k == 1 ? "\r\n" : "\n";
            }
            default:
                return "\n";
        }
    }
    void line(const std::string& s) { out_ += s + eol(); }
    std::string indent(std::size_t max) { return std::string(in_.pick(max + 1), ' '); }
    std::string text_line(bool withheld) { return words(in_, canaries_, withheld); }

    void blocks(int depth, bool withheld, std::size_t n) {
        for (std::size_t i = 0; i < n && !in_.empty(); ++i) block(depth, withheld);
    }

    void block(int depth, bool withheld) {
        const std::size_t k = in_.pick(32);
        if (k < 9) return paragraph(withheld);
        if (k < 12) return line("");
        if (k < 15) return fence(withheld, 0);
        if (k == 15) return fence(withheld, use("unbalanced-fence") ? 1 : 0);
        if (k == 16) return fence(withheld, use("unclosed-fence") ? 2 : 0);
        if (k < 25) return depth < 3 ? region(depth, withheld) : paragraph(withheld);
        if (k < 27) return heading(withheld);
        if (k < 29) return table(withheld);
        if (k == 29) return html(withheld);
        line("    " + text_line(withheld));  // indented code, or a continuation line
    }

    void paragraph(bool withheld) {
        static const char* const kPrefixes[] = {"",   "",   "",    "- ",   "* ", "1. ",
                                                "> ", "  ", "   ", "> - ", "+ ", ">"};
        const std::size_t lines = 1 + in_.pick(3);
        for (std::size_t i = 0; i < lines; ++i)
            line(std::string(in_.one_of(kPrefixes)) + text_line(withheld));
    }

    void heading(bool withheld) {
        if (in_.coin()) return line(std::string(1 + in_.pick(3), '#') + " " + text_line(withheld));
        line(text_line(withheld));
        line(in_.coin() ? "===" : "---");
    }

    void table(bool withheld) {
        const std::size_t rows = 1 + in_.pick(3);
        line("| " + text_line(withheld) + " | " + text_line(withheld) + " |");
        line("| --- | --- |");
        for (std::size_t i = 0; i < rows; ++i)
            line("| " + text_line(withheld) + " | " + text_line(withheld) + " |");
        line("");  // ends the table, so that a fence after it is a fence
    }

    void html(bool withheld) {
        if (in_.one_in(4)) {
            // A comment never closed: an HTML block to the end of the text, where
            // every later marker is refused.
            line("<!-- " + text_line(withheld));
            return;
        }
        line("<div>");
        line(text_line(withheld));
        line("</div>");
        line("");  // ends the HTML block
    }

    // kind: 0 balanced; 1 opened with four or more and "closed" with fewer (which
    // CommonMark does not take as a close); 2 never closed.
    //
    // Once a fence is left open (kind 1 or 2), CommonMark reads the rest of the
    // text as its code, up to a line of at least as many of its character. No
    // later line is such a line: later fences of that character stay shorter
    // (or use the other character), so that the text has one reading — the
    // writer's, with every later region a region a person sees — and portal
    // must refuse it (a marker in a fence open at the end) or withhold.
    void fence(bool withheld, int kind) {
        char c = in_.coin() ? '`' : '~';
        std::size_t len = 3 + in_.pick(3);
        const std::size_t min = kind == 1 ? 4 : 3;
        if (kind == 1 && len == 3) len = 4;
        if (c == open_char_ && open_len_ - 1 < min) c = c == '`' ? '~' : '`';
        if (c == open_char_) len = std::min(len, open_len_ - 1);
        const char other = c == '`' ? '~' : '`';
        static const char* const kInfo[] = {"", "", "text", " markdown", "md title"};
        std::string opener = indent(1) + std::string(len, c);
        if (c == '~' && in_.one_in(4))
            opener += "a`b";
        else
            opener += in_.one_of(kInfo);
        line(opener);
        if (kind != 0 && !open_char_) {
            open_char_ = c;
            open_len_ = len;
        }
        const std::size_t lines = in_.pick(5);
        for (std::size_t i = 0; i < lines; ++i) {
            switch (in_.pick(8)) {
                case 0:
                    line("::: PROTECT");
                    break;
                case 1:
                    line(":::");
                    break;
                case 2:
                    line("::: OFFICIAL");
                    break;
                case 3:
                    if (len > 3) {
                        line(std::string(3 + in_.pick(len - 3), c));  // too short to close
                        break;
                    }
                    [[fallthrough]];
                case 4:
                    line(run(other, 3 + in_.pick(3)));
                    break;
                case 5:
                    line("");
                    break;
                case 6:
                    line("    " + text_line(withheld));
                    break;
                default:
                    line(text_line(withheld));
                    break;
            }
        }
        if (kind == 2) return;
        if (kind == 1) {
            line(indent(3) + std::string(3 + in_.pick(len - 3), c));
            return;
        }
        line(indent(3) + run(c, len + in_.pick(3)) + (in_.coin() ? "" : "  "));
    }

    // A run of fence characters that does not close the fence left open, if any
    // (callers ask for at least 3, and for the open character only when it left
    // room: a run that must stay longer than that is of the other character).
    std::string run(char c, std::size_t len) const {
        if (c == open_char_ && len >= open_len_) {
            if (open_len_ > 3) return std::string(open_len_ - 1, c);
            c = c == '`' ? '~' : '`';
        }
        return std::string(len, c);
    }

    void region(int depth, bool withheld) {
        static const char* const kLabels[] = {"PROTECT",  "PROTECT",  "protect",      "Protect",
                                              "OFFICIAL", "official", "PROTECT draft"};
        const std::string label = in_.one_of(kLabels);
        const bool withholds = withheld || label.find("rotect") != std::string::npos ||
                               label.find("ROTECT") != std::string::npos;
        line(opener(label));
        blocks(depth + 1, withholds, in_.pick(5));
        line(closer());
    }

    std::string opener(const std::string& label) {
        static const char* const kSpaces[] = {" ", " ", "", "  ", "\t"};
        std::string colons = in_.one_in(4) ? "::::" : ":::";
        std::string lead = indent(3);
        switch (in_.pick(32)) {  // 0, all a run of zeros gives, is a plain marker
            case 28:
                if (use("container-marker")) lead = in_.coin() ? "> " : "- ";
                break;
            case 29:
                if (use("indented-marker")) lead = in_.coin() ? "    " : "\t";
                break;
            case 30:
                if (use("nbsp-marker")) lead = "\xC2\xA0";
                break;
            case 31:
                if (use("fullwidth-marker")) colons = "\xEF\xBC\x9A\xEF\xBC\x9A\xEF\xBC\x9A";
                break;
            default:
                break;
        }
        return lead + colons + in_.one_of(kSpaces) + label + (in_.coin() ? "" : " ");
    }

    std::string closer() {
        std::string lead = indent(3);
        switch (in_.pick(32)) {
            case 30:
                if (use("container-marker")) lead = "> ";
                break;
            case 31:
                if (use("nbsp-marker")) lead = "\xC2\xA0";
                break;
            default:
                break;
        }
        return lead + (in_.one_in(4) ? "::::" : ":::") + (in_.coin() ? "" : "  ");
    }

    Choices& in_;
    CanaryWords& canaries_;
    Features& features_;
    std::string out_;
    std::size_t eol_style_ = 0;
    char open_char_ = 0;  // the first fence left open, if any, and its length
    std::size_t open_len_ = 0;
};

}  // namespace portal::fuzz
