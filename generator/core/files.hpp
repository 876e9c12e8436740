// core/files.hpp — whole-file reads and writes, and the relative paths between
// output pages that keep every link in the site relative.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

namespace fs = std::filesystem;

// The folders of a site that portal reads it from, beside site.json. Nothing
// else in the site folder is read (build/ keeps the redaction log by default).
inline constexpr const char* kSourceFolders[] = {"content", "data", "layouts", "assets"};

// Where the lead officers' CSV returns wait to be read into their quarter's
// report (`portal new report --returns`, `portal returns`). Not a source
// folder: a build never reads it, so nothing in it is published; and never
// an output folder (write/output_folder), which a build would replace.
inline constexpr const char* kReturnsFolder = "returns";

// Whether `p` is a folder itself, not a symbolic link to one.
bool is_real_folder(const fs::path& p);

// The bytes of a regular file (a symbolic link is followed), or nothing. Anything
// else (a named pipe, a socket, a device) is looked at and never opened: opening
// a named pipe would stop the build until something writes to it.
std::optional<std::string> read_file(const fs::path& path);

// read_file, saying why it failed, and refusing a file larger than max_bytes
// (judged from its size before anything is read, and again while reading).
struct FileRead {
    enum class Failure { none, not_regular, too_large, error };
    std::optional<std::string> bytes;
    Failure failure = Failure::none;
    std::uintmax_t size = 0;  // the size found (too_large)
    int error = 0;            // errno (error)
};
FileRead read_regular_file(const fs::path& path, std::uintmax_t max_bytes);

bool write_file(const fs::path& path, std::string_view bytes);  // creates parent folders

// Writes `bytes` to a new hidden file beside `path` (".NAME.PID.RANDOM", in the
// same folder, so on the same file system), then renames it to `path`, making
// the parent folders when missing. Whatever stood at `path` is replaced whole
// and never opened: another name of the same file (a hard link, perhaps a
// published page) keeps its bytes, a named pipe is never waited on, and a
// symbolic link is replaced, not followed. A reader sees the old file or the
// new, never half of one. A file replaced keeps its mode; a new one gets 0644
// less the umask, as write_file gives. Empty when written, else why not.
std::string write_file_replacing(const fs::path& path, std::string_view bytes);

// "../../" for an output file at "a/b/index.html": the prefix that turns a
// site-root-relative URL into one relative to that file.
std::string root_prefix(std::string_view output_path);

// Path for messages: `path` relative to the current directory when it lies under it.
std::string display_path(const fs::path& path);

// Whether `path` is `folder` or lies inside it, comparing the paths as written
// (make both absolute and normal, or canonical, first).
bool path_within(const fs::path& path, const fs::path& folder);

// Why portal must not read the entry at `path` in the site folder `site_root`,
// or nothing when it may: a folder, a regular file, nothing at all, or a
// symbolic link that resolves (fs::canonical) to a regular file inside the site
// folder, not in a hidden folder. A link to a folder, a link that leads nowhere,
// out of the site or to anything else, and a named pipe, socket or device are
// each refused, with what to do; nothing is opened to find out. Used for every
// entry under content/, data/, layouts/ and assets/, and for site.json.
std::optional<std::string> source_entry_problem(const fs::path& path, const fs::path& site_root);

}  // namespace portal
