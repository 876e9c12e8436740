#include "model/accessibility_statement.hpp"

#include "model/view_helpers.hpp"

namespace portal {

namespace {

Json list_of(const std::vector<std::string>& items) {
    Json out = Json::array();
    for (const auto& item : items) out.push_back(item);
    return out;
}

// "mailto:" and "tel:" addresses for the contact links ("01954 713000" ->
// "tel:01954713000").
std::string tel_href(const std::string& phone) {
    std::string digits;
    for (char c : phone)
        if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits += c;
    return digits.empty() ? "" : "tel:" + digits;
}

}  // namespace

void add_accessibility_statement(const PublicSite& site, SiteModel& m) {
    if (!site.layouts.count("accessibility")) return;
    const SiteConfig& c = site.config;
    const AccessibilityFacts& f = c.accessibility;
    PageModel& page = data_page(m, "accessibility/", "accessibility");
    set_default(page.view, "title", "Accessibility statement");
    set_default(page.view, "summary",
                "How accessible this website is, how to ask for information in another "
                "format or report a problem, and how the site was tested.");
    Json& v = page.view;
    v["organisation"] = c.publisher_name;
    v["address"] = c.base_url;
    v["full"] = f.compliance == "full";
    v["partial"] = f.compliance == "partial";
    v["none"] = f.compliance == "none";
    v["non_accessible"] = list_of(f.non_accessible);
    v["disproportionate_burden"] = list_of(f.disproportionate_burden);
    v["out_of_scope"] = list_of(f.out_of_scope);
    v["has_non_accessible_list"] = !f.non_accessible.empty();
    v["has_disproportionate_burden"] = !f.disproportionate_burden.empty();
    v["has_out_of_scope"] = !f.out_of_scope.empty();
    v["has_non_accessible"] =
        !f.non_accessible.empty() || !f.disproportionate_burden.empty() || !f.out_of_scope.empty();
    const bool has_contact = !f.email.empty() || !f.phone.empty() || !f.address.empty();
    if (has_contact) {
        Json contact;
        if (!f.email.empty())
            contact["email"] = f.email, contact["email_href"] = "mailto:" + f.email;
        if (!f.phone.empty()) {
            // A telephone number is kept on one line (its spaces do not break)
            // and called by a tel: link; anything else is shown as written.
            const bool number = f.phone.find_first_not_of("0123456789 +()-") == std::string::npos;
            std::string shown;
            for (char c : f.phone)
                shown += number && c == ' ' ? std::string("\xC2\xA0") : std::string(1, c);
            contact["phone"] = shown;
            if (number) contact["phone_href"] = tel_href(f.phone);
        }
        if (!f.address.empty()) contact["address"] = f.address;
        v["contact"] = contact;
    }
    if (f.response_days > 0) v["response_days"] = std::to_string(f.response_days);
    if (!f.improvements.empty()) v["improvements"] = f.improvements;
    v["prepared"] = date_view(f.prepared);
    v["reviewed"] = date_view(f.reviewed);
    v["tested"] = date_view(f.tested);
    if (!f.tested_by.empty()) v["tested_by"] = f.tested_by;
    page.searched = true;
}

}  // namespace portal
