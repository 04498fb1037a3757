#pragma once

#include <string>

namespace pmm::launches {

// How much of a quarter's Tier 1 capacity is used (cancelled launches do not count).
struct TierCapacityUse {
    std::string quarter;
    int tierOne = 0;
    int capacity = 3;
    // "Tier 1 capacity: 2026-Q3 has 4 Tier 1 launches; the team can carry 3." Empty within it.
    std::string warning;

    bool exceeded() const { return tierOne > capacity; }
};

TierCapacityUse tierCapacityUse(const std::string& quarter, int tierOne, int capacity);

}  // namespace pmm::launches
