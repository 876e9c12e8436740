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

std::uint64_t hash_of(const std::vector<std::string>& parts) {
    std::size_t size = 0;
    for (const auto& p : parts) size += p.size();
    BytesHasher h(size);
    for (const auto& p : parts) h.add(p);
    return h.finish();
}

}  // namespace

TEST(BytesHasher, AnySplitHashesAsTheWhole) {
    for (std::size_t n : {0, 1, 7, 8, 9, 16, 23, 64, 100}) {
        const std::string whole = sample_text(n);
        EXPECT_EQ(hash_of({whole}), hash_bytes(whole)) << n;
        for (std::size_t a = 0; a <= n; ++a)
            for (std::size_t b = a; b <= n; b += 3)
                ASSERT_EQ(
                    hash_of({whole.substr(0, a), whole.substr(a, b - a), "", whole.substr(b)}),
                    hash_bytes(whole))
                    << "n " << n << " cut at " << a << " and " << b;
    }
}

TEST(BytesHasher, DifferentBytesHashDifferently) {
    EXPECT_NE(hash_of({"abc", "def"}), hash_of({"abc", "deg"}));
    EXPECT_NE(hash_of({"abcdefgh", "i"}), hash_of({"abcdefgh", "i", std::string(1, '\0')}));
}

TEST(WriteFile, PartsAreWrittenOneAfterAnother) {
    std::random_device rd;
    const auto dir = std::filesystem::temp_directory_path() /
                     ("portal-files-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    // More parts than one system call takes (1,024), some empty, some large.
    std::vector<std::string> parts;
    std::string whole;
    for (std::size_t i = 0; i < 3000; ++i) {
        parts.push_back(i % 5 == 0 ? std::string() : sample_text(i % 7 == 0 ? 70000 : i % 97));
        whole += parts.back();
    }
    const auto path = dir / "nested" / "index.js";  // parent folders are made
    ASSERT_TRUE(write_file_pieces(path, FileBytes::in_parts(parts)));
    EXPECT_EQ(read_file(path), whole);
    ASSERT_TRUE(write_file_pieces(path, FileBytes::in_parts({})));  // empty, and truncated
    EXPECT_EQ(read_file(path), std::string());
    std::filesystem::remove_all(dir);
}
