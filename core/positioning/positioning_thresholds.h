#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pmm::positioning {

// The trigger thresholds of PRODUCT.md §4; workspace settings "positioning.*" override them.
struct PositioningThresholds {
    int lossPatternCount = 3;    // losses to one competitor for one reason ...
    int windowDays = 90;         // ... within this many days (today included)
    int winRateDropPoints = 15;  // win rate down this many points against the previous window
    int overdueDays = 91;        // a scope not reviewed for longer than this is overdue
    int minDeals = 5;            // fewer decided deals: too few to judge
};

// Reads each threshold from `setting` (key -> value, e.g. the workspace's settings); a
// missing key or a value that is not a whole number in range keeps the default.
PositioningThresholds thresholdsFrom(
    const std::function<std::optional<std::string>(std::string_view key)>& setting);

}  // namespace pmm::positioning
