#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "team/evidence_link.h"

namespace pmm::team {

// The longest evidence text an assessment keeps, in characters.
inline constexpr std::size_t kMaxEvidenceCharacters = 10'000;

// One person assessed in one competency on one day. Levels are ranks of the level ladder.
struct Assessment {
    std::int64_t id = 0;  // 0 until stored
    std::string uid;      // assigned when stored, if empty
    std::int64_t personId = 0;
    std::int64_t competencyId = 0;
    std::string assessedOn;            // YYYY-MM-DD
    int demonstratedLevel = 0;         // what the grid and promotion readiness use
    std::optional<int> selfRating;     // the level the person rated themselves at
    std::optional<int> managerRating;  // the level their manager rated them at
    std::string evidence;              // what was seen, in the assessor's words
    std::optional<std::int64_t> assessorId;
    std::string assessorName;  // kept when the assessor leaves; filled from assessorId if empty
    std::vector<EvidenceLink> links;

    friend bool operator==(const Assessment&, const Assessment&) = default;
};

// The newest assessment of a person in a competency: a cell of the grid. Lighter than an
// Assessment (no links, only their count) so the whole team reads in one query.
struct LatestRating {
    std::int64_t assessmentId = 0;
    std::int64_t personId = 0;
    std::int64_t competencyId = 0;
    std::string assessedOn;
    int demonstratedLevel = 0;
    std::optional<int> selfRating;
    std::optional<int> managerRating;
    std::string evidence;
    std::string assessorName;
    int linkCount = 0;

    friend bool operator==(const LatestRating&, const LatestRating&) = default;
};

// Newer first: a later date, or the same date and a later id (entered afterwards).
bool isNewer(const std::string& dateA, std::int64_t idA, const std::string& dateB,
             std::int64_t idB);

// The newest assessment per person x competency of `assessments`, by person then competency
// id. The same rule as SkillsAssessmentStore::latestForTeam, for lists already in memory.
std::vector<LatestRating> latestRatings(const std::vector<Assessment>& assessments);

}  // namespace pmm::team
