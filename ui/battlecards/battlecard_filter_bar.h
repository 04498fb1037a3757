#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace pmm::ui {

class BattlecardFilterProxy;
class WorkspaceSession;

// Above the Battlecards table: the full-text search (as you type) and the competitor,
// segment, owner and status filters, which act on the proxy directly.
class BattlecardFilterBar : public QWidget {
    Q_OBJECT

public:
    BattlecardFilterBar(WorkspaceSession& session, BattlecardFilterProxy& proxy,
                        QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* competitorBox() const { return m_competitor; }
    QComboBox* segmentBox() const { return m_segment; }
    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* statusBox() const { return m_status; }

    // Resets every filter and the search text.
    void clearFilters();
    // Reads the competitors, segments and people again (keeping the choices still offered).
    void reloadChoices();

Q_SIGNALS:
    void searchChanged(const QString& text);
    void filtersChanged();

private:
    void applyFilters();

    WorkspaceSession& m_session;
    BattlecardFilterProxy& m_proxy;
    QLineEdit* m_search;
    QComboBox* m_competitor;
    QComboBox* m_segment;
    QComboBox* m_owner;
    QComboBox* m_status;
};

}  // namespace pmm::ui
