#include "new_site/status_scale.hpp"

#include "core/reading.hpp"

namespace portal {

StatusReading read_status(const Json& /*report*/, std::string_view written) {
    static const char* const kStatuses[] = {"green", "amber", "red", "not-reported"};
    StatusReading r{"", "green, amber, red or not reported"};
    const std::string folded = fold_label(written);
    for (const char* status : kStatuses)
        if (folded == fold_label(status)) r.word = status;
    return r;
}

}  // namespace portal
