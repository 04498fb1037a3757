#include "positioning/review_wizard_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "storage/positioning_review_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

ReviewWizardCommand::ReviewWizardCommand(
    WorkspaceSession& session, positioning::PositioningReview review,
    std::optional<positioning::PositioningStatement> newStatement,
    storage::RefreshRequests refreshRequests, const QString& scope)
    : WorkspaceCommand(session),
      m_review(std::move(review)),
      m_newStatement(std::move(newStatement)),
      m_refreshRequests(std::move(refreshRequests)) {
    setText(QCoreApplication::translate("pmm::ui::ReviewWizardCommand", "Positioning review %1")
                .arg(quoted(scope)));
}

void ReviewWizardCommand::apply() {
    m_stored = storage::PositioningReviewStore(session().workspace())
                   .add(m_review, m_newStatement, m_refreshRequests);
    m_review.uid = m_stored.uid;  // redo records the same review again
}

void ReviewWizardCommand::revert() {
    storage::PositioningReviewStore(session().workspace()).takeBack(m_stored.id);
}

int ReviewWizardCommand::id() const {
    return kReviewWizardCommand;
}

}  // namespace pmm::ui
