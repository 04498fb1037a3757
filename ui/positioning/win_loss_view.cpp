#include "positioning/win_loss_view.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launches/launch_texts.h"
#include "positioning/deal_summary.h"
#include "positioning/positioning_widgets.h"
#include "positioning/remove_deal_command.h"
#include "positioning/win_loss_filter_bar.h"
#include "positioning/win_loss_filter_proxy.h"
#include "positioning/win_loss_table_model.h"
#include "positioning/win_loss_texts.h"
#include "storage/positioning_reader.h"

namespace pmm::ui {

WinLossView::WinLossView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new WinLossTableModel(session, this)),
      m_proxy(new WinLossFilterProxy(this)),
      m_filters(nullptr),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyState(this)),
      m_noMatch(new EmptyState(this)),
      m_summary(plainLabel(QStringLiteral("winLossSummary"), this)),
      m_removeAction(new QAction(tr("&Remove win/loss record"), this)) {
    setObjectName(QStringLiteral("winLossView"));
    m_proxy->setWinLossModel(m_model);
    m_filters = new WinLossFilterBar(*m_model, *m_proxy, this);

    m_table->setObjectName(QStringLiteral("winLossTable"));
    m_table->setModel(m_proxy);
    // Fixed row heights and column widths: nothing measures 200,000 rows.
    setUpPositioningTable(m_table, {14, 36, 18, 22, 14, 13, 12, 22, 30});
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // newest first
    m_table->setSortingEnabled(true);
    // A CSV imported twice is taken back by selecting its rows: one undo step.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpRemoveAction();

    m_empty->setObjectName(QStringLiteral("winLossEmptyState"));
    m_empty->setHeadline(tr("No win/loss records yet."));
    m_empty->setExplanation(
        tr("Record how each deal ended and against which competitor: File \u25b8 Import win/loss "
           "CSV\u2026 reads your CRM's export, and File \u25b8 Add win/loss record\u2026 types one "
           "in. Win rates per competitor and the positioning triggers are computed from them."));
    m_noMatch->setObjectName(QStringLiteral("winLossNoMatchState"));
    m_noMatch->setHeadline(tr("No records match these filters."));
    m_noMatch->setActionText(tr("C&lear filters"));
    connect(m_noMatch, &EmptyState::actionTriggered, this, [this] {
        m_filters->clearFilters();
        m_table->setFocus();
    });
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_noMatch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WinLossView::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WinLossView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WinLossView::updateRemoveAction);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &WinLossView::updateRemoveAction);
    updateState();
}

void WinLossView::setUpRemoveAction() {
    m_removeAction->setObjectName(QStringLiteral("removeDealAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setStatusTip(
        tr("Remove the selected win/loss records; Edit \u25b8 Undo brings them back unchanged"));
    connect(m_removeAction, &QAction::triggered, this, [this] { removeSelected(); });
    m_table->addAction(m_removeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void WinLossView::setRemoveAllowed(bool allowed) {
    m_removeAllowed = allowed;
    updateRemoveAction();
}

std::vector<std::int64_t> WinLossView::selectedIds() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    std::vector<std::int64_t> ids;
    for (const QModelIndex& row : std::as_const(rows)) {
        ids.push_back(m_model->deal(m_proxy->mapToSource(row).row()).id);
    }
    return ids;
}

bool WinLossView::removeSelected() {
    std::vector<std::int64_t> ids = selectedIds();
    if (ids.empty() || !m_session.isOpen() || m_session.isReadOnly()) {
        return false;
    }
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const QModelIndex first = *std::min_element(selected.begin(), selected.end());
    const int row = first.row();
    QString name;
    if (ids.size() == 1) {
        const positioning::Deal& deal = m_model->deal(m_proxy->mapToSource(first).row());
        name = toQString(deal.name.empty() ? deal.dealRef : deal.name);
    }
    if (!m_session.execute(std::make_unique<RemoveDealCommand>(m_session, std::move(ids), name))) {
        return false;
    }
    // The next record takes the removed one's place, so Del can go on down the list.
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0));
    }
    return true;
}

void WinLossView::focusFilter() {
    m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchEdit()->selectAll();
}

int WinLossView::minDeals() const {
    int minimum = positioning::PositioningThresholds{}.minDeals;
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this, &minimum] {
            minimum = storage::readPositioningThresholds(m_session.workspace()).minDeals;
        });
    }
    return minimum;
}

void WinLossView::updateState() {
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QWidget* page = all == 0 ? static_cast<QWidget*>(m_empty)
                             : (shown == 0 ? static_cast<QWidget*>(m_noMatch) : m_table);
    if (m_stack->currentWidget() != page) {
        const bool hadFocus = m_stack->isAncestorOf(focusWidget());
        m_stack->setCurrentWidget(page);
        if (hadFocus) {
            page == m_table ? m_table->setFocus() : m_noMatch->actionButton()->setFocus();
        }
    }
    m_filters->setEnabled(all > 0 || m_proxy->hasFilters());
    m_summary->setHidden(all == 0);
    const int minimum = minDeals();
    const std::vector<positioning::Outcome> outcomes = m_proxy->shownOutcomes();
    m_summary->setText(dealSummaryText(positioning::summarizeDeals(outcomes, minimum), minimum));
    updateRemoveAction();
}

void WinLossView::updateRemoveAction() {
    int selected = 0;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        selected += range.height();
    }
    m_removeAction->setText(selected > 1 ? tr("&Remove %n win/loss record(s)", nullptr, selected)
                                         : tr("&Remove win/loss record"));
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_removeAction->setEnabled(m_removeAllowed && writable && m_stack->currentWidget() == m_table &&
                               selected > 0);
}

}  // namespace pmm::ui
