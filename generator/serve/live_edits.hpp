// serve/live_edits.hpp — remakes a page whose text alone was edited in
// milliseconds, instead of building the whole site again (seconds, for
// thousands of pages). The page goes through the stages of a build
// (remake_page: load, validate, redact, model, render), which also decide
// whether the edit can change any other file but the page itself and the
// search index; if it can, or any stage says anything, the whole site is
// built. What is serve's own: which files changed (their stamps), and writing
// the remade page and the search index in place, each audited against the last
// build's canaries first (write/patch_site).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "load/source_fingerprint.hpp"
#include "remake_page.hpp"

namespace portal {

class LiveEdits {
  public:
    // `live`: what the build that just published `out_dir` kept. `before`: the
    // sources as they were when that build started; a page whose file changed
    // since is left to the next full build.
    LiveEdits(std::shared_ptr<LiveSite> live, std::string site_dir, std::string out_dir,
              const SourceStamps& before);

    // Remakes the pages for the sources that changed between the last stamps
    // seen and `now`. Returns the pages written, or nothing when a full build
    // is needed (then nothing was written). Their entries of the search index
    // are audited too, but the index is made and written by
    // write_search_index, after the open page has been told to reload: the page
    // the officer is looking at first.
    std::optional<std::vector<std::string>> apply(const SourceStamps& now);

    // Writes the files of the search index that the pages apply() remade
    // change (a fragment, the word chunks whose words changed, the entry).
    // Returns the first file's name ("" when nothing changed), or nothing when
    // it could not be written: then the site needs a full build.
    std::optional<std::string> write_search_index();

  private:
    struct Source {
        std::string text;  // the file as the last build (or edit) read it
        FileStamp stamp;
    };
    std::shared_ptr<LiveSite> live_;
    LivePages& pages_;  // live_->pages: the page models and search entries, kept up to date
    std::string site_dir_;
    std::string out_dir_;
    std::string content_prefix_;                  // "site/content/"
    std::map<std::string, std::size_t> page_of_;  // content path -> index in live_->pages
    std::map<std::string, Source> sources_;       // content path -> what was built from
    SourceStamps stamps_;                         // every source, as last seen
    std::unique_ptr<Theme> theme_;
    // What write_search_index puts in the index: page number -> its new part
    // (audited by apply(), with the page).
    std::vector<std::pair<std::size_t, SearchPage>> pending_;
};

}  // namespace portal
