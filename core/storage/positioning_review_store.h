#pragma once

#include <optional>
#include <vector>

#include "positioning/positioning_review.h"
#include "positioning/positioning_statement.h"

namespace pmm::storage {

class Workspace;

// Positioning reviews with their participants. Rule violations throw
// WorkspaceError(Invalid) naming the field.
class PositioningReviewStore {
public:
    explicit PositioningReviewStore(Workspace& workspace) : m_workspace(workspace) {}

    // Stores a review in one transaction; a refine or reposition also stores
    // `newStatement` as the next version of its product and segment and links it.
    positioning::PositioningReview add(
        positioning::PositioningReview review,
        const std::optional<positioning::PositioningStatement>& newStatement = std::nullopt);

    // Newest first.
    std::vector<positioning::PositioningReview> list() const;

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
