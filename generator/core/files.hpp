// core/files.hpp — whole-file reads and writes, and the relative paths between
// output pages that keep every link in the site relative.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace portal {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path);
bool write_file(const fs::path& path, std::string_view bytes);  // creates parent folders
// The parts one after another, never joined in memory (creates parent folders).
bool write_file(const fs::path& path, const std::vector<std::string>& parts);

// "../../" for an output file at "a/b/index.html": the prefix that turns a
// site-root-relative URL into one relative to that file.
std::string root_prefix(std::string_view output_path);

// Path for messages: `path` relative to the current directory when it lies under it.
std::string display_path(const fs::path& path);

}  // namespace portal
