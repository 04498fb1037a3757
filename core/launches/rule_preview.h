#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "launches/tier_rule.h"

namespace pmm::launches {

// What the preview needs to know about a tiered launch.
struct TieredLaunch {
    std::int64_t id = 0;
    std::string name;
    std::string quarter;
    TierCriteria criteria;
    int computedTier = 3;  // under the version the launch was tiered with
    int score = 0;         // hundredths, under that version
    std::optional<int> overrideTier;
};

// A launch whose computed tier would differ under the proposed rule.
struct TierChange {
    std::int64_t launchId = 0;
    std::string name;
    std::string quarter;
    int fromTier = 3;
    int toTier = 3;
    int fromScore = 0;
    int toScore = 0;
    // An override stays in force: the tier shown in views and reports does not change.
    std::optional<int> overrideTier;
    std::string explanation;  // of the proposed result
};

// Which of `launches` would change computed tier if re-tiered with `proposed`, in the input's
// order. A changed score with an unchanged tier is not a change.
std::vector<TierChange> previewRuleChange(const std::vector<TieredLaunch>& launches,
                                          const TierRule& proposed);

}  // namespace pmm::launches
