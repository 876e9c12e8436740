// new_site/file_placing.hpp — files put in place whole: written to a hidden
// file beside their place first, then linked (a new file, never over one) or
// renamed (over one) into it, so a reader of the folder sees the old file or
// the new one, never a part, and a failure leaves nothing behind.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace portal {

struct NewFile {
    std::filesystem::path path;
    std::string bytes;
};

struct PlacedFiles {
    bool ok = false;
    // The files that were there already (then none was written).
    std::vector<std::filesystem::path> there_already;
    // Otherwise, when not ok: the file that could not be written, and why.
    std::filesystem::path failed;
    std::string why;
};

// Writes every file of `files` where none is yet, or none of them: when one
// is there already (or appears while they are written) or cannot be written,
// those written are removed again, with the folders made for them. link()
// refuses a name that exists, so nothing is ever written over.
PlacedFiles place_new_files(const std::vector<NewFile>& files);

// Replaces `file.path` with `file.bytes` in one step (a file beside it, then
// rename()), keeping the old file's permissions. Returns "" or why it failed;
// on failure the old file is as it was.
std::string replace_file(const NewFile& file);

}  // namespace portal
