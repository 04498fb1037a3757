#pragma once

#include <QWizardPage>

class QLineEdit;
class QPlainTextEdit;

namespace pmm::ui {

class LaunchWizard;
class ProblemLabel;

// New Launch wizard, page 2: the frame. The customer outcome ("which customer decision does
// this change?") and the success metric (metric, baseline, target, review date).
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
    ProblemLabel* problemLabel() const { return m_problem; }

private:
    LaunchWizard& m_wizard;
    QLineEdit* m_outcome;
    QLineEdit* m_metric;
    QLineEdit* m_baseline;
    QLineEdit* m_target;
    QLineEdit* m_reviewDate;
    ProblemLabel* m_problem;
};

}  // namespace pmm::ui
