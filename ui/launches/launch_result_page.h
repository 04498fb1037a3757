#pragma once

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace pmm::ui {

class LaunchWizard;

// New Launch wizard, page 4: the rule's result (tier, score and core's explanation), what it
// would take to reach the next tier, and an optional override that needs a reason.
class LaunchResultPage : public QWizardPage {
    Q_OBJECT

public:
    explicit LaunchResultPage(LaunchWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    QLabel* tierLabel() const { return m_tier; }
    QLabel* explanationLabel() const { return m_explanation; }
    QLabel* hintLabel() const { return m_hint; }
    QGroupBox* overrideBox() const { return m_override; }
    QComboBox* overrideTierBox() const { return m_overrideTier; }
    QLineEdit* reasonEdit() const { return m_reason; }

private:
    LaunchWizard& m_wizard;
    QLabel* m_tier;
    QLabel* m_score;
    QLabel* m_explanation;
    QLabel* m_hint;
    QGroupBox* m_override;
    QComboBox* m_overrideTier;
    QLineEdit* m_reason;
};

}  // namespace pmm::ui
