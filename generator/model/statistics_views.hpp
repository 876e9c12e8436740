// model/statistics_views.hpp — a page per statistics dataset
// (statistics/<name>/): its chart, table, source and unit, and the dataset as
// open data; and the statistics index. A figure or category label that
// redaction withheld in place (PublicData::withheld) shows as "Withheld": never
// as "not available" (which is a figure the source does not give), never as 0.
#pragma once

#include "model/data_set.hpp"
#include "model/site_model.hpp"

namespace portal {

// The chart spec (render/chart.hpp) of a dataset. Withheld category labels read
// "Withheld"; a withheld figure stays null (nothing is drawn) and its category
// index is listed in its series' "withheld", for the table and tooltips to say so.
Json dataset_chart(const std::string& name, const PublicData& data);

// The dataset as open data: CSV rows and the JSON document, with "Withheld" in
// place of each withheld label or figure.
Download dataset_download(const std::string& name, const PublicData& data);

void add_statistics_pages(const DataSet& set, const SiteConfig& config, SiteModel& m);

}  // namespace portal
