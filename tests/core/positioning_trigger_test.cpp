// The positioning triggers of PRODUCT.md §4, the Wilson interval and the win rates, as pure
// functions over plain facts: boundaries by table.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "positioning/positioning_trigger.h"
#include "positioning/wilson.h"
#include "positioning/win_rate.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace positioning;

const Date kToday{2026, 11, 20};
constexpr std::int64_t kAcme = 1;
constexpr std::int64_t kGlobex = 2;

class Facts {
public:
    Facts() {
        m_facts.competitors = {{kAcme, "Acme", Date{2023, 1, 5}},
                               {kGlobex, "Globex", Date{2024, 2, 1}}};
    }

    // A deal `daysAgo` before kToday.
    Facts& deal(std::int64_t competitor, long daysAgo, Outcome outcome,
                const std::string& reason = {}) {
        DealFact deal;
        deal.id = static_cast<std::int64_t>(m_facts.deals.size()) + 1;
        const Date on = addDays(kToday, -daysAgo);
        deal.day = daysSinceEpoch(on);
        deal.quarter = quarterIndex(on);
        deal.competitorId = competitor;
        deal.outcome = outcome;
        deal.reason = reason.empty() ? -1 : reasonIndex(reason);
        m_facts.deals.push_back(deal);
        return *this;
    }

    Facts& deals(std::int64_t competitor, long daysAgo, Outcome outcome, int count) {
        for (int n = 0; n < count; ++n) {
            deal(competitor, daysAgo, outcome);
        }
        return *this;
    }

    PositioningFacts& get() { return m_facts; }

private:
    int reasonIndex(const std::string& reason) {
        for (std::size_t i = 0; i < m_facts.reasons.size(); ++i) {
            if (m_facts.reasons[i] == reason) {
                return static_cast<int>(i);
            }
        }
        m_facts.reasons.push_back(reason);
        return static_cast<int>(m_facts.reasons.size()) - 1;
    }

    PositioningFacts m_facts;
};

std::vector<std::string> sentences(const std::vector<PositioningAlert>& alerts) {
    std::vector<std::string> out;
    for (const auto& alert : alerts) {
        out.push_back(alert.sentence);
    }
    return out;
}

struct LossCase {
    const char* name;
    std::vector<long> lossDaysAgo;  // losses to Acme on pricing
    int threshold;
    bool fires;
};

class LossPattern : public ::testing::TestWithParam<LossCase> {};

TEST_P(LossPattern, FiresAtTheThresholdInsideTheWindow) {
    const LossCase& c = GetParam();
    Facts facts;
    for (const long daysAgo : c.lossDaysAgo) {
        facts.deal(kAcme, daysAgo, Outcome::Lost, "pricing");
    }
    PositioningThresholds thresholds;
    thresholds.lossPatternCount = c.threshold;
    const auto alerts = failedDealAlerts(facts.get(), thresholds, kToday);
    if (!c.fires) {
        EXPECT_TRUE(alerts.empty()) << c.name;
        return;
    }
    ASSERT_EQ(alerts.size(), 1u) << c.name;
    EXPECT_EQ(alerts[0].kind, TriggerKind::FailedDeals);
    EXPECT_EQ(alerts[0].competitorId, kAcme);
    EXPECT_EQ(alerts[0].dealIds.size(), static_cast<std::size_t>(c.threshold));
    EXPECT_EQ(alerts[0].sentence, "failed-deal pattern: " + std::to_string(c.threshold) +
                                      " deals lost to Acme on pricing in 90 days");
}

INSTANTIATE_TEST_SUITE_P(
    Boundaries, LossPattern,
    ::testing::Values(LossCase{"exactly 3 in exactly 90 days", {0, 45, 89}, 3, true},
                      LossCase{"the third is 90 days ago: outside", {0, 45, 90}, 3, false},
                      LossCase{"only 2", {1, 2}, 3, false},
                      LossCase{"4 with threshold 4", {1, 2, 3, 4}, 4, true},
                      LossCase{"a loss dated after today is not counted", {-1, 1, 2}, 3, false}),
    [](const auto& param) { return "case" + std::to_string(param.index); });

