// The value types of launches: quarters as the product writes them ("2026-Q3"), the words of
// launch statuses, readiness.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "launches/launch.h"
#include "launches/quarter.h"
#include "launches/readiness.h"
#include "storage/workspace_error.h"

namespace {

using namespace pmm::launches;
using pmm::Date;

struct QuarterCase {
    const char* text;
    std::optional<Quarter> quarter;
};

class QuarterParsing : public ::testing::TestWithParam<QuarterCase> {};

TEST_P(QuarterParsing, AcceptsOnlyYyyyQn) {
    const QuarterCase& c = GetParam();
    EXPECT_EQ(parseQuarter(c.text), c.quarter) << c.text;
    if (c.quarter) {
        EXPECT_EQ(toText(*c.quarter), c.text);
        EXPECT_EQ(requireQuarter(c.text), *c.quarter);
    } else {
        try {
            requireQuarter(c.text);
            FAIL() << "accepted " << c.text;
        } catch (const pmm::storage::WorkspaceError& error) {
            EXPECT_EQ(error.kind(), pmm::storage::WorkspaceErrorKind::Invalid);
            EXPECT_EQ(std::string(error.what()),
                      "Quarter: \"" + std::string(c.text) + "\" is not a quarter (use YYYY-Qn).");
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, QuarterParsing,
    ::testing::Values(QuarterCase{"2026-Q3", Quarter{2026, 3}},
                      QuarterCase{"2026-Q1", Quarter{2026, 1}},
                      QuarterCase{"1999-Q4", Quarter{1999, 4}},
                      QuarterCase{"2026-Q5", std::nullopt}, QuarterCase{"2026-Q0", std::nullopt},
                      QuarterCase{"2026-q3", std::nullopt}, QuarterCase{"2026Q3", std::nullopt},
                      QuarterCase{"26-Q3", std::nullopt}, QuarterCase{" 2026-Q3", std::nullopt},
                      QuarterCase{"2026-Q3 ", std::nullopt}, QuarterCase{"Q3 2026", std::nullopt},
                      QuarterCase{"", std::nullopt}, QuarterCase{"1899-Q4", std::nullopt},
                      QuarterCase{"2026-Q33", std::nullopt}));

TEST(Quarter, KnowsItsDays) {
    EXPECT_EQ(firstDay(Quarter{2026, 3}), (Date{2026, 7, 1}));
    EXPECT_EQ(lastDay(Quarter{2026, 3}), (Date{2026, 9, 30}));
    EXPECT_EQ(lastDay(Quarter{2026, 4}), (Date{2026, 12, 31}));
    EXPECT_EQ(lastDay(Quarter{2028, 1}), (Date{2028, 3, 31}));
    EXPECT_EQ(quarterOf(Date{2026, 9, 30}), (Quarter{2026, 3}));
    EXPECT_EQ(quarterOf(Date{2026, 10, 1}), (Quarter{2026, 4}));
    EXPECT_EQ(nextQuarter(Quarter{2026, 4}), (Quarter{2027, 1}));
    EXPECT_EQ(previousQuarter(Quarter{2026, 1}), (Quarter{2025, 4}));
    EXPECT_LT((Quarter{2025, 4}), (Quarter{2026, 1}));
}

TEST(LaunchStatus, HasWordsLabelsAndStableKeys) {
    for (LaunchStatus status : kLaunchStatuses) {
        EXPECT_EQ(statusFromKey(statusKey(status)), status);
    }
    EXPECT_EQ(statusWord(LaunchStatus::InProgress), "in progress");
    EXPECT_EQ(statusLabel(LaunchStatus::InProgress), "In progress");
    EXPECT_EQ(statusKey(LaunchStatus::InProgress), "in_progress");
    EXPECT_FALSE(statusFromKey("In progress"));
    EXPECT_FALSE(requiresFrame(LaunchStatus::Candidate));
    EXPECT_TRUE(requiresFrame(LaunchStatus::Planned));
    EXPECT_FALSE(requiresFrame(LaunchStatus::Cancelled));
    EXPECT_TRUE(isOpen(LaunchStatus::InProgress));
    EXPECT_FALSE(isOpen(LaunchStatus::Launched));
}

TEST(LaunchReadiness, IsAFractionAndAPercentRoundedDown) {
    EXPECT_EQ((Readiness{1, 3}).percent(), 33);
    EXPECT_EQ((Readiness{2, 3}).percent(), 66);
    EXPECT_EQ((Readiness{199, 200}).percent(), 99);
    EXPECT_EQ((Readiness{5, 5}).percent(), 100);
    EXPECT_TRUE((Readiness{5, 5}).complete());
    EXPECT_FALSE((Readiness{4, 5}).complete());
    EXPECT_EQ((Readiness{0, 0}).percent(), 100);
    EXPECT_DOUBLE_EQ((Readiness{0, 0}).fraction(), 1.0);
    Readiness sum{1, 2};
    sum += Readiness{3, 8};
    EXPECT_EQ(sum, (Readiness{4, 10}));
}

}  // namespace
