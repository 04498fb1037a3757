#pragma once

#include <cstdint>
#include <optional>
#include <random>

namespace pmm::storage {
class Workspace;
}

namespace pmm::demo {

// How many people the demo assesses at most (a large team stays quick to generate).
inline constexpr int kDemoSkillsMaxPeople = 300;

// Who the demo's skills data singles out, for a guided tour and for the tests.
struct DemoSkillsHighlights {
    std::optional<std::int64_t> readyPerson;  // every required competency at the next level
    std::optional<std::int64_t> gapsPerson;   // several required competencies below it
    int assessedPeople = 0;
    int assessments = 0;
};

// Assessments over four quarters (2025-Q4 to 2026-Q3) of the first kDemoSkillsMaxPeople
// people by id who have a manager; the manager assesses (the Director, with no manager, is
// left out). Most people stand at their level with a few strengths and a few gaps; one PMM
// (or the first person with a level above) has grown to the next level in every competency,
// one Senior PMM (or another person) shows clear gaps. Evidence text describes what was seen;
// launches they owned and cards they refreshed that quarter are linked as evidence. Reads the
// people, competencies and levels already in the workspace, draws from `random`
// (fillDemoData's generator, so the seed decides everything). The caller holds the
// transaction. Throws WorkspaceError.
DemoSkillsHighlights fillDemoSkills(storage::Workspace& workspace, std::mt19937_64& random);

}  // namespace pmm::demo
