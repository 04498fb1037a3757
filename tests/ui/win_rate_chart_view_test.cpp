// The Positioning section's "Win rates" tab: a line per chosen competitor whose points are
// core's win rates, quarters with too few decided deals hollow and outside line and band,
// the same numbers in the table under the chart, the angle win rates, and the empty state.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QScatterSeries>
#include <QStandardItemModel>

#include <algorithm>
#include <cmath>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "positioning/win_loss_texts.h"
#include "positioning/win_rate_chart.h"
#include "positioning/win_rate_chart_view.h"
#include "positioning/win_rate_plot.h"
#include "positioning/win_rate_table.h"
#include "storage/positioning_reader.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using positioning::CompetitorQuarterWinRate;

class WinRateChartViewTest : public ::testing::Test {
protected:
    void SetUp() override { session.open(folder.demoWorkspace()); }

    std::vector<CompetitorQuarterWinRate> coreRates(int minDeals) const {
        return positioning::winRatesByQuarter(storage::readPositioningFacts(session.workspace()),
                                              minDeals);
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
};

// Every point of a line is core's rate of that competitor in that quarter, filled when
// judged and hollow when too few deals.
void expectPointsMatch(const WinRatePlot& plot, int line,
                       const std::vector<CompetitorQuarterWinRate>& rates) {
    const positioning::WinRateChart& chart = plot.chartData();
    const std::int64_t competitor = chart.lines.at(static_cast<std::size_t>(line)).competitorId;
    int judged = 0;
    int tooFew = 0;
    for (const CompetitorQuarterWinRate& rate : rates) {
        if (rate.competitorId != competitor) {
            continue;
        }
        const auto x = static_cast<double>(std::ranges::find(chart.quarters, rate.quarter) -
                                           chart.quarters.begin());
        const QScatterSeries* series =
            rate.winRate.enough ? plot.judgedPoints(line) : plot.tooFewPoints(line);
        (rate.winRate.enough ? judged : tooFew) += 1;
        const QList<QPointF> points = series->points();
        const auto found =
            std::ranges::find_if(points, [x](const QPointF& p) { return p.x() == x; });
        ASSERT_NE(found, points.end()) << "quarter " << rate.quarter;
        EXPECT_NEAR(found->y(), rate.winRate.rate() * 100.0, 1e-9);
    }
    EXPECT_EQ(plot.judgedPoints(line)->count(), judged);
    EXPECT_EQ(plot.tooFewPoints(line)->count(), tooFew);
}

TEST_F(WinRateChartViewTest, ChartsTheBusiestCompetitorsWithCoresNumbers) {
    WinRateChartView view(session);
    view.reload();
    const auto rates = coreRates(5);
    const auto busiest = positioning::busiestCompetitors(rates, 5);
    ASSERT_EQ(busiest.size(), 5U);
    EXPECT_EQ(view.chosenCompetitors(), busiest);
    ASSERT_EQ(view.plot()->chartData().lines.size(), 5U);
    for (int line = 0; line < 5; ++line) {
        EXPECT_EQ(view.plot()->chartData().lines[static_cast<std::size_t>(line)].competitorId,
                  busiest[static_cast<std::size_t>(line)]);
        expectPointsMatch(*view.plot(), line, rates);
        EXPECT_GE(view.plot()->bandCount(line), 1);
        EXPECT_EQ(view.plot()->judgedPoints(line)->name().isEmpty(), false);
    }
    // One band at a time: the busiest competitor's first, then the one pointed at.
    EXPECT_TRUE(view.plot()->bandShown(0));
    EXPECT_FALSE(view.plot()->bandShown(1));
    view.plot()->showBandOf(3);
    EXPECT_FALSE(view.plot()->bandShown(0));
    EXPECT_TRUE(view.plot()->bandShown(3));
    // The list offers every competitor with deals; the five are ticked.
    int ticked = 0;
    for (int row = 0; row < view.competitorList()->count(); ++row) {
        ticked += view.competitorList()->item(row)->checkState() == Qt::Checked ? 1 : 0;
    }
    EXPECT_EQ(ticked, 5);
}

TEST_F(WinRateChartViewTest, QuartersWithTooFewDealsAreHollowAndSaidSo) {
    session.workspace().setSetting("positioning.min_deals", "9");
    WinRateChartView view(session);
    view.reload();
    EXPECT_EQ(view.minDeals(), 9);
    const auto rates = coreRates(9);
    ASSERT_TRUE(std::ranges::any_of(rates, [](const auto& r) { return !r.winRate.enough; }));
    int hollow = 0;
    for (int line = 0; line < 5; ++line) {
        expectPointsMatch(*view.plot(), line, rates);
        hollow += static_cast<int>(view.plot()->tooFewPoints(line)->count());
    }
    EXPECT_GT(hollow, 0);
    EXPECT_TRUE(view.legendLabel()->text().contains(QStringLiteral("fewer than 9 decided deals")));
    // The table under the chart says it in words, row for row.
    const QStandardItemModel* table = view.quarterTable()->itemModel();
    int tooFewRows = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        tooFewRows +=
            table->item(row, 2)->text() == QStringLiteral("too few deals to judge") ? 1 : 0;
    }
    EXPECT_EQ(tooFewRows, hollow);
}

