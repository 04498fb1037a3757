#include "positioning/review_scope_suggestion.h"

#include <algorithm>

namespace pmm::positioning {

std::optional<std::int64_t> suggestedReviewProduct(const PositioningAlert& alert,
                                                   const std::vector<Deal>& deals,
                                                   const Date& today, int windowDays) {
    if (alert.productId || !alert.competitorId) {
        return alert.productId;
    }
    const Date from = addDays(today, -static_cast<long>(std::max(windowDays, 1)) + 1);
    std::optional<std::int64_t> product;
    bool any = false;
    for (const Deal& deal : deals) {
        if (deal.competitorId != alert.competitorId || deal.closedOn < from ||
            today < deal.closedOn) {
            continue;
        }
        if (!deal.productId || (any && deal.productId != product)) {
            return std::nullopt;
        }
        product = deal.productId;
        any = true;
    }
    return product;
}

}  // namespace pmm::positioning
