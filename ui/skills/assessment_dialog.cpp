#include "skills/assessment_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "launches/problem_label.h"
#include "skills/add_assessment_command.h"
#include "skills/evidence_suggestion_box.h"
#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "storage/skills_views.h"
#include "util/dates.h"

namespace pmm::ui {

namespace {

// Suggestions look back at least one quarter, and to the day after the last assessment of
// this competency when that is further back: what is new since it was last rated.
constexpr long kShortestPeriodDays = 91;
constexpr long kLongestPeriodDays = 366;

QLabel* expectationLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(300);
    return label;
}

std::optional<int> rankOf(const QComboBox* box) {
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
}

}  // namespace

AssessmentDialog::AssessmentDialog(WorkspaceSession& session, std::int64_t personId,
                                   std::int64_t competencyId, QWidget* parent)
    : QDialog(parent), m_session(session) {
    setObjectName(QStringLiteral("assessmentDialog"));
    load(personId, competencyId);
    if (!isValid()) {
        return;
    }
    setWindowTitle(
        tr("Assess %1 in %2").arg(toQString(m_person->name), toQString(m_competency->name)));
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("assessmentProblem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* heading = new QLabel(
        tr("%1 \u00b7 %2 \u2014 %3")
            .arg(toQString(m_person->name), toQString(m_levels.name(m_person->levelRank)),
                 toQString(m_competency->name)),
        this);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    auto* description = expectationLabel(this, QStringLiteral("competencyDescription"));
    description->setText(toQString(m_competency->description));
    description->setVisible(!m_competency->description.empty());

    m_suggestions = new EvidenceSuggestionBox(session, m_person->id, this);
    auto* work = new QHBoxLayout;
    work->addWidget(createForm(), 2);
    work->addWidget(m_suggestions, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addWidget(createExpectations());
    layout->addLayout(work, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_suggestions, &EvidenceSuggestionBox::attachedChanged, this,
            &AssessmentDialog::updateState);
    startPeriod();
    updateState();
    resize(960, 640);
}

void AssessmentDialog::load(std::int64_t personId, std::int64_t competencyId) {
    reportingErrors(m_session, [&] {
        storage::Workspace& workspace = m_session.workspace();
        m_person = catalog::Catalog(workspace).people.find(personId);
        const storage::SkillsFrameworkStore framework(workspace);
        m_competency = framework.findCompetency(competencyId);
        m_levels = storage::levelLadderOf(workspace);
        if (m_competency) {
            m_expectations = framework.expectationsOf(competencyId);
        }
    });
}

QWidget* AssessmentDialog::createExpectations() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const int rank = m_person->levelRank;
    const auto next = m_levels.next(rank);
    auto textAt = [this](int level) {
        const auto found = m_expectations.find(level);
        return found == m_expectations.end() || found->second.empty()
                   ? tr("No expectation is written for this level yet (Settings \u25b8 Skills "
                        "framework\u2026).")
                   : toQString(found->second);
    };
    m_currentExpectation = expectationLabel(row, QStringLiteral("currentExpectation"));
    m_currentExpectation->setText(textAt(rank));
    m_nextExpectation = expectationLabel(row, QStringLiteral("nextExpectation"));
    m_nextExpectation->setText(next ? textAt(next->rank)
                                    : tr("%1 is the top of the ladder: there is no next level.")
                                          .arg(toQString(m_levels.name(rank))));
    const std::pair<QString, QLabel*> boxes[] = {
        {tr("Expected at their level: %1").arg(toQString(m_levels.name(rank))),
         m_currentExpectation},
        {next ? tr("Expected at the next level: %1").arg(toQString(next->name)) : tr("Next level"),
         m_nextExpectation}};
    for (const auto& [title, label] : boxes) {
        auto* box = new QGroupBox(title, row);
        auto* inside = new QVBoxLayout(box);
        inside->addWidget(label);
        layout->addWidget(box, 1);
    }
    return row;
}

