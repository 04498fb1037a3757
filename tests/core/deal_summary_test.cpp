// The win/loss table's core: its filter and date periods, the summary line's numbers, the
// one-query reader, and the win-rate chart's numbers.

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "demo/demo_data.h"
#include "positioning/deal_filter.h"
#include "positioning/deal_summary.h"
#include "positioning/win_rate_chart.h"
#include "storage/deal_rows.h"
#include "storage/deal_store.h"
#include "storage/positioning_reader.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace positioning;

std::vector<Outcome> outcomes(int won, int lost, int noDecision) {
    std::vector<Outcome> all;
    all.insert(all.end(), static_cast<std::size_t>(won), Outcome::Won);
    all.insert(all.end(), static_cast<std::size_t>(lost), Outcome::Lost);
    all.insert(all.end(), static_cast<std::size_t>(noDecision), Outcome::NoDecision);
    return all;
}

TEST(DealSummaryTest, CountsOutcomesAndTheWinRateOfDecidedDeals) {
    const std::vector<Outcome> deals = outcomes(5, 5, 3);
    const DealSummary summary = summarizeDeals(deals, 5);
    EXPECT_EQ(summary.records, 13);
    EXPECT_EQ(summary.winRate.won, 5);
    EXPECT_EQ(summary.winRate.lost, 5);
    EXPECT_EQ(summary.winRate.noDecision, 3);
    EXPECT_TRUE(summary.winRate.enough);
    // No-decision deals do not dilute the rate: 5 of 10 decided, Wilson 95 % 24-76 %.
    EXPECT_EQ(summary.ratePercent(), 50);
    EXPECT_EQ(summary.lowPercent(), 24);
    EXPECT_EQ(summary.highPercent(), 76);
}

TEST(DealSummaryTest, FewerDecidedThanTheMinimumIsTooFewToJudge) {
    const std::vector<Outcome> deals = outcomes(3, 1, 6);
    EXPECT_FALSE(summarizeDeals(deals, 5).winRate.enough);
    EXPECT_TRUE(summarizeDeals(deals, 4).winRate.enough);
}

TEST(DealSummaryTest, NoDealsIsAnEmptySummary) {
    const DealSummary summary = summarizeDeals({}, 5);
    EXPECT_EQ(summary.records, 0);
    EXPECT_EQ(summary.winRate.decided(), 0);
    EXPECT_FALSE(summary.winRate.enough);
}

struct PeriodCase {
    DealPeriod period;
    const char* today;
    const char* from;  // "" = open
    const char* to;
};

class Period : public ::testing::TestWithParam<PeriodCase> {};

TEST_P(Period, EndsIncluded) {
    const PeriodCase& c = GetParam();
    const DateRange range = periodRange(c.period, day(c.today));
    EXPECT_EQ(range.from, *c.from ? std::optional<Date>(day(c.from)) : std::nullopt);
    EXPECT_EQ(range.to, *c.to ? std::optional<Date>(day(c.to)) : std::nullopt);
}

INSTANTIATE_TEST_SUITE_P(
    DealPeriods, Period,
    ::testing::Values(PeriodCase{DealPeriod::Last90Days, "2026-11-24", "2026-08-27", "2026-11-24"},
                      PeriodCase{DealPeriod::ThisQuarter, "2026-11-24", "2026-10-01", "2026-12-31"},
                      PeriodCase{DealPeriod::ThisQuarter, "2026-02-28", "2026-01-01", "2026-03-31"},
                      PeriodCase{DealPeriod::LastYear, "2026-11-24", "2025-11-25", "2026-11-24"},
                      PeriodCase{DealPeriod::All, "2026-11-24", "", ""},
                      PeriodCase{DealPeriod::Custom, "2026-11-24", "", ""}));

Deal dealOn(const char* closedOn, std::optional<std::int64_t> competitor, Outcome outcome) {
    Deal deal;
    deal.closedOn = day(closedOn);
    deal.competitorId = competitor;
    deal.segmentId = 7;
    deal.outcome = outcome;
    return deal;
}

TEST(DealFilterTest, EachFieldNarrowsAndNoneKeepsDealsWithoutOne) {
    const Deal acme = dealOn("2026-08-27", 3, Outcome::Lost);
    const Deal alone = dealOn("2026-08-26", std::nullopt, Outcome::Won);
    DealFilter filter;
    EXPECT_TRUE(filter.isEmpty());
    EXPECT_TRUE(filter.accepts(acme) && filter.accepts(alone));
    filter.competitorId = 3;
    EXPECT_TRUE(filter.accepts(acme));
    EXPECT_FALSE(filter.accepts(alone));
    filter.competitorId = DealFilter::kNone;
    EXPECT_FALSE(filter.accepts(acme));
    EXPECT_TRUE(filter.accepts(alone));
    filter = {};
    filter.outcome = Outcome::Won;
    EXPECT_FALSE(filter.accepts(acme));
    filter = {};
    filter.segmentId = 8;
    EXPECT_FALSE(filter.accepts(acme));
    filter = {};
    filter.dates = periodRange(DealPeriod::Last90Days, day("2026-11-24"));
    EXPECT_FALSE(filter.isEmpty());
    EXPECT_TRUE(filter.accepts(acme));    // the first day of the 90
    EXPECT_FALSE(filter.accepts(alone));  // the day before
}

