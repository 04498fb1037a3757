#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class EmptyState;
class WinLossFilterBar;
class WinLossFilterProxy;
class WinLossTableModel;
class WorkspaceSession;

// The Positioning section's "Win/loss" tab: every win/loss record in a sortable table with
// filters (competitor, segment, outcome, period, text as you type) and a line summing up the
// records shown: "N records, W won, L lost, D no decision; win rate X % (interval a–b %)".
// File ▸ Export table as CSV exports the table as filtered and sorted.
class WinLossView : public QWidget {
    Q_OBJECT

public:
    explicit WinLossView(WorkspaceSession& session, QWidget* parent = nullptr);

    WinLossTableModel* model() const { return m_model; }
    WinLossFilterProxy* proxy() const { return m_proxy; }
    WinLossFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    EmptyState* emptyState() const { return m_empty; }
    EmptyState* noMatchState() const { return m_noMatch; }

    // Puts the keyboard in the search field (the section's Ctrl+F).
    void focusFilter();

private:
    void updateState();
    int minDeals() const;

    WorkspaceSession& m_session;
    WinLossTableModel* m_model;
    WinLossFilterProxy* m_proxy;
    WinLossFilterBar* m_filters;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    EmptyState* m_noMatch;
    QLabel* m_summary;
};

}  // namespace pmm::ui
