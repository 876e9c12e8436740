#include "serve/source_watch.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <thread>
#include <vector>

#include "core/files.hpp"

namespace portal {

namespace {

// Whole-file events only: a file written in place is seen when it is closed,
// never half-written; editors that save by renaming send IN_MOVED_TO.
constexpr std::uint32_t kFileEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                                      IN_DELETE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;

// Events of one burst (a `git checkout`, an editor's save in several steps) are
// taken together: after the first, others are waited for while they keep coming
// within this, up to kBurstMax in all.
constexpr std::chrono::milliseconds kBurstGap{5};
constexpr std::chrono::milliseconds kBurstMax{200};

}  // namespace

SourceWatch::SourceWatch(std::string site_dir)
    : site_dir_(std::move(site_dir)), site_json_((fs::path(site_dir_) / "site.json").string()) {
    for (const char* dir : kSourceFolders) roots_.insert((fs::path(site_dir_) / dir).string());
    rescan();
}

SourceWatch::~SourceWatch() {
    if (fd_ >= 0) ::close(fd_);
}

void SourceWatch::rescan() {
    // Folders first, then the files: a file added in between is then seen by
    // both, never by neither.
    if (!watch_tree() && fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    stamps_ = source_stamps(site_dir_);
}

bool SourceWatch::watch_tree() {
    if (fd_ >= 0) ::close(fd_);
    folders_.clear();
    fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) return false;
    auto watch = [&](const std::string& folder) {
        const int wd = ::inotify_add_watch(fd_, folder.c_str(), kFileEvents | IN_ONLYDIR);
        if (wd < 0) return false;
        folders_[wd] = folder;
        return true;
    };
    // The site folder (for site.json, and a source folder made or removed), then
    // every source folder.
    for (const auto& folder : source_folders(site_dir_))
        if (!watch(folder)) return false;
    return true;
}

bool SourceWatch::is_source(const std::string& path) const {
    if (path == site_json_) return true;
    for (const auto& root : roots_)
        if (path.size() > root.size() + 1 && path.compare(0, root.size(), root) == 0 &&
            path[root.size()] == '/')
            return path.find("/.", root.size()) == std::string::npos;  // hidden: not a source
    return false;
}

bool SourceWatch::wait(std::chrono::milliseconds timeout) {
    return fd_ >= 0 ? read_events(timeout) : poll_stamps(timeout);
}

bool SourceWatch::poll_stamps(std::chrono::milliseconds timeout) {
    std::this_thread::sleep_for(std::min(pause_, timeout));
    const auto looked = std::chrono::steady_clock::now();
    SourceStamps now = source_stamps(site_dir_);
    pause_ = std::max(std::chrono::milliseconds(50),
                      std::chrono::duration_cast<std::chrono::milliseconds>(
                          (std::chrono::steady_clock::now() - looked) * 3));
    if (now == stamps_) return false;
    stamps_ = std::move(now);
    return true;
}

bool SourceWatch::read_events(std::chrono::milliseconds timeout) {
    std::vector<std::pair<std::string, bool>> paths;  // path, written (not just touched)
    bool everything = false;  // folders changed, or events were lost: look at all
    auto take = [&](int wait_ms) {
        pollfd pfd{fd_, POLLIN, 0};
        if (::poll(&pfd, 1, wait_ms) <= 0) return false;
        alignas(inotify_event) char buffer[64 * 1024];
        bool any = false;
        for (;;) {
            const ssize_t n = ::read(fd_, buffer, sizeof buffer);
            if (n <= 0) break;
            any = true;
            for (ssize_t at = 0; at < n;) {
                const auto* ev = reinterpret_cast<const inotify_event*>(buffer + at);
                at += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
                if (ev->mask & (IN_Q_OVERFLOW | IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) {
                    everything = true;
                    continue;
                }
                auto folder = folders_.find(ev->wd);
                if (folder == folders_.end() || ev->len == 0) continue;
                const std::string path = folder->second + "/" + ev->name;
                if (ev->mask & IN_ISDIR) {
                    // A folder made, removed or renamed among the sources.
                    if (is_source(path) || roots_.count(path)) everything = true;
                    continue;
                }
                paths.emplace_back(path, (ev->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) != 0);
            }
        }
        return any;
    };
    if (!take(static_cast<int>(timeout.count()))) return false;
    const auto first = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - first < kBurstMax &&
           take(static_cast<int>(kBurstGap.count()))) {
    }

    if (everything) {
        const SourceStamps before = stamps_;
        rescan();
        return stamps_ != before;
    }
    bool changed = false;
    for (const auto& [path, written] : paths) {
        if (!is_source(path)) continue;
        const FileStamp stamp = file_stamp(path);
        auto it = stamps_.find(path);
        std::error_code ec;
        if (stamp.size < 0 && !fs::exists(fs::symlink_status(path, ec))) {
            if (it != stamps_.end()) {
                stamps_.erase(it);
                changed = true;
            }
        } else if (it == stamps_.end() || !it->second.same_file_state(stamp)) {
            stamps_[path] = stamp;
            changed = true;
        } else if (written) {
            // Written again within one tick of the file system's clock, to the
            // same size: its stamp cannot tell, the event can.
            ++it->second.unseen_writes;
            changed = true;
        }
    }
    return changed;
}

}  // namespace portal
