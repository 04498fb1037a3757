// The tier rule as pure functions: exact boundaries, the guardrail, custom weights, the
// explanation sentence, the next-tier hint, validation and the rule-change preview.
#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "launches/criterion.h"
#include "launches/next_tier_hint.h"
#include "launches/rule_preview.h"
#include "launches/tier_rule.h"

namespace {

using namespace pmm::launches;

template <class Case>
std::string caseName(const ::testing::TestParamInfo<Case>& param) {
    return param.param.name;
}

TierRule ruleWith(int revenue, int urgency, int demand, bool guardrail = true) {
    TierRule rule = defaultTierRule();
    rule.weights = TierWeights{revenue, urgency, demand};
    rule.guardrail = guardrail;
    return rule;
}

struct BoundaryCase {
    const char* name;
    TierWeights weights;
    TierCriteria criteria;
    int score;
    int tier;
};

class TierBoundary : public ::testing::TestWithParam<BoundaryCase> {};

TEST_P(TierBoundary, IsDecidedExactly) {
    const BoundaryCase& c = GetParam();
    TierRule rule = defaultTierRule();
    rule.weights = c.weights;
    const TierResult result = evaluateTier(rule, c.criteria);
    EXPECT_EQ(result.score, c.score);
    EXPECT_EQ(result.tier, c.tier);
    EXPECT_FALSE(result.guardrailApplied);
}

// The "binary" rows are where adding up doubles gives 3.9999999999999996 or
// 2.4999999999999996 and would fall below the threshold.
INSTANTIATE_TEST_SUITE_P(
    Table, TierBoundary,
    ::testing::Values(BoundaryCase{"Exactly400", {40, 30, 30}, {4, 4, 4}, 400, 1},
                      BoundaryCase{"Exactly400Binary", {3, 25, 72}, {5, 1, 5}, 400, 1},
                      BoundaryCase{"Exactly400Thirds", {33, 33, 34}, {4, 4, 4}, 400, 1},
                      BoundaryCase{"Just399", {33, 33, 34}, {4, 5, 3}, 399, 2},
                      BoundaryCase{"Above400", {40, 30, 30}, {5, 4, 3}, 410, 1},
                      BoundaryCase{"Below400", {40, 30, 30}, {4, 4, 3}, 370, 2},
                      BoundaryCase{"Exactly250", {40, 30, 30}, {1, 3, 4}, 250, 2},
                      BoundaryCase{"Exactly250Binary", {10, 20, 70}, {2, 1, 3}, 250, 2},
                      BoundaryCase{"Just249", {0, 49, 51}, {1, 3, 2}, 249, 3},
                      BoundaryCase{"Below250", {40, 30, 30}, {2, 2, 3}, 230, 3},
                      BoundaryCase{"AllOnes", {40, 30, 30}, {1, 1, 1}, 100, 3},
                      BoundaryCase{"AllFives", {40, 30, 30}, {5, 5, 5}, 500, 1},
                      BoundaryCase{"RevenueOnly", {100, 0, 0}, {4, 1, 1}, 400, 1},
                      BoundaryCase{"HalfAndHalf", {50, 50, 0}, {3, 2, 1}, 250, 2}),
    caseName<BoundaryCase>);

struct ExplanationCase {
    const char* name;
    TierRule rule;
    TierCriteria criteria;
    const char* explanation;
    bool guardrailApplied;
};

class TierExplanation : public ::testing::TestWithParam<ExplanationCase> {};

TEST_P(TierExplanation, ReadsExactly) {
    const ExplanationCase& c = GetParam();
    const TierResult result = evaluateTier(c.rule, c.criteria);
    EXPECT_EQ(result.explanation, c.explanation);
    EXPECT_EQ(result.guardrailApplied, c.guardrailApplied);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TierExplanation,
    ::testing::Values(
        ExplanationCase{"ProductExample",
                        defaultTierRule(),
                        {4, 3, 3},
                        "Tier 2 — score 3.40 = 0.40×4 + 0.30×3 + 0.30×3; 3.40 ≥ 2.50",
                        false},
        ExplanationCase{"TierOneAtThreshold",
                        defaultTierRule(),
                        {4, 4, 4},
                        "Tier 1 — score 4.00 = 0.40×4 + 0.30×4 + 0.30×4; 4.00 ≥ 4.00",
                        false},
        ExplanationCase{"TierThree",
                        defaultTierRule(),
                        {2, 2, 3},
                        "Tier 3 — score 2.30 = 0.40×2 + 0.30×2 + 0.30×3; 2.30 < 2.50",
                        false},
        ExplanationCase{"Guardrail",
                        defaultTierRule(),
                        {1, 5, 1},
                        "Tier 2 — score 2.20 = 0.40×1 + 0.30×5 + 0.30×1; 2.20 < 2.50, raised to "
                        "Tier 2 by the guardrail: competitive urgency is 5",
                        true},
        ExplanationCase{"GuardrailTwoCriteria",
                        ruleWith(80, 10, 10),
                        {1, 5, 5},
                        "Tier 2 — score 1.80 = 0.80×1 + 0.10×5 + 0.10×5; 1.80 < 2.50, raised to "
                        "Tier 2 by the guardrail: competitive urgency and customer demand are 5",
                        true},
        ExplanationCase{"GuardrailOff",
                        ruleWith(40, 30, 30, false),
                        {1, 5, 1},
                        "Tier 3 — score 2.20 = 0.40×1 + 0.30×5 + 0.30×1; 2.20 < 2.50",
                        false},
        ExplanationCase{"FiveButAlreadyTierTwo",
                        defaultTierRule(),
                        {5, 1, 1},
                        "Tier 2 — score 2.60 = 0.40×5 + 0.30×1 + 0.30×1; 2.60 ≥ 2.50",
                        false},
        ExplanationCase{"CustomWeights",
                        ruleWith(20, 50, 30),
                        {3, 5, 4},
                        "Tier 1 — score 4.30 = 0.20×3 + 0.50×5 + 0.30×4; 4.30 ≥ 4.00",
                        false}),
    caseName<ExplanationCase>);

TEST(TierRule, GuardrailResultNamesTheCriteriaAtFive) {
    const TierResult on = evaluateTier(ruleWith(80, 10, 10), {1, 5, 5});
    EXPECT_EQ(on.tier, 2);
    EXPECT_EQ(on.scoreTier, 3);
    EXPECT_EQ(on.guardrailCriteria,
              (std::vector<Criterion>{Criterion::CompetitiveUrgency, Criterion::CustomerDemand}));
    const TierResult off = evaluateTier(ruleWith(80, 10, 10, false), {1, 5, 5});
    EXPECT_EQ(off.tier, 3);
    EXPECT_TRUE(off.guardrailCriteria.empty());
}

TEST(TierRule, CustomThresholdsMoveTheBoundaries) {
    TierRule rule = defaultTierRule();
    rule.tier1Threshold = 350;
    rule.tier2Threshold = 300;
    EXPECT_EQ(evaluateTier(rule, {4, 3, 3}).tier, 2);  // 3.40
    EXPECT_EQ(evaluateTier(rule, {5, 3, 3}).tier, 1);  // 3.80
    EXPECT_EQ(evaluateTier(rule, {3, 3, 3}).tier, 2);  // 3.00 exactly
    EXPECT_EQ(evaluateTier(rule, {2, 3, 3}).tier, 3);  // 2.60
}

TEST(TierRule, ScoresOutsideOneToFiveAreRefused) {
    EXPECT_THROW(evaluateTier(defaultTierRule(), {0, 3, 3}), std::invalid_argument);
    EXPECT_THROW(evaluateTier(defaultTierRule(), {3, 6, 3}), std::invalid_argument);
    try {
        evaluateTier(defaultTierRule(), {3, 3, 7});
        FAIL() << "no exception";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(error.what(), "Customer demand: the score must be 1 to 5 (it is 7).");
    }
}

struct ProblemCase {
    const char* name;
    TierRule rule;
    std::vector<std::string> problems;
};

TierRule edited(void (*edit)(TierRule&)) {
    TierRule rule = defaultTierRule();
    edit(rule);
    return rule;
}

class TierRuleValidation : public ::testing::TestWithParam<ProblemCase> {};

TEST_P(TierRuleValidation, NamesEveryProblem) {
    EXPECT_EQ(tierRuleProblems(GetParam().rule), GetParam().problems);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TierRuleValidation,
    ::testing::Values(
        ProblemCase{"Defaults", defaultTierRule(), {}},
        ProblemCase{"Thirds", ruleWith(33, 33, 34), {}},
        ProblemCase{"SumBelowOne",
                    ruleWith(40, 30, 20),
                    {"Weights: the weights must add up to 1.00 (they add up to 0.90)."}},
        ProblemCase{"SumAboveOne",
                    ruleWith(40, 40, 30),
                    {"Weights: the weights must add up to 1.00 (they add up to 1.10)."}},
        ProblemCase{"NegativeWeight",
                    ruleWith(110, -10, 0),
                    {"Weights: the revenue impact weight must be between 0.00 and 1.00 (it is "
                     "1.10).",
                     "Weights: the competitive urgency weight must be between 0.00 and 1.00 (it "
                     "is -0.10)."}},
        ProblemCase{"ThresholdsCrossed",
                    edited([](TierRule& r) { r.tier2Threshold = 420; }),
                    {"Thresholds: the Tier 2 threshold (4.20) must be below the Tier 1 "
                     "threshold (4.00)."}},
        ProblemCase{"ThresholdTooHigh",
                    edited([](TierRule& r) { r.tier1Threshold = 550; }),
                    {"Thresholds: the Tier 1 threshold must be between 1.00 and 5.00 (it is "
                     "5.50)."}},
        ProblemCase{"NegativeCapacity",
                    edited([](TierRule& r) { r.tier1Capacity = -1; }),
                    {"Tier 1 capacity: it must be between 0 and 999 launches a quarter (it is "
                     "-1)."}},
        ProblemCase{"BlankChecklistItem",
                    edited([](TierRule& r) { r.checklist[2].push_back("  "); }),
                    {"Checklist: Tier 3 item 3 has no title."}},
        ProblemCase{"DuplicateChecklistItem",
                    edited([](TierRule& r) { r.checklist[1].push_back("Blog post"); }),
                    {"Checklist: Tier 2 lists \"Blog post\" twice."}}),
    caseName<ProblemCase>);

TEST(TierRule, DefaultsAreTheProductsRule) {
    const TierRule rule = defaultTierRule();
    EXPECT_EQ(describeRule(rule),
              "score = 0.40×revenue impact + 0.30×competitive urgency + 0.30×customer demand; "
              "Tier 1 if score ≥ 4.00, Tier 2 if score ≥ 2.50, otherwise Tier 3; guardrail: a "
              "launch with any criterion at 5 is at least Tier 2");
    EXPECT_EQ(rule.tier1Capacity, 3);
    EXPECT_EQ(rule.checklistOf(1).size(), 8u);
    EXPECT_EQ(rule.checklistOf(2),
              (std::vector<std::string>{"Messaging doc", "Enablement note", "Blog post",
                                        "Customer email", "30-day success review"}));
    EXPECT_EQ(rule.checklistOf(3), (std::vector<std::string>{"Release notes", "In-app note"}));
}

struct HundredthsCase {
    const char* text;
    std::optional<int> value;
};

class TierHundredths : public ::testing::TestWithParam<HundredthsCase> {};

TEST_P(TierHundredths, Parse) {
    EXPECT_EQ(parseHundredths(GetParam().text), GetParam().value) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, TierHundredths,
    ::testing::Values(HundredthsCase{"0.40", 40}, HundredthsCase{"0.4", 40},
                      HundredthsCase{".35", 35}, HundredthsCase{"4", 400},
                      HundredthsCase{"4.00", 400}, HundredthsCase{"2.5", 250},
                      HundredthsCase{"-0.05", -5}, HundredthsCase{"0.333", std::nullopt},
                      HundredthsCase{"", std::nullopt}, HundredthsCase{".", std::nullopt},
                      HundredthsCase{"1,5", std::nullopt}, HundredthsCase{"abc", std::nullopt}));

TEST(TierRule, FormatsHundredths) {
    EXPECT_EQ(formatHundredths(340), "3.40");
    EXPECT_EQ(formatHundredths(40), "0.40");
    EXPECT_EQ(formatHundredths(5), "0.05");
    EXPECT_EQ(formatHundredths(-5), "-0.05");
    EXPECT_EQ(formatHundredths(500), "5.00");
}

struct HintCase {
    const char* name;
    TierRule rule;
    TierCriteria criteria;
    std::optional<Criterion> criterion;
    int toScore;
    int reachedTier;
    const char* text;
};

class NextTier : public ::testing::TestWithParam<HintCase> {};

TEST_P(NextTier, IsTheSmallestSingleRise) {
    const HintCase& c = GetParam();
    const NextTierHint hint = nextTierHint(c.rule, c.criteria);
    EXPECT_EQ(hint.criterion, c.criterion);
    EXPECT_EQ(hint.text, c.text);
    if (c.criterion) {
        EXPECT_EQ(hint.fromScore, c.criteria.of(*c.criterion));
        EXPECT_EQ(hint.toScore, c.toScore);
        EXPECT_EQ(hint.reachedTier, c.reachedTier);
        TierCriteria raised = c.criteria;
        raised.set(*c.criterion, c.toScore);
        EXPECT_EQ(evaluateTier(c.rule, raised).tier, c.reachedTier);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, NextTier,
    ::testing::Values(
        HintCase{
            "AlreadyTierOne", defaultTierRule(), {4, 4, 4}, std::nullopt, 0, 1, "Already Tier 1."},
        HintCase{"OneStep",
                 defaultTierRule(),
                 {5, 3, 3},
                 Criterion::CompetitiveUrgency,
                 4,
                 1,
                 "Raise competitive urgency from 3 to 4 to reach Tier 1 (score 4.10 ≥ 4.00)."},
        HintCase{"TwoSteps",
                 defaultTierRule(),
                 {4, 3, 3},
                 Criterion::CompetitiveUrgency,
                 5,
                 1,
                 "Raise competitive urgency from 3 to 5 to reach Tier 1 (score 4.00 ≥ 4.00)."},
        HintCase{"HeavierWeightWinsATie",
                 defaultTierRule(),
                 {2, 2, 2},
                 Criterion::RevenueImpact,
                 4,
                 2,
                 "Raise revenue impact from 2 to 4 to reach Tier 2 (score 2.80 ≥ 2.50)."},
        HintCase{"ThroughTheGuardrail",
                 ruleWith(80, 10, 10),
                 {1, 4, 1},
                 Criterion::CompetitiveUrgency,
                 5,
                 2,
                 "Raise competitive urgency from 4 to 5 to reach Tier 2 (the guardrail: a "
                 "criterion at 5 makes a launch at least Tier 2)."},
        HintCase{"NoSingleRiseIsEnough",
                 ruleWith(34, 33, 33, false),
                 {1, 1, 1},
                 std::nullopt,
                 0,
                 0,
                 "No rise of a single criterion reaches Tier 2: it needs more than one "
                 "criterion raised."}),
    caseName<HintCase>);

TEST(TierCriterion, EveryLevelIsDescribedInItsOwnWords) {
    std::set<std::string_view> seen;
    for (Criterion criterion : kCriteria) {
        EXPECT_FALSE(criterionName(criterion).empty());
        EXPECT_FALSE(criterionQuestion(criterion).empty());
        for (int level = kMinimumScore; level <= kMaximumScore; ++level) {
            const auto text = criterionLevelDescription(criterion, level);
            EXPECT_GT(text.size(), 30u) << criterionName(criterion) << " " << level;
            EXPECT_TRUE(seen.insert(text).second) << text;
        }
        EXPECT_TRUE(criterionLevelDescription(criterion, 0).empty());
        EXPECT_TRUE(criterionLevelDescription(criterion, 6).empty());
    }
    EXPECT_EQ(criterionLabel(Criterion::CustomerDemand), "Customer demand");
}

TEST(TierRulePreview, ListsOnlyTheLaunchesWhoseTierWouldChange) {
    const TierRule current = defaultTierRule();
    std::vector<TieredLaunch> launches;
    const std::vector<TierCriteria> scores = {{4, 4, 4}, {4, 3, 3}, {2, 2, 3}, {5, 4, 1}};
    for (size_t i = 0; i < scores.size(); ++i) {
        const TierResult result = evaluateTier(current, scores[i]);
        launches.push_back(TieredLaunch{static_cast<std::int64_t>(i + 1), "L" + std::to_string(i),
                                        "2026-Q3", scores[i], result.tier, result.score,
                                        std::nullopt});
    }
    launches[1].overrideTier = 1;
    TierRule proposed = current;
    proposed.tier1Threshold = 340;  // {4,3,3} = 3.40 and {5,4,1} = 3.50 become Tier 1
    proposed.tier2Threshold = 240;  // {2,2,3} = 2.30 stays Tier 3
    const auto changes = previewRuleChange(launches, proposed);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].launchId, 2);
    EXPECT_EQ(changes[0].fromTier, 2);
    EXPECT_EQ(changes[0].toTier, 1);
    EXPECT_EQ(changes[0].overrideTier, 1);
    EXPECT_EQ(changes[0].explanation,
              "Tier 1 — score 3.40 = 0.40×4 + 0.30×3 + 0.30×3; 3.40 ≥ 3.40");
    EXPECT_EQ(changes[1].launchId, 4);
    EXPECT_EQ(changes[1].fromScore, 350);
    EXPECT_EQ(changes[1].toScore, 350);
    EXPECT_TRUE(previewRuleChange(launches, current).empty());
}

}  // namespace
