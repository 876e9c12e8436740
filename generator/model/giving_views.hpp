// model/giving_views.hpp — a funding year's grants in the 360Giving Data
// Standard (https://standard.threesixtygiving.org/): the rows that give what
// the standard requires of a grant to an organisation (grant_id,
// recipient_name, recipient_id, award_date, and an amount), each with every one
// of those cells public, as a 360Giving package. A withheld row, or a row with
// any of those cells withheld, is not in it; nor is a row without them (the
// funding page says how many are in it). Written only when site.json gives
// the partnership's 360Giving prefix and funder.
#pragma once

#include <string>

#include "core/json_value.hpp"
#include "redact/public_site.hpp"
#include "validate/site_config.hpp"

namespace portal {

struct GivingPackage {
    Json package;            // {"grants": [...], ...}; null when no row is a grant
    std::size_t grants = 0;  // rows in it
    std::size_t rows = 0;    // public rows of the year (a withheld row is none)
};

GivingPackage giving_package(const std::string& year, const PublicTable& t,
                             const SiteConfig& config);

}  // namespace portal
