#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "team/assessment.h"
#include "team/competency.h"
#include "team/level_ladder.h"

namespace pmm::team {

// One assessment on a person's growth path.
struct RatingPoint {
    std::int64_t assessmentId = 0;
    std::string assessedOn;
    int demonstratedLevel = 0;
    std::optional<int> selfRating;
    std::optional<int> managerRating;
    std::string assessorName;
    std::string evidence;
    int linkCount = 0;
};

// A person's ratings in one competency over time.
struct CompetencyHistory {
    std::int64_t competencyId = 0;
    std::string competency;
    std::vector<RatingPoint> points;  // oldest first
    // Levels gained from the first to the newest point (negative when lower); 0 with < 2 points.
    int change = 0;
    // "Launch execution: PMM (2025-12-10 to 2026-03-12) → Senior PMM (2026-06-11)", a run at
    // one level shown once with the days it spans; "Coaching: not assessed yet".
    std::string sentence;
};

// The history of every competency (in the grid's order, each present even when never
// assessed) from one person's assessments; assessments of unknown competencies are left out.
std::vector<CompetencyHistory> ratingHistory(const std::vector<Competency>& competencies,
                                             const std::vector<Assessment>& assessments,
                                             const LevelLadder& levels);

}  // namespace pmm::team
