// core/hash and core/files: a file held as parts (the search index) must hash
// and write exactly as the same bytes held whole, wherever the parts are cut.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "core/files.hpp"
#include "core/hash.hpp"

using namespace portal;

namespace {

std::string sample_text(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('a' + (i * 7 + i / 13) % 26);
    return s;
}

}  // namespace

TEST(WriteFile, LargeAndEmptyFilesAreWrittenWhole) {
    std::random_device rd;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("portal-files-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    // Larger than one write() may take at once.
    std::string whole;
    for (std::size_t i = 0; i < 3000; ++i) whole += sample_text(i % 7 == 0 ? 70000 : i % 97);
    const auto path = dir / "nested" / "index.js";  // parent folders are made
    ASSERT_TRUE(write_file(path, whole));
    EXPECT_EQ(read_file(path), whole);
    ASSERT_TRUE(write_file(path, ""));  // empty, and truncated
    EXPECT_EQ(read_file(path), std::string());
    std::filesystem::remove_all(dir);
}
