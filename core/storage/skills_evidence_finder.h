#pragma once

#include <cstdint>
#include <vector>

#include "team/evidence_suggestion.h"

namespace pmm::storage {

class Workspace;

// What the workspace already holds that could back an assessment of a person for a period,
// for the assessor to attach with one click. Reads only.
class SkillsEvidenceFinder {
public:
    explicit SkillsEvidenceFinder(const Workspace& workspace) : m_workspace(workspace) {}

    // Newest first (ties by kind, then label):
    //   launches they own whose target date (or, without one, quarter) falls in the period,
    //   ideas and cancelled launches left out, with tier, status and the metric against its
    //   target once measured;
    //   battlecards they refreshed in the period, with whether every refresh was on time;
    //   positioning reviews held in the period that they took part in, with the decision.
    std::vector<team::EvidenceSuggestion> suggest(std::int64_t personId,
                                                  const team::EvidencePeriod& period) const;

private:
    void addLaunches(std::int64_t personId, const team::EvidencePeriod& period,
                     std::vector<team::EvidenceSuggestion>& out) const;
    void addBattlecards(std::int64_t personId, const team::EvidencePeriod& period,
                        std::vector<team::EvidenceSuggestion>& out) const;
    void addReviews(std::int64_t personId, const team::EvidencePeriod& period,
                    std::vector<team::EvidenceSuggestion>& out) const;

    const Workspace& m_workspace;
};

}  // namespace pmm::storage
