#include "positioning/statement_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "positioning/positioning_widgets.h"
#include "positioning/statement_history_pane.h"
#include "positioning/statement_scope_model.h"
#include "positioning/statement_version_dialog.h"
#include "storage/positioning_statement_store.h"

namespace pmm::ui {

StatementPage::StatementPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new StatementScopeModel(session, this)),
      m_count(new QLabel(this)),
      m_newVersion(new QPushButton(tr("New &version\u2026"), this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyState(this)),
      m_history(new StatementHistoryPane(this)) {
    setObjectName(QStringLiteral("statementPage"));
    m_table->setObjectName(QStringLiteral("statementTable"));
    m_table->setModel(m_model);
    setUpPositioningTable(m_table, {18, 16, 9, 14, 20});
    m_count->setObjectName(QStringLiteral("statementCount"));
    m_newVersion->setObjectName(QStringLiteral("newStatementVersion"));
    m_newVersion->setToolTip(tr("Write a new version of the chosen statement outside a review"));
    connect(m_newVersion, &QPushButton::clicked, this, [this] { newVersion(); });

    m_empty->setObjectName(QStringLiteral("statementEmptyState"));
    m_empty->setHeadline(tr("No positioning statements yet."));
    m_empty->setExplanation(
        tr("A positioning statement says, for one product in one segment: for whom, who needs "
           "what, what the product is, what it does for them, unlike which alternative, and "
           "how we differ. Every change is kept as a version, so a review can see what was "
           "said before."));
    m_empty->setActionText(tr("&Write a statement\u2026"));
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { newVersion(); });
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(m_history);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setCollapsible(0, false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_newVersion);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StatementPage::updateHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StatementPage::updateState);
    updateState();
}

void StatementPage::reload() {
    const QModelIndex current = m_table->currentIndex();
    std::optional<std::pair<std::int64_t, std::int64_t>> scope;
    if (current.isValid()) {
        const auto& statement = m_model->current(current.row());
        scope = std::pair(statement.productId, statement.segmentId);
    }
    m_model->reload();
    if (scope) {
        showScope(scope->first, scope->second);
    }
}

bool StatementPage::showScope(std::int64_t productId, std::int64_t segmentId) {
    const int row = m_model->rowOf(productId, segmentId);
    if (row < 0) {
        return false;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_table->currentIndex());
    return true;
}

StatementVersionDialog* StatementPage::newVersion() {
    if (!m_session.isOpen() || m_session.isReadOnly()) {
        return nullptr;
    }
    std::optional<std::int64_t> product;
    std::optional<std::int64_t> segment;
    if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
        product = m_model->current(current.row()).productId;
        segment = m_model->current(current.row()).segmentId;
    }
    auto* dialog = new StatementVersionDialog(m_session, product, segment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void StatementPage::updateState() {
    const int all = m_model->rowCount();
    m_stack->setCurrentWidget(all == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    m_count->setText(all == 1 ? tr("1 product \u00d7 segment with a statement")
                              : tr("%1 products \u00d7 segments with a statement").arg(all));
    m_count->setHidden(all == 0);
    m_history->setHidden(all == 0);
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_newVersion->setEnabled(writable);
    m_empty->actionButton()->setEnabled(writable);
    if (all > 0 && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    updateHistory();
}

void StatementPage::updateHistory() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_session.isOpen()) {
        m_history->clear();
        return;
    }
    const auto& statement = m_model->current(current.row());
    std::vector<positioning::PositioningStatement> versions;
    reportingErrors(m_session, [&] {
        versions = storage::PositioningStatementStore(m_session.workspace())
                       .history(statement.productId, statement.segmentId);
    });
    m_history->showHistory(std::move(versions), m_model->productName(current.row()));
}

}  // namespace pmm::ui
