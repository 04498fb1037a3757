// Review wizard pages 3 and 4: decision with the new statement, follow-ups.
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "launches/problem_label.h"
#include "positioning/positioning_widgets.h"
#include "positioning/review_followups.h"
#include "positioning/review_wizard.h"
#include "positioning/review_wizard_pages.h"
#include "storage/positioning_statement_store.h"

namespace pmm::ui {

using positioning::PositioningStatement;
using positioning::ReviewDecision;

namespace {

using PartField = std::string PositioningStatement::*;
constexpr std::array<PartField, ReviewDecisionPage::kPartCount> kFields = {
    &PositioningStatement::forCustomer, &PositioningStatement::whoNeed,
    &PositioningStatement::isA,         &PositioningStatement::thatBenefit,
    &PositioningStatement::unlike,      &PositioningStatement::weDiffer};

constexpr ReviewDecision kDecisions[] = {ReviewDecision::Keep, ReviewDecision::Refine,
                                         ReviewDecision::Reposition};

QString scopeKey(const ReviewWizard& wizard) {
    const auto scope = wizard.scope();
    return QStringLiteral("%1/%2/%3")
        .arg(scope.productId.value_or(0))
        .arg(scope.segmentId.value_or(0))
        .arg(scope.competitorId.value_or(0));
}

QListWidgetItem* checkable(QListWidget* list, const QString& text, std::int64_t id, bool checked) {
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, QVariant::fromValue<qint64>(id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

std::vector<std::int64_t> checkedIds(const QListWidget* list) {
    std::vector<std::int64_t> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked) {
            ids.push_back(list->item(row)->data(Qt::UserRole).toLongLong());
        }
    }
    return ids;
}

QString cardLabel(const battlecards::BattlecardRow& card) {
    return QStringLiteral("%1 / %2").arg(toQString(card.competitor), toQString(card.segment));
}

QListWidget* listWidget(const QString& objectName, QWidget* parent) {
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

}  // namespace

ReviewDecisionPage::ReviewDecisionPage(ReviewWizard& wizard)
    : m_wizard(wizard),
      m_decisions(new QButtonGroup(this)),
      m_current(plainLabel(QStringLiteral("currentStatement"), this)),
      m_statementBox(new QGroupBox(tr("New statement"), this)),
      m_problem(new ProblemLabel(this)) {
    setObjectName(QStringLiteral("reviewDecisionPage"));
    setTitle(tr("Decision"));
    setSubTitle(
        tr("Decide what the evidence means for the positioning: keep the statement, refine "
           "its wording, or reposition. A refine or reposition writes the new statement."));
    const QString labels[] = {tr("&Keep: the statement still holds"),
                              tr("&Refine: sharpen the wording"),
                              tr("Re&position: a different audience, category or promise")};
    auto* choices = new QVBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* button = new QRadioButton(labels[i], this);
        button->setObjectName(QStringLiteral("decision_") +
                              toQString(positioning::decisionKey(kDecisions[i])));
        m_decisions->addButton(button, i);
        choices->addWidget(button);
    }
    const QString partLabels[] = {tr("&For:"),  tr("&Who:"),    tr("&Is a:"),
                                  tr("&That:"), tr("&Unlike:"), tr("&We:")};
    auto* form = new QFormLayout(m_statementBox);
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        m_parts[i] = new QLineEdit(m_statementBox);
        m_parts[i]->setObjectName(QStringLiteral("statementPart%1").arg(i));
        form->addRow(partLabels[i], m_parts[i]);
        connect(m_parts[i], &QLineEdit::textChanged, this, &ReviewDecisionPage::update);
    }
    auto* currentTitle = new QLabel(tr("Current statement:"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(currentTitle);
    layout->addWidget(m_current);
    layout->addWidget(m_statementBox);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    connect(m_decisions, &QButtonGroup::idClicked, this, &ReviewDecisionPage::update);
    connect(m_decisions, &QButtonGroup::idToggled, this, &ReviewDecisionPage::update);
}

QRadioButton* ReviewDecisionPage::decisionButton(ReviewDecision decision) const {
    return qobject_cast<QRadioButton*>(m_decisions->button(static_cast<int>(decision)));
}

void ReviewDecisionPage::initializePage() {
    const QString key = scopeKey(m_wizard);
    if (key == m_filledFor) {
        update();
        return;
    }
    m_filledFor = key;
    const auto scope = m_wizard.scope();
    std::optional<PositioningStatement> current;
    if (scope.productId && scope.segmentId) {
        reportingErrors(m_wizard.session(), [&] {
            current = storage::PositioningStatementStore(m_wizard.session().workspace())
                          .current(*scope.productId, *scope.segmentId);
        });
    }
    const QString product = m_wizard.names().products.value(scope.productId.value_or(0));
    if (current) {
        m_current->setText(
            tr("Version %1 of %2: %3")
                .arg(current->version)
                .arg(toQString(toIsoText(current->createdOn)),
                     toQString(positioning::statementSentence(*current, toStdString(product)))));
    } else if (scope.productId && scope.segmentId) {
        m_current->setText(tr("None yet: a refine or reposition writes the first version."));
    } else {
        m_current->setText(
            tr("The scope has no single product and segment, so there is no one "
               "statement; choose both on the first page to write one."));
    }
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        m_parts[i]->setText(current ? toQString((*current).*kFields[i]) : QString());
    }
    update();
}

std::optional<ReviewDecision> ReviewDecisionPage::decision() const {
    const int id = m_decisions->checkedId();
    return id < 0 ? std::nullopt : std::optional<ReviewDecision>(kDecisions[id]);
}

std::optional<PositioningStatement> ReviewDecisionPage::newStatement() const {
    const auto chosen = decision();
    const auto scope = m_wizard.scope();
    if (!chosen || *chosen == ReviewDecision::Keep || !scope.productId || !scope.segmentId) {
        return std::nullopt;
    }
    PositioningStatement statement;
    statement.productId = *scope.productId;
    statement.segmentId = *scope.segmentId;
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        statement.*kFields[i] = toStdString(m_parts[i]->text().trimmed());
    }
    statement.createdBy = toStdString(currentUserName());
    return statement;
}

