#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "team/level_ladder.h"
#include "team/promotion_readiness.h"
#include "team/rating_history.h"
#include "team/skill_grid.h"

namespace pmm::storage {

class Workspace;

// The skills matrix's views computed from the workspace: each gathers what its pure function
// in core/team needs, so the UI, the PDF and the command line show the same result.

team::LevelLadder levelLadderOf(Workspace& workspace);

// Every person (by name) x every competency, from the newest assessments.
team::SkillGrid skillGridOf(Workspace& workspace);

// Readiness of one person for the next level, with the next level's expectation texts.
// Nothing when the person is not in the workspace.
std::optional<team::PromotionReadiness> promotionReadinessOf(Workspace& workspace,
                                                             std::int64_t personId);

// A person's ratings per competency over time (their growth path).
std::vector<team::CompetencyHistory> ratingHistoryOf(Workspace& workspace, std::int64_t personId);

}  // namespace pmm::storage
