#include "model/giving_views.hpp"

#include <optional>

#include "core/money.hpp"
#include "core/text.hpp"

namespace portal {

namespace {

int column(const PublicTable& t, const char* name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i] == name) return static_cast<int>(i);
    return -1;
}

// A cell's text when the row has the column and the cell is public and not
// empty; otherwise nothing.
std::optional<std::string> public_text(const std::vector<PublicCell>& row, int col) {
    if (col < 0 || static_cast<std::size_t>(col) >= row.size() || row[col].withheld)
        return std::nullopt;
    std::string text = trim(row[col].text);
    if (text.empty()) return std::nullopt;
    return text;
}

}  // namespace

GivingPackage giving_package(const std::string& year, const PublicTable& t,
                             const SiteConfig& config) {
    GivingPackage out;
    out.rows = t.rows.size();
    if (config.giving_prefix.empty()) return out;
    // Columns by their folded names (redact's): "grant_id" is "grant id".
    const int id = column(t, "grant id"), name = column(t, "recipient name"),
              org = column(t, "recipient id"), date = column(t, "award date"),
              about = column(t, "description"), project = column(t, "project"),
              amount = column(t, "amount");
    const Json funder = Json::array({{{"id", config.funder_id}, {"name", config.funder_name}}});
    Json grants = Json::array();
    for (const auto& row : t.rows) {
        const auto grant_id = public_text(row, id), recipient = public_text(row, name),
                   recipient_id = public_text(row, org), awarded = public_text(row, date),
                   title = public_text(row, project), money_text = public_text(row, amount);
        if (!grant_id || !recipient || !recipient_id || !awarded || !title || !money_text) continue;
        const std::optional<Pence> pence = parse_money(*money_text).pence;
        if (!pence) continue;
        // The identifier is the prefix and the partnership's own id (as
        // 360Giving asks), unless the row gives it whole already.
        const std::string full_id = grant_id->rfind(config.giving_prefix, 0) == 0
                                        ? *grant_id
                                        : config.giving_prefix + "-" + *grant_id;
        grants.push_back({{"id", full_id},
                          {"title", *title},
                          {"description", public_text(row, about).value_or(*title)},
                          {"currency", "GBP"},
                          {"amountAwarded", static_cast<double>(*pence) / 100.0},
                          {"awardDate", *awarded},
                          {"recipientOrganization",
                           Json::array({{{"id", *recipient_id}, {"name", *recipient}}})},
                          {"fundingOrganization", funder}});
    }
    out.grants = grants.size();
    if (grants.empty()) return out;
    Json package = {
        {"grants", grants},
        {"version", "1.4"},
        {"title", "Grants " + year + ": " + config.title},
        {"description", "The grants to organisations that " + config.funder_name + " awarded in " +
                            year +
                            " through the partnership, as its funding paper lists "
                            "them; protectively marked rows are not included."},
        {"publisher", {{"identifier", config.funder_id}, {"name", config.funder_name}}}};
    if (!config.licence_url.empty()) package["license"] = config.licence_url;
    out.package = std::move(package);
    return out;
}

}  // namespace portal
