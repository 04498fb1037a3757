#pragma once

#include <cstdint>
#include <optional>

#include "positioning/deal.h"
#include "util/dates.h"

namespace pmm::positioning {

// Close dates from `from` to `to`, both included; an open end is no limit.
struct DateRange {
    std::optional<Date> from;
    std::optional<Date> to;

    bool contains(const Date& date) const;
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

// The periods the win/loss table offers; Custom is whatever from-to the user picks.
enum class DealPeriod { All, Last90Days, ThisQuarter, LastYear, Custom };

// The dates of `period` as seen on `today`: the last 90 days and the last year end today
// (both included); this quarter is the calendar quarter holding today. All and Custom: no
// limit (the caller supplies a custom range).
DateRange periodRange(DealPeriod period, const Date& today);

// What the win/loss table keeps, apart from its text search (done on case-folded text where
// the text is shown). Each empty field means "any"; an id of kNone keeps the deals without
// a competitor (or segment).
struct DealFilter {
    static constexpr std::int64_t kNone = 0;

    std::optional<std::int64_t> competitorId;
    std::optional<std::int64_t> segmentId;
    std::optional<Outcome> outcome;
    DateRange dates;

    bool accepts(const Deal& deal) const;
    bool isEmpty() const;
    friend bool operator==(const DealFilter&, const DealFilter&) = default;
};

}  // namespace pmm::positioning
