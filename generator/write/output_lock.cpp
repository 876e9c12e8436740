#include "write/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace portal {

OutputLock::OutputLock(const fs::path& path)
    : fd_(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644)),
      open_error_(fd_ < 0 ? errno : 0) {
    held_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
}

OutputLock::~OutputLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

bool lock_held(const OutputLock& lock, const fs::path& lock_path, const fs::path& out,
               Diagnostics& diags) {
    if (lock.held()) return true;
    if (lock.open_error())
        diags.error(SourcePos{display_path(lock_path)},
                    "cannot create portal's lock file: " +
                        std::system_category().message(lock.open_error()));
    else
        diags.error(
            SourcePos{display_path(out)},
            "another portal build is writing this folder; wait for it to finish and try again");
    return false;
}

}  // namespace portal
