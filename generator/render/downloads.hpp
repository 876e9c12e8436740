// render/downloads.hpp — a dataset's open-data files: the table as CSV (RFC
// 4180, UTF-8, CRLF; a cell that a spreadsheet would run as a formula is
// written as text) and as JSON (the rows as objects, or the model's own JSON
// form when it gives one).
#pragma once

#include <utility>

#include "model/site_model.hpp"
#include "render/rendered_site.hpp"

namespace portal {

// The CSV file and the JSON file of `d`, at d.path + ".csv" and ".json".
std::pair<OutputFile, OutputFile> download_files(const Download& d);

}  // namespace portal
