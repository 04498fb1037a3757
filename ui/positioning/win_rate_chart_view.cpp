#include "positioning/win_rate_chart_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launches/launch_texts.h"
#include "positioning/positioning_widgets.h"
#include "positioning/win_rate_chart.h"
#include "positioning/win_rate_plot.h"
#include "positioning/win_rate_table.h"
#include "storage/positioning_reader.h"

namespace pmm::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

}  // namespace

WinRateChartView::WinRateChartView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_search(new QLineEdit(this)),
      m_competitors(new QListWidget(this)),
      m_plot(new WinRatePlot(this)),
      m_legend(plainLabel(QStringLiteral("winRateLegend"), this)),
      m_tables(new QTabWidget(this)),
      m_quarterTable(new WinRateTable(WinRateTable::Kind::ByQuarter, this)),
      m_angleTable(new WinRateTable(WinRateTable::Kind::ByAngle, this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)) {
    setObjectName(QStringLiteral("winRateChartView"));
    m_search->setObjectName(QStringLiteral("competitorSearch"));
    m_search->setPlaceholderText(tr("Find a competitor"));
    m_search->setAccessibleName(tr("Find a competitor to chart"));
    m_search->setClearButtonEnabled(true);
    m_competitors->setObjectName(QStringLiteral("chartCompetitors"));
    m_competitors->setAccessibleName(tr("Competitors shown in the chart"));
    m_quarterTable->setObjectName(QStringLiteral("winRateQuarterTable"));
    m_angleTable->setObjectName(QStringLiteral("winRateAngleTable"));
    m_tables->addTab(m_quarterTable, tr("By &quarter"));
    m_tables->addTab(m_angleTable, tr("By &angle used"));

    auto* chooser = new QWidget(this);
    auto* chooserLayout = new QVBoxLayout(chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    auto* chooserTitle = plainLabel(QStringLiteral("chartCompetitorsTitle"), chooser);
    chooserTitle->setText(tr("Competitors to chart (most decided deals first):"));
    chooserTitle->setBuddy(m_competitors);
    chooserLayout->addWidget(chooserTitle);
    chooserLayout->addWidget(m_search);
    chooserLayout->addWidget(m_competitors, 1);
    chooser->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    auto* chart = new QSplitter(Qt::Vertical, this);
    auto* plotArea = new QWidget(chart);
    auto* plotLayout = new QVBoxLayout(plotArea);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addWidget(m_plot, 1);
    plotLayout->addWidget(m_legend);
    chart->addWidget(plotArea);
    chart->addWidget(m_tables);
    chart->setStretchFactor(0, 3);
    chart->setStretchFactor(1, 2);
    chart->setChildrenCollapsible(false);

    auto* content = new QSplitter(Qt::Horizontal, this);
    content->addWidget(chooser);
    content->addWidget(chart);
    content->setStretchFactor(0, 0);
    content->setStretchFactor(1, 1);
    content->setChildrenCollapsible(false);
    content->setSizes({fontMetrics().averageCharWidth() * 30, 1000});

    m_empty->setObjectName(QStringLiteral("winRateEmptyState"));
    m_empty->setHeadline(tr("No win rates yet."));
    m_empty->setExplanation(
        tr("Win rates come from win/loss records that name a competitor: File \u25b8 Import "
           "win/loss CSV\u2026 reads your CRM's export, and File \u25b8 Add win/loss "
           "record\u2026 types one in."));
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_competitors, &QListWidget::itemChanged, this, &WinRateChartView::onCompetitorToggled);
    connect(m_search, &QLineEdit::textChanged, this, &WinRateChartView::filterCompetitorList);
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_chosen.clear();
        onChanged({storage::EntityKind::Everything, storage::ChangeType::Updated, 0});
    });
    connect(&session, &WorkspaceSession::changed, this, &WinRateChartView::onChanged);
}

void WinRateChartView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void WinRateChartView::onChanged(const storage::Change& change) {
    using storage::EntityKind;
    const bool relevant =
        change.kind == EntityKind::Deal || change.kind == EntityKind::Competitor ||
        change.kind == EntityKind::Setting || change.kind == EntityKind::Everything;
    if (!relevant) {
        return;
    }
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void WinRateChartView::reload() {
    m_stale = false;
    m_facts = {};
    if (m_session.isOpen()) {
        reportingErrors(m_session, [this] {
            m_facts = storage::readPositioningFacts(m_session.workspace());
            m_minDeals = storage::readPositioningThresholds(m_session.workspace()).minDeals;
        });
    }
    m_rates = positioning::winRatesByQuarter(m_facts, m_minDeals);
    m_angleRates = positioning::angleWinRates(m_facts, m_minDeals);
    std::erase_if(m_chosen, [this](std::int64_t id) {
        return std::ranges::find(m_rates, id,
                                 &positioning::CompetitorQuarterWinRate::competitorId) ==
               m_rates.end();
    });
    if (m_chosen.empty()) {
        m_chosen = positioning::busiestCompetitors(m_rates, kDefaultLines);
    }
    m_legend->setText(
        tr("Lines join the quarters with at least %1 decided deals; the shaded band is the 95 % "
           "interval (Wilson) of one competitor: point at a line to see its band. Hollow point: "
           "fewer than %1 decided deals in that quarter, too "
           "few deals to judge. Hover a point for its numbers.")
            .arg(m_minDeals));
    m_stack->setCurrentWidget(m_rates.empty() ? static_cast<QWidget*>(m_empty)
                                              : m_stack->widget(0));
    fillCompetitorList();
    refreshChart();
}

void WinRateChartView::setChosenCompetitors(const std::vector<std::int64_t>& ids) {
    m_chosen = ids;
    fillCompetitorList();
    refreshChart();
}

void WinRateChartView::fillCompetitorList() {
    m_filling = true;
    m_competitors->clear();
    const QLocale locale;
    for (const positioning::CompetitorDealTotal& total :
         positioning::competitorDealTotals(m_rates)) {
        const auto fact = std::ranges::find(m_facts.competitors, total.competitorId,
                                            &positioning::CompetitorFact::id);
        const QString name = fact == m_facts.competitors.end() ? QString() : toQString(fact->name);
        auto* item = new QListWidgetItem(
            tr("%1 (%2 decided)").arg(name, locale.toString(total.decided)), m_competitors);
        item->setData(kIdRole, QVariant::fromValue<qint64>(total.competitorId));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(std::ranges::find(m_chosen, total.competitorId) != m_chosen.end()
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    filterCompetitorList(m_search->text());
    m_filling = false;
}

// The chart follows the list's order (most decided deals first), so colours stay put while
// other competitors are ticked.
void WinRateChartView::onCompetitorToggled() {
    if (m_filling) {
        return;
    }
    m_chosen.clear();
    for (int row = 0; row < m_competitors->count(); ++row) {
        const QListWidgetItem* item = m_competitors->item(row);
        if (item->checkState() == Qt::Checked) {
            m_chosen.push_back(item->data(kIdRole).toLongLong());
        }
    }
    refreshChart();
}

void WinRateChartView::filterCompetitorList(const QString& text) {
    const QString needle = text.trimmed();
    for (int row = 0; row < m_competitors->count(); ++row) {
        QListWidgetItem* item = m_competitors->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void WinRateChartView::refreshChart() {
    const positioning::WinRateChart chart =
        positioning::winRateChart(m_rates, m_facts.competitors, m_chosen);
    m_plot->setChartData(chart);
    m_quarterTable->showQuarters(chart);
    m_angleTable->showAngles(m_angleRates, m_facts, m_chosen);
}

}  // namespace pmm::ui
