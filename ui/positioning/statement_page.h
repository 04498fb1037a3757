#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class EmptyState;
class StatementHistoryPane;
class StatementScopeModel;
class StatementVersionDialog;
class WorkspaceSession;

// The Statements tab: every product × segment with a positioning statement (the current
// version as a sentence, its number, date and author); the chosen one's history and a
// part-by-part diff of any two versions; "New version…" writes one outside a review.
class StatementPage : public QWidget {
    Q_OBJECT

public:
    StatementPage(WorkspaceSession& session, QWidget* parent = nullptr);

    void reload();
    // Selects a product × segment; false when it has no statement.
    bool showScope(std::int64_t productId, std::int64_t segmentId);
    // Window-modal, not blocking; nullptr without a workspace open for writing.
    StatementVersionDialog* newVersion();

    StatementScopeModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    StatementHistoryPane* history() const { return m_history; }
    EmptyState* emptyState() const { return m_empty; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    QLabel* countLabel() const { return m_count; }

private:
    void updateState();
    void updateHistory();

    WorkspaceSession& m_session;
    StatementScopeModel* m_model;
    QLabel* m_count;
    QPushButton* m_newVersion;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    StatementHistoryPane* m_history;
};

}  // namespace pmm::ui
