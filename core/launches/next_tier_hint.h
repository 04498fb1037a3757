#pragma once

#include <optional>
#include <string>

#include "launches/tier_rule.h"

namespace pmm::launches {

// What it would take to reach the next tier: the smallest rise of one criterion that moves
// the launch's computed tier up (Tier 3 → 2, Tier 2 → 1).
struct NextTierHint {
    bool alreadyTopTier = false;
    std::optional<Criterion> criterion;  // empty when at Tier 1 or no single rise is enough
    int fromScore = 0;
    int toScore = 0;
    int reachedTier = 0;  // the tier after the rise (may skip a tier)
    // "Raise customer demand from 3 to 5 to reach Tier 1 (score 4.00 ≥ 4.00)."
    std::string text;
};

// The smallest single-criterion rise; ties go to the heavier weight, then to the criteria's
// order (revenue impact, competitive urgency, customer demand).
NextTierHint nextTierHint(const TierRule& rule, const TierCriteria& criteria);

}  // namespace pmm::launches
