#include "core/text.hpp"

#include <algorithm>

#include <cctype>

namespace portal {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                // Control characters (other than tab and line ends) are not allowed
                // in HTML text; one pasted from a spreadsheet is dropped.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    break;
                out += c;
        }
    }
    return out;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

std::vector<std::string> split_lines(std::string_view s) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t nl = s.find('\n', start);
        std::size_t end = nl == std::string_view::npos ? s.size() : nl;
        std::string_view line = s.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    if (!lines.empty() && lines.back().empty() && !s.empty() && s.back() == '\n') lines.pop_back();
    return lines;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

namespace {

// ASCII for the accented letters of U+00C0..U+00FF ("" for the two symbols, × and
// ÷), so that "Café" becomes "cafe", not "caf".
const char* latin1_letter(unsigned cp) {
    static const char* const table[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    return cp >= 0xC0 && cp <= 0xFF ? table[cp - 0xC0] : "";
}

}  // namespace

std::string slugify(std::string_view s) {
    std::string out;
    bool pending_dash = false;
    auto add = [&](std::string_view letters) {
        if (letters.empty()) {
            pending_dash = true;
            return;
        }
        if (pending_dash && !out.empty()) out += '-';
        pending_dash = false;
        out += letters;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        // ASCII letters and digits, and accented Latin letters as their base
        // letter: ids stay readable in URLs ("#appendix-1-a-service-user-s-story").
        if (c < 0x80) {
            const char lower = static_cast<char>(std::tolower(c));
            add(std::isalnum(c) ? std::string_view(&lower, 1) : std::string_view());
        } else if ((c == 0xC3) && i + 1 < s.size()) {
            unsigned cp = 0xC0 + (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            add(latin1_letter(cp));
            ++i;
        } else {
            pending_dash = true;
        }
    }
    return out.empty() ? "section" : out;
}

static bool digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            const std::size_t next =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = row[j];
            row[j] = next;
        }
    }
    return row[b.size()];
}

bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) || !digits(s.substr(8, 2))) return false;
    int y = std::stoi(std::string(s.substr(0, 4)));
    int m = std::stoi(std::string(s.substr(5, 2)));
    int d = std::stoi(std::string(s.substr(8, 2)));
    if (m < 1 || m > 12 || d < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int max = days[m - 1] + (m == 2 && leap ? 1 : 0);
    return d <= max;
}

bool is_financial_year(std::string_view s) {
    if (s.size() != 7 || s[4] != '-' || !digits(s.substr(0, 4)) || !digits(s.substr(5, 2)))
        return false;
    int first = std::stoi(std::string(s.substr(0, 4)));
    int second = std::stoi(std::string(s.substr(5, 2)));
    return (first + 1) % 100 == second;
}

std::string shown_as_far_as_a_public_folder(const std::string& path,
                                            const std::set<std::string>& public_folders) {
    for (std::size_t slash = path.rfind('/'); slash != std::string::npos && slash > 0;
         slash = path.rfind('/', slash - 1))
        if (public_folders.count(path.substr(0, slash + 1)) > 0)
            return path.substr(0, slash + 1) + "\u2026";
    return "\u2026";
}

std::set<std::string> folders_of(const std::vector<std::string>& files) {
    std::set<std::string> out;
    for (const std::string& f : files)
        for (std::size_t slash = f.find('/'); slash != std::string::npos;
             slash = f.find('/', slash + 1))
            out.insert(f.substr(0, slash + 1));
    return out;
}

}  // namespace portal
