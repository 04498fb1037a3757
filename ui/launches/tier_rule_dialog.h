#pragma once

#include <QDialog>

#include <array>

#include "launches/tier_rule.h"

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace pmm::ui {

class ChecklistEditor;
class ProblemLabel;
class UserFeedback;
class WorkspaceSession;

// Settings ▸ Launch tiering…: edits the tier rule (weights, thresholds, guardrail, Tier 1
// capacity, each tier's checklist). Core's problems are shown inline and keep Save disabled;
// a live preview lists the open launches whose tier would change. Save asks for
// confirmation and adds a new rule version (a version is never edited, so it is not undone
// from the Edit menu: launches keep the version they were tiered with).
class TierRuleDialog : public QDialog {
    Q_OBJECT

public:
    TierRuleDialog(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent = nullptr);

    // The rule as the controls describe it (version 0: not saved).
    launches::TierRule proposedRule() const;
    const launches::TierRule& currentRule() const { return m_current; }
    // Runs the impact preview now instead of after the typing pause.
    void refreshPreview();
    // Asks, then saves the proposed rule as a new version; returns whether it was saved.
    bool save();
    int savedVersion() const { return m_savedVersion; }

    QDoubleSpinBox* weightBox(int index) const {
        return m_weights[static_cast<std::size_t>(index)];
    }
    QDoubleSpinBox* tier1ThresholdBox() const { return m_tier1; }
    QDoubleSpinBox* tier2ThresholdBox() const { return m_tier2; }
    QCheckBox* guardrailBox() const { return m_guardrail; }
    QSpinBox* capacityBox() const { return m_capacity; }
    ChecklistEditor* checklistEditor(int tier) const {
        return m_checklists[static_cast<std::size_t>(tier - 1)];
    }
    ProblemLabel* problemLabel() const { return m_problems; }
    QLabel* ruleLabel() const { return m_ruleText; }
    QLabel* previewSummary() const { return m_previewSummary; }
    QTreeWidget* previewTree() const { return m_preview; }
    QPushButton* saveButton() const { return m_save; }

private:
    QWidget* buildSettings();
    QWidget* buildPreview();
    void load(const launches::TierRule& rule);
    void onEdited();
    bool differsFromCurrent(const launches::TierRule& rule) const;

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    launches::TierRule m_current;
    int m_savedVersion = 0;
    std::array<QDoubleSpinBox*, 3> m_weights{};
    QDoubleSpinBox* m_tier1 = nullptr;
    QDoubleSpinBox* m_tier2 = nullptr;
    QCheckBox* m_guardrail = nullptr;
    QSpinBox* m_capacity = nullptr;
    std::array<ChecklistEditor*, 3> m_checklists{};
    QLabel* m_currentText = nullptr;
    QLabel* m_ruleText = nullptr;
    ProblemLabel* m_problems = nullptr;
    QLabel* m_previewSummary = nullptr;
    QTreeWidget* m_preview = nullptr;
    QTimer* m_previewTimer;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
};

}  // namespace pmm::ui
