#pragma once

#include <QDialog>

#include <cstdint>
#include <optional>
#include <utility>

class QLabel;
class QTableView;
class QTextBrowser;

namespace pmm::ui {

class BattlecardRevisionModel;
class WorkspaceSession;

// A card's history: every revision (who, when, what changed), what changed since the last
// refresh, and a section-by-section diff between any two revisions: select two rows (Ctrl+
// click, or Shift+arrows for a range: the oldest and newest selected are compared); one
// selected revision is compared with the one before it.
class BattlecardHistoryDialog : public QDialog {
    Q_OBJECT

public:
    BattlecardHistoryDialog(WorkspaceSession& session, std::int64_t cardId, const QString& cardName,
                            QWidget* parent = nullptr);

    // Selects revisions `from` and `to` (numbers) and shows their diff.
    void compare(int from, int to);
    // The pair of revision numbers the diff shows, if any.
    std::optional<std::pair<int, int>> compared() const { return m_compared; }

    BattlecardRevisionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* diffView() const { return m_diff; }
    QLabel* sinceRefreshLabel() const { return m_since; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onSelectionChanged();
    void showDiff(int from, int to);
    void updateSinceRefresh();
    int rowOfNumber(int number) const;

    WorkspaceSession& m_session;
    std::int64_t m_cardId;
    BattlecardRevisionModel* m_model;
    QLabel* m_since;
    QLabel* m_comparing;
    QTableView* m_table;
    QTextBrowser* m_diff;
    std::optional<std::pair<int, int>> m_compared;
};

}  // namespace pmm::ui
