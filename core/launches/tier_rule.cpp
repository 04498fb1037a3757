#include "launches/tier_rule.h"

#include <cstdlib>
#include <set>
#include <stdexcept>

namespace pmm::launches {

namespace {

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void checkThreshold(std::vector<std::string>& problems, const char* which, int value) {
    if (value < kOne || value > kMaximumScore * kOne) {
        problems.push_back(std::string("Thresholds: the ") + which +
                           " threshold must be between 1.00 and 5.00 (it is " +
                           formatHundredths(value) + ").");
    }
}

}  // namespace

int TierWeights::of(Criterion criterion) const {
    return forCriterion(criterion, revenueImpact, competitiveUrgency, customerDemand);
}

void TierWeights::set(Criterion criterion, int hundredths) {
    forCriterion(criterion, revenueImpact, competitiveUrgency, customerDemand) = hundredths;
}

int TierWeights::sum() const {
    return revenueImpact + competitiveUrgency + customerDemand;
}

int TierCriteria::of(Criterion criterion) const {
    return forCriterion(criterion, revenueImpact, competitiveUrgency, customerDemand);
}

void TierCriteria::set(Criterion criterion, int score) {
    forCriterion(criterion, revenueImpact, competitiveUrgency, customerDemand) = score;
}

const std::vector<std::string>& TierRule::checklistOf(int tier) const {
    if (tier < 1 || tier > kTierCount) {
        throw std::invalid_argument("There is no Tier " + std::to_string(tier) + ".");
    }
    return checklist[static_cast<size_t>(tier - 1)];
}

TierRule defaultTierRule() {
    TierRule rule;
    rule.checklist[0] = {
        "Messaging and positioning doc", "Battlecard update",    "Sales enablement session",
        "Analyst and press briefing",    "Launch blog post",     "Customer email",
        "In-app announcement",           "30-day success review"};
    rule.checklist[1] = {"Messaging doc", "Enablement note", "Blog post", "Customer email",
                         "30-day success review"};
    rule.checklist[2] = {"Release notes", "In-app note"};
    return rule;
}

std::vector<std::string> tierRuleProblems(const TierRule& rule) {
    std::vector<std::string> problems;
    for (Criterion criterion : kCriteria) {
        const int weight = rule.weights.of(criterion);
        if (weight < 0 || weight > kOne) {
            problems.push_back("Weights: the " + std::string(criterionName(criterion)) +
                               " weight must be between 0.00 and 1.00 (it is " +
                               formatHundredths(weight) + ").");
        }
    }
    if (rule.weights.sum() != kOne) {
        problems.push_back("Weights: the weights must add up to 1.00 (they add up to " +
                           formatHundredths(rule.weights.sum()) + ").");
    }
    checkThreshold(problems, "Tier 1", rule.tier1Threshold);
    checkThreshold(problems, "Tier 2", rule.tier2Threshold);
    if (rule.tier2Threshold >= rule.tier1Threshold) {
        problems.push_back("Thresholds: the Tier 2 threshold (" +
                           formatHundredths(rule.tier2Threshold) +
                           ") must be below the Tier 1 threshold (" +
                           formatHundredths(rule.tier1Threshold) + ").");
    }
    if (rule.tier1Capacity < 0 || rule.tier1Capacity > 999) {
        problems.push_back(
            "Tier 1 capacity: it must be between 0 and 999 launches a quarter (it "
            "is " +
            std::to_string(rule.tier1Capacity) + ").");
    }
    for (int tier = 1; tier <= kTierCount; ++tier) {
        std::set<std::string> seen;
        const auto& items = rule.checklistOf(tier);
        for (size_t i = 0; i < items.size(); ++i) {
            if (blank(items[i])) {
                problems.push_back("Checklist: " + tierName(tier) + " item " +
                                   std::to_string(i + 1) + " has no title.");
            } else if (!seen.insert(items[i]).second) {
                problems.push_back("Checklist: " + tierName(tier) + " lists \"" + items[i] +
                                   "\" twice.");
            }
        }
    }
    return problems;
}

TierResult evaluateTier(const TierRule& rule, const TierCriteria& criteria) {
    TierResult result;
    std::string terms;
    for (Criterion criterion : kCriteria) {
        const int score = criteria.of(criterion);
        if (score < kMinimumScore || score > kMaximumScore) {
            throw std::invalid_argument(std::string(criterionLabel(criterion)) +
                                        ": the score must be 1 to 5 (it is " +
                                        std::to_string(score) + ").");
        }
        const int weight = rule.weights.of(criterion);
        result.score += weight * score;
        if (!terms.empty()) {
            terms += " + ";
        }
        terms += formatHundredths(weight) + "\u00d7" + std::to_string(score);
        if (score == kMaximumScore) {
            result.guardrailCriteria.push_back(criterion);
        }
    }
    const std::string score = formatHundredths(result.score);
    std::string comparison;
    if (result.score >= rule.tier1Threshold) {
        result.scoreTier = 1;
        comparison = score + " \u2265 " + formatHundredths(rule.tier1Threshold);
    } else if (result.score >= rule.tier2Threshold) {
        result.scoreTier = 2;
        comparison = score + " \u2265 " + formatHundredths(rule.tier2Threshold);
    } else {
        result.scoreTier = 3;
        comparison = score + " < " + formatHundredths(rule.tier2Threshold);
    }
    result.tier = result.scoreTier;
    if (rule.guardrail && result.scoreTier == 3 && !result.guardrailCriteria.empty()) {
        result.tier = 2;
        result.guardrailApplied = true;
        comparison += ", raised to Tier 2 by the guardrail: ";
        const auto& atFive = result.guardrailCriteria;
        for (size_t i = 0; i < atFive.size(); ++i) {
            if (i > 0) {
                comparison += i + 1 == atFive.size() ? " and " : ", ";
            }
            comparison += criterionName(atFive[i]);
        }
        comparison += atFive.size() == 1 ? " is 5" : " are 5";
    } else {
        result.guardrailCriteria.clear();
    }
    result.explanation =
        tierName(result.tier) + " \u2014 score " + score + " = " + terms + "; " + comparison;
    return result;
}

std::string describeRule(const TierRule& rule) {
    std::string text = "score = ";
    for (Criterion criterion : kCriteria) {
        if (criterion != Criterion::RevenueImpact) {
            text += " + ";
        }
        text += formatHundredths(rule.weights.of(criterion)) + "\u00d7" +
                std::string(criterionName(criterion));
    }
    text += "; Tier 1 if score \u2265 " + formatHundredths(rule.tier1Threshold) +
            ", Tier 2 if score \u2265 " + formatHundredths(rule.tier2Threshold) +
            ", otherwise Tier 3; ";
    text += rule.guardrail ? "guardrail: a launch with any criterion at 5 is at least Tier 2"
                           : "guardrail off";
    return text;
}

std::string tierName(int tier) {
    return "Tier " + std::to_string(tier);
}

std::string formatHundredths(int hundredths) {
    const int magnitude = std::abs(hundredths);
    const int cents = magnitude % 100;
    return std::string(hundredths < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." +
           (cents < 10 ? "0" : "") + std::to_string(cents);
}

std::optional<int> parseHundredths(std::string_view text) {
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if ((whole.empty() && fraction.empty()) || whole.size() > 6 || fraction.size() > 2) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    int cents = 0;
    for (size_t i = 0; i < 2; ++i) {
        const char c = i < fraction.size() ? fraction[i] : '0';
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        cents = cents * 10 + (c - '0');
    }
    const int result = value * 100 + cents;
    return negative ? -result : result;
}

}  // namespace pmm::launches
