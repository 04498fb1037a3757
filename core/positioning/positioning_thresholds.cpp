#include "positioning/positioning_thresholds.h"

#include <charconv>

namespace pmm::positioning {

namespace {

void readInto(int& field, const std::optional<std::string>& value, int low, int high) {
    if (!value) {
        return;
    }
    int parsed = 0;
    const char* end = value->data() + value->size();
    const auto [ptr, error] = std::from_chars(value->data(), end, parsed);
    if (error == std::errc() && ptr == end && parsed >= low && parsed <= high) {
        field = parsed;
    }
}

}  // namespace

PositioningThresholds thresholdsFrom(
    const std::function<std::optional<std::string>(std::string_view key)>& setting) {
    PositioningThresholds thresholds;
    readInto(thresholds.lossPatternCount, setting("positioning.loss_pattern_count"), 1, 1000);
    readInto(thresholds.windowDays, setting("positioning.window_days"), 1, 3660);
    readInto(thresholds.winRateDropPoints, setting("positioning.win_rate_drop_points"), 1, 100);
    readInto(thresholds.overdueDays, setting("positioning.overdue_days"), 1, 3660);
    readInto(thresholds.minDeals, setting("positioning.min_deals"), 1, 100000);
    return thresholds;
}

}  // namespace pmm::positioning
