#include "redact/page_redaction.hpp"

#include "core/markdown.hpp"
#include "redact/canary_text.hpp"
#include "redact/markdown_regions.hpp"

namespace portal {

namespace {

RegionResult regions_of(const PageSource& p, const MarkingPolicy& policy, Diagnostics& diags) {
    const int body_line = p.doc.body_line;
    const std::string& path = p.doc.path;
    return apply_regions(
        p.doc.body,
        [&](int line) {
            return SourcePos{path, body_line + line - 1, 1};
        },
        policy, diags);
}

}  // namespace

PageRedaction redact_page(const PageSource& p, const MarkingPolicy& policy) {
    PageRedaction out;
    const auto& doc = p.doc;
    using Kind = CanaryText::Kind;
    MarkingLedger ledger;
    if (p.front.marking) {
        const MarkingField& m = *p.front.marking;
        if (!m.is_string) {
            out.diags.error(m.pos, "'marking' must be a label written as text, like PROTECT");
            return out;
        }
        auto verdict = policy.judge(m.text, m.pos, out.diags);
        if (!verdict) return out;  // error reported; nothing from this page goes on
        ledger.recognise(m.pos.line, *verdict == Verdict::withhold);
        if (*verdict == Verdict::withhold) {
            out.withheld_spans.push_back({doc.path, 1, kWholeFile});
            // Not named: a withheld page's name and address can say what it
            // is about, and the audit's messages reach build logs.
            const std::string loc =
                "a page withheld whole (its name is withheld too: `portal check "
                "--list-withheld` names it)";
            out.log.push_back({SourcePos{doc.path, 1, 1}, "page", m.text});
            out.canaries.push_back({Kind::withheld, p.front.title, loc});
            out.canaries.push_back({Kind::withheld, p.front.summary, loc});
            out.canaries.push_back({Kind::withheld_blocks, doc.body, loc});
            // The address of a withheld page can itself say what it is about;
            // not so the address of a page portal makes from data, which
            // stays published without this introduction.
            if (!p.at_data_address) out.canaries.push_back({Kind::withheld, p.url, loc});
            return out;
        }
    }
    RegionResult regions = regions_of(p, policy, out.diags);
    take_down_regions(regions, doc.path, doc.body_line, ledger, out.withheld_spans, out.log,
                      out.canaries);
    if (!regions.ok || !ledger.reconcile(doc.census, doc.path, LedgerFile::page, out.diags)) {
        // A marking refused here (a region never closed, a marker in a list, a
        // label the parse did not read) leaves unknown where withheld text
        // ends: messages that quote this file's text are quieted in all of it
        // (red team round 6, M1: a broken link's address inside a region never
        // closed was printed).
        out.withheld_spans.push_back({doc.path, 1, kWholeFile, /*refused=*/true});
        return out;
    }
    PublicPage pub{RedactKey()};
    pub.front = static_cast<const PageFields&>(p.front);  // everything but the marking
    pub.path = doc.path;
    pub.rel = doc.rel;
    pub.url = p.url;
    pub.output = p.output;
    pub.markdown = std::move(regions.public_markdown);
    pub.body_line = doc.body_line;
    pub.lost_content = !regions.withheld.empty();
    // The body's words are added by redact_site, when the canaries are built.
    out.canaries.push_back({Kind::public_text, pub.front.title, {}});
    out.canaries.push_back({Kind::public_text, pub.front.summary, {}});
    out.canaries.push_back({Kind::public_text, pub.url, {}});
    out.page = std::move(pub);
    return out;
}

void take_down_regions(const RegionResult& regions, const std::string& path, int body_line,
                       MarkingLedger& ledger, std::vector<WithheldSpan>& spans,
                       std::vector<RedactionEntry>& log, std::vector<CanaryText>& canaries) {
    using Kind = CanaryText::Kind;
    for (const auto& [line, withholds] : regions.markers)
        ledger.recognise(body_line + line - 1, withholds);
    for (const auto& r : regions.withheld) {
        const int first = body_line + r.first_line - 1;
        const int last = body_line + r.last_line - 1;
        ledger.cover_region(first, last);
        spans.push_back({path, first + 1, last - 1});  // inside the markers
        log.push_back({r.pos,
                       "region (lines " + std::to_string(first) + "-" + std::to_string(last) + ")",
                       r.label});
        const std::string loc = r.pos.str() + " (marked region)";
        canaries.push_back({Kind::withheld_blocks, r.text, loc});
        MarkdownTree region = parse_markdown(r.text);
        canaries.push_back({Kind::withheld, plain_text(region.get()), loc});
    }
}

void add_canaries(CanaryBuilder& builder, const std::vector<CanaryText>& texts) {
    for (const auto& t : texts) switch (t.kind) {
            case CanaryText::Kind::withheld:
                builder.add_withheld(t.text, t.location);
                break;
            case CanaryText::Kind::withheld_blocks:
                withhold_blocks(builder, t.text, t.location);
                break;
            case CanaryText::Kind::public_text:
                builder.add_public(t.text);
                break;
        }
}

}  // namespace portal
