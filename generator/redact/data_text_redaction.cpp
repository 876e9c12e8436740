#include "redact/data_text_redaction.hpp"

#include "redact/collateral_figures.hpp"
#include "redact/markdown_regions.hpp"
#include "redact/page_redaction.hpp"

namespace portal {

DataTextRedaction::DataTextRedaction(const JsonDocument& doc)
    : doc_(doc), ledgers_(doc.texts.size()) {}

MarkingLedger& DataTextRedaction::ledger_of(const DataText& file) {
    return ledgers_[static_cast<std::size_t>(&file - doc_.texts.data())];
}

bool DataTextRedaction::marking(const std::string& marking_pointer, bool withholds) {
    const std::size_t slash = marking_pointer.rfind('/');
    if (slash == std::string::npos) return false;
    const DataText* file = at(marking_pointer.substr(0, slash));
    if (!file || !file->doc.front.IsMap() || !file->doc.front["marking"]) return false;
    ledger_of(*file).recognise(file->doc.pos_of(file->doc.front["marking"]).line, withholds);
    return true;
}

void DataTextRedaction::withheld(const std::string& pointer, std::vector<WithheldSpan>& spans) {
    for (const DataText& file : doc_.texts) {
        const bool inside =
            pointer.empty() || file.pointer == pointer || file.pointer.rfind(pointer + "/", 0) == 0;
        if (!inside) continue;
        ledger_of(file).cover(1, kWholeFile);
        spans.push_back({file.doc.path, 1, kWholeFile});
    }
}

bool DataTextRedaction::apply_regions(std::string& text, const DataText& file, Sinks sinks,
                                      bool& lost) {
    const MarkdownDocument& md = file.doc;
    MarkingLedger& ledger = ledger_of(file);
    RegionResult regions = portal::apply_regions(
        text,
        [&](int line) {
            return SourcePos{md.path, md.body_line + line - 1, 1};
        },
        sinks.policy, sinks.diags);
    std::vector<CanaryText> canaries;
    take_down_regions(regions, md.path, md.body_line, ledger, sinks.spans, sinks.log, canaries);
    add_canaries(sinks.canaries, canaries);
    if (sinks.figures)
        for (const auto& c : canaries)
            if (c.kind != CanaryText::Kind::public_text)
                note_figures_in_withheld_text(c.text, *sinks.figures);
    if (!regions.ok) return false;
    if (!regions.withheld.empty()) {
        text = std::move(regions.public_markdown);
        lost = true;
    }
    return true;
}

bool DataTextRedaction::reconcile(Diagnostics& diags) const {
    bool ok = true;
    for (std::size_t i = 0; i < doc_.texts.size(); ++i) {
        const MarkdownDocument& md = doc_.texts[i].doc;
        if (!ledgers_[i].reconcile(md.census, md.path, LedgerFile::page, diags)) ok = false;
    }
    return ok;
}

}  // namespace portal
