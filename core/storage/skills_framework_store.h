#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_types.h"
#include "team/competency.h"
#include "team/expectation_table.h"

namespace pmm::storage {

class Workspace;

// The frame of the skills matrix that the Director edits: competencies (name, description,
// order, required flag), the expectation of every competency x level, and the names of the
// levels. Every write runs in its own transaction (a savepoint inside a BulkChange),
// validates first and notifies after the commit: {Competency, ..., id} ({Competency, Updated,
// 0} for a new order) and {Level, Updated, rank}. Rule violations throw
// WorkspaceError(Invalid) with a sentence naming the field and leave the workspace unchanged.
class SkillsFrameworkStore {
public:
    explicit SkillsFrameworkStore(Workspace& workspace) : m_workspace(workspace) {}

    // In the grid's order (position).
    std::vector<team::Competency> competencies() const;
    std::optional<team::Competency> findCompetency(std::int64_t id) const;

    // Inserts `competency` at its position (0 or past the end: last), moving later ones down,
    // with `expectations` (level rank → text). Keeps id and uid when set, so undoing a
    // removal restores it whole. Returns it stored.
    team::Competency addCompetency(team::Competency competency,
                                   const std::map<int, std::string>& expectations = {});
    // Saves name, description and the required flag; the position is moveCompetency's.
    team::Competency updateCompetency(const team::Competency& competency);
    // Moves a competency to `position` (1-based, clamped to the list), renumbering the others.
    void moveCompetency(std::int64_t id, int position);
    // Why the competency cannot be removed ("it has 36 assessments"), or empty.
    std::string competencyRemovalBlockers(std::int64_t id) const;
    // Removes a competency with its expectations; idempotent. Refused while it is assessed:
    // history is kept (mark it not required instead).
    void removeCompetency(std::int64_t id);

    // Every expectation, in one read.
    team::ExpectationTable expectations() const;
    // One competency's texts by level rank.
    std::map<int, std::string> expectationsOf(std::int64_t competencyId) const;
    // The text, or empty when none is written.
    std::string expectation(std::int64_t competencyId, int levelRank) const;
    // Writes (or, with an empty text, clears) one expectation.
    void setExpectation(std::int64_t competencyId, int levelRank, std::string_view text);

    // The ladder, by rank.
    std::vector<catalog::Level> levels() const;
    // Renames a level; its rank (and so the order) stays. Names are unique, case-insensitively.
    void renameLevel(int rank, std::string_view name);

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
