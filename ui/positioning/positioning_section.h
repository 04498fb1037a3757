#pragma once

#include "common/section.h"
#include "positioning/positioning_alert_metatype.h"
#include "positioning/positioning_trigger.h"
#include "storage/change.h"
#include "util/dates.h"

class QTabWidget;

namespace pmm::ui {

class ReviewLogPage;
class StatementPage;
class TriggerPage;
class WinLossView;
class WorkspaceSession;

// Positioning: the open triggers with their evidence (acting on one asks for a review),
// the statements per product × segment with history and diff, the reviews log, the win/loss
// records and the win rate against each competitor by quarter. Every tab refreshes itself
// from the workspace's change notifications.
class PositioningSection : public Section {
    Q_OBJECT

public:
    enum Tab { Triggers, Statements, Reviews, WinLoss, WinRates };

    PositioningSection(WorkspaceSession& session, QWidget* parent = nullptr);

    QString title() const override;
    QString iconResource() const override;
    void focusFilter() override;
    // "Remove win/loss record" of the Win/loss tab; disabled while another tab is shown.
    QAction* removeAction() const override;

    // The day the triggers are evaluated on: today unless a test or a tour pins it.
    void setToday(const Date& today);
    // How many triggers are open now (for the status bar).
    int openTriggerCount() const;

    QTabWidget* tabs() const { return m_tabs; }
    TriggerPage* triggerPage() const { return m_triggers; }
    StatementPage* statementPage() const { return m_statements; }
    ReviewLogPage* reviewPage() const { return m_reviews; }
    WinLossView* winLossView() const { return m_winLoss; }

Q_SIGNALS:
    // "Act on this trigger…": a review of `alert`, pre-filled from its evidence.
    void reviewRequested(const pmm::positioning::PositioningAlert& alert);
    // "New review…": a review not prompted by a trigger (scheduled).
    void newReviewRequested();
    void openTriggerCountChanged(int count);

private:
    void onChanged(const storage::Change& change);
    void reloadAll();

    WorkspaceSession& m_session;
    QTabWidget* m_tabs;
    TriggerPage* m_triggers;
    StatementPage* m_statements;
    ReviewLogPage* m_reviews;
    WinLossView* m_winLoss;
};

}  // namespace pmm::ui
