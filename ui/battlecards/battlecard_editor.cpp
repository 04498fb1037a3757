#include "battlecards/battlecard_editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "app/workspace_session.h"
#include "battlecards/battlecard_history_dialog.h"
#include "battlecards/battlecard_line_editor.h"
#include "battlecards/battlecard_revision_command.h"
#include "battlecards/battlecard_texts.h"
#include "battlecards/content_rules.h"
#include "common/user_feedback.h"
#include "launches/launch_texts.h"
#include "reports/battlecard_report_dialog.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/refresh_request_store.h"

namespace pmm::ui {

using battlecards::Battlecard;
using battlecards::CardSection;

namespace {

std::size_t slot(CardSection section) {
    return static_cast<std::size_t>(section);
}

QLabel* plainLabel(const QString& text, QWidget* parent, bool wrap = true) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

}  // namespace

BattlecardEditor::BattlecardEditor(WorkspaceSession& session, UserFeedback& feedback,
                                   std::int64_t cardId, QWidget* parent)
    : QDialog(parent), m_session(session), m_feedback(feedback), m_cardId(cardId) {
    setObjectName(QStringLiteral("battlecardEditor"));
    setSizeGripEnabled(true);
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Template sections"));
    m_pages = new QStackedWidget(this);
    for (CardSection section : battlecards::kCardSections) {
        m_sections->addItem(toQString(battlecards::sectionTitle(section)));
        m_pages->addWidget(createSectionPage(section));
    }
    m_sections->setFixedWidth(fontMetrics().averageCharWidth() * 26);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sections, &QListWidget::currentRowChanged, this, &BattlecardEditor::updateState);

    auto* body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addLayout(body, 1);
    layout->addLayout(createButtons());

    connect(&session, &WorkspaceSession::changed, this, &BattlecardEditor::onChanged);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 42);
    load();
    m_sections->setCurrentRow(0);
}

