#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

#include "positioning/positioning_facts.h"
#include "positioning/win_rate.h"
#include "storage/change.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace pmm::ui {

class EmptyState;
class WinRatePlot;
class WinRateTable;
class WorkspaceSession;

// The Positioning section's "Win rates" tab: the win rate against each chosen competitor by
// quarter (Qt Charts) with its 95 % interval and sample size, quarters with fewer decided
// deals than the workspace's minimum marked "too few deals to judge"; under it the same
// numbers as a table, and the win rate of each angle the reps led with against the chosen
// competitors. The competitors with the most decided deals (at most five) are chosen first.
// It reads the workspace when shown, and again after a change while it is shown.
class WinRateChartView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kDefaultLines = 5;

    explicit WinRateChartView(WorkspaceSession& session, QWidget* parent = nullptr);

    // Reads deals and thresholds again, keeping the chosen competitors that still have deals.
    void reload();
    // Shows exactly these competitors, in this order.
    void setChosenCompetitors(const std::vector<std::int64_t>& ids);
    const std::vector<std::int64_t>& chosenCompetitors() const { return m_chosen; }
    int minDeals() const { return m_minDeals; }

    QListWidget* competitorList() const { return m_competitors; }
    QLineEdit* competitorSearch() const { return m_search; }
    WinRatePlot* plot() const { return m_plot; }
    WinRateTable* quarterTable() const { return m_quarterTable; }
    WinRateTable* angleTable() const { return m_angleTable; }
    QLabel* legendLabel() const { return m_legend; }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged(const storage::Change& change);
    void fillCompetitorList();
    void onCompetitorToggled();
    void filterCompetitorList(const QString& text);
    void refreshChart();

    WorkspaceSession& m_session;
    QLineEdit* m_search;
    QListWidget* m_competitors;
    WinRatePlot* m_plot;
    QLabel* m_legend;
    QTabWidget* m_tables;
    WinRateTable* m_quarterTable;
    WinRateTable* m_angleTable;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    positioning::PositioningFacts m_facts;
    std::vector<positioning::CompetitorQuarterWinRate> m_rates;
    std::vector<positioning::AngleWinRate> m_angleRates;
    std::vector<std::int64_t> m_chosen;
    int m_minDeals = 5;
    bool m_stale = true;
    bool m_filling = false;
};

}  // namespace pmm::ui
