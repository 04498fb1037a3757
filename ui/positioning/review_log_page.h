#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class EmptyState;
class ReviewLogModel;
class WorkspaceSession;

// The Reviews tab: the log of positioning reviews held (date, trigger, scope, decision,
// participants); the chosen review's evidence, follow-ups and the statement it produced,
// which "Show statement" opens in the Statements tab.
class ReviewLogPage : public QWidget {
    Q_OBJECT

public:
    ReviewLogPage(WorkspaceSession& session, QWidget* parent = nullptr);

    void reload();

    ReviewLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EmptyState* emptyState() const { return m_empty; }
    QLabel* evidenceLabel() const { return m_evidence; }
    QLabel* followUpsLabel() const { return m_followUps; }
    QLabel* statementLabel() const { return m_statement; }
    QPushButton* showStatementButton() const { return m_showStatement; }

Q_SIGNALS:
    void statementRequested(qint64 productId, qint64 segmentId);
    void newReviewRequested();

private:
    QWidget* createDetail();
    void updateState();
    void updateDetail();

    WorkspaceSession& m_session;
    ReviewLogModel* m_model;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    QWidget* m_detail = nullptr;
    QLabel* m_title;
    QLabel* m_evidence;
    QLabel* m_followUps;
    QLabel* m_statement;
    QPushButton* m_showStatement;
    qint64 m_statementProduct = 0;
    qint64 m_statementSegment = 0;
};

}  // namespace pmm::ui
