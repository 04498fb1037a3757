#include "battlecards/battlecards_section.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

#include "app/workspace_session.h"
#include "battlecards/battlecard_editor.h"
#include "battlecards/battlecard_filter_bar.h"
#include "battlecards/battlecard_filter_proxy.h"
#include "battlecards/battlecard_hit_delegate.h"
#include "battlecards/battlecard_search_model.h"
#include "battlecards/battlecard_table_model.h"
#include "battlecards/battlecard_texts.h"
#include "battlecards/competitor_launch_dialog.h"
#include "battlecards/new_battlecard_dialog.h"
#include "battlecards/remove_battlecard_command.h"
#include "common/empty_state.h"
#include "common/palette_colors.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"

namespace pmm::ui {

namespace {

QColor markColor(const QPalette& palette) {
    return blend(palette.color(QPalette::Base), QColor(255, 200, 0), 0.45);
}

QPushButton* actionButton(QAction* action, const QString& name, QWidget* parent) {
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(name);
    button->setToolTip(action->statusTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

}  // namespace

BattlecardsSection::BattlecardsSection(WorkspaceSession& session, UserFeedback& feedback,
                                       QWidget* parent)
    : Section(parent),
      m_session(session),
      m_feedback(feedback),
      m_model(new BattlecardTableModel(session, this)),
      m_proxy(new BattlecardFilterProxy(this)),
      m_search(new BattlecardSearchModel(session, this)),
      m_newCardAction(new QAction(tr("New &battlecard\u2026"), this)),
      m_launchAction(new QAction(tr("&Competitor launch\u2026"), this)),
      m_removeAction(new QAction(tr("&Remove battlecard"), this)),
      m_signedIn(new QComboBox(this)),
      m_count(new QLabel(this)),
      m_detail(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_results(new QListView(this)),
      m_empty(new EmptyState(this)),
      m_noMatch(new EmptyState(this)),
      m_noResult(new EmptyState(this)) {
    setObjectName(QStringLiteral("battlecardsSection"));
    m_model->setSignedIn(signedInPerson(session));
    m_proxy->setCardModel(m_model);
    m_filters = new BattlecardFilterBar(session, *m_proxy, this);
    m_search->setMarkColor(markColor(palette()));

    m_newCardAction->setObjectName(QStringLiteral("newBattlecardAction"));
    m_newCardAction->setStatusTip(tr("Create a battlecard for a competitor in a segment"));
    connect(m_newCardAction, &QAction::triggered, this, [this] { newCard(); });
    m_launchAction->setObjectName(QStringLiteral("competitorLaunchAction"));
    m_launchAction->setStatusTip(
        tr("Log what a competitor launched; their cards are marked refresh required"));
    connect(m_launchAction, &QAction::triggered, this, [this] { logCompetitorLaunch(); });
    m_removeAction->setObjectName(QStringLiteral("removeBattlecardAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setStatusTip(
        tr("Remove the selected battlecard with its revisions; Edit \u25b8 Undo brings it back "
           "with its whole history"));
    connect(m_removeAction, &QAction::triggered, this, [this] { removeCurrentCard(); });

    setUpTable();
    setUpStates();
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createTopBar());
    layout->addWidget(m_filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detail);

    connect(m_filters, &BattlecardFilterBar::searchChanged, this,
            &BattlecardsSection::onSearchChanged);
    // The filters narrow the search results too.
    connect(m_filters, &BattlecardFilterBar::filtersChanged, this, [this] {
        m_search->setFilter(m_proxy->hasFilters() ? std::function([this](std::int64_t id) {
            return m_proxy->acceptsCard(id);
        })
                                                  : std::function<bool(std::int64_t)>());
        onSearchChanged(m_search->query());
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BattlecardsSection::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BattlecardsSection::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_search->search(m_search->query()); });
    connect(&session, &WorkspaceSession::workspaceChanged, this,
            &BattlecardsSection::onWorkspaceChanged);
    connect(&session, &WorkspaceSession::changed, this, [this](const storage::Change& change) {
        using storage::EntityKind;
        if (change.kind == EntityKind::Person || change.kind == EntityKind::Segment ||
            change.kind == EntityKind::Competitor || change.kind == EntityKind::Everything) {
            fillSignedIn();
            m_filters->reloadChoices();
        }
    });
    fillSignedIn();
    updateState();
}

QString BattlecardsSection::title() const {
    return tr("Battlecards");
}

QString BattlecardsSection::iconResource() const {
    return QStringLiteral(":/icons/section-battlecards.svg");
}

void BattlecardsSection::focusFilter() {
    m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchEdit()->selectAll();
}

QLayout* BattlecardsSection::createTopBar() {
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    m_signedIn->setAccessibleName(tr("You are"));
    m_signedIn->setToolTip(
        tr("Who you are in this workspace: your cards that are due or stale "
           "come first. Remembered in the workspace."));
    connect(m_signedIn, &QComboBox::activated, this, [this] {
        const QVariant chosen = m_signedIn->currentData();
        setSignedIn(chosen.isValid() ? std::optional<std::int64_t>(chosen.value<qint64>())
                                     : std::nullopt);
    });
    auto* youAre = new QLabel(tr("&You are:"), this);
    youAre->setBuddy(m_signedIn);
    m_count->setObjectName(QStringLiteral("count"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(youAre);
    bar->addWidget(m_signedIn);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(actionButton(m_launchAction, QStringLiteral("competitorLaunch"), this));
    bar->addWidget(actionButton(m_newCardAction, QStringLiteral("newBattlecard"), this));
    return bar;
}

void BattlecardsSection::setUpTable() {
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and column widths: nothing measures 50,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int character = fontMetrics().averageCharWidth();
    const std::array<int, BattlecardTableModel::kColumnCount - 1> widths = {26, 22, 22, 22, 15};
    for (std::size_t column = 0; column < widths.size(); ++column) {
        m_table->setColumnWidth(static_cast<int>(column), character * widths[column]);
    }
    connect(m_table, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BattlecardsSection::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BattlecardsSection::updateRemoveAction);
    m_table->addAction(m_newCardAction);
    m_table->addAction(m_removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_search);
    m_results->setItemDelegate(new BattlecardHitDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setUniformItemSizes(false);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setAccessibleName(tr("Search results"));
    connect(m_results, &QAbstractItemView::activated, this, &BattlecardsSection::openResult);
}

void BattlecardsSection::setUpStates() {
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setHeadline(tr("No battlecards yet."));
    m_empty->setExplanation(
        tr("A battlecard tells Sales how to win against one competitor in one segment: why we "
           "win and lose, objections and answers, landmines, proof points, pricing and which "
           "angle to lead with. Each card has an owner and a refresh date, so nothing goes "
           "stale unnoticed. Choose who you are in \u201cYou are:\u201d above, and your due and "
           "stale cards will always come first."));
    m_empty->setActionText(tr("New &battlecard\u2026"));
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { newCard(); });
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setHeadline(tr("No battlecards match these filters."));
    m_noMatch->setActionText(tr("C&lear filters"));
    connect(m_noMatch, &EmptyState::actionTriggered, this, [this] {
        m_filters->clearFilters();
        m_table->setFocus();
    });
    m_noResult->setObjectName(QStringLiteral("noResultState"));
    m_noResult->setHeadline(tr("No card text matches this search."));
    m_noResult->setExplanation(
        tr("Every word must appear in the card; the last word also "
           "matches as the start of a word."));
    m_noResult->setActionText(tr("C&lear search"));
    connect(m_noResult, &EmptyState::actionTriggered, this,
            [this] { m_filters->searchEdit()->clear(); });
    for (QWidget* page : {static_cast<QWidget*>(m_table), static_cast<QWidget*>(m_results),
                          static_cast<QWidget*>(m_empty), static_cast<QWidget*>(m_noMatch),
                          static_cast<QWidget*>(m_noResult)}) {
        m_stack->addWidget(page);
    }
}

void BattlecardsSection::fillSignedIn() {
    const QSignalBlocker blocker(m_signedIn);
    m_signedIn->clear();
    m_signedIn->addItem(tr("Choose who you are\u2026"));
    if (!m_session.isOpen()) {
        return;
    }
    reportingErrors(m_session, [this] {
        auto people = m_session.catalog().people.list();
        std::sort(people.begin(), people.end(), [](const auto& a, const auto& b) {
            return toQString(a.name).localeAwareCompare(toQString(b.name)) < 0;
        });
        for (const catalog::Person& person : people) {
            m_signedIn->addItem(toQString(person.name), QVariant::fromValue<qint64>(person.id));
        }
    });
    const auto chosen = m_model->signedIn();
    m_signedIn->setCurrentIndex(
        chosen ? std::max(0, m_signedIn->findData(QVariant::fromValue<qint64>(*chosen))) : 0);
    m_signedIn->setEnabled(!m_session.isReadOnly() && m_signedIn->count() > 1);
}

void BattlecardsSection::setSignedIn(std::optional<std::int64_t> personId) {
    setSignedInPerson(m_session, personId);
    m_model->setSignedIn(personId);
    const QSignalBlocker blocker(m_signedIn);
    m_signedIn->setCurrentIndex(
        personId ? std::max(0, m_signedIn->findData(QVariant::fromValue<qint64>(*personId))) : 0);
}

NewBattlecardDialog* BattlecardsSection::newCard() {
    if (!m_session.isOpen() || m_session.isReadOnly()) {
        return nullptr;
    }
    auto* dialog = new NewBattlecardDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::int64_t id = dialog->createdCardId();
        const int row = m_model->rowOf(id);
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(std::max(row, 0), 0));
        if (row >= 0 && index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
        }
        openCard(id);
    });
    dialog->open();
    return dialog;
}

CompetitorLaunchDialog* BattlecardsSection::logCompetitorLaunch() {
    if (!m_session.isOpen() || m_session.isReadOnly()) {
        return nullptr;
    }
    auto* dialog = new CompetitorLaunchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

BattlecardEditor* BattlecardsSection::openCard(std::int64_t id,
                                               std::optional<battlecards::CardSection> section) {
    if (!m_session.isOpen() || id <= 0) {
        return nullptr;
    }
    BattlecardEditor* editor = m_editors.value(id);
    if (editor == nullptr) {
        editor = new BattlecardEditor(m_session, m_feedback, id, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        m_editors.insert(id, editor);
    }
    if (section) {
        editor->showSection(*section);
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void BattlecardsSection::changeEvent(QEvent* event) {
    Section::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_search->setMarkColor(markColor(palette()));
    }
}

void BattlecardsSection::onSearchChanged(const QString& text) {
    m_search->search(text);
    if (m_search->rowCount() > 0) {
        m_results->setCurrentIndex(m_search->index(0));
    }
    updateState();
}

void BattlecardsSection::updateState() {
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool searching = !m_search->query().trimmed().isEmpty();
    QWidget* page = m_table;
    if (all == 0) {
        page = m_empty;
    } else if (searching) {
        page = m_search->rowCount() > 0 ? static_cast<QWidget*>(m_results) : m_noResult;
    } else if (shown == 0) {
        page = m_noMatch;
    }
    m_stack->setCurrentWidget(page);
    const QLocale locale;
    if (searching) {
        const int hits = m_search->rowCount();
        m_count->setText(hits == 1                              ? tr("1 match")
                         : hits < BattlecardSearchModel::kLimit ? tr("%1 matches").arg(hits)
                                                                : tr("%1 best matches").arg(hits));
    } else if (shown == all) {
        m_count->setText(all == 1 ? tr("1 card") : tr("%1 cards").arg(locale.toString(all)));
    } else {
        m_count->setText(tr("%1 of %2 cards").arg(locale.toString(shown), locale.toString(all)));
    }
    m_count->setHidden(all == 0);
    m_filters->setEnabled(all > 0 || m_proxy->hasFilters());
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_newCardAction->setEnabled(writable);
    m_launchAction->setEnabled(writable);
    m_empty->actionButton()->setEnabled(writable);
    updateDetail();
    updateRemoveAction();
}

void BattlecardsSection::updateRemoveAction() {
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_removeAction->setEnabled(writable && m_stack->currentWidget() == m_table &&
                               m_table->currentIndex().isValid());
}

bool BattlecardsSection::removeCurrentCard() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_stack->currentWidget() != m_table || !m_session.isOpen() ||
        m_session.isReadOnly()) {
        return false;
    }
    const std::int64_t id = current.data(BattlecardTableModel::IdRole).toLongLong();
    if (BattlecardEditor* editor = m_editors.value(id); editor != nullptr && !editor->close()) {
        return false;  // the user kept their unsaved changes
    }
    const QString name =
        tr("%1 \u00b7 %2")
            .arg(current.siblingAtColumn(BattlecardTableModel::Competitor).data().toString(),
                 current.siblingAtColumn(BattlecardTableModel::Segment).data().toString());
    int revisions = 0;
    reportingErrors(m_session, [&] {
        revisions = storage::BattlecardStore(m_session.workspace()).latestRevision(id);
    });
    const int row = current.row();
    if (!m_session.execute(
            std::make_unique<RemoveBattlecardCommand>(m_session, id, name, revisions))) {
        return false;
    }
    // The next card takes the removed one's place.
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0));
    }
    return true;
}

void BattlecardsSection::updateDetail() {
    const QModelIndex current = m_table->currentIndex();
    if (m_stack->currentWidget() != m_table || !current.isValid()) {
        const bool hint = !m_model->signedIn() && m_model->rowCount() > 0;
        m_detail->setText(hint ? tr("Tip: choose who you are in \u201cYou are:\u201d to see your "
                                    "due and stale cards first.")
                               : QString());
        return;
    }
    const QString card =
        tr("%1 \u00b7 %2")
            .arg(current.siblingAtColumn(BattlecardTableModel::Competitor).data().toString(),
                 current.siblingAtColumn(BattlecardTableModel::Segment).data().toString());
    m_detail->setText(tr("%1: %2. Enter opens the card.")
                          .arg(card, current.data(BattlecardTableModel::SentenceRole).toString()));
}

void BattlecardsSection::openCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        openCard(current.data(BattlecardTableModel::IdRole).toLongLong());
    }
}

void BattlecardsSection::openResult(const QModelIndex& index) {
    const int section = index.data(BattlecardSearchModel::SectionRole).toInt();
    openCard(index.data(BattlecardSearchModel::IdRole).toLongLong(),
             section >= 0 ? std::optional(static_cast<battlecards::CardSection>(section))
                          : std::nullopt);
}

void BattlecardsSection::onWorkspaceChanged() {
    for (const QPointer<BattlecardEditor>& editor : std::as_const(m_editors)) {
        if (editor) {
            editor->close();
        }
    }
    m_editors.clear();
    m_model->setSignedIn(signedInPerson(m_session));
    fillSignedIn();
    m_filters->reloadChoices();
    updateState();
}

}  // namespace pmm::ui
