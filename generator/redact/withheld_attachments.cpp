#include "redact/withheld_attachments.hpp"

#include <set>
#include <string>
#include <string_view>

namespace portal {

namespace {

// The files of assets/ that `text` names by their address ("../assets/docs/
// statement.txt", "/assets/images/house.svg"), each as relative to assets/.
void note_asset_addresses(std::string_view text, std::set<std::string>& out) {
    constexpr std::string_view kAssets = "assets/";
    for (std::size_t at = text.find(kAssets); at != std::string_view::npos;
         at = text.find(kAssets, at + 1)) {
        const std::size_t from = at + kAssets.size();
        std::size_t end = from;
        while (end < text.size() &&
               std::string_view(" \t\n)\"'<>#?|,;`]").find(text[end]) == std::string_view::npos)
            ++end;
        if (end > from) out.insert(std::string(text.substr(from, end - from)));
    }
}

void note_json_addresses(const Json& v, std::set<std::string>& out) {
    if (v.is_string()) {
        note_asset_addresses(v.get_ref<const std::string&>(), out);
    } else if (v.is_array() || v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (v.is_object()) note_asset_addresses(it.key(), out);
            note_json_addresses(*it, out);
        }
    }
}

}  // namespace

void refuse_attachments_of_withheld_text(const ValidatedSite& board, const PublicSite& pub,
                                         Diagnostics& diags) {
    if (board.assets.empty()) return;
    // A page's body, title and summary.
    auto note_page = [](std::string_view body, const PageFields& front,
                        std::set<std::string>& out) {
        for (const std::string_view text :
             {body, std::string_view(front.title), std::string_view(front.summary)})
            note_asset_addresses(text, out);
    };
    std::set<std::string> by_the_board;
    for (const PageSource& p : board.pages) note_page(p.doc.body, p.front, by_the_board);
    for (const JsonDocument& d : board.data) note_asset_addresses(d.text, by_the_board);
    for (const CsvDocument& c : board.csv)
        for (const auto& row : c.rows)
            for (const CsvCell& cell : row) note_asset_addresses(cell.text, by_the_board);
    if (by_the_board.empty()) return;  // (speed: most sites link no asset from text)
    std::set<std::string> in_public;
    for (const PublicPage& p : pub.pages) note_page(p.markdown, p.front, in_public);
    for (const PublicData& d : pub.data) note_json_addresses(d.value, in_public);
    for (const PublicTable& t : pub.tables)
        for (const auto& row : t.rows)
            for (const PublicCell& cell : row) note_asset_addresses(cell.text, in_public);
    // (The theme is public by definition: the board's layouts are the site's.)
    for (const auto* files : {&board.layouts, &board.partials})
        for (const auto& [name, f] : *files) note_asset_addresses(f.text, in_public);
    for (const PlacedText& t : pub.config.texts) note_asset_addresses(t.text, in_public);
    for (const TextFile& a : board.assets)
        if (a.from_site && by_the_board.count(a.rel) > 0 && in_public.count(a.rel) == 0)
            // (Named only as far as its folder: its name may say what the
            // withheld text does, "statement-of-j-smith.txt".)
            diags.error(SourcePos{a.path.substr(0, a.path.rfind('/') + 1) + "…", 1, 1},
                        "a file here is linked only from withheld text (a ::: region, a page, "
                        "an object or a row behind a marking), and assets/ is copied as it is, "
                        "so it would publish what the marking withholds: move it out of "
                        "assets/, or link it from public text if it may be published (its name "
                        "is not printed; the withheld text's link to this folder names it)");
}

}  // namespace portal
