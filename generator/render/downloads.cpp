#include "render/downloads.hpp"

#include <cctype>

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

// A column's CSVW datatype, from what it holds: whole numbers "integer",
// other numbers "decimal", ISO dates "date", anything else "string". Empty
// and "Withheld" cells are the table's nulls, and do not count.
std::string column_datatype(const Json& rows, std::size_t col) {
    bool any = false, integers = true, numbers = true, dates = true;
    for (const auto& row : rows) {
        if (col >= row.size()) continue;
        const Json& v = row[col];
        if (v.is_null() || (v.is_string() && (v == "" || v == "Withheld"))) continue;
        any = true;
        if (!v.is_number_integer()) integers = false;
        if (!v.is_number()) numbers = false;
        const bool date =
            v.is_string() && v.get<std::string>().size() == 10 && v.get<std::string>()[4] == '-' &&
            v.get<std::string>()[7] == '-' &&
            v.get<std::string>().find_first_not_of("0123456789-") == std::string::npos;
        if (!date) dates = false;
    }
    if (!any) return "string";
    return integers ? "integer" : numbers ? "decimal" : dates ? "date" : "string";
}

// A column's CSVW name: a URI template variable name (RFC 6570 varname), so
// every byte but letters, digits and '_' is percent-encoded ("2009/10" is
// "2009%2F10"); the heading as written is the column's title.
std::string csvw_name(const std::string& heading) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (const char ch : heading) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) && c < 0x80) {
            out += ch;
        } else if (c == '_') {
            out += '_';
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out.empty() ? "_" : out;
}

// W3C CSV on the Web metadata (https://www.w3.org/TR/tabular-metadata/): the
// file it describes by its name beside it, its title and licence, and its
// columns in order, typed.
std::string csv_metadata(const Download& d, const SiteConfig& config) {
    const std::string name = d.path.substr(d.path.rfind('/') + 1);
    Json columns = Json::array();
    for (std::size_t i = 0; i < d.columns.size(); ++i) {
        const std::string col = d.columns[i].get<std::string>();
        // Amounts in pence are whole numbers even where every one is missing
        // or withheld.
        const bool pence = col.size() > 6 && col.compare(col.size() - 6, 6, "_pence") == 0;
        columns.push_back({{"name", csvw_name(col)},
                           {"titles", col},
                           {"datatype", pence ? "integer" : column_datatype(d.rows, i)}});
    }
    Json meta = {
        {"@context", "http://www.w3.org/ns/csvw"}, {"url", name + ".csv"}, {"dc:title", d.title}};
    if (!d.description.empty()) meta["dc:description"] = d.description;
    if (!config.licence_url.empty()) meta["dc:license"] = {{"@id", config.licence_url}};
    if (!config.licence_name.empty()) meta["dc:rights"] = config.attribution();
    if (!config.title.empty()) meta["dc:publisher"] = config.title;
    meta["dialect"] = {{"header", true}, {"encoding", "utf-8"}};
    meta["tableSchema"] = {{"columns", columns}, {"null", Json::array({"", "Withheld"})}};
    return meta.dump(1) + "\n";
}

}  // namespace

DownloadFiles download_files(const Download& d, const SiteConfig& config) {
    return {{d.path + ".csv", table_csv(d.columns, d.rows)},
            {d.path + ".json",
             d.json.is_null() ? table_json(d.columns, d.rows) : d.json.dump(1) + "\n"},
            {d.path + ".csv-metadata.json", csv_metadata(d, config)}};
}

}  // namespace portal
