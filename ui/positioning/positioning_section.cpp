#include "positioning/positioning_section.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "positioning/review_log_page.h"
#include "positioning/statement_page.h"
#include "positioning/trigger_page.h"
#include "positioning/trigger_table_model.h"
#include "positioning/win_loss_view.h"
#include "positioning/win_rate_chart_view.h"

namespace pmm::ui {

namespace {

using storage::EntityKind;

// Which tabs a change concerns: triggers read deals, competitors, pivot launches, reviews,
// statements and the thresholds; statements and reviews show catalog names.
bool concernsTriggers(EntityKind kind) {
    return kind == EntityKind::Deal || kind == EntityKind::Competitor ||
           kind == EntityKind::Launch || kind == EntityKind::Setting ||
           kind == EntityKind::PositioningReview || kind == EntityKind::PositioningStatement ||
           kind == EntityKind::Product || kind == EntityKind::Segment;
}

bool concernsStatements(EntityKind kind) {
    return kind == EntityKind::PositioningStatement || kind == EntityKind::PositioningReview ||
           kind == EntityKind::Product || kind == EntityKind::Segment;
}

bool concernsReviews(EntityKind kind) {
    return kind == EntityKind::PositioningReview || kind == EntityKind::Person ||
           kind == EntityKind::Product || kind == EntityKind::Segment ||
           kind == EntityKind::Competitor || kind == EntityKind::PositioningStatement;
}

}  // namespace

PositioningSection::PositioningSection(WorkspaceSession& session, QWidget* parent)
    : Section(parent),
      m_session(session),
      m_tabs(new QTabWidget(this)),
      m_triggers(new TriggerPage(session, this)),
      m_statements(new StatementPage(session, this)),
      m_reviews(new ReviewLogPage(session, this)),
      m_winLoss(new WinLossView(session, this)) {
    setObjectName(QStringLiteral("positioningSection"));
    m_tabs->setObjectName(QStringLiteral("positioningTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_triggers, tr("&Triggers"));
    m_tabs->addTab(m_statements, tr("&Statements"));
    m_tabs->addTab(m_reviews, tr("&Reviews"));
    m_tabs->addTab(m_winLoss, tr("&Win/loss"));
    m_tabs->addTab(new WinRateChartView(session, this), tr("Win r&ates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    const auto allowRemoval = [this] {
        m_winLoss->setRemoveAllowed(m_tabs->currentWidget() == m_winLoss);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, allowRemoval);
    allowRemoval();

    connect(m_triggers, &TriggerPage::reviewRequested, this, &PositioningSection::reviewRequested);
    connect(m_triggers, &TriggerPage::newReviewRequested, this,
            &PositioningSection::newReviewRequested);
    connect(m_reviews, &ReviewLogPage::newReviewRequested, this,
            &PositioningSection::newReviewRequested);
    connect(m_reviews, &ReviewLogPage::statementRequested, this,
            [this](qint64 product, qint64 segment) {
                m_tabs->setCurrentWidget(m_statements);
                m_statements->showScope(product, segment);
            });
    connect(&session, &WorkspaceSession::changed, this, &PositioningSection::onChanged);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &PositioningSection::reloadAll);
}

QString PositioningSection::title() const {
    return tr("Positioning");
}

QString PositioningSection::iconResource() const {
    return QStringLiteral(":/icons/section-positioning.svg");
}

void PositioningSection::focusFilter() {
    m_tabs->setCurrentWidget(m_triggers);
    m_triggers->focusFilter();
}

QAction* PositioningSection::removeAction() const {
    return m_winLoss->removeAction();
}

void PositioningSection::setToday(const Date& today) {
    m_triggers->setToday(today);
    Q_EMIT openTriggerCountChanged(openTriggerCount());
}

int PositioningSection::openTriggerCount() const {
    return m_triggers->model()->rowCount();
}

void PositioningSection::onChanged(const storage::Change& change) {
    if (change.kind == EntityKind::Everything) {
        reloadAll();
        return;
    }
    if (concernsTriggers(change.kind)) {
        m_triggers->reload();
        Q_EMIT openTriggerCountChanged(openTriggerCount());
    }
    if (concernsStatements(change.kind)) {
        m_statements->reload();
    }
    if (concernsReviews(change.kind)) {
        m_reviews->reload();
    }
}

void PositioningSection::reloadAll() {
    m_triggers->reload();
    m_statements->reload();
    m_reviews->reload();
    Q_EMIT openTriggerCountChanged(openTriggerCount());
}

}  // namespace pmm::ui
