#pragma once

#include <QWidget>

#include <vector>

#include "positioning/positioning_statement.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace pmm::ui {

// One product × segment's statement: the current version as a sentence, every version
// newest first, and a part-by-part comparison of any two versions (the changed parts
// marked). Choosing a version in the history compares it with the one before it.
class StatementHistoryPane : public QWidget {
    Q_OBJECT

public:
    explicit StatementHistoryPane(QWidget* parent = nullptr);

    // `versions` newest first, as PositioningStatementStore::history returns them.
    void showHistory(std::vector<positioning::PositioningStatement> versions,
                     const QString& product);
    void clear();
    // Compares two versions by number (either order); false when one is not there.
    bool compare(int olderVersion, int newerVersion);

    QLabel* sentence() const { return m_sentence; }
    QTableWidget* historyTable() const { return m_history; }
    QComboBox* olderBox() const { return m_older; }
    QComboBox* newerBox() const { return m_newer; }
    QTableWidget* diffTable() const { return m_diff; }
    QLabel* diffSummary() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createComparison();
    void fillHistory();
    void updateDiff();
    const positioning::PositioningStatement* version(int number) const;

    std::vector<positioning::PositioningStatement> m_versions;
    QString m_product;
    QLabel* m_sentence;
    QTableWidget* m_history;
    QComboBox* m_older;
    QComboBox* m_newer;
    QLabel* m_summary;
    QTableWidget* m_diff;
    QWidget* m_comparison = nullptr;
};

}  // namespace pmm::ui
