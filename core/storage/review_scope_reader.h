#pragma once

#include <cstdint>
#include <optional>

#include "positioning/positioning_trigger.h"
#include "util/dates.h"

namespace pmm::storage {

class Workspace;

// The product a review started from `alert` opens on (positioning::suggestedReviewProduct):
// reads the alert's competitor's deals in the trigger window (the workspace's
// "positioning.window_days") ending `today`.
std::optional<std::int64_t> readSuggestedReviewProduct(const Workspace& workspace,
                                                       const positioning::PositioningAlert& alert,
                                                       const Date& today);

}  // namespace pmm::storage
