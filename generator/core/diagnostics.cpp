#include "core/diagnostics.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace portal {

std::string Diagnostic::str() const {
    return pos.str() + (severity == Severity::error ? ": error: " : ": warning: ") + message;
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
