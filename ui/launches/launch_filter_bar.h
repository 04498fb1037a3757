#pragma once

#include <QList>
#include <QVariant>
#include <QWidget>

#include <utility>

class QComboBox;
class QLineEdit;

namespace pmm::ui {

class LaunchFilterProxy;
class WorkspaceSession;

// The Launches table's filters: text search (as you type) and quarter, tier, status and
// owner choices. It sets them on the proxy; the quarter and owner choices follow the
// workspace.
class LaunchFilterBar : public QWidget {
    Q_OBJECT

public:
    LaunchFilterBar(WorkspaceSession& session, LaunchFilterProxy& proxy, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* quarterBox() const { return m_quarter; }
    QComboBox* tierBox() const { return m_tier; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* ownerBox() const { return m_owner; }

    // Every filter back to "any".
    void clearFilters();
    // Reads the quarters that have launches and the people again.
    void refreshChoices();
    // Reads the quarters again: after an edit of a launch, the people are the same.
    void refreshQuarters();

Q_SIGNALS:
    void filtersChanged();

private:
    void apply();
    QList<std::pair<QString, QVariant>> quarterChoices() const;
    QList<std::pair<QString, QVariant>> ownerChoices() const;

    WorkspaceSession& m_session;
    LaunchFilterProxy& m_proxy;
    QLineEdit* m_search;
    QComboBox* m_quarter;
    QComboBox* m_tier;
    QComboBox* m_status;
    QComboBox* m_owner;
    bool m_refreshing = false;
};

}  // namespace pmm::ui
