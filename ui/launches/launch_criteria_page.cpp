#include "launches/launch_criteria_page.h"

#include <QFrame>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "launches/criterion_score_editor.h"
#include "launches/launch_texts.h"
#include "launches/launch_wizard.h"
#include "launches/launch_wizard_fields.h"
#include "launches/problem_label.h"
#include "storage/launch_validation.h"

namespace pmm::ui {

LaunchCriteriaPage::LaunchCriteriaPage(LaunchWizard& wizard)
    : m_wizard(wizard), m_problem(new ProblemLabel(this)) {
    setObjectName(QStringLiteral("criteriaPage"));
    setTitle(tr("Tier criteria and evidence"));
    setSubTitle(
        tr("Score each criterion from 1 to 5; the words beside the score say what the "
           "level means. Add one line of evidence for each."));

    auto* layout = new QVBoxLayout(this);
    for (std::size_t i = 0; i < launches::kCriteria.size(); ++i) {
        const launches::Criterion criterion = launches::kCriteria[i];
        auto* editor = new CriterionScoreEditor(criterion, this);
        m_editors[i] = editor;
        if (i > 0) {
            auto* line = new QFrame(this);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            layout->addWidget(line);
        }
        layout->addWidget(editor);
        registerField(QString::fromLatin1(wizard_fields::score(criterion)) + u'*', editor, "score",
                      SIGNAL(scoreChanged(int)));
        registerField(QString::fromLatin1(wizard_fields::evidence(criterion)), editor, "evidence",
                      SIGNAL(evidenceChanged(QString)));
    }
    layout->addStretch(1);
    layout->addWidget(m_problem);
}

bool LaunchCriteriaPage::validatePage() {
    const launches::Launch draft = m_wizard.draft();
    WorkspaceSession& session = m_wizard.session();
    const QString problem = coreProblem(
        [&session, &draft] { launches::validateLaunch(session.workspace().handle(), draft); });
    m_problem->setProblem(problem);
    return problem.isEmpty();
}

}  // namespace pmm::ui
