// validate/suggestions.hpp — what an error suggests typing instead, for the
// slips officers make: a date in UK order (25/07/2011), a word close to an
// allowed one, an id that is not in the list (the ids that are, shortened).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portal {

// "2011-07-25" for a real date written day first as people in the UK write it:
// 25/07/2011, 25.7.2011, 25-07-11, 25 July 2011, 25th Jul 2011; or year first
// with other separators (2011/07/25). Nothing for anything else.
std::optional<std::string> iso_date_suggestion(std::string_view written);

// " (did you mean 2011-07-25?)" when there is a suggestion, else "".
std::string did_you_mean_date(std::string_view written);

// The option closest to `word` (ASCII case ignored) when it is close enough
// to be a slip of the keys and no other option is as close, else "".
std::string closest_word(std::string_view word, const std::vector<std::string>& options);

// "1.1a, 1.1b, 1.2a" or, past `most`, "1.1a, 1.1b, ... and 12 more".
std::string short_list(const std::vector<std::string>& items, std::size_t most = 12);

}  // namespace portal
