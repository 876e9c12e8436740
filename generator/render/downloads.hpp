// render/downloads.hpp — a dataset's open-data files: the table as CSV (RFC
// 4180, UTF-8, CRLF; a cell that a spreadsheet would run as a formula is
// written as text), as JSON (the rows as objects, or the model's own JSON
// form when it gives one), and the CSV's W3C CSV on the Web metadata
// (NAME.csv-metadata.json: title, licence, and each column's name and
// datatype, so that CSVW tools read the file typed).
#pragma once

#include <utility>

#include "model/site_model.hpp"
#include "render/rendered_site.hpp"

namespace portal {

struct DownloadFiles {
    OutputFile csv, json, csv_metadata;
};

// The files of `d`, at d.path + ".csv", ".json" and ".csv-metadata.json";
// `config` gives the metadata the site's licence.
DownloadFiles download_files(const Download& d, const SiteConfig& config);

}  // namespace portal
