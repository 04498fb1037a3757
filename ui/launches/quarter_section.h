#pragma once

#include <optional>

#include "common/section.h"
#include "launches/quarter.h"
#include "launches/quarter_overview.h"
#include "util/dates.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pmm::ui {

class EmptyState;
class ProblemLabel;
class WorkspaceSession;

// Quarter: one quarter at a glance from core's QuarterOverview: counts by tier and status,
// Tier 1 capacity with core's warning, readiness per tier, launches at risk and launches
// missing their outcome or metric. Activating a launch asks the window to show it.
class QuarterSection : public Section {
    Q_OBJECT

public:
    explicit QuarterSection(WorkspaceSession& session, QWidget* parent = nullptr);

    QString title() const override;
    QString iconResource() const override;

    const launches::Quarter& quarter() const { return m_quarter; }
    void setQuarter(const launches::Quarter& quarter);
    void showPreviousQuarter();
    void showNextQuarter();
    void showCurrentQuarter();
    // The day "at risk" counts from (today unless a test says otherwise).
    void setAsOf(const Date& day);
    // Computes the overview again now (it is otherwise computed when shown).
    void refresh();
    const launches::QuarterOverview& overview() const { return m_overview; }

    QComboBox* quarterBox() const { return m_quarterBox; }
    QLabel* headline() const { return m_headline; }
    QLabel* capacityLabel() const { return m_capacity; }
    ProblemLabel* capacityWarning() const { return m_capacityWarning; }
    QLabel* readinessLabel() const { return m_readiness; }
    QTableWidget* summaryTable() const { return m_summary; }
    QTreeWidget* atRiskList() const { return m_atRisk; }
    QTreeWidget* missingFrameList() const { return m_missing; }
    EmptyState* emptyState() const { return m_empty; }

Q_SIGNALS:
    void launchActivated(qint64 launchId);
    void newLaunchRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildOverview();
    void fillQuarterBox();
    void fillSummary();
    void fillAtRisk();
    void fillMissing();
    void scheduleRefresh();
    void onItemActivated(QTreeWidgetItem* item);

    WorkspaceSession& m_session;
    launches::Quarter m_quarter;
    std::optional<Date> m_asOf;
    launches::QuarterOverview m_overview;
    bool m_dirty = true;
    bool m_filling = false;

    QToolButton* m_previous;
    QComboBox* m_quarterBox;
    QToolButton* m_next;
    QPushButton* m_today;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QLabel* m_headline;
    QLabel* m_capacity;
    ProblemLabel* m_capacityWarning;
    QLabel* m_readiness;
    QTableWidget* m_summary;
    QLabel* m_atRiskTitle;
    QTreeWidget* m_atRisk;
    QLabel* m_missingTitle;
    QTreeWidget* m_missing;
};

}  // namespace pmm::ui
