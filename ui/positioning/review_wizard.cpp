#include "positioning/review_wizard.h"

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "positioning/review_wizard_command.h"
#include "positioning/review_wizard_pages.h"
#include "storage/battlecard_store.h"

namespace pmm::ui {

ReviewWizard::ReviewWizard(WorkspaceSession& session,
                           std::optional<positioning::PositioningAlert> alert, QWidget* parent)
    : QWizard(parent),
      m_session(session),
      m_alert(std::move(alert)),
      m_names(PositioningNames::read(session)) {
    setObjectName(QStringLiteral("reviewWizard"));
    setWindowTitle(tr("Positioning review"));
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    if (session.isOpen()) {
        reportingErrors(session, [this] {
            m_cards = storage::BattlecardStore(m_session.workspace()).rows();
            m_launches = launches::readAllLaunchRows(m_session.workspace());
        });
    }
    m_scope = new ReviewScopePage(*this);
    m_evidence = new ReviewEvidencePage(*this);
    m_decision = new ReviewDecisionPage(*this);
    m_followUps = new ReviewFollowUpsPage(*this);
    setPage(ScopePage, m_scope);
    setPage(EvidencePage, m_evidence);
    setPage(DecisionPage, m_decision);
    setPage(FollowUpsPage, m_followUps);
    setStartId(ScopePage);
    setMinimumSize(100 * fontMetrics().averageCharWidth(), 38 * fontMetrics().lineSpacing());
}

ReviewWizard* ReviewWizard::openFor(WorkspaceSession& session,
                                    std::optional<positioning::PositioningAlert> alert,
                                    QWidget* parent) {
    if (!session.isOpen() || session.isReadOnly()) {
        session.reportError(
            tr("A positioning review is recorded in the workspace: open one "
               "for writing first."));
        return nullptr;
    }
    auto* wizard = new ReviewWizard(session, std::move(alert), parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

positioning::ReviewScope ReviewWizard::scope() const {
    return {m_scope->productId(), m_scope->segmentId(), m_scope->competitorId()};
}

positioning::ScopeNames ReviewWizard::scopeNames() const {
    const auto nameOf = [](const QHash<std::int64_t, QString>& names,
                           const std::optional<std::int64_t>& id) {
        return id ? toStdString(names.value(*id)) : std::string();
    };
    const positioning::ReviewScope chosen = scope();
    return {nameOf(m_names.products, chosen.productId), nameOf(m_names.segments, chosen.segmentId),
            nameOf(m_names.competitors, chosen.competitorId)};
}

void ReviewWizard::accept() {
    const positioning::ReviewScope chosen = scope();
    positioning::PositioningReview review;
    review.reviewedOn = m_scope->reviewedOn().value_or(pmm::today());
    review.trigger = m_scope->trigger();
    review.productId = chosen.productId;
    review.segmentId = chosen.segmentId;
    review.competitorId = chosen.competitorId;
    review.evidence = m_evidence->evidence();
    review.decision = m_decision->decision().value_or(positioning::ReviewDecision::Keep);
    review.followUps = m_followUps->followUps();
    review.participantIds = m_followUps->participantIds();
    auto statement = m_decision->newStatement();
    if (statement) {
        statement->createdOn = review.reviewedOn;
        statement->note = "review of " + toIsoText(review.reviewedOn);
    }
    auto command = std::make_unique<ReviewWizardCommand>(
        m_session, std::move(review), std::move(statement),
        storage::RefreshRequests{m_followUps->cardIds(), m_followUps->note()},
        toQString(positioning::scopeSentence(scopeNames())));
    const ReviewWizardCommand* recorded = command.get();
    if (!m_session.execute(std::move(command))) {
        return;  // core's sentence was reported; the wizard stays open to fix it
    }
    m_createdId = recorded->stored().id;
    QWizard::accept();
}

}  // namespace pmm::ui
