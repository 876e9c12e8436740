// validate/site_config.hpp — site.json as typed values (after schema checks).
#pragma once

#include <string>
#include <vector>

#include "core/source_pos.hpp"
#include "validate/status_scales.hpp"

namespace portal {

struct Label {
    std::string text;
    SourcePos pos;
};

// A text of site.json and where it stands.
struct PlacedText {
    SourcePos pos;
    std::string text;
};

struct NavItem {
    std::string title;
    std::string url;  // relative to the site root, e.g. "plans/"
};

// The accessibility statement's facts (site.json "accessibility"); model makes
// the page at accessibility/ from them.
struct AccessibilityFacts {
    std::string compliance;  // "full", "partial", "none" or "" (not given)
    std::vector<std::string> non_accessible;
    std::vector<std::string> disproportionate_burden;
    std::vector<std::string> out_of_scope;
    std::string email, phone, address;
    int response_days = 0;  // 0: not given
    std::string improvements;
    std::string prepared, reviewed, tested;  // YYYY-MM-DD or ""
    std::string tested_by;
};

struct SiteConfig {
    std::string title;
    std::string base_url;  // always ends with '/'
    std::string language = "en-GB";
    std::string licence_name;
    std::string licence_url;
    std::vector<Label> publishable;
    std::vector<Label> withheld;
    // site.json failed its schema (and said so), so the build stops; its
    // policy was read on its own (or, unreadable, stands as the well-known
    // markings) only so that the messages so far are kept from repeating
    // withheld text (red team 20, B02).
    bool policy_read_alone = false;
    std::string notice =
        "Some information has been withheld from this page because it is protectively marked.";
    std::vector<NavItem> nav;
    // The built-in status scales, then site.json's own (status_scales).
    std::vector<StatusScale> status_scales = builtin_scales();
    // Who publishes the site (the title when site.json does not say) and the
    // place its data is about: what open-data search engines read.
    std::string publisher_name;
    std::string publisher_url;
    std::string spatial_coverage;
    AccessibilityFacts accessibility;
    bool iis_web_config = false;  // also write web.config (docs/hosting.md)
    // 360Giving: the registered prefix and the funder; empty when not given
    // (then no 360Giving file is written).
    std::string giving_prefix, funder_id, funder_name;
    // Every text site.json writes, at its place: the pages show them (the
    // accessibility statement, the nav, the footer), so redact reads them for
    // withheld figures written out again, as it reads a page's text
    // (collateral_figures; red team 24, B08).
    std::vector<PlacedText> texts;

    // The licence's attribution statement, for whoever reuses the data:
    // "Contains public sector information licensed under the Open Government
    // Licence v3.0." ("" when the site names no licence).
    std::string attribution() const {
        return licence_name.empty()
                   ? std::string()
                   : "Contains public sector information licensed under the " + licence_name + ".";
    }
};

}  // namespace portal
