// serve/source_watch.hpp — tells `portal serve` when source files change, and
// what they are now. Linux inotify on every source folder, so that a saved file
// is seen at once and an idle site costs nothing; where inotify cannot watch
// (no more watches allowed, a file system without events) it falls back to
// looking at every file's stamp, every 50 ms on a small site and less often on
// a large one, so that watching never takes more than a quarter of a core.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "load/source_fingerprint.hpp"

namespace portal {

class SourceWatch {
  public:
    explicit SourceWatch(std::string site_dir);
    ~SourceWatch();
    SourceWatch(const SourceWatch&) = delete;
    SourceWatch& operator=(const SourceWatch&) = delete;

    // The sources as they are now.
    const SourceStamps& stamps() const { return stamps_; }

    // Waits up to `timeout` for a change. Returns true when the stamps changed
    // (read them from stamps()).
    bool wait(std::chrono::milliseconds timeout);

    bool uses_events() const { return fd_ >= 0; }

  private:
    bool poll_stamps(std::chrono::milliseconds timeout);
    bool read_events(std::chrono::milliseconds timeout);
    bool watch_tree();  // watches every source folder; false when it cannot
    bool is_source(const std::string& path) const;
    void rescan();

    std::string site_dir_;
    std::string site_json_;
    std::set<std::string> roots_;  // "site/content", "site/data", ...
    SourceStamps stamps_;
    int fd_ = -1;
    std::unordered_map<int, std::string> folders_;  // watch descriptor -> folder path
    std::chrono::milliseconds pause_{50};
};

}  // namespace portal
