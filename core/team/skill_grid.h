#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_types.h"
#include "team/assessment.h"
#include "team/competency.h"
#include "team/level_ladder.h"

namespace pmm::team {

// How a demonstrated level compares to the person's level and the next: the grid's colour.
enum class SkillCellClass { NotAssessed, BelowLevel, AtLevel, AtNextLevelOrAbove };

// `levelRank` is the person's level, `nextRank` the level above it (nothing at the top, where
// anything at or above their level is AtLevel).
SkillCellClass classifySkillCell(int levelRank, std::optional<int> nextRank,
                                 std::optional<int> demonstrated);
// "Not assessed", "Below their level", "At their level", "At the next level or above"
std::string_view skillCellLabel(SkillCellClass cell);
// "not_assessed", "below", "at", "next": exports and style keys.
std::string_view skillCellKey(SkillCellClass cell);

struct SkillGridCell {
    SkillCellClass cell = SkillCellClass::NotAssessed;
    std::optional<LatestRating> rating;  // the newest assessment, for the tooltip
};

// One person: their level and a cell per competency, in the grid's column order.
struct SkillGridRow {
    std::int64_t personId = 0;
    std::string person;
    int levelRank = 0;
    std::string level;
    std::string nextLevel;  // empty at the top
    std::vector<SkillGridCell> cells;
    int atNextLevelOrAbove = 0;  // how many cells
    int belowLevel = 0;
    int notAssessed = 0;
};

struct SkillGrid {
    std::vector<Competency> competencies;  // the columns
    std::vector<SkillGridRow> rows;        // in the order of `people`
};

// The people x competencies grid from the newest ratings (see latestForTeam).
SkillGrid buildSkillGrid(const std::vector<catalog::Person>& people, const LevelLadder& levels,
                         const std::vector<Competency>& competencies,
                         const std::vector<LatestRating>& latest);

}  // namespace pmm::team
