#include "core/reading.hpp"

#include "core/utf8.hpp"

#include <utf8proc.h>

#include <cstring>

namespace portal {

namespace {

constexpr std::string_view kNoLookAlike{};

// What one code point reads as: "" for an invisible one, the ASCII text a
// person takes it for, or kNoLookAlike (a null view) when it has none and is
// kept as written.
// A symbol or punctuation mark with no look-alike is read as no part of a
// word, as a person reads it: an emoji, a padlock, a section sign, an arrow
// before or after a label ("🔒 Restricted", "§ Restricted", "Restricted →
// names") must not join the label to the words around it. Arrows read as a
// dash (what they stand for in a title), brackets as brackets, quotation
// marks as quotes, anything else as a space. Letters and digits of any
// script are kept as written, but for the modifier letters and private-use
// characters, which draw as marks and symbols (below).
std::string_view symbol_reading(std::uint32_t cp) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_SM:
        case UTF8PROC_CATEGORY_SO: {
            const bool arrow = (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x27F0 && cp <= 0x27FF) ||
                               (cp >= 0x2900 && cp <= 0x297F) || (cp >= 0x2B00 && cp <= 0x2B2F) ||
                               (cp >= 0x1F800 && cp <= 0x1F8FF) || cp == 0x27A1 ||
                               (cp >= 0x2794 && cp <= 0x27BF);
            return arrow ? "-" : " ";
        }
        case UTF8PROC_CATEGORY_SC:
        case UTF8PROC_CATEGORY_SK:
        case UTF8PROC_CATEGORY_PO:
        case UTF8PROC_CATEGORY_NO:  // a footnote's superscript ("Restricted¹"), circled digits
            return " ";
        case UTF8PROC_CATEGORY_PD:
            return "-";
        case UTF8PROC_CATEGORY_PC:
            return "_";
        case UTF8PROC_CATEGORY_PS:
            return "(";
        case UTF8PROC_CATEGORY_PE:
            return ")";
        case UTF8PROC_CATEGORY_PI:
        case UTF8PROC_CATEGORY_PF:
            return "\"";
        // A private-use character shows as whatever its font draws: Word
        // pastes its Symbol and Wingdings bullets so (U+F0B7, U+F0A7), and
        // glued to a label it is no letter of it ("\uF0B7Restricted").
        case UTF8PROC_CATEGORY_CO:
            return " ";
        // A modifier letter with no letter it looks like: the apostrophes
        // and quotation marks that keyboards and autocorrect give ("ʼ", "ʻ",
        // "ˮ", "ꞌ") read as quotes; the rest (marks of length, stress and
        // repetition: "ˈ", "ː", "々") as no part of a word.
        case UTF8PROC_CATEGORY_LM:
            if (cp == 0x2EE || cp == 0x2BA) return "\"";
            if ((cp >= 0x2B9 && cp <= 0x2BF) || cp == 0x2C8 || cp == 0x2CA || cp == 0x2CB)
                return "'";
            return " ";
        default:
            return kNoLookAlike;
    }
}

}  // namespace

bool reads_as_space(std::uint32_t cp) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ZS;
}

