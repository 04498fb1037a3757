#include "launches/launches_section.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launches/launch_detail_pane.h"
#include "launches/launch_filter_bar.h"
#include "launches/launch_filter_proxy.h"
#include "launches/launch_table_model.h"
#include "launches/launch_texts.h"
#include "launches/launch_wizard.h"
#include "launches/remove_launch_command.h"
#include "launches/tier_rule_dialog.h"

namespace pmm::ui {

LaunchesSection::LaunchesSection(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent)
    : Section(parent),
      m_session(session),
      m_feedback(feedback),
      m_model(new LaunchTableModel(session, this)),
      m_proxy(new LaunchFilterProxy(this)),
      m_filters(nullptr),
      m_newLaunchAction(new QAction(tr("New &launch\u2026"), this)),
      m_removeLaunchAction(new QAction(tr("&Remove launch"), this)),
      m_newLaunch(new QPushButton(tr("&New launch\u2026"), this)),
      m_count(new QLabel(this)),
      m_splitter(new QSplitter(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyState(this)),
      m_noMatch(new EmptyState(this)),
      m_detail(new LaunchDetailPane(session, feedback, this)) {
    setObjectName(QStringLiteral("launchesSection"));
    m_proxy->setLaunchModel(m_model);
    m_filters = new LaunchFilterBar(session, *m_proxy, this);

    m_newLaunchAction->setObjectName(QStringLiteral("newLaunchAction"));
    m_newLaunchAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newLaunchAction->setStatusTip(tr("Create a launch with the New Launch wizard"));
    connect(m_newLaunchAction, &QAction::triggered, this, [this] { newLaunch(); });
    addAction(m_newLaunchAction);
    m_newLaunch->setObjectName(QStringLiteral("newLaunch"));
    m_newLaunch->setToolTip(tr("Create a launch with the New Launch wizard (Ctrl+Shift+N)"));
    connect(m_newLaunch, &QPushButton::clicked, m_newLaunchAction, &QAction::trigger);
    m_count->setObjectName(QStringLiteral("count"));

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and column widths: nothing measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The workspace's order (quarter, then name) until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    fitColumns();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LaunchesSection::onCurrentRowChanged);
    m_removeLaunchAction->setObjectName(QStringLiteral("removeLaunchAction"));
    m_removeLaunchAction->setShortcut(QKeySequence::Delete);
    m_removeLaunchAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeLaunchAction->setStatusTip(
        tr("Remove the selected launch; Edit \u25b8 Undo brings it back with its checklist and "
           "override history"));
    connect(m_removeLaunchAction, &QAction::triggered, this, [this] { removeCurrentLaunch(); });
    m_table->addAction(m_newLaunchAction);
    m_table->addAction(m_removeLaunchAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setHeadline(tr("No launches yet."));
    m_empty->setExplanation(
        tr("Every launch gets its tier from one rule you can explain: score revenue impact, "
           "competitive urgency and customer demand, and the wizard shows the tier, why, and "
           "what it would take to reach the next one."));
    m_empty->setActionText(tr("New &launch\u2026"));
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { newLaunch(); });
    m_noMatch->setObjectName(QStringLiteral("noMatchState"));
    m_noMatch->setHeadline(tr("No launches match these filters."));
    m_noMatch->setActionText(tr("C&lear filters"));
    connect(m_noMatch, &EmptyState::actionTriggered, this, [this] {
        m_filters->clearFilters();
        m_table->setFocus();
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_noMatch);
    m_splitter->setObjectName(QStringLiteral("launchesSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filters, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_newLaunch);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_filters->ownerBox(), m_newLaunch);
    setTabOrder(m_newLaunch, m_table);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LaunchesSection::reselect);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LaunchesSection::reselect);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &LaunchesSection::updateState);
    }
    connect(m_filters, &LaunchFilterBar::filtersChanged, this, &LaunchesSection::reselect);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_currentId = 0;
        m_detail->setLaunch(0);
        updateState();
    });
    updateState();
}

QString LaunchesSection::title() const {
    return tr("Launches");
}

QString LaunchesSection::iconResource() const {
    return QStringLiteral(":/icons/section-launches.svg");
}

void LaunchesSection::focusFilter() {
    m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchEdit()->selectAll();
}

LaunchWizard* LaunchesSection::newLaunch() {
    if (!m_session.isOpen() || m_session.isReadOnly()) {
        return nullptr;
    }
    auto* wizard = new LaunchWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this,
            [this, wizard] { showLaunch(wizard->createdLaunchId()); });
    wizard->open();
    return wizard;
}

bool LaunchesSection::removeCurrentLaunch() {
    const std::int64_t id = m_detail->launchId();
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_session.isOpen() || m_session.isReadOnly()) {
        return false;
    }
    const QString name = toQString(m_model->launchRow(row).name);
    return m_session.execute(std::make_unique<RemoveLaunchCommand>(m_session, id, name));
}