QString ReviewDecisionPage::problem() const {
    const auto chosen = decision();
    if (!chosen) {
        return tr("Decision: choose keep, refine or reposition.");
    }
    if (*chosen == ReviewDecision::Keep) {
        return {};
    }
    const auto statement = newStatement();
    if (!statement) {
        return tr(
            "New statement: a refine or reposition needs one product and one segment; "
            "choose them on the first page.");
    }
    const std::string missing = positioning::firstMissingPart(*statement);
    return missing.empty() ? QString()
                           : tr("New statement: %1 is missing.").arg(toQString(missing));
}

void ReviewDecisionPage::update() {
    const auto chosen = decision();
    m_statementBox->setEnabled(chosen && *chosen != ReviewDecision::Keep);
    m_problem->setProblem(problem());
    Q_EMIT completeChanged();
}

bool ReviewDecisionPage::isComplete() const {
    return problem().isEmpty();
}

ReviewFollowUpsPage::ReviewFollowUpsPage(ReviewWizard& wizard)
    : m_wizard(wizard),
      m_cards(listWidget(QStringLiteral("reviewCards"), this)),
      m_otherCard(new QComboBox(this)),
      m_note(new QLineEdit(this)),
      m_launches(listWidget(QStringLiteral("reviewLaunches"), this)),
      m_followUps(new QPlainTextEdit(this)),
      m_people(listWidget(QStringLiteral("reviewParticipants"), this)),
      m_problem(new ProblemLabel(this)) {
    setObjectName(QStringLiteral("reviewFollowUpsPage"));
    setTitle(tr("Follow-ups"));
    setSubTitle(
        tr("Agree what happens next: ticked cards become refresh required with this review as "
           "the reason, and everything here is kept with the review."));
    m_otherCard->setObjectName(QStringLiteral("otherCard"));
    m_otherCard->setPlaceholderText(tr("Another card\u2026"));
    for (const auto& card : wizard.cards()) {
        m_otherCard->addItem(cardLabel(card), QVariant::fromValue<qint64>(card.id));
    }
    m_otherCard->setCurrentIndex(-1);
    auto* add = new QPushButton(tr("&Add card"), this);
    add->setObjectName(QStringLiteral("addCard"));
    connect(add, &QPushButton::clicked, this, &ReviewFollowUpsPage::addOtherCard);
    auto* other = new QHBoxLayout;
    other->addWidget(m_otherCard, 1);
    other->addWidget(add);
    m_note->setObjectName(QStringLiteral("refreshNote"));
    m_note->setPlaceholderText(tr("What the card owners should change, e.g. pricing objection"));
    m_followUps->setObjectName(QStringLiteral("reviewFollowUps"));
    m_followUps->setPlaceholderText(tr("Anything else agreed, one per line"));
    m_followUps->setTabChangesFocus(true);
    for (const auto& person : wizard.names().people.asKeyValueRange()) {
        checkable(m_people, person.second, person.first, false);
    }
    m_people->sortItems();
    connect(m_people, &QListWidget::itemChanged, this, &ReviewFollowUpsPage::checkParticipants);
    checkParticipants();

    auto* form = new QFormLayout;
    form->addRow(tr("&Cards to refresh:"), m_cards);
    form->addRow(QString(), other);
    form->addRow(tr("&Note to owners:"), m_note);
    form->addRow(tr("&Launches affected:"), m_launches);
    form->addRow(tr("&Other follow-ups:"), m_followUps);
    form->addRow(tr("&Participants:"), m_people);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
}