TEST(LossPatternTest, EachCompetitorAndReasonCountsApart) {
    Facts facts;
    facts.deal(kAcme, 1, Outcome::Lost, "pricing").deal(kAcme, 2, Outcome::Lost, "Pricing");
    facts.deal(kGlobex, 3, Outcome::Lost, "pricing");
    // Facts carry reasons as indexes: the reader folds spellings into one (see the store test).
    EXPECT_TRUE(failedDealAlerts(facts.get(), {}, kToday).empty());
    facts.deal(kAcme, 5, Outcome::Lost, "pricing");
    facts.deal(kAcme, 6, Outcome::Won, "pricing");
    EXPECT_TRUE(failedDealAlerts(facts.get(), {}, kToday).empty()) << "a won deal is no loss";
    facts.deal(kAcme, 7, Outcome::Lost, "pricing");
    const auto alerts = failedDealAlerts(facts.get(), {}, kToday);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].dealIds, (std::vector<std::int64_t>{1, 4, 6}));
}

struct DropCase {
    const char* name;
    int wonBefore, lostBefore, wonNow, lostNow;
    bool fires;
};

class WinRateDrop : public ::testing::TestWithParam<DropCase> {};

TEST_P(WinRateDrop, FiresAtFifteenPoints) {
    const DropCase& c = GetParam();
    Facts facts;
    facts.deals(kAcme, 120, Outcome::Won, c.wonBefore)
        .deals(kAcme, 120, Outcome::Lost, c.lostBefore);
    facts.deals(kAcme, 10, Outcome::Won, c.wonNow).deals(kAcme, 10, Outcome::Lost, c.lostNow);
    const auto alerts = failedDealAlerts(facts.get(), {}, kToday);
    EXPECT_EQ(alerts.size(), c.fires ? 1u : 0u) << c.name;
    if (c.fires && !alerts.empty()) {
        ASSERT_TRUE(alerts[0].current && alerts[0].previous);
        EXPECT_EQ(alerts[0].current->won, c.wonNow);
        EXPECT_EQ(alerts[0].previous->decided(), c.wonBefore + c.lostBefore);
        EXPECT_EQ(static_cast<int>(alerts[0].dealIds.size()), c.lostNow);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Boundaries, WinRateDrop,
    ::testing::Values(DropCase{"65 % -> 50 %: exactly 15 points", 13, 7, 10, 10, true},
                      DropCase{"65 % -> 51 %: 14 points", 13, 7, 51, 49, false},
                      DropCase{"60 % -> 40 %", 6, 4, 4, 6, true},
                      DropCase{"too few deals now (4 decided)", 10, 0, 0, 4, false},
                      DropCase{"too few deals before", 4, 0, 0, 10, false},
                      DropCase{"a rise", 4, 6, 6, 4, false}),
    [](const auto& param) { return "case" + std::to_string(param.index); });

TEST(WinRateDropTest, TheSentenceNamesBothWindows) {
    Facts facts;
    facts.deals(kAcme, 100, Outcome::Won, 6).deals(kAcme, 100, Outcome::Lost, 4);
    facts.deals(kAcme, 1, Outcome::Won, 4).deals(kAcme, 1, Outcome::Lost, 6);
    facts.deals(kAcme, 1, Outcome::NoDecision, 3);
    EXPECT_EQ(sentences(failedDealAlerts(facts.get(), {}, kToday)),
              std::vector<std::string>{"failed-deal pattern: win rate against Acme down 20 points "
                                       "in 90 days (40 % of 10 decided deals, was 60 % of 10)"});
}

TEST(NewCompetitorTest, FirstSeenAfterTheLastReview) {
    Facts facts;
    facts.get().competitors.push_back({3, "Zenith", Date{2026, 10, 2}});
    facts.deal(3, 10, Outcome::Lost).deal(3, 20, Outcome::Won);
    facts.get().reviews.push_back({Date{2026, 9, 15}, std::nullopt, std::nullopt});
    const auto alerts = newCompetitorAlerts(facts.get(), {}, kToday);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].competitorId, 3);
    EXPECT_EQ(alerts[0].dealIds, (std::vector<std::int64_t>{1, 2}));
    EXPECT_EQ(alerts[0].sentence,
              "new competitor entry: Zenith first seen 2026-10-02, after the last review "
              "(2026-09-15); 2 deals since, 1 lost");

    facts.get().reviews.push_back({Date{2026, 10, 2}, 1, std::nullopt});
    EXPECT_TRUE(newCompetitorAlerts(facts.get(), {}, kToday).empty())
        << "a review on the day it was first seen covers it";
}

