#include "core/files.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

namespace portal {

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(ss).str();
}

bool write_file(const fs::path& path, std::string_view bytes) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

std::string root_prefix(std::string_view output_path) {
    std::string prefix;
    for (char c : output_path)
        if (c == '/') prefix += "../";
    return prefix;
}

std::string display_path(const fs::path& path) {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    fs::path abs = fs::absolute(path, ec).lexically_normal();
    if (!ec) {
        fs::path rel = abs.lexically_relative(cwd);
        if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
    }
    return path.lexically_normal().generic_string();
}

}  // namespace portal
