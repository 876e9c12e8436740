#include "serve/preview_rules.hpp"

#include <array>
#include <utility>

namespace portal {

namespace {

bool ends_with(std::string_view s, std::string_view end) {
    return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

}  // namespace

bool local_host(std::string_view host, int port) {
    const std::string with_port = ":" + std::to_string(port);
    std::string lower(host);
    for (auto& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (std::string_view name : {"127.0.0.1", "localhost", "[::1]"}) {
        if (lower == std::string(name) + with_port) return true;
        if (port == 80 && lower == name) return true;
    }
    return false;
}

bool has_control_byte(std::string_view path) {
    for (unsigned char c : path)
        if (c < 0x20 || c == 0x7f) return true;
    return false;
}

const char* content_type_of(std::string_view file_name) {
    static constexpr std::array<std::pair<std::string_view, const char*>, 10> kTypes{{
        {".html", "text/html; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".json", "application/json; charset=utf-8"},
        {".xml", "application/xml; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".csv", "text/csv; charset=utf-8"},
        {".txt", "text/plain; charset=utf-8"},
        {".png", "image/png"},
        {".woff2", "font/woff2"},
    }};
    for (const auto& [ending, type] : kTypes)
        if (ends_with(file_name, ending)) return type;
    return "application/octet-stream";
}

}  // namespace portal
