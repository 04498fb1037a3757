#pragma once

#include <array>
#include <string_view>

namespace pmm::launches {

// The three tier criteria, each scored 1-5 with a one-line evidence note.
enum class Criterion { RevenueImpact, CompetitiveUrgency, CustomerDemand };

inline constexpr std::array<Criterion, 3> kCriteria = {
    Criterion::RevenueImpact, Criterion::CompetitiveUrgency, Criterion::CustomerDemand};

inline constexpr int kMinimumScore = 1;
inline constexpr int kMaximumScore = 5;

// "revenue impact", "competitive urgency", "customer demand": lower case, for sentences.
std::string_view criterionName(Criterion criterion);
// "Revenue impact", ...: for labels and headings.
std::string_view criterionLabel(Criterion criterion);
// The question the wizard asks before the five levels.
std::string_view criterionQuestion(Criterion criterion);
// What a score of `level` (1-5) means for `criterion`, in concrete words for the wizard.
// An out-of-range level gives an empty view.
std::string_view criterionLevelDescription(Criterion criterion, int level);

// The one of three per-criterion values that belongs to `criterion` (structs that hold a
// value per criterion use this instead of repeating the switch).
template <class T>
T& forCriterion(Criterion criterion, T& revenueImpact, T& competitiveUrgency, T& customerDemand) {
    switch (criterion) {
        case Criterion::RevenueImpact:
            return revenueImpact;
        case Criterion::CompetitiveUrgency:
            return competitiveUrgency;
        case Criterion::CustomerDemand:
            break;
    }
    return customerDemand;
}

}  // namespace pmm::launches
