#include "launches/next_tier_hint.h"

namespace pmm::launches {

NextTierHint nextTierHint(const TierRule& rule, const TierCriteria& criteria) {
    NextTierHint hint;
    const TierResult now = evaluateTier(rule, criteria);
    if (now.tier == 1) {
        hint.alreadyTopTier = true;
        hint.reachedTier = 1;
        hint.text = "Already Tier 1.";
        return hint;
    }
    std::optional<TierResult> best;
    for (Criterion criterion : kCriteria) {
        const int from = criteria.of(criterion);
        for (int to = from + 1; to <= kMaximumScore; ++to) {
            TierCriteria raised = criteria;
            raised.set(criterion, to);
            TierResult result = evaluateTier(rule, raised);
            if (result.tier >= now.tier) {
                continue;
            }
            const bool better =
                !best || to - from < hint.toScore - hint.fromScore ||
                (to - from == hint.toScore - hint.fromScore && result.score > best->score);
            if (better) {
                hint.criterion = criterion;
                hint.fromScore = from;
                hint.toScore = to;
                hint.reachedTier = result.tier;
                best = std::move(result);
            }
            break;  // a larger rise of the same criterion is never smaller
        }
    }
    const std::string target = tierName(now.tier - 1);
    if (!best) {
        hint.text = "No rise of a single criterion reaches " + target +
                    ": it needs more than one criterion raised.";
        return hint;
    }
    hint.text = "Raise " + std::string(criterionName(*hint.criterion)) + " from " +
                std::to_string(hint.fromScore) + " to " + std::to_string(hint.toScore) +
                " to reach " + tierName(hint.reachedTier) + " (";
    if (best->guardrailApplied) {
        hint.text += "the guardrail: a criterion at 5 makes a launch at least Tier 2).";
    } else {
        const int threshold = best->tier == 1 ? rule.tier1Threshold : rule.tier2Threshold;
        hint.text += "score " + formatHundredths(best->score) + " \u2265 " +
                     formatHundredths(threshold) + ").";
    }
    return hint;
}

}  // namespace pmm::launches