QWidget* AssessmentDialog::createForm() {
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_date = new QDateEdit(QDate::currentDate(), form);
    m_date->setObjectName(QStringLiteral("assessedOn"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_demonstrated = new QComboBox(form);
    m_demonstrated->setObjectName(QStringLiteral("demonstratedLevel"));
    m_demonstrated->setPlaceholderText(tr("Choose a level\u2026"));
    fillLevels(m_demonstrated, false);
    m_self = new QComboBox(form);
    m_self->setObjectName(QStringLiteral("selfRating"));
    fillLevels(m_self, true);
    m_manager = new QComboBox(form);
    m_manager->setObjectName(QStringLiteral("managerRating"));
    fillLevels(m_manager, true);
    m_assessor = new QComboBox(form);
    m_assessor->setObjectName(QStringLiteral("assessor"));
    fillAssessors();
    m_evidence = new QPlainTextEdit(form);
    m_evidence->setObjectName(QStringLiteral("evidenceText"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(
        tr("What did you see? Name the work, what they did, and what came of it."));

    layout->addRow(tr("&Date:"), m_date);
    layout->addRow(tr("De&monstrated level:"), m_demonstrated);
    layout->addRow(tr("&Self rating:"), m_self);
    layout->addRow(tr("Mana&ger rating:"), m_manager);
    layout->addRow(tr("&Assessor:"), m_assessor);
    layout->addRow(tr("&Evidence:"), m_evidence);

    connect(m_demonstrated, &QComboBox::currentIndexChanged, this, &AssessmentDialog::updateState);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &AssessmentDialog::updateState);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        startPeriod();
        updateState();
    });
    return form;
}

void AssessmentDialog::fillLevels(QComboBox* box, bool optional) {
    if (optional) {
        box->addItem(tr("Not given"));
    }
    for (const catalog::Level& level : m_levels.levels()) {
        box->addItem(toQString(level.name), level.rank);
    }
    box->setCurrentIndex(optional ? 0 : -1);
}

void AssessmentDialog::fillAssessors() {
    m_assessor->addItem(tr("\u2014 not recorded \u2014"));
    std::vector<catalog::Person> people;
    reportingErrors(m_session,
                    [&] { people = catalog::Catalog(m_session.workspace()).people.list(); });
    for (const catalog::Person& each : people) {
        m_assessor->addItem(toQString(each.name), QVariant::fromValue<qint64>(each.id));
    }
    // Their manager usually assesses them.
    if (m_person->managerId) {
        const int index = m_assessor->findData(QVariant::fromValue<qint64>(*m_person->managerId));
        m_assessor->setCurrentIndex(std::max(index, 0));
    }
}

void AssessmentDialog::startPeriod() {
    const QDate day = m_date->date();
    const Date to{day.year(), day.month(), day.day()};
    Date from = addDays(to, -kShortestPeriodDays + 1);
    reportingErrors(m_session, [&] {
        for (const team::LatestRating& rating :
             storage::SkillsAssessmentStore(m_session.workspace()).latestForPerson(m_person->id)) {
            const auto last = parseIsoDate(rating.assessedOn);
            if (rating.competencyId == m_competency->id && last && *last < to) {
                from =
                    std::min(from, std::max(addDays(*last, 1), addDays(to, -kLongestPeriodDays)));
            }
        }
    });
    m_suggestions->setPeriod({from, to});
}

QString AssessmentDialog::problem() const {
    if (m_demonstrated->currentIndex() < 0) {
        return tr("Choose the level they demonstrated to save the assessment.");
    }
    const QString evidence = m_evidence->toPlainText().trimmed();
    if (evidence.isEmpty() && m_suggestions->attachedLinks().empty()) {
        return tr(
            "Write the evidence, or attach a suggestion: an assessment rests on what was "
            "seen.");
    }
    if (static_cast<std::size_t>(evidence.size()) > team::kMaxEvidenceCharacters) {
        return tr("The evidence is longer than %L1 characters: shorten it.")
            .arg(static_cast<qulonglong>(team::kMaxEvidenceCharacters));
    }
    return {};
}

team::Assessment AssessmentDialog::assessment() const {
    team::Assessment a;
    a.personId = m_person->id;
    a.competencyId = m_competency->id;
    a.assessedOn = toStdString(m_date->date().toString(Qt::ISODate));
    a.demonstratedLevel = rankOf(m_demonstrated).value_or(0);
    a.selfRating = rankOf(m_self);
    a.managerRating = rankOf(m_manager);
    a.evidence = toStdString(m_evidence->toPlainText().trimmed());
    const QVariant assessor = m_assessor->currentData();
    if (assessor.isValid()) {
        a.assessorId = assessor.toLongLong();
    }
    a.links = m_suggestions->attachedLinks();
    return a;
}

QPushButton* AssessmentDialog::saveButton() const {
    return m_buttons ? m_buttons->button(QDialogButtonBox::Save) : nullptr;
}

void AssessmentDialog::updateState() {
    const QString reason = problem();
    m_problem->setProblem(reason);
    saveButton()->setEnabled(reason.isEmpty());
    saveButton()->setToolTip(reason);
}

void AssessmentDialog::accept() {
    if (!isValid() || !problem().isEmpty()) {
        return;
    }
    auto command = std::make_unique<AddAssessmentCommand>(
        m_session, assessment(), toQString(m_person->name), toQString(m_competency->name));
    if (m_session.execute(std::move(command))) {
        QDialog::accept();
    }
}

}  // namespace pmm::ui
