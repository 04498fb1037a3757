#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_types.h"
#include "team/assessment.h"
#include "team/competency.h"
#include "team/level_ladder.h"
#include "team/promotion_readiness.h"
#include "team/skill_grid.h"
#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::team {

// The printed skills reports as plain data: computed here, rendered (PDF) by the ui. Every
// string is user data or a sentence of ours; renderers print all of it as plain text.

// Where one person of the team stands for promotion, for the matrix's summary.
struct TeamReadinessRow {
    std::string person;
    std::string level;
    std::string nextLevel;  // empty at the top of the ladder
    bool atTop = false;
    bool ready = false;
    int requiredCount = 0;
    int requiredMet = 0;
    int assessed = 0;                      // competencies with at least one assessment
    std::vector<std::string> gaps;         // required competencies short of the next level
    std::vector<std::string> notAssessed;  // required competencies never assessed
};

// The team matrix: people x competencies from the newest assessments, and who is ready.
struct SkillsMatrixReport {
    std::string title;        // "Skills matrix"
    std::string teamName;     // setting 'team.name'; may be empty
    std::string generatedOn;  // YYYY-MM-DD
    std::vector<catalog::Level> levels;
    SkillGrid grid;
    std::vector<TeamReadinessRow> readiness;  // one per row of the grid, in its order
    int ready = 0;                            // people ready for their next level
    int withGaps = 0;                         // assessed, below the top, a required gap
    int assessedPeople = 0;                   // people with at least one assessment

    // Nothing to print: no people or no competencies.
    bool empty() const { return grid.rows.empty() || grid.competencies.empty(); }
};

// One assessment on a person's evidence timeline.
struct PacketEvidence {
    std::string assessedOn;
    std::string demonstrated;  // the level's name
    std::string assessor;      // may be empty
    std::string evidence;      // may be empty
    std::vector<EvidenceLink> links;
};

// A competency's assessments, oldest first.
struct PacketCompetencyEvidence {
    std::string competency;
    std::vector<PacketEvidence> entries;
};

// Everything a promotion conversation about one person needs.
struct PromotionPacket {
    std::string title;  // "Promotion packet: Maya Okafor"
    std::string teamName;
    std::string generatedOn;
    std::vector<catalog::Level> levels;
    PromotionReadiness readiness;
    std::vector<PacketCompetencyEvidence> evidence;  // in the grid's order, assessed ones only
    int assessments = 0;
};

// The readiness rows of the grid's people from everyone's newest ratings (one pass).
std::vector<TeamReadinessRow> teamReadiness(const std::vector<catalog::Person>& people,
                                            const LevelLadder& levels,
                                            const std::vector<Competency>& competencies,
                                            const std::vector<LatestRating>& latest);

// A person's assessments grouped per competency (in `competencies`' order), oldest first.
std::vector<PacketCompetencyEvidence> evidenceTimeline(const std::vector<Competency>& competencies,
                                                       const std::vector<Assessment>& assessments,
                                                       const LevelLadder& levels);

SkillsMatrixReport computeSkillsMatrixReport(storage::Workspace& workspace,
                                             const Date& generatedOn);

// Nothing when the person is not in the workspace.
std::optional<PromotionPacket> computePromotionPacket(storage::Workspace& workspace,
                                                      std::int64_t personId,
                                                      const Date& generatedOn);

}  // namespace pmm::team
