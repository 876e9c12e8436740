// validate/page_links.hpp — every link must lead somewhere: to a page or file
// the site publishes, and, with a "#fragment", to a place on that page. Checked
// on the board's full documents, so that an officer hears of a broken link even
// when its target is later withheld (render then turns it into plain text).
//
// Parsing the pages is most of the cost, and a build parses most of them again
// in render. So a build may leave the outline (links and heading texts) of a
// page whose public text is its full text (no marking, no ':::' region) to
// render, which hands it back from its own parse of that same text; the links
// are judged once every outline is in, before anything is written. `portal
// check`, and a build that stops earlier with other errors, judge them all in
// validate.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/markdown_outline.hpp"

namespace portal {

struct PageSource;

// Every link message starts so, and is the one kind of message that quotes a
// page's own text (its address): redact/quiet_messages hides it in a file
// whose markings were refused.
inline constexpr std::string_view kLinkMessageStart = "link '";
inline bool is_link_message(std::string_view message) {
    return message.substr(0, kLinkMessageStart.size()) == kLinkMessageStart;
}

class LinkChecker {
  public:
    // `routes`: site-root-relative addresses of every generated page and file
    // ("reports/2010-11-q3/", "feed.xml", "assets/css/site.css"). `layout_ids`:
    // ids the layouts write themselves ("main", "download"). `base_url`: links to
    // the site's own absolute address count as internal.
    LinkChecker(const std::vector<PageSource>& pages, std::set<std::string> routes,
                std::set<std::string> layout_ids, std::string base_url);

    // Parses the Markdown of `pages` (the ones given to the constructor), on
    // every core, and keeps each page's outline: of every page, or only of those
    // whose public text may differ from their full text (a build leaves the
    // others to render).
    enum class Pages { all, not_left_to_render };
    void outline_pages(const std::vector<PageSource>& pages, Pages which);

    // The links of Markdown kept inside a data file (a report's narrative),
    // shown on the page at `page_url`; problems are reported at `at`, the
    // string's position. Reading them needs no checker (any thread may);
    // add_text keeps them to be judged.
    struct TextLinks {
        std::vector<std::string> hrefs;
        std::string page_url;
        SourcePos at;
    };
    static std::optional<TextLinks> links_in_text(const std::string& markdown,
                                                  const std::string& page_url, const SourcePos& at);
    void add_text(TextLinks links) { texts_.push_back(std::move(links)); }

    // Whether a page's text edited from `before` to `after` keeps all that the
    // checks judged of it: the same links, in order, and the same headings
    // (other pages' fragments point at them). `portal serve` remakes an edited
    // page alone, keeping the last build's judgement, only then.
    static bool same_to_link_checks(const std::string& before, const std::string& after);

    // The outlines still to come, from the pages' texts (content path -> text;
    // for a page left to render, its public text is its full text), parsed on
    // every core: for a build that stops before render.
    void outline_texts(const std::map<std::string, const std::string*>& texts);

    // Content paths ("about.md") of the pages whose outline is still to come.
    std::set<std::string> awaited() const;
    // The outline of the page at content path `rel`, from a parse of its text.
    void add_outline(const std::string& rel, MarkdownOutline outline);

    // Judges every link kept, each reported at its line and column. A page whose
    // outline never came is reported as an error in portal itself: its links
    // would otherwise go unchecked.
    void judge(Diagnostics& diags) const;

  private:
    struct Page {
        std::string url, rel, path;
        int body_line = 1;
        bool left_to_render = false;  // its public text is its full text
        std::optional<MarkdownOutline> outline;
    };
    void check_one(const std::string& href, const SourcePos& pos, const std::string& page_url,
                   const std::string& page_rel, const std::set<std::string>* own_ids,
                   const std::map<std::string, const std::set<std::string>*>& ids,
                   Diagnostics& diags) const;

    std::vector<Page> pages_;
    std::set<std::string> routes_;
    std::set<std::string> layout_ids_;
    std::string base_url_;
    std::map<std::string, std::string> source_urls_;  // content rel -> url
    std::map<std::string, std::size_t> by_url_;       // url -> index in pages_
    std::map<std::string, std::size_t> by_rel_;       // content rel -> index in pages_
    std::vector<TextLinks> texts_;
};

}  // namespace portal
