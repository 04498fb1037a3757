#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "launches/tier_rule.h"

namespace pmm::launches {

// idea → candidate → planned → in progress → launched → reviewed, or cancelled.
enum class LaunchStatus { Idea, Candidate, Planned, InProgress, Launched, Reviewed, Cancelled };

inline constexpr std::array<LaunchStatus, 7> kLaunchStatuses = {
    LaunchStatus::Idea,       LaunchStatus::Candidate, LaunchStatus::Planned,
    LaunchStatus::InProgress, LaunchStatus::Launched,  LaunchStatus::Reviewed,
    LaunchStatus::Cancelled};

std::string_view statusWord(LaunchStatus status);   // "in progress": for sentences
std::string_view statusLabel(LaunchStatus status);  // "In progress": for labels
std::string_view statusKey(LaunchStatus status);    // "in_progress": storage and exports
std::optional<LaunchStatus> statusFromKey(std::string_view key);
// Past candidate and not cancelled: the status gate applies.
bool requiresFrame(LaunchStatus status);
// Not yet launched (and not cancelled): work is still ahead.
bool isOpen(LaunchStatus status);

struct CriterionScore {
    int score = 0;         // 1-5; 0 = not scored yet
    std::string evidence;  // one line
};

// How the launch's success is measured; `actual` is filled in at the review.
struct SuccessMetric {
    std::string name;
    std::string baseline;
    std::string target;
    std::optional<std::string> reviewDate;  // YYYY-MM-DD
    std::optional<std::string> actual;

    friend bool operator==(const SuccessMetric&, const SuccessMetric&) = default;
};

struct Launch {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // assigned when stored, if empty
    std::string name;
    std::int64_t productId = 0;
    std::string quarter;                    // "2026-Q3"
    std::optional<std::string> targetDate;  // YYYY-MM-DD
    std::int64_t ownerId = 0;
    LaunchStatus status = LaunchStatus::Idea;
    std::string outcome;  // which customer decision this launch changes
    SuccessMetric metric;
    bool isPivot = false;
    CriterionScore revenueImpact;
    CriterionScore competitiveUrgency;
    CriterionScore customerDemand;

    // Kept by LaunchStore: update() ignores these; tier changes go through its tier methods.
    std::optional<int> computedTier;
    std::optional<int> score;        // hundredths
    std::optional<int> ruleVersion;  // the rule version that computed the tier
    std::optional<int> overrideTier;
    std::string overrideReason;
    std::string createdAt;
    std::string updatedAt;

    const CriterionScore& criterion(Criterion which) const;
    CriterionScore& criterion(Criterion which);
    // The three scores, when all are scored.
    std::optional<TierCriteria> criteria() const;
    // The tier in force: the override if any, else the computed tier.
    std::optional<int> tier() const;
};

// What of the frame (outcome and success metric) is missing, in words:
// "customer outcome", "success metric", "success metric baseline", "success metric target",
// "success metric review date". Empty when complete.
std::vector<std::string> missingFrame(const Launch& launch);

// Why `launch` cannot have its status, or empty. Past candidate it needs its frame; to be
// reviewed it also needs the metric's actual value. e.g. "Status: a launch needs its customer
// outcome and success metric before it can be planned. Missing: success metric target."
std::string statusGateProblem(const Launch& launch);

// "a, b and c"
std::string joinWords(const std::vector<std::string>& words);

}  // namespace pmm::launches
