#pragma once

#include <QWizardPage>

#include <array>

namespace pmm::ui {

class CriterionScoreEditor;
class LaunchWizard;
class ProblemLabel;

// New Launch wizard, page 3: the three tier criteria, each scored 1-5 with every level
// described in words, and a one-line evidence note each.
class LaunchCriteriaPage : public QWizardPage {
    Q_OBJECT

public:
    explicit LaunchCriteriaPage(LaunchWizard& wizard);

    bool validatePage() override;

    CriterionScoreEditor* editor(int index) const {
        return m_editors[static_cast<std::size_t>(index)];
    }
    ProblemLabel* problemLabel() const { return m_problem; }

private:
    LaunchWizard& m_wizard;
    std::array<CriterionScoreEditor*, 3> m_editors{};
    ProblemLabel* m_problem;
};

}  // namespace pmm::ui