CompetitorQuarterWinRate cell(std::int64_t competitor, int quarter, int won, int lost) {
    CompetitorQuarterWinRate rate{competitor, quarter, {}};
    rate.winRate.won = won;
    rate.winRate.lost = lost;
    rate.winRate.finish(5);
    return rate;
}

TEST(WinRateChartTest, BusiestCompetitorsHaveTheMostDecidedDeals) {
    const std::vector<CompetitorQuarterWinRate> rates = {cell(1, 8100, 1, 1), cell(2, 8100, 5, 5),
                                                         cell(2, 8101, 1, 0), cell(3, 8101, 4, 4)};
    EXPECT_EQ(busiestCompetitors(rates, 2), (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(busiestCompetitors(rates, 5), (std::vector<std::int64_t>{2, 3, 1}));
    EXPECT_EQ(competitorDealTotals(rates).front().decided, 11);
}

TEST(WinRateChartTest, ConsecutiveQuartersWithGapsLeftEmpty) {
    const std::vector<CompetitorQuarterWinRate> rates = {cell(1, 8100, 3, 3), cell(1, 8103, 1, 1),
                                                         cell(2, 8099, 9, 1), cell(3, 8104, 1, 1)};
    const std::vector<CompetitorFact> names = {{1, "Acme", {}}, {2, "Brightline", {}}};
    const WinRateChart chart = winRateChart(rates, names, {2, 1});
    EXPECT_EQ(chart.quarters, (std::vector<int>{8099, 8100, 8101, 8102, 8103}));
    ASSERT_EQ(chart.lines.size(), 2U);
    EXPECT_EQ(chart.lines[0].competitor, "Brightline");
    EXPECT_EQ(chart.lines[1].competitor, "Acme");
    const auto& acme = chart.lines[1].cells;
    ASSERT_EQ(acme.size(), 5U);
    EXPECT_FALSE(acme[0].has_value());
    ASSERT_TRUE(acme[1].has_value());
    EXPECT_EQ(acme[1]->won, 3);
    EXPECT_TRUE(acme[1]->enough);
    EXPECT_FALSE(acme[2].has_value());
    ASSERT_TRUE(acme[4].has_value());
    EXPECT_FALSE(acme[4]->enough);  // 2 decided: too few to judge
    EXPECT_TRUE(winRateChart(rates, names, {}).quarters.empty());
}

TEST_F(WorkspaceTest, DealTableReadsEveryDealNewestFirstWithNames) {
    auto workspace = storage::Workspace::create(file("w.pmmw"));
    demo::fillDemoData(*workspace, demo::DemoSize::Small, 1);
    const storage::DealTable table = storage::readDealTable(*workspace);
    storage::DealStore store(*workspace);
    ASSERT_EQ(static_cast<std::int64_t>(table.deals.size()), store.count());
    EXPECT_EQ(table.competitors.size(), 8U);
    EXPECT_TRUE(std::ranges::is_sorted(table.deals, std::greater<>(), &Deal::closedOn));
    // Every field as the store reads it, apart from the uid no column shows.
    Deal expected = *store.find(table.deals[7].id);
    expected.uid.clear();
    const Deal& read = table.deals[7];
    EXPECT_EQ(read.name, expected.name);
    EXPECT_EQ(read.closedOn, expected.closedOn);
    EXPECT_EQ(read.competitorId, expected.competitorId);
    EXPECT_EQ(read.segmentId, expected.segmentId);
    EXPECT_EQ(read.productId, expected.productId);
    EXPECT_EQ(read.outcome, expected.outcome);
    EXPECT_EQ(read.arrCents, expected.arrCents);
    EXPECT_EQ(read.reason, expected.reason);
    EXPECT_EQ(read.angle, expected.angle);
    EXPECT_EQ(read.dealRef, expected.dealRef);
    // The summary of every deal agrees with the win rates the triggers read.
    std::vector<Outcome> all;
    for (const Deal& deal : table.deals) {
        all.push_back(deal.outcome);
    }
    const auto facts = storage::readPositioningFacts(*workspace);
    int won = 0;
    for (const auto& fact : facts.deals) {
        won += fact.outcome == Outcome::Won ? 1 : 0;
    }
    EXPECT_EQ(summarizeDeals(all, 5).winRate.won, won);
}

}  // namespace
}  // namespace pmm::test
