// load/asset_census.hpp — the marking census of files copied as they are
// (assets/) or shown on every page (layouts/): their text read whatever its
// encoding, markup also as its reader sees it (the text between the tags), and
// what is packed inside them (data: URIs) read too. A file whose text portal
// cannot read at all (compressed, archived, encrypted) is refused: nothing in
// assets/ can be withheld, so what cannot be checked cannot be published.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/marking_census.hpp"
#include "load/text_file.hpp"

namespace portal {

// The census of a layout or an asset `rel` (its name tells its kind: a .csv is
// read cell by cell, a .json inside its strings, a .md as a page, .svg, .html
// and .xml also without their tags). Sightings in a binary file, or packed in
// a data: URI, stand at the file's line 0 or at the URI's line.
std::vector<MarkingSighting> file_census(std::string_view bytes, const std::string& rel,
                                         const CensusLabels& labels);

// The census of a layout or partial read as its pages show it, with its
// partials' text put in place of each "{{> name}}" (`partial` finds one by
// name): "Restr{{> end}}" with a partial "icted" reads "Restricted". Sightings
// the layout's own census lacks are added to it.
using PartialLookup = std::function<const TextFile*(const std::string& name)>;
void take_census_with_partials(TextFile& layout, const PartialLookup& partial,
                               const CensusLabels& labels);

// Why the text of a layout or an asset is put together only as it is shown,
// in ways portal does not follow: entities declared in a DTD, text laid out
// backwards (<bdo>, CSS unicode-bidi: bidi-override), a layout's Mustache
// delimiters changed. Nothing when none is.
// `styled`: the text may hold styles (a stylesheet or markup; not a script or
// data, where "order:" is a key).
std::optional<std::string> text_put_together_as_shown(std::string_view bytes, bool styled = true);

// Why portal cannot read what the asset `rel` shows a reader: a kind of file it
// does not know (by its name: only stylesheets, scripts, JSON, SVG, HTML, XML,
// text, CSV, Markdown, images, fonts and PDFs), compressed or archived bytes
// (gzip, zip and the Office and OpenDocument files built on it, 7z, bzip2, xz,
// zstd, RAR, old Office compound files, a PDF with filtered or encrypted
// streams, a PNG with compressed text); nothing when it can. Images and fonts
// are read for their readable runs.
std::optional<std::string> unreadable_asset(std::string_view bytes, const std::string& rel);

}  // namespace portal
