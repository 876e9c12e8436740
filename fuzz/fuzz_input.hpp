// fuzz/fuzz_input.hpp — helpers shared by the fuzz targets: the fuzz bytes read
// as a stream of choices, the features a structured input used (so that a
// finding says which known class it belongs to), and a failed property.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

namespace portal::fuzz {

// The fuzz bytes as a stream of choices. Once they run out every choice is 0,
// so that generation always ends (0 is always the shortest choice).
class Choices {
  public:
    Choices(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    bool empty() const { return at_ >= size_; }
    std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
    // A number in [0, n).
    std::size_t pick(std::size_t n) { return n <= 1 ? 0 : byte() % n; }
    bool coin() { return byte() & 1; }
    // True once in n choices, and never once the bytes have run out: rare
    // shapes are never what an input gets by ending early.
    bool one_in(std::size_t n) { return !empty() && pick(n) == 0; }
    template <typename T, std::size_t N>
    const T& one_of(const T (&items)[N]) {
        return items[pick(N)];
    }

  private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t at_ = 0;
};

// Shapes of input that a person reads as marked but that portal (at the time
// these targets were written) is known to misread: issue 17 lists them. A
// structured target records which of them an input used, so that a finding
// names its class, and can be told to stop making some of them (environment
// variable PORTAL_FUZZ_SKIP="unbalanced-fence,lone-cr") to look past a known
// class for new ones.
class Features {
  public:
    Features() {
        if (const char* skip = std::getenv("PORTAL_FUZZ_SKIP")) {
            std::stringstream s(skip);
            std::string name;
            while (std::getline(s, name, ',')) skipped_.insert(name);
        }
    }
    // Whether inputs may use the feature; when they may, the caller uses it and
    // calls use().
    bool allowed(const std::string& name) const { return !skipped_.count(name); }
    void use(const std::string& name) { used_.insert(name); }
    bool has(const std::string& name) const { return used_.count(name) > 0; }
    std::string used() const {
        std::string all;
        for (const auto& n : used_) all += (all.empty() ? "" : ",") + n;
        return all.empty() ? "none" : all;
    }

  private:
    std::set<std::string> skipped_;
    std::set<std::string> used_;
};

// A failed property: says what and where on stderr, then aborts, which
// libFuzzer (and ctest, for the replays) reports as a crash.
[[noreturn]] inline void property_failed(const std::string& what, std::string_view input) {
    std::fprintf(stderr,
                 "\n*** PROPERTY FAILED: %s\n--- the input as built (%zu bytes) ---\n%.*s\n---\n",
                 what.c_str(), input.size(),
                 static_cast<int>(std::min<std::size_t>(input.size(), 8000)), input.data());
    std::abort();
}

// ASCII lower case.
inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace portal::fuzz