TierRuleDialog* LaunchesSection::openRuleEditor() {
    if (!m_session.isOpen()) {
        return nullptr;
    }
    auto* dialog = new TierRuleDialog(m_session, m_feedback, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool LaunchesSection::showLaunch(std::int64_t id) {
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filters->clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_currentId = id;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_detail->setLaunch(id);
    return true;
}

void LaunchesSection::fitColumns() {
    // From the font: the widest usual content of each column (or its header), plus room for
    // the margins and the sort arrow. Text columns get a width in characters.
    const QFontMetrics metrics = fontMetrics();
    const int character = metrics.averageCharWidth();
    m_columnsWidth = 0;
    const std::array<QString, LaunchTableModel::kColumnCount> samples = {
        QString(30, u'n'),
        QString(13, u'n'),
        QStringLiteral("2026-Q4"),
        QString(13, u'n'),
        tr("Tier 1 (override)"),
        QStringLiteral("0.00"),
        QStringLiteral("In progress"),
        QStringLiteral("10/10 (100 %)"),
        QStringLiteral("2026-12-31")};
    for (int column = 0; column < LaunchTableModel::kColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        const int text =
            std::max(metrics.horizontalAdvance(samples[static_cast<std::size_t>(column)]),
                     metrics.horizontalAdvance(header) + 2 * character);
        m_table->setColumnWidth(column, text + 3 * character);
        m_columnsWidth += text + 3 * character;
    }
}

void LaunchesSection::resizeEvent(QResizeEvent* event) {
    Section::resizeEvent(event);
    updateOrientation();
}

// The pane beside the table when every column still fits; below it on a narrower window,
// where the pane lays itself out in two columns.
void LaunchesSection::updateOrientation() {
    // The columns' fitted widths: the last one stretches to fill whatever it is given.
    const int columns = m_columnsWidth + 2 * m_table->frameWidth() +
                        m_table->verticalScrollBar()->sizeHint().width();
    // From this widget's new size: the splitter itself is laid out after this event.
    const int available = rect().marginsRemoved(layout()->contentsMargins()).width();
    const Qt::Orientation wanted =
        available >= columns + m_detail->minimumWidth() + m_splitter->handleWidth() ? Qt::Horizontal
                                                                                    : Qt::Vertical;
    if (m_oriented && m_splitter->orientation() == wanted) {
        return;
    }
    m_oriented = true;
    m_splitter->setOrientation(wanted);
    if (wanted == Qt::Horizontal) {
        m_splitter->setSizes({columns, std::max(available - columns, m_detail->minimumWidth())});
    } else {
        const int tall = std::max(m_splitter->height(), height() * 3 / 4);
        m_splitter->setSizes({tall * 9 / 20, tall * 11 / 20});
    }
}

void LaunchesSection::updateState() {
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QWidget* page = m_table;
    if (all == 0) {
        page = m_empty;
    } else if (shown == 0) {
        page = m_noMatch;
    }
    if (m_stack->currentWidget() != page) {
        const bool hadFocus = m_stack->isAncestorOf(focusWidget());
        m_stack->setCurrentWidget(page);
        if (hadFocus) {
            if (auto* state = qobject_cast<EmptyState*>(page)) {
                state->actionButton()->setFocus();
            } else {
                m_table->setFocus();
            }
        }
    }
    const QLocale locale;
    if (shown == all) {
        m_count->setText(all == 1 ? tr("1 launch") : tr("%1 launches").arg(locale.toString(all)));
    } else {
        m_count->setText(
            all == 1 ? tr("%1 of 1 launch").arg(locale.toString(shown))
                     : tr("%1 of %2 launches").arg(locale.toString(shown), locale.toString(all)));
    }
    m_count->setHidden(all == 0);
    m_detail->setHidden(all == 0);  // the empty state has the whole section
    m_filters->setEnabled(all > 0 || m_proxy->hasFilters());
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_newLaunchAction->setEnabled(writable);
    m_removeLaunchAction->setEnabled(writable && all > 0);
    m_newLaunch->setEnabled(writable);
    m_empty->actionButton()->setEnabled(writable);
}

void LaunchesSection::onCurrentRowChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;  // the filter hid it: the pane keeps showing it
    }
    const std::int64_t id = current.data(LaunchTableModel::IdRole).toLongLong();
    if (id != m_currentId || m_detail->launchId() != id) {
        m_currentId = id;
        m_detail->setLaunch(id);
    }
}

// After a reset, a re-sort or a new filter: the same launch stays current if it is shown.
void LaunchesSection::reselect() {
    updateState();
    if (m_currentId == 0) {
        return;
    }
    const int row = m_model->rowOf(m_currentId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid() && m_table->currentIndex().row() != index.row()) {
        m_table->setCurrentIndex(index);
    }
    if (row < 0) {
        m_currentId = 0;
        m_detail->setLaunch(0);
    }
}

}  // namespace pmm::ui
