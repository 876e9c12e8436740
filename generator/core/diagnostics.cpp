#include "core/diagnostics.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace portal {

std::string printable(std::string_view text) {
    static const char* const hex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // C1 controls, written in UTF-8 as C2 80 .. C2 9F.
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if ((c < 0x20 && c != '\n') || c == 0x7F || c1) {
            const auto shown = c1 ? static_cast<unsigned char>(text[++i]) : c;
            out += "\\x";
            out += hex[shown >> 4];
            out += hex[shown & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string Diagnostic::str() const {
    return printable(pos.str() + (severity == Severity::error ? ": error: " : ": warning: ") +
                     message);
}

void Diagnostics::error(SourcePos pos, std::string message) {
    items_.push_back({Severity::error, std::move(pos), std::move(message)});
    ++errors_;
}

void Diagnostics::warning(SourcePos pos, std::string message) {
    items_.push_back({Severity::warning, std::move(pos), std::move(message)});
    ++warnings_;
}

void Diagnostics::merge(Diagnostics&& other) {
    for (auto& d : other.items_) items_.push_back(std::move(d));
    errors_ += other.errors_;
    warnings_ += other.warnings_;
    other = Diagnostics{};
}

void Diagnostics::print(std::ostream& out) const {
    std::vector<const Diagnostic*> sorted;
    sorted.reserve(items_.size());
    for (const auto& d : items_) sorted.push_back(&d);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
        return std::tie(a->pos.file, a->pos.line, a->pos.column) <
               std::tie(b->pos.file, b->pos.line, b->pos.column);
    });
    for (const auto* d : sorted) out << d->str() << '\n';
}

}  // namespace portal
