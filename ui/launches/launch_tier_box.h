#pragma once

#include <QGroupBox>

#include <optional>

#include "launches/launch.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// A launch's tier: the tier in force, core's explanation, what it would take to reach the
// next tier, the rule version it was tiered with (and re-tiering with the current one), and
// the override with its reason and history.
class LaunchTierBox : public QGroupBox {
    Q_OBJECT

public:
    LaunchTierBox(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent = nullptr);

    void setLaunch(const launches::Launch& launch);

    // Overrides to `tier` with `reason` (undoable); core's refusal is shown inline.
    bool overrideTo(int tier, const QString& reason);
    // Removes the override (undoable).
    bool removeOverride();
    // Asks, then re-tiers the launch with the current rule version (not undoable).
    bool retierWithCurrentRule();

    QLabel* tierLabel() const { return m_tier; }
    QLabel* explanationLabel() const { return m_explanation; }
    QLabel* hintLabel() const { return m_hint; }
    QLabel* versionLabel() const { return m_version; }
    QPushButton* retierButton() const { return m_retier; }
    QComboBox* overrideTierBox() const { return m_overrideTier; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* overrideButton() const { return m_override; }
    QPushButton* removeOverrideButton() const { return m_removeOverride; }
    QLabel* historyLabel() const { return m_history; }

private:
    void updateButtons();

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    std::optional<launches::Launch> m_launch;
    int m_currentVersion = 0;
    QLabel* m_tier;
    QLabel* m_explanation;
    QLabel* m_hint;
    QLabel* m_version;
    QPushButton* m_retier;
    QComboBox* m_overrideTier;
    QLineEdit* m_reason;
    QPushButton* m_override;
    QPushButton* m_removeOverride;
    QLabel* m_history;
};

}  // namespace pmm::ui
