// write/output_lock.hpp — the lock every write to an output folder holds: a
// build's staging and swap, and `portal serve`'s in-place updates.
#pragma once

#include "core/diagnostics.hpp"
#include "core/files.hpp"

namespace portal {

// Holds an exclusive lock on `<parent>/.<name>.lock` for its life, so that two
// builds (say `portal serve` and a `portal build` in another terminal) never
// write the same staging folder or output at once. O_NOFOLLOW: a link planted
// at that name must not make portal create a file where it points.
class OutputLock {
  public:
    explicit OutputLock(const fs::path& path);
    ~OutputLock();
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;
    bool held() const { return held_; }
    int open_error() const { return open_error_; }

  private:
    int fd_;
    int open_error_;
    bool held_ = false;
};

// True when `lock` is held; otherwise reports why not (another build is
// writing `out`, or the lock file cannot be made) and returns false.
bool lock_held(const OutputLock& lock, const fs::path& lock_path, const fs::path& out,
               Diagnostics& diags);

}  // namespace portal
