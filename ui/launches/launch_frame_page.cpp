#include "launches/launch_frame_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "launches/launch_wizard.h"
#include "launches/launch_wizard_fields.h"
#include "launches/problem_label.h"
#include "storage/launch_validation.h"

namespace pmm::ui {

LaunchFramePage::LaunchFramePage(LaunchWizard& wizard)
    : m_wizard(wizard),
      m_outcome(new QLineEdit(this)),
      m_metric(new QLineEdit(this)),
      m_baseline(new QLineEdit(this)),
      m_target(new QLineEdit(this)),
      m_reviewDate(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_problem(new ProblemLabel(this)) {
    setObjectName(QStringLiteral("framePage"));
    setTitle(tr("Customer outcome and success metric"));
    setSubTitle(
        tr("Which customer decision does this launch change, and how will you know it "
           "worked?"));

    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setPlaceholderText(
        tr("e.g. Finance teams choose us over spreadsheets for usage forecasting"));
    m_metric->setObjectName(QStringLiteral("metric"));
    m_metric->setPlaceholderText(tr("e.g. Trial-to-paid conversion of finance teams"));
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->setPlaceholderText(tr("Where it is today, e.g. 8 %"));
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("Where it should be, e.g. 12 %"));
    m_reviewDate->setObjectName(QStringLiteral("reviewDate"));
    m_reviewDate->setPlaceholderText(tr("YYYY-MM-DD: when you will compare"));

    m_status->setObjectName(QStringLiteral("status"));
    for (const launches::LaunchStatus status :
         {launches::LaunchStatus::Idea, launches::LaunchStatus::Candidate,
          launches::LaunchStatus::Planned, launches::LaunchStatus::InProgress}) {
        m_status->addItem(statusText(status));
    }
    // Once the gate has objected, it says at once whether a change answered it.
    const auto recheck = [this] {
        if (!m_problem->problem().isEmpty()) {
            m_problem->setProblem(problem());
        }
    };
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_problem->setProblem(problem()); });
    for (QLineEdit* edit : {m_outcome, m_metric, m_baseline, m_target, m_reviewDate}) {
        connect(edit, &QLineEdit::textChanged, this, recheck);
    }

    auto* why = new QLabel(tr("A launch can start as an idea or a candidate without these, but "
                              "it cannot be planned until its outcome and its complete metric "
                              "are written down. Owners own outcomes, not features."),
                           this);
    why->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Customer &outcome:"), m_outcome);
    form->addRow(tr("Success &metric:"), m_metric);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Review date:"), m_reviewDate);
    form->addRow(tr("&Status:"), m_status);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_problem);

    registerField(QString::fromLatin1(wizard_fields::kOutcome), m_outcome);
    registerField(QString::fromLatin1(wizard_fields::kMetricName), m_metric);
    registerField(QString::fromLatin1(wizard_fields::kMetricBaseline), m_baseline);
    registerField(QString::fromLatin1(wizard_fields::kMetricTarget), m_target);
    registerField(QString::fromLatin1(wizard_fields::kMetricReviewDate), m_reviewDate);
    registerField(QString::fromLatin1(wizard_fields::kStatus), m_status);
}

QString LaunchFramePage::problem() const {
    const launches::Launch draft = m_wizard.draft();
    WorkspaceSession& session = m_wizard.session();
    return coreProblem(
        [&session, &draft] { launches::validateLaunch(session.workspace().handle(), draft); });
}

bool LaunchFramePage::validatePage() {
    const QString found = problem();
    m_problem->setProblem(found);
    return found.isEmpty();
}

}  // namespace pmm::ui
