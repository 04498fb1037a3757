#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "team/assessment.h"

namespace pmm::storage {

class Workspace;

// Assessments of people against the skills matrix, with their evidence links. Every write
// runs in its own transaction (a savepoint inside a BulkChange), validates first and
// notifies {SkillAssessment, ..., id} after the commit. Rule violations throw
// WorkspaceError(Invalid) with a sentence naming the field and leave the workspace unchanged.
class SkillsAssessmentStore {
public:
    explicit SkillsAssessmentStore(Workspace& workspace) : m_workspace(workspace) {}

    // Inserts `assessment` with its links. Keeps id and uid when set (undo of a removal);
    // fills the assessor's name from the workspace when only their id is given. Returns it
    // stored.
    team::Assessment add(team::Assessment assessment);
    // Adds many in one transaction with the same rules (demo data, imports); all or nothing.
    // One {SkillAssessment, Added, 0} notification. Returns them stored.
    std::vector<team::Assessment> addMany(std::vector<team::Assessment> assessments);
    // Saves every field and replaces the links. Returns it stored.
    team::Assessment update(const team::Assessment& assessment);
    // Removes an assessment with its links; idempotent.
    void remove(std::int64_t id);

    std::optional<team::Assessment> find(std::int64_t id) const;
    // A person's assessments, oldest first (then in the grid's competency order): their
    // history and evidence timeline.
    std::vector<team::Assessment> listForPerson(std::int64_t personId) const;
    // Everyone's assessments in one competency, oldest first.
    std::vector<team::Assessment> listForCompetency(std::int64_t competencyId) const;

    // The newest assessment per competency of one person: the input of promotion readiness.
    std::vector<team::LatestRating> latestForPerson(std::int64_t personId) const;
    // The newest assessment per person x competency for the whole team, in one query (the
    // grid), by person id then competency id.
    std::vector<team::LatestRating> latestForTeam() const;

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