void ReviewFollowUpsPage::addCard(std::size_t index, bool suggested) {
    const auto& card = m_wizard.cards()[index];
    const QString text =
        suggested ? tr("%1 (suggested by the scope)").arg(cardLabel(card)) : cardLabel(card);
    checkable(m_cards, text, card.id, true)->setData(Qt::UserRole + 1, static_cast<int>(index));
}

void ReviewFollowUpsPage::initializePage() {
    const QString key = scopeKey(m_wizard);
    if (key == m_filledFor) {
        return;
    }
    m_filledFor = key;
    m_cards->clear();
    m_launches->clear();
    const auto scope = m_wizard.scope();
    const auto& cards = m_wizard.cards();
    for (const std::int64_t id : positioning::suggestedCards(cards, scope)) {
        const auto found = std::find_if(cards.begin(), cards.end(),
                                        [id](const auto& card) { return card.id == id; });
        addCard(static_cast<std::size_t>(found - cards.begin()), true);
    }
    const auto& launches = m_wizard.launches();
    for (const std::int64_t id : positioning::affectedLaunches(launches, scope)) {
        const auto found = std::find_if(launches.begin(), launches.end(),
                                        [id](const auto& launch) { return launch.id == id; });
        checkable(m_launches, toQString(positioning::launchFollowUp(*found)), id, true)
            ->setData(Qt::UserRole + 1, static_cast<int>(found - launches.begin()));
    }
    if (m_launches->count() == 0) {
        m_launches->addItem(tr("No launch of this scope is waiting to ship."));
    }
}

void ReviewFollowUpsPage::addOtherCard() {
    const int index = m_otherCard->currentIndex();
    if (index < 0 ||
        !m_cards->findItems(cardLabel(m_wizard.cards()[index]), Qt::MatchStartsWith).isEmpty()) {
        return;
    }
    addCard(static_cast<std::size_t>(index), false);
}

void ReviewFollowUpsPage::checkParticipants() {
    m_problem->setProblem(participantIds().empty()
                              ? tr("Participants: tick who took part in the review.")
                              : QString());
    Q_EMIT completeChanged();
}

bool ReviewFollowUpsPage::isComplete() const {
    return !participantIds().empty();
}

std::vector<std::int64_t> ReviewFollowUpsPage::cardIds() const {
    return checkedIds(m_cards);
}

std::string ReviewFollowUpsPage::note() const {
    return toStdString(m_note->text().trimmed());
}

std::vector<std::int64_t> ReviewFollowUpsPage::participantIds() const {
    return checkedIds(m_people);
}

std::string ReviewFollowUpsPage::followUps() const {
    QStringList lines;
    const auto& cards = m_wizard.cards();
    const auto& launches = m_wizard.launches();
    for (QListWidget* list : {m_cards, m_launches}) {
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem* item = list->item(row);
            if (item->checkState() != Qt::Checked || !item->data(Qt::UserRole + 1).isValid()) {
                continue;
            }
            const auto index = static_cast<std::size_t>(item->data(Qt::UserRole + 1).toInt());
            lines << toQString(list == m_cards ? positioning::cardFollowUp(cards[index])
                                               : positioning::launchFollowUp(launches[index]));
        }
    }
    for (const QString& line : m_followUps->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            lines << line.trimmed();
        }
    }
    return toStdString(lines.join(u'\n'));
}

}  // namespace pmm::ui
