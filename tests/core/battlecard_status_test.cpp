// The refresh protocol as pure functions: status by table (with the boundaries of "due soon"
// and "stale"), the sentence that explains it, and the order of the Battlecards table.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "battlecards/battlecard_row.h"
#include "battlecards/refresh_status.h"

#include "test_support.h"

namespace {

using pmm::test::day;

using namespace pmm::battlecards;
using pmm::Date;

struct StatusCase {
    const char* name;
    const char* lastRefreshed;
    int interval;
    bool required;
    const char* today;
    RefreshStatus expected;
    long daysUntilDue;
};

// Last refreshed 2026-05-02 with a 91-day interval: due 2026-08-01.
const StatusCase kStatusCases[] = {
    {"RefreshedToday", "2026-05-02", 91, false, "2026-05-02", RefreshStatus::Current, 91},
    {"FifteenDaysAhead", "2026-05-02", 91, false, "2026-07-17", RefreshStatus::Current, 15},
    {"ExactlyFourteenDaysAhead", "2026-05-02", 91, false, "2026-07-18", RefreshStatus::DueSoon, 14},
    {"OneDayAhead", "2026-05-02", 91, false, "2026-07-31", RefreshStatus::DueSoon, 1},
    {"DueToday", "2026-05-02", 91, false, "2026-08-01", RefreshStatus::DueSoon, 0},
    {"OverdueByOneDay", "2026-05-02", 91, false, "2026-08-02", RefreshStatus::Stale, -1},
    {"LongOverdue", "2026-05-02", 91, false, "2026-08-24", RefreshStatus::Stale, -23},
    {"RequiredWinsOverCurrent", "2026-05-02", 91, true, "2026-05-03",
     RefreshStatus::RefreshRequired, 90},
    {"RequiredWinsOverDueSoon", "2026-05-02", 91, true, "2026-08-01",
     RefreshStatus::RefreshRequired, 0},
    {"RequiredWinsOverStale", "2026-05-02", 91, true, "2026-09-01", RefreshStatus::RefreshRequired,
     -31},
    {"ShortInterval", "2026-05-02", 7, false, "2026-05-03", RefreshStatus::DueSoon, 6},
    {"OneDayInterval", "2026-05-02", 1, false, "2026-05-04", RefreshStatus::Stale, -1},
    {"ZeroIntervalCountsAsOne", "2026-05-02", 0, false, "2026-05-03", RefreshStatus::DueSoon, 0},
    {"LeapYear", "2028-02-28", 1, false, "2028-02-29", RefreshStatus::DueSoon, 0},
    {"RefreshDateInTheFuture", "2026-12-01", 91, false, "2026-11-01", RefreshStatus::Current, 121},
};

class RefreshStatusTable : public ::testing::TestWithParam<StatusCase> {};

TEST_P(RefreshStatusTable, ClassifiesByDaysUntilDue) {
    const StatusCase& c = GetParam();
    const RefreshInputs inputs{day(c.lastRefreshed), c.interval, c.required, std::nullopt};
    EXPECT_EQ(classifyRefresh(inputs, day(c.today)), c.expected);
    const RefreshAssessment assessment = assessRefresh(inputs, day(c.today));
    EXPECT_EQ(assessment.status, c.expected);
    EXPECT_EQ(assessment.daysUntilDue, c.daysUntilDue);
    EXPECT_EQ(assessment.sentence.rfind(std::string(statusLabel(c.expected)) + " \u2014 ", 0), 0u)
        << assessment.sentence;
}

INSTANTIATE_TEST_SUITE_P(Cases, RefreshStatusTable, ::testing::ValuesIn(kStatusCases),
                         [](const auto& param) { return std::string(param.param.name); });

struct SentenceCase {
    const char* name;
    RefreshInputs inputs;
    const char* today;
    const char* expected;
};

const SentenceCase kSentences[] = {
    {"Stale",
     {day("2026-05-02"), 91, false, std::nullopt},
     "2026-08-24",
     "Stale \u2014 last refreshed 2026-05-02 (114 days ago), due 2026-08-01 (23 days overdue)"},
    {"StaleByOneDay",
     {day("2026-05-02"), 91, false, std::nullopt},
     "2026-08-02",
     "Stale \u2014 last refreshed 2026-05-02 (92 days ago), due 2026-08-01 (1 day overdue)"},
    {"DueToday",
     {day("2026-05-02"), 91, false, std::nullopt},
     "2026-08-01",
     "Due soon \u2014 last refreshed 2026-05-02 (91 days ago), due 2026-08-01 (today)"},
    {"DueSoon",
     {day("2026-05-02"), 91, false, std::nullopt},
     "2026-07-31",
     "Due soon \u2014 last refreshed 2026-05-02 (90 days ago), due 2026-08-01 (in 1 day)"},
    {"Current",
     {day("2026-05-02"), 91, false, std::nullopt},
     "2026-05-02",
     "Current \u2014 last refreshed 2026-05-02 (today), next due 2026-08-01 (in 91 days)"},
    {"RequiredWithItsLaunch",
     {day("2026-05-02"), 91, true,
      PendingLaunch{"Globex Analytics", "Usage-based pricing", day("2026-05-20")}},
     "2026-05-21",
     "Refresh required \u2014 Globex Analytics launched \u201cUsage-based pricing\u201d on "
     "2026-05-20; last refreshed 2026-05-02 (19 days ago)"},
    {"RequiredWithoutItsLaunch",
     {day("2026-05-02"), 91, true, std::nullopt},
     "2026-05-03",
     "Refresh required \u2014 a competitor launch was logged after the refresh; last refreshed "
     "2026-05-02 (1 day ago)"},
};

class RefreshSentence : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(RefreshSentence, ExplainsTheStatus) {
    EXPECT_EQ(assessRefresh(GetParam().inputs, day(GetParam().today)).sentence,
              GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, RefreshSentence, ::testing::ValuesIn(kSentences),
                         [](const auto& param) { return std::string(param.param.name); });

TEST(RefreshStatusWords, KeysLabelsAndUrgency) {
    EXPECT_EQ(statusKey(RefreshStatus::DueSoon), "due_soon");
    EXPECT_EQ(statusLabel(RefreshStatus::RefreshRequired), "Refresh required");
    EXPECT_LT(urgencyRank(RefreshStatus::RefreshRequired), urgencyRank(RefreshStatus::Stale));
    EXPECT_LT(urgencyRank(RefreshStatus::Stale), urgencyRank(RefreshStatus::DueSoon));
    EXPECT_LT(urgencyRank(RefreshStatus::DueSoon), urgencyRank(RefreshStatus::Current));
    EXPECT_FALSE(needsAttention(RefreshStatus::Current));
    EXPECT_TRUE(needsAttention(RefreshStatus::DueSoon));
}

BattlecardRow row(std::int64_t id, std::optional<std::int64_t> owner, RefreshStatus status,
                  const char* due, const char* competitor = "Acme") {
    BattlecardRow r;
    r.id = id;
    r.ownerId = owner;
    r.status = status;
    r.nextDue = day(due);
    r.competitor = competitor;
    r.segment = "SMB";
    return r;
}

std::vector<std::int64_t> idsOf(const std::vector<BattlecardRow>& rows) {
    std::vector<std::int64_t> ids;
    for (const auto& r : rows) {
        ids.push_back(r.id);
    }
    return ids;
}

TEST(SortForOwner, TheSignedInOwnersCardsNeedingAttentionComeFirst) {
    constexpr std::int64_t me = 7;
    std::vector<BattlecardRow> rows = {
        row(1, 8, RefreshStatus::RefreshRequired, "2026-09-01"),
        row(2, me, RefreshStatus::Current, "2026-12-01"),
        row(3, me, RefreshStatus::DueSoon, "2026-11-30"),
        row(4, std::nullopt, RefreshStatus::Stale, "2026-08-01"),
        row(5, me, RefreshStatus::Stale, "2026-10-01"),
        row(6, me, RefreshStatus::RefreshRequired, "2027-01-10"),
        row(7, 8, RefreshStatus::Current, "2026-12-15"),
        row(8, me, RefreshStatus::Stale, "2026-09-01"),
        row(9, 8, RefreshStatus::Current, "2026-12-15", "Aardvark"),
    };
    auto mine = rows;
    sortForOwner(mine, me);
    // Mine needing attention: required, then stale by due date, then due soon; then everyone
    // else by urgency and due date (my current card among them), names breaking ties.
    EXPECT_EQ(idsOf(mine), (std::vector<std::int64_t>{6, 8, 5, 3, 1, 4, 2, 9, 7}));

    auto nobody = rows;
    sortForOwner(nobody, std::nullopt);
    EXPECT_EQ(idsOf(nobody), (std::vector<std::int64_t>{1, 6, 4, 8, 5, 3, 2, 9, 7}));
}

}  // namespace
