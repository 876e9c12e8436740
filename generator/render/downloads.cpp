#include "render/downloads.hpp"

namespace portal {

namespace {

// RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
// quotes doubled; UTF-8.
// True for text a spreadsheet may act on as a formula when the file is opened
// ("=HYPERLINK(...)", "+1+1", "@SUM"): its first character, after the spaces,
// tabs, line breaks and other control characters that spreadsheets skip
// ("\r=HYPERLINK(...)"), is '=', '+', '-' or '@'; and, as OWASP advises, any
// cell that begins with a tab or a carriage return. A figure like -5 or -3.2
// stays a number.
bool reads_as_formula(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) <= 0x20 || s[i] == 0x7F)) ++i;
    if (!s.empty() && (s[0] == '\t' || s[0] == '\r')) return true;
    if (i == s.size()) return false;
    const char c = s[i];
    if (c != '=' && c != '+' && c != '-' && c != '@') return false;
    if (i == 0 && c == '-' && s.size() > 1 &&
        s.find_first_not_of("0123456789.,", 1) == std::string::npos)
        return false;
    return true;
}

std::string csv_field(const std::string& raw) {
    // A cell that would run as a formula gets a leading apostrophe, as
    // spreadsheets themselves write text that starts like one (OWASP's advice
    // for CSV downloads).
    const std::string s = reads_as_formula(raw) ? "'" + raw : raw;
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// A cell as CSV text: numbers as written in JSON, a missing figure (null) empty.
std::string cell_text(const Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return "";
    return v.dump();
}

std::string table_csv(const Json& columns, const Json& rows) {
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + csv_field(cell_text(columns[i]));
    out += "\r\n";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (i ? "," : "") + csv_field(cell_text(row[i]));
        out += "\r\n";
    }
    return out;
}

std::string table_json(const Json& columns, const Json& rows) {
    Json out = Json::array();
    for (const auto& row : rows) {
        Json o = Json::object();
        for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i)
            o[columns[i].get<std::string>()] = row[i];
        out.push_back(o);
    }
    return out.dump(1) + "\n";
}

}  // namespace

std::pair<OutputFile, OutputFile> download_files(const Download& d) {
    return {{d.path + ".csv", table_csv(d.columns, d.rows)},
            {d.path + ".json",
             d.json.is_null() ? table_json(d.columns, d.rows) : d.json.dump(1) + "\n"}};
}

}  // namespace portal
