// Dates travel as ISO text (YYYY-MM-DD): launch dates, first-seen dates, review dates.

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "util/dates.h"

namespace pmm {
// Readable dates in failure messages.
void PrintTo(const Date& date, std::ostream* out) {
    *out << toIsoText(date);
}
}  // namespace pmm

namespace pmm::test {
namespace {

struct DateText {
    const char* text;
    bool valid;
};

void PrintTo(const DateText& date, std::ostream* out) {
    *out << '"' << date.text << '"';
}

class ParseIsoDate : public ::testing::TestWithParam<DateText> {};

TEST_P(ParseIsoDate, AcceptsOnlyRealCalendarDaysInStrictForm) {
    const auto parsed = parseIsoDate(GetParam().text);
    EXPECT_EQ(parsed.has_value(), GetParam().valid) << '"' << GetParam().text << '"';
    if (parsed) {
        EXPECT_EQ(toIsoText(*parsed), GetParam().text) << "formats back to the same text";
    }
}

INSTANTIATE_TEST_SUITE_P(
    Texts, ParseIsoDate,
    ::testing::Values(
        // Ordinary days and month ends
        DateText{"2026-01-01", true}, DateText{"2026-01-31", true}, DateText{"2026-04-30", true},
        DateText{"2026-12-31", true}, DateText{"2026-04-31", false}, DateText{"2026-06-31", false},
        DateText{"2026-01-32", false}, DateText{"2026-01-00", false}, DateText{"2026-00-10", false},
        DateText{"2026-13-01", false},
        // February and leap years: every 4th year, not every 100th, again every 400th
        DateText{"2026-02-28", true}, DateText{"2026-02-29", false}, DateText{"2026-02-30", false},
        DateText{"2024-02-29", true}, DateText{"2000-02-29", true}, DateText{"2100-02-29", false},
        DateText{"1900-02-29", false}, DateText{"2400-02-29", true},
        // Range
        DateText{"1900-01-01", true}, DateText{"1899-12-31", false}, DateText{"9999-12-31", true},
        DateText{"0000-01-01", false},
        // Form
        DateText{"2026-1-05", false}, DateText{"2026-01-5", false}, DateText{"20260105", false},
        DateText{"2026/01/05", false}, DateText{"05-01-2026", false},
        DateText{" 2026-01-05", false}, DateText{"2026-01-05 ", false},
        DateText{"2026-01-05T00:00", false}, DateText{"+026-01-05", false},
        DateText{"2026-0a-05", false}, DateText{"２０２６-01-05", false}, DateText{"", false}),
    [](const auto& instance) { return "Case" + std::to_string(instance.index); });

TEST(Dates, ParsedFieldsAreTheCalendarFields) {
    EXPECT_EQ(parseIsoDate("2026-03-09"), (Date{2026, 3, 9}));
}

TEST(Dates, FormatPadsWithZeros) {
    EXPECT_EQ(toIsoText(Date{2026, 3, 9}), "2026-03-09");
    EXPECT_EQ(toIsoText(Date{1970, 1, 1}), "1970-01-01");
}

TEST(Dates, DaysSinceEpochAreCalendarDays) {
    EXPECT_EQ(daysSinceEpoch(Date{1970, 1, 1}), 0);
    EXPECT_EQ(daysSinceEpoch(Date{1970, 1, 2}), 1);
    EXPECT_EQ(daysSinceEpoch(Date{1969, 12, 31}), -1);
    EXPECT_EQ(daysSinceEpoch(Date{2000, 3, 1}) - daysSinceEpoch(Date{2000, 2, 28}), 2);
    EXPECT_EQ(daysSinceEpoch(Date{2100, 3, 1}) - daysSinceEpoch(Date{2100, 2, 28}), 1);
    EXPECT_EQ(daysSinceEpoch(Date{2027, 1, 1}) - daysSinceEpoch(Date{2026, 1, 1}), 365);
    EXPECT_EQ(daysSinceEpoch(Date{2029, 1, 1}) - daysSinceEpoch(Date{2028, 1, 1}), 366);
}

struct DayStep {
    Date from;
    long days;
    Date to;
};

void PrintTo(const DayStep& step, std::ostream* out) {
    *out << toIsoText(step.from) << " + " << step.days;
}

class AddDays : public ::testing::TestWithParam<DayStep> {};

TEST_P(AddDays, CrossesMonthYearAndLeapBoundaries) {
    EXPECT_EQ(toIsoText(addDays(GetParam().from, GetParam().days)), toIsoText(GetParam().to));
    EXPECT_EQ(toIsoText(addDays(GetParam().to, -GetParam().days)), toIsoText(GetParam().from));
}

INSTANTIATE_TEST_SUITE_P(Steps, AddDays,
                         ::testing::Values(DayStep{{2026, 1, 31}, 1, {2026, 2, 1}},
                                           DayStep{{2026, 2, 28}, 1, {2026, 3, 1}},
                                           DayStep{{2024, 2, 28}, 1, {2024, 2, 29}},
                                           DayStep{{2024, 2, 29}, 1, {2024, 3, 1}},
                                           DayStep{{2026, 12, 31}, 1, {2027, 1, 1}},
                                           DayStep{{2026, 3, 9}, 0, {2026, 3, 9}},
                                           DayStep{{2026, 1, 1}, 90, {2026, 4, 1}},
                                           DayStep{{2026, 1, 1}, 365, {2027, 1, 1}},
                                           DayStep{{2024, 1, 1}, 366, {2025, 1, 1}},
                                           DayStep{{1999, 12, 31}, 1, {2000, 1, 1}}));

TEST(Dates, EveryDayOfFourHundredYearsRoundTrips) {
    // One full Gregorian cycle: text -> date -> days -> date -> text.
    const long first = daysSinceEpoch(Date{2000, 1, 1});
    const long last = daysSinceEpoch(Date{2400, 1, 1});
    EXPECT_EQ(last - first, 146097) << "days in 400 Gregorian years";
    Date previous = dateFromDays(first - 1);
    for (long day = first; day < last; ++day) {
        const Date date = dateFromDays(day);
        ASSERT_LT(previous, date);
        const auto parsed = parseIsoDate(toIsoText(date));
        ASSERT_TRUE(parsed.has_value()) << toIsoText(date);
        ASSERT_EQ(*parsed, date);
        ASSERT_EQ(daysSinceEpoch(*parsed), day);
        previous = date;
    }
}

TEST(Dates, TodayIsAValidDateNearTheClock) {
    const Date now = today();
    EXPECT_TRUE(parseIsoDate(toIsoText(now)).has_value());
    EXPECT_GE(now, (Date{2025, 1, 1}));
}

}  // namespace
}  // namespace pmm::test
