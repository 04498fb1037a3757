#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "positioning/deal.h"
#include "positioning/positioning_trigger.h"
#include "util/dates.h"

namespace pmm::positioning {

// The product a review started from `alert` should cover. The alert's own product when it
// names one. When it names only a competitor: the one product of every deal against that
// competitor closed in the `windowDays` days ending `today` (today included), so a loss
// pattern that all came from one product opens on that product. nullopt ("All products")
// when those deals are for several products, when one of them names no product, when there
// are none, or when the alert names no competitor. `deals` may hold any deals: the others
// are ignored.
std::optional<std::int64_t> suggestedReviewProduct(const PositioningAlert& alert,
                                                   const std::vector<Deal>& deals,
                                                   const Date& today, int windowDays);

}  // namespace pmm::positioning
