#pragma once

#include "launches/criterion.h"

// The New Launch wizard's field names, shared by the pages that register them and the
// wizard that reads them, so the two cannot drift apart.
namespace pmm::ui::wizard_fields {

inline constexpr const char* kName = "name";
inline constexpr const char* kProduct = "product";
inline constexpr const char* kQuarter = "quarter";
inline constexpr const char* kTargetDate = "targetDate";
inline constexpr const char* kOwner = "owner";
inline constexpr const char* kOutcome = "outcome";
inline constexpr const char* kMetricName = "metricName";
inline constexpr const char* kMetricBaseline = "metricBaseline";
inline constexpr const char* kMetricTarget = "metricTarget";
inline constexpr const char* kMetricReviewDate = "metricReviewDate";
// The status box's index: a LaunchStatus from Idea to In progress.
inline constexpr const char* kStatus = "status";
inline constexpr const char* kOverride = "override";
inline constexpr const char* kOverrideTier = "overrideTier";
inline constexpr const char* kOverrideReason = "overrideReason";

inline const char* score(launches::Criterion criterion) {
    const char* revenue = "revenueScore";
    const char* urgency = "urgencyScore";
    const char* demand = "demandScore";
    return launches::forCriterion(criterion, revenue, urgency, demand);
}

inline const char* evidence(launches::Criterion criterion) {
    const char* revenue = "revenueEvidence";
    const char* urgency = "urgencyEvidence";
    const char* demand = "demandEvidence";
    return launches::forCriterion(criterion, revenue, urgency, demand);
}

}  // namespace pmm::ui::wizard_fields
