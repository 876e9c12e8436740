// new_site/marking_labels.hpp — which markings in a plan or report keep a
// milestone out of the lead officers' returns. Returns leave the board's
// hands (they are e-mailed, saved on laptops), so they carry only what the
// site would publish: a milestone marked with a label site.json does not list
// as publishable (withheld, or unknown to the policy) has no row.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/json_value.hpp"
#include "core/marking_census.hpp"

namespace portal {

class PublishableLabels {
  public:
    // site.json's "marking.publishable" of the site in `site`; none when it
    // cannot be read (every marking then keeps its milestone out).
    static PublishableLabels of_site(const std::filesystem::path& site);

    // True when `object` carries a "marking" that is not one of the
    // publishable labels (compared as the build compares them:
    // core/reading's fold_label), or a marking that is not text.
    bool withholds(const Json& object) const;

    // The text of `value`: a string as it is, {"value": "...", "marking": L}
    // when L is publishable; nothing for anything else.
    std::optional<std::string> public_text(const Json& value) const;

    // The census's labels of the site: site.json's two lists, as written.
    CensusLabels census_labels() const { return CensusLabels(publishable_as_written_, withheld_); }

  private:
    std::set<std::string> publishable_;  // folded
    std::vector<std::string> publishable_as_written_, withheld_;
};

}  // namespace portal
