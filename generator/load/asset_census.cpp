#include "load/asset_census.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>
#include <tuple>

#include "core/reading.hpp"

namespace portal {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool starts(std::string_view bytes, std::string_view magic) {
    return bytes.size() >= magic.size() && bytes.substr(0, magic.size()) == magic;
}

// The text a reader of a drawing or page sees: tags taken out (their line
// breaks kept, so that lines still count as in the file). An inline tag goes
// without a trace, so that a label split by one ("PRO<tspan>TECT</tspan>")
// reads whole; any other tag parts words, as the text elements it separates do.
std::string text_between_tags(std::string_view text) {
    static const std::set<std::string> kInline = {
        "a",      "abbr", "b",   "bdi",  "bdo",   "cite", "code", "data",  "dfn",
        "em",     "i",    "kbd", "mark", "q",     "s",    "samp", "small", "span",
        "strong", "sub",  "sup", "time", "tspan", "u",    "var",  "wbr",   "textpath"};
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '<') {
            out += text[i];
            continue;
        }
        const std::size_t close = text.find('>', i);
        const std::size_t end = close == std::string_view::npos ? text.size() : close;
        std::size_t n = i + 1;
        if (n < end && text[n] == '/') ++n;
        std::string name;
        while (n < end && std::isalnum(static_cast<unsigned char>(text[n])))
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[n++])));
        if (!kInline.count(name)) out += ' ';
        for (std::size_t k = i; k < end; ++k)
            if (text[k] == '\n') out += '\n';
        i = end;
    }
    return out;
}

int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

std::string decode_base64(std::string_view s) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : s) {
        const int v = base64_value(c);
        if (v < 0) continue;  // padding, spaces and line breaks
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::string decode_percent(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() &&
            std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<MarkingSighting> census_of(std::string_view bytes, const std::string& rel,
                                       const CensusLabels& labels, int depth);

// What is packed in the text's data: URIs ("url(data:image/svg+xml;base64,...)"),
// decoded and read as the file it is, each sighting at the URI's place.
void census_of_data_uris(const std::string& text, const CensusLabels& labels, int depth,
                         std::vector<MarkingSighting>& out) {
    if (depth > 2) return;  // a URI inside a URI inside a URI: enough
    int line = 1;
    std::size_t counted = 0, line_start = 0;
    for (std::size_t at = lower(text).find("data:"); at != std::string::npos;
         at = lower(text).find("data:", at + 5)) {
        for (; counted < at; ++counted)
            if (text[counted] == '\n') ++line, line_start = counted + 1;
        const std::size_t comma = text.find(',', at);
        if (comma == std::string::npos || comma - at > 200) continue;
        const std::string head = lower(text.substr(at + 5, comma - at - 5));
        std::size_t end = comma + 1;
        while (end < text.size() &&
               std::string_view("\"')<> \n\t").find(text[end]) == std::string_view::npos)
            ++end;
        const std::string_view data = std::string_view(text).substr(comma + 1, end - comma - 1);
        const bool base64 = head.size() >= 7 && head.compare(head.size() - 7, 7, ";base64") == 0;
        const std::string decoded = base64 ? decode_base64(data) : decode_percent(data);
        const std::string kind = head.find("svg") != std::string::npos    ? "packed.svg"
                                 : head.find("html") != std::string::npos ? "packed.html"
                                 : head.find("json") != std::string::npos ? "packed.json"
                                 : head.find("csv") != std::string::npos  ? "packed.csv"
                                                                          : "packed.txt";
        for (auto s : census_of(decoded, kind, labels, depth + 1)) {
            s.line = line;
            s.column = static_cast<int>(at - line_start) + 1;
            s.odd = "it is packed inside a data: address in this file";
            out.push_back(std::move(s));
        }
    }
}

std::vector<MarkingSighting> census_of(std::string_view bytes, const std::string& rel,
                                       const CensusLabels& labels, int depth) {
    bool binary = false;
    std::string text = readable_text(bytes, binary);
    normalise_line_ends(text);
    const std::string e = lower(std::filesystem::path(rel).extension().string());
    const CensusFormat format = binary                           ? CensusFormat::text
                                : e == ".csv"                    ? CensusFormat::csv
                                : e == ".json"                   ? CensusFormat::json
                                : e == ".md" || e == ".markdown" ? CensusFormat::markdown
                                                                 : CensusFormat::text;
    auto found = take_census(text, format, labels);
    if (binary) {
        for (auto& s : found) s.line = 0, s.column = 0;
        return found;
    }
    if (e == ".svg" || e == ".html" || e == ".htm" || e == ".xhtml" || e == ".xml" ||
        e == ".mustache") {
        const std::string shown = text_between_tags(text);
        if (shown != text) {
            // Once per place: the raw reading may have seen it already.
            std::set<std::tuple<int, int, std::string>> seen;
            for (const auto& s : found) seen.insert({s.line, static_cast<int>(s.kind), s.label});
            for (auto& s : take_census(shown, CensusFormat::text, labels))
                if (seen.insert({s.line, static_cast<int>(s.kind), s.label}).second)
                    found.push_back(std::move(s));
        }
    }
    census_of_data_uris(text, labels, depth, found);
    return found;
}

}  // namespace

std::vector<MarkingSighting> file_census(std::string_view bytes, const std::string& rel,
                                         const CensusLabels& labels) {
    return census_of(bytes, rel, labels, 0);
}

std::optional<std::string> unreadable_asset(std::string_view bytes) {
    const char* what = nullptr;
    if (starts(bytes, "\x1F\x8B"))
        what = "gzip-compressed";
    else if (starts(bytes, "PK\x03\x04") || starts(bytes, "PK\x05\x06") ||
             starts(bytes, "PK\x07\x08"))
        what = "a zip archive (as Word, Excel and OpenDocument files are)";
    else if (starts(bytes, "7z\xBC\xAF\x27\x1C"))
        what = "a 7-Zip archive";
    else if (starts(bytes, "BZh"))
        what = "bzip2-compressed";
    else if (starts(bytes, std::string_view("\xFD"
                                            "7zXZ\0",
                                            6)))
        what = "xz-compressed";
    else if (starts(bytes, "\x28\xB5\x2F\xFD"))
        what = "zstd-compressed";
    else if (starts(bytes, "Rar!\x1A\x07"))
        what = "a RAR archive";
    else if (starts(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        what = "an old-style Office file (a compound file)";
    else if (starts(bytes, "%PDF") && (bytes.find("/Filter") != std::string_view::npos ||
                                       bytes.find("/Encrypt") != std::string_view::npos ||
                                       bytes.find("/ObjStm") != std::string_view::npos))
        what = "a PDF whose text is compressed or encrypted";
    if (!what) return std::nullopt;
    return std::string("portal cannot read the text of this file (it is ") + what +
           "), so it cannot check it for protective markings, and assets/ is published as it "
           "is: nothing is published while it stands. Publish the text as a page instead (or, "
           "for a PDF, save it uncompressed), or take it out of assets/";
}

}  // namespace portal
