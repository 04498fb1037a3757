#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "launches/criterion.h"

namespace pmm::launches {

// Weights, thresholds and scores are integers in hundredths (0.40 is 40, 4.00 is 400): the
// rule's arithmetic is exact, so a score of exactly 4.00 is Tier 1 whatever the weights.
inline constexpr int kOne = 100;  // 1.00 in hundredths
inline constexpr int kTierCount = 3;

struct TierWeights {
    int revenueImpact = 40;
    int competitiveUrgency = 30;
    int customerDemand = 30;

    int of(Criterion criterion) const;
    void set(Criterion criterion, int hundredths);
    int sum() const;
};

// The three scores of a launch, each 1-5.
struct TierCriteria {
    int revenueImpact = kMinimumScore;
    int competitiveUrgency = kMinimumScore;
    int customerDemand = kMinimumScore;

    int of(Criterion criterion) const;
    void set(Criterion criterion, int score);

    friend bool operator==(const TierCriteria&, const TierCriteria&) = default;
};

// One version of the tier rule. PRODUCT §2 defaults: 0.40/0.30/0.30, Tier 1 at 4.00,
// Tier 2 at 2.50, guardrail on, three Tier 1 launches per quarter.
struct TierRule {
    int version = 0;  // 0 until saved
    std::string uid;
    TierWeights weights;
    int tier1Threshold = 400;  // hundredths
    int tier2Threshold = 250;  // hundredths
    bool guardrail = true;     // any criterion at 5 makes a launch at least Tier 2
    int tier1Capacity = 3;     // Tier 1 launches a quarter can carry
    // The deliverables checklist of each tier, in order: checklist[0] is Tier 1.
    std::array<std::vector<std::string>, kTierCount> checklist;
    std::string createdAt;  // set when saved
    std::string createdBy;

    const std::vector<std::string>& checklistOf(int tier) const;
};

// The product's default rule, with the default checklists, as version 0 (unsaved).
TierRule defaultTierRule();

// Every reason `rule` cannot be saved, each a sentence naming the field; empty when valid.
// e.g. "Weights: the weights must add up to 1.00 (they add up to 0.90)."
std::vector<std::string> tierRuleProblems(const TierRule& rule);

struct TierResult {
    int tier = 3;
    int score = 0;      // hundredths
    int scoreTier = 3;  // the tier from the score alone, before the guardrail
    bool guardrailApplied = false;
    std::vector<Criterion> guardrailCriteria;  // the criteria at 5, when it applied
    // "Tier 2 — score 3.40 = 0.40×4 + 0.30×3 + 0.30×3; 3.40 ≥ 2.50"
    std::string explanation;
};

// Applies `rule` to `criteria`. Throws std::invalid_argument when a score is not 1-5.
TierResult evaluateTier(const TierRule& rule, const TierCriteria& criteria);

// "score = 0.40×revenue impact + 0.30×competitive urgency + 0.30×customer demand; Tier 1 if
// score ≥ 4.00, Tier 2 if score ≥ 2.50, otherwise Tier 3; guardrail: a launch with any
// criterion at 5 is at least Tier 2" (or "guardrail off").
std::string describeRule(const TierRule& rule);

// "Tier 1"
std::string tierName(int tier);
// 340 → "3.40", 40 → "0.40", -5 → "-0.05"
std::string formatHundredths(int hundredths);
// "3.4", "3.40", "0.4", ".4", "3" → hundredths; more than two decimals or junk → nullopt.
std::optional<int> parseHundredths(std::string_view text);

}  // namespace pmm::launches
