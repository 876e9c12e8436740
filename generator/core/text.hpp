// core/text.hpp — small string helpers used by more than one stage.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

std::string html_escape(std::string_view s);
std::string trim(std::string_view s);
std::vector<std::string> split_lines(std::string_view s);  // on \n, dropping a trailing \r
bool starts_with(std::string_view s, std::string_view prefix);

// A URL/anchor-safe slug of a heading or title: lowercase ASCII letters and digits,
// every other run of characters (punctuation, spaces, non-ASCII) becomes one '-'.
std::string slugify(std::string_view s);

// Levenshtein distance between a and b, ignoring ASCII case: how far a
// misspelt word is from one that was meant ("buld" and "build": 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

// True for a real calendar date written YYYY-MM-DD.
bool is_iso_date(std::string_view s);

// "2010-11" style financial year: second part is the first year + 1.
bool is_financial_year(std::string_view s);

// A withheld file's path as messages may show it: as far as the deepest
// folder above it that `public_folders` holds ("content/plans/…"), each
// ending in '/'. A folder that holds no public file may be named for what
// the withheld one marks ("data/operation-x/costs.json"), and an index
// file's folder is its page's name ("content/smith-family/index.md").
std::string shown_as_far_as_a_public_folder(const std::string& path,
                                            const std::set<std::string>& public_folders);

// Every folder above each of `files` (as "content/", "content/plans/"): the
// folders a message may name.
std::set<std::string> folders_of(const std::vector<std::string>& files);

}  // namespace portal
