#pragma once

#include <optional>
#include <string_view>

#include "launches/launch.h"

namespace pmm::team {

// The first number in a metric field: "31 %" → 31, "1.5 days" → 1.5, "$2,400" → 2400,
// "-3" → -3. Nothing when the text holds no number.
std::optional<double> leadingNumber(std::string_view text);

// Whether a launch reached its success metric's target, read from the text fields. The
// direction comes from baseline to target: a target below the baseline (a median time, a
// count of escalations) is met at or below it, any other at or above it. Nothing while the
// actual value is missing, or when actual or target holds no number.
std::optional<bool> metricTargetMet(const launches::SuccessMetric& metric);

}  // namespace pmm::team
