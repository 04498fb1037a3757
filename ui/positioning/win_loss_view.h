#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QAction;
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
// File ▸ Export table as CSV exports the table as filtered and sorted. Del (or Edit ▸ Remove)
// removes the selected records in one undoable step.
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
    // "Remove win/loss record": enabled while records are selected in a writable workspace
    // and removal is allowed (the section allows it while this tab is shown).
    QAction* removeAction() const { return m_removeAction; }
    void setRemoveAllowed(bool allowed);
    // Removes the selected records (one undo step); false when none was removed.
    bool removeSelected();
    // The ids of the selected records, in table order.
    std::vector<std::int64_t> selectedIds() const;

    // Puts the keyboard in the search field (the section's Ctrl+F).
    void focusFilter();

private:
    void setUpRemoveAction();
    void updateState();
    void updateRemoveAction();
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
    QAction* m_removeAction;
    bool m_removeAllowed = true;
};

}  // namespace pmm::ui