TEST_F(WinRateChartViewTest, TickingACompetitorAddsItsLineAndTableRows) {
    WinRateChartView view(session);
    view.reload();
    QListWidget* list = view.competitorList();
    const int last = list->count() - 1;
    ASSERT_EQ(list->item(last)->checkState(), Qt::Unchecked);
    list->item(last)->setCheckState(Qt::Checked);
    ASSERT_EQ(view.chosenCompetitors().size(), 6U);
    EXPECT_EQ(view.chosenCompetitors().back(),
              list->item(last)->data(Qt::UserRole + 1).toLongLong());
    expectPointsMatch(*view.plot(), 5, coreRates(5));
    view.setChosenCompetitors({view.chosenCompetitors().back()});
    ASSERT_EQ(view.plot()->chartData().lines.size(), 1U);
    const positioning::WinRateLine& line = view.plot()->chartData().lines.front();
    const auto cells =
        std::ranges::count_if(line.cells, [](const auto& c) { return c.has_value(); });
    EXPECT_EQ(view.quarterTable()->itemModel()->rowCount(), cells);
    // Copy gives the header and every row, tab-separated.
    const QStringList copied = view.quarterTable()->selectedText().trimmed().split(u'\n');
    EXPECT_EQ(copied.size(), cells + 1);
    EXPECT_TRUE(copied.front().startsWith(QStringLiteral("Competitor\tQuarter\tWin rate")));
}

TEST_F(WinRateChartViewTest, AngleTableShowsEachAngleAgainstTheChosenCompetitors) {
    WinRateChartView view(session);
    view.reload();
    const auto facts = storage::readPositioningFacts(session.workspace());
    const auto angles = positioning::angleWinRates(facts, 5);
    const auto chosen = view.chosenCompetitors();
    const auto expected = std::ranges::count_if(angles, [&](const auto& rate) {
        return std::ranges::find(chosen, rate.competitorId) != chosen.end();
    });
    ASSERT_GT(expected, 0);
    QStandardItemModel* table = view.angleTable()->itemModel();
    EXPECT_EQ(table->rowCount(), expected);
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto first =
        std::ranges::find(angles, chosen.front(), &positioning::AngleWinRate::competitorId);
    EXPECT_EQ(table->item(0, 1)->text(),
              QString::fromStdString(facts.angles.at(static_cast<std::size_t>(first->angle))));
    EXPECT_EQ(table->item(0, 2)->text(), winRatePercentText(first->winRate));
}

TEST(WinRateChartViewEmptyTest, SaysWhereWinRatesComeFrom) {
    uitest::TempFolder folder;
    WorkspaceSession session;
    session.open(folder.emptyWorkspace());
    WinRateChartView view(session);
    view.reload();
    EXPECT_TRUE(view.chosenCompetitors().empty());
    EXPECT_TRUE(view.emptyState()->isVisibleTo(&view));
    EXPECT_TRUE(view.emptyState()->explanation().contains(QStringLiteral("Import win/loss CSV")));
}

}  // namespace
}  // namespace pmm::ui
