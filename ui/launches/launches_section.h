#pragma once

#include <cstdint>

#include "common/section.h"

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pmm::ui {

class EmptyState;
class LaunchDetailPane;
class LaunchFilterBar;
class LaunchFilterProxy;
class LaunchTableModel;
class LaunchWizard;
class TierRuleDialog;
class UserFeedback;
class WorkspaceSession;

// Launches: every launch in a sortable, filterable table with a detail pane to edit the
// selected one; the New Launch wizard (Ctrl+Shift+N) and the tier rule editor open here.
class LaunchesSection : public Section {
    Q_OBJECT

public:
    LaunchesSection(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent = nullptr);

    QString title() const override;
    QString iconResource() const override;
    void focusFilter() override;

    // File ▸ New launch… and the section's button (Ctrl+Shift+N).
    QAction* newLaunchAction() const { return m_newLaunchAction; }
    // Removes the current launch (Delete in the table, or its context menu); undoable.
    QAction* removeLaunchAction() const { return m_removeLaunchAction; }
    QAction* removeAction() const override { return m_removeLaunchAction; }
    // Removes the launch shown in the detail pane; false when none or the workspace is
    // read-only. Edit ▸ Undo puts it back with its checklist and override history.
    bool removeCurrentLaunch();
    // Opens the New Launch wizard (window-modal, not blocking); nullptr when no workspace is
    // open for writing. The created launch is selected when the wizard finishes.
    LaunchWizard* newLaunch();
    // Opens Settings ▸ Launch tiering… (window-modal, not blocking).
    TierRuleDialog* openRuleEditor();
    // Selects launch `id` in the table (clearing filters that hide it) and shows it in the
    // detail pane. Returns whether the launch exists.
    bool showLaunch(std::int64_t id);

    LaunchTableModel* model() const { return m_model; }
    LaunchFilterProxy* proxy() const { return m_proxy; }
    LaunchFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    LaunchDetailPane* detailPane() const { return m_detail; }
    EmptyState* emptyState() const { return m_empty; }
    EmptyState* noMatchState() const { return m_noMatch; }
    QLabel* countLabel() const { return m_count; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    void updateOrientation();
    void updateState();
    void onCurrentRowChanged();
    void reselect();

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    LaunchTableModel* m_model;
    LaunchFilterProxy* m_proxy;
    LaunchFilterBar* m_filters;
    QAction* m_newLaunchAction;
    QAction* m_removeLaunchAction;
    QPushButton* m_newLaunch;
    QLabel* m_count;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QTableView* m_table;
    EmptyState* m_empty;
    EmptyState* m_noMatch;
    LaunchDetailPane* m_detail;
    std::int64_t m_currentId = 0;
    bool m_oriented = false;
    int m_columnsWidth = 0;
};

}  // namespace pmm::ui
