#include "launches/rule_preview.h"

namespace pmm::launches {

std::vector<TierChange> previewRuleChange(const std::vector<TieredLaunch>& launches,
                                          const TierRule& proposed) {
    std::vector<TierChange> changes;
    for (const TieredLaunch& launch : launches) {
        TierResult result = evaluateTier(proposed, launch.criteria);
        if (result.tier == launch.computedTier) {
            continue;
        }
        changes.push_back(TierChange{launch.id, launch.name, launch.quarter, launch.computedTier,
                                     result.tier, launch.score, result.score, launch.overrideTier,
                                     std::move(result.explanation)});
    }
    return changes;
}

}  // namespace pmm::launches