namespace {

std::string_view looks_like(std::uint32_t cp) {
    // Latin Extended-A (U+0100..U+017F): the base letter.
    static constexpr std::string_view kLatinA =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOo"
        "OoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    static constexpr std::string_view kLatin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "x", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "/", "o", "u", "u", "u", "u", "y", "th", "y"};
    static constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static constexpr std::string_view kDigit = "0123456789";
    static constexpr std::string_view kAscii =
        "!\"#$%&'()*+,-./"
        "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    auto one = [](std::string_view table, std::size_t i) { return table.substr(i, 1); };
    if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) return one(kLatinA, cp - 0x100);
    // Full-width ASCII (U+FF01..U+FF5E).
    if (cp >= 0xFF01 && cp <= 0xFF5E) return one(kAscii, cp - 0xFF01);
    // Mathematical letters and digits (bold, italic, script, ...): A-Z a-z per style.
    if (cp >= 0x1D400 && cp <= 0x1D6A3) return one(kUpper, ((cp - 0x1D400) % 52) % 26);
    if (cp >= 0x1D7CE && cp <= 0x1D7FF) return one(kDigit, (cp - 0x1D7CE) % 10);
    // Circled, parenthesised, squared and regional-indicator letters.
    if (cp >= 0x24B6 && cp <= 0x24CF) return one(kUpper, cp - 0x24B6);
    if (cp >= 0x24D0 && cp <= 0x24E9) return one(kUpper, cp - 0x24D0);
    if (cp >= 0x249C && cp <= 0x24B5) return one(kUpper, cp - 0x249C);
    // Squared, negative circled and negative squared capitals: blocks of 26 at
    // U+1F130, U+1F150 and U+1F170 (the code points between are other symbols).
    for (const std::uint32_t block : {0x1F130u, 0x1F150u, 0x1F170u})
        if (cp >= block && cp < block + 26) return one(kUpper, cp - block);
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return one(kUpper, cp - 0x1F1E6);
    // Parenthesised capitals (U+1F110..U+1F129): "(P)" reads as P.
    if (cp >= 0x1F110 && cp <= 0x1F129) return one(kUpper, cp - 0x1F110);
    // Modifier (superscript) letters: capitals U+1D2C..U+1D42, small ones.
    if (cp >= 0x1D2C && cp <= 0x1D42) {
        static constexpr std::string_view kModifierCapitals = "AABBDEEGHIJKLMNNOOPRTUW";
        return one(kModifierCapitals, cp - 0x1D2C);
    }
    if (cp >= 0x1D43 && cp <= 0x1D5B) {
        static constexpr std::string_view kModifierSmall = "aaaabdeeeegikmnooooptuumv";
        return one(kModifierSmall, cp - 0x1D43);
    }
    switch (cp) {
        case 0x1D9C:
            return "c";
        case 0x1DA0:
            return "f";
        case 0x1DBB:
            return "z";
        case 0x2B0:
            return "h";
        case 0x2B2:
            return "j";
        case 0x2B3:
            return "r";
        case 0x2B7:
            return "w";
        case 0x2B8:
            return "y";
        case 0x2E1:
            return "l";
        case 0x2E2:
            return "s";
        case 0x2E3:
            return "x";
        case 0x20AC:  // "PROT€CT"
            return "e";
        case 0xA9:  // "PR©TECT"
            return "o";
        case 0x2071:
            return "i";
        case 0x207F:
            return "n";
        // Greek and Armenian letters that look Latin capitals ("ՏͲ" in
        // "REՏͲRICTED").
        case 0x0372:
        case 0x0373:
            return "t";
        case 0x054F:
            return "s";
        case 0x0555:
            return "o";
        case 0x054D:
            return "u";
        case 0x0548:
            return "n";
        case 0x0540:
            return "h";
        case 0x053C:
            return "l";
        // Canadian Syllabics that fancy-text generators use for Latin
        // capitals ("ᖇᗴՏTᖇIᑕTᗴᗪ").
        case 0x15E9:
            return "a";
        case 0x15F7:
            return "b";
        case 0x1455:
            return "c";
        case 0x15EA:
            return "d";
        case 0x15F4:
        case 0x156E:
            return "e";
        case 0x15B4:
            return "f";
        case 0x161C:
            return "g";
        case 0x157C:
            return "h";
        case 0x148D:
            return "j";
        case 0x14AA:
            return "l";
        case 0x15F0:
            return "m";
        case 0x144E:
            return "n";
        case 0x146D:
            return "p";
        case 0x146B:
            return "q";
        case 0x1587:
            return "r";
        case 0x1515:
            return "s";
        case 0x144C:
            return "u";
        case 0x142F:
            return "v";
        case 0x15EF:
            return "w";
        case 0x166D:
            return "x";
        case 0x15BB:
            return "y";
        case 0x1614:
            return "z";
        default:
            break;
    }
    // Lisu letters that look Latin capitals (U+A4D0..U+A4F7; turned and
    // reversed forms have none), after Unicode's confusables: "ꓑꓣꓳꓔꓰꓚꓔ" reads
    // PROTECT.
    if (cp >= 0xA4D0 && cp <= 0xA4F7) {
        static constexpr std::string_view kLisu = "BP?DT?GK?JC?ZF?MNLSR??VH??WXY?A?E?IOU???";
        const std::string_view l = one(kLisu, cp - 0xA4D0);
        if (l != "?") return l;
    }
    // Cherokee letters that look Latin (capitals U+13A0..U+13F4; the small
    // letters U+AB70..U+ABBF follow the same order), after Unicode's
    // confusables: "ᏢᎡᎾᎢᎬᏟᎢ" reads PROTECT.
    if ((cp >= 0x13A0 && cp <= 0x13F4) || (cp >= 0xAB70 && cp <= 0xABBF)) {
        const std::uint32_t k = cp >= 0xAB70 ? cp - 0xAB70 + 0x13A0 : cp;
        switch (k) {
            case 0x13A0:
                return "d";
            case 0x13A1:
                return "r";
            case 0x13A2:
                return "t";
            case 0x13A5:
                return "i";
            case 0x13A9:
                return "y";
            case 0x13AA:
                return "a";
            case 0x13AB:
                return "j";
            case 0x13AC:
                return "e";
            case 0x13B3:
                return "w";
            case 0x13B7:
                return "m";
            case 0x13BB:
                return "h";
            case 0x13BE:
                return "o";
            case 0x13C0:
                return "g";
            case 0x13C2:
                return "h";
            case 0x13C3:
                return "z";
            case 0x13CF:
                return "b";
            case 0x13D2:
                return "r";
            case 0x13D4:
                return "w";
            case 0x13D5:
                return "s";
            case 0x13D9:
                return "v";
            case 0x13DA:
                return "s";
            case 0x13DE:
                return "l";
            case 0x13DF:
                return "c";
            case 0x13E2:
                return "p";
            case 0x13E6:
                return "k";
            case 0x13F4:
                return "b";
            default:
                return kNoLookAlike;
        }
    }
    // Roman numerals (U+2160..U+217F, capital then small): the letters they look like.
    if (cp >= 0x2160 && cp <= 0x217F) {
        static constexpr std::string_view kRoman[16] = {"i",   "ii",   "iii", "iv", "v",  "vi",
                                                        "vii", "viii", "ix",  "x",  "xi", "xii",
                                                        "l",   "c",    "d",   "m"};
        return kRoman[(cp - 0x2160) % 16];
    }
    // Control characters: those that break lines separate words, as spaces do
    // (a line break inside a CSV cell or JSON string); the rest (NUL, ESC, DEL,
    // C1) are nothing a reader sees.
    if ((cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85) return " ";
    if ((cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F)) return "";
    // Combining marks, variation selectors and tag characters: invisible.
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
        (cp >= 0x20D0 && cp <= 0x20FF))
        return "";
    switch (cp) {
        // Spaces.
        case 0x09:
        case 0xA0:
        case 0x1680:
        case 0x2000:
        case 0x2001:
        case 0x2002:
        case 0x2003:
        case 0x2004:
        case 0x2005:
        case 0x2006:
        case 0x2007:
        case 0x2008:
        case 0x2009:
        case 0x200A:
        case 0x202F:
        case 0x205F:
        case 0x3000:
        case 0x2800:  // braille blank: an empty cell, seen as a space
            return " ";
        // Invisible: soft hyphen, zero-width and joiners, word joiner, BOM, bidi controls.
        case 0xAD:
        case 0x200B:
        case 0x200C:
        case 0x200D:
        case 0x200E:
        case 0x200F:
        case 0x2060:
        case 0x2061:
        case 0x2062:
        case 0x2063:
        case 0x2064:
        case 0xFEFF:
        case 0x34F:
        case 0x61C:
        case 0x202A:
        case 0x202B:
        case 0x202C:
        case 0x202D:
        case 0x202E:
        case 0x2066:
        case 0x2067:
        case 0x2068:
        case 0x2069:
        case 0x115F:
        case 0x1160:
        case 0x3164:
        case 0xFFA0:
        case 0x180B:
        case 0x180C:
        case 0x180D:
        case 0x180E:  // Mongolian vowel separator: a format character, unseen
        case 0x180F:
        case 0xFFF9:
        case 0xFFFA:
        case 0xFFFB:
            return "";
        // Colons and what passes for them.
        case 0xFE55:
        case 0xFE13:
        case 0x2236:
        case 0xA789:
        case 0x2D0:
        case 0x2F8:
        case 0x589:
        case 0x5C3:
        case 0x703:
        case 0x704:
        case 0x16EC:
        case 0x205A:
        case 0xA4FD:
        case 0x1804:
        case 0x2982:
        case 0x903:
        case 0xA83:
        case 0xFE30:
        case 0x1365:
        case 0xA6F4:
            return ":";
        case 0x2237:
            return "::";
        case 0x205D:
        case 0x22EE:
        case 0x2AF6:
        case 0xFE19:
            return ":::";
        // Dashes and minus signs.
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
        case 0xFE58:
        case 0xFE63:
        case 0x2043:
        case 0x2D7:
        case 0x58A:
        case 0x5BE:
        case 0x1806:
        case 0x2E3A:
        case 0x2E3B:
        case 0x30FC:
            return "-";
        // Bullets (a list item to a reader).
        case 0x2022:
        case 0x2023:
        case 0x25E6:
        case 0x2219:
        case 0xB7:
        case 0x25AA:
        case 0x25CF:
        case 0x25A0:
        case 0x2027:
        case 0x2981:
        case 0x25CB:
            return "*";
        // Quotation marks.
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
        case 0x2035:
        case 0xA78B:  // saltillo, a letter drawn as an apostrophe ("ꞌRestricted")
        case 0xA78C:
            return "'";
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
        case 0xAB:
        case 0xBB:
            return "\"";
        case 0x203A:
        case 0x276F:
        case 0x2771:
            return ">";
        case 0x2039:
        case 0x276E:
            return "<";
        // Letters of other scripts drawn as arrows, triangles and dots:
        // Canadian syllabics ("Restricted ᐅ names"), Lisu tone marks ("ꓸ").
        case 0x1405:
        case 0x1433:
            return ">";
        case 0x140A:
        case 0x1438:
            return "<";
        case 0x1401:
        case 0x1403:
        case 0x142F:
        case 0x1431:
            return "*";
        case 0xA4F8:
        case 0xA4FA:
        case 0xA4FF:
            return ".";
        case 0xA4F9:
        case 0xA4FE:
            return ",";
        case 0xA4FB:
        case 0xA4FC:
            return ";";
        case 0x2223:
        case 0x1C0:
        case 0x2502:
        case 0x2503:
        case 0x23D0:
            return "|";
        case 0x2044:
        case 0x2215:
            return "/";
        // Latin letters with a stroke or bar through them ("PROTEŦT",
        // "Ɍestricted"), and strokes that stand for an I ("RESTRꟾCTED").
        case 0x166:
        case 0x167:
            return "t";
        case 0x246:
        case 0x247:
            return "e";
        case 0x24C:
        case 0x24D:
            return "r";
        case 0xA7A8:
        case 0xA7A9:
            return "s";
        case 0x23B:
        case 0x23C:
            return "c";
        case 0x19F:
            return "o";
        case 0xA7FE:
        case 0x5C0:
            return "i";
        // Letters that look Latin: Cyrillic.
        case 0x410:
        case 0x430:
        case 0x4D0:
        case 0x4D1:
            return "a";
        case 0x412:
        case 0x432:
        case 0x299:
            return "b";
        case 0x421:
        case 0x441:
        case 0x3F2:
        case 0x3F9:
        case 0x1D04:
            return "c";
        case 0x500:
        case 0x501:
        case 0x1D05:
            return "d";
        case 0x415:
        case 0x435:
        case 0x395:
        case 0x3B5:
        case 0x1D07:
        case 0x400:
        case 0x450:
        case 0x401:
        case 0x451:
            return "e";
        case 0xA730:
            return "f";
        case 0x262:
        case 0x261:
            return "g";
        case 0x41D:
        case 0x43D:
        case 0x397:
        case 0x4BA:
        case 0x4BB:
        case 0x29C:
            return "h";
        case 0x406:
        case 0x456:
        case 0x399:
        case 0x3B9:
        case 0x4C0:
        case 0x131:
        case 0x26A:
        case 0x407:
        case 0x457:
            return "i";
        case 0x408:
        case 0x458:
        case 0x3F3:
        case 0x237:
        case 0x1D0A:
            return "j";
        case 0x41A:
        case 0x43A:
        case 0x39A:
        case 0x3BA:
        case 0x1D0B:
            return "k";
        case 0x4CF:
        case 0x2113:
        case 0x29F:
            return "l";
        case 0x41C:
        case 0x43C:
        case 0x39C:
        case 0x1D0D:
            return "m";
        case 0x39D:
        case 0x274:
            return "n";
        case 0x41E:
        case 0x43E:
        case 0x39F:
        case 0x3BF:
        case 0x1D0F:
        case 0x3C3:
            return "o";
        case 0x420:
        case 0x440:
        case 0x3A1:
        case 0x3C1:
        case 0x1D18:
            return "p";
        case 0x51A:
        case 0x51B:
            return "q";
        case 0x280:
        case 0x433:
        case 0x413:
            return "r";
        case 0x405:
        case 0x455:
        case 0xA731:
            return "s";
        case 0x422:
        case 0x442:
        case 0x3A4:
        case 0x3C4:
        case 0x1D1B:
            return "t";
        case 0x3C5:
        case 0x1D1C:
        case 0x54D:
            return "u";
        case 0x3BD:
        case 0x1D20:
        case 0x474:
        case 0x475:
            return "v";
        case 0x51C:
        case 0x51D:
        case 0x1D21:
        case 0x3C9:
            return "w";
        case 0x425:
        case 0x445:
        case 0x3A7:
        case 0x3C7:
            return "x";
        case 0x423:
        case 0x443:
        case 0x3A5:
        case 0x4AE:
        case 0x4AF:
        case 0x28F:
        case 0x3B3:
            return "y";
        case 0x396:
        case 0x1D22:
            return "z";
        case 0x391:
        case 0x3B1:
        case 0x1D00:
            return "a";
        // Latin letters with a hook or a tail, which have no decomposition.
        case 0x1A6:
        case 0x27D:
            return "r";
        case 0x257:
        case 0x256:
        case 0x18A:
            return "d";
        case 0x253:
        case 0x181:
            return "b";
        case 0x188:
        case 0x187:
            return "c";
        case 0x199:
        case 0x198:
            return "k";
        case 0x260:
        case 0x193:
            return "g";
        case 0x268:
        case 0x197:
            return "i";
        case 0x272:
        case 0x19D:
            return "n";
        case 0x282:
            return "s";
        case 0x288:
        case 0x1AE:
            return "t";
        case 0x392:
            return "b";
        default:
            return kNoLookAlike;
    }
}

