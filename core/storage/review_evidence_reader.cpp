#include "storage/review_evidence_reader.h"

#include <algorithm>

#include "storage/database.h"
#include "storage/positioning_reader.h"
#include "storage/workspace.h"

namespace pmm::storage {

using namespace positioning;

namespace {

constexpr const char* kDealColumns =
    "SELECT id, name, closed_on, segment_id, product_id, competitor_id, outcome, reason "
    "FROM deals ";

Deal readEvidenceDeal(const Statement& row) {
    Deal deal;
    deal.id = row.int64(0);
    deal.name = row.text(1);
    deal.closedOn = parseIsoDate(row.text(2)).value_or(Date{});
    deal.segmentId = row.optionalInt64(3);
    deal.productId = row.optionalInt64(4);
    deal.competitorId = row.optionalInt64(5);
    deal.outcome = outcomeFromKey(row.text(6)).value_or(Outcome::Lost);
    deal.reason = row.text(7);
    return deal;
}

// The deals of the scope closed between the two days (both included).
std::vector<Deal> dealsBetween(const Workspace& workspace, const ReviewScope& scope,
                               const Date& from, const Date& to) {
    Statement query(workspace.handle(),
                    std::string(kDealColumns) +
                        "WHERE closed_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR product_id = ?3) "
                        "AND (?4 IS NULL OR segment_id = ?4) "
                        "AND (?5 IS NULL OR competitor_id = ?5)");
    query.bind(1, toIsoText(from)).bind(2, toIsoText(to)).bind(3, scope.productId);
    query.bind(4, scope.segmentId).bind(5, scope.competitorId);
    std::vector<Deal> deals;
    while (query.step()) {
        deals.push_back(readEvidenceDeal(query));
    }
    return deals;
}

AlertEvidence alertEvidence(const Workspace& workspace, const PositioningAlert& alert) {
    AlertEvidence evidence;
    evidence.sentence = alert.sentence;
    Statement query(workspace.handle(), std::string(kDealColumns) + "WHERE id = ?1");
    const std::size_t listed = std::min<std::size_t>(alert.dealIds.size(), kListedAlertDeals);
    for (std::size_t i = 0; i < alert.dealIds.size(); ++i) {
        AlertDeal& shown = evidence.deals.emplace_back();
        if (i >= listed) {
            continue;  // counted, not listed: no need to read it
        }
        query.reset();
        query.bind(1, alert.dealIds[i]);
        if (query.step()) {
            const Deal deal = readEvidenceDeal(query);
            shown = AlertDeal{deal.closedOn, deal.name, deal.outcome, deal.reason};
        }
    }
    return evidence;
}

}  // namespace

ReviewEvidence readReviewEvidence(const Workspace& workspace, const ReviewScope& scope,
                                  const Date& today, const std::optional<PositioningAlert>& alert) {
    const PositioningThresholds thresholds = readPositioningThresholds(workspace);
    const int window = std::max(thresholds.windowDays, 1);
    const std::vector<Deal> deals =
        dealsBetween(workspace, scope, addDays(today, -2L * window + 1), today);
    ReviewEvidence evidence = summarizeEvidence(deals, scope, today, window, thresholds.minDeals);
    if (alert) {
        evidence.alert = alertEvidence(workspace, *alert);
    }
    return evidence;
}

}  // namespace pmm::storage
