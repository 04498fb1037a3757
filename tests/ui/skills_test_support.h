#pragma once

// A small team written through core for the skills UI tests (the demo data changes; these
// tests own their data): three people at three levels and one launch for evidence.
#include <cstdint>
#include <string>
#include <vector>

#include "team/assessment.h"
#include "team/competency.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::uitest {

struct SkillsTeam {
    std::int64_t ana = 0;     // PMM (rank 2), managed by Ben
    std::int64_t ben = 0;     // Senior PMM (rank 3)
    std::int64_t cy = 0;      // Junior PMM (rank 1), name holds markup
    std::int64_t launch = 0;  // owned by Ana, target date 2026-10-15, in progress
    std::vector<team::Competency> competencies;  // the workspace's defaults, in grid order
};

// Adds the people and a launch Ana owns to an open workspace with the default framework.
SkillsTeam addSkillsTeam(storage::Workspace& workspace);

// Stores an assessment of `person` in `competency` (no links).
team::Assessment rate(storage::Workspace& workspace, std::int64_t person, std::int64_t competency,
                      const std::string& day, int level, const std::string& evidence);

}  // namespace pmm::uitest
