#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_types.h"
#include "team/assessment.h"
#include "team/competency.h"
#include "team/expectation_table.h"
#include "team/level_ladder.h"

namespace pmm::team {

// Where a competency stands against the next level. Not assessed counts as a gap for
// readiness: promotion rests on evidence, not on the absence of it.
enum class ReadinessVerdict { MeetsNextLevel, Gap, NotAssessed };

std::string_view verdictLabel(ReadinessVerdict verdict);  // "Meets", "Gap", "Not assessed"

struct CompetencyReadiness {
    std::int64_t competencyId = 0;
    std::string competency;
    bool required = true;
    ReadinessVerdict verdict = ReadinessVerdict::NotAssessed;
    std::optional<LatestRating> latest;  // what the verdict rests on
    std::string nextLevelExpectation;    // the text to meet; empty when none is written
    // "Launch execution: gap — demonstrated PMM on 2026-09-10; Senior PMM is needed."
    std::string sentence;
};

// Is a person ready for the next level, and what stands in the way.
struct PromotionReadiness {
    std::int64_t personId = 0;
    std::string person;
    catalog::Level level;                     // where they are
    std::optional<catalog::Level> nextLevel;  // nothing at the top of the ladder
    // Every required competency meets the next level (and at least one is required).
    bool ready = false;
    int requiredCount = 0;
    int requiredMet = 0;
    std::vector<CompetencyReadiness> competencies;  // in the grid's order; empty at the top
    // "Maya Okafor is ready for Senior PMM: all 9 required competencies meet the next level."
    std::string summary;

    // The required competencies that are gaps or not assessed, in order.
    std::vector<const CompetencyReadiness*> requiredGaps() const;
};

// Readiness of `person` for the level above theirs, from their newest rating per competency
// (`latest`; ratings of other people are ignored, and of two for one competency the newer
// counts). A competency meets the next level when its demonstrated level is at or above it.
PromotionReadiness assessPromotionReadiness(const catalog::Person& person,
                                            const LevelLadder& levels,
                                            const std::vector<Competency>& competencies,
                                            const std::vector<LatestRating>& latest,
                                            const ExpectationTable& expectations = {});

}  // namespace pmm::team
