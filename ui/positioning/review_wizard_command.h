#pragma once

#include <QString>

#include <optional>

#include "positioning/positioning_review.h"
#include "positioning/positioning_statement.h"
#include "storage/refresh_request_store.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Records a positioning review as the review wizard describes it: the review with its
// participants and follow-ups, the new statement version of a refine or reposition, and the
// refresh requests on the cards it names, in one transaction. Undo takes it all back (the
// cards return to the refresh state they had); redo records it again under the same uid.
class ReviewWizardCommand final : public WorkspaceCommand {
public:
    ReviewWizardCommand(WorkspaceSession& session, positioning::PositioningReview review,
                        std::optional<positioning::PositioningStatement> newStatement,
                        storage::RefreshRequests refreshRequests, const QString& scope);

    void apply() override;
    void revert() override;
    int id() const override;

    // The review as the last apply() stored it (id 0 before).
    const positioning::PositioningReview& stored() const { return m_stored; }

private:
    positioning::PositioningReview m_review;
    std::optional<positioning::PositioningStatement> m_newStatement;
    storage::RefreshRequests m_refreshRequests;
    positioning::PositioningReview m_stored;
};

}  // namespace pmm::ui
