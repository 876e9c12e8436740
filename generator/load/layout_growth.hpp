// load/layout_growth.hpp — how much a layout grows when its partials are put
// in. kPartialDepth bounds how deep partials go, not how many there are: a
// partial put in ten times by one put in ten times ... grows a layout of a few
// lines past anything a build can read or render ("billion laughs"). So a
// layout may grow by kMaxPartialGrowth at most (load/text_file.hpp); load
// refuses one that grows more before the census reads it, and the renderer
// (render/theme) counts again as it puts partials in, so that neither can be
// made to run for minutes.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/text_file.hpp"

namespace portal {

// Finds a partial by name ("header" for layouts/partials/header.mustache).
using FindPartial = std::function<const TextFile*(const std::string& name)>;

// The names a "{{> name}}" in `text` may put in, in order, each with the
// offset of its "{{". Read as the census reads them ("{{ > a b }}" is "ab"),
// and also with every kind of space taken out, as the renderer reads them:
// each name either would find is listed, so that counting them counts at
// least what either puts in.
struct PartialTag {
    std::size_t offset = 0;
    std::vector<std::string> names;
};
std::vector<PartialTag> partial_tags(std::string_view text);

// The offset in `text` (a layout's or a partial's) of the "{{> name}}" whose
// partials, put in to kPartialDepth, take what they add past
// kMaxPartialGrowth; nothing when the text stays within it. The count stops
// as soon as it is past, so that this takes as long as reading the limit.
std::optional<std::size_t> grows_too_large_at(std::string_view text, const FindPartial& partial);

// The message for a layout (or, `is_partial`, a partial) that grows too large.
std::string grows_too_large_message(bool is_partial);

// Hands out partials as `partial` finds them while the text handed out stays
// within kMaxPartialGrowth, then none (and says so): the census's reading of
// a layout put in no more than this may be made to read.
class PartialBudget {
  public:
    explicit PartialBudget(FindPartial partial) : partial_(std::move(partial)) {}
    const TextFile* operator()(const std::string& name);
    bool exceeded() const { return exceeded_; }

  private:
    FindPartial partial_;
    std::size_t used_ = 0;
    bool exceeded_ = false;
};

}  // namespace portal
