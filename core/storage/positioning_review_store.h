#pragma once

#include <optional>
#include <vector>

#include "positioning/positioning_review.h"
#include "positioning/positioning_statement.h"
#include "storage/refresh_request_store.h"

namespace pmm::storage {

class Workspace;

// Positioning reviews with their participants. Rule violations throw
// WorkspaceError(Invalid) naming the field.
class PositioningReviewStore {
public:
    explicit PositioningReviewStore(Workspace& workspace) : m_workspace(workspace) {}

    // Stores a review in one transaction; a refine or reposition also stores
    // `newStatement` as the next version of its product and segment and links it. Each card
    // of `refreshRequests` is marked refresh required with the review as its reason.
    positioning::PositioningReview add(
        positioning::PositioningReview review,
        const std::optional<positioning::PositioningStatement>& newStatement = std::nullopt,
        const RefreshRequests& refreshRequests = {});

    // Undoes add() completely in one transaction: the review, its participants, its refresh
    // requests (each card back to the refresh state it had, unless refreshed or flagged
    // again since) and the statement version it created while that is still the newest.
    void takeBack(std::int64_t reviewId);

    // The cards the review asked to refresh.
    std::vector<std::int64_t> refreshRequestCards(std::int64_t reviewId) const;

    // Newest first.
    std::vector<positioning::PositioningReview> list() const;

private:
    void notifyCards(const std::vector<std::int64_t>& cardIds);

    Workspace& m_workspace;
};

}  // namespace pmm::storage
