#include "team/skill_grid.h"

#include <map>
#include <utility>

namespace pmm::team {

SkillCellClass classifySkillCell(int levelRank, std::optional<int> nextRank,
                                 std::optional<int> demonstrated) {
    if (!demonstrated) {
        return SkillCellClass::NotAssessed;
    }
    if (*demonstrated < levelRank) {
        return SkillCellClass::BelowLevel;
    }
    if (nextRank && *demonstrated >= *nextRank) {
        return SkillCellClass::AtNextLevelOrAbove;
    }
    return SkillCellClass::AtLevel;
}

std::string_view skillCellLabel(SkillCellClass cell) {
    switch (cell) {
        case SkillCellClass::NotAssessed:
            return "Not assessed";
        case SkillCellClass::BelowLevel:
            return "Below their level";
        case SkillCellClass::AtLevel:
            return "At their level";
        case SkillCellClass::AtNextLevelOrAbove:
            return "At the next level or above";
    }
    return "";
}

std::string_view skillCellKey(SkillCellClass cell) {
    switch (cell) {
        case SkillCellClass::NotAssessed:
            return "not_assessed";
        case SkillCellClass::BelowLevel:
            return "below";
        case SkillCellClass::AtLevel:
            return "at";
        case SkillCellClass::AtNextLevelOrAbove:
            return "next";
    }
    return "";
}

SkillGrid buildSkillGrid(const std::vector<catalog::Person>& people, const LevelLadder& levels,
                         const std::vector<Competency>& competencies,
                         const std::vector<LatestRating>& latest) {
    std::map<std::pair<std::int64_t, std::int64_t>, const LatestRating*> newest;
    for (const LatestRating& rating : latest) {
        auto& slot = newest[{rating.personId, rating.competencyId}];
        if (slot == nullptr ||
            isNewer(rating.assessedOn, rating.assessmentId, slot->assessedOn, slot->assessmentId)) {
            slot = &rating;
        }
    }
    SkillGrid grid;
    grid.competencies = competencies;
    grid.rows.reserve(people.size());
    for (const catalog::Person& person : people) {
        SkillGridRow row;
        row.personId = person.id;
        row.person = person.name;
        row.levelRank = person.levelRank;
        row.level = levels.name(person.levelRank);
        const auto next = levels.next(person.levelRank);
        row.nextLevel = next ? next->name : std::string();
        const std::optional<int> nextRank = next ? std::optional<int>(next->rank) : std::nullopt;
        row.cells.reserve(competencies.size());
        for (const Competency& competency : competencies) {
            SkillGridCell cell;
            if (const auto found = newest.find({person.id, competency.id}); found != newest.end()) {
                cell.rating = *found->second;
            }
            cell.cell = classifySkillCell(
                person.levelRank, nextRank,
                cell.rating ? std::optional<int>(cell.rating->demonstratedLevel) : std::nullopt);
            row.atNextLevelOrAbove += cell.cell == SkillCellClass::AtNextLevelOrAbove ? 1 : 0;
            row.belowLevel += cell.cell == SkillCellClass::BelowLevel ? 1 : 0;
            row.notAssessed += cell.cell == SkillCellClass::NotAssessed ? 1 : 0;
            row.cells.push_back(std::move(cell));
        }
        grid.rows.push_back(std::move(row));
    }
    return grid;
}

}  // namespace pmm::team
