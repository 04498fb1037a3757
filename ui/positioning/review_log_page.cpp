#include "positioning/review_log_page.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launches/launch_texts.h"
#include "positioning/positioning_widgets.h"
#include "positioning/review_log_model.h"
#include "storage/positioning_statement_store.h"

namespace pmm::ui {

ReviewLogPage::ReviewLogPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new ReviewLogModel(session, this)),
      m_count(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyState(this)),
      m_title(plainLabel(QStringLiteral("reviewTitle"), this)),
      m_evidence(plainLabel(QStringLiteral("reviewEvidence"), this)),
      m_followUps(plainLabel(QStringLiteral("reviewFollowUps"), this)),
      m_statement(plainLabel(QStringLiteral("reviewStatement"), this)),
      m_showStatement(new QPushButton(tr("Show &statement"), this)) {
    setObjectName(QStringLiteral("reviewLogPage"));
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    setUpPositioningTable(m_table, {14, 22, 34, 12});
    m_count->setObjectName(QStringLiteral("reviewCount"));
    m_empty->setObjectName(QStringLiteral("reviewEmptyState"));
    m_empty->setHeadline(tr("No positioning reviews held yet."));
    m_empty->setExplanation(
        tr("A review looks at the win/loss evidence for a product, segment or competitor and "
           "decides to keep, refine or reposition the statement. Reviews are held each "
           "quarter, or when a trigger calls for one; each is logged here with who took "
           "part, what was decided and what follows."));
    m_empty->setActionText(tr("&New review\u2026"));
    connect(m_empty, &EmptyState::actionTriggered, this, &ReviewLogPage::newReviewRequested);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_showStatement->setObjectName(QStringLiteral("showStatement"));
    connect(m_showStatement, &QPushButton::clicked, this,
            [this] { Q_EMIT statementRequested(m_statementProduct, m_statementSegment); });

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(createDetail());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewLogPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewLogPage::updateState);
    updateState();
}

QWidget* ReviewLogPage::createDetail() {
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewDetail"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detail = scroll;
    auto* detail = new QWidget(scroll);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto* statementRow = new QHBoxLayout;
    statementRow->addWidget(m_statement, 1);
    statementRow->addWidget(m_showStatement, 0, Qt::AlignTop);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(tr("Follow-ups:"), m_followUps);
    form->addRow(tr("Statement:"), statementRow);
    auto* layout = new QVBoxLayout(detail);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch(1);
    scroll->setWidget(detail);
    return scroll;
}

void ReviewLogPage::reload() {
    const int row = m_table->currentIndex().row();
    m_model->reload();
    if (row >= 0 && row < m_model->rowCount()) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

void ReviewLogPage::updateState() {
    const int all = m_model->rowCount();
    m_stack->setCurrentWidget(all == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    m_count->setText(all == 1 ? tr("1 review held, newest first")
                              : tr("%1 reviews held, newest first").arg(all));
    m_count->setHidden(all == 0);
    m_detail->setHidden(all == 0);
    m_empty->actionButton()->setEnabled(m_session.isOpen() && !m_session.isReadOnly());
    if (all > 0 && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    updateDetail();
}

void ReviewLogPage::updateDetail() {
    const QModelIndex current = m_table->currentIndex();
    m_showStatement->hide();
    if (!current.isValid()) {
        m_title->clear();
        m_evidence->clear();
        m_followUps->clear();
        m_statement->clear();
        return;
    }
    const auto& review = m_model->review(current.row());
    m_title->setText(tr("%1 of %2 on %3: %4")
                         .arg(current.siblingAtColumn(ReviewLogModel::Trigger).data().toString(),
                              m_model->scopeText(current.row()),
                              current.siblingAtColumn(ReviewLogModel::Held).data().toString(),
                              decisionText(review.decision).toLower()));
    const QString none = tr("\u2014");
    m_evidence->setText(review.evidence.empty() ? none : toQString(review.evidence));
    m_followUps->setText(review.followUps.empty() ? none : toQString(review.followUps));
    std::optional<positioning::PositioningStatement> statement;
    if (review.statementId && m_session.isOpen()) {
        reportingErrors(m_session, [&] {
            statement =
                storage::PositioningStatementStore(m_session.workspace()).find(*review.statementId);
        });
    }
    if (!statement) {
        m_statement->setText(tr("The statement was kept as it was."));
        return;
    }
    const QString product = m_model->names().products.value(statement->productId);
    m_statement->setText(tr("v%1: %2")
                             .arg(statement->version)
                             .arg(toQString(statementSentence(*statement, toStdString(product)))));
    m_statementProduct = statement->productId;
    m_statementSegment = statement->segmentId;
    m_showStatement->show();
}

}  // namespace pmm::ui
