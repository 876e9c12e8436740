#include "validate/front_matter.hpp"

namespace portal {

const std::vector<DocumentedKey>& front_matter_keys() {
    static const std::vector<DocumentedKey> keys = {
        {"title", true, "text", "The page's title: its heading, menu and search results.",
         "Community Safety Plan"},
        {"summary", false, "text",
         "One sentence about the page: shown in lists, search results and the feed, and as the "
         "page's description.",
         "What the partnership is and how it works."},
        {"date", false, "a date written YYYY-MM-DD (year, month, day)",
         "The page's date; a dated page is also a publication in the feed.", "2011-02-01"},
        {"layout", false, "a file name in layouts/, without .mustache",
         "How the page is laid out: page (the default), or meeting for a board meeting.",
         "meeting"},
        {"marking", false, "a protective marking label from site.json",
         "The page's marking: a withheld label withholds the whole page, a publishable one "
         "says it may be published.",
         "NOT PROTECTIVELY MARKED"},
        {"papers", false, "a list, each item report, funding, plan or page with its id",
         "For a meeting: the papers it tabled; the page links to each.", "- report: 2010-11-q3"},
        {"plan", false, "a plan's id",
         "For a plan's introduction page (content/plans/<id>/index.md): the plan it introduces.",
         "2011-14"},
    };
    return keys;
}

}  // namespace portal