// A letter of any script, capital, small or title case (Unicode's Lu, Ll,
// Lt).
bool a_letter(std::uint32_t cp) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
            return true;
        default:
            return false;
    }
}

// A letter or digit that Unicode's compatibility decomposition, its marks
// taken off, makes plain ASCII letters and digits: a ligature ("ﬁ" is "fi",
// "ﬆ" "st", as PDF copies give them), a script or double-struck letter ("ℛ"),
// a letter with a dot, hook or line below or above ("ṛ", "ẹ", "ș", "ȯ"). A
// person reads the letters. False when there is no such reading.
bool compat_reading(std::uint32_t cp, std::string& out) {
    // Letters only: a footnote's superscript digit ("Restricted¹") stays apart
    // from the word it follows (symbol_reading).
    if (!a_letter(cp)) return false;
    utf8proc_int32_t parts[8];
    int boundclass = 0;
    const utf8proc_ssize_t n = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(cp), parts, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK),
        &boundclass);
    if (n <= 0 || n > 8 || (n == 1 && static_cast<std::uint32_t>(parts[0]) == cp)) return false;
    out.clear();
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
        const auto c = parts[k];
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c + 32);
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += static_cast<char>(c);
        else
            return false;
    }
    return !out.empty();
}

// A letter as its small letter without marks ("Ό" is "ο"); cp itself when
// it has neither case nor marks, or is no letter.
std::uint32_t plain_small_letter(std::uint32_t cp) {
    if (!a_letter(cp)) return cp;
    auto small = static_cast<std::uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
    utf8proc_int32_t parts[4];
    int boundclass = 0;
    const utf8proc_ssize_t n = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(small), parts, 4,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK), &boundclass);
    if (n == 1) small = static_cast<std::uint32_t>(parts[0]);
    return small;
}

