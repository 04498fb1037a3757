#pragma once

#include <QWizard>

#include <cstdint>
#include <optional>
#include <vector>

#include "battlecards/battlecard_row.h"
#include "positioning/positioning_names.h"
#include "positioning/positioning_trigger.h"
#include "positioning/review_evidence.h"
#include "storage/launch_row.h"

namespace pmm::ui {

class ReviewScopePage;
class ReviewEvidencePage;
class ReviewDecisionPage;
class ReviewFollowUpsPage;
class WorkspaceSession;

// The positioning review wizard of PRODUCT §4: trigger and scope → evidence (the win/loss
// summary filled in from the data, ICP assumptions, competitive notes) → decision (keep,
// refine or reposition with the new statement) → follow-ups (cards to refresh, launches
// affected, participants). Started from an alert it is pre-filled from the alert. Finish
// records the review with one undoable command.
class ReviewWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { ScopePage, EvidencePage, DecisionPage, FollowUpsPage };

    ReviewWizard(WorkspaceSession& session, std::optional<positioning::PositioningAlert> alert,
                 QWidget* parent = nullptr);

    // Opens a wizard window-modal over `parent`, deleted when closed; refused (reported)
    // without a workspace open for writing.
    static ReviewWizard* openFor(WorkspaceSession& session,
                                 std::optional<positioning::PositioningAlert> alert,
                                 QWidget* parent);

    WorkspaceSession& session() const { return m_session; }
    const std::optional<positioning::PositioningAlert>& alert() const { return m_alert; }
    const PositioningNames& names() const { return m_names; }
    const std::vector<battlecards::BattlecardRow>& cards() const { return m_cards; }
    const std::vector<launches::LaunchRow>& launches() const { return m_launches; }

    ReviewScopePage* scopePage() const { return m_scope; }
    ReviewEvidencePage* evidencePage() const { return m_evidence; }
    ReviewDecisionPage* decisionPage() const { return m_decision; }
    ReviewFollowUpsPage* followUpsPage() const { return m_followUps; }

    // The scope chosen on the first page and its names for sentences.
    positioning::ReviewScope scope() const;
    positioning::ScopeNames scopeNames() const;

    // The id of the review Finish recorded; 0 before.
    std::int64_t createdReviewId() const { return m_createdId; }

public Q_SLOTS:
    void accept() override;

private:
    WorkspaceSession& m_session;
    std::optional<positioning::PositioningAlert> m_alert;
    PositioningNames m_names;
    std::vector<battlecards::BattlecardRow> m_cards;
    std::vector<launches::LaunchRow> m_launches;
    ReviewScopePage* m_scope;
    ReviewEvidencePage* m_evidence;
    ReviewDecisionPage* m_decision;
    ReviewFollowUpsPage* m_followUps;
    std::int64_t m_createdId = 0;
};

}  // namespace pmm::ui
