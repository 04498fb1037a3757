#include "storage/review_scope_reader.h"

#include <algorithm>
#include <vector>

#include "positioning/review_scope_suggestion.h"
#include "storage/database.h"
#include "storage/positioning_reader.h"
#include "storage/workspace.h"

namespace pmm::storage {

std::optional<std::int64_t> readSuggestedReviewProduct(const Workspace& workspace,
                                                       const positioning::PositioningAlert& alert,
                                                       const Date& today) {
    if (alert.productId || !alert.competitorId) {
        return positioning::suggestedReviewProduct(alert, {}, today, 1);
    }
    const int window = std::max(readPositioningThresholds(workspace).windowDays, 1);
    Statement query(workspace.handle(),
                    "SELECT product_id, closed_on FROM deals WHERE competitor_id = ?1 "
                    "AND closed_on BETWEEN ?2 AND ?3");
    query.bind(1, *alert.competitorId)
        .bind(2, toIsoText(addDays(today, -window + 1)))
        .bind(3, toIsoText(today));
    std::vector<positioning::Deal> deals;
    while (query.step()) {
        positioning::Deal& deal = deals.emplace_back();
        deal.competitorId = alert.competitorId;
        deal.productId = query.optionalInt64(0);
        deal.closedOn = parseIsoDate(query.text(1)).value_or(Date{});
    }
    return positioning::suggestedReviewProduct(alert, deals, today, window);
}

}  // namespace pmm::storage
