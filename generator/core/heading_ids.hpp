// core/heading_ids.hpp — the ids headings get on a page. Validate (checking
// "#fragment" links) and render (writing the ids) must agree, so both use this.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

struct cmark_node;

namespace portal {

// (id, text) of every heading under root, in document order. Each id is the
// slug of the heading's text, made unique against `used` ("notes", "notes-2");
// the ids join `used`, so that several Markdown fields shown on one page, and
// the ids the page's layout writes itself ("main", "download"), never clash.
std::vector<std::pair<std::string, std::string>> assign_heading_ids(cmark_node* root,
                                                                    std::set<std::string>& used);

// The id a heading with this (trimmed) text takes, made unique against `used`,
// which it joins: what assign_heading_ids gives each heading, for callers that
// have the texts without the tree.
std::string take_heading_id(const std::string& text, std::set<std::string>& used);

// Ids the theme writes itself (literal id="..." in layouts and partials, such as
// "main" and "download"): headings never take them.
std::set<std::string> literal_ids_in(const std::vector<const std::string*>& templates);

}  // namespace portal