// Format characters and marks that are not spacing (Unicode's Cf, Mn, Me):
// nothing a reader sees between two letters (U+206A, U+1D173, U+17B4, a
// variation selector), whatever block they are in.
bool invisible_by_category(std::uint32_t cp) {
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_CF:
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_ME:
            return true;
        default:
            return false;
    }
}

// Decodes one UTF-8 sequence at s[i] (text is checked UTF-8 by its loader; a
// bad byte reads as itself). Sets len.
std::uint32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
    const auto b = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) {
        return i + k < s.size() ? (static_cast<unsigned char>(s[i + k]) & 0x3F) : 0u;
    };
    if (b < 0x80) return len = 1, b;
    if ((b & 0xE0) == 0xC0 && i + 1 < s.size()) return len = 2, ((b & 0x1Fu) << 6) | cont(1);
    if ((b & 0xF0) == 0xE0 && i + 2 < s.size())
        return len = 3, ((b & 0x0Fu) << 12) | (cont(1) << 6) | cont(2);
    if ((b & 0xF8) == 0xF0 && i + 3 < s.size())
        return len = 4, ((b & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
    return len = 1, b;
}

bool alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

void read_as_person(std::string_view s, ReadText& out) {
    out.text.clear();
    out.column.clear();
    out.source.clear();
    out.changed = false;
    out.text.reserve(s.size());
    out.column.reserve(s.size());
    out.source.reserve(s.size());
    std::uint32_t col = 0;
    std::string compat;  // a compatibility reading (compat_reading), reused
    for (std::size_t i = 0; i < s.size();) {
        ++col;
        const auto b = static_cast<unsigned char>(s[i]);
        const auto at = static_cast<std::uint32_t>(i);
        if (b < 0x80 && b != '\t' && b >= 0x20 && b != 0x7F) {
            out.text += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
            out.column.push_back(col);
            out.source.push_back(at);
            ++i;
            continue;
        }
        std::size_t len = 1;
        const std::uint32_t cp = decode(s, i, len);
        std::string_view as = looks_like(cp);
        if (as.data() == nullptr && compat_reading(cp, compat)) as = compat;
        if (as.data() == nullptr && invisible_by_category(cp)) as = "";
        if (as.data() == nullptr) as = symbol_reading(cp);
        // A letter of another script with no reading of its own reads as
        // its small letter does, without its accent ("П" as "п", "Σ" as
        // "σ", "ό" as "ο"): case and accents are folded in every script, not
        // only in Latin ("Поверително", "ПОВЕРИТЕЛНО", "Εμπιστευτικό").
        std::string small;
        if (as.data() == nullptr) {
            const std::uint32_t base = plain_small_letter(cp);
            if (base != cp) {
                as = looks_like(base);
                if (as.data() == nullptr && compat_reading(base, compat)) as = compat;
                if (as.data() == nullptr) {
                    utf8proc_uint8_t bytes[4];
                    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(base), bytes);
                    small.assign(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
                    as = small;
                }
            }
        }
        out.changed = true;
        if (as.data() != nullptr) {
            for (const char c : as)
                out.text += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else {
            out.text.append(s.substr(i, len));
        }
        out.column.resize(out.text.size(), col);
        out.source.resize(out.text.size(), at);
        i += len;
    }
}

std::string read_as_person(std::string_view source) {
    ReadText r;
    read_as_person(source, r);
    return std::move(r.text);
}

std::string fold_label(std::string_view label) {
    const std::string read = read_as_person(label);
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < read.size(); ++i) {
        const char c = read[i];
        // Bytes of characters with no look-alike (letters of other scripts) stay
        // part of their word.
        if (!alnum(c) && static_cast<unsigned char>(c) < 0x80) {
            pending_space = true;
            continue;
        }
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

bool same_label_at_a_glance(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (at_a_glance(a[i]) != at_a_glance(b[i])) return false;
    return true;
}

std::size_t visual_break_at(std::string_view line, std::size_t at) {
    const auto b = static_cast<unsigned char>(line[at]);
    if (b == 0x0B || b == 0x0C) return 1;
    if (b == 0xC2 && at + 1 < line.size() && static_cast<unsigned char>(line[at + 1]) == 0x85)
        return 2;
    if (b == 0xE2 && at + 2 < line.size() && static_cast<unsigned char>(line[at + 1]) == 0x80 &&
        (static_cast<unsigned char>(line[at + 2]) == 0xA8 ||
         static_cast<unsigned char>(line[at + 2]) == 0xA9))
        return 3;
    return 0;
}

namespace {

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = b < 0x80         ? 1
                                : (b >> 5) == 6  ? 2
                                : (b >> 4) == 14 ? 3
                                : (b >> 3) == 30 ? 4
                                                 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

std::string utf16(std::string_view b, bool little) {
    std::string out;
    for (std::size_t i = 2; i + 1 < b.size(); i += 2) {
        const auto lo = static_cast<unsigned char>(b[little ? i : i + 1]);
        const auto hi = static_cast<unsigned char>(b[little ? i + 1 : i]);
        append_utf8(out, static_cast<std::uint32_t>(hi << 8 | lo));
    }
    return out;
}

}  // namespace

std::string readable_text(std::string_view bytes, bool& binary) {
    binary = false;
    // UTF-32, with its byte-order mark (before UTF-16's, which it begins like).
    const bool utf32_le =
        bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4);
    const bool utf32_be =
        bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4);
    if (utf32_le || utf32_be) {
        std::string out;
        for (std::size_t i = 4; i + 3 < bytes.size(); i += 4) {
            std::uint32_t cp = 0;
            for (int k = 0; k < 4; ++k) {
                const auto b = static_cast<unsigned char>(
                    bytes[i + static_cast<std::size_t>(utf32_le ? 3 - k : k)]);
                cp = (cp << 8) | b;
            }
            append_utf8(out, cp <= 0x10FFFF ? cp : 0xFFFD);
        }
        return out;
    }
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xFE)
        return utf16(bytes, true);
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
        static_cast<unsigned char>(bytes[1]) == 0xFF)
        return utf16(bytes, false);
    const bool has_nul = std::memchr(bytes.data(), 0, bytes.size()) != nullptr;
    if (!has_nul && valid_utf8(bytes)) return std::string(bytes);
    if (!has_nul) {
        // Windows-1252, as Excel saves "CSV": 0x80..0x9F are its own punctuation.
        static const std::uint16_t k80[32] = {
            0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
            0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};
        std::string out;
        for (const char c : bytes) {
            const auto b = static_cast<unsigned char>(c);
            append_utf8(out, b >= 0x80 && b < 0xA0 ? k80[b - 0x80] : b);
        }
        return out;
    }
    // Binary: runs of four or more readable characters, as single bytes
    // (ASCII) or as UTF-16 (a character, then a NUL), each on a line of its own.
    binary = true;
    std::string out, run, wide;
    auto readable = [](unsigned char b) { return (b >= 0x20 && b < 0x7F) || b == '\t'; };
    auto flush = [&](std::string& r) {
        if (r.size() >= 4) out += r + "\n";
        r.clear();
    };
    // (UTF-8 sequences too: a PNG's iTXt, a JPEG's comment and XMP are UTF-8,
    // where "RЕSTRICTED" with a Cyrillic Е is as readable as in a text file.)
    for (std::size_t i = 0; i < bytes.size();) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        const std::size_t n = b >= 0xF0 && b < 0xF5   ? 4
                              : b >= 0xE0 && b < 0xF0 ? 3
                              : b >= 0xC2 && b < 0xE0 ? 2
                                                      : 0;
        if (n > 0 && i + n <= bytes.size() && valid_utf8(bytes.substr(i, n))) {
            run.append(bytes.substr(i, n));
            i += n;
            continue;
        }
        if (readable(b))
            run += bytes[i];
        else
            flush(run);
        ++i;
    }
    flush(run);
    // UTF-16 in either byte order (a font's names are big-endian): ASCII, and
    // the Latin, Greek, Cyrillic, punctuation and full-width letters where
    // look-alikes live (bounded, so that an image's noise reads as little).
    auto wide_readable = [](std::uint32_t u) {
        return (u >= 0x20 && u < 0x7F) || u == '\t' || (u >= 0xA0 && u < 0x530) ||
               (u >= 0x2000 && u < 0x2070) || (u >= 0xFF01 && u < 0xFF5F);
    };
    for (const bool little : {true, false})
        for (std::size_t start = 0; start < 2; ++start) {
            for (std::size_t i = start; i + 1 < bytes.size(); i += 2) {
                const auto lo = static_cast<unsigned char>(bytes[little ? i : i + 1]);
                const auto hi = static_cast<unsigned char>(bytes[little ? i + 1 : i]);
                const std::uint32_t u = (static_cast<std::uint32_t>(hi) << 8) | lo;
                if (wide_readable(u))
                    append_utf8(wide, u);
                else
                    flush(wide);
            }
            flush(wide);
        }
    return out;
}

bool normalise_line_ends(std::string& text) {
    if (std::memchr(text.data(), '\r', text.size()) == nullptr) return false;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
            continue;
        }
        out += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    text = std::move(out);
    return true;
}

}  // namespace portal
