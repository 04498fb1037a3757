#include "positioning/trigger_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "battlecards/battlecard_texts.h"
#include "common/empty_state.h"
#include "positioning/positioning_widgets.h"
#include "positioning/trigger_evidence_pane.h"
#include "positioning/trigger_filter_proxy.h"
#include "positioning/trigger_table_model.h"

namespace pmm::ui {

using positioning::TriggerKind;

namespace {

constexpr TriggerKind kAlertKinds[] = {TriggerKind::FailedDeals, TriggerKind::NewCompetitor,
                                       TriggerKind::Pivot, TriggerKind::Overdue};

QString rulesText(const positioning::PositioningThresholds& t) {
    return QObject::tr(
               "A review is due when the data says so. Failed-deal pattern: %1 or more deals "
               "lost to one competitor for the same reason within %2 days, or the win rate "
               "against a competitor %3 points or more below the %2 days before (each window "
               "needs %4 decided deals). New competitor entry: a competitor first seen since "
               "the last review. Product pivot: a launch marked as a pivot reaches planned. "
               "Overdue review: a product \u00d7 segment with a statement not reviewed for "
               "more than %5 days.")
        .arg(t.lossPatternCount)
        .arg(t.windowDays)
        .arg(t.winRateDropPoints)
        .arg(t.minDeals)
        .arg(t.overdueDays);
}

}  // namespace

TriggerPage::TriggerPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_model(new TriggerTableModel(session, this)),
      m_proxy(new TriggerFilterProxy(this)),
      m_kind(new QComboBox(this)),
      m_filter(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_rules(plainLabel(QStringLiteral("triggerRules"), this)),
      m_newReview(new QPushButton(tr("&New review\u2026"), this)),
      m_act(new QPushButton(tr("&Act on this trigger\u2026"), this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyState(this)),
      m_noMatch(new EmptyState(this)),
      m_evidence(new TriggerEvidencePane(session, this)) {
    setObjectName(QStringLiteral("triggerPage"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("triggerTable"));
    m_table->setModel(m_proxy);
    setUpPositioningTable(m_table, {22, 70, 30});
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_rules->setForegroundRole(QPalette::PlaceholderText);
    setUpStates();

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("triggerSplit"));
    split->addWidget(m_stack);
    split->addWidget(m_evidence);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createTopBar());
    layout->addWidget(m_rules);
    layout->addWidget(split, 1);

    connect(m_table, &QAbstractItemView::activated, this, [this] { actOnCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TriggerPage::updateEvidence);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TriggerPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TriggerPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TriggerPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TriggerPage::updateState);
    fillKinds();
    updateRules();
    updateState();
}

QLayout* TriggerPage::createTopBar() {
    m_kind->setObjectName(QStringLiteral("triggerKind"));
    m_kind->setAccessibleName(tr("Kind of trigger"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_kind, &QComboBox::activated, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_proxy->setKind(kind.isValid() ? std::optional(static_cast<TriggerKind>(kind.toInt()))
                                        : std::nullopt);
    });
    m_filter->setObjectName(QStringLiteral("triggerFilter"));
    m_filter->setPlaceholderText(tr("Filter by competitor, product, reason\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter triggers"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TriggerFilterProxy::setText);
    m_count->setObjectName(QStringLiteral("triggerCount"));
    m_newReview->setObjectName(QStringLiteral("newReview"));
    m_newReview->setToolTip(tr("Hold a scheduled review, not prompted by a trigger"));
    connect(m_newReview, &QPushButton::clicked, this, &TriggerPage::newReviewRequested);
    m_act->setObjectName(QStringLiteral("actOnTrigger"));
    m_act->setToolTip(tr("Start a review of this trigger, its evidence filled in (Enter)"));
    connect(m_act, &QPushButton::clicked, this, [this] { actOnCurrent(); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_newReview);
    bar->addWidget(m_act);
    return bar;
}

void TriggerPage::setUpStates() {
    m_empty->setObjectName(QStringLiteral("triggerEmptyState"));
    m_empty->setHeadline(
        tr("No open triggers: positioning was reviewed where the data asked "
           "for it."));
    m_empty->setActionText(tr("&New review\u2026"));
    connect(m_empty, &EmptyState::actionTriggered, this, &TriggerPage::newReviewRequested);
    m_noMatch->setObjectName(QStringLiteral("triggerNoMatch"));
    m_noMatch->setHeadline(tr("No open trigger matches this filter."));
    m_noMatch->setActionText(tr("C&lear filter"));
    connect(m_noMatch, &EmptyState::actionTriggered, this, [this] {
        m_filter->clear();
        m_kind->setCurrentIndex(0);
        m_proxy->setKind(std::nullopt);
    });
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_noMatch);
}

void TriggerPage::reload() {
    m_model->reload();
    fillKinds();
    updateRules();
}

void TriggerPage::setToday(const Date& today) {
    m_model->setToday(today);
    fillKinds();
}

void TriggerPage::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TriggerPage::fillKinds() {
    const QVariant chosen = m_kind->currentData();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    const QLocale locale;
    m_kind->addItem(tr("All triggers (%1)").arg(locale.toString(m_model->rowCount())));
    for (const TriggerKind kind : kAlertKinds) {
        m_kind->addItem(
            tr("%1 (%2)").arg(triggerKindText(kind), locale.toString(m_model->countOf(kind))),
            static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
}

void TriggerPage::updateRules() {
    m_rules->setText(rulesText(m_model->thresholds()));
    m_empty->setExplanation(
        tr("Nothing in the win/loss records, the competitors, the pivot launches or the review "
           "dates calls for a review as of %1. Triggers appear here by themselves as deals are "
           "recorded; a scheduled review can be held any time.")
            .arg(isoDateText(m_model->today())));
}

void TriggerPage::updateState() {
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QWidget* page = m_table;
    if (all == 0) {
        page = m_empty;
    } else if (shown == 0) {
        page = m_noMatch;
    }
    m_stack->setCurrentWidget(page);
    const QLocale locale;
    m_count->setText(
        shown == all
            ? (all == 1 ? tr("1 open trigger") : tr("%1 open triggers").arg(locale.toString(all)))
            : tr("%1 of %2").arg(locale.toString(shown), locale.toString(all)));
    m_kind->setEnabled(all > 0);
    m_filter->setEnabled(all > 0 || m_proxy->hasFilters());
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_newReview->setEnabled(writable);
    m_empty->actionButton()->setEnabled(writable);
    if (shown > 0 && !m_table->currentIndex().isValid()) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateEvidence();
}

void TriggerPage::updateEvidence() {
    const QModelIndex current = m_table->currentIndex();
    const bool chosen = m_stack->currentWidget() == m_table && current.isValid();
    m_act->setEnabled(chosen && m_session.isOpen() && !m_session.isReadOnly());
    if (!chosen) {
        m_evidence->clear();
        return;
    }
    m_evidence->showAlert(m_model->alert(m_proxy->mapToSource(current).row()), m_model->names());
}

bool TriggerPage::actOnCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_act->isEnabled()) {
        return false;
    }
    Q_EMIT reviewRequested(m_model->alert(m_proxy->mapToSource(current).row()));
    return true;
}

}  // namespace pmm::ui
