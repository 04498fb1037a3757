#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace pmm::ui {

class LaunchWizard;
class ProblemLabel;

// New Launch wizard, page 1: what and when (name, product, quarter, target date, owner).
class LaunchBasicsPage : public QWizardPage {
    Q_OBJECT

public:
    explicit LaunchBasicsPage(LaunchWizard& wizard);

    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* productBox() const { return m_product; }
    QLineEdit* quarterEdit() const { return m_quarter; }
    QLineEdit* targetDateEdit() const { return m_targetDate; }
    QComboBox* ownerBox() const { return m_owner; }
    ProblemLabel* problemLabel() const { return m_problem; }
    ProblemLabel* quarterProblemLabel() const { return m_quarterProblem; }

private:
    void checkQuarter();

    LaunchWizard& m_wizard;
    QLineEdit* m_name;
    QComboBox* m_product;
    QLineEdit* m_quarter;
    ProblemLabel* m_quarterProblem;
    QLineEdit* m_targetDate;
    QComboBox* m_owner;
    ProblemLabel* m_problem;
};

}  // namespace pmm::ui
