#include "positioning/wilson.h"

#include <algorithm>
#include <cmath>

namespace pmm::positioning {

Interval wilsonInterval(int successes, int trials) {
    if (trials <= 0) {
        return {};
    }
    constexpr double z = 1.959963984540054;
    const double n = trials;
    const double p = std::clamp(successes, 0, trials) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

}  // namespace pmm::positioning
