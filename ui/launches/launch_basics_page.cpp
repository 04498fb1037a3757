#include "launches/launch_basics_page.h"

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
#include "launches/quarter.h"
#include "storage/launch_validation.h"
#include "util/dates.h"

namespace pmm::ui {

namespace {

// One entry per catalog row, by name; a single choice is made for the user.
template <class Rows>
void fill(QComboBox* box, const Rows& rows, const QString& placeholder) {
    box->setPlaceholderText(placeholder);
    for (const auto& row : rows) {
        box->addItem(toQString(row.name), QVariant::fromValue<qint64>(row.id));
    }
    box->setCurrentIndex(box->count() == 1 ? 0 : -1);
}

}  // namespace

LaunchBasicsPage::LaunchBasicsPage(LaunchWizard& wizard)
    : m_wizard(wizard),
      m_name(new QLineEdit(this)),
      m_product(new QComboBox(this)),
      m_quarter(new QLineEdit(this)),
      m_quarterProblem(new ProblemLabel(this)),
      m_targetDate(new QLineEdit(this)),
      m_owner(new QComboBox(this)),
      m_problem(new ProblemLabel(this)) {
    setObjectName(QStringLiteral("basicsPage"));
    setTitle(tr("What and when"));
    setSubTitle(
        tr("Name the launch, the product it belongs to, the quarter it lands in and "
           "the person who owns its outcome."));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Usage-based pricing for teams"));
    m_product->setObjectName(QStringLiteral("product"));
    fill(m_product, wizard.products(), tr("Choose a product"));
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_quarter->setPlaceholderText(tr("YYYY-Qn, e.g. 2026-Q3"));
    m_quarter->setText(toQString(launches::toText(launches::quarterOf(today()))));
    m_quarterProblem->setObjectName(QStringLiteral("quarterProblem"));
    m_targetDate->setObjectName(QStringLiteral("targetDate"));
    m_targetDate->setPlaceholderText(tr("YYYY-MM-DD (optional)"));
    m_owner->setObjectName(QStringLiteral("owner"));
    fill(m_owner, wizard.people(), tr("Choose the owner"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(QString(), m_quarterProblem);
    form->addRow(tr("&Target date:"), m_targetDate);
    form->addRow(tr("&Owner:"), m_owner);
    auto* ownerNote = new QLabel(tr("Owners own outcomes: the owner answers for the success "
                                    "metric at the review, not only for shipping."),
                                 this);
    ownerNote->setWordWrap(true);
    ownerNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), ownerNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_problem);

    registerField(QString::fromLatin1(wizard_fields::kName) + u'*', m_name);
    registerField(QString::fromLatin1(wizard_fields::kProduct), m_product, "currentData",
                  SIGNAL(currentIndexChanged(int)));
    registerField(QString::fromLatin1(wizard_fields::kQuarter), m_quarter);
    registerField(QString::fromLatin1(wizard_fields::kTargetDate), m_targetDate);
    registerField(QString::fromLatin1(wizard_fields::kOwner), m_owner, "currentData",
                  SIGNAL(currentIndexChanged(int)));

    connect(m_product, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_quarter, &QLineEdit::textChanged, this, [this] {
        checkQuarter();
        Q_EMIT completeChanged();
    });

    if (wizard.products().empty() || wizard.people().empty()) {
        m_problem->setProblem(
            tr("Every launch belongs to a product and has an owner. Add at least one product "
               "and one person under Team & catalog first."));
    }
}

bool LaunchBasicsPage::isComplete() const {
    return QWizardPage::isComplete() && m_product->currentIndex() >= 0 &&
           m_owner->currentIndex() >= 0 && !m_quarter->text().trimmed().isEmpty();
}

bool LaunchBasicsPage::validatePage() {
    const launches::Launch draft = m_wizard.draft();
    WorkspaceSession& session = m_wizard.session();
    const QString problem = coreProblem(
        [&session, &draft] { launches::validateLaunch(session.workspace().handle(), draft); });
    m_problem->setProblem(problem);
    return problem.isEmpty();
}

void LaunchBasicsPage::checkQuarter() {
    const std::string text = toStdString(m_quarter->text().trimmed());
    m_quarterProblem->setProblem(
        text.empty() ? QString() : coreProblem([&text] { launches::requireQuarter(text); }));
}

}  // namespace pmm::ui
