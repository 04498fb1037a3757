#include "positioning/deal_filter.h"

namespace pmm::positioning {

namespace {

bool idMatches(const std::optional<std::int64_t>& wanted, const std::optional<std::int64_t>& id) {
    if (!wanted) {
        return true;
    }
    return *wanted == DealFilter::kNone ? !id.has_value() : id == wanted;
}

Date quarterStart(const Date& day) {
    return {day.year, (day.month - 1) / 3 * 3 + 1, 1};
}

}  // namespace

bool DateRange::contains(const Date& date) const {
    return (!from || *from <= date) && (!to || date <= *to);
}

DateRange periodRange(DealPeriod period, const Date& today) {
    switch (period) {
        case DealPeriod::Last90Days:
            return {addDays(today, -89), today};
        case DealPeriod::ThisQuarter: {
            const Date start = quarterStart(today);
            const Date nextStart = start.month == 10 ? Date{start.year + 1, 1, 1}
                                                     : Date{start.year, start.month + 3, 1};
            return {start, addDays(nextStart, -1)};
        }
        case DealPeriod::LastYear:
            return {addDays(today, -364), today};
        case DealPeriod::All:
        case DealPeriod::Custom:
            break;
    }
    return {};
}

bool DealFilter::accepts(const Deal& deal) const {
    return idMatches(competitorId, deal.competitorId) && idMatches(segmentId, deal.segmentId) &&
           (!outcome || deal.outcome == *outcome) && dates.contains(deal.closedOn);
}

bool DealFilter::isEmpty() const {
    return *this == DealFilter{};
}

}  // namespace pmm::positioning
