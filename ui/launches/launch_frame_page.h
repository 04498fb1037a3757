#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pmm::ui {

class LaunchWizard;
class ProblemLabel;

// New Launch wizard, page 2: the frame. The customer outcome ("which customer decision does
// this change?"), the success metric (metric, baseline, target, review date) and the status
// the launch starts in: past candidate only with the whole frame (the status gate, explained
// on the page as soon as it applies).
class LaunchFramePage : public QWizardPage {
    Q_OBJECT

public:
    explicit LaunchFramePage(LaunchWizard& wizard);

    bool validatePage() override;

    QLineEdit* outcomeEdit() const { return m_outcome; }
    QLineEdit* metricEdit() const { return m_metric; }
    QLineEdit* baselineEdit() const { return m_baseline; }
    QLineEdit* targetEdit() const { return m_target; }
    QLineEdit* reviewDateEdit() const { return m_reviewDate; }
    QComboBox* statusBox() const { return m_status; }
    ProblemLabel* problemLabel() const { return m_problem; }

private:
    // Core's objection to the draft as it stands (the status gate among others), or empty.
    QString problem() const;

    LaunchWizard& m_wizard;
    QLineEdit* m_outcome;
    QLineEdit* m_metric;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QLineEdit* m_reviewDate;
    QComboBox* m_status;
    ProblemLabel* m_problem;
};

}  // namespace pmm::ui
