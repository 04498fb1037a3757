#include "launches/tier_capacity.h"

namespace pmm::launches {

TierCapacityUse tierCapacityUse(const std::string& quarter, int tierOne, int capacity) {
    TierCapacityUse use{quarter, tierOne, capacity, {}};
    if (use.exceeded()) {
        use.warning = "Tier 1 capacity: " + quarter + " has " + std::to_string(tierOne) +
                      " Tier 1 launch" + (tierOne == 1 ? "" : "es") + "; the team can carry " +
                      std::to_string(capacity) + ".";
    }
    return use;
}

}  // namespace pmm::launches