QWidget* BattlecardEditor::createHeader() {
    auto* header = new QWidget(this);
    m_title = plainLabel({}, header, false);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = plainLabel({}, header);
    m_status->setObjectName(QStringLiteral("refreshStatus"));
    m_owner = new QComboBox(header);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_interval = new QSpinBox(header);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(battlecards::kMinRefreshIntervalDays,
                         battlecards::kMaxRefreshIntervalDays);
    m_interval->setSuffix(tr(" days"));
    m_interval->setToolTip(
        tr("The next refresh is due this long after the last one (91 days is "
           "a quarter)."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Refresh &every:"), m_interval);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_status);
    layout->addLayout(titles, 1);
    layout->addLayout(form);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &BattlecardEditor::updateState);
    connect(m_interval, &QSpinBox::valueChanged, this, &BattlecardEditor::updateState);
    return header;
}

QWidget* BattlecardEditor::createSectionPage(CardSection section) {
    auto* page = new QWidget(this);
    auto* title = plainLabel(toQString(battlecards::sectionTitle(section)), page, false);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* guide = plainLabel(toQString(battlecards::sectionGuide(section)), page);
    guide->setObjectName(QStringLiteral("guide"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(guide);
    auto* lines = new BattlecardLineEditor(section, page);
    connect(lines, &BattlecardLineEditor::edited, this, &BattlecardEditor::updateState);
    layout->addWidget(lines, 1);
    auto* hint = plainLabel(tr("Double-click or type to edit a cell. Check \u201cInternal "
                               "only\u201d to keep a line out of the sales PDF."),
                            page);
    hint->setEnabled(false);
    layout->addWidget(hint);
    m_lists[slot(section)] = lines;
    return page;
}

QLayout* BattlecardEditor::createButtons() {
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Note for the history (optional), e.g. after their price cut"));
    m_previous = new QPushButton(tr("< &Previous section"), this);
    m_next = new QPushButton(tr("&Next section >"), this);
    m_history = new QPushButton(tr("&History\u2026"), this);
    m_history->setObjectName(QStringLiteral("history"));
    m_export = new QPushButton(tr("Export &PDF\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportPdf"));
    m_refresh = new QPushButton(tr("&Mark refreshed"), this);
    m_refresh->setObjectName(QStringLiteral("markRefreshed"));
    m_refresh->setToolTip(
        tr("Confirm the card is up to date: it is current again until its "
           "next due date. Unsaved changes are saved first."));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("close"));
    connect(m_previous, &QPushButton::clicked, this,
            [this] { m_sections->setCurrentRow(std::max(0, m_sections->currentRow() - 1)); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_sections->setCurrentRow(std::min(m_sections->count() - 1, m_sections->currentRow() + 1));
    });
    connect(m_history, &QPushButton::clicked, this, [this] { openHistory(); });
    connect(m_export, &QPushButton::clicked, this,
            [this] { openBattlecardReportForCard(m_session, m_feedback, m_cardId, this); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { markRefreshed(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout;
    layout->addWidget(m_note);
    auto* row = new QHBoxLayout;
    for (QPushButton* button : {m_previous, m_next}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    for (QPushButton* button : {m_history, m_export, m_refresh, m_save, close}) {
        row->addWidget(button);
    }
    layout->addLayout(row);
    return layout;
}

void BattlecardEditor::showSection(CardSection section) {
    m_sections->setCurrentRow(static_cast<int>(section));
}

CardSection BattlecardEditor::currentSection() const {
    return battlecards::kCardSections[static_cast<std::size_t>(
        std::max(0, m_pages->currentIndex()))];
}

Battlecard BattlecardEditor::formCard() const {
    Battlecard card = m_stored.value_or(Battlecard{});
    const QVariant owner = m_owner->currentData();
    card.ownerId =
        owner.isValid() ? std::optional<std::int64_t>(owner.value<qint64>()) : std::nullopt;
    card.refreshIntervalDays = m_interval->value();
    for (CardSection section : battlecards::kCardSections) {
        battlecards::setLinesOf(card.content, section, m_lists[slot(section)]->lines());
    }
    return card;
}

bool BattlecardEditor::isModified() const {
    if (!m_stored) {
        return false;
    }
    const Battlecard form = formCard();
    return form.ownerId != m_stored->ownerId ||
           form.refreshIntervalDays != m_stored->refreshIntervalDays ||
           battlecards::normalizedContent(form.content) != m_stored->content;
}

bool BattlecardEditor::save() {
    if (!m_stored || !isModified()) {
        return m_stored.has_value();
    }
    auto command = std::make_unique<BattlecardRevisionCommand>(
        m_session, BattlecardRevisionCommand::Kind::Save, *m_stored, formCard(), cardName(),
        m_note->text());
    if (!m_session.execute(std::move(command))) {
        return false;
    }
    m_note->clear();
    load();
    return true;
}

bool BattlecardEditor::markRefreshed() {
    if (!m_stored || !save()) {
        return false;
    }
    auto command = std::make_unique<BattlecardRevisionCommand>(
        m_session, BattlecardRevisionCommand::Kind::Refresh, *m_stored, *m_stored, cardName(),
        m_note->text());
    if (!m_session.execute(std::move(command))) {
        return false;
    }
    m_note->clear();
    load();
    return true;
}

BattlecardHistoryDialog* BattlecardEditor::openHistory() {
    auto* dialog = new BattlecardHistoryDialog(m_session, m_cardId, cardName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

BattlecardLineEditor* BattlecardEditor::lineEditor(CardSection section) const {
    return m_lists[slot(section)];
}

void BattlecardEditor::done(int result) {
    if (isModified() &&
        !m_feedback.ask(this, tr("Unsaved changes"),
                        tr("This battlecard has changes that are not saved. Close it and "
                           "discard them?"),
                        tr("Discard changes"))) {
        return;
    }
    QDialog::done(result);
}

void BattlecardEditor::load() {
    std::optional<Battlecard> card;
    reportingErrors(m_session, [&] {
        storage::BattlecardStore store(m_session.workspace());
        card = store.find(m_cardId);
        if (card) {
            const catalog::Catalog& catalog = m_session.catalog();
            const auto competitor = catalog.competitors.find(card->competitorId);
            const auto segment = catalog.segments.find(card->segmentId);
            m_competitor = competitor ? toQString(competitor->name) : QString();
            m_segment = segment ? toQString(segment->name) : QString();
        }
    });
    m_stored = card;
    if (!card) {
        m_title->setText(tr("This battlecard no longer exists."));
        m_status->clear();
        updateState();
        return;
    }
    fillForm(*card);
}

void BattlecardEditor::fillForm(const Battlecard& card) {
    m_loading = true;
    setWindowTitle(tr("Battlecard: %1").arg(cardName()));
    m_title->setText(cardName());
    {
        const QSignalBlocker blocker(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("Unassigned"));
        reportingErrors(m_session, [this] {
            for (const catalog::Person& person : m_session.catalog().people.list()) {
                m_owner->addItem(toQString(person.name), QVariant::fromValue<qint64>(person.id));
            }
        });
        m_owner->setCurrentIndex(
            card.ownerId
                ? std::max(0, m_owner->findData(QVariant::fromValue<qint64>(*card.ownerId)))
                : 0);
    }
    {
        const QSignalBlocker blocker(m_interval);
        m_interval->setValue(card.refreshIntervalDays);
    }
    for (CardSection section : battlecards::kCardSections) {
        m_lists[slot(section)]->setLines(battlecards::linesOf(card.content, section));
    }
    m_loading = false;
    updateState();
}

void BattlecardEditor::updateState() {
    if (m_loading) {
        return;
    }
    const bool writable = m_stored && !m_session.isReadOnly();
    const bool modified = isModified();
    m_save->setEnabled(writable && modified);
    m_refresh->setEnabled(writable);
    m_history->setEnabled(m_stored.has_value());
    m_export->setEnabled(m_stored.has_value() && !modified);
    updateSectionTitles();
    m_previous->setEnabled(m_sections->currentRow() > 0);
    m_next->setEnabled(m_sections->currentRow() + 1 < m_sections->count());
    if (m_stored) {
        battlecards::RefreshInputs inputs;
        inputs.lastRefreshed = m_stored->lastRefreshed;
        inputs.intervalDays = m_stored->refreshIntervalDays;
        inputs.refreshRequired = m_stored->refreshRequired;
        // A positioning review may have asked for the refresh: its reason explains the status.
        const std::string request =
            storage::pendingRefreshReason(m_session.workspace().handle(), m_stored->id)
                .value_or(std::string());
        QString sentence =
            toQString(battlecards::assessRefresh(inputs, pmm::today(), request).sentence);
        if (modified) {
            sentence += tr(" \u2014 unsaved changes");
        }
        m_status->setText(sentence);
    }
}

void BattlecardEditor::onChanged(const storage::Change& change) {
    using storage::EntityKind;
    const bool mine =
        (change.kind == EntityKind::Battlecard && (change.id == m_cardId || change.id == 0)) ||
        change.kind == EntityKind::CompetitorLaunch || change.kind == EntityKind::Everything;
    if (!mine) {
        return;
    }
    if (isModified()) {
        // Keep the user's typing; refresh only where the card stands.
        reportingErrors(m_session, [this] {
            if (auto card = storage::BattlecardStore(m_session.workspace()).find(m_cardId)) {
                m_stored = std::move(card);
            }
        });
        updateState();
        return;
    }
    load();
}

// "Objection handling (4)": how far the card is filled in, at a glance.
void BattlecardEditor::updateSectionTitles() {
    for (CardSection section : battlecards::kCardSections) {
        QString title = toQString(battlecards::sectionTitle(section));
        title += QStringLiteral(" (%1)").arg(m_lists[slot(section)]->table()->rowCount());
        m_sections->item(static_cast<int>(section))->setText(title);
    }
}

QString BattlecardEditor::cardName() const {
    return tr("%1 \u00b7 %2").arg(m_competitor, m_segment);
}

}  // namespace pmm::ui
