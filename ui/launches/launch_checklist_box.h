#pragma once

#include <QGroupBox>

#include <cstdint>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace pmm::ui {

class WorkspaceSession;

// A launch's deliverables: the checklist of its tier under its rule version, each item
// ticked or not (each tick an undoable command), with the readiness core computes.
class LaunchChecklistBox : public QGroupBox {
    Q_OBJECT

public:
    explicit LaunchChecklistBox(WorkspaceSession& session, QWidget* parent = nullptr);

    void setLaunch(std::int64_t launchId);
    // Ticks or unticks item `row` through an undoable command.
    bool setDone(int row, bool done);

    QListWidget* list() const { return m_items; }
    QLabel* readinessLabel() const { return m_readiness; }

private:
    void onItemChanged(QListWidgetItem* item);

    WorkspaceSession& m_session;
    std::int64_t m_launchId = 0;
    bool m_loading = false;
    QLabel* m_readiness;
    QListWidget* m_items;
};

}  // namespace pmm::ui
