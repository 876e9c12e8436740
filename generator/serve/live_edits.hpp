// serve/live_edits.hpp — remakes a page whose text alone was edited in
// milliseconds, instead of building the whole site again (seconds, for
// thousands of pages). Only for an edit that cannot change any other file but
// the page itself and the search index: the page's front matter is byte for
// byte what it was (so its title, summary, date, marking and address, which
// lists, the feed and the sitemap show, are too), its links lead where they led
// and its headings have the ids they had (so every link check still passes),
// and neither version has a marking region (so redaction and the canaries are
// unchanged). The page is remade by the renderer of the last build, audited
// against that build's canaries, and written in place. Anything else, or any
// doubt, is left to a full build.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/marking_census.hpp"
#include "load/source_fingerprint.hpp"
#include "render/page_renderer.hpp"

namespace portal {

class LiveEdits {
  public:
    // `pages`: what the build that just published `out_dir` kept. `before`: the
    // sources as they were when that build started; a page whose file changed
    // since is left to the next full build.
    LiveEdits(std::shared_ptr<LivePages> pages, std::string site_dir, std::string out_dir,
              const SourceStamps& before);

    // Remakes the pages for the sources that changed between the last stamps
    // seen and `now`. Returns the pages written, or nothing when a full build
    // is needed (then nothing was written). Their entries of the search index
    // are audited too, but the index (megabytes) is written by
    // write_search_index, after the open page has been told to reload: the page
    // the officer is looking at first.
    std::optional<std::vector<std::string>> apply(const SourceStamps& now);

    // Writes the search index with the entries of the pages apply() remade.
    // Returns its file name ("" when no entry changed), or nothing when it
    // could not be written: then the site needs a full build.
    std::optional<std::string> write_search_index();

  private:
    struct Source {
        std::string text;  // the file as the last build (or edit) read it
        FileStamp stamp;
    };
    std::shared_ptr<LivePages> live_;
    std::string site_dir_;
    std::string out_dir_;
    std::string content_prefix_;                  // "site/content/"
    std::map<std::string, std::size_t> page_of_;  // content path -> index in live_->pages
    std::map<std::string, Source> sources_;       // content path -> what was built from
    SourceStamps stamps_;                         // every source, as last seen
    std::unique_ptr<Theme> theme_;
    // What write_search_index writes: search index place -> new entry, and the
    // parts of the index around them that apply() audited.
    std::map<std::size_t, std::string> pending_entries_;
    std::vector<std::string> pending_parts_;
};

}  // namespace portal
