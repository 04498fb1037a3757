#pragma once

namespace pmm::positioning {

// A proportion's 95 % confidence interval, both ends in [0, 1].
struct Interval {
    double low = 0.0;
    double high = 1.0;
};

// The Wilson score interval for `successes` out of `trials` at 95 % (z = 1.959964). It stays
// inside [0, 1] and is honest for small samples, where the plain p ± z·se is not. No trials:
// [0, 1], nothing is known.
Interval wilsonInterval(int successes, int trials);

}  // namespace pmm::positioning