TEST(NewCompetitorTest, WithoutReviewsTheLastQuarterCounts) {
    Facts facts;
    facts.get().competitors.push_back({3, "Recent", addDays(kToday, -90)});
    facts.get().competitors.push_back({4, "Older", addDays(kToday, -91)});
    facts.get().competitors.push_back({5, "Future", addDays(kToday, 1)});
    const auto alerts = newCompetitorAlerts(facts.get(), {}, kToday);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].competitorId, 3);
}

TEST(PivotTest, APlannedPivotWaitsForAReviewOfItsProduct) {
    Facts facts;
    facts.get().pivots.push_back({7, "Atlas goes self-serve", 11, "Atlas", Date{2026, 10, 1}});
    auto alerts = pivotAlerts(facts.get());
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].launchId, 7);
    EXPECT_EQ(alerts[0].sentence,
              "product pivot: launch \"Atlas goes self-serve\" changes Atlas's direction and is "
              "planned since 2026-10-01; Atlas was not reviewed since");
    facts.get().reviews.push_back({Date{2026, 9, 30}, 11, std::nullopt});
    facts.get().reviews.push_back({Date{2026, 10, 5}, 12, std::nullopt});
    EXPECT_EQ(pivotAlerts(facts.get()).size(), 1u) << "before it, or another product";
    facts.get().reviews.push_back({Date{2026, 10, 1}, 11, 3});
    EXPECT_TRUE(pivotAlerts(facts.get()).empty());
}

struct OverdueCase {
    const char* name;
    std::optional<long> reviewedDaysAgo;
    std::optional<std::int64_t> reviewProduct;
    std::optional<std::int64_t> reviewSegment;
    long statementDaysAgo;
    bool fires;
};

class Overdue : public ::testing::TestWithParam<OverdueCase> {};

TEST_P(Overdue, MoreThanAQuarterWithoutAReview) {
    const OverdueCase& c = GetParam();
    Facts facts;
    facts.get().scopes.push_back(
        {11, "Atlas", 21, "Mid-market", addDays(kToday, -c.statementDaysAgo)});
    if (c.reviewedDaysAgo) {
        facts.get().reviews.push_back(
            {addDays(kToday, -*c.reviewedDaysAgo), c.reviewProduct, c.reviewSegment});
    }
    const auto alerts = overdueAlerts(facts.get(), {}, kToday);
    EXPECT_EQ(alerts.size(), c.fires ? 1u : 0u) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Boundaries, Overdue,
    ::testing::Values(OverdueCase{"reviewed 91 days ago", 91, 11, 21, 400, false},
                      OverdueCase{"reviewed 92 days ago", 92, 11, 21, 400, true},
                      OverdueCase{"a review of all products and segments", 10, std::nullopt,
                                  std::nullopt, 400, false},
                      OverdueCase{"a review of another segment", 10, 11, 22, 400, true},
                      OverdueCase{"never reviewed, statement 91 days old", std::nullopt,
                                  std::nullopt, std::nullopt, 91, false},
                      OverdueCase{"never reviewed, statement 92 days old", std::nullopt,
                                  std::nullopt, std::nullopt, 92, true}),
    [](const auto& param) { return "case" + std::to_string(param.index); });

TEST(OverdueTest, TheSentenceSaysWhenAndHowLong) {
    Facts facts;
    facts.get().scopes.push_back({11, "Atlas", 21, "Mid-market", Date{2025, 6, 2}});
    facts.get().reviews.push_back({Date{2026, 3, 2}, 11, 21});
    EXPECT_EQ(sentences(overdueAlerts(facts.get(), {}, kToday)),
              std::vector<std::string>{"overdue review: Atlas in Mid-market last reviewed "
                                       "2026-03-02 (263 days ago, more than 91)"});
}

