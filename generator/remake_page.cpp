#include "remake_page.hpp"

#include "core/reading.hpp"
#include "load/site_sources.hpp"
#include "model/site_model.hpp"
#include "redact/marking_policy.hpp"
#include "redact/page_redaction.hpp"
#include "validate/page_links.hpp"

namespace portal {

namespace {

// The page's text through load and validate, as a build reads it; nothing when
// either has anything to say.
std::optional<PageSource> read_page(const LiveSite& live, const PageModel& built,
                                    std::string text) {
    Diagnostics diags;
    auto doc = load_page(built.source, built.rel, std::move(text), live.census_labels, diags);
    if (!doc || !diags.all().empty()) return std::nullopt;
    check_file_name(doc->rel, doc->path, diags);
    PageSource page = validate_page(std::move(*doc), live.rules, diags);
    if (!diags.all().empty()) return std::nullopt;
    return page;
}

// Whether the remade model is the build's but for its text: the same address,
// layout, source and lines, and each field page_model gave the view the same as
// in the build's view. build_model may have added more to that view (a meeting's
// papers, the data of a page at a data address): made from the front matter and
// the data, which the edit did not touch, so it is kept as it was.
bool same_but_text(const PageModel& remade, const PageModel& built) {
    if (remade.output != built.output || remade.url != built.url || remade.layout != built.layout ||
        remade.source != built.source || remade.rel != built.rel ||
        remade.body_line != built.body_line || remade.lost_content != built.lost_content ||
        !built.view.is_object())
        return false;
    for (const auto& [key, value] : remade.view.items())
        if (!built.view.contains(key) || built.view[key] != value) return false;
    return true;
}

}  // namespace

std::optional<RemadePage> remake_page(const LiveSite& live, std::size_t index,
                                      const std::string& previous, std::string text,
                                      const Theme& theme) {
    const PageModel& built = live.pages->pages.at(index);
    // The texts as load reads them (its parser keeps only the body), to compare
    // what comes before the bodies: the front matter.
    std::string was = previous;
    normalise_line_ends(was);
    normalise_line_ends(text);
    const std::string now = text;
    auto before = read_page(live, built, was);
    auto after = read_page(live, built, std::move(text));
    if (!before || !after) return std::nullopt;
    const std::size_t front = now.size() - after->doc.body.size();
    if (was.size() - before->doc.body.size() != front || was.compare(0, front, now, 0, front) != 0)
        return std::nullopt;

    Diagnostics diags;
    const MarkingPolicy policy(live.config, diags);
    PageRedaction redacted = redact_page(*after, policy);
    if (!diags.all().empty() || !redacted.diags.all().empty() || !redacted.page ||
        !redacted.log.empty() || !redacted.withheld_spans.empty())
        return std::nullopt;

    PageModel model = page_model(std::move(*redacted.page), live.config);
    if (!same_but_text(model, built) ||
        !LinkChecker::same_to_link_checks(built.markdown, model.markdown))
        return std::nullopt;
    model.view = built.view;
    RenderedPage rendered = live.pages->renderer->render(model, theme);
    if (!rendered.diags.all().empty()) return std::nullopt;
    return RemadePage{std::move(rendered), std::move(model.markdown)};
}

}  // namespace portal