TEST(ThresholdsTest, SettingsOverrideDefaultsWhenValid) {
    const auto thresholds = thresholdsFrom([](std::string_view key) -> std::optional<std::string> {
        if (key == "positioning.loss_pattern_count") {
            return "4";
        }
        if (key == "positioning.window_days") {
            return "sixty";
        }
        if (key == "positioning.min_deals") {
            return "0";
        }
        return std::nullopt;
    });
    EXPECT_EQ(thresholds.lossPatternCount, 4);
    EXPECT_EQ(thresholds.windowDays, 90);
    EXPECT_EQ(thresholds.minDeals, 5);
    EXPECT_EQ(thresholds.winRateDropPoints, 15);
}

struct WilsonCase {
    int successes, trials;
    double low, high;
};

class Wilson : public ::testing::TestWithParam<WilsonCase> {};

TEST_P(Wilson, KnownValues) {
    const WilsonCase& c = GetParam();
    const Interval interval = wilsonInterval(c.successes, c.trials);
    EXPECT_NEAR(interval.low, c.low, 1e-4);
    EXPECT_NEAR(interval.high, c.high, 1e-4);
}

// Reference values computed with the textbook formula (z = 1.959964).
INSTANTIATE_TEST_SUITE_P(
    Values, Wilson,
    ::testing::Values(WilsonCase{5, 10, 0.2366, 0.7634}, WilsonCase{0, 10, 0.0, 0.2775},
                      WilsonCase{10, 10, 0.7225, 1.0}, WilsonCase{1, 1, 0.2065, 1.0},
                      WilsonCase{81, 263, 0.2553, 0.3662}, WilsonCase{0, 0, 0.0, 1.0}));

TEST(WinRateTest, PerCompetitorPerQuarterWithSampleSizeAndTooFew) {
    Facts facts;
    // kToday is 2026-11-20 (Q4); 60 days earlier is 2026-09-21 (Q3).
    facts.deals(kAcme, 1, Outcome::Won, 3).deals(kAcme, 1, Outcome::Lost, 2);
    facts.deals(kAcme, 1, Outcome::NoDecision, 4);
    facts.deals(kAcme, 60, Outcome::Won, 1).deals(kGlobex, 60, Outcome::Lost, 1);
    facts.deals(0, 1, Outcome::Won, 5);  // no competitor: left out
    const auto rates = winRatesByQuarter(facts.get(), 5);
    ASSERT_EQ(rates.size(), 3u);
    EXPECT_EQ(quarterText(rates[0].quarter), "2026-Q3");
    EXPECT_EQ(rates[0].winRate.describe(), "too few deals to judge (1 decided)");
    EXPECT_EQ(quarterText(rates[1].quarter), "2026-Q4");
    EXPECT_EQ(rates[1].winRate.won, 3);
    EXPECT_EQ(rates[1].winRate.noDecision, 4);
    EXPECT_TRUE(rates[1].winRate.enough);
    EXPECT_EQ(rates[1].winRate.describe(), "60 % (3 of 5 decided, 95 % 23-88 %)");
    EXPECT_EQ(rates[2].competitorId, kGlobex);
}

TEST(WinRateTest, EachAngleAgainstEachCompetitor) {
    PositioningFacts facts;
    facts.angles = {"Total cost", "Compliance"};
    const auto add = [&](std::int64_t competitor, int angle, Outcome outcome) {
        DealFact deal;
        deal.competitorId = competitor;
        deal.angle = angle;
        deal.outcome = outcome;
        facts.deals.push_back(deal);
    };
    add(kAcme, 0, Outcome::Won);
    add(kAcme, 0, Outcome::Lost);
    add(kAcme, 1, Outcome::Won);
    add(kGlobex, 0, Outcome::Lost);
    add(kGlobex, -1, Outcome::Won);  // no angle: left out
    const auto rates = angleWinRates(facts, 1);
    ASSERT_EQ(rates.size(), 3u);
    EXPECT_EQ(facts.angles[static_cast<std::size_t>(rates[0].angle)], "Compliance");
    EXPECT_EQ(rates[0].winRate.won, 1);
    EXPECT_EQ(facts.angles[static_cast<std::size_t>(rates[1].angle)], "Total cost");
    EXPECT_DOUBLE_EQ(rates[1].winRate.rate(), 0.5);
    EXPECT_EQ(rates[2].competitorId, kGlobex);
    EXPECT_EQ(rates[2].winRate.lost, 1);
}

}  // namespace
}  // namespace pmm::test
